use super::*;

fn seed() -> (String, String) {
    let raw = include_str!("../../tests/actors_eval/seed.txt");
    let mut lines = raw.lines();
    let _section = lines.next();
    let title = lines.next().unwrap_or_default().to_string();
    let body: Vec<&str> = lines.skip_while(|l| l.trim().is_empty()).collect();
    (title, body.join("\n"))
}

fn extractor() -> Extractor {
    Extractor::load(None).unwrap()
}

fn names(x: &Extraction) -> Vec<(String, Kind)> {
    x.actors.iter().map(|a| (a.name.clone(), a.kind)).collect()
}

#[test]
fn seed_article_actors() {
    let (title, text) = seed();
    let x = extractor().extract(&title, &text);
    for a in &x.actors {
        eprintln!(
            "{:?} {} {:?} {}",
            a.kind,
            a.name,
            a.discovered,
            a.mention_count()
        );
    }
    for q in &x.quotes {
        eprintln!("QUOTE {}: {}", q.speaker, q.text);
    }
    let found = names(&x);
    let has = |n: &str, k: Kind| found.iter().any(|(a, b)| a.contains(n) && *b == k);
    assert!(has("Zelensk", Kind::Person));
    assert!(has("Medinsky", Kind::Person));
    assert!(has("Rustem Umerov", Kind::Person));
    assert!(has("Dolmabahçe Palace", Kind::Place));
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.contains("Air Force") || n == "Ukrainian")
    );
}

/// Finds `name` with `kind` among the actors of `text`.
fn finds(x: &Extractor, text: &str, name: &str, kind: Kind) -> bool {
    names(&x.extract("", text))
        .iter()
        .any(|(n, k)| n == name && *k == kind)
}

fn any_named(x: &Extractor, text: &str, part: &str) -> bool {
    names(&x.extract("", text))
        .iter()
        .any(|(n, _)| n.contains(part))
}

#[test]
fn laws_products_amounts_and_shouting_are_not_actors() {
    let x = extractor();
    let text = "Lawmakers want to amend the Electoral Act before the vote. \
                Traders sold Premium Motor Spirit above the price. \
                The police found an 18-seater Toyota Bus marked ABC 573 KQ near the market. \
                She was charged over an alleged N4 billion fraud. \
                WITH SWELLING CRITICISM of the plan, the board met. \
                The party did not hold its National Convention this year. \
                Over SSH, type search QUERY or import FILE, or scan the QR code.";
    for junk in [
        "Electoral Act",
        "Motor Spirit",
        "Toyota",
        "KQ",
        "N4",
        "SWELLING",
        "Convention",
        "SSH",
        "QUERY",
        "FILE",
        "QR",
    ] {
        assert!(!any_named(&x, text, junk), "{junk} taken for an actor");
    }
}

#[test]
fn an_office_and_its_acronym_are_not_actors() {
    let x = extractor();
    let text = "The National Security Adviser (NSA), Nuhu Ribadu, spoke. \
                The office of the NSA declined to comment. \
                Mr Adewale Ogunleye, SAN, told the court that the case was weak.";
    assert!(!any_named(&x, text, "NSA"));
    assert!(!any_named(&x, text, "SAN"));
    assert!(finds(&x, text, "Adewale Ogunleye", Kind::Person));
}

#[test]
fn an_organisation_named_after_a_place_is_one_organisation() {
    let x = extractor();
    let text = "He is the Vice Chancellor of the University of Benin, and a director at the \
                Bank of Ghana.";
    assert!(finds(&x, text, "University of Benin", Kind::Org));
    assert!(finds(&x, text, "Bank of Ghana", Kind::Org));
    assert!(!finds(&x, text, "Benin", Kind::Place));
}

#[test]
fn compass_words_make_a_new_place() {
    let x = extractor();
    let text = "Fighting spread from El Fasher in North Darfur. \
                The senator represents Akwa Ibom North West in the upper chamber.";
    assert!(finds(&x, text, "North Darfur", Kind::Place));
    assert!(finds(&x, text, "Akwa Ibom North West", Kind::Place));
}

