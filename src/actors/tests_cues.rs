//! Tests of the cues that read a headline, a work's noun, a stock ticker, an article
//! before a word, and the names an acronym or a given name stands for.

use super::*;

fn extractor() -> Extractor {
    Extractor::load(None).unwrap()
}

/// The actors of `title` and `text`, as (name, kind).
fn actors(x: &Extractor, title: &str, text: &str) -> Vec<(String, Kind)> {
    x.extract(title, text)
        .actors
        .into_iter()
        .map(|a| (a.name, a.kind))
        .collect()
}

fn has(found: &[(String, Kind)], name: &str, kind: Kind) -> bool {
    found.iter().any(|(n, k)| n == name && *k == kind)
}

fn named(found: &[(String, Kind)], part: &str) -> bool {
    found.iter().any(|(n, _)| n.contains(part))
}

const BODY: &str = "The match was played on Sunday evening in front of a full house.";

#[test]
fn a_headline_keeps_names_that_stand_on_their_own_words() {
    let x = extractor();
    // A sentence-case headline: an organisation ending with its word.
    let found = actors(
        &x,
        "Coach sacked by Zugaro Football Association after defeat",
        BODY,
    );
    assert!(has(&found, "Zugaro Football Association", Kind::Org));
    // With no such word, a headline's name needs the body.
    let found = actors(&x, "Coach sacked by Zugaro Adekunle after the defeat", BODY);
    assert!(!named(&found, "Zugaro"));
    let body = "The coach was sacked on Sunday by Zugaro Adekunle, the club owner.";
    let found = actors(&x, "Coach sacked by Zugaro Adekunle after the defeat", body);
    assert!(
        x.extract("Coach sacked by Zugaro Adekunle", body).actors[0]
            .title_mentions
            .len()
            == 1
    );
    assert!(has(&found, "Zugaro Adekunle", Kind::Person));
    // Title case: every word is capitalised, so a known name must be inside.
    let found = actors(
        &x,
        "Tottenham Hotspur v Manchester United: Premier League – live!",
        BODY,
    );
    assert!(has(&found, "Manchester United", Kind::Org));
    assert!(!has(&found, "Manchester", Kind::Place));
    let found = actors(
        &x,
        "Each Have Then Vorksmipive Town And Saulchy Party",
        BODY,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_byline_after_a_bar_names_its_authors() {
    let x = extractor();
    let title =
        "The march could change politics like no other | Erica Chenoweth and Jeremy Pressman";
    let found = actors(&x, title, BODY);
    assert!(has(&found, "Erica Chenoweth", Kind::Person));
    assert!(has(&found, "Jeremy Pressman", Kind::Person));
    // Without the bar, or with a section's name after it, no one.
    let found = actors(&x, "Erica Chenoweth and Jeremy Pressman on the march", BODY);
    assert!(found.is_empty(), "{found:?}");
    let found = actors(&x, "The march could change politics | Opinion", BODY);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_name_after_the_is_no_person_without_a_cue() {
    let x = extractor();
    let found = actors(
        &x,
        "",
        "We were booked to play closing night, on the Main Stage, at ten.",
    );
    assert!(!named(&found, "Main Stage"));
    let found = actors(
        &x,
        "",
        "He looks for the Eriksen Corner, but the ball runs out.",
    );
    assert!(!named(&found, "Eriksen"));
    // Without "the", the same words are a person's name; a given name still opens one.
    let found = actors(
        &x,
        "",
        "He looks for Eriksen Corner, but the ball runs out.",
    );
    assert!(has(&found, "Eriksen Corner", Kind::Person));
    let found = actors(
        &x,
        "",
        "It was the Peter Zugaro show, and it was a good one.",
    );
    assert!(named(&found, "Zugaro"));
}

#[test]
fn a_work_after_its_noun_is_no_actor() {
    let x = extractor();
    let found = actors(
        &x,
        "",
        "He won the prize in 2012 for his film Amour, his fifth.",
    );
    assert!(!named(&found, "Amour"));
    let found = actors(
        &x,
        "",
        "She read the novel Zugaro Adekunle twice in a week.",
    );
    assert!(!named(&found, "Zugaro"));
    // A role before it is another matter; so is a verb like "show".
    let found = actors(
        &x,
        "",
        "The director Zugaro Adekunle made the film in Lagos.",
    );
    assert!(has(&found, "Zugaro Adekunle", Kind::Person));
    let found = actors(&x, "", "The polls show Zugaro Adekunle ahead in the race.");
    assert!(has(&found, "Zugaro Adekunle", Kind::Person));
}

#[test]
fn a_ticker_after_an_exchange_is_no_organisation() {
    let x = extractor();
    let found = actors(
        &x,
        "",
        "Company: Nokia\n\nIPO: NYSE:NOK\n\nNokia makes phones.",
    );
    assert!(!found.iter().any(|(n, _)| n == "NOK"));
    let found = actors(
        &x,
        "",
        "The firm was listed on the exchange, and NOK said so.",
    );
    assert!(has(&found, "NOK", Kind::Org));
}

#[test]
fn a_word_after_an_indefinite_article_is_one_of_a_people() {
    let x = extractor();
    let found = actors(
        &x,
        "",
        "It was not too bad for an Omushkego from the north.",
    );
    assert!(!named(&found, "Omushkego"));
    let found = actors(&x, "", "It was not too bad for Omushkego from the north.");
    assert!(has(&found, "Omushkego", Kind::Person));
}

#[test]
fn an_acronym_of_a_named_body_is_that_body() {
    let x = extractor();
    let text = "The UN was urged by the Tax Justice Network to act. The launch of the \
                TJN’s index was on Monday.";
    let found = actors(&x, "", text);
    assert!(has(&found, "Tax Justice Network", Kind::Org));
    assert!(!named(&found, "TJN"), "{found:?}");
    // Letters that spell no named body's initials stay an actor of their own.
    let text = "The UN was urged by the Tax Justice Network to act. The launch of the \
                TJM’s index was on Monday.";
    assert!(named(&actors(&x, "", text), "TJM"));
}

#[test]
fn a_given_name_alone_is_the_person_named_in_full() {
    let x = extractor();
    let text = "High school student Nusaybah Mohamed wore the hijab. \"It is great,\" \
                said Nusaybah.";
    let found = actors(&x, "", text);
    assert!(has(&found, "Nusaybah Mohamed", Kind::Person));
    assert!(!found.iter().any(|(n, _)| n == "Nusaybah"), "{found:?}");
    // Two people share it: which one is meant is unknown.
    let text = "High school student Nusaybah Mohamed wore the hijab, as did student \
                Nusaybah Adekunle. \"It is great,\" said Nusaybah.";
    let found = actors(&x, "", text);
    assert!(found.iter().any(|(n, _)| n == "Nusaybah"), "{found:?}");
}

#[test]
fn plural_name_words_after_an_article_are_a_team() {
    let x = extractor();
    let found = actors(
        &x,
        "",
        "The garment with a Dakota Lancers logo was made in the town.",
    );
    assert!(has(&found, "Dakota Lancers", Kind::Org), "{found:?}");
    // Not a surname ending in s, nor the same words without an article.
    let found = actors(
        &x,
        "",
        "The garment was made by the Dakota Lazarus workshop.",
    );
    assert!(!has(&found, "Dakota Lazarus", Kind::Org), "{found:?}");
    let found = actors(
        &x,
        "",
        "The garment was made by Dakota Lancers in the town.",
    );
    assert!(has(&found, "Dakota Lancers", Kind::Person), "{found:?}");
}

#[test]
fn names_listed_after_a_plural_of_companies_are_companies() {
    let x = extractor();
    let text = "It has customers using the software, including Wikipedia, Rich Relevance, \
                and Atlassian.";
    let found = actors(&x, "", text);
    assert!(has(&found, "Atlassian", Kind::Org), "{found:?}");
    assert!(has(&found, "Rich Relevance", Kind::Org), "{found:?}");
    // After people, or with a verb between, the guess stands.
    let text = "It has fans using the software, including Wikipedia, Rich Relevance, \
                and Atlassian.";
    let found = actors(&x, "", text);
    assert!(has(&found, "Atlassian", Kind::Person), "{found:?}");
    let text = "It has customers, including some who met Atlassian at the fair.";
    let found = actors(&x, "", text);
    assert!(has(&found, "Atlassian", Kind::Person), "{found:?}");
}

#[test]
fn an_ordinal_opens_an_organisation_name() {
    let x = extractor();
    let text = "The round had participation from Battery Ventures, First Round Capital \
                and others.";
    let found = actors(&x, "", text);
    assert!(has(&found, "First Round Capital", Kind::Org), "{found:?}");
    // Lower case, it is no part of it.
    let text = "The round had participation from Battery Ventures, the first Round Capital \
                and others.";
    let found = actors(&x, "", text);
    assert!(!named(&found, "First Round"), "{found:?}");
}

#[test]
fn indigenous_is_no_place() {
    let x = extractor();
    let found = actors(
        &x,
        "",
        "He excelled in Indigenous society, and in Kalimbo society.",
    );
    assert!(!named(&found, "Indigenous"), "{found:?}");
    assert!(named(&found, "Kalimbo"), "{found:?}");
}

#[test]
fn a_place_noun_after_a_word_makes_it_a_place_and_a_demonym_gloss_a_people() {
    let x = extractor();
    let found = actors(
        &x,
        "",
        "We met leaders from the Odawa region and from Ejiba community.",
    );
    assert!(has(&found, "Odawa", Kind::Place), "{found:?}");
    assert!(has(&found, "Ejiba", Kind::Place), "{found:?}");
    // Another noun after it still makes it no name; a demonym is never one.
    let found = actors(
        &x,
        "",
        "We met leaders from the Odawa campaign and the Ijaw community.",
    );
    assert!(
        !named(&found, "Odawa") && !named(&found, "Ijaw"),
        "{found:?}"
    );
    let found = actors(
        &x,
        "",
        "Colonizers once set out to break the Ininiw (Indian) there.",
    );
    assert!(!named(&found, "Ininiw"), "{found:?}");
    let found = actors(
        &x,
        "",
        "Colonizers once set out to break the Ininiw (Odiago) there.",
    );
    assert!(named(&found, "Ininiw"), "{found:?}");
}

#[test]
fn a_place_and_a_word_among_a_teams_words_are_a_team() {
    let x = extractor();
    let text = "Former Miami Heat player dies\n\nHe died in a crash, said his former \
                team the Miami Heat.";
    let found = actors(&x, "", text);
    assert!(has(&found, "Miami Heat", Kind::Org), "{found:?}");
    assert!(!has(&found, "Miami", Kind::Place), "{found:?}");
    // Without those words, a place and a word stay apart.
    let found = actors(&x, "", "The Miami Heat wave lasted a week, said the mayor.");
    assert!(!has(&found, "Miami Heat", Kind::Org), "{found:?}");
}
