//! Discovery's cues for a name's kind beyond the words of the name itself: the
//! common noun of an organisation before it (the newspaper Verdens Gang), a venue's
//! name (Trump National Golf Club), and a list whose other names say what it is
//! (Sanchez, Martial and Lukaku); places named with a compass word (North Darfur) or
//! as a local government area.

use super::cues::{
    COMPASS, DEMONYMS, GIVEN_NAMES, NEVER, ORG_NOUNS, ORG_WORDS, PLACE_WORDS, TITLES,
};
use super::discover::{Candidate, Context};
use super::gazetteer::Kind;
use super::tokens::{Token, after_possessive};

/// An organisation named by the run `start..stop` (the whole run `first..end`): after
/// an organisation's common noun in lower case (the Norwegian newspaper Verdens Gang,
/// League of Ireland club Limerick; not after a rival: rival Bobi Wine), after a
/// member's role and "for", "of" or "at" (frontman for Midnight Shine), or before a
/// player's role (X's striker).
pub fn after_org_noun(
    cx: &Context<'_>,
    (first, end): (usize, usize),
    (start, stop): (usize, usize),
) -> Option<Candidate> {
    let t = &cx.tokens[start];
    let word = |k: usize| cx.tokens.get(k).map_or("", |t| t.folded);
    let lower = |k: usize| !cx.tokens[k].cap && !cx.tokens[k].possessive;
    let named = start > 0
        && t.joined
        && !t.title_case
        && lower(start - 1)
        && (!t.initial && ORG_NOUNS.has(&cx.tokens[start - 1])
            // frontman for Midnight Shine, a member of the Labour: one of a body.
            || start >= 2
                && lower(start - 2)
                && matches!(word(start - 1), "for" | "of" | "at")
                && member(word(start - 2))
            || start >= 3
                && word(start - 1) == "the"
                && matches!(word(start - 2), "for" | "of" | "at")
                && member(word(start - 3)));
    // Lukaku's striker, Limerick's goalkeeper: a club's player.
    let clubs = cx.tokens[stop - 1].possessive
        && player(word(after_possessive(cx.tokens, stop - 1)))
        && !t.initial;
    (start == first && stop == end && (named || clubs)).then_some(Candidate {
        first: start,
        last: stop,
        kind: Kind::Org,
        absorbs: false,
        guessed: false,
    })
}

/// Whether `word` is a member of a body, never of a person: frontman for, a member of.
fn member(word: &str) -> bool {
    player(word)
        || matches!(
            word,
            "frontman"
                | "guitarist"
                | "drummer"
                | "bassist"
                | "vocalist"
                | "keyboardist"
                | "member"
                | "members"
                | "shareholder"
                | "shareholders"
                | "employee"
                | "employees"
        )
}

/// Whether `word` is a player of a club (a role no person has in another's service).
fn player(word: &str) -> bool {
    matches!(
        word,
        "striker" | "midfielder" | "defender" | "goalkeeper" | "keeper" | "winger" | "full-back"
    )
}

/// Whether a run of two or three name words with no cue that opens with `t` is a
/// person: not at a sentence's start or in a headline, and not after an acronym of
/// three letters or more (RBC Bluesfest, LPGA Tour; initials are shorter: TB Joshua).
pub fn opens_a_person(t: &Token<'_>) -> bool {
    !(t.initial || t.title_case || t.acronym && t.folded.len() >= 3)
}

/// A club that is a place to play, not a body: Trump National Golf Club, the Royal
/// Yacht Club. "The" is left out.
pub fn venue(cx: &Context<'_>, first: usize, end: usize) -> Option<Candidate> {
    let word = |k: usize| cx.tokens[k].folded;
    let club = end - first >= 3
        && word(end - 1) == "club"
        && matches!(word(end - 2), "golf" | "country" | "yacht" | "polo")
        && cx.gazetteer[end - 1].is_none();
    let start = if word(first) == "the" {
        first + 1
    } else {
        first
    };
    (club && end - start >= 3).then_some(Candidate {
        first: start,
        last: end,
        kind: Kind::Place,
        absorbs: (start..end).any(|k| cx.gazetteer[k].is_some()),
        guessed: false,
    })
}

