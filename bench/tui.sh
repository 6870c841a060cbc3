#!/usr/bin/env bash
# TUI benchmarks: ddm-reader's reader side by side with newsboat's, both over a cache of
# the same 100 feeds x 500 articles = 50,000 articles. One run measures everything and
# prints a Markdown table (see BENCHMARKS.md, "TUI (issue 3)").
#
#   bench/tui.sh
#
# Needs: cargo, python3, newsboat, tmux, curl. On Debian: apt-get install -y newsboat tmux
#
# What it does:
#   1. cargo build --release --locked
#   2. the 100x500 corpus of bench/run.sh (bench/gen_corpus.py, shared with it), except
#      that feed-000's newest item becomes the newest of the corpus and gets the bodies
#      of the feed's 24 newest items as its body: a long article (~20,000 words) at the
#      top of both programs' lists, to scroll 1,000 lines in (bench/tui_probe.py
#      prepare-corpus; the other 99 feeds are hard links)
#   3. serves it (bench/serve.py), fills ddm-reader's cache with `ddm-reader fetch` and
#      newsboat's with `newsboat -x reload`, checks both hold 50,000 articles, stops the
#      server (the readers run without a network: ddm-reader with
#      `[fetch] refresh_on_start = false`, newsboat without auto-reload, its default)
#   4. waits (up to WAIT_LOAD seconds) for the 1-minute load average to fall below
#      LOAD_MAX, then measures with bench/tui_probe.py:
#        launch -> first frame showing the list: on a pty (precise) and in tmux
#          (capture-pane polling), RUNS / NB_RUNS times each, interleaved, after one
#          unrecorded warm-up launch each; RSS at that moment from /proc/PID/status
#        the same on an empty cache (diagnostic: the binary's own baseline)
#        keypress -> redraw: Enter on the long article, then `j` KEYS times
#        idle CPU: IDLE seconds with the long article open and no input
#
# Environment knobs (defaults in brackets):
#   RUNS [20]      ddm-reader launches per method (pty, tmux), and of the diagnostics
#   NB_RUNS [5]    newsboat launches per method (about 10 s each)
#   KEYS [1000]    `j` presses
#   IDLE [30]      idle seconds
#   PORT [18711]   the corpus server's port (only while the caches are filled)
#   LOAD_MAX [1.0] wait for the 1-minute load average to be below this ...
#   WAIT_LOAD [900] ... for at most this many seconds (then measure anyway, and say so)
#
# Output: progress on stderr; the machine, versions, the table and the command lines on
# stdout. Work files go to bench-out/tui/ (git-ignored).

set -Eeuo pipefail
trap 'echo "bench/tui.sh: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench-out
W=$OUT/tui
BENCH=$ROOT/bench
BIN=$ROOT/target/release/ddm-reader
PROBE=$BENCH/tui_probe.py
RUNS=${RUNS:-20}
NB_RUNS=${NB_RUNS:-5}
KEYS=${KEYS:-1000}
IDLE=${IDLE:-30}
PORT=${PORT:-18711}
LOAD_MAX=${LOAD_MAX:-1.0}
WAIT_LOAD=${WAIT_LOAD:-900}
FEEDS=100
ARTICLES=500
SEED=42
JOIN=24
TOTAL=$((FEEDS * ARTICLES))
SOCK=ddm-tui-bench-$$

log() { printf '[tui %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { echo "bench/tui.sh: $*" >&2; exit 1; }

for tool in cargo python3 newsboat tmux curl; do
    command -v "$tool" >/dev/null || die "missing $tool (apt-get install -y newsboat tmux curl)"
done

mkdir -p "$W"
RESULTS=$W/results.jsonl
: >"$RESULTS"

# ---------------------------------------------------------------- cleanup
SERVER_PID=
TMUX_PID=
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ -n "$TMUX_PID" ]]; then
        kill "$TMUX_PID" 2>/dev/null || true
        rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK"
    fi
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- build, versions
log "cargo build --release --locked"
(cd "$ROOT" && cargo build --release --locked 2>&1 | tail -n 3 >&2) || die "cargo build --release --locked failed"
[[ -x "$BIN" ]] || die "no binary at $BIN"

CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "# ddm-reader TUI benchmarks"
echo
echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "- machine: $(nproc) cores, ${CPU:-unknown CPU}, $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
GIT_REV=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')
if [[ -n "$(cd "$ROOT" && git status --porcelain -- src Cargo.toml Cargo.lock assets 2>/dev/null || true)" ]]; then
    GIT_REV="$GIT_REV + uncommitted changes in src/ or assets/"
fi
echo "- ddm-reader: $("$BIN" --version) (commit $GIT_REV, release profile, binary $(du -b "$BIN" | cut -f1) bytes)"
echo "- newsboat: $(newsboat --version | head -n1)"
echo "- $(tmux -V), $(python3 --version)"

# ---------------------------------------------------------------- corpus (shared with bench/run.sh)
TODAY=$(( $(date +%s) / 86400 * 86400 ))
CORPUS_SRC=$OUT/corpus-${FEEDS}x${ARTICLES}
stamp="$(sha256sum "$BENCH/gen_corpus.py" | cut -c1-16) feeds=$FEEDS articles=$ARTICLES seed=$SEED now=$TODAY"
if [[ -f "$CORPUS_SRC/.stamp" && "$(cat "$CORPUS_SRC/.stamp")" == "$stamp" ]]; then
    log "corpus $CORPUS_SRC is up to date"
else
    log "generating $CORPUS_SRC"
    rm -rf "$CORPUS_SRC"
    python3 "$BENCH/gen_corpus.py" --feeds "$FEEDS" --articles "$ARTICLES" --seed "$SEED" \
        --now "$TODAY" --out "$CORPUS_SRC" >&2
    echo "$stamp" >"$CORPUS_SRC/.stamp"
fi
CORPUS=$W/corpus
rm -rf "$CORPUS"
LONG=$(python3 "$PROBE" prepare-corpus --src "$CORPUS_SRC" --out "$CORPUS" --now "$TODAY" --join "$JOIN")
LONG_WORDS=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["long_article_words"])' "$LONG")
log "corpus $CORPUS: long article of $LONG_WORDS words at the top of feed-000"

# ---------------------------------------------------------------- configs
DDM_CFG=$W/ddm.toml
URLS=$W/urls
NB_CONF=$W/newsboat.conf
{
    echo "# generated by bench/tui.sh"
    for ((i = 0; i < FEEDS; i++)); do
        printf -v f 'feed-%03d' "$i"
        printf '[[feeds]]\nname = "%s"\nurl = "http://127.0.0.1:%s/%s.xml"\n\n' "$f" "$PORT" "$f"
    done
    printf '[fetch]\nrefresh_on_start = false\n\n[store]\nmax_articles_per_feed = 2000\n'
} >"$DDM_CFG"
for ((i = 0; i < FEEDS; i++)); do
    printf 'http://127.0.0.1:%s/feed-%03d.xml\n' "$PORT" "$i"
done >"$URLS"
# newsboat scrolls its article view with the Down arrow by default; j is bound to the same
# operation so that both programs get the same byte.
printf 'bind-key j down article\n' >"$NB_CONF"

# ---------------------------------------------------------------- fill both caches
python3 "$BENCH/serve.py" --dir "$CORPUS" --port "$PORT" --log "$W/server.log" >"$W/server.out" 2>&1 &
SERVER_PID=$!
for i in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/feed-000.xml" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$W/server.out" >&2; die "server died"; }
    sleep 0.1
    ((i < 100)) || die "server on port $PORT did not come up"
done

export HOME=$W/home LC_ALL=C.UTF-8
rm -rf "$HOME"
mkdir -p "$HOME"

DDM_DATA=$W/ddm-data
rm -rf "$DDM_DATA"
log "ddm-reader fetch (fills the cache)"
"$BIN" --config "$DDM_CFG" --data-dir "$DDM_DATA" fetch >"$W/fetch.out" 2>&1 || { tail "$W/fetch.out" >&2; die "fetch failed"; }
n=$("$BIN" --config "$DDM_CFG" --data-dir "$DDM_DATA" feeds list --json |
    python3 -c 'import json,sys; print(sum(f["articles"] or 0 for f in json.load(sys.stdin)))')
