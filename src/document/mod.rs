//! Temporary stand-in for the document model (being written in parallel); replaced as a
//! whole by the real module.

use serde::{Deserialize, Serialize};

/// An article body.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Paragraph texts.
    pub blocks: Vec<String>,
    /// Link URLs.
    pub links: Vec<String>,
}

/// Converts HTML to a document.
pub fn from_html(html: &str, _base: Option<&url::Url>) -> Document {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let text = crate::sanitize::clean_line(&out);
    Document {
        blocks: if text.is_empty() { vec![] } else { vec![text] },
        links: vec![],
    }
}

impl Document {
    /// Plain text.
    pub fn plain_text(&self) -> String {
        self.blocks.join("\n\n")
    }
    /// First image URL.
    pub fn first_image(&self) -> Option<&str> {
        None
    }
    /// Printable text.
    pub fn to_ansi(&self, _width: usize, _color: bool) -> String {
        self.plain_text()
    }
}
