//! The `report` commands: `new` (queue a report from flags), `list`, `show`, `send`,
//! `export`, `discard`. They call `crate::report` and print; results go to stdout, the
//! rest to stderr. Bad input, an unknown id or missing SMTP settings exit 2; a send that
//! failed exits 1 with the error, and the report stays in the outbox.

use std::fmt::Write as _;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use chrono::Utc;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::{CliError, Context, output};
use crate::report::{
    self, AttachmentInfo, Outbox, RelatedArticle, ReportDraft, ReportError, ReportId, ReportLimits,
    ReportState,
};
use crate::sanitize::{clean, clean_line};

/// `report` subcommands.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Queue a citizen report from flags; with none, in a terminal, open the form.
    New(NewArgs),
    /// Every report in the outbox, newest first.
    List {
        /// Print one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// One report with its fields, attachments and sending history.
    Show {
        /// The report's id, from `report list`.
        id: i64,
        /// Print one JSON document.
        #[arg(long)]
        json: bool,
    },
    /// Send a report now, or every queued and failed one (the default), over SMTP.
    Send {
        /// The report's id; without it, every queued or failed report.
        id: Option<i64>,
        /// Every queued or failed report.
        #[arg(long, conflicts_with = "id")]
        all: bool,
        /// Print one JSON document: each report tried and how it ended.
        #[arg(long)]
        json: bool,
    },
    /// Write a report as an e-mail file (mode 0600) for any mail program to send.
    Export {
        /// The report's id.
        id: i64,
        /// The file to write.
        #[arg(long, value_name = "PATH")]
        eml: PathBuf,
        /// Print one JSON document: the file, its size and the Message-ID.
        #[arg(long)]
        json: bool,
    },
    /// Delete a report from the outbox for good.
    Discard {
        /// The report's id.
        id: i64,
    },
}

/// The fields of `report new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// One line saying what happened.
    #[arg(long)]
    pub headline: Option<String>,
    /// A file holding what happened; `-` reads standard input.
    #[arg(long, value_name = "FILE|-")]
    pub body_file: Option<PathBuf>,
    /// Where it happened.
    #[arg(long = "where", value_name = "PLACE")]
    pub location: Option<String>,
    /// When it happened (default: now).
    #[arg(long, value_name = "TIME")]
    pub when: Option<String>,
    /// Your name (default: anonymous).
    #[arg(long)]
    pub name: Option<String>,
    /// How the newsroom can reach you.
    #[arg(long)]
    pub contact: Option<String>,
    /// You agree to be contacted.
    #[arg(long)]
    pub consent: bool,
    /// Files to send along (photo metadata, GPS included, is removed).
    #[arg(long = "attach", value_name = "FILE", num_args = 1..)]
    pub attach: Vec<PathBuf>,
    /// The article (id from `list`) the report is about.
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,
    /// Keep photo metadata (GPS location included) instead of removing it.
    #[arg(long)]
    pub keep_metadata: bool,
    /// Print one JSON document.
    #[arg(long)]
    pub json: bool,
}

/// Runs one `report` subcommand.
pub fn run(ctx: &Context, command: ReportCommand) -> Result<(), CliError> {
    let mut outbox = Outbox::open(&ctx.paths.outbox()).map_err(failed)?;
    match command {
        ReportCommand::New(args) => new(ctx, &mut outbox, args),
        ReportCommand::List { json } => list(&outbox, json),
        ReportCommand::Show { id, json } => show(&outbox, ReportId(id), json),
        ReportCommand::Send { id, all: _, json } => {
            super::report_send::send(ctx, &mut outbox, id.map(ReportId), json)
        }
        ReportCommand::Export { id, eml, json } => {
            ctx.refuse_own(&eml)?;
            let exported = report::export_eml(
                &mut outbox,
                &ctx.config.report,
                ReportId(id),
                &eml,
                Utc::now(),
            )
            .map_err(failed)?;
            if json {
                // The path as written, made absolute so a script can use it anywhere.
                let path = std::path::absolute(&eml).unwrap_or(eml);
                return output::json(&ExportJson {
                    id: ReportId(id),
                    path: &path,
                    bytes: exported.bytes,
                    message_id: &exported.message_id,
                });
            }
            output::say(&format!(
                "Wrote report {id} to {} (readable only by you). Open it in your mail program \
                 and send it.",
                eml.display()
            ))
        }
        ReportCommand::Discard { id } => {
            outbox.discard(ReportId(id)).map_err(failed)?;
            output::say(&format!("Discarded report {id}."))
        }
    }
}

