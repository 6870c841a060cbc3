//! The report a witness writes, and the checks it must pass before it is queued.
//!
//! A [`ReportDraft`] is plain data the TUI form binds its fields to. [`ReportDraft::validate`]
//! gives one clear message per field that is wrong (and the form shows it next to the
//! field); [`ReportDraft::warnings`] gives the things worth knowing that do not stop a
//! report (a large total size, metadata that is kept). Attachments are only looked at
//! here (kind, size, readable); they are read when the report is queued.

use std::fmt::{self, Write as _};
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, Local};
use serde::Serialize;

const MIB: u64 = 1024 * 1024;
const MIB_USIZE: usize = 1024 * 1024;

/// The story a report is about, when it is written from one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RelatedArticle {
    /// The article's id in the cache, if it came from there.
    pub id: Option<i64>,
    /// Its title.
    pub title: String,
    /// Its web page.
    pub url: Option<String>,
}

/// A citizen report as typed: every field the form has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportDraft {
    /// One line saying what happened (required).
    pub headline: String,
    /// What happened, in the witness's words (required; several lines).
    pub body: String,
    /// Where it happened (free text).
    pub location: String,
    /// When it happened (free text; [`ReportDraft::new`] fills in the current time).
    pub when: String,
    /// The witness's name; empty means anonymous.
    pub name: String,
    /// How the newsroom can reach the witness; empty means not at all.
    pub contact: String,
    /// Whether the witness agrees to be contacted.
    pub consent: bool,
    /// Files to send along, in order.
    pub attachments: Vec<PathBuf>,
    /// The story this report is about, if any.
    pub article: Option<RelatedArticle>,
    /// Keep photo metadata (GPS location included) instead of removing it.
    pub keep_metadata: bool,
}

/// Size limits a report is checked against (from `[report]` in the config).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportLimits {
    /// Longest headline, in characters.
    pub max_headline_chars: usize,
    /// Longest "what happened" text, in bytes of UTF-8.
    pub max_body_bytes: usize,
    /// Longest where, when, name or contact, in characters.
    pub max_field_chars: usize,
    /// Most attachments per report.
    pub max_attachments: usize,
    /// Largest single attachment, in bytes.
    pub max_attachment_bytes: u64,
    /// Total attachment size above which a warning is given, in bytes.
    pub warn_total_bytes: u64,
}

impl Default for ReportLimits {
    fn default() -> Self {
        ReportLimits {
            max_headline_chars: 200,
            max_body_bytes: MIB_USIZE,
            max_field_chars: 500,
            max_attachments: 20,
            max_attachment_bytes: 25 * MIB,
            warn_total_bytes: 20 * MIB,
        }
    }
}

impl ReportLimits {
    /// The limits with the configurable ones taken from `config`.
    pub fn from_config(config: &crate::config::ReportConfig) -> ReportLimits {
        ReportLimits {
            max_attachment_bytes: config.max_attachment_bytes,
            warn_total_bytes: config.warn_total_bytes,
            ..ReportLimits::default()
        }
    }
}

/// A field of the form, for messages the form shows next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The headline.
    Headline,
    /// What happened.
    Body,
    /// Where.
    Where,
    /// When.
    When,
    /// The name.
    Name,
    /// The contact.
    Contact,
    /// The consent switch.
    Consent,
    /// The attachment at this index.
    Attachment(usize),
    /// The attachments as a whole (their number or total size).
    Attachments,
    /// The keep-metadata switch.
    KeepMetadata,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::Headline => f.write_str("Headline"),
            Field::Body => f.write_str("What happened"),
            Field::Where => f.write_str("Where"),
            Field::When => f.write_str("When"),
            Field::Name => f.write_str("Name"),
            Field::Contact => f.write_str("Contact"),
            Field::Consent => f.write_str("Consent to be contacted"),
            Field::Attachment(i) => write!(f, "Attachment {}", i + 1),
            Field::Attachments => f.write_str("Attachments"),
            Field::KeepMetadata => f.write_str("Photo metadata"),
        }
    }
}

