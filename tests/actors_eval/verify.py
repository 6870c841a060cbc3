#!/usr/bin/env python3
"""Sanity checks for the hand-labelled actors evaluation set (set.json).

Checks, per article:
  * required fields exist and have the right types; ids are unique;
  * split is "seed" (only for the seed article), "dev" or "test";
  * every actor has a non-empty name, a kind in {person, org, place} and a
    non-empty list of forms;
  * every form occurs verbatim (case-sensitive) in title + "\n" + text;
  * no form is listed twice for one actor, and no form belongs to two actors
    of the same article (that would make the scorer's matching ambiguous);
  * no duplicate actors (same name, case-insensitive) within an article;
  * the dev split is the first round(N/3) non-seed ids when sorted by
    sha256(id) hex digest (the rule stated in CONVENTIONS.md).

Prints per-article and total counts by kind, and exits non-zero on any error.
Usage: python3 tests/actors_eval/verify.py [path/to/set.json]
"""

import hashlib
import json
import os
import sys
from collections import Counter

KINDS = ("person", "org", "place")


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "set.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)

    errors = []

    def err(aid, msg):
        errors.append(f"{aid}: {msg}")

    if not isinstance(data, list) or not data:
        print("set.json must be a non-empty JSON array")
        return 1

    ids = Counter(a.get("id") for a in data)
    for i, n in ids.items():
        if n > 1:
            err(i, f"duplicate article id ({n} times)")

    total = Counter()
    by_split = Counter()
    actors_by_split = Counter()
    rows = []
    for a in data:
        aid = a.get("id", "<no id>")
        for key, typ in (("id", str), ("source", str), ("split", str),
                         ("title", str), ("text", str), ("actors", list)):
            if not isinstance(a.get(key), typ):
                err(aid, f"field {key!r} missing or not {typ.__name__}")
        if not isinstance(a.get("actors"), list):
            continue
        split = a.get("split")
        if split not in ("seed", "dev", "test"):
            err(aid, f"bad split {split!r}")
        if (split == "seed") != aid.startswith("seed-"):
            err(aid, "split 'seed' is reserved for the seed article")
        hay = a.get("title", "") + "\n" + a.get("text", "")
        counts = Counter()
        names = Counter()
        form_owner = {}
        for act in a["actors"]:
            name = act.get("name")
            kind = act.get("kind")
            forms = act.get("forms")
            if not isinstance(name, str) or not name.strip():
                err(aid, f"actor with empty name: {act}")
                continue
            if kind not in KINDS:
                err(aid, f"{name}: bad kind {kind!r}")
            if not isinstance(forms, list) or not forms:
                err(aid, f"{name}: forms missing or empty")
                forms = []
            names[name.casefold()] += 1
            if len(set(forms)) != len(forms):
                err(aid, f"{name}: a form is listed twice")
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    err(aid, f"{name}: empty form")
                    continue
                if form != form.strip():
                    err(aid, f"{name}: form {form!r} has surrounding whitespace")
                if form not in hay:
                    err(aid, f"{name}: form {form!r} not found verbatim in title+text")
                other = form_owner.get(form)
                if other is not None and other != name:
                    err(aid, f"form {form!r} listed for both {other!r} and {name!r}")
                form_owner[form] = name
            counts[kind] += 1
        for n, c in names.items():
            if c > 1:
                err(aid, f"duplicate actor {n!r} ({c} times)")
        total.update(counts)
        by_split[split] += 1
        actors_by_split[split] += len(a["actors"])
        rows.append((aid, split, counts))

    # split rule
    non_seed = sorted((a for a in data if a.get("split") != "seed"),
                      key=lambda a: hashlib.sha256(a["id"].encode("utf-8")).hexdigest())
    ndev = round(len(non_seed) / 3)
    for i, a in enumerate(non_seed):
        want = "dev" if i < ndev else "test"
        if a.get("split") != want:
            err(a["id"], f"split is {a.get('split')!r}, rule says {want!r}")

    w = max(len(r[0]) for r in rows)
    print(f"{'article':<{w}}  {'split':<5}  person  org  place  total")
    for aid, split, c in rows:
        print(f"{aid:<{w}}  {split:<5}  {c['person']:>6}  {c['org']:>3}  {c['place']:>5}  "
              f"{sum(c.values()):>5}")
    print(f"{'TOTAL':<{w}}  {'':<5}  {total['person']:>6}  {total['org']:>3}  {total['place']:>5}  "
          f"{sum(total.values()):>5}")
    print()
    print(f"articles: {len(data)} ("
          + ", ".join(f"{s}: {by_split[s]} articles / {actors_by_split[s]} actors"
                      for s in ("seed", "dev", "test")) + ")")

    if errors:
        print()
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