/// Maps a report error to an exit code: the user's doing is 2, anything else 1.
pub(super) fn failed(e: ReportError) -> CliError {
    match e {
        ReportError::Invalid(errors) => CliError::Usage(format!(
            "the report is not ready:\n{}",
            errors
                .iter()
                .map(|e| format!("  {e}"))
                .collect::<Vec<_>>()
                .join("\n")
        )),
        e @ (ReportError::NotFound(_)
        | ReportError::WrongState { .. }
        | ReportError::Config(_)
        | ReportError::Message(_)) => CliError::Usage(e.to_string()),
        e => CliError::Failed(e.into()),
    }
}

fn new(ctx: &Context, outbox: &mut Outbox, args: NewArgs) -> Result<(), CliError> {
    if args.headline.is_none() && args.body_file.is_none() {
        let hint = "to queue one from the command line: ddm-reader report new --headline TEXT \
                    --body-file FILE|- [--where W] [--when T] [--attach FILE...]";
        if args.json {
            // The form ends with a line for a person, not a document for a script.
            return Err(CliError::Usage(format!(
                "--json needs --headline and --body-file (the form prints no JSON); {hint}"
            )));
        }
        if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
            // In a terminal: the reader's form, saved as you type like any draft.
            return super::ended(crate::tui::run(crate::tui::Options {
                paths: ctx.paths.clone(),
                config: ctx.config.clone(),
                offline: ctx.offline,
                report_form: true,
            }));
        }
        return Err(CliError::Usage(format!(
            "--headline and --body-file are needed without a terminal; {hint}"
        )));
    }
    let limits = ReportLimits::from_config(&ctx.config.report);
    let body = match &args.body_file {
        Some(path) => read_body(path, limits.max_body_bytes)?,
        None => String::new(),
    };
    let article = match args.article {
        Some(id) => {
            let store = ctx.store()?;
            let a = super::commands::load_article(&store, id)?;
            Some(RelatedArticle {
                id: Some(id),
                title: a.summary.title,
                url: a.summary.url,
            })
        }
        None => None,
    };
    let mut draft = ReportDraft::new();
    draft.headline = args.headline.unwrap_or_default();
    draft.body = body;
    draft.location = args.location.unwrap_or_default();
    if let Some(when) = args.when {
        draft.when = when;
    }
    draft.name = args.name.unwrap_or_default();
    draft.contact = args.contact.unwrap_or_default();
    draft.consent = args.consent;
    draft.attachments = args.attach;
    draft.article = article;
    draft.keep_metadata = args.keep_metadata;
    // Check before storing anything: the flags' files are still the user's to fix.
    draft
        .validate(&limits)
        .map_err(|e| failed(ReportError::Invalid(e)))?;
    let now = Utc::now();
    let id = outbox.save_draft(None, &draft, now).map_err(failed)?;
    let warnings = match outbox.queue(id, &limits, now) {
        Ok(w) => w,
        // The draft stays: its text may have been typed into stdin, and nothing but
        // `report discard` ever deletes a report.
        Err(e) => {
            let kept = format!(
                "report {id} is saved but could not be queued; it is kept as a draft (the \
                 reader's `r` resumes it, `ddm-reader report export {id} --eml FILE` writes \
                 it out)"
            );
            return Err(match failed(e) {
                CliError::Usage(m) => CliError::Usage(format!("{kept}:\n{m}")),
                CliError::Partial(m) => CliError::Partial(format!("{kept}: {m}")),
                CliError::Failed(e) => CliError::Failed(e.context(kept)),
                signalled @ CliError::Signalled(_) => signalled,
            });
        }
    };
    for w in &warnings {
        say_err!("ddm-reader: warning: {}", clean_line(&w.to_string()));
    }
    if args.json {
        return output::json(&NewJson {
            id,
            state: ReportState::Queued,
            warnings: warnings.iter().map(ToString::to_string).collect(),
        });
    }
    output::say(&format!(
        "Queued report {id}. Send it with `ddm-reader report send {id}`."
    ))
}

