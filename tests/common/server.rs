//! A tiny HTTP/1.1 server for integration tests, so that no test ever touches the internet.
//!
//! [`TestServer::start`] binds `127.0.0.1:0` and serves on background threads (one per
//! connection). Tests configure it with routes ([`TestServer::route`], [`TestServer::serve_dir`])
//! whose [`Response`]s can misbehave on purpose: conditional 304s, redirects, retryable errors,
//! connections that hang, slow or huge bodies, gzip bombs, truncated or malformed responses.
//! Every request is recorded and can be inspected with [`TestServer::requests`].
//!
//! Every response carries `Connection: close` and the connection is closed after it, so clients
//! never reuse a connection. Unknown paths get `404 Not Found`. Dropping the server stops it
//! without waiting for any open connection, even one that is hanging.
//!
//! ```ignore
//! let server = TestServer::start();
//! server.route("/feed.xml", Response::ok(RSS).content_type("application/rss+xml").etag("\"v1\""));
//! let url = server.url("/feed.xml");
//! // ... run the client against `url` ...
//! assert_eq!(server.hits("/feed.xml"), 1);
//! ```

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use super::lock;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use flate2::Compression;
use flate2::write::{DeflateEncoder, GzEncoder};

/// Longest request head (request line + headers) the server accepts.
const MAX_HEAD: usize = 64 * 1024;
/// How long a connection may stay silent or unread before its thread gives up.
const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// Granularity of waits, so they notice the server shutting down.
const TICK: Duration = Duration::from_millis(10);
/// Size of the pieces in which unthrottled bodies are written.
const WRITE_PIECE: usize = 16 * 1024;

/// Start of the filler body of [`Response::huge`] and [`Response::slow_body`].
const FILLER_HEAD: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<rss version=\"2.0\"><channel><title>Filler</title><link>http://127.0.0.1/</link>\n";
/// Repeated after [`FILLER_HEAD`] until the body has the requested size.
const FILLER_ITEM: &[u8] = b"<item><title>Filler item</title><description>Lorem ipsum dolor \
sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</description></item>\n";

/// A request as the server received it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `HEAD`, ...
    pub method: String,
    /// The request target as sent, query included: `/feed.xml?page=2`.
    pub target: String,
    /// The target without its query: `/feed.xml`.
    pub path: String,
    /// The query without its `?`, if the target has one.
    pub query: Option<String>,
    /// Every header in order of arrival, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body (read according to `Content-Length`; empty without one).
    pub body: Vec<u8>,
}

impl Request {
    /// The value of the first header called `name` (compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// How the body length is told to the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Framing {
    /// `Content-Length`.
    Length,
    /// `Transfer-Encoding: chunked`.
    Chunked,
    /// Neither: the body ends when the connection closes.
    Close,
}

#[derive(Clone)]
enum Body {
    /// These bytes.
    Bytes(Arc<[u8]>),
    /// This many bytes of XML-looking filler, generated while writing.
    Filler(u64),
    /// Never answer.
    Hang,
    /// Write these bytes to the socket as they are (no status line or headers added), then close.
    Raw(Arc<[u8]>),
    /// Successive requests get successive responses; the last one repeats.
    Sequence(Arc<[Response]>),
    /// Announce `declared` bytes with `Content-Length`, send only these, then close.
    Truncated { declared: u64, body: Arc<[u8]> },
}

/// What a route answers. Build with a constructor, refine with the builder methods.
///
/// Builder methods on a [`Response::sequence`] itself only honour [`Response::delay`]; set
/// everything else on its members.
#[derive(Clone)]
pub struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Body,
    framing: Framing,
    delay: Duration,
    throttle: Option<(usize, Duration)>,
    etag: Option<String>,
    last_modified: Option<String>,
}

