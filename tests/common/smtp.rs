//! A small SMTP server for integration tests, so that no report ever leaves the machine.
//!
//! [`SmtpServer::start`] binds `127.0.0.1:0` and serves each connection on its own thread,
//! as the HTTP [`super::server::TestServer`] does. It speaks enough ESMTP for a real
//! client: EHLO (advertising `AUTH PLAIN LOGIN`), HELO, AUTH PLAIN and LOGIN (checking
//! one user and password), MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP and QUIT.
//! Its [`Mode`] can be changed at any time to misbehave on purpose: refuse connections
//! with 554, answer MAIL or DATA with 451, or refuse every password with 535. Every
//! message it accepts is recorded with its envelope ([`SmtpServer::messages`]).
//!
//! ```ignore
//! let smtp = SmtpServer::start();
//! // ... send to 127.0.0.1:smtp.port() as smtp::USER / smtp::PASSWORD ...
//! assert_eq!(smtp.messages()[0].rcpt_to, ["newsroom@example.org"]);
//! ```

use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use super::lock;
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// The user the server accepts.
pub const USER: &str = "witness@example.org";
/// That user's password.
pub const PASSWORD: &str = "s3cret pässword";

/// How long a connection may stay silent before its thread gives up.
const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest message accepted.
const MAX_DATA: usize = 64 * 1024 * 1024;

/// How the server behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Everything works.
    Accept,
    /// Greet every connection with `554` and close it.
    RefuseAtConnect,
    /// Answer `MAIL FROM` with `451` (try again later).
    TempFailMail,
    /// Take the message, then answer the end of DATA with `451` (and drop it).
    TempFailData,
    /// Refuse every password with `535`.
    BadAuth,
}

/// A message the server accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    /// The EHLO (or HELO) argument.
    pub ehlo: String,
    /// The mechanism and user of the successful AUTH, if any.
    pub auth: Option<(String, String)>,
    /// The `MAIL FROM` address, without angle brackets.
    pub mail_from: String,
    /// The `RCPT TO` addresses, without angle brackets, in order.
    pub rcpt_to: Vec<String>,
    /// The message as sent after DATA, dot-unstuffed, without the final `.` line.
    pub data: Vec<u8>,
}

struct State {
    mode: Mutex<Mode>,
    mechanisms: Mutex<String>,
    messages: Mutex<Vec<Received>>,
    commands: Mutex<Vec<String>>,
    connections: Mutex<usize>,
    shutdown: AtomicBool,
}

/// An SMTP server on `127.0.0.1` for the length of a test. Stops when dropped.
pub struct SmtpServer {
    addr: SocketAddr,
    state: Arc<State>,
    acceptor: Option<JoinHandle<()>>,
}

impl SmtpServer {
    /// Binds `127.0.0.1:0` and serves in [`Mode::Accept`].
    pub fn start() -> SmtpServer {
        SmtpServer::start_on(0)
    }

    /// Binds `127.0.0.1:port` (a port a test saw refused earlier, say) and serves.
    ///
    /// # Panics
    /// If the port cannot be bound.
    pub fn start_on(port: u16) -> SmtpServer {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind the SMTP server");
        let addr = listener
            .local_addr()
            .expect("local address of the SMTP server");
        let state = Arc::new(State {
            mode: Mutex::new(Mode::Accept),
            mechanisms: Mutex::new("PLAIN LOGIN".into()),
            messages: Mutex::new(Vec::new()),
            commands: Mutex::new(Vec::new()),
            connections: Mutex::new(0),
            shutdown: AtomicBool::new(false),
        });
        let acceptor = {
            let state = Arc::clone(&state);
            thread::Builder::new()
                .name(format!("smtp-server-{}", addr.port()))
                .spawn(move || accept_loop(&listener, &state))
                .expect("spawn the SMTP server thread")
        };
        SmtpServer {
            addr,
            state,
            acceptor: Some(acceptor),
        }
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Changes how it behaves from the next command on.
    pub fn set_mode(&self, mode: Mode) {
        *lock(&self.state.mode) = mode;
    }

    /// The AUTH mechanisms EHLO advertises, e.g. `"LOGIN"` (default `"PLAIN LOGIN"`).
    pub fn set_mechanisms(&self, mechanisms: &str) {
        mechanisms.clone_into(&mut lock(&self.state.mechanisms));
    }

    /// Every message accepted so far.
    pub fn messages(&self) -> Vec<Received> {
        lock(&self.state.messages).clone()
    }

    /// Every command line received so far (AUTH payloads left out).
    pub fn commands(&self) -> Vec<String> {
        lock(&self.state.commands).clone()
    }

    /// How many connections were made.
    pub fn connections(&self) -> usize {
        *lock(&self.state.connections)
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.state.shutdown.store(true, Ordering::SeqCst);
        let woken = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1)).is_ok();
        if let Some(acceptor) = self.acceptor.take()
            && woken
        {
            let _ = acceptor.join();
        }
    }
}

