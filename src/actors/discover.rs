//! Discovery: actors the gazetteer does not know, found from cues around runs of
//! capitalised words — a title before a name, a speech verb after it, an organisation
//! or place word in it, a given name opening it, a preposition of place before it.

use super::fast::FastSet as HashSet;

pub use super::context::{Candidate, Context};
use super::cues::{
    COMPASS, GIVEN_NAMES, NOT_ACTOR_HEADS, NOT_ORG_ACRONYMS, NUMBER_WORDS, ORG_WORDS, PARTICLES,
    PLACE_OF, PLACE_PREPOSITIONS, PLACE_WORDS, PORTFOLIO_WORDS, ROLE_NOUNS, SEAT_ROLES,
    SPEECH_VERBS, TITLES,
};
use super::gazetteer::Kind;
use super::tokens::Token;

/// Every discovered candidate, in text order.
pub fn discover(cx: &Context<'_>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = cx.tokens.len();
    let mut i = 0;
    while i < n {
        if !(cx.nameish(i) || cx.is_gaz(i)) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < n && cx.continues(end) {
            end += 1;
        }
        while end > i + 1 && !cx.tokens[end - 1].cap && !cx.is_gaz(end - 1) {
            end -= 1;
        }
        // A name followed by a number is a vehicle or a product: Air Force One. Not a
        // numbered place: Apapa Constituency 1.
        let numbered = cx.tokens.get(end).is_some_and(|t| {
            t.joined
                && !cx.tokens[end - 1].possessive
                && !PLACE_WORDS.has(&cx.tokens[end - 1])
                && (NUMBER_WORDS.has(t) && t.cap || t.folded.chars().all(|c| c.is_ascii_digit()))
        });
        if !numbered {
            classify(cx, i, end, &mut out);
        }
        i = end;
    }
    super::kinds::in_lists(cx, &mut out);
    super::kinds::listed_companies(cx, &mut out);
    super::lone::settle_kinds(cx, &mut out);
    let offices = office_acronyms(cx);
    if !offices.is_empty() {
        out.retain(|c| !(c.last == c.first + 1 && offices.contains(cx.word(c.first))));
    }
    out
}

/// Acronyms an article defines for an office, not an actor: the National Security
/// Adviser (NSA). The letters are the initials of the words before the parenthesis,
/// the first of them a title.
fn office_acronyms<'a>(cx: &Context<'a>) -> HashSet<&'a str> {
    let tokens: &'a [Token<'a>] = cx.tokens;
    let mut found = HashSet::default();
    for (i, t) in tokens.iter().enumerate() {
        if !t.acronym || i == 0 {
            continue;
        }
        let letters: Vec<char> = t.folded.chars().filter(char::is_ascii_alphabetic).collect();
        let mut k = i;
        let mut initials = Vec::new();
        while k > 0 && initials.len() < letters.len() {
            k -= 1;
            let w = tokens[k].word();
            if matches!(w, "of" | "and" | "the" | "on" | "for") {
                continue;
            }
            if !tokens[k].cap {
                break;
            }
            initials.extend(w.chars().next());
        }
        initials.reverse();
        let head = &tokens[k];
        if initials == letters && TITLES.has(head) && !ORG_WORDS.has(head) {
            found.insert(t.word());
        }
    }
    found
}

