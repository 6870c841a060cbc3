//! What discovery knows about each token of a text ([`Context`], with the tests it
//! asks of a token: can it be part of a name, does it join two, is it a title) and what
//! it finds ([`Candidate`]). Kept apart from the rules in [`super::discover`] and
//! [`super::kinds`] that use them.

use super::cues::{
    CONNECTORS, DEMONYMS, NEVER, NOT_ORG_ACRONYMS, ORG_WORDS, PARTICLES, PLACE_WORDS,
    PORTFOLIO_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLES,
};
use super::gazetteer::Kind;
use super::tokens::Token;

/// A discovered actor's mention: tokens `first..last` (inclusive, exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Its kind, guessed from the cues.
    pub kind: Kind,
    /// Gazetteer hits it covers (an organisation named after a place: University of
    /// Lagos), replaced by it.
    pub absorbs: bool,
    /// Its kind is a guess with no cue behind it: a cue for the same word elsewhere in
    /// the article decides instead.
    pub guessed: bool,
}

impl Candidate {
    /// A person named by tokens `first..last`, from a cue.
    pub(super) fn person(first: usize, last: usize) -> Candidate {
        Candidate {
            first,
            last,
            kind: Kind::Person,
            absorbs: false,
            guessed: false,
        }
    }
}

/// What discovery knows about each token.
pub struct Context<'a> {
    /// The text.
    pub chars: &'a [char],
    /// The words.
    pub tokens: &'a [Token<'a>],
    /// For each token: the kind of the gazetteer hit that covers it whole, if any.
    pub gazetteer: &'a [Option<Kind>],
    /// For each token: partly inside a gazetteer hit or a URL, so never part of a name.
    pub blocked: &'a [bool],
    /// Folded words seen capitalised somewhere other than at a sentence start.
    pub capitalised: &'a super::fast::HashedSet<'a>,
    /// The text reads as English (see [`super::lone::reads_as_english`]).
    pub english: bool,
}

impl Context<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        self.tokens[i].folded
    }

    pub(super) fn is_gaz(&self, i: usize) -> bool {
        self.gazetteer[i].is_some()
    }

    /// A capitalised word that can be part of a name.
    pub(super) fn nameish(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let w = t.word();
        t.cap
            && !self.blocked[i]
            && !self.is_gaz(i)
            && (!NEVER.has(t) || t.letter)
            // Amounts, plates, quarters: N4, Q3, 573.
            && !w.bytes().any(|b| b.is_ascii_digit())
            // Post-nominals and ranks that are not titles: Lateef Fagbemi, SAN.
            && !(t.acronym && NOT_ORG_ACRONYMS.has(t) && !TITLES.has(t))
    }

    fn connector(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        !t.cap && !self.blocked[i] && CONNECTORS.has(t)
    }

    /// Can continue a run: a name word, a gazetteer hit or a connector followed by one.
    pub(super) fn continues(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if !t.joined || self.tokens[i - 1].possessive {
            return false;
        }
        if self.nameish(i) || self.is_gaz(i) {
            return true;
        }
        let next_ok = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|n| n.joined && (self.nameish(k) || self.is_gaz(k)))
        };
        // A committee's remit: the Senate Committee on Establishment and Public Service.
        if matches!(t.folded, "on" | "and") && self.remit(i) {
            return next_ok(i + 1);
        }
        if self.connector(i) {
            return next_ok(i + 1)
                // van den Berg, de la Rúa.
                || (PARTICLES.has(t) && i + 1 < self.tokens.len() && self.connector(i + 1)
                    && self.tokens[i + 1].joined
                    && next_ok(i + 2))
                || (t.folded == "of"
                    && self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| n.joined && n.folded == "the")
                    && next_ok(i + 2));
        }
        t.folded == "the" && i > 0 && self.tokens[i - 1].folded == "of" && next_ok(i + 1)
    }

    /// Whether the "on" or "and" at `i` belongs to a committee's name: "on" right after
    /// Committee (or Commission, Council), "and" after such an "on" in the same run.
    fn remit(&self, i: usize) -> bool {
        if self.word(i) == "on" {
            return i > 0
                && self.tokens[i - 1].cap
                && matches!(self.word(i - 1), "committee" | "commission" | "council");
        }
        let mut k = i;
        while k > 0 && i - k < 12 {
            k -= 1;
            let t = &self.tokens[k];
            if t.folded == "on" {
                return self.remit(k);
            }
            if !(t.cap || matches!(t.folded, "and" | "of")) || !self.tokens[k + 1].joined {
                return false;
            }
        }
        false
    }

    pub(super) fn is_title(&self, i: usize) -> bool {
        TITLES.has(&self.tokens[i]) || DEMONYMS.has(&self.tokens[i])
    }

    /// Whether the title at `i` makes the `len` name words after it a person. A
    /// portfolio word alone does not for one word: its National Convention.
    pub(super) fn titles(&self, i: usize, len: usize) -> bool {
        self.is_title(i) && !(len == 1 && PORTFOLIO_WORDS.has(&self.tokens[i]))
    }

    /// A plain name word: not a title, organisation or place word, demonym or connector.
    pub(super) fn plain(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        self.nameish(i)
            && !(TITLES.has(t) || ORG_WORDS.has(t) || PLACE_WORDS.has(t) || DEMONYMS.has(t))
    }

    pub(super) fn speech_after(&self, end: usize) -> bool {
        self.tokens.get(end).is_some_and(|t| {
            SPEECH_VERBS.has(t)
                && t.start - self.tokens[end - 1].end <= 2
                && !self.tokens[end - 1].possessive
        })
    }

    /// Whether the run ending at `end` is followed by an apposition that makes it a
    /// person: "Arnon Cohen, a resident of …", "Musa Bello, the party's chairman".
    pub(super) fn apposition(&self, end: usize) -> bool {
        let Some(article) = self.tokens.get(end) else {
            return false;
        };
        !article.joined
            && !article.cap
            && matches!(article.word(), "a" | "an" | "the")
            && article.start - self.tokens[end - 1].end == 2
            && !self.tokens[end - 1].possessive
            && self
                .tokens
                .iter()
                .skip(end + 1)
                .take(4)
                // The head, not what it is of: a group of former student leaders.
                .take_while(|t| t.folded != "of")
                .any(|t| !t.cap && ROLE_NOUNS.has(t))
    }

    pub(super) fn before(&self, first: usize) -> Option<&Token<'_>> {
        first.checked_sub(1).map(|i| &self.tokens[i])
    }
}
