//! State tests of the share menu: keys in, state and effects out. No terminal, no
//! clipboard, no opener: those are the effects asserted on.

use super::tests::{app_with, article, key, settings};
use super::*;
use crate::clipboard::Copied;
use crate::share::{ShareTarget, Story, share_link};
use crate::tui::keymap::KeysConfig;
use crate::tui::strings;

const WHATSAPP_2: &str =
    "https://wa.me/?text=Story%202%20%E2%80%94%20https%3A%2F%2Fexample.org%2F2";

/// The URLs the effects ask to open.
fn opened(effects: &[Effect]) -> Vec<String> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::OpenUrl(url) => Some(url.clone()),
            _ => None,
        })
        .collect()
}

fn flash(app: &App) -> (String, bool) {
    let f = app.flash.as_ref().expect("a flash message");
    (f.text.clone(), f.error)
}

#[test]
fn s_opens_the_menu_on_the_selected_article_and_w_opens_whatsapp() {
    let mut app = app_with(5);
    app.update(key("j"));
    assert!(app.update(key("s")).is_empty());
    let menu = app.share.as_ref().expect("the share menu");
    assert_eq!(
        (menu.id, menu.title.as_str(), menu.url.as_str()),
        (ArticleId(2), "Story 2", "https://example.org/2")
    );
    assert_eq!(app.mode(), Mode::Share);
    let effects = app.update(key("w"));
    assert_eq!(opened(&effects), vec![WHATSAPP_2]);
    assert!(app.share.is_none(), "the menu closes");
    assert_eq!(flash(&app), (format!("Opening {WHATSAPP_2}"), false));
    // The opener's outcome lands in the status bar, a failure with the URL.
    app.update(Msg::Event(AppEvent::OpenFailed {
        url: WHATSAPP_2.to_owned(),
        error: "could not run firefox: not found".to_owned(),
    }));
    assert_eq!(
        flash(&app),
        (
            format!("Could not open the link: not found (could not run firefox) — {WHATSAPP_2}"),
            true
        )
    );
}

#[test]
fn every_target_key_opens_its_link() {
    let story = Story {
        title: "Story 1",
        url: "https://example.org/1",
    };
    let config = crate::config::ShareConfig::default();
    for (k, target) in [
        ("w", ShareTarget::WhatsApp),
        ("t", ShareTarget::Telegram),
        ("x", ShareTarget::X),
        ("f", ShareTarget::Facebook),
        ("l", ShareTarget::LinkedIn),
        ("e", ShareTarget::Email),
        ("o", ShareTarget::Browser),
    ] {
        let mut app = app_with(3);
        app.update(key("s"));
        let effects = app.update(key(k));
        assert_eq!(
            opened(&effects),
            vec![share_link(target, story, &config)],
            "{k}"
        );
        assert!(app.share.is_none());
    }
    let mut app = app_with(3);
    app.update(key("s"));
    assert_eq!(
        opened(&app.update(key("e"))),
        vec![
            "mailto:?subject=Story%201&body=Story%201%20%E2%80%94%20https%3A%2F%2Fexample.org%2F1"
        ]
    );
}

#[test]
fn c_copies_and_the_outcome_is_said() {
    let mut app = app_with(3);
    app.update(key("s"));
    let effects = app.update(key("c"));
    assert!(effects.contains(&Effect::Copy("https://example.org/1".to_owned())));
    assert!(opened(&effects).is_empty());
    assert!(app.share.is_none());
    assert_eq!(flash(&app).0, strings::COPYING);
    app.update(Msg::Event(AppEvent::Copied(Copied {
        terminal: true,
        ..Copied::default()
    })));
    assert_eq!(
        flash(&app),
        ("Link copied (terminal clipboard)".into(), false)
    );
    app.update(Msg::Event(AppEvent::Copied(Copied {
        terminal: true,
        helpers: vec!["wl-copy".into(), "tmux".into()],
        failures: Vec::new(),
    })));
    assert_eq!(
        flash(&app).0,
        "Link copied (terminal clipboard, wl-copy, tmux buffer)"
    );
    app.update(Msg::Event(AppEvent::Copied(Copied::default())));
    let (text, error) = flash(&app);
    assert!(
        error && text.starts_with("Could not copy the link"),
        "{text}"
    );
}

#[test]
fn arrows_and_enter_pick_esc_closes() {
    let mut app = app_with(3);
    app.update(key("s"));
    app.update(key("down"));
    app.update(key("j"));
    app.update(key("k"));
    assert_eq!(app.share.as_ref().unwrap().selected, 1);
    let effects = app.update(key("enter"));
    assert_eq!(
        opened(&effects),
        vec!["https://t.me/share/url?url=https%3A%2F%2Fexample.org%2F1&text=Story%201"]
    );
    app.update(key("s"));
    for _ in 0..20 {
        app.update(key("j"));
    }
    assert_eq!(
        app.share.as_ref().unwrap().selected,
        ShareTarget::ALL.len() - 1
    );
    app.update(key("esc"));
    assert!(app.share.is_none());
    assert_eq!(
        app.mode(),
        Mode::List,
        "esc closed the menu, not the search"
    );
    // The list's own keys do not leak through the menu: `q` is the QR code, not quit.
    app.update(key("s"));
    app.update(key("q"));
    assert!(!app.quit);
    assert!(app.share.as_ref().unwrap().qr.is_some());
}

