//! Actors in the reader at 100×30 (panel underneath) and 130×30 (panel at the right):
//! mentions highlighted with the legend, and the open panel. Styles are checked on the
//! buffer's cells (a text snapshot shows no colour), and the highlighter's cost is timed.

use super::{answer_list, app, article, draw, feed, keys, snapshot};
use ddm_reader::actors::{Actor, Extraction, Extractor, Kind, Quote};
use ddm_reader::store::ArticleId;
use ddm_reader::tui::app::{App, Msg};
use ddm_reader::tui::effects::AppEvent;
use ratatui::style::{Color, Modifier};

/// Every `[start, end)` char span of `word` in `text`.
fn spans(text: &str, word: &str) -> Vec<(u32, u32)> {
    let len = word.chars().count();
    text.match_indices(word)
        .map(|(byte, _)| {
            let start = text[..byte].chars().count();
            (start as u32, (start + len) as u32)
        })
        .collect()
}

/// The test article's actors, written out rather than extracted, so the screens do not
/// change with the bundled gazetteer (its descriptions, its size).
fn extraction(id: i64) -> Extraction {
    let a = article(id);
    let (title, text) = (a.summary.title.clone(), a.document.plain_text());
    // (name, kind, description, as named in the title)
    let actor = |name: &str, kind, description: &str, in_title: &str| Actor {
        name: name.into(),
        kind,
        description: description.into(),
        discovered: false,
        mentions: spans(&text, name),
        title_mentions: if in_title.is_empty() {
            Vec::new()
        } else {
            spans(&title, in_title)
        },
    };
    let said = "I believe we have been pressured more";
    Extraction {
        actors: vec![
            actor(
                "Volodymyr Zelenskyy",
                Kind::Person,
                "President of Ukraine",
                "Zelensky",
            ),
            actor("Russia", Kind::Place, "Country", "Russia"),
            actor("Istanbul", Kind::Place, "City in Turkey", ""),
        ],
        quotes: spans(&text, said)
            .into_iter()
            .map(|(start, end)| Quote {
                speaker: "Volodymyr Zelenskyy".into(),
                text: said.into(),
                start,
                end,
            })
            .collect(),
    }
}

fn reading_with_actors(size: (u16, u16)) -> App {
    let mut a = app(size, 10);
    keys(&mut a, &["enter"]);
    let x = extraction(1);
    feed(
        &mut a,
        Msg::Event(AppEvent::ActorsLoaded(ArticleId(1), Box::new(x))),
    );
    a
}

/// The cell where `word` starts on screen.
fn find(t: &ratatui::Terminal<ratatui::backend::TestBackend>, word: &str) -> (u16, u16) {
    let text = format!("{}", t.backend());
    for (y, line) in text.lines().enumerate() {
        // The snapshot's lines are quoted: one leading `"`.
        if let Some(i) = line.find(word) {
            let x = line[..i].chars().count() - 1;
            return (x as u16, y as u16);
        }
    }
    panic!("{word} not on screen:\n{text}");
}

#[test]
fn reader_highlights_actors_by_kind_with_a_legend() {
    let a = reading_with_actors((100, 30));
    snapshot("reader_with_actors", &a);
    let t = draw(&a);
    let buffer = t.backend().buffer();
    let (x, y) = find(&t, "Volodymyr Zelenskyy");
    let person = &buffer[(x, y)];
    assert!(person.modifier.contains(Modifier::BOLD));
    assert_eq!(person.fg, Color::LightBlue);
    let (x, y) = find(&t, "Istanbul for");
    assert!(buffer[(x, y)].modifier.contains(Modifier::ITALIC));
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    // The word after a mention is plain again.
    assert!(!buffer[(x + 9, y)].modifier.contains(Modifier::ITALIC));
    assert!(format!("{}", t.backend()).contains("Actors: person · organisation · place"));

    // NO_COLOR: no colour, the kinds still apart by bold / italic.
    let mut plain = reading_with_actors((100, 30));
    plain.settings.color = false;
    let t = draw(&plain);
    let buffer = t.backend().buffer();
    let (x, y) = find(&t, "Volodymyr Zelenskyy");
    assert_eq!(buffer[(x, y)].fg, Color::Reset);
    assert!(buffer[(x, y)].modifier.contains(Modifier::BOLD));
    let (x, y) = find(&t, "Istanbul for");
    assert!(buffer[(x, y)].modifier.contains(Modifier::ITALIC));

    // A 24-bit terminal gets the Okabe-Ito sky blue.
    let mut rgb = reading_with_actors((100, 30));
    rgb.settings.truecolor = true;
    let t = draw(&rgb);
    let (x, y) = find(&t, "Volodymyr Zelenskyy");
    assert_eq!(
        t.backend().buffer()[(x, y)].fg,
        Color::Rgb(0x56, 0xB4, 0xE9)
    );
}

