//! The word lists discovery and quote attribution read: titles, organisation and place
//! words, speech verbs, words that are never names, and the bundled lists of given
//! names and demonyms. All folded (lower case, no diacritics).

use std::sync::LazyLock;

use super::fast::{WordTable, word_hash};
use super::tokens::Token;

/// One of the word lists below: a bit of each word's class. A token's class is looked
/// up once, when the text is split into words ([`Token::class`]), so testing a token
/// against a list is a bit test, not a hash lookup.
#[derive(Debug, Clone, Copy)]
pub struct Words(u32);

impl Words {
    /// Whether the folded `word` is in the list.
    pub fn contains(self, word: &str) -> bool {
        class_of(word, word_hash(word)) & self.0 != 0
    }

    /// Whether the token's word is in the list.
    pub fn has(self, token: &Token<'_>) -> bool {
        token.class & self.0 != 0
    }
}

/// The classes of the folded `word` (whose [`word_hash`] is `hash`): the bits of the
/// lists it is in, 0 for none.
pub fn class_of(word: &str, hash: u64) -> u32 {
    CLASSES.get(word, hash)
}

/// Every listed word and the bits of its lists.
static CLASSES: LazyLock<WordTable> = LazyLock::new(|| {
    let listed: [(Words, &str); 22] = [
        (TITLES, TITLES_LIST),
        (SEAT_ROLES, SEAT_ROLES_LIST),
        (ORG_WORDS, ORG_WORDS_LIST),
        (PLACE_WORDS, PLACE_WORDS_LIST),
        (SPEECH_VERBS, SPEECH_VERBS_LIST),
        (REPORT_VERBS, REPORT_VERBS_LIST),
        (NEVER, NEVER_LIST),
        (NUMBER_WORDS, NUMBER_WORDS_LIST),
        (NOT_ORG_ACRONYMS, NOT_ORG_ACRONYMS_LIST),
        (PLACE_PREPOSITIONS, PLACE_PREPOSITIONS_LIST),
        (CONNECTORS, CONNECTORS_LIST),
        (PRONOUNS, PRONOUNS_LIST),
        (PORTFOLIO_WORDS, PORTFOLIO_WORDS_LIST),
        (NOT_ACTOR_HEADS, NOT_ACTOR_HEADS_LIST),
        (HYPHEN_SUFFIXES, HYPHEN_SUFFIXES_LIST),
        (COMPASS, COMPASS_LIST),
        (ROLE_NOUNS, ROLE_NOUNS_LIST),
        (PARTICLES, PARTICLES_LIST),
        (PLACE_OF, PLACE_OF_LIST),
        (ENGLISH_FUNCTION_WORDS, ENGLISH_FUNCTION_WORDS_LIST),
        (LONE_COMMON_NOUNS, LONE_COMMON_NOUNS_LIST),
        (ORG_NOUNS, ORG_NOUNS_LIST),
    ];
    // The bundled files, folded (they are written with diacritics).
    let files: Vec<(Words, String)> = [
        (GIVEN_NAMES, GIVEN_NAMES_FILE),
        (GIVEN_NAMES, CENSUS_NAMES_FILE),
        (DEMONYMS, DEMONYMS_FILE),
    ]
    .into_iter()
    .flat_map(|(list, text)| {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(move |l| (list, super::fold::fold(l)))
    })
    .collect();
    let words = listed
        .iter()
        .flat_map(|&(list, text)| text.split_whitespace().map(move |w| (w, list.0)))
        .chain(files.iter().map(|(list, w)| (w.as_str(), list.0)));
    WordTable::new(words)
});

