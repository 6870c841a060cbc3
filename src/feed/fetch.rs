//! The HTTP half of a refresh: one GET per feed, with every limit a hostile server needs.
//!
//! Owns the reqwest client (timeouts, at most 5 redirects, `User-Agent`), conditional GET
//! (`If-None-Match` / `If-Modified-Since`), the response-size cap (counted over decoded
//! chunks, so a gzip bomb stops at the cap) and Retry-After, and tells which failures
//! deserve a retry ([`FetchError::is_transient`]; the refresh schedules it, after
//! [`RETRY_DELAY`]). It returns bytes; it never parses them and never touches the store.

use std::time::Duration;

use chrono::{DateTime, Utc};
use reqwest::StatusCode;
use reqwest::header::{self, HeaderMap};

use super::slots::{BodySlot, BodySlots};

/// The `User-Agent` every request carries.
pub const USER_AGENT: &str = concat!("ddm-reader/", env!("CARGO_PKG_VERSION"));
/// Most redirects followed before a feed is given up.
pub const MAX_REDIRECTS: usize = 5;
/// How long a 429 or 503 without `Retry-After` backs the feed off.
pub const DEFAULT_BACKOFF: Duration = Duration::from_secs(15 * 60);
/// Pause before the single retry.
pub const RETRY_DELAY: Duration = Duration::from_millis(500);

/// Limits for every request.
#[derive(Debug, Clone)]
pub struct FetchSettings {
    /// Time to open a connection.
    pub connect_timeout: Duration,
    /// Time for the whole request, body included.
    pub timeout: Duration,
    /// Largest body accepted, after decompression.
    pub max_bytes: u64,
}

/// Validators remembered from the last successful fetch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` the server sent.
    pub etag: Option<String>,
    /// The `Last-Modified` the server sent.
    pub last_modified: Option<String>,
}

/// A successful answer.
#[derive(Debug)]
pub enum FetchOutcome {
    /// 304: the feed is unchanged since the validators were given.
    NotModified,
    /// A new body.
    Fresh(Box<Fetched>),
}

/// A body and what came with it.
#[derive(Debug)]
pub struct Fetched {
    /// The body, decompressed, at most `max_bytes` long.
    pub body: Vec<u8>,
    /// HTTP status (2xx).
    pub status: u16,
    /// The URL after redirects.
    pub final_url: url::Url,
    /// The charset of the Content-Type, if given.
    pub charset: Option<String>,
    /// The new validators.
    pub validators: Validators,
    /// The body slot this body holds (see [`Fetcher::with_body_slots`]); keep it until
    /// the body is processed, then release it with the body's buffer.
    pub slot: Option<BodySlot>,
}

/// Why a fetch failed. The message is what `feeds list` and `fetch` show.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Not an http(s) URL.
    #[error("not an http or https URL: {0}")]
    BadUrl(String),
    /// No answer in time.
    #[error("timed out after {0} s")]
    Timeout(u64),
    /// The connection could not be made.
    #[error("cannot connect: {0}")]
    Connect(String),
    /// Redirected more than [`MAX_REDIRECTS`] times (or in a loop).
    #[error("too many redirects (more than {MAX_REDIRECTS})")]
    TooManyRedirects,
    /// A non-success status.
    #[error("HTTP {status}{}", retry_after.map(|t| format!(", asked to wait until {}", t.format("%Y-%m-%d %H:%M UTC"))).unwrap_or_default())]
    Status {
        /// The status code.
        status: u16,
        /// When 429/503 asked us to come back.
        retry_after: Option<DateTime<Utc>>,
    },
    /// The body went past the cap.
    #[error("response larger than the {} limit", human_bytes(*limit))]
    TooLarge {
        /// The cap.
        limit: u64,
        /// The status the server answered with.
        status: u16,
    },
    /// The body could not be read.
    #[error("error reading the response: {0}")]
    Body(String),
    /// The TLS or client set-up failed.
    #[error("HTTP client error: {0}")]
    Client(String),
}

impl FetchError {
    /// The HTTP status, when there was one.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            FetchError::Status { status, .. } | FetchError::TooLarge { status, .. } => {
                Some(*status)
            }
            _ => None,
        }
    }

    /// When the server asked not to be fetched again before.
    pub fn retry_after(&self) -> Option<DateTime<Utc>> {
        match self {
            FetchError::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    pub fn is_transient(&self) -> bool {
        match self {
            FetchError::Timeout(_) => true,
            FetchError::Status {
                status,
                retry_after,
            } => *status >= 500 && retry_after.is_none(),
            _ => false,
        }
    }
}

/// An HTTP client configured for feeds; cheap to clone and share across tasks.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    settings: FetchSettings,
    body_slots: Option<std::sync::Arc<BodySlots>>,
}

