//! Discovery's last resort: one capitalised word mid-sentence with no cue around it
//! that is no English word (Lukaku, Cloudera, Ezenwafor). Its kind is a guess that a
//! cue for the same word elsewhere in the article overrides.

use super::cues::{
    CONNECTORS, DEMONYMS, ENGLISH_FUNCTION_WORDS, GIVEN_NAMES, LONE_COMMON_NOUNS, NOT_ACTOR_HEADS,
    ORG_NOUNS, SPEECH_VERBS,
};
use super::discover::{Candidate, Context};
use super::english::{is_english, typo};
use super::fast::{FastMap, FastSet};
use super::gazetteer::Kind;
use super::tokens::{Token, after_possessive};

/// Whether `tokens` read as English: at least one word in ten is one of the commonest
/// function words (a quarter of English prose; next to none of a German text, where
/// every noun is capitalised).
pub fn reads_as_english(tokens: &[Token<'_>]) -> bool {
    let common = tokens
        .iter()
        .filter(|t| ENGLISH_FUNCTION_WORDS.has(t))
        .count();
    common * 10 >= tokens.len()
}

/// The kind guessed for the word at `i`, alone in its run of capitalised words, when it
/// is a name: not an English word nor a typo of one (Fomerly), not a given name alone
/// (Michael, Kabir: a person named in full elsewhere, or not at all), a demonym's
/// plural, part of a longer name taken apart (Gidan Nasarawa), a word before a
/// product's or an event's noun (Shahed drones) or modifying one (the former Zinox
/// campaign team), nor a word with a capital inside (`TechCrunch`, but in a developer's
/// blog mostly code: `AdGroupService`, `SDKs`), a people glossed by a demonym (the
/// Ininiw (Indian)), nor after "a" or "an" (an Omushkego). A place before a place's
/// noun (the Odawa region), an organisation after "the" (the Grizzlies) or among
/// company words (startup Agari, Cloudera CEO), else a person.
///
/// A word that opens a sentence is never guessed: in text whose words no list knows
/// (a transliterated or synthetic vocabulary, a hostile feed) every sentence would give
/// an actor, and a refresh of the benchmark corpus took three times as long.
pub fn guess(cx: &Context<'_>, i: usize) -> Option<Kind> {
    let t = &cx.tokens[i];
    if t.initial {
        return None;
    }
    let w = t.folded;
    let place_noun = place_noun_after(cx.tokens, i);
    let plain = cx.english
        && !t.title_case
        && !t.acronym
        && !t.hyphenated
        // The typo test is quadratic in the length: no name is longer than this.
        && (3..=24).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && !GIVEN_NAMES.has(t)
        && !cx.chars[t.start + 1..t.end].iter().any(|c| c.is_uppercase())
        // Nooooo; Trumpism, Methodist.
        && !w.as_bytes().windows(3).any(|x| x[0] == x[1] && x[1] == x[2])
        && !["ism", "isms", "ist", "ists"].iter().any(|s| w.ends_with(s))
        && !w.strip_suffix('s').is_some_and(|s| DEMONYMS.contains(s))
        && !LONE_COMMON_NOUNS.has(t)
        // "an Omushkego", "a Yoruba": one of a people, not a name.
        && !(i > 0 && t.joined && matches!(cx.tokens[i - 1].folded, "a" | "an"))
        && !next_to_capital(cx.tokens, i)
        && (place_noun || !attributive(cx.tokens, i))
        && !glossed_by_demonym(cx, i)
        && !cx.tokens.get(i + 1).is_some_and(|n| {
            n.joined && !n.cap && (NOT_ACTOR_HEADS.has(n) || n.folded == "movement")
        });
    // The dictionary last: the typo test is a few hundred lookups.
    if !plain || is_english(w) || typo(w) {
        return None;
    }
    let after_the = i > 0 && cx.tokens[i - 1].folded == "the";
    Some(if place_noun {
        Kind::Place
    } else if after_the || company_context(cx.tokens, i) {
        Kind::Org
    } else {
        Kind::Person
    })
}

/// Gives each guessed candidate the kind a cue gave the same word elsewhere (in Sochi,
/// then Sochi alone); else, if one mention of the word reads as an organisation, that.
pub fn settle_kinds(cx: &Context<'_>, out: &mut [Candidate]) {
    if !out.iter().any(|c| c.guessed) {
        return;
    }
    let word = |c: &Candidate| cx.tokens[c.first].folded;
    // Maps and sets, not lists: a hostile text can hold a hundred thousand guesses.
    let mut cued: FastMap<&str, Kind> = FastMap::default();
    let mut companies: FastSet<&str> = FastSet::default();
    for c in out.iter() {
        if !c.guessed && c.last == c.first + 1 {
            cued.entry(word(c)).or_insert(c.kind);
        } else if c.guessed && c.kind == Kind::Org && c.last == c.first + 1 {
            companies.insert(word(c));
        }
    }
    // One word only: a two-word guess (kinds::listed_companies) is no word's kind.
    for c in out
        .iter_mut()
        .filter(|c| c.guessed && c.last == c.first + 1)
    {
        let w = word(c);
        if let Some(&kind) = cued.get(w) {
            c.kind = kind;
        } else if companies.contains(w) {
            c.kind = Kind::Org;
        }
    }
}

/// Whether the word at `i` is joined to a capitalised word on either side: part of a
/// longer name whose other part was taken apart (Gidan Nasarawa, Paleis Huis ten
/// Bosch), not a name of its own.
fn next_to_capital(tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    (i > 0 && t.joined && tokens[i - 1].cap) || tokens.get(i + 1).is_some_and(|n| n.joined && n.cap)
}

/// Whether a lower-case noun of a place follows the word at `i`: the Odawa region,
/// Ejiba community, the Lekki axis. The word names the place.
fn place_noun_after(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        n.joined
            && !n.cap
            && !tokens[i].possessive
            && matches!(
                n.folded,
                "region" | "area" | "axis" | "community" | "village" | "district" | "province"
            )
    })
}