#[test]
fn roles_in_lower_case_particles_piled_place_words_and_compass_of() {
    let x = extractor();
    let text = "The UN special envoy Staffan de Mistura faced criticism. The book was about \
                Osama bin Laden. A train hit a truck south of Charlottesville on Wednesday. \
                The Palm Beach County appraiser disagreed. They watched the rapper Ayra Starr.";
    assert!(finds(&x, text, "Staffan de Mistura", Kind::Person));
    assert!(finds(&x, text, "Osama bin Laden", Kind::Person));
    assert!(finds(&x, text, "Charlottesville", Kind::Place));
    assert!(finds(&x, text, "Palm Beach County", Kind::Place));
    assert!(finds(&x, text, "Ayra Starr", Kind::Person));
    // A modifier of a title says nothing alone; a football club is an organisation.
    assert!(!any_named(
        &x,
        "He met the former Zinox campaign team.",
        "Zinox"
    ));
    assert!(finds(
        &x,
        "The Scottish side Dundee United signed a winger.",
        "Dundee United",
        Kind::Org
    ));
    // A club named after its city is one organisation, not the city; a person whose
    // given name is a place stays a person.
    let clubs = "Jenkins played for the Philadelphia Eagles. Fans of Kano Pillars cheered. \
                 He spoke with Israel Katz. Smugglers crossed from Niger Republic. He won \
                 at the Tokyo Olympics.";
    assert!(finds(&x, clubs, "Philadelphia Eagles", Kind::Org));
    assert!(finds(&x, clubs, "Kano Pillars", Kind::Org));
    assert!(!finds(&x, clubs, "Philadelphia", Kind::Place));
    assert!(finds(&x, clubs, "Israel Katz", Kind::Person));
    assert!(finds(&x, clubs, "Niger Republic", Kind::Place));
    assert!(finds(&x, clubs, "Tokyo", Kind::Place));
    // A role before one word that a known name follows is not that role's holder.
    assert!(!any_named(
        &x,
        "The midfielder Real Madrid signed is hurt.",
        "Real"
    ));
    assert!(finds(
        &x,
        "The round was led by Alloy Ventures.",
        "Alloy Ventures",
        Kind::Org
    ));
}

#[test]
fn initials_stay_in_the_name_and_portfolios_are_not_people() {
    let x = extractor();
    let text = "The tribunal comprised Justices Wilfred Kpochi, K. B. Yusuf and A. A. Adewole. \
                He named Bala M. Bello. Yilwatda was confirmed as Minister of Humanitarian \
                Affairs and Poverty Reduction.";
    assert!(finds(&x, text, "K. B. Yusuf", Kind::Person));
    assert!(finds(&x, text, "A. A. Adewole", Kind::Person));
    assert!(finds(&x, text, "Bala M. Bello", Kind::Person));
    // A letter that ends a sentence is no initial.
    let ends = "It was admitted as Exhibit A. Tinubu's lawyers objected. Nigeria was drawn \
                in Group C. Moses Simon scored twice. The envoy Pieter van den Berg spoke. \
                The Commission and Joash Amupitan met.";
    assert!(!any_named(&x, ends, "Exhibit"));
    assert!(finds(&x, ends, "Moses Simon", Kind::Person));
    assert!(finds(&x, ends, "Pieter van den Berg", Kind::Person));
    assert!(finds(&x, ends, "Joash Amupitan", Kind::Person));
    assert!(!any_named(&x, text, "Poverty"));
    // What someone owns, a season after a demonym, a DJ: none of them actors.
    let things = "Butler lost control of his Range Rover. It inspired the Arab Spring. \
                  The DJ played on.";
    assert!(!any_named(&x, things, "Range Rover"));
    assert!(!any_named(&x, things, "Spring"));
    assert!(!any_named(&x, things, "DJ"));
    // A Reuters credit line: the name, not the word after it.
    let credit = "Reporting by Ayenat Mersie; Editing by Maggie Fick";
    assert!(finds(&x, credit, "Maggie Fick", Kind::Person));
    assert!(!any_named(&x, credit, "Editing"));
}

#[test]
fn given_names_from_the_census_open_a_person() {
    let x = extractor();
    let text = "Brianne Randall-Gay was 17 when she was treated. Cameron Diaz uglies up.";
    assert!(finds(&x, text, "Brianne Randall-Gay", Kind::Person));
    assert!(finds(&x, text, "Cameron Diaz", Kind::Person));
}