[[ "$n" == "$TOTAL" ]] || die "ddm-reader cache holds $n articles, not $TOTAL"

NB_DIR=$W/newsboat
rm -rf "$NB_DIR"
mkdir -p "$NB_DIR"
NB_CACHE=$NB_DIR/cache.db
log "newsboat -x reload (fills its cache)"
newsboat -u "$URLS" -c "$NB_CACHE" -C "$NB_CONF" -x reload >"$W/nb-reload.out" 2>&1 || { tail "$W/nb-reload.out" >&2; die "newsboat reload failed"; }
n=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from rss_item").fetchone()[0])' "$NB_CACHE")
[[ "$n" == "$TOTAL" ]] || die "newsboat cache holds $n articles, not $TOTAL"

kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=
DDM_BYTES=$(du -cb "$DDM_DATA"/cache.sqlite* | tail -n1 | cut -f1)
NB_BYTES=$(du -b "$NB_CACHE" | cut -f1)
echo "- caches: ddm-reader $DDM_BYTES bytes, newsboat $NB_BYTES bytes, $TOTAL articles each (server stopped before measuring)"

# ---------------------------------------------------------------- what marks "the list is on screen"
# The title of the 20th row of each program's first list: ddm-reader lists articles,
# newest first; newsboat's first screen lists feeds, in the urls file's order.
DDM_MARK=$("$BIN" --config "$DDM_CFG" --data-dir "$DDM_DATA" list --limit 20 --json |
    python3 -c 'import json,sys; print(json.load(sys.stdin)[19]["title"][:30])')
NB_MARK=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select title from rss_feed where rssurl=?", (sys.argv[2],)).fetchone()[0][:30])' \
    "$NB_CACHE" "http://127.0.0.1:$PORT/feed-019.xml")
LONG_TITLE=$("$BIN" --config "$DDM_CFG" --data-dir "$DDM_DATA" list --limit 1 --json |
    python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["title"])')
log "markers: ddm-reader row 20 \"$DDM_MARK\"; newsboat row 20 \"$NB_MARK\"; top article \"$LONG_TITLE\""

DDM_CMD=("$BIN" --config "$DDM_CFG" --data-dir "$DDM_DATA")
NB_CMD=(newsboat -u "$URLS" -c "$NB_CACHE" -C "$NB_CONF")
DDM_EMPTY=$W/ddm-empty
NB_EMPTY=$W/newsboat-empty
rm -rf "$DDM_EMPTY" "$NB_EMPTY"
mkdir -p "$NB_EMPTY"
DDM_EMPTY_CMD=("$BIN" --config "$DDM_CFG" --data-dir "$DDM_EMPTY")
NB_EMPTY_CMD=(newsboat -u "$URLS" -c "$NB_EMPTY/cache.db" -C "$NB_CONF")

# ---------------------------------------------------------------- load
load1() { cut -d' ' -f1 /proc/loadavg; }
waited=0
while awk -v l="$(load1)" -v m="$LOAD_MAX" 'BEGIN {exit !(l >= m)}'; do
    if ((waited >= WAIT_LOAD)); then
        log "load $(load1) still >= $LOAD_MAX after ${WAIT_LOAD}s: measuring anyway"
        break
    fi
    ((waited % 60 == 0)) && log "load average $(load1) >= $LOAD_MAX: waiting (another build?)"
    sleep 10
    waited=$((waited + 10))
done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "measuring (load average $LOAD_BEFORE)"

tmux -L "$SOCK" -f /dev/null new-session -d -s keep -x 100 -y 30 'sleep 86400'
TMUX_PID=$(tmux -L "$SOCK" display-message -p '#{pid}')