impl Response {
    fn new(status: u16, body: Body) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body,
            framing: Framing::Length,
            delay: Duration::ZERO,
            throttle: None,
            etag: None,
            last_modified: None,
        }
    }

    /// `200 OK` with this body (no `Content-Type` unless [`Response::content_type`] adds one).
    pub fn ok(body: impl Into<Vec<u8>>) -> Response {
        Response::status(200, body)
    }

    /// Any status with this body: `Response::status(503, "busy")`.
    pub fn status(code: u16, body: impl Into<Vec<u8>>) -> Response {
        Response::new(code, Body::Bytes(body.into().into()))
    }

    /// `302 Found` with `Location: to` (a path such as `/b` or a full URL, sent as given).
    /// Use [`Response::with_status`] for 301, 303, 307 or 308.
    pub fn redirect(to: &str) -> Response {
        Response::status(302, Vec::new()).header("Location", to)
    }

    /// Read the request and never answer; the connection closes when the client gives up or the
    /// server is dropped. For timeout tests.
    pub fn hang() -> Response {
        Response::new(200, Body::Hang)
    }

    /// `200 OK` with `total_bytes` of XML-looking filler written `chunk` bytes at a time, waiting
    /// `delay` after each piece. Same as `Response::huge(total_bytes).throttle(chunk, delay)`.
    pub fn slow_body(total_bytes: u64, chunk: usize, delay: Duration) -> Response {
        Response::huge(total_bytes).throttle(chunk, delay)
    }

    /// `200 OK`, `application/rss+xml`, with `Content-Length: total_bytes` and that many bytes
    /// of XML-looking filler (`<?xml ...><rss><channel>` then repeated `<item>`s, never closed),
    /// generated while writing, never held in memory.
    pub fn huge(total_bytes: u64) -> Response {
        Response::new(200, Body::Filler(total_bytes)).content_type("application/rss+xml")
    }

    /// Like [`Response::huge`] but `Transfer-Encoding: chunked`, without `Content-Length`.
    pub fn huge_chunked(total_bytes: u64) -> Response {
        Response::huge(total_bytes).chunked()
    }

    /// `200 OK` with this body gzip-compressed and `Content-Encoding: gzip`.
    pub fn gzip(body: impl AsRef<[u8]>) -> Response {
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        enc.write_all(body.as_ref()).expect("gzip into memory");
        let compressed = enc.finish().expect("gzip into memory");
        Response::ok(compressed).header("Content-Encoding", "gzip")
    }

    /// `200 OK`, `Content-Encoding: gzip`, `application/rss+xml`, whose body is a valid gzip
    /// stream that inflates to `decompressed_bytes` zero bytes. Built once, here; 50 MiB of
    /// zeros takes about 50 KiB and well under a second.
    pub fn gzip_bomb(decompressed_bytes: u64) -> Response {
        Response::ok(gzip_zeros(decompressed_bytes))
            .header("Content-Encoding", "gzip")
            .content_type("application/rss+xml")
    }

    /// Successive requests to the route get successive responses; once they run out, the last
    /// one answers every further request. `Response::sequence(vec![status(500, ""), ok(feed)])`.
    ///
    /// # Panics
    /// If `responses` is empty.
    pub fn sequence(responses: Vec<Response>) -> Response {
        assert!(
            !responses.is_empty(),
            "Response::sequence needs at least one response"
        );
        Response::new(200, Body::Sequence(responses.into()))
    }

    /// Write exactly these bytes to the connection, then close it: for malformed responses.
    /// Only [`Response::delay`] applies to it.
    pub fn raw(bytes: impl Into<Vec<u8>>) -> Response {
        Response::new(200, Body::Raw(bytes.into().into()))
    }

    /// `200 OK` announcing `Content-Length: declared_len` but sending only `body` before closing
    /// the connection: a body cut short.
    pub fn truncated(declared_len: u64, body: impl Into<Vec<u8>>) -> Response {
        Response::new(
            200,
            Body::Truncated {
                declared: declared_len,
                body: body.into().into(),
            },
        )
    }

    /// Replace the status code (keeping everything else): `Response::redirect("/b").with_status(301)`.
    #[must_use]
    pub fn with_status(mut self, code: u16) -> Response {
        self.status = code;
        self
    }

    /// Add a header (more than one with the same name may be added).
    #[must_use]
    pub fn header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Set `Content-Type`, replacing an earlier one.
    #[must_use]
    pub fn content_type(mut self, value: &str) -> Response {
        self.headers
            .retain(|(k, _)| !k.eq_ignore_ascii_case("Content-Type"));
        self.header("Content-Type", value)
    }

    /// Send `ETag: tag` (give the quotes: `"\"v1\""`). A request whose `If-None-Match` lists this
    /// tag (or `*`; weak comparison) gets `304 Not Modified` with an empty body instead.
    #[must_use]
    pub fn etag(mut self, tag: &str) -> Response {
        self.etag = Some(tag.to_owned());
        self
    }

    /// Send `Last-Modified: date`. A request whose `If-Modified-Since` equals `date` exactly
    /// gets `304 Not Modified` (unless it also sends `If-None-Match`, which then decides alone).
    #[must_use]
    pub fn last_modified(mut self, date: &str) -> Response {
        self.last_modified = Some(date.to_owned());
        self
    }

    /// Send `Retry-After: value` (seconds or an HTTP date), for 429 and 503.
    #[must_use]
    pub fn retry_after(self, value: &str) -> Response {
        self.header("Retry-After", value)
    }

    /// Wait this long after reading the request before answering anything.
    #[must_use]
    pub fn delay(mut self, delay: Duration) -> Response {
        self.delay = delay;
        self
    }

    /// Write the body `chunk` bytes at a time, flushing and waiting `delay` after each piece.
    /// With [`Response::chunked`] each piece is one HTTP chunk.
    ///
    /// # Panics
    /// If `chunk` is 0.
    #[must_use]
    pub fn throttle(mut self, chunk: usize, delay: Duration) -> Response {
        assert!(chunk > 0, "throttle chunk size must be positive");
        self.throttle = Some((chunk, delay));
        self
    }

    /// Send the body with `Transfer-Encoding: chunked` instead of `Content-Length`.
    #[must_use]
    pub fn chunked(mut self) -> Response {
        self.framing = Framing::Chunked;
        self
    }

    /// Send the body with neither `Content-Length` nor chunking: it ends when the connection
    /// closes.
    #[must_use]
    pub fn until_close(mut self) -> Response {
        self.framing = Framing::Close;
        self
    }
}