/// Adds the names inside a list whose neighbours are names of one kind, though they
/// are English words: "Sanchez, Martial and Lukaku" (Martial is a person like the
/// others), "Lagos, Reading and Kano". The word is capitalised mid-sentence, alone,
/// with a comma before it and a comma, "and" or "or" after it, and the names on both
/// sides (discovered or known) are of the same kind.
pub fn in_lists(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let n = cx.tokens.len();
    // Each token's kind, from the gazetteer and the candidates: built on first need.
    let mut kinds: Option<Vec<Option<Kind>>> = None;
    let mut found = Vec::new();
    for i in 1..n.saturating_sub(1) {
        let t = &cx.tokens[i];
        let gap = |a: usize, b: usize| &cx.chars[cx.tokens[a].end..cx.tokens[b].start];
        if !t.cap
            || t.initial
            || t.title_case
            || t.acronym
            || t.joined
            || t.possessive
            || cx.blocked[i]
            || cx.gazetteer[i].is_some()
            || NEVER.has(t)
            || TITLES.has(t)
            || DEMONYMS.has(t)
            || gap(i - 1, i) != [',', ' ']
            || cx.tokens[i - 1].possessive
        {
            continue;
        }
        let next = &cx.tokens[i + 1];
        let right = if gap(i, i + 1) == [',', ' '] && next.cap {
            i + 1
        } else if next.joined && !next.cap && matches!(next.folded, "and" | "or") && i + 2 < n {
            if !cx.tokens[i + 2].joined {
                continue;
            }
            i + 2
        } else {
            continue;
        };
        let kinds = kinds.get_or_insert_with(|| {
            let mut k = cx.gazetteer.to_vec();
            for c in out.iter() {
                k[c.first..c.last].fill(Some(c.kind));
            }
            k
        });
        if kinds[i].is_none()
            && let Some(kind) = kinds[i - 1]
            && kinds[right] == Some(kind)
        {
            found.push(Candidate {
                first: i,
                last: i + 1,
                kind,
                absorbs: false,
                guessed: false,
            });
        }
    }
    out.extend(found);
}

/// A place with a compass word: Akwa Ibom North West after a known place, North Darfur
/// before one (capitalised, so a name: "northern Ontario" is not one).
pub fn compass_place(cx: &Context<'_>, first: usize, end: usize) -> Option<Candidate> {
    let place = |k: usize| cx.gazetteer[k] == Some(Kind::Place);
    let compass = |k: usize| cx.tokens[k].cap && COMPASS.has(&cx.tokens[k]);
    let after = end - first >= 2 && place(first) && compass(end - 1) && {
        let mut k = end - 1;
        while k > first && compass(k) {
            k -= 1;
        }
        (first..=k).all(place) && end - 1 - k <= 2
    };
    let before = end - first >= 2
        && compass(first)
        && !cx.tokens[first].initial
        && (first + 1..end).all(place)
        && cx.gazetteer[first] != Some(Kind::Place);
    (after || before).then_some(Candidate {
        first,
        last: end,
        kind: Kind::Place,
        absorbs: true,
        guessed: false,
    })
}

/// The end of "<place> Local Government (Area)" or "<place> LGA" opening `first..end`.
pub fn local_government(cx: &Context<'_>, first: usize, end: usize) -> Option<usize> {
    let mut k = first;
    while k < end && (cx.gazetteer[k] == Some(Kind::Place) || cx.plain(k)) && cx.word(k) != "local"
    {
        k += 1;
    }
    if k == first || !(first..k).any(|j| cx.gazetteer[j] == Some(Kind::Place)) {
        return None;
    }
    let words: Vec<&str> = (k..end.min(k + 3)).map(|j| cx.word(j)).collect();
    match words.as_slice() {
        ["local", "government", "area", ..] => Some(k + 3),
        ["local", "government", ..] => Some(k + 2),
        ["lga", ..] => Some(k + 1),
        _ => None,
    }
}

/// Whether the name `c` discovered in a headline stands on its own words, with no help
/// from the body: a byline after a "|" opened by a given name (… | Erica Chenoweth and
/// Jeremy Pressman), or an organisation or place of two or more words that ends with
/// its kind's word and whose kind is no guess (Manchester United, Premier League). A
/// headline in title case capitalises every word, so there it must also hold a known
/// name (Manchester United, not "Town" after any capitalised word).
pub fn stands_in_title(cx: &Context<'_>, c: &Candidate) -> bool {
    let first = &cx.tokens[c.first];
    let last = &cx.tokens[c.last - 1];
    let len = c.last - c.first;
    if c.kind == Kind::Person {
        let after_bar = cx.chars[..first.start].contains(&'|');
        return after_bar && (2..=3).contains(&len) && GIVEN_NAMES.has(first);
    }
    let worded = len >= 2
        && !c.guessed
        && (c.kind == Kind::Org && ORG_WORDS.has(last)
            || c.kind == Kind::Place && PLACE_WORDS.has(last));
    worded && (!first.title_case || (c.first..c.last).any(|k| cx.gazetteer[k].is_some()))
}

