//! Sending queued reports over SMTP, with lettre over rustls (never OpenSSL).
//!
//! STARTTLS (`security = "starttls"`, port 587) or implicit TLS (`"tls"`, port 465);
//! `"none"` is plain text and allowed only to a loopback host, for testing. The password
//! comes from the environment variable `password_env` names, or from the first line of
//! what `password_command` prints (run directly, never through a shell). Sending is
//! sync, in the caller's thread, with a per-command timeout; the TUI runs it on a
//! blocking thread. A failed attempt puts the report back in the queue with the error
//! and a later next try (1 minute, doubling, at most 6 hours), or marks it failed when
//! the server refused it for good; an explicit send tries either again at once.
//!
//! The EHLO name is the address literal `[127.0.0.1]` and Message-IDs use the sender's
//! domain, so the machine's host name never leaves it.

use std::io::Read;
use std::net::IpAddr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{SmtpTransport, Transport};

use super::message::outbox_message;
use super::{Outbox, ReportError, ReportId};
use crate::config::{ReportConfig, SmtpConfig};

/// First wait after a failed attempt; it doubles with each further failure.
const FIRST_RETRY: Duration = Duration::from_secs(60);
/// Longest wait between automatic attempts.
const LONGEST_RETRY: Duration = Duration::from_secs(6 * 3600);
/// How long `password_command` may run (a pinentry prompt included).
const PASSWORD_COMMAND_TIMEOUT: Duration = Duration::from_secs(120);

/// How one report's attempt went.
#[derive(Debug)]
pub struct SendOutcome {
    /// The report.
    pub id: ReportId,
    /// Its Message-ID when the server accepted it, else why not.
    pub result: Result<String, ReportError>,
}

/// Which reports a run tries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendPolicy {
    /// Queued reports whose next try is due (what the reader does by itself).
    Due,
    /// Every queued or failed report, whatever the backoff says (`report send --all`).
    All,
    /// These reports, whatever the backoff says (`report send ID`).
    Only(Vec<ReportId>),
}

/// The wait before the next automatic attempt after `attempts` failed ones.
pub fn backoff(attempts: u32) -> Duration {
    let doublings = attempts.saturating_sub(1).min(16);
    FIRST_RETRY
        .saturating_mul(1 << doublings)
        .min(LONGEST_RETRY)
}

/// Sends the queued reports whose next try is due at `now`. With no `[report.smtp]`
/// configured there is nothing to do automatically and the list is empty.
pub fn send_due(
    outbox: &mut Outbox,
    config: &ReportConfig,
    now: DateTime<Utc>,
) -> Result<Vec<SendOutcome>, ReportError> {
    if config.smtp.is_none() || outbox.due(now)?.is_empty() {
        return Ok(Vec::new());
    }
    send_reports(outbox, config, &SendPolicy::Due, now)
}

/// Sends the reports `policy` picks, one at a time, and records each outcome in the
/// outbox. `Err` only when nothing could be tried (no SMTP settings, no password, the
/// outbox failing); a report the server refused is an `Err` in its own outcome.
pub fn send_reports(
    outbox: &mut Outbox,
    config: &ReportConfig,
    policy: &SendPolicy,
    now: DateTime<Utc>,
) -> Result<Vec<SendOutcome>, ReportError> {
    let smtp = config.smtp.as_ref().ok_or_else(|| {
        ReportError::Config(
            "no [report.smtp] in the config: reports cannot be sent from here \
             (use `report export ID --eml PATH` or a mailto: link)"
                .into(),
        )
    })?;
    let transport = transport(smtp)?;
    let server = format!("{}:{}", smtp.host, smtp.port);
    let _lock = outbox.lock_sending()?;
    let ids = match policy {
        SendPolicy::Due => outbox.due(now)?,
        SendPolicy::All => outbox.sendable()?,
        SendPolicy::Only(ids) => ids.clone(),
    };
    let mut outcomes = Vec::with_capacity(ids.len());
    for id in ids {
        if let Err(e) = outbox.claim(id, now) {
            outcomes.push(SendOutcome { id, result: Err(e) });
            continue;
        }
        let result = send_one(outbox, config, &transport, &server, id, now);
        match &result {
            Ok(_) => outbox.mark_sent(id, now)?,
            Err(e) => outbox.mark_failed(id, &e.to_string(), e.is_transient(), now)?,
        }
        outcomes.push(SendOutcome { id, result });
    }
    Ok(outcomes)
}

