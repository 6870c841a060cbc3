//! Tests of `report::message`.

use chrono::DateTime;
use mail_parser::MimeHeaders;

use crate::config::ReportConfig;
use crate::report::draft::{RelatedArticle, ReportDraft};
use crate::report::message::*;
use crate::report::outbox::{AttachmentInfo, Report, StoredAttachment};
use crate::report::{ReportId, ReportState};
use lettre::message::Mailbox;

fn report(draft: ReportDraft) -> Report {
    let t = DateTime::from_timestamp(1_750_000_000, 0).unwrap();
    Report {
        id: ReportId(7),
        state: ReportState::Queued,
        draft,
        created: t,
        updated: t,
        queued: Some(t),
        attempts: 0,
        last_error: None,
        next_try: None,
        message_id: None,
        sent: None,
        attachments: Vec::new(),
    }
}

fn full() -> Report {
    let mut r = report(ReportDraft {
        headline: "Water main burst".into(),
        body: "The street is flooded.\r\nCars are stuck.\u{7}\n".into(),
        location: "Main Street".into(),
        when: "today, 9:00".into(),
        name: "Ada".into(),
        contact: "ada@example.org".into(),
        consent: true,
        article: Some(RelatedArticle {
            id: Some(42),
            title: "Floods".into(),
            url: Some("https://example.org/floods".into()),
        }),
        ..ReportDraft::default()
    });
    r.attachments.push(AttachmentInfo {
        name: "street.jpg".into(),
        content_type: "image/jpeg".into(),
        bytes: 4300,
        metadata_removed: true,
    });
    r
}

fn mailbox(s: &str) -> Mailbox {
    s.parse().unwrap()
}

fn sent(r: &Report, attachments: Vec<StoredAttachment>) -> Vec<u8> {
    build_message(
        r,
        attachments,
        mailbox("Ada <ada@example.org>"),
        mailbox("citizenreports@diasporadigitalmedia.com"),
        "<abc.7@example.org>".into(),
        std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_750_000_000),
    )
    .unwrap()
    .formatted()
}

#[test]
fn the_body_lays_out_every_field() {
    assert_eq!(
        body_text(&full()),
        "Citizen report sent with ddm-reader.\n\n\
         Headline: Water main burst\n\
         When: today, 9:00\n\
         Where: Main Street\n\n\
         What happened:\n\
         The street is flooded.\nCars are stuck.\n\n\
         Name: Ada\n\
         Contact: ada@example.org\n\
         Consent to be contacted: yes\n\
         Related article: Floods <https://example.org/floods>\n\
         Attachments:\n  1. street.jpg (image/jpeg, 4.2 KiB, metadata removed)\n"
    );
    let anonymous = report(ReportDraft {
        headline: "H".into(),
        body: "B".into(),
        ..ReportDraft::default()
    });
    let text = body_text(&anonymous);
    assert!(
        text.contains("When: not given\nWhere: not given\n"),
        "{text}"
    );
    assert!(text.contains("Name and contact: anonymous\nConsent to be contacted: no\n"));
    assert!(text.contains("Related article: none\n"));
}

#[test]
fn a_line_break_in_a_field_never_adds_a_header() {
    let mut r = full();
    r.draft.headline = "Hi\r\nBcc: spy@example.net\r\n\r\nInjected body".into();
    r.draft.name = "Ada\r\nX-Evil: 1".into();
    let raw = sent(&r, Vec::new());
    let text = String::from_utf8(raw.clone()).unwrap();
    let head = text.split("\r\n\r\n").next().unwrap();
    for line in head.lines() {
        assert!(!line.to_ascii_lowercase().starts_with("bcc"), "{head}");
        assert!(!line.starts_with("X-Evil"), "{head}");
    }
    let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert_eq!(
        parsed.subject(),
        Some("Citizen report: Hi Bcc: spy@example.net Injected body")
    );
    assert!(parsed.bcc().is_none());
    let body = parsed.body_text(0).unwrap().replace("\r\n", "\n");
    assert!(body.contains("Name: Ada X-Evil: 1\n"), "{body}");
}

#[test]
fn right_to_left_text_and_emoji_survive() {
    let mut r = full();
    r.draft.headline = "انفجار في الميناء 🔥 פיצוץ".into();
    r.draft.body = "شهدت انفجارا كبيرا 💥\nעשן שחור מעל הנמל\n".into();
    let raw = sent(&r, Vec::new());
    assert!(
        raw.is_ascii(),
        "headers and body are encoded for any server"
    );
    let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert_eq!(
        parsed.subject(),
        Some("Citizen report: انفجار في الميناء 🔥 פיצוץ")
    );
    let body = parsed.body_text(0).unwrap().replace("\r\n", "\n");
    assert!(
        body.contains("شهدت انفجارا كبيرا 💥\nעשן שחור מעל הנמל\n"),
        "{body}"
    );
}