/// One problem with one field, worded for the witness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// What is wrong and what to do, without the field's name.
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// The messages joined into one line, for errors printed outside the form.
pub fn describe(errors: &[FieldError]) -> String {
    let mut out = String::new();
    for (i, e) in errors.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        let _ = write!(out, "{e}");
    }
    out
}

/// `bytes` for people: "812 B", "4.2 KiB", "23.4 MiB".
#[allow(clippy::cast_precision_loss)] // one decimal is all that is shown
pub fn human_size(bytes: u64) -> String {
    let b = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} B")
    } else if bytes < MIB {
        format!("{:.1} KiB", b / 1024.0)
    } else {
        format!("{:.1} MiB", b / MIB as f64)
    }
}

impl ReportDraft {
    /// An empty, anonymous draft whose "when" is the current local time.
    pub fn new() -> ReportDraft {
        ReportDraft::starting_at(Local::now().fixed_offset())
    }

    /// An empty, anonymous draft whose "when" is `now`.
    pub fn starting_at(now: DateTime<FixedOffset>) -> ReportDraft {
        ReportDraft {
            when: now.format("%Y-%m-%d %H:%M %:z").to_string(),
            ..ReportDraft::default()
        }
    }

    /// Whether the witness gave neither a name nor a contact.
    pub fn is_anonymous(&self) -> bool {
        self.name.trim().is_empty() && self.contact.trim().is_empty()
    }

    /// Checks every field; `Err` holds one message per problem, in form order.
    pub fn validate(&self, limits: &ReportLimits) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err = |field, message: String| errors.push(FieldError { field, message });
        if self.headline.trim().is_empty() {
            err(
                Field::Headline,
                "required: say in one line what happened".into(),
            );
        } else if self.headline.chars().count() > limits.max_headline_chars {
            err(
                Field::Headline,
                format!(
                    "{} characters; at most {}",
                    self.headline.chars().count(),
                    limits.max_headline_chars
                ),
            );
        }
        if self.body.trim().is_empty() {
            err(Field::Body, "required: describe what you saw".into());
        } else if self.body.len() > limits.max_body_bytes {
            err(
                Field::Body,
                format!(
                    "{} of text; at most {} (attach a longer text as a file)",
                    human_size(self.body.len() as u64),
                    human_size(limits.max_body_bytes as u64)
                ),
            );
        }
        for (field, value) in [
            (Field::Where, &self.location),
            (Field::When, &self.when),
            (Field::Name, &self.name),
            (Field::Contact, &self.contact),
        ] {
            let n = value.chars().count();
            if n > limits.max_field_chars {
                err(
                    field,
                    format!("{n} characters; at most {}", limits.max_field_chars),
                );
            }
        }
        if self.attachments.len() > limits.max_attachments {
            err(
                Field::Attachments,
                format!(
                    "{} files; at most {}",
                    self.attachments.len(),
                    limits.max_attachments
                ),
            );
        }
        for (i, path) in self.attachments.iter().enumerate() {
            if let Err(message) = check_attachment(path, limits) {
                err(Field::Attachment(i), message);
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Things worth knowing that do not stop the report: a large total size, photo
    /// metadata that is kept or cannot be removed, consent with no contact.
    pub fn warnings(&self, limits: &ReportLimits) -> Vec<FieldError> {
        let mut out = Vec::new();
        let total: u64 = self
            .attachments
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .filter(std::fs::Metadata::is_file)
            .map(|m| m.len())
            .sum();
        if total > limits.warn_total_bytes {
            out.push(FieldError {
                field: Field::Attachments,
                message: format!(
                    "{} in all, above {}: some mail servers refuse messages this large",
                    human_size(total),
                    human_size(limits.warn_total_bytes)
                ),
            });
        }
        if self.keep_metadata && !self.attachments.is_empty() {
            out.push(FieldError {
                field: Field::KeepMetadata,
                message: "kept: photos may show where and when they were taken (GPS included)"
                    .into(),
            });
        }
        if !self.keep_metadata {
            for (i, path) in self.attachments.iter().enumerate() {
                if let Some(kind) = unstripped_image_kind(path) {
                    out.push(FieldError {
                        field: Field::Attachment(i),
                        message: format!(
                            "{kind} metadata cannot be removed, and may say where it was \
                             taken (only JPEG and PNG photos are cleaned); this file is sent \
                             as it is"
                        ),
                    });
                }
            }
        }
        if self.consent && self.contact.trim().is_empty() {
            out.push(FieldError {
                field: Field::Consent,
                message: "given, but no contact: the newsroom cannot reach you".into(),
            });
        }
        out
    }
}

/// Whether `path` can be attached: a readable regular file within the size limit.
fn check_attachment(path: &std::path::Path, limits: &ReportLimits) -> Result<(), String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{shown}: no such file"),
        _ => format!("{shown}: {e}"),
    })?;
    if meta.is_dir() {
        return Err(format!("{shown} is a directory; attach the files in it"));
    }
    if !meta.is_file() {
        return Err(format!("{shown} is not a regular file"));
    }
    if meta.len() > limits.max_attachment_bytes {
        let (size, limit) = (
            human_size(meta.len()),
            human_size(limits.max_attachment_bytes),
        );
        // Just over the limit, both round alike: then the bytes say why.
        return Err(if size == limit {
            format!(
                "{shown} is {} bytes; at most {} bytes ({limit}) a file",
                meta.len(),
                limits.max_attachment_bytes
            )
        } else {
            format!("{shown} is {size}; at most {limit} a file")
        });
    }
    std::fs::File::open(path).map_err(|e| format!("{shown} cannot be read: {e}"))?;
    Ok(())
}