impl Fetcher {
    /// Builds the client.
    pub fn new(settings: FetchSettings) -> Result<Fetcher, FetchError> {
        // reqwest is built without a default crypto provider (ring builds far faster
        // than aws-lc here); installing it twice is harmless, hence the ignored result.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(settings.connect_timeout)
            // No client-wide timeout: reqwest's runs from `send()` to the body's end, and
            // a body waiting for its slot (see `with_body_slots`) must not spend it.
            // `fetch_once` keeps the clock itself, paused while the slot is awaited.
            .redirect(reqwest::redirect::Policy::limited(MAX_REDIRECTS))
            .build()
            .map_err(|e| FetchError::Client(e.to_string()))?;
        Ok(Fetcher {
            client,
            settings,
            body_slots: None,
        })
    }

    /// Bounds how many bodies are read and held at once: a request waits for a slot
    /// after its headers arrive and before its body is read. Many requests can then be
    /// waiting on slow servers while only a few large bodies sit in memory.
    #[must_use]
    pub fn with_body_slots(mut self, slots: std::sync::Arc<BodySlots>) -> Fetcher {
        self.body_slots = Some(slots);
        self
    }

    /// The time allowed for a whole request.
    pub fn timeout(&self) -> Duration {
        self.settings.timeout
    }

    /// One request for `url` (no retry: the caller schedules one), saying on `answered`
    /// when the server's answer (its status and headers) has come, before its body is
    /// read.
    pub async fn fetch_once(
        &self,
        url: &str,
        validators: &Validators,
        answered: Option<tokio::sync::oneshot::Sender<()>>,
    ) -> Result<FetchOutcome, FetchError> {
        let parsed = url::Url::parse(url).map_err(|_| FetchError::BadUrl(url.to_owned()))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(FetchError::BadUrl(url.to_owned()));
        }
        let mut request = self.client.get(parsed);
        if let Some(etag) = &validators.etag {
            request = request.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(lm) = &validators.last_modified {
            request = request.header(header::IF_MODIFIED_SINCE, lm);
        }
        let timeout = self.settings.timeout;
        let timed_out = || FetchError::Timeout(timeout.as_secs());
        let started = tokio::time::Instant::now();
        let mut response = tokio::time::timeout(timeout, request.send())
            .await
            .map_err(|_| timed_out())?
            .map_err(|e| self.map_error(&e))?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(FetchOutcome::NotModified);
        }
        if !status.is_success() {
            let retry_after = match status {
                StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => {
                    Some(retry_after(response.headers(), Utc::now(), status))
                }
                _ => None,
            }
            .flatten();
            return Err(FetchError::Status {
                status: status.as_u16(),
                retry_after,
            });
        }
        let max = self.settings.max_bytes;
        if response.content_length().is_some_and(|len| len > max)
            && !response.headers().contains_key(header::CONTENT_ENCODING)
        {
            return Err(FetchError::TooLarge {
                limit: max,
                status: status.as_u16(),
            });
        }
        // The request's clock stops while it waits for a body slot (our own queue, not
        // the server's slowness) and runs on while the body is read: the server gets
        // `timeout` in all, as promised.
        let answered_in = started.elapsed();
        if let Some(answered) = answered {
            let _ = answered.send(());
        }
        let (slot, mut body) = match &self.body_slots {
            Some(slots) => slots
                .acquire()
                .await
                .map_or((None, Vec::new()), |(slot, buffer)| (Some(slot), buffer)),
            None => (None, Vec::new()),
        };
        let headers = response.headers().clone();
        let final_url = response.url().clone();
        // Sized once from Content-Length when the server gives one (capped), so a large
        // feed is not held in a buffer twice its size while it grows.
        let expected = response.content_length().unwrap_or(0).min(max);
        body.reserve(usize::try_from(expected).unwrap_or(0));
        // Chunks arrive decompressed, so this counts what a gzip bomb inflates to.
        let read_body = async {
            while let Some(chunk) = response.chunk().await.map_err(|e| self.map_error(&e))? {
                if (body.len() + chunk.len()) as u64 > max {
                    return Err(FetchError::TooLarge {
                        limit: max,
                        status: status.as_u16(),
                    });
                }
                body.extend_from_slice(&chunk);
            }
            Ok(())
        };
        tokio::time::timeout(timeout.saturating_sub(answered_in), read_body)
            .await
            .map_err(|_| timed_out())??;
        Ok(FetchOutcome::Fresh(Box::new(Fetched {
            body,
            status: status.as_u16(),
            final_url,
            charset: charset(&headers),
            validators: Validators {
                etag: header_string(&headers, header::ETAG),
                last_modified: header_string(&headers, header::LAST_MODIFIED),
            },
            slot,
        })))
    }

    fn map_error(&self, e: &reqwest::Error) -> FetchError {
        if e.is_connect() && e.is_timeout() {
            FetchError::Connect(format!(
                "no connection within {} s",
                self.settings.connect_timeout.as_secs()
            ))
        } else if e.is_timeout() {
            FetchError::Timeout(self.settings.timeout.as_secs())
        } else if e.is_redirect() {
            FetchError::TooManyRedirects
        } else if e.is_connect() {
            FetchError::Connect(root_cause(e))
        } else {
            FetchError::Body(root_cause(e))
        }
    }
}