#[test]
fn actors_panel_screens() {
    let mut a = reading_with_actors((100, 30));
    keys(&mut a, &["a"]);
    snapshot("actors_panel", &a);
    keys(&mut a, &["tab", "tab"]);
    snapshot("actors_panel_second_mention", &a);
    // The jumped-to mention is reversed.
    let t = draw(&a);
    let reversed = t
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::REVERSED))
        .count();
    assert!(reversed > 10, "the selected row and the mention");
    let mut wide = reading_with_actors((130, 30));
    keys(&mut wide, &["a", "j"]);
    snapshot("actors_panel", &wide);
}

#[test]
fn more_on_an_actor_lists_its_stories() {
    let mut a = reading_with_actors((100, 30));
    keys(&mut a, &["a", "enter"]);
    answer_list(&mut a, vec![ArticleId(1), ArticleId(4), ArticleId(7)]);
    let text = format!("{}", draw(&a).backend());
    assert!(
        text.contains("More on Volodymyr Zelenskyy — 3 stories"),
        "{text}"
    );
}

/// The highlighter's cost: a 2,000-word article drawn with and without its marks.
/// `cargo test --test tui_snapshots highlight_cost -- --nocapture`
#[test]
fn highlight_cost() {
    let mut a = app((100, 30), 3);
    keys(&mut a, &["enter"]);
    let para = "<p>Ukrainian President Volodymyr Zelenskyy met Recep Tayyip Erdoğan in \
        Istanbul and Ankara while the Kremlin said Vladimir Putin would not travel to \
        Turkey; Marco Rubio spoke for the United States about Russia and Ukraine.</p>";
    let html = para.repeat(2000 / 34 + 1);
    let mut long = article(1);
    long.document = ddm_reader::document::from_html(&html, None);
    let x = Extractor::load(None)
        .unwrap()
        .extract(&long.summary.title, &long.document.plain_text());
    let words = long.document.plain_text().split_whitespace().count();
    let mentions: usize = x.actors.iter().map(|a| a.mentions.len()).sum();
    feed(&mut a, Msg::Event(AppEvent::ArticleLoaded(long)));
    keys(&mut a, &["ctrl-d", "ctrl-d", "ctrl-d"]);
    feed(
        &mut a,
        Msg::Event(AppEvent::ActorsLoaded(ArticleId(1), Box::new(x))),
    );
    let marks = std::mem::take(&mut a.reader.as_mut().unwrap().marks);
    assert!(!marks.is_empty());
    // Interleaved rounds, the fastest of each kept: the machine's noise is larger than
    // the difference measured.
    let (mut best_plain, mut best_marked) = (std::time::Duration::MAX, std::time::Duration::MAX);
    for _ in 0..7 {
        a.reader.as_mut().unwrap().marks = Vec::new();
        best_plain = best_plain.min(time_frames(&a));
        a.reader.as_mut().unwrap().marks.clone_from(&marks);
        best_marked = best_marked.min(time_frames(&a));
    }
    println!(
        "highlight cost: {words} words, {mentions} mentions; per frame {best_plain:?} without, \
         {best_marked:?} with: {:?} added",
        best_marked.saturating_sub(best_plain)
    );
    assert!(words >= 2000);
}

fn time_frames(a: &App) -> std::time::Duration {
    const N: u32 = 100;
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    let start = std::time::Instant::now();
    for _ in 0..N {
        terminal
            .draw(|f| ddm_reader::tui::view::render(a, f))
            .unwrap();
    }
    start.elapsed() / N
}

/// The actors legend fits the reader at the smallest size, in shorter words.
#[test]
fn the_actors_legend_fits_a_narrow_reader() {
    for (size, want) in [
        ((60, 15), "Actors: person · org · place · found in text"),
        (
            (100, 30),
            "Actors: person · organisation · place · found in the text",
        ),
    ] {
        let a = reading_with_actors(size);
        let text = format!("{}", draw(&a).backend());
        assert!(text.contains(want), "{text}");
    }
}
