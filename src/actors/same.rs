//! Mentions of one actor under two names that no alias lists: an acronym used with no
//! parenthesis to define it (the TJN after the Tax Justice Network), and a given name
//! alone after the full name (Nusaybah after Nusaybah Mohamed).

use super::fast::FastMap;
use super::gazetteer::Kind;
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
pub(super) fn given_names<'w>(out: &[Mention], works: &'w [Work]) -> FastMap<&'w str, usize> {
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