/// Looks at the run of tokens `first..end` and records what it names.
fn classify(cx: &Context<'_>, mut first: usize, end: usize, out: &mut Vec<Candidate>) {
    // A common word that opens a sentence is capitalised for that reason only.
    let t = &cx.tokens[first];
    if t.initial
        && !cx.is_gaz(first)
        && !t.acronym
        && !GIVEN_NAMES.has(t)
        && !TITLES.has(t)
        && !cx.capitalised.contains(&t.hashed())
        && !(end - first <= 3 && cx.apposition(end))
    {
        first += 1;
    }
    while first < end && !cx.tokens[first].cap && !cx.is_gaz(first) {
        first += 1;
    }
    if first >= end {
        return;
    }
    let last = end - 1;
    // A law, a document, an event or a product: the Electoral Act, a Toyota Bus.
    if !cx.is_gaz(last) && NOT_ACTOR_HEADS.has(&cx.tokens[last]) {
        return;
    }
    if let Some(place) = super::kinds::compass_place(cx, first, end) {
        out.push(place);
        return;
    }
    if (first..end).all(|k| cx.is_gaz(k)) {
        return;
    }
    if let Some(venue) = super::kinds::venue(cx, first, end) {
        return out.push(venue);
    }
    // An office, after the place it serves: (Zamfara State) Commissioner of Police,
    // Inspector General of Police, Minister of State.
    let mut s = first;
    while s < end && cx.is_gaz(s) {
        s += 1;
    }
    let titles_from = s;
    while s < end && cx.is_title(s) && !ORG_WORDS.has(&cx.tokens[s]) {
        s += 1;
    }
    if s > titles_from
        && s + 2 == end
        && cx.word(s) == "of"
        && (PORTFOLIO_WORDS.has(&cx.tokens[s + 1]) || TITLES.has(&cx.tokens[s + 1]))
    {
        return;
    }
    // A local government area named after its town: Zurmi Local Government Area.
    let mut from = first;
    while let Some(lga) = super::kinds::local_government(cx, from, end) {
        out.push(Candidate {
            first: from,
            last: lga,
            kind: Kind::Place,
            absorbs: true,
            guessed: false,
        });
        from = lga;
        // "… LGA of Kano LGA": the connector too, so that no recursion follows.
        while from < end && !cx.tokens[from].cap && !cx.is_gaz(from) {
            from += 1;
        }
    }
    if from > first {
        // What follows opens with no local government area, so this is not reached
        // again from the call below.
        if from < end {
            classify(cx, from, end, out);
        }
        return;
    }
    let has_gaz = (first..end).any(|k| cx.is_gaz(k));
    let org_at = (first..end).find(|&k| !cx.is_gaz(k) && ORG_WORDS.has(&cx.tokens[k]));
    // "on" is only inside a run as a committee's remit.
    let of_after_org =
        org_at.is_some_and(|o| (o + 1..end).any(|k| matches!(cx.word(k), "of" | "on")));
    // 0. A titled person of an organisation: Professor Samuel Moyn of Yale University.
    if let Some(of) = (first + 1..end).find(|&k| cx.word(k) == "of")
        && org_at.is_some_and(|o| o > of)
    {
        let mut name = of;
        while name > first && cx.plain(name - 1) {
            name -= 1;
        }
        if name < of && name > first && cx.is_title(name - 1) {
            out.push(Candidate {
                first: name,
                last: of,
                kind: Kind::Person,
                absorbs: false,
                guessed: false,
            });
            if end - (of + 1) >= 2 {
                out.push(Candidate {
                    first: of + 1,
                    last: end,
                    kind: Kind::Org,
                    absorbs: (of + 1..end).any(|k| cx.is_gaz(k)),
                    guessed: false,
                });
            }
            return;
        }
    }
    // 1. An organisation: ends with an organisation word, or one is followed by "of …".
    // An office is not one: Attorney-General of the Federation, Minister of State.
    let office = TITLES.has(&cx.tokens[first])
        && !ORG_WORDS.has(&cx.tokens[first])
        && cx.tokens.get(first + 1).is_some_and(|t| t.word() == "of");
    // An organisation word then of/on and a known name: University of Benin, Bank of
    // Ghana, Senate Committee on INEC — one organisation, not the place inside it.
    let head_of = (first + 1..end).find(|&k| {
        matches!(cx.word(k), "of" | "on") && !cx.is_gaz(k - 1) && ORG_WORDS.has(&cx.tokens[k - 1])
    });
    if (!cx.is_gaz(last) || head_of.is_some())
        && !office
        && (ORG_WORDS.has(&cx.tokens[last]) || of_after_org)
    {
        let mut start = skip_titles_for_org(cx, first, end);
        // An ordinal, never a name word alone, opens some: First Round Capital.
        if start == first && first > 0 && cx.tokens[first].joined {
            let o = &cx.tokens[first - 1];
            if o.cap
                && !o.initial
                && !cx.blocked[first - 1]
                && matches!(o.folded, "first" | "second" | "third")
            {
                start -= 1;
            }
        }
        // The office before it is not part of it: (Vice Chancellor of) the University
        // of Benin.
        if let Some(head) = head_of
            && let Some(of) = (start + 1..head).find(|&k| cx.word(k) == "of")
            && (start..of).all(|k| TITLES.has(&cx.tokens[k]))
        {
            start = skip_titles_for_org(cx, of + 1, end);
        }
        let lone = &cx.tokens[start];
        let acronym = lone.acronym && !NOT_ORG_ACRONYMS.has(lone) && !ORG_WORDS.has(lone);
        if end - start >= 2 || acronym {
            out.push(Candidate {
                first: start,
                last: end,
                kind: Kind::Org,
                absorbs: has_gaz,
                guessed: false,
            });
        }
        return;
    }
    // 2. A place: a name then a place word (Kano State, Dolmabahçe Palace).
    // Place words may pile up after the name: Palm Beach County.
    let mut name_end = last;
    while name_end > first && PLACE_WORDS.has(&cx.tokens[name_end - 1]) && !cx.is_gaz(name_end - 1)
    {
        name_end -= 1;
    }
    if !cx.is_gaz(last)
        && PLACE_WORDS.has(&cx.tokens[last])
        && name_end > first
        && (cx.is_gaz(name_end - 1) || cx.plain(name_end - 1))
    {
        let start = skip_titles_for_org(cx, first, end);
        out.push(Candidate {
            first: start,
            last: end,
            kind: Kind::Place,
            absorbs: has_gaz,
            guessed: false,
        });
        return;
    }
    // 3. A seat before its holder's role: (Gatundu South) MP Moses Kuria.
    if let Some(role) = (first + 1..end.min(first + 4))
        .find(|&k| SEAT_ROLES.has(&cx.tokens[k]))
        // Kenya's Woman Representative.
        .map(|k| if cx.word(k - 1) == "woman" { k - 1 } else { k })
        && role > first
        && (cx.plain(first) || cx.gazetteer[first] == Some(Kind::Place))
        && (first + 1..role).all(|k| cx.plain(k) || COMPASS.has(&cx.tokens[k]))
        && (first..role).any(|k| !cx.is_gaz(k))
    {
        out.push(Candidate {
            first,
            last: role,
            kind: Kind::Place,
            absorbs: cx.is_gaz(first),
            guessed: false,
        });
        return classify(cx, role, end, out);
    }
    // 4. A person after a title: Defense Minister Rustem Umerov.
    let mut tail = end;
    while tail > first && cx.plain(tail - 1) {
        tail -= 1;
    }
    if tail < end && tail > first && cx.titles(tail - 1, end - tail) && !cx.is_gaz(tail - 1) {
        out.push(Candidate {
            first: tail,
            last: end,
            kind: Kind::Person,
            absorbs: false,
            guessed: false,
        });
        return;
    }
    // 5. A club named after its place: Philadelphia Eagles, Kano Pillars. Not a person
    // whose given name is a place (Israel Katz). A title before it is not part of it:
    // Former Miami Heat player.
    let mut club = first;
    while club < end && !cx.is_gaz(club) && TITLES.has(&cx.tokens[club]) {
        club += 1;
    }
    let place_end = (club..end).find(|&k| !cx.is_gaz(k)).unwrap_or(end);
    if place_end > club
        && end - place_end <= 2
        && (club..place_end).all(|k| cx.gazetteer[k] == Some(Kind::Place))
        && !GIVEN_NAMES.has(&cx.tokens[club])
        && (place_end..end).all(|k| cx.plain(k) && !GIVEN_NAMES.has(&cx.tokens[k]))
        // A team's plural: Philadelphia Eagles, Kano Pillars (not Niger Republic); or
        // a team's words around it: former Miami Heat player, his team the Miami Heat.
        && (cx.word(end - 1).ends_with('s') || super::kinds::team_around(cx, club, end))
        && !cx.tokens[place_end].title_case
    {
        out.push(Candidate {
            first: club,
            last: end,
            kind: Kind::Org,
            absorbs: true,
            guessed: false,
        });
        return;
    }
    // 6. Each stretch between gazetteer hits on its own.
    let mut k = first;
    while k < end {
        if cx.is_gaz(k) {
            k += 1;
            continue;
        }
        let mut stop = k;
        while stop < end && !cx.is_gaz(stop) {
            stop += 1;
        }
        plain_run(cx, k, stop, end == stop, out);
        k = stop;
    }
}