/// Words before a name that are not part of it: titles, offices and portfolios.
pub const TITLES: Words = Words(1 << 0);
const TITLES_LIST: &str = "president vice prime minister ministers justices governor deputy senator sen rep representative \
         hon honourable honorable chief dr doctor alhaji alhaja alh mallam malam mr mrs ms miss \
         mister madam prof professor gen general lt lieutenant col colonel maj major capt captain \
         cpl sgt sergeant brig brigadier admiral marshal commodore commander commandant \
         comptroller inspector inspector-general superintendent commissioner chairman chairwoman \
         chairperson chair speaker secretary secretary-general director director-general ceo md \
         managing executive spokesman spokeswoman spokesperson ambassador envoy mayor premier \
         chancellor king queen prince princess emir oba ooni alaafin sultan sheikh shaykh imam \
         pastor rev reverend bishop archbishop cardinal pope father fr justice judge magistrate \
         barrister engr engineer arc comrade leader minority majority whip attorney \
         attorney-general solicitor-general auditor-general accountant-general head former ex \
         late acting incoming outgoing defence defense foreign finance interior health education \
         information petroleum works trade economy agriculture aviation transport power labour \
         labor budget planning youth sports women affairs state federal national security \
         adviser advisor aide coach manager founder co-founder president-elect governor-elect \
         lawmaker candidate presidential gubernatorial senior special assistant permanent \
         principal chief-of-staff staff vice-president vice-chancellor deputy-governor \
         secretary-of-state lord lady sir dame dean provost rector registrar director-general \
         head-of-state ceo/md activist analyst economist lawyer journalist reporter editor \
         correspondent author poet singer actor actress musician rapper player striker \
         midfielder defender goalkeeper boss leader-general environment justice culture \
         communications internal external home housing lands water resources humanitarian \
         police army navy air forces force military intelligence otunba obong igwe eze \
         sarki waziri aare pa barr amb arch dcp acp cp aig dig igp ssa dg es rtd \
         comptroller-general officer officers returning vice-chairman trustee trustees \
         coordinator administrator official officials mp mps mca";

/// Roles held for a seat named before them: Gatundu South MP, Elgeyo Marakwet Senator.
pub const SEAT_ROLES: Words = Words(1 << 1);
const SEAT_ROLES_LIST: &str = "mp senator sen representative rep lawmaker mca";

/// Words that make a name an organisation.
pub const ORG_WORDS: Words = Words(1 << 2);
const ORG_WORDS_LIST: &str = "ministry ministries commission party agency court assembly university police council \
         bank union congress senate corporation company institute institution foundation service \
         services authority board department committee federation organisation organization \
         association network bureau church league movement front alliance coalition group \
         airways airlines airline ltd limited plc inc corp llc government administration \
         tribunal command forces army navy secretariat parliament cabinet office school \
         college polytechnic hospital times news post herald tribune television tv radio media \
         club fc fund society directorate guard corps brigade battalion division mission embassy \
         consulate trust chamber exchange caucus forum holdings industries energy telecom \
         telecoms communications press journal gazette daily magazine channel reporters watch \
         international insurance capital partners motors group labs laboratories agency \
         brotherhood assemblies fellowship conference synod diocese ministries cooperative \
         collective observatory commission academy united rovers rangers athletic wanderers \
         albion hotspur ventures collegiate studios records pictures productions \
         entertainment technologies enterprises";

/// Words that make a name a place.
pub const PLACE_WORDS: Words = Words(1 << 3);
const PLACE_WORDS_LIST: &str = "state palace stadium square airport hall bridge street road avenue way crescent market \
         estate island islands river lake mountain mountains hills hill hotel centre center \
         prison park villa barracks camp province county district region valley forest plaza \
         tower towers cathedral mosque mall port harbour harbor beach city town village lga \
         junction house creek bay coast desert highway expressway terminal arena theatre \
         theater museum garden gardens zone territory peninsula gulf sea ocean strait basin \
         plateau delta oasis quarters settlement municipality borough township north south east west \
         central constituency ward metropolis lagoon oblast republic municipal";

/// Verbs that report speech.
pub const SPEECH_VERBS: Words = Words(1 << 4);
const SPEECH_VERBS_LIST: &str = "said says say told tells stated added noted explained argued remarked announced \
         declared insisted warned claimed stressed emphasized emphasised suggested asked \
         replied responded wrote tweeted maintained confirmed denied acknowledged admitted \
         disclosed revealed lamented urged vowed alleged recalled commented hinted reiterated \
         observed cautioned predicted conceded countered pledged assured";