/// Whether the word at `i` is glossed by a demonym in parentheses, so that it names a
/// people, not an actor: the Ininiw (Indian), the Izon (Ijaw).
fn glossed_by_demonym(cx: &Context<'_>, i: usize) -> bool {
    let t = &cx.tokens[i];
    cx.tokens.get(i + 1).is_some_and(|n| {
        DEMONYMS.has(n)
            && cx.chars[t.end..n.start] == [' ', '(']
            && cx.chars.get(n.end) == Some(&')')
    })
}

/// Whether the word at `i` modifies the noun after it, as in "the former Zinox
/// campaign team": an article (or "former") before, a plain lower-case word after.
fn attributive(tokens: &[Token<'_>], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| &tokens[k]);
    before.is_some_and(|b| matches!(b.folded, "the" | "a" | "an" | "former"))
        && tokens.get(i + 1).is_some_and(|n| {
            n.joined
                && !n.cap
                && !ENGLISH_FUNCTION_WORDS.has(n)
                && !CONNECTORS.has(n)
                && !SPEECH_VERBS.has(n)
        })
}

/// Whether the words around the one at `i` speak of a company: startup Agari, founded
/// Cloudera, Cloudera CEO Mike Olson.
fn company_context(tokens: &[Token<'_>], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| &tokens[k]).is_some_and(|b| {
        !b.cap && (ORG_NOUNS.has(b) || matches!(b.folded, "founded" | "acquired"))
    });
    // A startup called Odiago: "called" or "named" after an organisation's noun.
    let called = i >= 2
        && matches!(tokens[i - 1].folded, "called" | "named")
        && tokens[i.saturating_sub(5)..i - 1]
            .iter()
            .any(|b| !b.cap && ORG_NOUNS.has(b));
    let after = tokens.get(after_possessive(tokens, i)).is_some_and(|n| {
        matches!(
            n.folded,
            "founder"
                | "co-founder"
                | "cofounder"
                | "ceo"
                | "employees"
                | "users"
                | "customers"
                | "investors"
                | "shares"
                | "headquarters"
                | "spokesperson"
                | "spokesman"
                | "spokeswoman"
                | "technology"
                | "platform"
        )
    });
    before || called || after
}
