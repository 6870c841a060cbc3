//! The container half of [`Builder`]: opening and closing quotes, lists and items.
//!
//! It keeps HTML's implied-end rules (a new `<li>` closes the open one, `</li>` never
//! closes across a list) and the depth cap; it must never recurse.

use super::{Block, Builder, Frame, MAX_DEPTH};

impl Builder {
    /// Opens a `<blockquote>`.
    pub(crate) fn open_quote(&mut self) {
        self.open(Frame::Quote(Vec::new()));
    }

    /// Opens a `<ul>` or `<ol>`.
    pub(crate) fn open_list(&mut self, ordered: bool) {
        self.open(Frame::List {
            ordered,
            items: Vec::new(),
        });
    }

    /// Opens an `<li>`, closing any open item of the same list (as HTML does) and
    /// inventing a bulleted list around a stray item.
    pub(crate) fn open_item(&mut self) {
        match self
            .frames
            .iter()
            .rposition(|f| matches!(f, Frame::List { .. }))
        {
            Some(list) => {
                self.end_inline();
                while self.frames.len() > list + 1 {
                    self.pop_frame();
                }
            }
            None => self.open_list(false),
        }
        self.open(Frame::Item(Vec::new()));
    }

    fn open(&mut self, frame: Frame) {
        self.end_inline();
        if self.frames.len() >= MAX_DEPTH {
            self.overflow += 1;
        } else {
            self.frames.push(frame);
        }
    }

    /// Closes the innermost `<blockquote>`.
    pub(crate) fn close_quote(&mut self) {
        self.close_until(|f| matches!(f, Frame::Quote(_)), |_| false);
    }

    /// Closes the innermost list.
    pub(crate) fn close_list(&mut self) {
        self.close_until(|f| matches!(f, Frame::List { .. }), |_| false);
    }

    /// Closes the innermost item, but never across a list boundary.
    pub(crate) fn close_item(&mut self) {
        self.close_until(
            |f| matches!(f, Frame::Item(_)),
            |f| matches!(f, Frame::List { .. }),
        );
    }

    /// Pops frames up to and including the innermost one matching `target`, if there
    /// is one above any frame matching `barrier`; otherwise leaves the stack alone.
    fn close_until(&mut self, target: fn(&Frame) -> bool, barrier: fn(&Frame) -> bool) {
        self.end_inline();
        if self.overflow > 0 {
            self.overflow -= 1;
            return;
        }
        let Some(pos) = self.frames.iter().rposition(|f| target(f) || barrier(f)) else {
            return;
        };
        if self.frames.get(pos).is_some_and(target) {
            while self.frames.len() > pos {
                self.pop_frame();
            }
        }
    }

    pub(super) fn pop_frame(&mut self) {
        self.end_inline();
        let Some(frame) = self.frames.pop() else {
            return;
        };
        match frame {
            Frame::Quote(blocks) if !blocks.is_empty() => self.push_block(Block::Quote(blocks)),
            Frame::List { ordered, items } if !items.is_empty() => {
                self.push_block(Block::List { ordered, items });
            }
            Frame::Item(blocks) if !blocks.is_empty() => match self.frames.last_mut() {
                Some(Frame::List { items, .. }) => items.push(blocks),
                // Unreachable by construction; keep the content rather than lose it.
                _ => blocks.into_iter().for_each(|b| self.push_block(b)),
            },
            _ => {}
        }
    }
}
