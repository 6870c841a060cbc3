//! State tests of actors in the reader: the extraction arriving, the panel, Tab between
//! mentions, "More on …" and `+`.

use super::tests::{app_with, article, key};
use super::*;
use crate::actors::{Actor, Extraction, Kind, Quote};

fn actor(name: &str, kind: Kind, discovered: bool, mentions: Vec<(u32, u32)>) -> Actor {
    Actor {
        name: name.into(),
        kind,
        description: if discovered {
            String::new()
        } else {
            format!("About {name}")
        },
        discovered,
        mentions,
        title_mentions: Vec::new(),
    }
}

/// Char span of the `n`th occurrence of `word` in article 1's plain text.
fn span_of(text: &str, word: &str, n: usize) -> (u32, u32) {
    let byte = text.match_indices(word).nth(n).unwrap().0;
    let start = text[..byte].chars().count();
    let len = word.chars().count();
    let offset = |n: usize| u32::try_from(n).unwrap();
    (offset(start), offset(start + len))
}

/// An app reading article 1 (60 paragraphs) with three actors: Putin named in
/// paragraphs 2, 30 and 55, the Kremlin once, and a discovered "Ada Obi".
fn reading() -> (App, Extraction) {
    let mut app = app_with(5);
    app.update(key("enter"));
    let a = article(1, 60);
    let text = a.document.plain_text();
    app.update(Msg::Event(AppEvent::ArticleLoaded(a)));
    let putin = ["Paragraph 2 ", "Paragraph 30 ", "Paragraph 55 "]
        .iter()
        .map(|w| span_of(&text, w, 0))
        .collect();
    let x = Extraction {
        actors: vec![
            actor("Vladimir Putin", Kind::Person, false, putin),
            actor(
                "Kremlin",
                Kind::Org,
                false,
                vec![span_of(&text, "link 7", 0)],
            ),
            actor(
                "Ada Obi",
                Kind::Person,
                true,
                vec![span_of(&text, "link 9", 0)],
            ),
        ],
        quotes: vec![Quote {
            speaker: "Vladimir Putin".into(),
            text: "We are ready".into(),
            start: 0,
            end: 5,
        }],
    };
    (app, x)
}

#[test]
fn the_panel_opens_with_the_actors_most_prominent_first() {
    let (mut app, x) = reading();
    // Another article's actors arriving late are ignored.
    app.update(Msg::Event(AppEvent::ActorsLoaded(
        ArticleId(2),
        Box::new(x.clone()),
    )));
    assert!(app.reader.as_ref().unwrap().actors.is_none());
    app.update(Msg::Event(AppEvent::ActorsLoaded(
        ArticleId(1),
        Box::new(x),
    )));
    let reader = app.reader.as_ref().unwrap();
    assert!(reader.lines.contains(&ReaderLine::Legend));
    assert_eq!(reader.marks.len(), 5);
    assert!(reader.marks.windows(2).all(|w| w[0].start < w[1].start));
    app.update(key("a"));
    assert_eq!(app.mode(), Mode::Actors);
    let names: Vec<&str> = app
        .reader
        .as_ref()
        .unwrap()
        .actors
        .as_ref()
        .unwrap()
        .actors
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["Vladimir Putin", "Kremlin", "Ada Obi"]);
    assert_eq!(app.actors_panel.unwrap().selected, 0);
    app.update(key("j"));
    app.update(key("j"));
    app.update(key("j"));
    assert_eq!(app.actors_panel.unwrap().selected, 2, "stops at the last");
    app.update(key("esc"));
    assert_eq!(app.mode(), Mode::Reader);
}

