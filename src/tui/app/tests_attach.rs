//! State tests of the report form's files after a send was tried: the attachment a
//! problem is about is the one highlighted.

use super::tests::{app_with, key};
use super::*;

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Msg::Key(Key::char(c)));
    }
}

/// A form with a headline, a text and `paths` attached, in that order.
fn form_with(paths: &[&std::path::Path]) -> App {
    let mut app = app_with(1);
    app.update(key("r"));
    typed(&mut app, "Flood near market");
    app.update(key("tab"));
    typed(&mut app, "Water up to the stalls.");
    app.report.as_mut().unwrap().focus = FormField::AttachPath;
    for path in paths {
        typed(&mut app, &path.display().to_string());
        app.update(key("enter"));
    }
    app
}

#[test]
fn ctrl_s_highlights_the_attachment_in_error_and_delete_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let photos = dir.path().join("photos");
    std::fs::create_dir(&photos).unwrap();
    let good = dir.path().join("good.jpg");
    std::fs::write(&good, b"not much").unwrap();
    let mut app = form_with(&[&photos, &good]);
    let form = app.report.as_ref().unwrap();
    assert_eq!(form.attach_selected, 1, "the last added is highlighted");

    app.update(key("ctrl-s"));
    let form = app.report.as_ref().unwrap();
    assert_eq!(form.focus, FormField::AttachList);
    assert_eq!(form.attachments[form.attach_selected].path, photos);
    assert!(form.errors[0].to_string().starts_with("Attachment 1:"));
    app.update(key("delete"));
    let form = app.report.as_ref().unwrap();
    let left: Vec<_> = form.attachments.iter().map(|a| a.path.clone()).collect();
    assert_eq!(left, [good]);
    assert!(form.errors.is_empty(), "{:?}", form.errors);
}

#[test]
fn the_second_attachment_in_error_is_the_one_highlighted() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.jpg");
    std::fs::write(&good, b"not much").unwrap();
    let gone = dir.path().join("gone.jpg");
    let mut app = form_with(&[&good, &gone, &good]);
    app.update(key("ctrl-s"));
    let form = app.report.as_ref().unwrap();
    assert_eq!(form.focus, FormField::AttachList);
    assert_eq!(form.attach_selected, 1);
}