#[test]
fn hyphenated_adjectives_end_the_name() {
    let x = extractor();
    let text = "The Adaeze Okafor-led committee met the Abuja-based lawyers.";
    let found = names(&x.extract("", text));
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "Adaeze Okafor" && *k == Kind::Person)
    );
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.contains("-led") || n.contains("-based"))
    );
    assert!(found.iter().any(|(n, k)| n == "Abuja" && *k == Kind::Place));
}

#[test]
fn a_possessive_may_stand_for_a_plural_in_a_known_name() {
    let text = "The New Nigeria People’s Party (NNPP) said so.";
    let x = extractor().extract("", text);
    let found = names(&x);
    assert_eq!(
        found,
        [("New Nigeria Peoples Party".to_string(), Kind::Org)],
        "{found:?}"
    );
}

#[test]
fn committees_acronyms_and_bare_disambiguated_names() {
    let x = extractor();
    let text = "The House Committee on Roads and Public Works met the Kenya Roads Board (KRB) \
                on Monday. The National Democratic Congress (NDC) walked out. Later the KRB \
                said it would answer.";
    let found = names(&x.extract("", text));
    let has = |n: &str| found.iter().any(|(a, _)| a == n);
    assert!(
        has("House Committee on Roads and Public Works"),
        "{found:?}"
    );
    // The acronym is the name it was defined for, not a second actor.
    assert!(has("Kenya Roads Board"), "{found:?}");
    assert!(!has("KRB"), "{found:?}");
    // A disambiguated canonical name matches without its parenthesis, and the word
    // inside it is not another actor.
    assert!(has("National Democratic Congress (Ghana)"), "{found:?}");
    assert!(!has("US Congress"), "{found:?}");
    // An acronym before a speech verb is not a person.
    let said = x.extract(
        "",
        "The chairman met them. Later the ABCD said it would answer.",
    );
    assert!(
        said.actors.iter().all(|a| a.kind != Kind::Person),
        "{:?}",
        names(&said)
    );
}

