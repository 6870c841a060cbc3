#!/usr/bin/env bash
# What a cold 100 x 100 refresh costs without its actor step, and without the search
# index as well: the floor under the refresh target, for deciding what a refresh must do
# before it returns. Builds HEAD with bench/floor.patch (two environment switches that
# are never in the product) in a work tree of its own, then runs cold refreshes of the
# corpus bench/run.sh generates, interleaved: as shipped, without actors, without
# actors and without the search index. Prints a Markdown table.
#
#   bench/floor.sh [RUNS]        (RUNS [5]; needs bench-out/corpus-100x100)
#
# The first run builds a second target directory (target/floor), a few minutes.

set -Eeuo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${1:-5}
PORT=${PORT:-18711}
CORPUS=$ROOT/bench-out/corpus-100x100
[[ -d $CORPUS ]] || { echo "bench/floor.sh: run bench/run.sh first (it writes $CORPUS)" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER=
cleanup() {
    # Every step whatever the one before gave: the killed server's status is not 0.
    if [[ -n $SERVER ]]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
    fi
    git -C "$ROOT" worktree remove --force "$WORK/src" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

git -C "$ROOT" worktree add --quiet --detach "$WORK/src" HEAD
git -C "$WORK/src" apply "$ROOT/bench/floor.patch"
echo "[floor] building HEAD ($(git -C "$ROOT" rev-parse --short HEAD)) with bench/floor.patch" >&2
CARGO_TARGET_DIR=$ROOT/target/floor cargo build --release --locked --quiet \
    --manifest-path "$WORK/src/Cargo.toml"
BIN=$ROOT/target/floor/release/ddm-reader

python3 "$ROOT/bench/serve.py" --dir "$CORPUS" --port "$PORT" --latency-ms 0 \
    >"$WORK/server.out" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/feed-000.xml" && break
    sleep 0.1
done
CONFIG=$WORK/config.toml
for i in $(seq 0 99); do
    printf '[[feeds]]\nname = "feed-%03d"\nurl = "http://127.0.0.1:%s/feed-%03d.xml"\n\n' \
        "$i" "$PORT" "$i"
done >"$CONFIG"

MODES=("as shipped|" "without actors|DDM_BENCH_NO_ACTORS=1"
    "without actors or search index|DDM_BENCH_NO_ACTORS=1 DDM_BENCH_NO_FTS=1")
TIMES=$WORK/times
: >"$TIMES"
for run in $(seq 1 "$RUNS"); do
    for m in "${!MODES[@]}"; do
        IFS='|' read -r _ vars <<<"${MODES[$m]}"
        rm -rf "$WORK/data"
        # shellcheck disable=SC2086 # the switches are words on purpose
        env $vars /usr/bin/time -f "$m %e %U %S" -a -o "$TIMES" \
            "$BIN" --config "$CONFIG" --data-dir "$WORK/data" fetch >/dev/null
    done
    echo "[floor] run $run/$RUNS done" >&2
done

python3 - "$TIMES" "${MODES[@]}" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m, wall, user, sys_ = line.split()
    rows.setdefault(int(m), []).append((float(wall), float(user) + float(sys_)))
print("| cold 100 × 100 refresh | wall, median (min–max) | CPU (user + sys), mean | n |")
print("|---|---|---|---|")
for m, label in enumerate(sys.argv[2:]):
    r = rows.get(m, [])
    walls = [w for w, _ in r]
    print(f"| {label.split('|')[0]} | {statistics.median(walls):.3f} s "
          f"({min(walls):.3f}–{max(walls):.3f}) | {statistics.mean(c for _, c in r):.3f} s | {len(r)} |")
PY
