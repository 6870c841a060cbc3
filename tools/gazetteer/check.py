#!/usr/bin/env python3
"""Validate assets/actors.toml (see README.md).  Exit status 1 on any problem."""
import os
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "assets", "actors.toml")
KINDS = {"person", "org", "place"}
MIN_ENTRIES = 1500
TITLES = {
    "president", "vice president", "governor", "deputy governor", "senator", "minister",
    "prime minister", "chancellor", "king", "queen", "prince", "princess", "pope", "chief",
    "sheikh", "shaykh", "bishop", "archbishop", "pastor", "imam", "emir", "sultan", "general",
    "colonel", "major", "captain", "admiral", "marshal", "field marshal", "speaker",
    "chairman", "chairperson", "chair", "secretary", "director", "commissioner", "judge",
    "justice", "mayor", "senate president", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms",
    "professor", "prof", "prof.", "sir", "lord", "lady", "dame", "honourable", "hon",
    "hon.", "excellency", "his excellency", "reverend", "rev", "father", "cardinal",
    "ambassador", "envoy", "spokesman", "spokesperson", "premier", "monarch", "crown prince",
    "head of state", "lieutenant", "sergeant", "inspector general", "chief justice",
}


def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def main():
    problems = []
    try:
        with open(PATH, "rb") as f:
            data = tomllib.load(f)
    except Exception as exc:  # noqa: BLE001
        print(f"FAIL: does not parse: {exc}")
        return 1
    if not isinstance(data.get("as_of"), str) or not data["as_of"]:
        problems.append("as_of missing")
    actors = data.get("actor", [])
    strong = defaultdict(list)
    for i, a in enumerate(actors):
        label = f"#{i} {a.get('name', '?')}"
        for key in ("name", "kind", "description"):
            if not isinstance(a.get(key), str) or not a.get(key).strip():
                problems.append(f"{label}: missing {key}")
        if a.get("kind") not in KINDS:
            problems.append(f"{label}: bad kind {a.get('kind')!r}")
        desc = a.get("description", "")
        if len(desc) > 60:
            problems.append(f"{label}: description longer than 60 chars ({len(desc)})")
        if desc.endswith("."):
            problems.append(f"{label}: description ends with a period")
        for key in ("aliases", "weak", "context"):
            v = a.get(key, [])
            if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                problems.append(f"{label}: {key} must be a list of non-empty strings")
        unknown = set(a) - {"name", "kind", "description", "aliases", "weak", "context"}
        if unknown:
            problems.append(f"{label}: unknown keys {sorted(unknown)}")
        name = a.get("name", "")
        forms = [name] + list(a.get("aliases", []))
        for form in forms:
            strong[fold(form)].append(i)
        for form in list(a.get("aliases", [])) + list(a.get("weak", [])) + [name]:
            if fold(form).strip() in TITLES:
                problems.append(f"{label}: alias is a title alone: {form!r}")
        for form in forms:
            if len(form.strip()) < 2:
                problems.append(f"{label}: alias shorter than 2 characters and not weak: {form!r}")
        if a.get("weak") and not (a.get("aliases") or a.get("context")):
            pass  # name alone can license weak forms
    for k, idx in sorted(strong.items()):
        owners = sorted(set(idx))
        if len(owners) > 1:
            names = ", ".join(actors[j]["name"] for j in owners)
            problems.append(f"form {k!r} is a name/alias of several entries: {names}")
    if len(actors) < MIN_ENTRIES:
        problems.append(f"only {len(actors)} entries (< {MIN_ENTRIES})")
    names = Counter(fold(a.get("name", "")) for a in actors)
    counts = Counter(a.get("kind") for a in actors)
    print(f"as_of = {data.get('as_of')}")
    print(f"entries: {len(actors)}  " + "  ".join(f"{k}: {counts[k]}" for k in sorted(counts)))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"FAIL: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
