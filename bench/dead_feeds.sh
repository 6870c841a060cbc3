#!/usr/bin/env bash
# How long servers that never answer hold up working feeds: 50 feeds, every other one
# pointing at a path the bench server accepts and never answers, timeout_secs = 5.
# Prints when all 25 working feeds (2,500 stories) were stored, and when the fetch ended.
#
#   bench/dead_feeds.sh [BINARY]      (default: target/release/ddm-reader, built first)
#
# Needs python3 and the 100 × 100 corpus bench/run.sh makes (bench-out/corpus-100x100).
set -Eeuo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench-out/dead-feeds
PORT=${PORT:-18711}
BIN=${1:-}
if [[ -z "$BIN" ]]; then
    (cd "$ROOT" && cargo build --release --locked -q)
    BIN=$ROOT/target/release/ddm-reader
fi
[[ -d $ROOT/bench-out/corpus-100x100 ]] || { echo "run bench/run.sh once first (it makes the corpus)" >&2; exit 1; }
mkdir -p "$OUT"
python3 "$ROOT/bench/serve.py" --dir "$ROOT/bench-out/corpus-100x100" --port "$PORT" >/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
sleep 1
CONF=$OUT/half.toml
{
    printf '[fetch]\ntimeout_secs = 5\nconnect_timeout_secs = 5\n'
    for i in $(seq 0 49); do
        if (( i % 2 == 0 )); then url="http://127.0.0.1:$PORT/never/$i"; else url=$(printf 'http://127.0.0.1:%s/feed-%03d.xml' "$PORT" "$i"); fi
        printf '\n[[feeds]]\nname = "F%02d"\nurl = "%s"\n' "$i" "$url"
    done
} >"$CONF"
DATA=$OUT/data
rm -rf "$DATA"
start=$(date +%s%N)
"$BIN" --config "$CONF" --data-dir "$DATA" fetch >/dev/null 2>&1 &
FETCH=$!
stored=""
while kill -0 "$FETCH" 2>/dev/null; do
    n=$("$BIN" --config "$CONF" --data-dir "$DATA" --offline list --json 2>/dev/null \
        | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' 2>/dev/null || echo 0)
    if [[ -z "$stored" && "$n" -ge 2500 ]]; then stored=$(( ($(date +%s%N) - start) / 1000000 )); fi
    sleep 0.2
done
ended=$(( ($(date +%s%N) - start) / 1000000 ))
echo "working feeds stored after: ${stored:-never} ms; fetch ended after: $ended ms"
