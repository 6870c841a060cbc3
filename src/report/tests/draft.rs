//! Tests of `report::draft`.

use chrono::DateTime;

use crate::report::draft::*;

fn valid() -> ReportDraft {
    ReportDraft {
        headline: "Water main burst on Main Street".into(),
        body: "The street is flooded.".into(),
        ..ReportDraft::default()
    }
}

fn fields(errors: &[FieldError]) -> Vec<Field> {
    errors.iter().map(|e| e.field).collect()
}

#[test]
fn a_new_draft_is_anonymous_and_dated_now() {
    let now = DateTime::parse_from_rfc3339("2025-05-15T14:03:00+03:00").unwrap();
    let d = ReportDraft::starting_at(now);
    assert_eq!(d.when, "2025-05-15 14:03 +03:00");
    assert!(d.is_anonymous());
    assert!(!d.consent && !d.keep_metadata);
}

#[test]
fn headline_and_body_are_required() {
    let e = ReportDraft::default()
        .validate(&ReportLimits::default())
        .unwrap_err();
    assert_eq!(fields(&e), [Field::Headline, Field::Body]);
    assert_eq!(
        e[0].to_string(),
        "Headline: required: say in one line what happened"
    );
    let blank = ReportDraft {
        headline: "  \n".into(),
        body: "\t".into(),
        ..ReportDraft::default()
    };
    assert_eq!(
        fields(&blank.validate(&ReportLimits::default()).unwrap_err()),
        [Field::Headline, Field::Body]
    );
    assert!(valid().validate(&ReportLimits::default()).is_ok());
}

#[test]
fn sizes_are_limited_with_clear_messages() {
    let limits = ReportLimits::default();
    let d = ReportDraft {
        headline: "é".repeat(201),
        body: "x".repeat(10 * 1024 * 1024),
        contact: "c".repeat(501),
        ..valid()
    };
    let e = d.validate(&limits).unwrap_err();
    assert_eq!(fields(&e), [Field::Headline, Field::Body, Field::Contact]);
    assert_eq!(e[0].message, "201 characters; at most 200");
    assert_eq!(
        e[1].message,
        "10.0 MiB of text; at most 1.0 MiB (attach a longer text as a file)"
    );
    // At the limit is fine, and characters count, not bytes.
    let d = ReportDraft {
        headline: "é".repeat(200),
        body: "x".repeat(limits.max_body_bytes),
        ..valid()
    };
    assert!(d.validate(&limits).is_ok());
}

#[test]
fn attachments_missing_directory_or_too_large_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.jpg");
    std::fs::write(&big, vec![0u8; 2048]).unwrap();
    let ok = dir.path().join("ok.png");
    std::fs::write(&ok, b"png").unwrap();
    let limits = ReportLimits {
        max_attachment_bytes: 1024,
        ..ReportLimits::default()
    };
    let d = ReportDraft {
        attachments: vec![
            ok.clone(),
            dir.path().join("gone.jpg"),
            dir.path().to_path_buf(),
            big,
        ],
        ..valid()
    };
    let e = d.validate(&limits).unwrap_err();
    assert_eq!(
        fields(&e),
        [
            Field::Attachment(1),
            Field::Attachment(2),
            Field::Attachment(3)
        ]
    );
    assert!(e[0].message.ends_with("gone.jpg: no such file"), "{e:?}");
    assert!(e[1].message.contains("is a directory"), "{e:?}");
    assert!(
        e[2].message.contains("is 2.0 KiB; at most 1.0 KiB"),
        "{e:?}"
    );
    assert!(e[0].to_string().starts_with("Attachment 2: "));
}

#[test]
fn warnings_do_not_stop_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("a.heic");
    std::fs::write(&photo, vec![0u8; 3000]).unwrap();
    let limits = ReportLimits {
        warn_total_bytes: 1000,
        ..ReportLimits::default()
    };
    let d = ReportDraft {
        attachments: vec![photo],
        consent: true,
        ..valid()
    };
    assert!(d.validate(&limits).is_ok());
    let w = d.warnings(&limits);
    assert_eq!(
        fields(&w),
        [Field::Attachments, Field::Attachment(0), Field::Consent]
    );
    assert!(w[0].message.contains("above 1000 B"), "{w:?}");
    let kept = ReportDraft {
        keep_metadata: true,
        ..d
    };
    assert!(
        kept.warnings(&limits)
            .iter()
            .any(|w| w.field == Field::KeepMetadata && w.message.contains("GPS"))
    );
}

/// Videos and photos whose name hides their kind are told by their first bytes: a
/// phone's `.MOV`, an `.mp4`, a WebP saved as `.bin` are sent as they are, so they are
/// warned about; a JPEG named `.webp` is cleaned, so it is not.
#[test]
fn files_sent_with_their_metadata_are_told_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let attachments = vec![
        file("IMG_0002.MOV", b"\0\0\0\x14ftypqt  \0\0\0\0qt  "),
        file("clip.mp4", b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom"),
        file("img.bin", b"RIFF\x20\0\0\0WEBPVP8X"),
        file("photo.webp", b"\xff\xd8\xff\xe0\0\x10JFIF\0"),
        file("notes.txt", b"just words"),
    ];
    let d = ReportDraft {
        attachments,
        ..valid()
    };
    let w = d.warnings(&ReportLimits::default());
    assert_eq!(
        fields(&w),
        [
            Field::Attachment(0),
            Field::Attachment(1),
            Field::Attachment(2)
        ],
        "{w:?}"
    );
    assert!(
        w[0].message.starts_with("Video metadata cannot be removed"),
        "{w:?}"
    );
    assert!(w[2].message.starts_with("WebP"), "{w:?}");
}

#[test]
fn sizes_read_well() {
    assert_eq!(human_size(812), "812 B");
    assert_eq!(human_size(4300), "4.2 KiB");
    assert_eq!(human_size(20 * 1024 * 1024), "20.0 MiB");
}