fn accept_loop(listener: &TcpListener, state: &Arc<State>) {
    for stream in listener.incoming() {
        if state.shutdown.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        *lock(&state.connections) += 1;
        let state = Arc::clone(state);
        let _ = thread::Builder::new()
            .name("smtp-server-conn".into())
            .spawn(move || {
                let _ = serve(stream, &state);
            });
    }
}

/// One SMTP session.
struct Session {
    ehlo: String,
    auth: Option<(String, String)>,
    mail_from: Option<String>,
    rcpt_to: Vec<String>,
}

fn serve(stream: TcpStream, state: &State) -> io::Result<()> {
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    let mut out = stream.try_clone()?;
    let mut input = BufReader::new(stream);
    let mode = || *lock(&state.mode);
    if mode() == Mode::RefuseAtConnect {
        out.write_all(b"554 5.7.1 No SMTP service here\r\n")?;
        return Ok(());
    }
    out.write_all(b"220 localhost ESMTP test server\r\n")?;
    let mut s = Session {
        ehlo: String::new(),
        auth: None,
        mail_from: None,
        rcpt_to: Vec::new(),
    };
    loop {
        let Some(line) = read_line(&mut input)? else {
            return Ok(());
        };
        let (verb, arg) = line.split_once(' ').unwrap_or((&line, ""));
        let verb = verb.to_ascii_uppercase();
        let logged = if verb == "AUTH" {
            format!("AUTH {}", arg.split(' ').next().unwrap_or(""))
        } else {
            line.clone()
        };
        lock(&state.commands).push(logged);
        let reply: String = match verb.as_str() {
            "EHLO" => {
                arg.clone_into(&mut s.ehlo);
                format!(
                    "250-localhost\r\n250-AUTH {}\r\n250-8BITMIME\r\n250 SIZE {MAX_DATA}",
                    lock(&state.mechanisms)
                )
            }
            "HELO" => {
                arg.clone_into(&mut s.ehlo);
                "250 localhost".into()
            }
            "AUTH" => auth(arg, &mut input, &mut out, &mut s, mode())?,
            "MAIL" if s.auth.is_none() => "530 5.7.0 Authentication required".into(),
            "MAIL" if mode() == Mode::TempFailMail => "451 4.3.0 Try again later".into(),
            "MAIL" => {
                s.mail_from = Some(address(arg));
                s.rcpt_to.clear();
                "250 2.1.0 OK".into()
            }
            "RCPT" if s.mail_from.is_none() => "503 5.5.1 MAIL first".into(),
            "RCPT" => {
                s.rcpt_to.push(address(arg));
                "250 2.1.5 OK".into()
            }
            "DATA" if s.rcpt_to.is_empty() => "503 5.5.1 RCPT first".into(),
            "DATA" => {
                out.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")?;
                let data = read_data(&mut input)?;
                if mode() == Mode::TempFailData {
                    "451 4.3.0 Mailbox busy, try again later".into()
                } else {
                    let mut messages = lock(&state.messages);
                    messages.push(Received {
                        ehlo: s.ehlo.clone(),
                        auth: s.auth.clone(),
                        mail_from: s.mail_from.take().unwrap_or_default(),
                        rcpt_to: std::mem::take(&mut s.rcpt_to),
                        data,
                    });
                    format!("250 2.0.0 OK queued as {}", messages.len())
                }
            }
            "RSET" => {
                s.mail_from = None;
                s.rcpt_to.clear();
                "250 2.0.0 OK".into()
            }
            "NOOP" => "250 2.0.0 OK".into(),
            "QUIT" => {
                out.write_all(b"221 2.0.0 Bye\r\n")?;
                return Ok(());
            }
            _ => "502 5.5.2 Command not recognized".into(),
        };
        out.write_all(reply.as_bytes())?;
        out.write_all(b"\r\n")?;
    }
}