/// The kind of a photo or video whose metadata is not removed, if it is one: by its
/// first bytes (a phone's `IMG_0002.MOV` or a photo saved as `.bin` is what it is), else
/// by its extension. Videos from phones usually carry where they were shot.
fn unstripped_image_kind(path: &std::path::Path) -> Option<&'static str> {
    let mut head = [0_u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    match kind_by_content(&head[..read]) {
        Sniffed::Cleaned => return None,
        Sniffed::Kept(kind) => return Some(kind),
        Sniffed::Unknown => {}
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "heic" | "heif" | "avif" => "HEIC",
        "webp" => "WebP",
        "tif" | "tiff" => "TIFF",
        "dng" | "cr2" | "nef" | "arw" => "RAW photo",
        "gif" => "GIF",
        "mp4" | "m4v" | "mov" | "3gp" | "3g2" | "avi" | "mkv" | "webm" => "Video",
        _ => return None,
    })
}

/// What the first bytes of a file say about its metadata.
enum Sniffed {
    /// JPEG or PNG: cleaned before sending.
    Cleaned,
    /// A format sent as it is, metadata and all.
    Kept(&'static str),
    /// The bytes say nothing.
    Unknown,
}

fn kind_by_content(head: &[u8]) -> Sniffed {
    let at = |i: usize, magic: &[u8]| head.get(i..i + magic.len()) == Some(magic);
    if at(0, b"\xff\xd8\xff") || at(0, b"\x89PNG") {
        return Sniffed::Cleaned;
    }
    if at(4, b"ftyp") {
        let brand = head.get(8..12).unwrap_or_default();
        let still = [b"heic", b"heix", b"mif1", b"msf1", b"avif"];
        return Sniffed::Kept(if still.iter().any(|b| brand == *b) {
            "HEIC"
        } else {
            "Video"
        });
    }
    if at(0, b"RIFF") && at(8, b"WEBP") {
        return Sniffed::Kept("WebP");
    }
    if at(0, b"RIFF") && at(8, b"AVI ") || at(0, b"\x1a\x45\xdf\xa3") {
        return Sniffed::Kept("Video");
    }
    if at(0, b"II*\0") || at(0, b"MM\0*") {
        return Sniffed::Kept("TIFF");
    }
    if at(0, b"GIF8") {
        return Sniffed::Kept("GIF");
    }
    Sniffed::Unknown
}
