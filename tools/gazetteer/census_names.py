#!/usr/bin/env python3
"""Writes assets/given_names_census.txt: US Census 1990 first names, as a second list
of given names for actor discovery (the curated assets/given_names.txt stays as it is).

Source: the PyPI package `names` 0.3.0, which ships the Census Bureau's 1990
frequently-occurring first names (public domain) in names/dist.male.first and
names/dist.female.first.

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python3 tools/gazetteer/census_names.py names-0.3.0/names

A name is left out when it is shorter than three letters, is an ordinary English
word in lower case in /usr/share/dict/american-english (Debian wamerican: mark,
grant, gene, june, hope), is a word of one of the discovery cue lists in
src/actors/cues.rs (titles, organisation and place words, never-names...), is a
demonym, is a word of a place's or an organisation's name or alias in
assets/actors.toml (Minna, Jada, Alexandria, Alberta), or is in DENY below (brands,
religion, parties, Nigerian local government areas (Jada, Shira) and other words news capitalises that are rarely a first name
there: Mercedes Benz, Brent Crude, the Transcorp Hilton, Jesus, Tory). The output is
sorted and deterministic.
"""
import os
import re
import sys

import tomllib

here = os.path.dirname(os.path.abspath(__file__))

DENY = set("""
hilton brent mercedes porsche kia harley royce tiffany chanel milo santa jesus christ isis
tory latina ming aurora cleveland carolina dakota monroe venice eden sheba amal thu jan
bentley lexus jaguar ferrari toyota honda audi dodge chevy cadillac tesla nissan mazda
lincoln chrysler hermes gucci prada versace dior cartier rolex nike adidas puma reebok
shell mobil chevron total exxon oracle amazon apple google meta uber lyft visa delta
alpha omega beta gamma sigma zeta allah jada shira jama hong
""".split())
root = os.path.join(here, "..", "..")


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def main(src):
    with open("/usr/share/dict/american-english", encoding="utf-8", errors="ignore") as f:
        english = {w.strip() for w in f if w.strip().islower()}
    with open(os.path.join(root, "src", "actors", "cues.rs"), encoding="utf-8") as f:
        cues = f.read()
    cue_words = set()
    for m in re.finditer(r'const [A-Z_]+_LIST: &str =\s*"([^"]*)"', cues, re.S):
        cue_words |= set(m.group(1).split())
    curated = {w.lower() for w in lines(os.path.join(root, "assets", "given_names.txt"))}
    demonyms = {w.lower() for w in lines(os.path.join(root, "assets", "demonyms.txt"))}
    with open(os.path.join(root, "assets", "actors.toml"), "rb") as f:
        gazetteer = tomllib.load(f)
    named = set()
    for entry in gazetteer.get("actor", []):
        if entry.get("kind") in ("place", "org"):
            for alias in [entry["name"], *entry.get("aliases", []), *entry.get("weak", [])]:
                named |= set(re.split(r"[\s\-(),.]+", alias.lower()))
    out = set()
    for part in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(src, part), encoding="ascii") as f:
            for line in f:
                name = line.split()[0].lower()
                if (len(name) < 3 or name in english or name in cue_words
                        or name in demonyms or name in curated or name in named
                        or name in DENY):
                    continue
                out.add(name)
    dest = os.path.join(root, "assets", "given_names_census.txt")
    with open(dest, "w", encoding="utf-8") as f:
        f.write("# US Census 1990 first names (public domain), written by "
                "tools/gazetteer/census_names.py; see its docstring for what is left out.\n")
        for name in sorted(out):
            f.write(name.capitalize() + "\n")
    print(f"{len(out)} names written to {dest}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "names-0.3.0/names")