fn send_one(
    outbox: &mut Outbox,
    config: &ReportConfig,
    transport: &SmtpTransport,
    server: &str,
    id: ReportId,
    now: DateTime<Utc>,
) -> Result<String, ReportError> {
    let report = outbox.get(id)?;
    let attachments = outbox.attachments(id)?;
    let (message, message_id) = outbox_message(outbox, config, id, &report, attachments, now)?;
    transport.send(&message).map_err(|e| ReportError::Send {
        server: server.to_owned(),
        message: chain(&e),
        // A refusal for good (5xx), a TLS or a client-side error will not go away by
        // waiting; a timeout, a dropped connection or a 4xx answer may.
        transient: !(e.is_permanent() || e.is_tls() || e.is_client()),
    })?;
    Ok(message_id)
}

/// An error and its sources as one line ([`crate::errors::one_line`]): lettre's
/// top-level message alone says too little. A socket timeout, which reads "Resource
/// temporarily unavailable (os error 11)" in lettre's own message as in its source,
/// reads "timed out".
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = crate::errors::one_line(e);
    let mut source = e.source();
    while let Some(cause) = source {
        let timed_out = cause.downcast_ref::<std::io::Error>().is_some_and(|io| {
            matches!(
                io.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            )
        });
        if timed_out {
            out = out.replace(
                &cause.to_string(),
                "timed out (the server did not answer in time)",
            );
        }
        source = cause.source();
    }
    out
}

/// Whether `host` is this machine: `localhost` or a loopback address.
pub fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The SMTP transport `smtp` describes, with its credentials.
fn transport(smtp: &SmtpConfig) -> Result<SmtpTransport, ReportError> {
    let tls_error = |e: lettre::transport::smtp::Error| {
        ReportError::Config(format!("TLS for {}: {}", smtp.host, chain(&e)))
    };
    let builder = match smtp.security.as_str() {
        "starttls" => SmtpTransport::starttls_relay(&smtp.host).map_err(tls_error)?,
        "tls" => SmtpTransport::relay(&smtp.host).map_err(tls_error)?,
        "none" if is_loopback(&smtp.host) => SmtpTransport::builder_dangerous(&smtp.host),
        "none" => {
            return Err(ReportError::Config(format!(
                "security = \"none\" would send the report and the password unencrypted; \
                 it is allowed only to this machine (localhost, 127.0.0.1, ::1), not to {}",
                smtp.host
            )));
        }
        other => {
            return Err(ReportError::Config(format!(
                "security = \"{other}\": must be \"starttls\", \"tls\" or \"none\""
            )));
        }
    };
    let mut builder = builder
        .port(smtp.port)
        .timeout(Some(Duration::from_secs(smtp.timeout_secs.max(1))));
    match (&smtp.username, password(smtp)?) {
        (Some(user), Some(password)) => {
            builder = builder.credentials(Credentials::new(user.clone(), password));
        }
        (Some(_), None) => {
            return Err(ReportError::Config(
                "username is set but neither password_env nor password_command".into(),
            ));
        }
        (None, Some(_)) => {
            return Err(ReportError::Config(
                "a password is configured but no username".into(),
            ));
        }
        (None, None) => {}
    }
    Ok(builder.build())
}

/// The SMTP password from `password_env` or `password_command`, if one is configured.
pub fn password(smtp: &SmtpConfig) -> Result<Option<String>, ReportError> {
    match (&smtp.password_env, &smtp.password_command) {
        (Some(_), Some(_)) => Err(ReportError::Config(
            "set password_env or password_command, not both".into(),
        )),
        (Some(var), None) => match std::env::var(var) {
            Ok(p) if !p.is_empty() => Ok(Some(p)),
            Ok(_) | Err(std::env::VarError::NotPresent) => Err(ReportError::Password(format!(
                "the environment variable {var} (password_env) is not set or empty"
            ))),
            Err(std::env::VarError::NotUnicode(_)) => Err(ReportError::Password(format!(
                "the environment variable {var} (password_env) is not valid UTF-8"
            ))),
        },
        (None, Some(argv)) => run_password_command(argv).map(Some),
        (None, None) => Ok(None),
    }
}