#[test]
fn q_shows_the_whatsapp_qr_then_the_article_link_esc_goes_back_step_by_step() {
    let mut app = app_with(3);
    app.update(key("s"));
    assert!(app.update(key("q")).is_empty());
    let qr = app.share.as_ref().unwrap().qr.as_ref().unwrap();
    assert_eq!(qr.showing, QrLink::WhatsApp);
    let (link, code) = qr.shown();
    assert_eq!(
        link,
        share_link(
            ShareTarget::WhatsApp,
            Story {
                title: "Story 1",
                url: "https://example.org/1"
            },
            &settings().share
        )
    );
    assert!(code.is_some());
    app.update(key("q"));
    let qr = app.share.as_ref().unwrap().qr.as_ref().unwrap();
    assert_eq!(qr.shown().0, "https://example.org/1");
    app.update(key("esc"));
    let menu = app.share.as_ref().unwrap();
    assert!(menu.qr.is_none(), "back to the menu");
    app.update(key("esc"));
    assert!(app.share.is_none());
}

#[test]
fn a_window_too_small_for_the_whatsapp_code_shows_the_article_link() {
    let mut app = app_with(3);
    app.update(Msg::Resize(80, 24));
    let long = format!("https://example.org/{}", "a-long-slug-".repeat(6));
    app.list.update_row(ArticleId(1), |r| {
        r.url = Some(long.clone());
        r.title =
            "Zelensky sends team to peace talks, but slams Russia’s lack of seriousness".into();
    });
    app.update(key("s"));
    app.update(key("q"));
    let qr = app.share.as_ref().unwrap().qr.as_ref().unwrap();
    assert_eq!(qr.showing, QrLink::Article);
    assert_eq!(qr.shown().0, long);
    // A big window shows the WhatsApp link itself.
    app.update(key("esc"));
    app.update(Msg::Resize(120, 40));
    app.update(key("q"));
    let qr = app.share.as_ref().unwrap().qr.as_ref().unwrap();
    assert_eq!(qr.showing, QrLink::WhatsApp);
}

#[test]
fn in_the_reader_the_open_article_is_shared() {
    let mut app = app_with(3);
    app.update(key("j"));
    app.update(key("enter"));
    // Still opening: nothing to share yet.
    app.update(key("s"));
    assert!(app.share.is_none());
    assert_eq!(flash(&app), (strings::NOTHING_TO_SHARE.to_owned(), true));
    app.update(Msg::Event(AppEvent::ArticleLoaded(article(2, 3))));
    app.update(key("s"));
    assert_eq!(app.share.as_ref().unwrap().id, ArticleId(2));
    let effects = app.update(key("w"));
    assert_eq!(opened(&effects), vec![WHATSAPP_2]);
    assert!(app.reader.is_some(), "still reading");
}

#[test]
fn articles_without_a_web_link_cannot_be_shared() {
    for url in [
        None,
        Some("javascript:alert(1)"),
        Some("mailto:a@example.org"),
    ] {
        let mut app = app_with(2);
        app.list
            .update_row(ArticleId(1), |r| r.url = url.map(str::to_owned));
        app.update(key("s"));
        assert!(app.share.is_none(), "{url:?}");
        assert_eq!(flash(&app), (strings::NO_SHARE_LINK.to_owned(), true));
    }
    let mut empty = app_with(0);
    empty.update(key("s"));
    assert_eq!(flash(&empty).0, strings::NOTHING_TO_SHARE);
}

#[test]
fn help_opens_over_the_menu_and_closes_back_to_it() {
    let mut app = app_with(2);
    app.update(key("s"));
    app.update(key("?"));
    assert_eq!(app.mode(), Mode::Help);
    app.update(key("esc"));
    assert_eq!(app.mode(), Mode::Share);
    assert!(app.update(Msg::Mouse(Mouse::Click(5, 3))).is_empty());
    assert_eq!(app.list.selected, 0, "clicks do not reach the list");
    app.update(key("ctrl-c"));
    assert!(app.quit);
}

#[test]
fn share_actions_bound_in_the_reader_share_without_the_menu() {
    let user: KeysConfig =
        toml::from_str("[reader]\n\"W\" = \"share_whatsapp\"\n\"Y\" = \"share_copy\"\n").unwrap();
    let mut app = app_with(3);
    app.keymap = Keymap::build(&user).unwrap();
    app.update(key("j"));
    app.update(key("enter"));
    app.update(Msg::Event(AppEvent::ArticleLoaded(article(2, 3))));
    assert_eq!(opened(&app.update(key("W"))), vec![WHATSAPP_2]);
    assert!(app.share.is_none());
    let effects = app.update(key("Y"));
    assert!(effects.contains(&Effect::Copy("https://example.org/2".to_owned())));
}