#[test]
fn a_known_surname_after_another_given_name_is_a_namesake() {
    let x = extractor();
    let text = "The lawyer, Mr Funmilayo Adesina, said the bank should pay. Later Governor \
                Dapo Abiodun met Abiodun Alamutu in Ogun State.";
    let found = names(&x.extract("", text));
    let has = |n: &str| found.iter().any(|(a, _)| a == n);
    assert!(!has("Akinwumi Adesina"), "{found:?}");
    assert!(has("Funmilayo Adesina"), "{found:?}");
    assert!(has("Dapo Abiodun") && has("Abiodun Alamutu"), "{found:?}");
    // A surname that is also a town.
    let found = names(&x.extract("", "The lecturer Aminu Gwarzo spoke in Gwarzo on Friday."));
    assert!(
        found.contains(&("Aminu Gwarzo".to_string(), Kind::Person)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Gwarzo".to_string(), Kind::Place)),
        "{found:?}"
    );
}

#[test]
fn a_double_barrelled_surname_is_not_its_known_half() {
    let x = extractor();
    let text = "The Senate confirmed Bianca Odumegu-Ojukwu as minister. \
                The Trump-Putin summit ended.";
    assert!(finds(&x, text, "Bianca Odumegu-Ojukwu", Kind::Person));
    assert!(!any_named(&x, text, "Chukwuemeka"));
    assert!(finds(&x, text, "Donald Trump", Kind::Person));
    assert!(finds(&x, text, "Vladimir Putin", Kind::Person));
}

#[test]
fn arabic_articles_appositions_and_residents_of() {
    let x = extractor();
    let text = "Militants linked to al-Qaeda attacked. The RSF shelled el-Fasher again.\n\
                Arnon Cohen, a resident of Kibbutz Nahal Oz, said they were happy.";
    assert!(finds(&x, text, "Al-Qaeda", Kind::Org));
    assert!(finds(&x, text, "El Fasher", Kind::Place));
    assert!(finds(&x, text, "Arnon Cohen", Kind::Person));
    assert!(finds(&x, text, "Kibbutz Nahal Oz", Kind::Place));
    // Al Gore is no article.
    assert!(!any_named(&x, "The talk by Al Gore ended.", "Al-Gore"));
}

#[test]
fn seats_before_roles_local_governments_and_offices() {
    let x = extractor();
    let text = "The rally drew former Ikorodu North MP Tunde Bakare and Ijebu East Senator \
                Amaka Obi. Gunmen struck Ifo Local Government Area on Sunday. The Ogun State \
                Commissioner of Police, Yinka Adeola, and the Inspector General of Police \
                visited.";
    let found = names(&x.extract("", text));
    let has = |n: &str, k: Kind| found.iter().any(|(a, b)| a == n && *b == k);
    assert!(has("Ikorodu North", Kind::Place), "{found:?}");
    assert!(has("Tunde Bakare", Kind::Person), "{found:?}");
    assert!(has("Ijebu East", Kind::Place), "{found:?}");
    assert!(has("Amaka Obi", Kind::Person), "{found:?}");
    assert!(has("Ifo Local Government Area", Kind::Place), "{found:?}");
    assert!(has("Ogun State", Kind::Place), "{found:?}");
    assert!(has("Yinka Adeola", Kind::Person), "{found:?}");
    // Offices are not actors.
    assert!(
        !found
            .iter()
            .any(|(a, _)| a.contains("Commissioner") || a.contains("Inspector")),
        "{found:?}"
    );
}

#[test]
fn crafted_runs_neither_panic_nor_recurse_deeply() {
    let x = extractor();
    // Thousands of local government areas in one run.
    let run = "Kano LGA of Kano LGA ".repeat(5_000);
    let found = x.extract("", &format!("They met in {run}today."));
    assert!(found.actors.iter().any(|a| a.name == "Kano LGA"));
    // A hit across a possessive overlapping a discovered name, then an acronym.
    let text = "Members of the People’s Democratic Party Caucus (PDPC) met. The \
                Nigerian Governors’ Forum and the Allied People’s Movement spoke.";
    let found = names(&x.extract("", text));
    let has = |n: &str| found.iter().any(|(a, _)| a == n);
    assert!(has("Nigerian Governors' Forum"), "{found:?}");
    assert!(has("Allied Peoples Movement"), "{found:?}");
}

#[test]
fn a_lone_word_that_is_no_english_word_is_a_name_in_english_text_only() {
    let x = extractor();
    let text = "The danger is over. Dembele drags Lingard back, and the crowd loves it. \
                It was formerly a bank. The startup Agari has raised money for the year. \
                Talks were held in Sochi last week, and Sochi was quiet.";
    assert!(finds(&x, text, "Lingard", Kind::Person));
    assert!(finds(&x, text, "Agari", Kind::Org));
    // A company word after a possessive counts too.
    let possessive = "Analysts said that the deal was in doubt, and that Cloudera's CEO \
                      Mike Olson was pleased with it, as the board agreed with him on most points.";
    assert!(finds(&x, possessive, "Cloudera", Kind::Org));
    // A cue for the same word elsewhere decides its kind.
    assert!(finds(&x, text, "Sochi", Kind::Place));
    // English words (Martial, Patch), their typos and given names alone are not names.
    for (text, word) in [
        (
            "The fans saw that Martial was fast, and the game was won.",
            "Martial",
        ),
        (
            "He was Fomerly the head of the bank and it was a big job.",
            "Fomerly",
        ),
        (
            "He said that Michael was at the door of the house.",
            "Michael",
        ),
        (
            "He met the former Zinox campaign team at the office.",
            "Zinox",
        ),
    ] {
        assert!(!any_named(&x, text, word), "{text}");
    }
    // A hostile feed's one-word wall of letters is not checked letter by letter.
    let wall = format!(
        "The team met Q{} at the office and it was over.",
        "xa".repeat(50_000)
    );
    assert!(!any_named(&x, &wall, "Qxaxa"));
    // In German every noun is capitalised: no guesses there.
    let german = "Die Verkehrsbetriebe und die Energieversorger haben Schwachstellen im \
                  Netz, sagt der Sprecher. Die Stadtwerke prüfen die Kosten.";
    assert!(!any_named(&x, german, "Verkehrsbetriebe"));
    assert!(!any_named(&x, german, "Stadtwerke"));
}

#[test]
fn lone_word_guesses_are_not_common_nouns_british_words_or_flipped_by_a_preposition() {
    let x = extractor();
    for (text, word) in [
        (
            "The price of Jollof rice went up in the market, and the traders were angry.",
            "Jollof",
        ),
        (
            "Cases of Lassa fever rose in the state, and it was a worry.",
            "Lassa",
        ),
        (
            "It was the Honour of the nation that was at stake in the talks.",
            "Honour",
        ),
        (
            "He will leave for Hajj next month with his wife and the family.",
            "Hajj",
        ),
    ] {
        assert!(!any_named(&x, text, word), "{text}");
    }
    // "on X" is no company word: Lingard stays a person.
    let text = "The coach said that Lingard was fit for the game. The fans turned on \
                Lingard after the game and it was over.";
    assert!(finds(&x, text, "Lingard", Kind::Person));
}

#[test]
fn an_organisation_noun_a_venue_a_list_and_a_sentence_start_give_kinds() {
    let x = extractor();
    // A lower-case noun of an organisation right before a name makes it one; a role
    // noun between them makes it a person.
    let text = "She was speaking to the Norwegian newspaper Verdens Gang on Monday, and \
                the party chairman Musa Bello was there.";
    assert!(finds(&x, text, "Verdens Gang", Kind::Org));
    assert!(finds(&x, text, "Musa Bello", Kind::Person));
    // A startup called X is an organisation; a man called X is not.
    let text = "He is debuting his new startup today, called Odiago, in the city.";
    assert!(finds(&x, text, "Odiago", Kind::Org));
    let text = "A man called Odiago rang the bell of the house at the end of the day.";
    assert!(finds(&x, text, "Odiago", Kind::Person));
    // A golf club is a place; a club of another sort a body.
    let text = "Trump says the Trump National Golf Club in Florida is worth more, and he \
                joined the Apapa Social Club in the town.";
    assert!(finds(&x, text, "Trump National Golf Club", Kind::Place));
    assert!(finds(&x, text, "Apapa Social Club", Kind::Org));
    // An English word between two names of one kind is a name of that kind; between
    // names of two kinds it is not.
    let text = "Spurs are light at the back, with Sanchez, Martial and Lukaku in close \
                attendance. The talk was of Sanchez, Hope and Lagos at the time.";
    assert!(finds(&x, text, "Martial", Kind::Person));
    assert!(!any_named(&x, text, "Hope"));
    // A word that opens a sentence is not guessed, English or not.
    let text = "The match was slow at the start. Dembele drags the ball back to the line. \
                Similarly the ball was lost in the end.";
    assert!(!any_named(&x, text, "Dembele"));
    assert!(!any_named(&x, text, "Similarly"));
    // An apposition's head may come fourth, but not after "of".
    let text = "Gene Sharp, an obscure American political scientist, has died at 90. \
                Similarly, a group of former student leaders met in the hall.";
    assert!(finds(&x, text, "Gene Sharp", Kind::Person));
    assert!(!any_named(&x, text, "Similarly"));
    // A star is a role: the popstar Lorde.
    let text = "Three fans of the popstar Lorde have filed a lawsuit in the court.";
    assert!(finds(&x, text, "Lorde", Kind::Person));
}

#[test]
fn members_players_and_acronyms_before_a_word() {
    let x = extractor();
    // A member's role and "for" or "of" before a name: a body; a role in another's
    // service (a spokesman for) says nothing.
    let text = "Adrian Sutherland, frontman for Midnight Shine, sang on the stage, and \
                the spokesman for Musa Bello was there too.";
    assert!(finds(&x, text, "Midnight Shine", Kind::Org));
    assert!(finds(&x, text, "Musa Bello", Kind::Person));
    // A later mention with no cue but its two words does not make it a person; a
    // person's cue still beats a place guessed from a preposition.
    let text = "Adrian Sutherland, frontman for Midnight Shine, sang on the stage. The crowd \
                loved Midnight Shine at the show. The cash came from Zugaro Adekunle, and \
                Zugaro Adekunle said it was a gift.";
    assert!(finds(&x, text, "Midnight Shine", Kind::Org));
    assert!(finds(&x, text, "Zugaro Adekunle", Kind::Person));
    // X's striker: a club.
    let text = "The fans cheered when Zugaro’s striker scored in the second half.";
    assert!(finds(&x, text, "Zugaro", Kind::Org));
    let text = "The fans cheered when Zugaro’s brother scored in the second half.";
    assert!(finds(&x, text, "Zugaro", Kind::Person));
    // No one's name opens with a long acronym; short initials do.
    let text = "They played the RBC Bluesfest on Friday, and then TB Joshua was there.";
    assert!(!any_named(&x, text, "RBC Bluesfest"));
    assert!(any_named(&x, text, "Joshua"));
}
