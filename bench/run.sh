#!/usr/bin/env bash
# ddm-reader benchmarks against newsboat, on a generated WordPress-like corpus served from
# 127.0.0.1. One run measures everything and prints a Markdown table (see BENCHMARKS.md).
#
#   bench/run.sh
#
# Needs: cargo, python3, newsboat, GNU time (/usr/bin/time), hyperfine (optional; a
# date +%s%N loop otherwise). On Debian: apt-get install -y newsboat time hyperfine
#
# Environment knobs (defaults in brackets):
#   RUNS [5]        ddm-reader cold/warm refresh repetitions (median, min, max)
#   NB_RUNS [3]     newsboat repetitions per setting, and 100x500 repetitions
#   QUERY_RUNS [20] list/search repetitions
#   PORT [18701]    first of three ports (PORT, PORT+1, PORT+2)
#   SEARCH_WORD [parliament]
#
# Output: progress on stderr, the machine, versions, the table and the command lines on
# stdout. Work files go to bench-out/ (git-ignored); corpora are regenerated only when
# the generator, its arguments or the date change.

set -Eeuo pipefail
trap 'echo "bench/run.sh: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench-out
BENCH=$ROOT/bench
BIN=$ROOT/target/release/ddm-reader
RUNS=${RUNS:-5}
NB_RUNS=${NB_RUNS:-3}
QUERY_RUNS=${QUERY_RUNS:-20}
PORT=${PORT:-18701}
SEARCH_WORD=${SEARCH_WORD:-parliament}
FEEDS=100
SEED=42

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }

for tool in cargo python3 newsboat /usr/bin/time; do
    command -v "$tool" >/dev/null || die "missing $tool (apt-get install -y newsboat time)"
done
HAVE_HYPERFINE=0
command -v hyperfine >/dev/null && HAVE_HYPERFINE=1

mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: >"$RESULTS"