/// Verbs after which `that` opens reported speech.
pub const REPORT_VERBS: Words = Words(1 << 5);
const REPORT_VERBS_LIST: &str = "said says stated added noted explained argued remarked announced declared insisted \
         warned claimed stressed emphasized emphasised suggested maintained confirmed denied \
         acknowledged admitted disclosed revealed lamented alleged recalled commented hinted \
         reiterated observed cautioned predicted conceded countered pledged assured believes \
         believed told";

/// Capitalised words that are never part of a name.
pub const NEVER: Words = Words(1 << 6);
const NEVER_LIST: &str = "the a an this that these those it its he she they we i you his her their our my your \
         him them us me but and or so yet still then now here there when where why what who whom \
         whose how while after before although though because since until unless if as at in \
         on of for from by with without to into onto over under about above below against \
         between among during through throughout despite according speaking echoing even \
         instead however meanwhile moreover furthermore also yes no not nor all any some many \
         most more much each every both either neither other another such only just one two \
         three four five six seven eight nine ten first second third last next new old \
         monday tuesday wednesday thursday friday saturday sunday january february march april \
         june july august september october november december god allah christmas easter \
         ramadan eid sallah islam islamic muslim muslims christian christians christianity \
         catholic catholics covid covid-19 coronavirus internet breaking update photo photos \
         video read watch click follow subscribe advertisement related opinion editorial \
         exclusive live today yesterday tomorrow tonight mr. please thank thanks dear hello \
         hi let lets let's will would could should may might must can shall do does did done \
         is are was were be been being have has had having am pm gmt wat utc bst est ok okay \
         sir madam ladies gentlemen amen oh ah well via per vs re ps nb etc editing reporting \
         additional spring autumn winter";

/// Number words, which after a name make it a vehicle or product (Air Force One).
pub const NUMBER_WORDS: Words = Words(1 << 7);
const NUMBER_WORDS_LIST: &str =
    "one two three four five six seven eight nine ten eleven twelve i ii iii iv";

/// Capitalised acronyms that are not organisations.
pub const NOT_ORG_ACRONYMS: Words = Words(1 << 8);
const NOT_ORG_ACRONYMS_LIST: &str = "ceo cfo coo cto md gdp hiv aids covid pvc atm sim nin bvn vat lgbt lgbtq usd ngn eur \
         gbp tv fm am pm gmt wat utc bst est edt pst ok faq pdf url ai it ii iii iv vi vii viii \
         ix xi xii id dna bbc ceo/md phd msc bsc mba llb fct ict ngo ngos sme smes ipo q1 q2 q3 \
         q4 ft km kg mph bpd lng lpg pms agm egm ceos ppe mou pr rip omg lol uk us eu un \
         san mfr con gcfr gcon ofr oon mon psc fss rtd ssa dg igp dig aig cp dcp acp \
         ssh http https html rss xml json api cli tui usb qr query file dir path dj mc";

/// Prepositions that before a name make it a place.
pub const PLACE_PREPOSITIONS: Words = Words(1 << 9);
const PLACE_PREPOSITIONS_LIST: &str =
    "in at from near across outside inside throughout around within";

/// Lower-case words allowed inside a name between capitalised ones.
pub const CONNECTORS: Words = Words(1 << 10);
const CONNECTORS_LIST: &str =
    "of for de da di du dos das do van von der den bin ibn al el la le del y";

/// Third-person pronouns a quote can be attributed through.
pub const PRONOUNS: Words = Words(1 << 11);
const PRONOUNS_LIST: &str = "he she";

/// Given names (bundled list).
pub const GIVEN_NAMES: Words = Words(1 << 12);
const GIVEN_NAMES_FILE: &str = include_str!("../../assets/given_names.txt");
/// US Census 1990 first names that are not English words (written by
/// `tools/gazetteer/census_names.py`).
const CENSUS_NAMES_FILE: &str = include_str!("../../assets/given_names_census.txt");