/// AUTH PLAIN or LOGIN, with or without an initial response; returns the final reply.
fn auth(
    arg: &str,
    input: &mut impl BufRead,
    out: &mut impl Write,
    s: &mut Session,
    mode: Mode,
) -> io::Result<String> {
    let mut words = arg.split(' ');
    let mechanism = words.next().unwrap_or("").to_ascii_uppercase();
    let initial = words.next().map(str::to_owned);
    let mut ask = |prompt: &str| -> io::Result<String> {
        out.write_all(format!("334 {prompt}\r\n").as_bytes())?;
        Ok(read_line(input)?.unwrap_or_default())
    };
    let (user, password) = match mechanism.as_str() {
        "PLAIN" => {
            let response = match initial {
                Some(r) => r,
                None => ask("")?,
            };
            let decoded = base64_decode(&response).unwrap_or_default();
            let mut parts = decoded.split(|&b| b == 0).skip(1);
            let user = parts.next().unwrap_or_default();
            let password = parts.next().unwrap_or_default();
            (text(user), text(password))
        }
        "LOGIN" => {
            let user = match initial {
                Some(r) => r,
                None => ask("VXNlcm5hbWU6")?,
            };
            let password = ask("UGFzc3dvcmQ6")?;
            (
                text(&base64_decode(&user).unwrap_or_default()),
                text(&base64_decode(&password).unwrap_or_default()),
            )
        }
        _ => return Ok("504 5.5.4 Unrecognized authentication type".into()),
    };
    if mode == Mode::BadAuth || user != USER || password != PASSWORD {
        return Ok("535 5.7.8 Authentication credentials invalid".into());
    }
    s.auth = Some((mechanism, user));
    Ok("235 2.7.0 Authentication successful".into())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `FROM:<a@b> SIZE=1` → `a@b`.
fn address(arg: &str) -> String {
    let start = arg.find('<').map_or(0, |i| i + 1);
    let end = arg[start..].find('>').map_or(arg.len(), |i| start + i);
    arg[start..end].to_owned()
}

/// One command line without its CRLF; `None` when the client closed the connection.
fn read_line(input: &mut impl BufRead) -> io::Result<Option<String>> {
    let mut line = Vec::new();
    if input.read_until(b'\n', &mut line)? == 0 {
        return Ok(None);
    }
    while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        line.pop();
    }
    Ok(Some(text(&line)))
}

/// The DATA section up to the `.` line, dot-unstuffed, with CRLF line ends kept.
fn read_data(input: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut data = Vec::new();
    loop {
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "DATA cut short",
            ));
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(data);
        }
        let unstuffed = if line.starts_with(b"..") {
            &line[1..]
        } else {
            &line[..]
        };
        data.extend_from_slice(unstuffed);
        if data.len() > MAX_DATA {
            return Err(io::Error::other("message too large"));
        }
    }
}

/// Standard base64 (RFC 4648), padding optional; `None` on a bad character.
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.trim().bytes().filter(|&c| c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xff).ok()?);
        }
    }
    Some(out)
}
