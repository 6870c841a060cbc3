//! `report send`: over SMTP when it is configured, else the `.eml` and `mailto:` offer.
//! Exits 1 when a report was not sent (it stays in the outbox with the error), 2 when
//! nothing could be tried (no SMTP settings, an unknown id, a report not queued).

use std::io::IsTerminal;

use chrono::Utc;
use serde::Serialize;

use super::report::failed;
use super::{CliError, Context, output};
use crate::report::send::SendPolicy;
use crate::report::{self, Outbox, ReportError, ReportId, ReportState};
use crate::sanitize::clean_line;

/// One report a send tried, as `report send --json` prints it.
#[derive(Debug, Serialize)]
struct SentJson {
    id: ReportId,
    /// `sent`, or the state it is left in: `queued` (tried again later) or `failed`.
    state: ReportState,
    /// The Message-ID the server accepted.
    message_id: Option<String>,
    /// Why it was not sent.
    error: Option<String>,
}

/// Sends report `id`, or every queued and failed one, now; with `json`, the outcome is
/// one document (`{"reports": [...]}`), the exit code the same.
pub(super) fn send(
    ctx: &Context,
    outbox: &mut Outbox,
    id: Option<ReportId>,
    json: bool,
) -> Result<(), CliError> {
    if let Some(id) = id {
        let state = outbox.get(id).map_err(failed)?.state;
        if !matches!(state, ReportState::Queued | ReportState::Failed) {
            return Err(failed(ReportError::WrongState {
                id,
                state,
                action: "send it (only queued and failed reports are sent)",
            }));
        }
    }
    if ctx.config.report.smtp.is_none() {
        return no_smtp(ctx, outbox, id, json);
    }
    if ctx.offline {
        return Err(CliError::Usage(
            "report send needs the network, but --offline was given".into(),
        ));
    }
    let policy = id.map_or(SendPolicy::All, |id| SendPolicy::Only(vec![id]));
    if outbox.sender_busy() {
        say_err!(
            "ddm-reader: waiting for another ddm-reader to finish sending reports (Ctrl-c \
             to stop waiting; nothing is lost)…"
        );
    }
    let outcomes =
        report::send_reports(outbox, &ctx.config.report, &policy, Utc::now()).map_err(failed)?;
    if outcomes.is_empty() && !json {
        say_err!("ddm-reader: no queued or failed report to send");
        return Ok(());
    }
    let rows: Vec<SentJson> = outcomes
        .iter()
        .map(|o| match &o.result {
            Ok(message_id) => SentJson {
                id: o.id,
                state: ReportState::Sent,
                message_id: Some(message_id.clone()),
                error: None,
            },
            // Another process sent it meanwhile: it went, once.
            Err(ReportError::WrongState {
                state: ReportState::Sent,
                ..
            }) => SentJson {
                id: o.id,
                state: ReportState::Sent,
                message_id: None,
                error: None,
            },
            // A timeout or a 4xx stays queued and is tried again; the rest failed.
            Err(e) => SentJson {
                id: o.id,
                state: match e {
                    ReportError::Send {
                        transient: true, ..
                    } => ReportState::Queued,
                    _ => ReportState::Failed,
                },
                message_id: None,
                error: Some(clean_line(&e.to_string())),
            },
        })
        .collect();
    let failures = rows.iter().filter(|r| r.state != ReportState::Sent).count();
    if json {
        output::json(&serde_json::json!({ "reports": rows }))?;
    } else {
        for r in &rows {
            let state = r.state.as_str();
            let detail = match (&r.message_id, &r.error) {
                (Some(m), _) => m.clone(),
                (None, Some(e)) => e.clone(),
                (None, None) => "(by another ddm-reader)".to_owned(),
            };
            output::say(&format!("{state:<7} {}  {detail}", r.id))?;
        }
    }
    if failures == 0 {
        Ok(())
    } else {
        Err(CliError::Partial(format!(
            "{failures} of {} reports not sent; they stay in the outbox (`ddm-reader report list`)",
            outcomes.len()
        )))
    }
}

/// With no SMTP settings: say so, and offer the `.eml` export and a `mailto:` link
/// (not with `json`: nothing was tried, so there is no document, only the error).
fn no_smtp(
    ctx: &Context,
    outbox: &Outbox,
    id: Option<ReportId>,
    json: bool,
) -> Result<(), CliError> {
    let ids = match id {
        _ if json => Vec::new(),
        Some(id) => vec![id],
        None => outbox.sendable().map_err(failed)?,
    };
    let link = if json {
        "`ddm-reader report send ID` (without --json) prints a mailto: link"
    } else {
        "open the mailto: link below"
    };
    say_err!(
        "ddm-reader: reports cannot be sent from here: there is no [report.smtp] in the config \
         ({}).\nSend them from your mail program instead: `ddm-reader report export ID --eml \
         FILE` writes a complete e-mail with the attachments (photo metadata removed), or \
         {link}. A mailto: link carries only the text: attachments must be added by hand, and \
         files added by hand keep their metadata (GPS location included).",
        ctx.paths.config.display()
    );
    for id in &ids {
        let url = report::mailto(outbox, &ctx.config.report, *id).map_err(failed)?;
        output::say(&format!(
            "report {id}: ddm-reader report export {id} --eml report-{id}.eml"
        ))?;
        output::say(&format!("report {id}: {url}"))?;
        if ids.len() == 1
            && std::io::stdout().is_terminal()
            && std::io::stdin().is_terminal()
            && let Err(e) = crate::open::open_url(&url, ctx.config.share.opener.as_deref())
        {
            say_err!("ddm-reader: {e}");
        }
    }
    Err(CliError::Usage(
        "not sent: configure [report.smtp] to send from ddm-reader".into(),
    ))
}