/// Demonyms and adjectives of nationality (bundled list).
pub const DEMONYMS: Words = Words(1 << 13);
const DEMONYMS_FILE: &str = include_str!("../../assets/demonyms.txt");

/// Title words that describe a portfolio or a rank, not a person: after one of these
/// alone a single capitalised word is not taken for a name (its National Convention).
pub const PORTFOLIO_WORDS: Words = Words(1 << 14);
const PORTFOLIO_WORDS_LIST: &str = "national state federal security foreign finance interior health education \
         information petroleum works trade economy agriculture aviation transport power \
         labour labor budget planning youth sports women affairs defence defense \
         environment justice culture communications internal external home housing lands \
         water resources humanitarian police army navy air forces force military \
         intelligence senior special principal permanent executive managing deputy acting \
         presidential gubernatorial minority majority corporate";

/// Last words that make a capitalised run a law, a document, an event or a product,
/// none of them an actor (the Electoral Act, Premium Motor Spirit, a Toyota Bus).
pub const NOT_ACTOR_HEADS: Words = Words(1 << 15);
const NOT_ACTOR_HEADS_LIST: &str = "act acts bill bills law laws code decree constitution amendment treaty accord \
         agreement charter declaration protocol report policy plan programme program \
         initiative scheme budget summit convention election elections poll polls war \
         crisis bus buses car cars truck trucks jet jets aircraft plane planes drone drones \
         missile missiles spirit vehicle vehicles rifle rifles helicopter helicopters ship \
         vessel train phone phones award awards prize day week month year cup championship \
         tournament festival olympics marathon carnival games accords agreements talks protests \
         derby cedi naira fever rice variant";

/// Words that, after a hyphen, make a compound an adjective: the Edison Ehie-led
/// committee, the Addis Ababa-based secretariat. The name ends before the hyphen.
pub const HYPHEN_SUFFIXES: Words = Words(1 << 16);
const HYPHEN_SUFFIXES_LIST: &str = "led based backed owned run made born linked controlled sponsored funded dominated \
         allied leaning affiliated registered bound style era wide supported brokered";

/// Compass words that qualify a place (Akwa Ibom North West, North Darfur).
pub const COMPASS: Words = Words(1 << 17);
const COMPASS_LIST: &str =
    "north south east west central north-west north-east south-west south-east";

/// Roles that, in lower case right before a name, make it a person: the UN special
/// envoy Staffan de Mistura, the rapper Burna Boy. Not the modifiers of a title
/// (former, acting, state), which say nothing alone.
pub const ROLE_NOUNS: Words = Words(1 << 18);
const ROLE_NOUNS_LIST: &str = "president minister governor senator envoy spokesman spokeswoman \
         spokesperson chairman chairwoman chairperson director secretary ambassador mayor \
         premier chancellor emir sultan pastor bishop archbishop cardinal imam judge \
         magistrate lawyer journalist reporter editor correspondent author poet novelist \
         singer songwriter actor actress musician rapper artist filmmaker star popstar superstar \
         player striker midfielder defender goalkeeper winger captain coach manager \
         founder co-founder ceo activist analyst economist lawmaker candidate adviser advisor \
         aide professor commissioner speaker frontman guitarist drummer comedian \
         scholar historian scientist researcher sociologist photographer designer chef \
         businessman businesswoman billionaire entrepreneur investor banker teacher student \
         officer colleague teammate husband wife son daughter brother sister \
         mother father cousin uncle aunt nephew niece friend widow resident member \
         native veteran supporter survivor witness farmer trader";

/// Words that before "of" make the name after it a place: residents of, the outskirts
/// of, the capital of, south of.
pub const PLACE_OF: Words = Words(1 << 20);
const PLACE_OF_LIST: &str = "resident residents native natives outskirts capital city town village \
         suburb suburbs region province district heart streets state county municipality \
         territory north south east west";

/// Lower-case particles inside a person's name: Staffan de Mistura, Osama bin Laden.
pub const PARTICLES: Words = Words(1 << 19);
const PARTICLES_LIST: &str = "de da di du dos das do van von der den bin ibn al el la le del";