# ---------------------------------------------------------------- measuring
record() { # PROG KIND CACHE probe-args... : one probe run, appended to the results
    local prog=$1 kind=$2 cache=$3 line
    shift 3
    sync # what the previous run wrote (newsboat writes its cache on quit) is not this run's cost
    sleep 0.5
    line=$(python3 "$PROBE" "$@") || die "probe failed: $*"
    python3 -c 'import json,sys; r=json.loads(sys.argv[1]); r.update(prog=sys.argv[2], kind=sys.argv[3], cache=sys.argv[4]); print(json.dumps(r))' \
        "$line" "$prog" "$kind" "$cache" >>"$RESULTS"
    python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print("  ", sys.argv[2], sys.argv[3], r.get("mode"), r.get("first_frame_ms"), r.get("VmRSS"), r.get("error", ""))' \
        "$line" "$prog" "$kind" >&2
}

# Share of all cores busy since a snapshot of /proc/stat (everything: this script, the
# program under test, and whatever else runs on the machine).
cpu_snap() { awk '/^cpu / {t = 0; for (i = 2; i <= NF; i++) t += $i; print t, $5 + $6}' /proc/stat; }
busy_since() { # "TOTAL IDLE" -> percent busy since then
    local now
    now=$(cpu_snap)
    awk -v a="$1" -v b="$now" 'BEGIN {split(a, x, " "); split(b, y, " "); printf "%.0f", 100 * (1 - (y[2] - x[2]) / (y[1] - x[1]))}'
}
CPU0=$(cpu_snap)

log "warm-up launches (not recorded)"
python3 "$PROBE" launch --mode pty --marker "$DDM_MARK" --quit '\x03' -- "${DDM_CMD[@]}" >/dev/null
python3 "$PROBE" launch --mode pty --marker "$NB_MARK" --quit Q -- "${NB_CMD[@]}" >/dev/null

log "launch -> first frame: ddm-reader x $RUNS, newsboat x $NB_RUNS, pty and tmux, interleaved"
for ((r = 1; r <= RUNS; r++)); do
    record ddm launch full launch --mode pty --marker "$DDM_MARK" --quit '\x03' -- "${DDM_CMD[@]}"
    record ddm launch full launch --mode tmux --tmux-socket "$SOCK" --marker "$DDM_MARK" --quit-tmux C-c -- "${DDM_CMD[@]}"
    if ((r <= NB_RUNS)); then
        record newsboat launch full launch --mode pty --marker "$NB_MARK" --quit Q -- "${NB_CMD[@]}"
        record newsboat launch full launch --mode tmux --tmux-socket "$SOCK" --marker "$NB_MARK" --quit-tmux Q -- "${NB_CMD[@]}"
    fi
done

log "the methods' own floor (diagnostic): a shell that prints the marker and sleeps"
FLOOR_CMD=(sh -c 'echo tui-probe-floor; exec sleep 30')
for ((r = 1; r <= RUNS; r++)); do
    record floor launch full launch --mode pty --marker tui-probe-floor --quit '\x03' -- "${FLOOR_CMD[@]}"
    record floor launch full launch --mode tmux --tmux-socket "$SOCK" --marker tui-probe-floor --quit-tmux C-c -- "${FLOOR_CMD[@]}"
done
CPU_LAUNCH=$(busy_since "$CPU0")

log "empty cache (diagnostic): ddm-reader shows its sample edition, newsboat its feed URLs"
python3 "$PROBE" launch --mode pty --marker "enter open" --quit '\x03' -- "${DDM_EMPTY_CMD[@]}" >/dev/null # loads the sample
python3 "$PROBE" launch --mode pty --marker "feed-019.xml" --quit Q -- "${NB_EMPTY_CMD[@]}" >/dev/null     # creates the cache
for ((r = 1; r <= RUNS; r++)); do
    record ddm launch empty launch --mode pty --marker "enter open" --quit '\x03' -- "${DDM_EMPTY_CMD[@]}"
    if ((r <= NB_RUNS)); then
        record newsboat launch empty launch --mode pty --marker "feed-019.xml" --quit Q -- "${NB_EMPTY_CMD[@]}"
    fi
done

CPU1=$(cpu_snap)
log "keypress -> redraw ($KEYS x j in the long article), then ${IDLE}s idle: ddm-reader"
record ddm keys full keys --marker "$DDM_MARK" --open '\r=Article 1 of' --key j --count "$KEYS" \
    --idle "$IDLE" --quit '\x03' -- "${DDM_CMD[@]}"