#[test]
fn headers_and_attachments_are_as_built() {
    let data = vec![0xff, 0xd8, 0xff, 0xd9];
    let raw = sent(
        &full(),
        vec![StoredAttachment {
            info: full().attachments[0].clone(),
            data: data.clone(),
        }],
    );
    let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert_eq!(parsed.message_id(), Some("abc.7@example.org"));
    assert_eq!(parsed.date().unwrap().to_timestamp(), 1_750_000_000);
    let from = parsed.from().unwrap().first().unwrap();
    assert_eq!(from.address(), Some("ada@example.org"));
    let att = parsed.attachment(0).unwrap();
    assert_eq!(att.attachment_name(), Some("street.jpg"));
    assert_eq!(att.contents(), &data[..]);
    let ct = att.content_type().unwrap();
    assert_eq!((ct.ctype(), ct.subtype()), ("image", Some("jpeg")));
}

#[test]
fn mailto_is_percent_encoded_with_crlf_line_breaks() {
    let r = report(ReportDraft {
        headline: "A & B? #1 + 100% 🔥".into(),
        body: "line one\nline two".into(),
        ..ReportDraft::default()
    });
    let url = mailto_url(&mailbox("News <news@example.org>"), &r);
    assert!(
        url.starts_with(
            "mailto:news@example.org?subject=Citizen%20report%3A%20A%20%26%20B%3F%20%231%20%2B%20100%25%20%F0%9F%94%A5&body=Citizen%20report"
        ),
        "{url}"
    );
    assert!(url.contains("What%20happened%3A%0D%0Aline%20one%0D%0Aline%20two%0D%0A"));
    assert!(!url.contains(' ') && !url.contains('\n'));
    assert!(crate::open::is_openable(&url));
    let with_files = mailto_url(&mailbox("news@example.org"), &full());
    assert!(with_files.contains("added%20to%20this%20e-mail%20by%20hand"));
}

/// A report too long for one argument of the mail program is cut, with a note saying
/// how to send it whole.
#[test]
fn a_long_report_is_cut_in_its_mail_link_with_a_note() {
    let r = report(ReportDraft {
        headline: "Long".into(),
        body: "Ünïcødé words, many of them. ".repeat(10_000),
        contact: "+234 800 000 0000".into(),
        consent: true,
        ..ReportDraft::default()
    });
    let url = mailto_url(&mailbox("news@example.org"), &r);
    assert!(url.len() < 128 * 1024, "{}", url.len());
    assert!(url.contains("cut%20here"), "the note is there");
    // What follows the account is kept: the witness can still be reached.
    assert!(
        url.contains("%2B234%20800%20000%200000"),
        "{}",
        &url[url.len() - 600..]
    );
    assert!(crate::open::is_openable(&url));
}

#[test]
fn content_types_by_bytes_then_extension() {
    assert_eq!(content_type_for("x.bin", b"\xff\xd8\xff\xe0"), "image/jpeg");
    assert_eq!(
        content_type_for("photo.jpg", b"\x89PNG\r\n\x1a\n"),
        "image/png"
    );
    assert_eq!(
        content_type_for("a.heic", b"\0\0\0\x18ftypheic"),
        "image/heic"
    );
    assert_eq!(content_type_for("v.MOV", b"????"), "video/quicktime");
    assert_eq!(content_type_for("notes.TXT", b"hi"), "text/plain");
    assert_eq!(content_type_for("x", b"hi"), "application/octet-stream");
}

#[test]
fn addresses_come_from_the_config() {
    let mut c = ReportConfig::default();
    assert_eq!(from_mailbox(&c).unwrap().to_string(), DEFAULT_FROM);
    assert_eq!(
        to_mailbox(&c).unwrap().email.to_string(),
        "citizenreports@diasporadigitalmedia.com"
    );
    c.from = Some("Ada <ada@example.org>".into());
    assert_eq!(
        from_mailbox(&c).unwrap().email.to_string(),
        "ada@example.org"
    );
    c.from = Some("nonsense".into());
    assert!(
        from_mailbox(&c)
            .unwrap_err()
            .to_string()
            .contains("report.from")
    );
}