/// A byte count for messages: "16 MiB" when it is whole mebibytes, else bytes.
pub fn human_bytes(n: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB", n / MIB)
    } else {
        format!("{n}-byte")
    }
}

fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut source = e;
    while let Some(next) = source.source() {
        source = next;
    }
    source.to_string()
}

fn header_string(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    let value = headers.get(name)?.to_str().ok()?;
    let value = crate::sanitize::clean_line(value);
    (!value.is_empty() && value.len() < 1024).then_some(value)
}

fn charset(headers: &HeaderMap) -> Option<String> {
    let ct = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    ct.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"').to_owned())
    })
}

/// When a 429/503 asks to come back: `Retry-After` in seconds or as an HTTP date, else
/// [`DEFAULT_BACKOFF`] for a 429 (a 503 without it is an ordinary, retried 5xx).
fn retry_after(
    headers: &HeaderMap,
    now: DateTime<Utc>,
    status: StatusCode,
) -> Option<DateTime<Utc>> {
    let parsed = headers
        .get(header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let v = v.trim();
            match v.parse::<u32>() {
                Ok(secs) => Some(now + chrono::Duration::seconds(i64::from(secs.min(7 * 86_400)))),
                Err(_) => DateTime::parse_from_rfc2822(v)
                    .ok()
                    .map(|d| d.with_timezone(&Utc)),
            }
        });
    // A server may ask for at most a week: a date in year 9999 must not switch a feed
    // off for good.
    let parsed = parsed.map(|t| t.min(now + chrono::Duration::days(7)));
    match (parsed, status) {
        (Some(t), _) => Some(t),
        (None, StatusCode::TOO_MANY_REQUESTS) => {
            Some(now + chrono::Duration::from_std(DEFAULT_BACKOFF).unwrap_or_default())
        }
        (None, _) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn retry_after_seconds_and_date() {
        let now = DateTime::parse_from_rfc3339("2026-11-28T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let mut h = HeaderMap::new();
        h.insert(header::RETRY_AFTER, HeaderValue::from_static("120"));
        let t = retry_after(&h, now, StatusCode::TOO_MANY_REQUESTS).unwrap();
        assert_eq!((t - now).num_seconds(), 120);
        h.insert(
            header::RETRY_AFTER,
            HeaderValue::from_static("Sat, 28 Nov 2026 11:00:00 GMT"),
        );
        let t = retry_after(&h, now, StatusCode::SERVICE_UNAVAILABLE).unwrap();
        assert_eq!((t - now).num_seconds(), 3600);
        assert!(retry_after(&HeaderMap::new(), now, StatusCode::SERVICE_UNAVAILABLE).is_none());
        // A date far ahead is capped at a week, so a feed is never switched off for good.
        h.insert(
            header::RETRY_AFTER,
            HeaderValue::from_static("Fri, 31 Dec 9999 23:59:59 GMT"),
        );
        let t = retry_after(&h, now, StatusCode::TOO_MANY_REQUESTS).unwrap();
        assert_eq!((t - now).num_days(), 7);
        assert!(retry_after(&HeaderMap::new(), now, StatusCode::TOO_MANY_REQUESTS).is_some());
    }

    #[test]
    fn charset_is_read_from_content_type() {
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/xml; charset=\"KOI8-R\""),
        );
        assert_eq!(charset(&h).as_deref(), Some("KOI8-R"));
    }
}