#[test]
fn tab_scrolls_the_reader_to_the_next_mention() {
    let (mut app, x) = reading();
    let mentions = x.actors[0].mentions.clone();
    app.update(Msg::Event(AppEvent::ActorsLoaded(
        ArticleId(1),
        Box::new(x),
    )));
    app.update(key("a"));
    let height = usize::from(app.actors_reader_area().height);
    // The first Tab goes to the first mention (on screen already), then on.
    for (want, mention) in mentions.iter().enumerate() {
        app.update(key("tab"));
        let reader = app.reader.as_ref().unwrap();
        assert_eq!(reader.current, Some(*mention));
        let line = reader.line_of(mention.0).unwrap();
        assert!(
            (reader.scroll..reader.scroll + height).contains(&line),
            "mention {want} on line {line}, screen from {}",
            reader.scroll
        );
    }
    assert!(
        app.reader.as_ref().unwrap().scroll > 0,
        "the third mention is far down"
    );
    app.update(key("shift-tab"));
    assert_eq!(app.reader.as_ref().unwrap().current, Some(mentions[1]));
    assert!(app.flash.as_ref().unwrap().text.contains("mention 2 of 3"));
    // Tab wraps round to the first.
    app.update(key("tab"));
    app.update(key("tab"));
    assert_eq!(app.reader.as_ref().unwrap().current, Some(mentions[0]));
    // Another actor: the mark and its "mention N of M" go.
    app.update(key("j"));
    assert!(app.reader.as_ref().unwrap().current.is_none());
    assert!(app.flash.is_none());
}

#[test]
fn enter_lists_every_story_naming_the_actor_and_esc_returns() {
    let (mut app, x) = reading();
    app.update(Msg::Event(AppEvent::ActorsLoaded(
        ArticleId(1),
        Box::new(x),
    )));
    app.update(key("a"));
    let effects = app.update(key("enter"));
    assert!(app.reader.is_none() && app.actors_panel.is_none());
    assert_eq!(app.more_on.as_deref(), Some("Vladimir Putin"));
    let query = effects.iter().find_map(|e| match e {
        Effect::LoadList { query, .. } => Some(query.clone()),
        _ => None,
    });
    assert_eq!(
        query.unwrap().actor.as_deref(),
        Some("Vladimir Putin"),
        "{effects:?}"
    );
    let effects = app.update(key("esc"));
    assert!(app.more_on.is_none());
    // Back to the story the list was opened from, in the reader, over the normal list.
    assert_eq!(app.reader.as_ref().map(|r| r.id), Some(ArticleId(1)));
    assert!(effects.iter().any(|e| matches!(
        e,
        Effect::LoadList { query, keep, .. }
            if query.actor.is_none() && *keep == Some(ArticleId(1))
    )));
}

#[test]
fn plus_adds_a_discovered_actor_and_politely_refuses_a_known_one() {
    let (mut app, x) = reading();
    app.update(Msg::Event(AppEvent::ActorsLoaded(
        ArticleId(1),
        Box::new(x),
    )));
    app.update(key("a"));
    let effects = app.update(key("+"));
    assert!(!effects.iter().any(|e| matches!(e, Effect::AddActor(_))));
    let flash = app.flash.clone().unwrap();
    assert!(!flash.error);
    assert!(flash.text.contains("already in the gazetteer"), "{flash:?}");
    app.update(key("G"));
    let effects = app.update(key("+"));
    let entry = effects
        .iter()
        .find_map(|e| match e {
            Effect::AddActor(entry) => Some(entry.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!((entry.name.as_str(), entry.kind), ("Ada Obi", Kind::Person));
    assert!(entry.description.contains("Story 1"));
    assert!(entry.aliases.is_empty());
    // Twice adds once.
    let effects = app.update(key("+"));
    assert!(!effects.iter().any(|e| matches!(e, Effect::AddActor(_))));
}

#[test]
fn background_extraction_shows_progress_then_nothing() {
    let mut app = app_with(3);
    app.update(Msg::Event(AppEvent::ActorsProgress(1024, 50_000)));
    assert_eq!(app.actors_progress, Some((1024, 50_000)));
    app.update(Msg::Event(AppEvent::ActorsIndexed(None)));
    assert_eq!(app.actors_progress, None);
    app.update(Msg::Event(AppEvent::ActorsFileFailed("bad file".into())));
    assert!(app.flash.as_ref().unwrap().error);
}