/// The text of `--body-file`: a file, or standard input for `-`; at most `max` bytes
/// are read (more is an error, checked like the form's limit).
fn read_body(path: &Path, max: usize) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let read = if path == Path::new("-") {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    let shown = if path == Path::new("-") {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    };
    read.map_err(|e| CliError::Usage(format!("--body-file {shown}: {e}")))?;
    if bytes.len() > max {
        return Err(CliError::Usage(format!(
            "the report is not ready:\n  What happened: more than {} of text in {shown}; at \
             most {} (attach a longer text as a file)",
            report::draft::human_size(max as u64),
            report::draft::human_size(max as u64)
        )));
    }
    String::from_utf8(bytes)
        .map_err(|_| CliError::Usage(format!("--body-file {shown}: not UTF-8 text")))
}

fn list(outbox: &Outbox, json: bool) -> Result<(), CliError> {
    let rows = outbox.list().map_err(failed)?;
    if json {
        return output::json(&rows);
    }
    for r in &rows {
        let mut line = format!(
            "{:>4}  {:<7}  {}  {}",
            r.id,
            r.state,
            output::human_date(Some(r.updated)),
            clean_line(&r.headline)
        );
        if r.attempts > 0 && r.state != ReportState::Sent {
            let s = if r.attempts == 1 { "" } else { "s" };
            let _ = write!(line, "  ({} attempt{s})", r.attempts);
        }
        if let Some(e) = &r.last_error {
            let _ = write!(line, "\n      last error: {}", clean_line(e));
        }
        output::say(&line)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct ExportJson<'a> {
    id: ReportId,
    path: &'a Path,
    bytes: u64,
    message_id: &'a str,
}

#[derive(Serialize)]
struct NewJson {
    id: ReportId,
    state: ReportState,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct ShowJson<'a> {
    id: ReportId,
    state: ReportState,
    headline: &'a str,
    body: &'a str,
    r#where: Option<&'a str>,
    when: Option<&'a str>,
    name: Option<&'a str>,
    contact: Option<&'a str>,
    consent: bool,
    keep_metadata: bool,
    article: Option<&'a RelatedArticle>,
    files: Vec<String>,
    attachments: &'a [AttachmentInfo],
    created: chrono::DateTime<Utc>,
    updated: chrono::DateTime<Utc>,
    queued: Option<chrono::DateTime<Utc>>,
    attempts: u32,
    last_error: Option<&'a str>,
    next_try: Option<chrono::DateTime<Utc>>,
    message_id: Option<&'a str>,
    sent: Option<chrono::DateTime<Utc>>,
}

/// `s`, or `None` when it is blank (a field not given).
fn given(s: &str) -> Option<&str> {
    Some(s).filter(|s| !s.trim().is_empty())
}

fn show(outbox: &Outbox, id: ReportId, json: bool) -> Result<(), CliError> {
    let r = outbox.get(id).map_err(failed)?;
    let d = &r.draft;
    if json {
        return output::json(&ShowJson {
            id: r.id,
            state: r.state,
            headline: &d.headline,
            body: &d.body,
            r#where: given(&d.location),
            when: given(&d.when),
            name: given(&d.name),
            contact: given(&d.contact),
            consent: d.consent,
            keep_metadata: d.keep_metadata,
            article: d.article.as_ref(),
            files: d
                .attachments
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
            attachments: &r.attachments,
            created: r.created,
            updated: r.updated,
            queued: r.queued,
            attempts: r.attempts,
            last_error: r.last_error.as_deref(),
            next_try: r.next_try,
            message_id: r.message_id.as_deref(),
            sent: r.sent,
        });
    }
    let mut head = format!("Report {}: {}", r.id, r.state);
    match r.state {
        ReportState::Sent => {
            let _ = write!(
                head,
                " {} as {}",
                output::human_date(r.sent),
                r.message_id.as_deref().unwrap_or("?")
            );
        }
        ReportState::Queued if r.attempts > 0 => {
            let _ = write!(
                head,
                ", {} attempts, next try {}",
                r.attempts,
                output::human_date(r.next_try)
            );
        }
        _ => {}
    }
    if let Some(e) = &r.last_error {
        let _ = write!(head, "\nLast error: {e}");
    }
    if r.state == ReportState::Draft && !d.attachments.is_empty() {
        head.push_str("\nFiles (read when queued):");
        for p in &d.attachments {
            let _ = write!(head, "\n  {}", p.display());
        }
    }
    output::say(&clean(&head))?;
    output::say("")?;
    output::say(&clean(&report::message::body_text(&r)))
}
