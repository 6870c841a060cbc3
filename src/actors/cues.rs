//! The word lists discovery and quote attribution read: titles, organisation and place
//! words, speech verbs, words that are never names, and the bundled lists of given
//! names and demonyms. All folded (lower case, no diacritics).

use std::sync::LazyLock;

use super::fast::FastSet as HashSet;

fn set(words: &'static str) -> HashSet<&'static str> {
    words.split_whitespace().collect()
}

fn lines(text: &'static str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(super::fold::fold)
        .collect()
}

/// Words before a name that are not part of it: titles, offices and portfolios.
pub static TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "president vice prime minister ministers governor deputy senator sen rep representative \
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
         coordinator administrator official officials mp mps mca",
    )
});

/// Roles held for a seat named before them: Gatundu South MP, Elgeyo Marakwet Senator.
pub static SEAT_ROLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("mp senator sen representative rep lawmaker mca"));

/// Words that make a name an organisation.
pub static ORG_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "ministry ministries commission party agency court assembly university police council \
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
         collective observatory commission academy",
    )
});

/// Words that make a name a place.
pub static PLACE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "state palace stadium square airport hall bridge street road avenue way crescent market \
         estate island islands river lake mountain mountains hills hill hotel centre center \
         prison park villa barracks camp province county district region valley forest plaza \
         tower towers cathedral mosque mall port harbour harbor beach city town village lga \
         junction house creek bay coast desert highway expressway terminal arena theatre \
         theater museum garden gardens zone territory peninsula gulf sea ocean strait basin \
         plateau delta oasis quarters settlement municipality borough township north south east west \
         central constituency ward",
    )
});

/// Verbs that report speech.
pub static SPEECH_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "said says say told tells stated added noted explained argued remarked announced \
         declared insisted warned claimed stressed emphasized emphasised suggested asked \
         replied responded wrote tweeted maintained confirmed denied acknowledged admitted \
         disclosed revealed lamented urged vowed alleged recalled commented hinted reiterated \
         observed cautioned predicted conceded countered pledged assured",
    )
});

/// Verbs after which `that` opens reported speech.
pub static REPORT_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "said says stated added noted explained argued remarked announced declared insisted \
         warned claimed stressed emphasized emphasised suggested maintained confirmed denied \
         acknowledged admitted disclosed revealed lamented alleged recalled commented hinted \
         reiterated observed cautioned predicted conceded countered pledged assured believes \
         believed told",
    )
});

/// Capitalised words that are never part of a name.
pub static NEVER: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "the a an this that these those it its he she they we i you his her their our my your \
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
         sir madam ladies gentlemen amen oh ah well via per vs re ps nb etc",
    )
});

/// Number words, which after a name make it a vehicle or product (Air Force One).
pub static NUMBER_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("one two three four five six seven eight nine ten eleven twelve i ii iii iv")
});

/// Capitalised acronyms that are not organisations.
pub static NOT_ORG_ACRONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "ceo cfo coo cto md gdp hiv aids covid pvc atm sim nin bvn vat lgbt lgbtq usd ngn eur \
         gbp tv fm am pm gmt wat utc bst est edt pst ok faq pdf url ai it ii iii iv vi vii viii \
         ix xi xii id dna bbc ceo/md phd msc bsc mba llb fct ict ngo ngos sme smes ipo q1 q2 q3 \
         q4 ft km kg mph bpd lng lpg pms agm egm ceos ppe mou pr rip omg lol uk us eu un \
         san mfr con gcfr gcon ofr oon mon psc fss rtd ssa dg igp dig aig cp dcp acp \
         ssh http https html rss xml json api cli tui usb qr query file dir path",
    )
});

/// Prepositions that before a name make it a place.
pub static PLACE_PREPOSITIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("in at from near across outside inside throughout around within"));

/// Lower-case words allowed inside a name between capitalised ones.
pub static CONNECTORS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("of for de da di du dos das do van von der den bin ibn al el la le del y")
});

/// Third-person pronouns a quote can be attributed through.
pub static PRONOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("he she"));

/// Given names (bundled list).
pub static GIVEN_NAMES: LazyLock<HashSet<String>> =
    LazyLock::new(|| lines(include_str!("../../assets/given_names.txt")));

/// Demonyms and adjectives of nationality (bundled list).
pub static DEMONYMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| lines(include_str!("../../assets/demonyms.txt")));

/// Title words that describe a portfolio or a rank, not a person: after one of these
/// alone a single capitalised word is not taken for a name (its National Convention).
pub static PORTFOLIO_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "national state federal security foreign finance interior health education \
         information petroleum works trade economy agriculture aviation transport power \
         labour labor budget planning youth sports women affairs defence defense \
         environment justice culture communications internal external home housing lands \
         water resources humanitarian police army navy air forces force military \
         intelligence senior special principal permanent executive managing deputy acting \
         presidential gubernatorial minority majority corporate",
    )
});

/// Last words that make a capitalised run a law, a document, an event or a product,
/// none of them an actor (the Electoral Act, Premium Motor Spirit, a Toyota Bus).
pub static NOT_ACTOR_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "act acts bill bills law laws code decree constitution amendment treaty accord \
         agreement charter declaration protocol report policy plan programme program \
         initiative scheme budget summit convention election elections poll polls war \
         crisis bus buses car cars truck trucks jet jets aircraft plane planes drone drones \
         missile missiles spirit vehicle vehicles rifle rifles helicopter helicopters ship \
         vessel train phone phones award awards prize day week month year cup championship \
         tournament festival",
    )
});

/// Words that, after a hyphen, make a compound an adjective: the Edison Ehie-led
/// committee, the Addis Ababa-based secretariat. The name ends before the hyphen.
pub static HYPHEN_SUFFIXES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "led based backed owned run made born linked controlled sponsored funded dominated \
         allied leaning affiliated registered bound style era wide supported brokered",
    )
});

/// Compass words that qualify a place (Akwa Ibom North West, North Darfur).
pub static COMPASS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("north south east west central north-west north-east south-west south-east")
});