struct Route {
    response: Response,
    /// Requests answered by this route since it was (re)set; indexes sequences.
    served: usize,
}

#[derive(Default)]
struct State {
    routes: Mutex<HashMap<String, Route>>,
    log: Mutex<Vec<Request>>,
    shutdown: AtomicBool,
}

impl State {
    fn stopping(&self) -> bool {
        self.shutdown.load(Ordering::SeqCst)
    }
}

/// An HTTP/1.1 server on `127.0.0.1` for the length of a test. Stops when dropped.
pub struct TestServer {
    addr: SocketAddr,
    state: Arc<State>,
    acceptor: Option<JoinHandle<()>>,
}

impl TestServer {
    /// Bind `127.0.0.1:0` and start serving, with no routes yet (everything is `404`).
    ///
    /// # Panics
    /// If the socket cannot be bound.
    pub fn start() -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener
            .local_addr()
            .expect("local address of the test server");
        let state = Arc::new(State::default());
        let acceptor = {
            let state = Arc::clone(&state);
            thread::Builder::new()
                .name(format!("test-server-{}", addr.port()))
                .spawn(move || accept_loop(&listener, &state))
                .expect("spawn the test server thread")
        };
        TestServer {
            addr,
            state,
            acceptor: Some(acceptor),
        }
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://127.0.0.1:PORT` followed by `path` (a `/` is put in front of it if missing).
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, normalize(path))
    }

    /// Answer requests for `path` with `response` from now on, replacing any earlier route for
    /// it (and restarting its sequence). `path` matches the request target exactly if it has a
    /// query, otherwise the target without its query.
    pub fn route(&self, path: &str, response: Response) {
        lock(&self.state.routes).insert(
            normalize(path),
            Route {
                response,
                served: 0,
            },
        );
    }

    /// Route every file under `dir` (recursively) as `prefix/relative/path`, serving its bytes
    /// exactly, with a content type from its extension: `.xml` → `application/xml`, `.json` →
    /// `application/feed+json`, `.html` → `text/html`, `.gz` and anything else →
    /// `application/octet-stream` (never `Content-Encoding`). Returns how many files it routed.
    ///
    /// # Panics
    /// If the directory or a file in it cannot be read.
    pub fn serve_dir(&self, prefix: &str, dir: impl AsRef<Path>) -> usize {
        let prefix = normalize(prefix).trim_end_matches('/').to_owned();
        let mut count = 0;
        let mut pending = vec![(dir.as_ref().to_path_buf(), prefix)];
        while let Some((dir, prefix)) = pending.pop() {
            let entries = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("read directory {}: {e}", dir.display()));
            for entry in entries {
                let entry = entry.expect("read directory entry");
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = entry.path();
                let route = format!("{prefix}/{name}");
                if path.is_dir() {
                    pending.push((path, route));
                    continue;
                }
                let bytes =
                    std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
                let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
                self.route(
                    &route,
                    Response::ok(bytes).content_type(content_type_for(ext)),
                );
                count += 1;
            }
        }
        count
    }

    /// Every request received so far whose target, or target without query, is `path`.
    pub fn requests(&self, path: &str) -> Vec<Request> {
        let path = normalize(path);
        lock(&self.state.log)
            .iter()
            .filter(|r| r.path == path || r.target == path)
            .cloned()
            .collect()
    }

    /// Every request received so far, in order of arrival.
    pub fn all_requests(&self) -> Vec<Request> {
        lock(&self.state.log).clone()
    }

    /// How many requests were received for `path` (counted as [`TestServer::requests`] does).
    pub fn hits(&self, path: &str) -> usize {
        self.requests(path).len()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.state.shutdown.store(true, Ordering::SeqCst);
        // Wake the blocking accept() with a connection of our own, then wait for the acceptor.
        // Connection threads are left to notice the flag by themselves: they never block a test.
        let woken = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1)).is_ok();
        if let Some(acceptor) = self.acceptor.take()
            && woken
        {
            let _ = acceptor.join();
        }
    }
}