/// Whether `word`, in lower case right before a name, is the noun of a work, so that
/// the name is the work's title, not an actor: his film Amour, the novel Purple
/// Hibiscus. Nouns that are also common verbs (show, play, track) are left out: "polls
/// show Tinubu ahead".
pub fn work_noun(word: &str) -> bool {
    matches!(
        word,
        "film"
            | "films"
            | "movie"
            | "movies"
            | "book"
            | "novel"
            | "memoir"
            | "song"
            | "album"
            | "documentary"
            | "sitcom"
            | "miniseries"
            | "podcast"
            | "poem"
            | "painting"
    )
}

/// A team or a band: two or three name words with no cue after an article, the last a
/// plural (the Dakota Lancers, a Flying Eagles shirt). A person's name takes no
/// article, and a plural is no surname's form.
pub fn team_after_article(
    cx: &Context<'_>,
    (first, end): (usize, usize),
    (start, stop): (usize, usize),
) -> Option<Candidate> {
    let last = &cx.tokens[stop - 1];
    let w = last.folded;
    let article = start > 0
        && cx.tokens[start].joined
        && matches!(cx.tokens[start - 1].folded, "the" | "a" | "an");
    let plural = w.len() > 3
        && w.ends_with('s')
        && !["ss", "us", "is", "os"].iter().any(|s| w.ends_with(s))
        && !last.possessive;
    (article
        && plural
        && (2..=3).contains(&(stop - start))
        && start == first
        && stop == end
        && !GIVEN_NAMES.has(&cx.tokens[start])
        && opens_a_person(&cx.tokens[start]))
    .then_some(Candidate {
        first: start,
        last: stop,
        kind: Kind::Org,
        absorbs: false,
        guessed: false,
    })
}

/// Plural nouns of companies that, before "including", "such as" or "like", make the
/// names listed after them companies when nothing else said what they are: "customers
/// using the product, including Wikipedia, Rich Relevance, and Atlassian". Not investors
/// or partners, who may be people.
fn company_plural(word: &str) -> bool {
    matches!(
        word,
        "customers"
            | "clients"
            | "companies"
            | "firms"
            | "businesses"
            | "startups"
            | "start-ups"
            | "banks"
            | "lenders"
            | "insurers"
            | "brands"
            | "retailers"
            | "operators"
            | "carriers"
            | "airlines"
            | "outlets"
            | "newspapers"
            | "broadcasters"
            | "publishers"
            | "rivals"
            | "competitors"
            | "sponsors"
    )
}

/// Turns the guessed names (no cue but their shape) of a list introduced after a plural
/// of companies ([`company_plural`]) into organisations.
pub fn listed_companies(cx: &Context<'_>, out: &mut [Candidate]) {
    for c in out
        .iter_mut()
        .filter(|c| c.guessed && c.kind == Kind::Person)
    {
        if let Some(opener) = list_opener(cx.tokens, c.first) {
            let from = opener.saturating_sub(5);
            if cx.tokens[from..opener]
                .iter()
                .any(|t| !t.cap && company_plural(t.folded))
            {
                c.kind = Kind::Org;
            }
        }
    }
}

/// The word that opens the list holding the name at `first` ("including", "like", or
/// "such" of "such as"), if only names, "and" and "or" lie between, in one sentence.
fn list_opener(tokens: &[Token<'_>], first: usize) -> Option<usize> {
    let mut k = first;
    // A list of a dozen names at most: the walk back stays short.
    while k > 0 && first - k < 24 && !tokens[k].initial {
        k -= 1;
        let t = &tokens[k];
        match t.folded {
            "including" | "like" if !t.cap => return Some(k),
            "as" if k > 0 && tokens[k - 1].folded == "such" => return Some(k - 1),
            "and" | "or" => {}
            _ if t.cap => {}
            _ => return None,
        }
    }
    None
}

/// Whether the words around `first..end` speak of a sports team: a player's role or
/// the team's people right after it (Miami Heat player, Kano Heat fans), or a team's
/// noun right before it (his former team the Miami Heat, the side Kano Heat).
pub fn team_around(cx: &Context<'_>, first: usize, end: usize) -> bool {
    let word = |k: usize| cx.tokens.get(k).filter(|t| !t.cap).map_or("", |t| t.folded);
    let after = cx.tokens.get(end).is_some_and(|t| t.joined)
        && !cx.tokens[end - 1].possessive
        && (player(word(end))
            || matches!(
                word(end),
                "player" | "players" | "coach" | "fans" | "supporters" | "teammate" | "teammates"
            ));
    let team = |k: usize| matches!(word(k), "team" | "club" | "side" | "franchise");
    let before = cx.tokens[first].joined
        && first >= 1
        && (team(first - 1) || first >= 2 && word(first - 1) == "the" && team(first - 2));
    after || before
}