/// The commonest English function words: about a quarter of the words of English
/// prose, next to none of German, French or Hausa. Their share tells whether a text is
/// English, where a capitalised word that is no English word is likely a name (in
/// German every noun is capitalised).
pub const ENGLISH_FUNCTION_WORDS: Words = Words(1 << 21);
const ENGLISH_FUNCTION_WORDS_LIST: &str = "the of and to in is that for was with on as by it are this from \
         has have be were not at or an which";

/// Words of Nigerian and world news that no English word list has but that are common
/// nouns, not names, when capitalised alone (see `lone.rs`): foods, dress, faith,
/// illnesses, slang; and the short forms of months and days (Nov).
pub const LONE_COMMON_NOUNS: Words = Words(1 << 22);
const LONE_COMMON_NOUNS_LIST: &str = "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu \
         thur thurs fri jollof suya zobo akara garri gari ogogoro pap fufu eba amala egusi \
         agbada buba hijab niqab quran koran hajj umrah durbar omicron mpox tramadol codeine \
         sapa okada danfo keke japa wahala naija";

/// Common nouns for an organisation that, in lower case right before a name, make it
/// one (the Norwegian newspaper Verdens Gang, social network Bebo, the band Midnight
/// Shine), as a role noun makes it a person.
pub const ORG_NOUNS: Words = Words(1 << 23);
const ORG_NOUNS_LIST: &str = "newspaper tabloid daily broadcaster magazine channel network outlet \
         publication publisher agency company firm startup start-up conglomerate subsidiary \
         lender insurer airline retailer carmaker automaker chipmaker drugmaker brand label \
         studio band club outfit group union party movement militia sect coalition alliance \
         faction charity watchdog regulator consortium fund app website platform";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_in_each_list_it_was_given_to_and_no_other() {
        // "sen" is a title and a seat role; "state" a place word and a portfolio word.
        assert!(TITLES.contains("sen") && SEAT_ROLES.contains("sen"));
        assert!(!ORG_WORDS.contains("sen") && !NEVER.contains("sen"));
        assert!(PLACE_WORDS.contains("state") && PORTFOLIO_WORDS.contains("state"));
        assert!(!TITLES.contains("said") && SPEECH_VERBS.contains("said"));
        // The bundled files are folded: Amélie and Burkinabè are found without accents.
        assert!(GIVEN_NAMES.contains("amelie") && !GIVEN_NAMES.contains("amélie"));
        assert!(DEMONYMS.contains("burkinabe"));
        // Comment lines are not words.
        assert!(!GIVEN_NAMES.contains("#"));
        assert!(!TITLES.contains("") && !NEVER.contains("presiden"));
    }

    #[test]
    fn every_list_has_its_own_bit_and_words() {
        let lists = [
            TITLES,
            SEAT_ROLES,
            ORG_WORDS,
            PLACE_WORDS,
            SPEECH_VERBS,
            REPORT_VERBS,
            NEVER,
            NUMBER_WORDS,
            NOT_ORG_ACRONYMS,
            PLACE_PREPOSITIONS,
            CONNECTORS,
            PRONOUNS,
            GIVEN_NAMES,
            DEMONYMS,
            PORTFOLIO_WORDS,
            NOT_ACTOR_HEADS,
            HYPHEN_SUFFIXES,
            COMPASS,
            ROLE_NOUNS,
            PARTICLES,
            PLACE_OF,
            ENGLISH_FUNCTION_WORDS,
            LONE_COMMON_NOUNS,
            ORG_NOUNS,
        ];
        let mut seen = 0_u32;
        for list in lists {
            assert_eq!(list.0.count_ones(), 1, "one bit a list");
            assert_eq!(seen & list.0, 0, "bit {:#x} used twice", list.0);
            seen |= list.0;
            // A list left out of the table would match nothing.
            assert!(
                CLASSES.values().any(|v| v & list.0 != 0),
                "no word has bit {:#x}",
                list.0
            );
        }
        // And no word carries a bit that belongs to no list.
        assert!(CLASSES.values().all(|v| v != 0 && v & !seen == 0));
    }
}
