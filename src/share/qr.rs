//! QR codes as text: a link encoded with the `qrcode` crate and drawn with Unicode half
//! blocks (`▀`, `▄`, `█` and space), two modules to a character cell, so a code of 57
//! modules takes 57 columns and 29 rows and a phone can read it off the screen.
//!
//! Pure: it returns lines of text and says nothing about colours. A caller that can set
//! colours draws `Ink::Dark` lines black on white; one that cannot (plain output,
//! `NO_COLOR`) draws `Ink::Light` lines, which look right on the usual light-on-dark
//! terminal (as `qrencode -t UTF8` does).

use qrcode::{Color, EcLevel, QrCode};

/// The quiet zone the QR standard asks for, in modules on each side.
pub const QUIET: usize = 4;

/// Which modules the block characters stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// The blocks are the dark modules: for drawing in black on a white background.
    Dark,
    /// The blocks are the light modules (quiet zone included): for a light foreground
    /// on a dark background, when no colour can be chosen.
    Light,
}

/// An encoded QR code: a square of modules, `true` for dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

/// Why a link could not be made into a QR code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot make a QR code of this link: {0}")]
pub struct QrError(String);

impl QrMatrix {
    /// Encodes `data` at the lowest error correction level (7 %): the smallest code,
    /// which matters more on a terminal than resistance to stains.
    pub fn encode(data: &str) -> Result<QrMatrix, QrError> {
        let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::L)
            .map_err(|e| QrError(e.to_string()))?;
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Ok(QrMatrix { width, dark })
    }

    /// Modules on a side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Columns and rows the code takes as text with `quiet` modules of quiet zone.
    pub fn text_size(&self, quiet: usize) -> (usize, usize) {
        let side = self.width + 2 * quiet;
        (side, side.div_ceil(2))
    }

    /// Whether the module at (`x`, `y`) is dark; outside the code (the quiet zone) is
    /// light.
    pub fn is_dark(&self, x: isize, y: isize) -> bool {
        let (Ok(x), Ok(y)) = (usize::try_from(x), usize::try_from(y)) else {
            return false;
        };
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// The code as lines of half blocks, with `quiet` modules of quiet zone on each side;
    /// every line has the same number of characters.
    pub fn lines(&self, quiet: usize, ink: Ink) -> Vec<String> {
        let (side, rows) = self.text_size(quiet);
        let offset = isize::try_from(quiet).unwrap_or(0);
        let inked = |x: usize, y: usize| {
            let (x, y) = (
                isize::try_from(x).unwrap_or(isize::MAX) - offset,
                isize::try_from(y).unwrap_or(isize::MAX) - offset,
            );
            let dark = self.is_dark(x, y);
            match ink {
                Ink::Dark => dark,
                // Below the last row of an odd-sized square there is no module: blank.
                Ink::Light => !dark,
            }
        };
        (0..rows)
            .map(|row| {
                (0..side)
                    .map(|x| {
                        let top = inked(x, 2 * row);
                        let bottom = 2 * row + 1 < side && inked(x, 2 * row + 1);
                        match (top, bottom) {
                            (true, true) => '█',
                            (true, false) => '▀',
                            (false, true) => '▄',
                            (false, false) => ' ',
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

/// `data` as a QR code in half blocks with the standard quiet zone, one string.
pub fn qr_text(data: &str, ink: Ink) -> Result<String, QrError> {
    Ok(QrMatrix::encode(data)?.lines(QUIET, ink).join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads half-block text back into pixels (`scale` per module) and decodes it.
    fn decode(text: &str, ink: Ink) -> Vec<String> {
        let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
        let cols = lines[0].len();
        assert!(lines.iter().all(|l| l.len() == cols), "ragged lines");
        let scale = 4;
        let (w, h) = (cols * scale, lines.len() * 2 * scale);
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
            let c = lines[y / (2 * scale)][x / scale];
            let top = (y / scale) % 2 == 0;
            let inked = match c {
                '█' => true,
                '▀' => top,
                '▄' => !top,
                ' ' => false,
                other => panic!("unexpected character {other:?}"),
            };
            let dark = inked == (ink == Ink::Dark);
            if dark { 0 } else { 255 }
        });
        image
            .detect_grids()
            .into_iter()
            .map(|g| g.decode().expect("the grid decodes").1)
            .collect()
    }

    const WHATSAPP: &str = "https://wa.me/?text=Super%20Eagles%20win%20%F0%9F%8E%89%F0%9F%87%B3\
        %F0%9F%87%AC%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2F\
        talks%2F";

    #[test]
    fn half_blocks_decode_back_to_the_same_link() {
        for ink in [Ink::Dark, Ink::Light] {
            let text = qr_text(WHATSAPP, ink).unwrap();
            assert_eq!(decode(&text, ink), vec![WHATSAPP.to_owned()], "{ink:?}");
        }
        // A two-module quiet zone, as the reader uses in a small window, still reads.
        let lines = QrMatrix::encode(WHATSAPP).unwrap().lines(2, Ink::Dark);
        assert_eq!(decode(&lines.join("\n"), Ink::Dark), vec![WHATSAPP]);
    }

    #[test]
    fn the_text_is_half_blocks_with_a_quiet_zone() {
        let matrix = QrMatrix::encode("https://e.example/a").unwrap();
        let lines = matrix.lines(QUIET, Ink::Dark);
        let (cols, rows) = matrix.text_size(QUIET);
        assert_eq!(
            (cols, rows),
            (matrix.width() + 8, (matrix.width() + 8).div_ceil(2))
        );
        assert_eq!(lines.len(), rows);
        assert!(lines.iter().all(|l| l.chars().count() == cols));
        assert!(
            lines
                .iter()
                .flat_map(|l| l.chars())
                .all(|c| " ▀▄█".contains(c))
        );
        // Two blank rows (four modules) above; four blank columns on each side.
        assert!(lines[..2].iter().all(|l| l.trim().is_empty()));
        assert!(
            lines
                .iter()
                .all(|l| l.starts_with("    ") && l.ends_with("    "))
        );
        // The finder pattern's top edge: seven dark modules from the corner.
        assert!(
            lines[2]
                .chars()
                .skip(4)
                .take(7)
                .all(|c| c == '▀' || c == '█')
        );
        // Light ink is the exact negative, the quiet zone drawn.
        let light = matrix.lines(QUIET, Ink::Light);
        assert!(light[0].chars().all(|c| c == '█'));
    }

    #[test]
    fn a_long_link_still_fits_a_code() {
        let long = format!("https://wa.me/?text={}", "%D9%85".repeat(300));
        let matrix = QrMatrix::encode(&long).unwrap();
        assert!(matrix.width() > 100);
        let too_long = "x".repeat(3000);
        assert!(QrMatrix::encode(&too_long).is_err());
    }
}
