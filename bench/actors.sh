#!/bin/sh
# Re-extracting the actors of a whole cache after a gazetteer change: a copy of the
# 50,000-article cache that bench/run.sh builds (bench-out/ddm-data-big), its stored
# extractions marked as made by another gazetteer (what a change of the gazetteer or
# the rules does), brought up to date by `actors --top 5`. Needs the sqlite3 shell.
set -eu
cd "$(dirname "$0")/.."
[ -d bench-out/ddm-data-big ] || { echo "run bench/run.sh first (it builds bench-out/ddm-data-big)" >&2; exit 1; }
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r bench-out/ddm-data-big "$work/data"
sqlite3 "$work/data/cache.sqlite" 'UPDATE extractions SET version = 0'
: > "$work/config.toml"
n=$(sqlite3 "$work/data/cache.sqlite" 'select count(*) from articles' 2>/dev/null || echo "50000")
/usr/bin/time -f '%e s wall, %M KiB peak RSS' target/release/ddm-reader \
  --config "$work/config.toml" --data-dir "$work/data" actors --top 5 >/dev/null 2>"$work/time"
echo "| re-extract $n articles (actors --top 5, cold) | $(tail -1 "$work/time") | ≤ 20 s |"
