//! Mentions of one actor under two names that no alias lists: an acronym defined in
//! parentheses after its name (the Central Bank of Kenya (CBK)) or used with no
//! parenthesis to define it (the TJN after the Tax Justice Network), a surname alone
//! after the full name (Medinsky after Vladimir Medinsky), and a given name alone
//! (Nusaybah after Nusaybah Mohamed).

use super::fast::FastMap;
use super::gazetteer::Kind;
use super::tokens::Token;
use super::{Mention, Work};

/// Adds to `same` (pairs of actors, the first to become the second) each discovered
/// acronym whose letters are the initials of exactly one organisation named in full in
/// the article: "the Tax Justice Network … the TJN's index". Words like "of" and "the"
/// give no initial. An acronym the gazetteer knows is left alone.
pub(super) fn acronyms_of_names(body: &[Mention], works: &[Work], same: &mut Vec<(usize, usize)>) {
    let is_acronym = |w: &Work| {
        w.discovered
            && w.kind == Kind::Org
            && (2..=8).contains(&w.name.len())
            && w.name.bytes().all(|b| b.is_ascii_uppercase())
    };
    // Only actors the text mentions, each once: the body lists them in text order.
    let mut seen = vec![false; works.len()];
    let mut acronyms = Vec::new();
    let mut orgs = Vec::new();
    for m in body {
        if std::mem::replace(&mut seen[m.actor], true) {
            continue;
        }
        let w = &works[m.actor];
        if is_acronym(w) {
            acronyms.push(m.actor);
        } else if w.kind == Kind::Org && w.name.contains(' ') {
            orgs.push(m.actor);
        }
    }
    for acronym in acronyms {
        if same.iter().any(|(from, _)| *from == acronym) {
            continue;
        }
        let letters = works[acronym].name.as_bytes();
        let mut matching = orgs
            .iter()
            .filter(|&&o| initials_are(&works[o].name, letters));
        if let (Some(&full), None) = (matching.next(), matching.next()) {
            same.push((acronym, full));
        }
    }
}

/// Whether the capitalised words of `name` start with `letters`, in order, and no
/// other: Tax Justice Network → TJN; "of", "and" and "the" are skipped.
fn initials_are(name: &str, letters: &[u8]) -> bool {
    let mut initials = name
        .split([' ', '-'])
        .filter(|w| !matches!(*w, "of" | "and" | "the" | "for" | "on" | "&"))
        .map(|w| w.bytes().next().map(|b| b.to_ascii_uppercase()));
    letters.iter().all(|l| initials.next() == Some(Some(*l))) && initials.next().is_none()
}

/// The first words of the people named in full among `out` (their folded keys' first
/// word), each to its person; a word two people share is left out.
fn given_names<'w>(out: &[Mention], works: &'w [Work]) -> FastMap<&'w str, usize> {
    let mut given: FastMap<&str, Option<usize>> = FastMap::default();
    for m in out {
        let w = &works[m.actor];
        if w.kind != Kind::Person {
            continue;
        }
        let Some((first, _)) = w.key.split_once(' ') else {
            continue;
        };
        let slot = given.entry(first).or_insert(Some(m.actor));
        if *slot != Some(m.actor) {
            *slot = None;
        }
    }
    given
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect()
}

/// Acronyms defined in parentheses right after a name that starts with their first
/// letter and has all their letters in order (the Central Bank of Kenya (CBK), the
/// Accord Party (AC)): `(acronym's actor, name's actor)`, or the other way round when
/// only the acronym is a gazetteer actor (the gazetteer's name wins).
pub(super) fn acronyms_defined(
    chars: &[char],
    body: &[Mention],
    works: &[Work],
) -> Vec<(usize, usize)> {
    let mut same = Vec::new();
    for pair in body.windows(2) {
        let (name, acr) = (pair[0], pair[1]);
        // Mentions may overlap (a discovered name over a hit): then there is no pair.
        let between = chars.get(name.end..acr.start).unwrap_or_default();
        if name.actor == acr.actor
            || chars.get(acr.end) != Some(&')')
            || between.iter().collect::<String>().trim() != "("
        {
            continue;
        }
        let letters = &chars[acr.start..acr.end];
        if !(2..=8).contains(&letters.len()) || !letters.iter().all(char::is_ascii_uppercase) {
            continue;
        }
        let initials: Vec<char> = chars[name.start..name.end]
            .split(|c| c.is_whitespace() || *c == '-')
            .filter_map(|w| w.first().map(char::to_ascii_uppercase))
            .collect();
        if initials.len() < 2 || initials[0] != letters[0] {
            continue;
        }
        // In order among the name's letters: the initials mostly, but Accord (AC) too.
        let mut rest = chars[name.start..name.end]
            .iter()
            .map(char::to_ascii_uppercase);
        if !letters.iter().all(|l| rest.any(|c| c == *l)) {
            continue;
        }
        let pair = if works[name.actor].discovered && !works[acr.actor].discovered {
            (name.actor, acr.actor)
        } else {
            (acr.actor, name.actor)
        };
        if !same.iter().any(|(from, _)| *from == pair.0) {
            same.push(pair);
        }
    }
    same
}

/// A person's surname used alone after the full name (Medinsky after Vladimir Medinsky)
/// is the same actor; a discovered one-word person that is such a surname is merged.
pub(super) fn resolve_surnames(tokens: &[Token<'_>], works: &[Work], out: &mut Vec<Mention>) {
    let mut surnames: FastMap<String, Option<usize>> = FastMap::default();
    for m in out.iter() {
        let w = &works[m.actor];
        if w.kind != Kind::Person {
            continue;
        }
        // The last of two or more words.
        if !w.key.contains([' ', '-']) {
            continue;
        }
        let Some(last) = w.key.rsplit([' ', '-']).next() else {
            continue;
        };
        // Looked up before a key is allocated: most mentions repeat a name.
        match surnames.get_mut(last) {
            Some(slot) if *slot != Some(m.actor) => *slot = None, // two people share it: ambiguous
            Some(_) => {}
            None => {
                surnames.insert(last.to_string(), Some(m.actor));
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    // One-word discovered persons that are a known surname join that person; a given
    // name alone (Nusaybah after Nusaybah Mohamed) too, when no other shares it.
    let given = given_names(out, works);
    for m in out.iter_mut() {
        let w = &works[m.actor];
        if w.discovered && !w.key.contains(' ') {
            if let Some(Some(full)) = surnames.get(&w.key) {
                m.actor = *full;
            } else if w.kind == Kind::Person
                && let Some(&full) = given.get(w.key.as_str())
            {
                m.actor = full;
            }
        }
    }
    let mut added = Vec::new();
    let mut j = 0;
    for t in tokens {
        if !t.cap {
            continue;
        }
        while j < out.len() && out[j].end <= t.start {
            j += 1;
        }
        if out.get(j).is_some_and(|m| m.start < t.end) {
            continue;
        }
        if let Some(Some(actor)) = surnames.get(t.word()) {
            added.push(Mention {
                start: t.start,
                end: t.end,
                actor: *actor,
            });
        }
    }
    out.extend(added);
    out.sort_by_key(|m| m.start);
}