/// A port on `127.0.0.1` where nothing listens (it was bound, then released), for tests of a
/// server that is gone: connecting to it is refused.
///
/// # Panics
/// If no port can be bound.
pub fn refuse_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().expect("local address").port()
}

fn normalize(path: &str) -> String {
    if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    }
}

fn content_type_for(ext: &str) -> &'static str {
    match ext.to_ascii_lowercase().as_str() {
        "xml" => "application/xml",
        "rss" => "application/rss+xml",
        "atom" => "application/atom+xml",
        "json" => "application/feed+json",
        "html" | "htm" => "text/html",
        "txt" | "md" => "text/plain",
        _ => "application/octet-stream",
    }
}

fn accept_loop(listener: &TcpListener, state: &Arc<State>) {
    for stream in listener.incoming() {
        if state.stopping() {
            break;
        }
        let Ok(stream) = stream else { continue };
        let state = Arc::clone(state);
        // Detached: a connection thread never delays the end of a test.
        let _ = thread::Builder::new()
            .name("test-server-conn".into())
            .spawn(move || {
                let _ = handle_connection(stream, &state);
            });
    }
}

fn handle_connection(mut stream: TcpStream, state: &State) -> io::Result<()> {
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    stream.set_nodelay(true)?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let Some(request) = read_request(&mut reader)? else {
        return Ok(());
    };
    let (response, served) = {
        let mut routes = lock(&state.routes);
        let key = if routes.contains_key(&request.target) {
            &request.target
        } else {
            &request.path
        };
        let route = routes.get_mut(key);
        match route {
            Some(route) => {
                route.served += 1;
                (Some(route.response.clone()), route.served - 1)
            }
            None => (None, 0),
        }
    };
    lock(&state.log).push(request.clone());
    let response =
        response.unwrap_or_else(|| Response::status(404, "not found").content_type("text/plain"));
    respond(&mut stream, &request, response, served, state)?;
    // Lingering close: say we are done, then let the client read to the end before closing.
    let _ = stream.shutdown(Shutdown::Write);
    stream.set_read_timeout(Some(Duration::from_secs(1)))?;
    let mut sink = [0u8; 1024];
    while matches!(reader.read(&mut sink), Ok(n) if n > 0) {}
    Ok(())
}

/// Read one request; `None` if the client closed the connection before sending one.
fn read_request(reader: &mut impl BufRead) -> io::Result<Option<Request>> {
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let mut line = Vec::new();
        let n = reader
            .by_ref()
            .take(MAX_HEAD as u64)
            .read_until(b'\n', &mut line)?;
        if n == 0 {
            if lines.is_empty() {
                return Ok(None);
            }
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "request head cut short",
            ));
        }
        total += n;
        if total > MAX_HEAD {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "request head too long",
            ));
        }
        let line = String::from_utf8_lossy(&line)
            .trim_end_matches(['\r', '\n'])
            .to_owned();
        if line.is_empty() {
            if lines.is_empty() {
                continue; // Tolerate blank lines before the request line.
            }
            break;
        }
        lines.push(line);
    }
    let mut parts = lines[0].split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let mut target = parts.next().unwrap_or("/").to_owned();
    // Absolute form (`GET http://host/path`), as sent to proxies: keep the path.
    if let Some(rest) = target
        .strip_prefix("http://")
        .or_else(|| target.strip_prefix("https://"))
    {
        target = rest
            .find('/')
            .map_or_else(|| "/".to_owned(), |i| rest[i..].to_owned());
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), Some(q.to_owned())),
        None => (target.clone(), None),
    };
    let headers: Vec<(String, String)> = lines[1..]
        .iter()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut request = Request {
        method,
        target,
        path,
        query,
        headers,
        body: Vec::new(),
    };
    if let Some(len) = request
        .header("Content-Length")
        .and_then(|v| v.parse::<u64>().ok())
    {
        reader.take(len).read_to_end(&mut request.body)?;
    }
    Ok(Some(request))
}

