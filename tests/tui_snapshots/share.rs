//! The share menu and its QR code: the menu at both sizes, the code read back off the
//! screen as a phone would, the fallback when the window is too small, and the help.

use super::{SIZES, app, draw, keys, snapshot};
use ddm_reader::store::ArticleId;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

#[test]
fn share_screens() {
    for size in SIZES {
        let mut a = app(size, 60);
        keys(&mut a, &["s"]);
        snapshot("share_menu", &a);
        keys(&mut a, &["j", "j"]);
        let highlighted = draw(&a);
        let buffer = highlighted.backend().buffer();
        let reversed: Vec<u16> = (0..size.1)
            .filter(|&y| {
                (0..size.0).any(|x| {
                    buffer[(x, y)].symbol() == "X"
                        && buffer[(x, y)]
                            .modifier
                            .contains(ratatui::style::Modifier::REVERSED)
                })
            })
            .collect();
        assert_eq!(reversed.len(), 1, "the X row alone is highlighted");
        // 80×24 is too small for this title's WhatsApp link: the article's link shows.
        keys(&mut a, &["q"]);
        snapshot("share_qr", &a);
        let mut a = app(size, 60);
        keys(&mut a, &["enter", "s"]);
        snapshot("share_menu_in_reader", &a);
    }
    let mut a = app((80, 24), 60);
    keys(&mut a, &["s", "q", "q"]);
    snapshot("share_qr_whatsapp_too_small", &a);
    // Too small for the code at 60 columns: the whole link is there to copy by hand,
    // down to its last characters (it was cut after six lines).
    let mut a = app((60, 20), 60);
    keys(&mut a, &["s", "q", "q"]);
    let terminal = draw(&a);
    let buffer = terminal.backend().buffer();
    let text: String = (0..20u16)
        .map(|y| {
            (0..60u16)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .map(|row| row.trim().to_owned())
        .collect();
    assert!(
        text.contains("wa.me") && text.contains("story-1%2F"),
        "{text}"
    );
    // A link longer than the room (a long headline in Arabic is over 1,500 characters
    // encoded) is cut where the screen ends, and says so.
    let mut a = app((60, 20), 60);
    let long = "الاستقلال والسلام لا يزالان أولوية ".repeat(8);
    a.list
        .update_row(ArticleId(1), |r| r.title.clone_from(&long));
    keys(&mut a, &["s", "q", "q"]);
    let terminal = draw(&a);
    let shown = format!("{}", terminal.backend());
    assert!(
        shown.contains("copies it whole") && shown.contains('…'),
        "{shown}"
    );
    for y in 0..20u16 {
        let row: String = (0..60u16)
            .map(|x| terminal.backend().buffer()[(x, y)].symbol().to_owned())
            .collect();
        assert!(
            ddm_reader::width::display_width(row.trim_end()) <= 60,
            "{row}"
        );
    }
}

/// Reads the QR code off the screen the way a phone would: each cell is two pixels
/// (top and bottom half), dark or light by the colour each half shows.
fn scan(terminal: &Terminal<TestBackend>, color: bool) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let (w, h) = (buffer.area.width as usize, buffer.area.height as usize);
    let scale = 3;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(w * scale, h * 2 * scale, |x, y| {
            let cell = &buffer[((x / scale) as u16, (y / (2 * scale)) as u16)];
            let top = (y / scale) % 2 == 0;
            // Which colour this half shows: the foreground where the glyph inks it.
            let inked = match cell.symbol() {
                "█" => true,
                "▀" => top,
                "▄" => !top,
                _ => false,
            };
            let dark = if color {
                let shown = if inked { cell.fg } else { cell.bg };
                assert!(
                    matches!(shown, Color::Black | Color::White),
                    "the QR screen is black on white only, found {shown:?}"
                );
                shown == Color::Black
            } else {
                // No colours: the terminal's own light-on-dark.
                assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
                !inked
            };
            if dark { 0 } else { 255 }
        });
    image
        .detect_grids()
        .into_iter()
        .map(|g| g.decode().unwrap().1)
        .collect()
}

#[test]
fn the_qr_code_on_screen_scans_to_the_share_link() {
    let whatsapp = "https://wa.me/?text=Zelensky%20sends%20team%20to%20peace%20talks%2C%20but%20\
        slams%20Russia%E2%80%99s%20lack%20of%20seriousness%20%E2%80%94%20https%3A%2F%2F\
        diasporadigitalmedia.com%2Fstory-1%2F";
    for color in [true, false] {
        let mut a = app((120, 40), 5);
        a.settings.color = color;
        keys(&mut a, &["s", "q"]);
        assert_eq!(scan(&draw(&a), color), vec![whatsapp], "colour {color}");
        keys(&mut a, &["q"]);
        assert_eq!(
            scan(&draw(&a), color),
            vec!["https://diasporadigitalmedia.com/story-1/"],
            "colour {color}"
        );
    }
    // 80×24 shows the article's link, which fits.
    let mut a = app((80, 24), 5);
    keys(&mut a, &["s", "q"]);
    assert_eq!(
        scan(&draw(&a), true),
        vec!["https://diasporadigitalmedia.com/story-1/"]
    );
}

#[test]
fn the_help_lists_the_share_menu_keys() {
    let mut a = app((120, 40), 5);
    keys(&mut a, &["s", "?"]);
    let text = format!("{}", draw(&a).backend());
    for want in [
        "In the share menu",
        "Share on WhatsApp",
        "Copy the article's link",
    ] {
        assert!(text.contains(want), "{want}\n{text}");
    }
}