log "the same: newsboat (Enter on feed-000, Enter on its first article)"
record newsboat keys full keys --marker "$NB_MARK" --open '\r=Articles in feed' --open '\r=Title:' --key j \
    --count "$KEYS" --idle "$IDLE" --quit Q -- "${NB_CMD[@]}"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
CPU_KEYS=$(busy_since "$CPU1")

# ---------------------------------------------------------------- the table
echo "- load average (1, 5, 15 min): $LOAD_BEFORE before measuring, $LOAD_AFTER after$( ((waited > 0)) && echo " (waited ${waited}s for it to fall below $LOAD_MAX)")"
echo "- CPU busy, all $(nproc) cores (/proc/stat): ${CPU_LAUNCH} % during the launches, ${CPU_KEYS} % during the keys and idle runs; the pty probe and the program under test keep about one core busy at most ($((100 / $(nproc))) %) and tmux polling up to one more, so the keys figure above $((100 / $(nproc))) % means another process was competing"
echo
python3 "$PROBE" table "$RESULTS"
rel() { sed "s|$ROOT/||g"; }
cat <<EOF

Commands:

- corpus: \`python3 bench/gen_corpus.py --feeds $FEEDS --articles $ARTICLES --seed $SEED --now $TODAY --out bench-out/corpus-${FEEDS}x${ARTICLES}\`, then \`python3 bench/tui_probe.py prepare-corpus --src bench-out/corpus-${FEEDS}x${ARTICLES} --out bench-out/tui/corpus --now $TODAY --join $JOIN\` (the newest item of feed-000, "$LONG_TITLE", becomes the newest of the corpus with a $LONG_WORDS-word body)
- caches: \`python3 bench/serve.py --dir bench-out/tui/corpus --port $PORT\`; \`ddm-reader --config bench-out/tui/ddm.toml --data-dir bench-out/tui/ddm-data fetch\` (one \`[[feeds]]\` per feed, \`[fetch] refresh_on_start = false\`, \`[store] max_articles_per_feed = 2000\`); \`newsboat -u bench-out/tui/urls -c bench-out/tui/newsboat/cache.db -C bench-out/tui/newsboat.conf -x reload\` (newsboat.conf: \`bind-key j down article\`, everything else default); then the server is stopped
- ddm-reader: \`$(printf '%q ' "${DDM_CMD[@]}" | rel)\`; newsboat: \`$(printf '%q ' "${NB_CMD[@]}" | rel)\`; both with HOME=bench-out/tui/home, LC_ALL=C.UTF-8, on a 100x30 terminal (TERM=xterm-256color on the pty; tmux's own inside tmux)
- launch, pty: \`python3 bench/tui_probe.py launch --mode pty --marker TITLE -- CMD\`, TITLE = the first 30 characters of row 20 of the first list (ddm-reader: "$DDM_MARK", the 20th newest article; newsboat: "$NB_MARK", the 20th feed); RSS from /proc/PID/status when TITLE has been written
- launch, tmux: \`python3 bench/tui_probe.py launch --mode tmux --marker TITLE -- CMD\` (\`tmux -L SOCKET new-session -d -x 100 -y 30 'exec env … CMD'\`, then \`tmux capture-pane -p\` in a loop)
- keys: \`python3 bench/tui_probe.py keys --marker TITLE --open '\\r=Article 1 of' --key j --count $KEYS --idle $IDLE -- CMD\` (newsboat: \`--open '\\r=Articles in feed' --open '\\r=Title:'\`); last byte = the last read before 10 ms without output
- empty cache: a fresh data dir (ddm-reader then shows its 2-article sample edition; marker "enter open" in its status line) / a fresh newsboat cache.db (marker "feed-019.xml", newsboat shows URLs until a reload)
- floor: the same two methods on \`sh -c 'echo tui-probe-floor; exec sleep 30'\`: what each method measures for a program that draws at once
- ${RUNS} ddm-reader and ${NB_RUNS} newsboat launches per method, interleaved, after one unrecorded warm-up launch of each
EOF
log "done"