/// Sleep for `duration` in small steps; `false` if the server began shutting down meanwhile.
fn wait(duration: Duration, state: &State) -> bool {
    let end = Instant::now() + duration;
    loop {
        if state.stopping() {
            return false;
        }
        let now = Instant::now();
        if now >= end {
            return true;
        }
        thread::sleep(TICK.min(end - now));
    }
}

fn respond(
    stream: &mut TcpStream,
    request: &Request,
    mut response: Response,
    served: usize,
    state: &State,
) -> io::Result<()> {
    let mut delay = Duration::ZERO;
    while let Body::Sequence(list) = &response.body {
        delay += response.delay;
        let next = list[served.min(list.len() - 1)].clone();
        response = next;
    }
    if !wait(delay + response.delay, state) {
        return Ok(());
    }
    let (declared, source) = match &response.body {
        Body::Hang => {
            hang(stream, state);
            return Ok(());
        }
        Body::Raw(bytes) => return stream.write_all(bytes),
        Body::Sequence(_) => unreachable!("sequences were resolved above"),
        Body::Bytes(bytes) => (bytes.len() as u64, Source::Bytes(Arc::clone(bytes))),
        Body::Filler(len) => (*len, Source::Filler(*len)),
        Body::Truncated { declared, body } => (*declared, Source::Bytes(Arc::clone(body))),
    };
    let not_modified = is_not_modified(request, &response);
    let status = if not_modified { 304 } else { response.status };
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in &response.headers {
        let entity = ["Content-Type", "Content-Encoding", "Content-Length"]
            .iter()
            .any(|h| name.eq_ignore_ascii_case(h));
        if !(not_modified && entity) {
            let _ = write!(head, "{name}: {value}\r\n");
        }
    }
    if let Some(etag) = &response.etag {
        let _ = write!(head, "ETag: {etag}\r\n");
    }
    if let Some(date) = &response.last_modified {
        let _ = write!(head, "Last-Modified: {date}\r\n");
    }
    let framing = if matches!(response.body, Body::Truncated { .. }) {
        Framing::Length
    } else {
        response.framing
    };
    let has_body = !not_modified && !matches!(status, 100..=199 | 204 | 304);
    if has_body {
        match framing {
            Framing::Length => {
                let _ = write!(head, "Content-Length: {declared}\r\n");
            }
            Framing::Chunked => head.push_str("Transfer-Encoding: chunked\r\n"),
            Framing::Close => {}
        }
    }
    head.push_str("Connection: close\r\n\r\n");
    stream.write_all(head.as_bytes())?;
    if !has_body || request.method.eq_ignore_ascii_case("HEAD") {
        return stream.flush();
    }
    write_body(stream, &source, framing, response.throttle, state)
}

/// Keep the connection open, unanswered, until the client closes it or the server stops.
fn hang(stream: &TcpStream, state: &State) {
    let _ = stream.set_read_timeout(Some(TICK));
    let mut buf = [0u8; 512];
    let mut stream = stream;
    while !state.stopping() {
        match stream.read(&mut buf) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return,
        }
    }
}

/// `If-None-Match` decides when present (and the response has an `ETag`); otherwise an
/// `If-Modified-Since` equal to `Last-Modified`. Only for 2xx responses.
fn is_not_modified(request: &Request, response: &Response) -> bool {
    if !(200..300).contains(&response.status) {
        return false;
    }
    if let (Some(etag), Some(inm)) = (&response.etag, request.header("If-None-Match")) {
        let weak = |t: &str| t.trim().trim_start_matches("W/").to_owned();
        return inm
            .split(',')
            .any(|t| t.trim() == "*" || weak(t) == weak(etag));
    }
    if let (Some(date), Some(ims)) = (&response.last_modified, request.header("If-Modified-Since"))
    {
        return ims.trim() == date.trim();
    }
    false
}