/// Runs `argv` (no shell) and returns the first line it printed.
fn run_password_command(argv: &[String]) -> Result<String, ReportError> {
    let (program, rest) = argv.split_first().ok_or_else(|| {
        ReportError::Password("password_command is empty; give a program and its arguments".into())
    })?;
    let failed = |why: String| ReportError::Password(format!("password_command {program}: {why}"));
    let mut child = Command::new(program)
        .args(rest)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(format!("cannot run it: {e}")))?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > PASSWORD_COMMAND_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(failed(format!(
                    "still running after {} s; stopped",
                    PASSWORD_COMMAND_TIMEOUT.as_secs()
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(failed(format!("cannot wait for it: {e}"))),
        }
    };
    let mut stdout = String::new();
    let mut stderr = String::new();
    if let Some(mut out) = child.stdout.take() {
        out.read_to_string(&mut stdout)
            .map_err(|e| failed(format!("its output is not UTF-8 text: {e}")))?;
    }
    if let Some(mut err) = child.stderr.take() {
        let _ = err.read_to_string(&mut stderr);
    }
    if !status.success() {
        let said = crate::sanitize::clean_line(stderr.lines().next().unwrap_or(""));
        return Err(failed(format!("{status}: {said}")));
    }
    let password = stdout.lines().next().unwrap_or("").trim().to_owned();
    if password.is_empty() {
        return Err(failed("printed no password".into()));
    }
    Ok(password)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn smtp(host: &str, security: &str) -> SmtpConfig {
        SmtpConfig {
            host: host.into(),
            port: 2525,
            security: security.into(),
            username: None,
            password_env: None,
            password_command: None,
            timeout_secs: 5,
        }
    }

    #[test]
    fn backoff_doubles_from_a_minute_to_six_hours() {
        let mins: Vec<u64> = (1..=11).map(|n| backoff(n).as_secs() / 60).collect();
        assert_eq!(mins, [1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360]);
        assert_eq!(backoff(0), FIRST_RETRY);
        assert_eq!(backoff(u32::MAX), LONGEST_RETRY);
    }

    #[test]
    fn plain_text_only_to_this_machine() {
        for host in ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"] {
            assert!(is_loopback(host), "{host}");
            assert!(transport(&smtp(host, "none")).is_ok(), "{host}");
        }
        for host in ["smtp.example.org", "10.0.0.1", "localhost.example.org"] {
            assert!(!is_loopback(host), "{host}");
            let e = transport(&smtp(host, "none")).unwrap_err().to_string();
            assert!(e.contains("unencrypted") && e.contains(host), "{e}");
        }
        assert!(transport(&smtp("smtp.example.org", "starttls")).is_ok());
        assert!(transport(&smtp("smtp.example.org", "tls")).is_ok());
        assert!(transport(&smtp("smtp.example.org", "ssl")).is_err());
    }

    #[test]
    fn password_from_a_command_without_a_shell() {
        let mut s = smtp("localhost", "none");
        s.password_command = Some(vec![
            "printf".into(),
            "%s\\n%s\\n".into(),
            " s3cret $(x) ".into(),
            "second line".into(),
        ]);
        assert_eq!(password(&s).unwrap().as_deref(), Some("s3cret $(x)"));
        s.password_command = Some(vec!["false".into()]);
        let e = password(&s).unwrap_err().to_string();
        assert!(e.contains("password_command false"), "{e}");
        s.password_command = Some(vec!["/nonexistent/pass".into()]);
        assert!(
            password(&s)
                .unwrap_err()
                .to_string()
                .contains("cannot run it")
        );
        s.password_command = Some(vec!["true".into()]);
        assert!(
            password(&s)
                .unwrap_err()
                .to_string()
                .contains("printed no password")
        );
    }

    #[test]
    fn password_from_the_environment() {
        let mut s = smtp("localhost", "none");
        s.password_env = Some("DDM_TEST_UNSET_PASSWORD_VARIABLE".into());
        let e = password(&s).unwrap_err().to_string();
        assert!(e.contains("DDM_TEST_UNSET_PASSWORD_VARIABLE"), "{e}");
        // PATH is set in every test environment.
        s.password_env = Some("PATH".into());
        assert!(password(&s).unwrap().is_some());
        s.password_command = Some(vec!["true".into()]);
        assert!(password(&s).unwrap_err().to_string().contains("not both"));
    }

    #[derive(Debug)]
    struct Network(std::io::Error);

    impl std::fmt::Display for Network {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "network error: {}", self.0)
        }
    }

    impl std::error::Error for Network {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    /// A socket timeout reads as one, once, wherever it shows in the chain.
    #[test]
    fn a_socket_timeout_reads_timed_out() {
        let e = Network(std::io::Error::from_raw_os_error(11));
        assert_eq!(
            chain(&e),
            "network error: timed out (the server did not answer in time)"
        );
        let refused = Network(std::io::Error::from(std::io::ErrorKind::ConnectionRefused));
        assert!(!chain(&refused).contains("timed out"));
    }
}
