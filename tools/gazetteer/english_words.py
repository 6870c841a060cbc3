#!/usr/bin/env python3
"""Writes assets/english_words.txt: the ordinary English words, for actor discovery to
tell a lone capitalised name (Lukaku, Cloudera) from a capitalised common word
(Martial, Patch, Internet).

Source: /usr/share/dict/american-english (Debian package wamerican, from SCOWL, whose
licence allows redistribution). A word is kept when the list writes it in lower case
only and it has no apostrophe (the possessives); it is folded the way the extractor
folds words (lower case, diacritics dropped: café → cafe) and kept if the folded form
is ASCII. The output is sorted by bytes (for stable diffs), one word a line, no
comments; src/actors/english.rs hashes it into a table on first use and also accepts
British spellings of listed words (honour, organise, centre, defence).

    apt-get install -y wamerican
    python3 tools/gazetteer/english_words.py
"""
import os
import unicodedata

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "assets", "english_words.txt")


def fold(w):
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def main():
    words = set()
    with open("/usr/share/dict/american-english", encoding="utf-8", errors="ignore") as f:
        for line in f:
            w = line.strip()
            if not w or not w.islower() or "'" in w:
                continue
            folded = fold(w)
            if folded.isascii() and folded.isalpha():
                words.add(folded)
    data = "".join(w + "\n" for w in sorted(words, key=lambda w: w.encode()))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print(f"{len(words)} words, {len(data)} bytes → {os.path.relpath(out)}")


if __name__ == "__main__":
    main()