/// Where body bytes come from.
enum Source {
    Bytes(Arc<[u8]>),
    Filler(u64),
}

impl Source {
    fn len(&self) -> u64 {
        match self {
            Source::Bytes(b) => b.len() as u64,
            Source::Filler(n) => *n,
        }
    }

    /// Put the bytes at `offset..offset + len` into `out` (cleared first).
    fn fill(&self, offset: u64, len: usize, out: &mut Vec<u8>) {
        out.clear();
        match self {
            Source::Bytes(b) => {
                let start = usize::try_from(offset).expect("offset fits in memory");
                out.extend_from_slice(&b[start..start + len]);
            }
            Source::Filler(_) => filler(offset, len, out),
        }
    }
}

/// Append the filler bytes at `offset..offset + len` to `out`.
fn filler(offset: u64, len: usize, out: &mut Vec<u8>) {
    let head = FILLER_HEAD.len() as u64;
    let item = FILLER_ITEM.len() as u64;
    let mut pos = offset;
    let end = offset + len as u64;
    while pos < end {
        let want = end - pos;
        let piece = if pos < head {
            &FILLER_HEAD[usize::try_from(pos).expect("small")..]
        } else {
            &FILLER_ITEM[usize::try_from((pos - head) % item).expect("small")..]
        };
        let take = usize::try_from(want.min(piece.len() as u64)).expect("small");
        out.extend_from_slice(&piece[..take]);
        pos += take as u64;
    }
}

fn write_body(
    stream: &mut TcpStream,
    source: &Source,
    framing: Framing,
    throttle: Option<(usize, Duration)>,
    state: &State,
) -> io::Result<()> {
    let (piece, pause) = throttle.unwrap_or((WRITE_PIECE, Duration::ZERO));
    let total = source.len();
    let mut buf = Vec::with_capacity(piece);
    let mut offset = 0u64;
    while offset < total {
        if state.stopping() {
            return Ok(());
        }
        let len = usize::try_from((total - offset).min(piece as u64)).expect("piece fits");
        source.fill(offset, len, &mut buf);
        if framing == Framing::Chunked {
            stream.write_all(format!("{len:x}\r\n").as_bytes())?;
            stream.write_all(&buf)?;
            stream.write_all(b"\r\n")?;
        } else {
            stream.write_all(&buf)?;
        }
        offset += len as u64;
        if !pause.is_zero() {
            stream.flush()?;
            if !wait(pause, state) {
                return Ok(());
            }
        }
    }
    if framing == Framing::Chunked {
        stream.write_all(b"0\r\n\r\n")?;
    }
    stream.flush()
}

/// A gzip stream that inflates to `n` zero bytes, built by compressing one block of zeros once
/// and repeating its (byte-aligned, non-final) deflate blocks, so it stays fast even in debug
/// builds.
fn gzip_zeros(n: u64) -> Vec<u8> {
    const BLOCK: usize = 1 << 20;
    let zeros = vec![0u8; BLOCK];
    let full_blocks = n / BLOCK as u64;
    let rest = usize::try_from(n % BLOCK as u64).expect("smaller than a block");

    // Header: magic, deflate, no flags, no mtime, no extra flags, unknown OS.
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    let mut crc = flate2::Crc::new();
    if full_blocks > 0 {
        let block = deflate_sync(&zeros);
        let mut block_crc = flate2::Crc::new();
        block_crc.update(&zeros);
        for _ in 0..full_blocks {
            out.extend_from_slice(&block);
            crc.combine(&block_crc);
        }
    }
    if rest > 0 {
        out.extend_from_slice(&deflate_sync(&zeros[..rest]));
        crc.update(&zeros[..rest]);
    }
    // Final empty stored block: BFINAL=1, BTYPE=00, LEN=0, NLEN=!0 (we are byte-aligned).
    out.extend_from_slice(&[0x01, 0x00, 0x00, 0xff, 0xff]);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    // ISIZE is the length modulo 2^32.
    out.extend_from_slice(&((n & 0xffff_ffff) as u32).to_le_bytes());
    out
}

/// Raw deflate of `data` ending with a sync flush: non-final blocks ending on a byte boundary,
/// which can be followed by any other deflate blocks.
fn deflate_sync(data: &[u8]) -> Vec<u8> {
    let mut enc = DeflateEncoder::new(Vec::new(), Compression::best());
    enc.write_all(data).expect("deflate into memory");
    enc.flush().expect("deflate into memory");
    enc.get_ref().clone()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    }
}