/// Leading words an organisation's name does not keep: none but "The".
fn skip_titles_for_org(cx: &Context<'_>, first: usize, end: usize) -> usize {
    let mut s = first;
    while s + 1 < end && cx.word(s) == "the" {
        s += 1;
    }
    s
}

/// A stretch of capitalised words with no organisation or place word.
fn plain_run(
    cx: &Context<'_>,
    first: usize,
    end: usize,
    at_run_end: bool,
    out: &mut Vec<Candidate>,
) {
    let mut start = first;
    while start < end && !cx.plain(start) {
        start += 1;
    }
    let mut stop = start;
    // A particle between two name words is part of the name: Staffan de Mistura,
    // Pieter van den Berg.
    let particle = |k: usize| {
        let mut n = k;
        while n < end && !cx.tokens[n].cap && PARTICLES.has(&cx.tokens[n]) {
            n += 1;
        }
        k > start && n > k && n < end && n - k <= 2 && cx.plain(n)
    };
    while stop < end && (cx.plain(stop) || particle(stop)) {
        stop += 1;
    }
    if start >= stop {
        return;
    }
    let len = stop - start;
    // Capitals for emphasis, not names: WITH SWELLING CRITICISM of the exercise.
    if len >= 2 && (start..stop).all(|k| cx.tokens[k].acronym) {
        return;
    }
    let titled = start > first && cx.titles(start - 1, len);
    let before = cx.before(start);
    // "said X" names the speaker; "told X", "asked X", "urged X" name the listener.
    let said_before = before.is_some_and(|b| {
        SPEECH_VERBS.has(b)
            && !matches!(
                b.word(),
                "told" | "tells" | "asked" | "urged" | "warned" | "assured"
            )
            && cx.tokens[start].start - b.end <= 2
    });
    let speech = (at_run_end && stop == end && cx.speech_after(stop)) || said_before;
    // A role in lower case right before: the UN special envoy Staffan de Mistura.
    let role_before = start == first
        && at_run_end
        && stop == end
        && before.is_some_and(|b| {
            !b.cap && ROLE_NOUNS.has(b) && cx.tokens[start].joined && !cx.tokens[start].initial
        });
    let given = GIVEN_NAMES.has(&cx.tokens[start]);
    let person = |out: &mut Vec<Candidate>| out.push(Candidate::person(start, stop));
    let acronym = len == 1 && cx.tokens[start].acronym;
    // "south of X", "residents of X": a place, even before "said".
    let place_of = before.is_some_and(|b| b.folded == "of")
        && start >= 2
        && (!cx.tokens[start - 2].cap || cx.tokens[start - 2].initial)
        && PLACE_OF.has(&cx.tokens[start - 2]);
    // The name of a work after its noun: his film Amour, the novel Purple Hibiscus.
    if start == first && before.is_some_and(|b| !b.cap && super::kinds::work_noun(b.folded)) {
        return;
    }
    if let Some(org) = super::kinds::after_org_noun(cx, (first, end), (start, stop)) {
        return out.push(org);
    }
    if len <= 4 && (titled || (speech && !place_of) || role_before) && !acronym {
        return person(out);
    }
    if given && (2..=4).contains(&len) {
        return person(out);
    }
    // Not a name: the end of a list of portfolios (Minister of Humanitarian Affairs and
    // Poverty Reduction), what someone owns (his Range Rover).
    let owned = before.is_some_and(|b| {
        matches!(
            b.word(),
            "his" | "her" | "their" | "its" | "my" | "our" | "your"
        )
    });
    let after_office_and = before.is_some_and(|b| b.word() == "and")
        && start >= 2
        && cx.tokens[start - 2].cap
        && TITLES.has(&cx.tokens[start - 2])
        && (start.saturating_sub(8)..start - 2).any(|k| cx.word(k) == "of");
    if len <= 3 && stop == end && !place_of && cx.apposition(stop) {
        return person(out);
    }
    // Two or three name words mid-sentence with no other cue are most often a person
    // (Taylor Swift, Carles Puigdemont); organisation and place words were taken above.
    // Not after "the", which a person's name does not take: the Main Stage, the
    // Eriksen Corner, the Haskell Free Library.
    let after_the = before.is_some_and(|b| b.folded == "the") && cx.tokens[start].joined;
    if let Some(team) = super::kinds::team_after_article(cx, (first, end), (start, stop)) {
        return out.push(team);
    }
    if (2..=3).contains(&len)
        && !place_of
        && !after_office_and
        && !owned
        && !after_the
        && super::kinds::opens_a_person(&cx.tokens[start])
        && start == first
        && stop == end
    {
        // A guess: a list of companies may say otherwise (kinds::listed_companies).
        return out.push(Candidate {
            guessed: true,
            ..Candidate::person(start, stop)
        });
    }
    let t = &cx.tokens[start];
    // After a number an acronym is part of a plate or a code: ABC 573 KQ.
    let after_number = before.is_some_and(|b| b.word().bytes().all(|c| c.is_ascii_digit()));
    // After an exchange and a colon, a stock ticker: NYSE:NOK, NGX:DANGCEM.
    let ticker = before.is_some_and(|b| b.acronym && cx.chars[b.end..t.start] == [':']);
    if len == 1
        && t.acronym
        && t.folded.chars().count() <= 8
        && !NOT_ORG_ACRONYMS.has(t)
        && !after_number
        && !ticker
    {
        out.push(Candidate {
            first: start,
            last: stop,
            kind: Kind::Org,
            absorbs: false,
            guessed: false,
        });
        return;
    }
    let placed =
        (place_of || before.is_some_and(|b| !b.cap && PLACE_PREPOSITIONS.has(b))) && t.joined;
    if placed && len <= 3 && !given && start == first {
        out.push(Candidate {
            first: start,
            last: stop,
            kind: Kind::Place,
            absorbs: false,
            guessed: false,
        });
        return;
    }
    // One word alone with no cue at all: a name if it is no English word.
    if len == 1
        && start == first
        && stop == end
        && !(owned || after_office_and || after_number)
        && let Some(kind) = super::lone::guess(cx, start)
    {
        out.push(Candidate {
            first: start,
            last: stop,
            kind,
            absorbs: false,
            guessed: true,
        });
    }
}