# ---------------------------------------------------------------- servers, cleanup
SERVER_PIDS=()
cleanup() {
    local pid
    for pid in "${SERVER_PIDS[@]:-}"; do
        if [[ -n "$pid" ]]; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() { # DIR PORT LATENCY_MS LOGFILE
    local dir=$1 port=$2 latency=$3 logf=$4
    : >"$logf"
    python3 "$BENCH/serve.py" --dir "$dir" --port "$port" --latency-ms "$latency" --log "$logf" \
        >"$OUT/server-$port.out" 2>&1 &
    SERVER_PIDS+=("$!")
    local i
    for i in $(seq 1 100); do
        if curl -sf -o /dev/null "http://127.0.0.1:$port/feed-000.xml"; then
            : >"$logf" # forget the readiness probe
            return 0
        fi
        kill -0 "${SERVER_PIDS[-1]}" 2>/dev/null || { cat "$OUT/server-$port.out" >&2; die "server on port $port died"; }
        sleep 0.1
    done
    die "server on port $port did not come up"
}

# ---------------------------------------------------------------- build, versions
log "cargo build --release"
(cd "$ROOT" && cargo build --release 2>&1 | tail -n 3 >&2) || die "cargo build --release failed"
[[ -x "$BIN" ]] || die "no binary at $BIN"

CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "# ddm-reader benchmarks"
echo
echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "- machine: $(nproc) cores, ${CPU:-unknown CPU}, $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
GIT_REV=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')
if [[ -n "$(cd "$ROOT" && git status --porcelain -- src Cargo.toml Cargo.lock 2>/dev/null || true)" ]]; then
    GIT_REV="$GIT_REV + uncommitted changes in src/"
fi
echo "- ddm-reader: $("$BIN" --version) (commit $GIT_REV, release profile)"
echo "- newsboat: $(newsboat --version | head -n1)"
echo "- $(python3 --version), $( ((HAVE_HYPERFINE)) && hyperfine --version || echo 'no hyperfine: date +%s%N loop')"
echo

# ---------------------------------------------------------------- corpora
TODAY=$(( $(date +%s) / 86400 * 86400 ))
gen_corpus() { # ARTICLES -> sets CORPUS
    local articles=$1
    CORPUS=$OUT/corpus-${FEEDS}x${articles}
    local stamp
    stamp="$(sha256sum "$BENCH/gen_corpus.py" | cut -c1-16) feeds=$FEEDS articles=$articles seed=$SEED now=$TODAY"
    if [[ -f "$CORPUS/.stamp" && "$(cat "$CORPUS/.stamp")" == "$stamp" ]]; then
        log "corpus $CORPUS is up to date"
    else
        log "generating $CORPUS"
        rm -rf "$CORPUS"
        python3 "$BENCH/gen_corpus.py" --feeds "$FEEDS" --articles "$articles" --seed "$SEED" \
            --now "$TODAY" --out "$CORPUS" >&2
        echo "$stamp" >"$CORPUS/.stamp"
    fi
    CORPUS_BYTES[$articles]=$(du -cb "$CORPUS"/feed-*.xml | tail -n1 | cut -f1)
}
declare -A CORPUS_BYTES
gen_corpus 100
CORPUS_SMALL=$CORPUS
gen_corpus 500
CORPUS_BIG=$CORPUS

# Three servers: the small corpus, the small corpus with 50 ms per request, the big one.
P_FAST=$PORT
P_SLOW=$((PORT + 1))
P_BIG=$((PORT + 2))
start_server "$CORPUS_SMALL" "$P_FAST" 0 "$OUT/server-fast.log"
start_server "$CORPUS_SMALL" "$P_SLOW" 50 "$OUT/server-slow.log"
start_server "$CORPUS_BIG" "$P_BIG" 0 "$OUT/server-big.log"
log "servers up on $P_FAST, $P_SLOW (+50 ms), $P_BIG"

# ---------------------------------------------------------------- configs
write_configs() { # PORT NAME
    local port=$1 name=$2 i f
    {
        echo "# generated by bench/run.sh"
        for ((i = 0; i < FEEDS; i++)); do
            printf -v f 'feed-%03d' "$i"
            printf '[[feeds]]\nname = "%s"\nurl = "http://127.0.0.1:%s/%s.xml"\n\n' "$f" "$port" "$f"
        done
        printf '[store]\nmax_articles_per_feed = 2000\n'
    } >"$OUT/ddm-$name.toml"
    for ((i = 0; i < FEEDS; i++)); do
        printf 'http://127.0.0.1:%s/feed-%03d.xml\n' "$port" "$i"
    done >"$OUT/urls-$name"
}
write_configs "$P_FAST" fast
write_configs "$P_SLOW" slow
write_configs "$P_BIG" big
: >"$OUT/newsboat-default.conf"                       # newsboat's defaults: reload-threads 1
printf 'reload-threads 8\n' >"$OUT/newsboat-threads8.conf" # as many parallel fetches as ddm-reader

# ---------------------------------------------------------------- measuring
# measure KEY CMD... : runs CMD once under GNU time; records wall seconds (date +%s%N) and
# peak RSS (KiB). A non-zero exit fails the whole run.
measure() {
    local key=$1
    shift
    local tfile=$OUT/time.out t0 t1 rc=0
    sync
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$tfile" "$@" >"$OUT/last-cmd.out" 2>"$OUT/last-cmd.err" || rc=$?
    t1=$(date +%s%N)
    if ((rc != 0)); then
        echo "---- stdout (tail)" >&2; tail -n 20 "$OUT/last-cmd.out" >&2
        echo "---- stderr (tail)" >&2; tail -n 20 "$OUT/last-cmd.err" >&2
        die "$key: command failed with exit $rc: $*"
    fi
    local rss
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$tfile")
    printf '%s\t%s\t%s\n' "$key" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", (b - a) / 1e9}')" "$rss" >>"$RESULTS"
    log "$key: $(tail -n1 "$RESULTS" | cut -f2) s, $rss KiB"
}

ddm_articles() { # CFG DATA -> total article count from `feeds list --json`
    "$BIN" --config "$1" --data-dir "$2" feeds list --json |
        python3 -c 'import json,sys; print(sum(f["articles"] or 0 for f in json.load(sys.stdin)))'
}
nb_articles() { # CACHE.db
    python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from rss_item").fetchone()[0])' "$1"
}
expect_eq() { [[ "$2" == "$3" ]] || die "$1: expected $3, got $2"; }

cold_ddm() { # KEY NAME EXPECTED N
    local key=$1 name=$2 expected=$3 n=$4 r data
    for ((r = 1; r <= n; r++)); do
        data=$OUT/ddm-data-$name
        rm -rf "$data"
        measure "$key" "$BIN" --config "$OUT/ddm-$name.toml" --data-dir "$data" fetch
        expect_eq "$key articles stored" "$(ddm_articles "$OUT/ddm-$name.toml" "$data")" "$expected"
    done
}
cold_nb() { # KEY NAME CONF EXPECTED N
    local key=$1 name=$2 conf=$3 expected=$4 n=$5 r dir
    for ((r = 1; r <= n; r++)); do
        dir=$OUT/nb-$name-$conf
        rm -rf "$dir"
        mkdir -p "$dir/home"
        measure "$key" env HOME="$dir/home" newsboat -u "$OUT/urls-$name" -c "$dir/cache.db" \
            -C "$OUT/newsboat-$conf.conf" -x reload
        expect_eq "$key articles stored" "$(nb_articles "$dir/cache.db")" "$expected"
    done
}

SMALL=$((FEEDS * 100))
BIG=$((FEEDS * 500))

log "cold refresh ${FEEDS}x100"
cold_ddm cold_ddm fast "$SMALL" "$RUNS"
cold_nb cold_nb1 fast default "$SMALL" "$NB_RUNS"
cold_nb cold_nb8 fast threads8 "$SMALL" "$NB_RUNS"

log "warm refresh ${FEEDS} feeds (304): the data dir of the last cold run"
before=$(wc -l <"$OUT/server-fast.log")
for ((r = 1; r <= RUNS; r++)); do
    measure warm_ddm "$BIN" --config "$OUT/ddm-fast.toml" --data-dir "$OUT/ddm-data-fast" fetch
done
warm_codes=$(tail -n +"$((before + 1))" "$OUT/server-fast.log" | cut -d' ' -f1 | sort | uniq -c | tr -s ' ' | paste -sd, -)
expect_eq "warm refresh answers" "$(tail -n +"$((before + 1))" "$OUT/server-fast.log" | cut -d' ' -f1 | sort -u)" "304"

log "cold refresh ${FEEDS}x100 with 50 ms per request"
cold_ddm slow_ddm slow "$SMALL" "$RUNS"
cold_nb slow_nb1 slow default "$SMALL" "$NB_RUNS"
cold_nb slow_nb8 slow threads8 "$SMALL" "$NB_RUNS"

log "cold refresh ${FEEDS}x500"
cold_ddm big_ddm big "$BIG" "$NB_RUNS"
cold_nb big_nb1 big default "$BIG" "$NB_RUNS"
cold_nb big_nb8 big threads8 "$BIG" "$NB_RUNS"

# ---------------------------------------------------------------- queries on the 50,000-article cache
BIGDATA=$OUT/ddm-data-big
hits=$("$BIN" --config "$OUT/ddm-big.toml" --data-dir "$BIGDATA" search "$SEARCH_WORD" | wc -l)
((hits > 0)) || die "search $SEARCH_WORD finds nothing"
listed=$("$BIN" --config "$OUT/ddm-big.toml" --data-dir "$BIGDATA" list --limit 50 | wc -l)
expect_eq "list --limit 50 lines" "$listed" 50
LIST_CMD=("$BIN" --config "$OUT/ddm-big.toml" --data-dir "$BIGDATA" list --limit 50)
SEARCH_CMD=("$BIN" --config "$OUT/ddm-big.toml" --data-dir "$BIGDATA" search "$SEARCH_WORD")
query_bench() { # KEY CMD...
    local key=$1
    shift
    if ((HAVE_HYPERFINE)); then
        local q
        q=$(printf '%q ' "$@")
        hyperfine -N --warmup 3 --runs "$QUERY_RUNS" --export-json "$OUT/hf-$key.json" --output=null "$q" >&2
        python3 -c 'import json,sys; [print(f"{sys.argv[2]}\t{t:.5f}\t") for t in json.load(open(sys.argv[1]))["results"][0]["times"]]' \
            "$OUT/hf-$key.json" "$key" >>"$RESULTS"
    else
        local r t0 t1
        for ((r = 0; r < 3; r++)); do "$@" >/dev/null; done
        for ((r = 0; r < QUERY_RUNS; r++)); do
            t0=$(date +%s%N)
            "$@" >/dev/null
            t1=$(date +%s%N)
            printf '%s\t%s\t\n' "$key" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.5f", (b - a) / 1e9}')" >>"$RESULTS"
        done
    fi
}
log "list/search on the ${BIG}-article cache"
query_bench list "${LIST_CMD[@]}"
query_bench search "${SEARCH_CMD[@]}"
query_bench search50 "${SEARCH_CMD[@]}" --limit 50 # diagnostic: the same query, 50 results

# ---------------------------------------------------------------- sizes
DDM_DB_BYTES=$(du -cb "$BIGDATA"/cache.sqlite* | tail -n1 | cut -f1)
DDM_DIR_BYTES=$(du -sb "$BIGDATA" | cut -f1)
NB_DB_BYTES=$(du -b "$OUT/nb-big-default/cache.db" | cut -f1)
printf 'size_ddm\t%s\t\nsize_ddm_dir\t%s\t\nsize_nb\t%s\t\n' "$DDM_DB_BYTES" "$DDM_DIR_BYTES" "$NB_DB_BYTES" >>"$RESULTS"

# ---------------------------------------------------------------- the table
cat >"$OUT/commands.txt" <<EOF
- server: \`python3 bench/serve.py --dir bench-out/corpus-${FEEDS}x100 --port $P_FAST\` (and \`--port $P_SLOW --latency-ms 50\`; \`--dir bench-out/corpus-${FEEDS}x500 --port $P_BIG\`)
- corpus: \`python3 bench/gen_corpus.py --feeds $FEEDS --articles 100|500 --seed $SEED --now $TODAY --out DIR\` → ${CORPUS_BYTES[100]} and ${CORPUS_BYTES[500]} bytes of RSS
- ddm-reader cold: \`rm -rf DATA; target/release/ddm-reader --config bench-out/ddm-fast.toml --data-dir DATA fetch\` (ddm-slow.toml, ddm-big.toml for the other servers; one \`[[feeds]]\` per feed, \`[store] max_articles_per_feed = 2000\`, everything else default: concurrency 8)
- ddm-reader warm: the same command again on the data dir of the last cold run (server answered: ${warm_codes})
- newsboat cold: \`rm -rf DIR; HOME=DIR/home newsboat -u bench-out/urls-fast -c DIR/cache.db -C CONF -x reload\`, CONF empty (newsboat defaults: reload-threads 1, max-items 0 = keep all) or \`reload-threads 8\`
- list: \`$(printf '%q ' "${LIST_CMD[@]}" | sed "s|$ROOT/||g")\`
- search: \`$(printf '%q ' "${SEARCH_CMD[@]}" | sed "s|$ROOT/||g")\` ($hits result lines; also run with \`--limit 50\`)
- sizes: \`du -cb DATA/cache.sqlite*\` (whole data dir incl. log: ${DDM_DIR_BYTES} B) vs \`du -b cache.db\` of newsboat, after the 100x500 cold refresh, processes exited
- wall time: \`date +%s%N\` around \`/usr/bin/time -v\` (peak RSS = "Maximum resident set size"); list/search: $( ((HAVE_HYPERFINE)) && echo "hyperfine -N --warmup 3 --runs $QUERY_RUNS" || echo "a date +%s%N loop, $QUERY_RUNS runs")
EOF

python3 - "$RESULTS" "$RUNS" "$NB_RUNS" "$QUERY_RUNS" <<'PY'
import sys, statistics
from collections import defaultdict
path, runs, nb_runs, q_runs = sys.argv[1], *map(int, sys.argv[2:5])
wall, rss = defaultdict(list), defaultdict(list)
for line in open(path):
    k, w, r = line.rstrip("\n").split("\t")
    wall[k].append(float(w))
    if r:
        rss[k].append(int(r))

def med(k):
    return statistics.median(wall[k])

def t(k, unit="s"):
    v = wall[k]
    if not v:
        return "—"
    if unit == "ms":
        return f"{statistics.median(v)*1000:.1f} ms ({min(v)*1000:.1f}–{max(v)*1000:.1f}, n={len(v)})"
    return f"{statistics.median(v):.3f} s ({min(v):.3f}–{max(v):.3f}, n={len(v)})"

def m(k):
    v = [x / 1024 for x in rss[k]]
    return f"{statistics.median(v):.1f} MiB ({min(v):.1f}–{max(v):.1f})"

def ratio(a, b):
    return f"{med(a)/med(b):.1f}×"

def ok(c):
    return "yes" if c else "**NO**"

mib = lambda k: statistics.median(rss[k]) / 1024
rows = [
    ("cold refresh 100×100, wall", t("cold_ddm"), t("cold_nb1"), t("cold_nb8"),
     f"{ratio('cold_nb1','cold_ddm')} / {ratio('cold_nb8','cold_ddm')}",
     "≤ 1.0 s and ≤ 1/8 of newsboat",
     ok(med("cold_ddm") <= 1.0 and med("cold_nb1") / med("cold_ddm") >= 8) + " (vs default) / "
     + ok(med("cold_ddm") <= 1.0 and med("cold_nb8") / med("cold_ddm") >= 8) + " (vs 8 threads)"),
    ("cold refresh 100×100, peak RSS", m("cold_ddm"), m("cold_nb1"), m("cold_nb8"), "", "", ""),
    ("cold refresh 100×100 + 50 ms/request, wall", t("slow_ddm"), t("slow_nb1"), t("slow_nb8"),
     f"{ratio('slow_nb1','slow_ddm')} / {ratio('slow_nb8','slow_ddm')}", "≤ 1.3 s", ok(med("slow_ddm") <= 1.3)),
    ("cold refresh 100×500 (50,000 articles), wall", t("big_ddm"), t("big_nb1"), t("big_nb8"),
     f"{ratio('big_nb1','big_ddm')} / {ratio('big_nb8','big_ddm')}", "≤ 5 s", ok(med("big_ddm") <= 5)),
    ("cold refresh 100×500, peak RSS", m("big_ddm"), m("big_nb1"), m("big_nb8"),
     f"{mib('big_nb1')/mib('big_ddm'):.2f}× / {mib('big_nb8')/mib('big_ddm'):.2f}×", "≤ 80 MiB", ok(mib("big_ddm") <= 80)),
    ("warm refresh 100 feeds (all 304), wall", t("warm_ddm"), "", "", "", "≤ 0.1 s", ok(med("warm_ddm") <= 0.1)),
    ("`list --limit 50`, 50,000 articles", t("list", "ms"), "", "", "", "≤ 20 ms", ok(med("list") <= 0.020)),
    ("`search WORD`, 50,000 articles", t("search", "ms"), "", "", "", "≤ 20 ms", ok(med("search") <= 0.020)),
    ("`search WORD --limit 50` (diagnostic)", t("search50", "ms"), "", "", "", "", ""),
]
d, n = wall["size_ddm"][0], wall["size_nb"][0]
rows.append(("cache on disk, 50,000 articles", f"{d/2**20:.1f} MiB ({int(d)} B)", f"{n/2**20:.1f} MiB ({int(n)} B)",
             "(same content)", f"ddm/newsboat = {d/n:.2f}", "≤ 0.6 × newsboat", ok(d <= 0.6 * n)))

print("| measurement | ddm-reader | newsboat (default: reload-threads 1) | newsboat (reload-threads 8) | newsboat ÷ ddm-reader (default / 8 threads) | target | met |")
print("|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
print()
print("Times: median (min–max, n runs). RSS: median (min–max) of the same runs.")
PY
echo
echo "Commands:"
echo
cat "$OUT/commands.txt"
log "done"
