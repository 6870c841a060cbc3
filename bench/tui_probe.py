#!/usr/bin/env python3
"""Timing probes for the TUI benchmark (bench/tui.sh): ddm-reader's reader vs newsboat.

    tui_probe.py prepare-corpus --src DIR --out DIR --now UNIX [--join 24]
    tui_probe.py launch --mode pty|tmux --marker TEXT --quit KEYS [--tmux-socket S] -- CMD...
    tui_probe.py keys --marker TEXT --open KEYS=MARKER [--open ...] --key j --count 1000
                      --idle 30 --quit KEYS -- CMD...
    tui_probe.py table RESULTS.jsonl

Each measuring command runs CMD once and prints one JSON object on stdout.

launch, pty mode: CMD starts (posix_spawn, a new session) on a fresh pseudo-terminal of
100x30 whose slave becomes its controlling terminal; t0 is taken right before the spawn.
The master is read in a select() loop; the bytes are stripped of escape sequences and
whitespace (so cursor moves between words do not matter) and searched for MARKER (also
stripped of whitespace): the time of the read that completes it is "first frame". The
cursor-position query ESC[6n that crossterm sends is answered at once, as a terminal
would. VmRSS/VmHWM/RssAnon/RssFile come from /proc/PID/status right at that moment.

launch, tmux mode: `tmux -L SOCKET new-session -d -x 100 -y 30 'exec env ... CMD'` (the
tmux server is already running), then `tmux capture-pane -p` in a tight loop until the
pane shows MARKER; t0 is taken right before new-session. Each poll costs a tmux client
start (a few ms), so this column has a coarser resolution than the pty one.

keys: launch on a pty as above, wait for MARKER and for the output to stop, send each
--open key and wait for its marker (the last one's time is reported as "open"), wait for
quiet, then send KEY COUNT times, one at a time: for each, the time from the write() to
the first byte of the answer and to the last byte (the last read before QUIET_MS of
silence). Then the idle check: settle, read utime+stime (/proc/PID/stat, all threads),
the schedstat run time and the context switches of every thread, wait IDLE seconds
(still reading the terminal), read them again.

table: the Markdown table from the collected JSON lines.

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import re
import select
import shlex
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from datetime import datetime, timezone
from email.utils import format_datetime

COLS, ROWS = 100, 30

# CSI, OSC, charset designations, and two-byte escapes (ESC =, ESC >, ESC 7, ESC M ...).
ANSI = re.compile(
    rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()*+\-./][ -~]|[ -/]*[0-~])"
)
SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")


def norm(raw: bytes) -> str:
    """Printable text of a terminal stream, escapes and all whitespace removed."""
    return SPACE.sub("", ANSI.sub(b"", raw).decode("utf-8", "replace"))


def squash(text: str) -> str:
    return SPACE.sub("", text)


def now_ns() -> int:
    return time.perf_counter_ns()


# ------------------------------------------------------------------ /proc
def proc_status(pid: int) -> dict[str, int]:
    out = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                k, _, v = line.partition(":")
                if k in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem", "Threads"):
                    out[k] = int(v.split()[0])
    except OSError:
        pass
    return out


def proc_cpu(pid: int) -> dict[str, float]:
    """CPU of the whole process: utime+stime (clock ticks), schedstat ns, context switches."""
    tck = os.sysconf("SC_CLK_TCK")
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    # fields[0] is state (field 3); utime is field 14, stime field 15.
    ticks = int(fields[11]) + int(fields[12])
    run_ns = 0
    switches = 0
    threads = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as fh:
                run_ns += int(fh.read().split()[0])
            with open(f"/proc/{pid}/task/{tid}/status") as fh:
                for line in fh:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        switches += int(line.split()[1])
            threads += 1
        except OSError:
            pass
    return {"cpu_s": ticks / tck, "ticks": ticks, "run_ns": run_ns, "switches": switches, "threads": threads}


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# ------------------------------------------------------------------ pty
class Pty:
    def __init__(self, cmd: list[str], env: dict[str, str]):
        exe = shutil.which(cmd[0]) or cmd[0]
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        name = os.ttyname(slave)
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, name, os.O_RDWR, 0),  # after setsid: the controlling tty
            (os.POSIX_SPAWN_DUP2, 0, 1),
            (os.POSIX_SPAWN_DUP2, 0, 2),
            (os.POSIX_SPAWN_CLOSE, self.master),
            (os.POSIX_SPAWN_CLOSE, slave),
        ]
        self.t0 = now_ns()
        self.pid = os.posix_spawn(exe, cmd, env, setsid=True, file_actions=actions)
        os.close(slave)
        self.raw = bytearray()
        self.eof = False
        self.status = None

    def read(self, timeout: float) -> bytes:
        """One read, waiting up to timeout seconds; b'' on timeout or end of output."""
        if self.eof:
            time.sleep(max(timeout, 0))
            return b""
        r, _, _ = select.select([self.master], [], [], max(timeout, 0))
        if not r:
            return b""
        try:
            b = os.read(self.master, 65536)
        except OSError:  # EIO: every slave fd closed
            b = b""
        if not b:
            self.eof = True
            return b""
        if b"\x1b[6n" in b:  # cursor position report, as a terminal answers it
            os.write(self.master, b"\x1b[1;1R")
        self.raw += b
        return b

    def wait_marker(self, marker: str, timeout: float, since: int = 0) -> int | None:
        """Reads until the text after byte offset `since` holds marker; its time (ns)."""
        want = squash(marker)
        end = now_ns() + int(timeout * 1e9)
        while now_ns() < end:
            b = self.read((end - now_ns()) / 1e9)
            t = now_ns()
            if b and want in norm(bytes(self.raw[since:])):
                return t
            if self.eof:
                return None
        return None

    def wait_quiet(self, quiet: float, limit: float) -> None:
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if not self.read(quiet) and not self.eof:
                return
            if self.eof:
                return

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def reap(self, quit_keys: bytes, timeout: float = 180) -> int:
        """Sends quit_keys, waits for exit (reading the terminal meanwhile)."""
        if self.status is None:
            try:
                self.send(quit_keys)
            except OSError:
                pass
        end = time.monotonic() + timeout
        while self.status is None:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = st
                break
            if time.monotonic() > end:
                os.kill(self.pid, signal.SIGTERM)
                time.sleep(2)
                if os.waitpid(self.pid, os.WNOHANG)[0] == 0:
                    os.kill(self.pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
                self.status = -1
                break
            self.read(0.02)
        os.close(self.master)
        return self.status


def keys_arg(text: str) -> bytes:
    """'\\r', '\\x03' and such escapes in command-line key strings."""
    return text.encode().decode("unicode_escape").encode("latin-1")


# ------------------------------------------------------------------ launch
def launch_pty(args) -> dict:
    p = Pty(args.cmd, os.environ.copy())
    t = p.wait_marker(args.marker, args.timeout)
    mem = proc_status(p.pid)
    res = {"mode": "pty", "first_frame_ms": None if t is None else (t - p.t0) / 1e6, **mem}
    if t is None:
        res["error"] = "marker not seen"
        res["tail"] = norm(bytes(p.raw))[-300:]
    p.wait_quiet(0.3, 10)
    res["settled"] = proc_status(p.pid)  # once the output has stopped for 0.3 s
    res["exit"] = p.reap(keys_arg(args.quit))
    return res


def tmux(sock: str, *a: str) -> subprocess.CompletedProcess:
    return subprocess.run(["tmux", "-L", sock, *a], capture_output=True, text=True)


def launch_tmux(args) -> dict:
    sock = args.tmux_socket
    name = f"probe{os.getpid()}"
    line = "exec " + shlex.join(["env", f"HOME={os.environ['HOME']}", f"LC_ALL={os.environ.get('LC_ALL', 'C.UTF-8')}", *args.cmd])
    want = squash(args.marker)
    t0 = now_ns()
    cp = subprocess.run(
        ["tmux", "-L", sock, "new-session", "-d", "-P", "-F", "#{pane_pid}", "-s", name,
         "-x", str(COLS), "-y", str(ROWS), line],
        capture_output=True, text=True,
    )
    if cp.returncode != 0:
        return {"mode": "tmux", "first_frame_ms": None, "error": cp.stderr.strip()}
    pid = int(cp.stdout.strip())
    end = t0 + int(args.timeout * 1e9)
    polls = 0
    t = None
    screen = ""
    while now_ns() < end:
        cp = subprocess.run(["tmux", "-L", sock, "capture-pane", "-p", "-t", name], capture_output=True)
        polls += 1
        screen = cp.stdout.decode("utf-8", "replace")
        if want in squash(screen):
            t = now_ns()
            break
    mem = proc_status(pid)
    res = {"mode": "tmux", "first_frame_ms": None if t is None else (t - t0) / 1e6, "polls": polls, **mem}
    if t is None:
        res["error"] = "marker not seen"
        res["tail"] = squash(screen)[-300:]
    time.sleep(0.3)
    tmux(sock, "send-keys", "-t", name, *args.quit_tmux.split())
    stop = time.monotonic() + 180
    while alive(pid) and time.monotonic() < stop:
        time.sleep(0.05)
    if alive(pid):
        os.kill(pid, signal.SIGTERM)
        res["error"] = res.get("error", "") + " did not quit"
    tmux(sock, "kill-session", "-t", name)
    return res


# ------------------------------------------------------------------ keys
def keys(args) -> dict:
    p = Pty(args.cmd, os.environ.copy())
    res: dict = {"mode": "keys"}
    t = p.wait_marker(args.marker, args.timeout)
    if t is None:
        res["error"] = "list marker not seen"
        res["tail"] = norm(bytes(p.raw))[-300:]
        p.reap(keys_arg(args.quit))
        return res
    res["first_frame_ms"] = (t - p.t0) / 1e6
    p.wait_quiet(0.5, 20)
    for step in args.open:
        key, _, marker = step.partition("=")
        since = len(p.raw)
        t_w = now_ns()
        p.send(keys_arg(key))
        t = p.wait_marker(marker, args.timeout, since)
        if t is None:
            res["error"] = f"open marker {marker!r} not seen"
            res["tail"] = norm(bytes(p.raw[since:]))[-300:]
            p.reap(keys_arg(args.quit))
            return res
        res["open_ms"] = (t - t_w) / 1e6
        p.wait_quiet(0.5, 20)
    res["open_mem"] = proc_status(p.pid)
    key = keys_arg(args.key)
    quiet = args.quiet_ms / 1000
    first, last, sizes = [], [], []
    missing = 0
    for _ in range(args.count):
        t_w = now_ns()
        p.send(key)
        b = p.read(2.0)
        if not b:
            missing += 1
            continue
        t_first = t_last = now_ns()
        n = len(b)
        while True:
            b = p.read(quiet)
            if not b:
                break
            t_last = now_ns()
            n += len(b)
        first.append((t_first - t_w) / 1e6)
        last.append((t_last - t_w) / 1e6)
        sizes.append(n)
    res.update(key_first_ms=first, key_last_ms=last, key_bytes=sizes, key_missing=missing)
    res["scrolled_mem"] = proc_status(p.pid)
    # Idle: let everything settle, then 30 s with no input.
    p.wait_quiet(2.0, 30)
    before = proc_cpu(p.pid)
    idle_bytes = 0
    end = time.monotonic() + args.idle
    while time.monotonic() < end:
        idle_bytes += len(p.read(min(1.0, end - time.monotonic())))
    after = proc_cpu(p.pid)
    res["idle"] = {
        "seconds": args.idle,
        "cpu_s": after["cpu_s"] - before["cpu_s"],
        "run_ms": (after["run_ns"] - before["run_ns"]) / 1e6,
        "switches": after["switches"] - before["switches"],
        "threads": after["threads"],
        "bytes_written": idle_bytes,
    }
    res["exit"] = p.reap(keys_arg(args.quit))
    return res


# ------------------------------------------------------------------ corpus
ITEM = re.compile(r"\t<item>\n.*?\t</item>\n", re.S)
CONTENT = re.compile(r"<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>", re.S)


def prepare_corpus(args) -> dict:
    """The 100x500 corpus, except that the newest item of feed-000 gets pubDate NOW (the
    newest of the corpus: the generator's dates are all before it) and, as its body, the
    bodies of the feed's JOIN newest items one after the other (a long article to scroll).
    The other feeds are hard links to the source files."""
    os.makedirs(args.out, exist_ok=True)
    for name in sorted(os.listdir(args.src)):
        if not name.endswith(".xml") or name == "feed-000.xml":
            continue
        dst = os.path.join(args.out, name)
        if os.path.exists(dst):
            os.unlink(dst)
        try:
            os.link(os.path.join(args.src, name), dst)
        except OSError:
            shutil.copy2(os.path.join(args.src, name), dst)
    src = os.path.join(args.src, "feed-000.xml")
    with open(src, encoding="utf-8") as fh:
        data = fh.read()
    items = ITEM.findall(data)
    bodies = [CONTENT.search(it).group(1) for it in items[: args.join]]
    first = items[0]
    date = format_datetime(datetime.fromtimestamp(args.now, timezone.utc))
    long_item = re.sub(r"<pubDate>.*?</pubDate>", f"<pubDate>{date}</pubDate>", first, count=1)
    long_item = CONTENT.sub(lambda _m: "<content:encoded><![CDATA[" + "\n\n".join(bodies) + "]]></content:encoded>", long_item, count=1)
    data = data.replace(first, long_item, 1)
    dst = os.path.join(args.out, "feed-000.xml")
    with open(dst, "w", encoding="utf-8") as fh:
        fh.write(data)
    st = os.stat(src)
    os.utime(dst, (st.st_atime, st.st_mtime))
    words = sum(len(re.sub(r"<[^>]+>", " ", b).split()) for b in bodies)
    title = re.search(r"<title>(.*?)</title>", first).group(1)
    return {"long_article_title": title, "long_article_words": words, "long_article_html_bytes": sum(map(len, bodies))}


# ------------------------------------------------------------------ table
def table(args) -> None:
    rows = [json.loads(line) for line in open(args.results) if line.strip()]

    def sel(prog, kind, **kw):
        return [r for r in rows if r["prog"] == prog and r["kind"] == kind and all(r.get(k) == v for k, v in kw.items())]

    def vals(prog, kind, field, **kw):
        return [r[field] for r in sel(prog, kind, **kw) if r.get(field) is not None]

    def ms(v):
        if not v:
            return "—"
        if statistics.median(v) >= 1000:
            return f"{statistics.median(v)/1000:.2f} s ({min(v)/1000:.2f}–{max(v)/1000:.2f}, n={len(v)})"
        return f"{statistics.median(v):.1f} ms ({min(v):.1f}–{max(v):.1f}, n={len(v)})"

    def p95(v):
        s = sorted(v)
        return s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]

    def keystat(v):
        if not v:
            return "—"
        return f"median {statistics.median(v):.2f} ms, p95 {p95(v):.2f}, max {max(v):.1f} (n={len(v)})"

    def mib(v):
        if not v:
            return "—"
        v = [x / 1024 for x in v]
        return f"{statistics.median(v):.1f} MiB ({min(v):.1f}–{max(v):.1f})"

    def ratio(a, b):
        return f"{statistics.median(a)/statistics.median(b):.0f}×" if a and b else ""

    def ok(c):
        return "yes" if c else "**NO**"

    out = []
    hdr = "| measurement | ddm-reader | newsboat | newsboat ÷ ddm-reader | target | met |"
    out += [hdr, "|---|---|---|---|---|---|"]
    for mode, label in (("pty", "pty probe"), ("tmux", "tmux `capture-pane` polling")):
        d = vals("ddm", "launch", "first_frame_ms", mode=mode, cache="full")
        n = vals("newsboat", "launch", "first_frame_ms", mode=mode, cache="full")
        met = ok(d and n and statistics.median(d) <= 20 and statistics.median(n) / statistics.median(d) >= 300)
        out.append(f"| launch → first frame showing the list, 50,000 articles ({label}) | {ms(d)} | {ms(n)} | {ratio(n, d)} | ≤ 20 ms and ≥ 300× | {met} |")
    kd = sel("ddm", "keys")
    kn = sel("newsboat", "keys")
    kd = kd[-1] if kd else {}
    kn = kn[-1] if kn else {}

    def keycell(r, field):
        v = r.get(field) or []
        extra = f", {r.get('key_missing')} keys without a redraw" if r.get("key_missing") else ""
        return keystat(v) + extra

    for field, label in (("key_first_ms", "first byte"), ("key_last_ms", "last byte (frame complete)")):
        d, n = kd.get(field) or [], kn.get(field) or []
        out.append(
            f"| keypress → redraw, 1,000 × scroll one line in a long article: {label} | {keycell(kd, field)} | {keycell(kn, field)} | "
            f"{ratio(n, d)} | ≤ 5 ms median | {ok(d and statistics.median(d) <= 5)} |"
        )
    for field, label in (("VmRSS", "RSS at first frame, 50,000 articles (VmRSS)"), ("VmHWM", "peak RSS at first frame (VmHWM)")):
        d = vals("ddm", "launch", field, mode="pty", cache="full")
        n = vals("newsboat", "launch", field, mode="pty", cache="full")
        target, met = ("≤ 15 MiB", ok(d and statistics.median(d) / 1024 <= 15)) if field == "VmRSS" else ("", "")
        out.append(f"| {label} | {mib(d)} | {mib(n)} | {ratio(n, d)} | {target} | {met} |")
    for field, label in (("RssAnon", "… of which anonymous (heap)"), ("RssFile", "… of which file-backed (binary, libraries)")):
        d = vals("ddm", "launch", field, mode="pty", cache="full")
        n = vals("newsboat", "launch", field, mode="pty", cache="full")
        out.append(f"| {label} | {mib(d)} | {mib(n)} |  |  |  |")
    d = [r["settled"]["VmRSS"] for r in sel("ddm", "launch", mode="pty", cache="full") if r.get("settled", {}).get("VmRSS")]
    n = [r["settled"]["VmRSS"] for r in sel("newsboat", "launch", mode="pty", cache="full") if r.get("settled", {}).get("VmRSS")]
    out.append(f"| diagnostic: RSS once the output has been quiet for 0.3 s (ddm-reader: the rest of the list, tabs and counts loaded) | {mib(d)} | {mib(n)} |  |  |  |")
    d = vals("ddm", "launch", "VmRSS", mode="pty", cache="empty")
    n = vals("newsboat", "launch", "VmRSS", mode="pty", cache="empty")
    dt = vals("ddm", "launch", "first_frame_ms", mode="pty", cache="empty")
    nt = vals("newsboat", "launch", "first_frame_ms", mode="pty", cache="empty")
    out.append(f"| diagnostic: RSS at first frame, empty cache (VmRSS) | {mib(d)} | {mib(n)} |  |  |  |")
    out.append(f"| diagnostic: launch → first frame, empty cache (pty) | {ms(dt)} | {ms(nt)} |  |  |  |")

    fp = vals("floor", "launch", "first_frame_ms", mode="pty")
    ft = vals("floor", "launch", "first_frame_ms", mode="tmux")
    if fp or ft:
        out.append(f"| diagnostic: each method's floor, a shell that only prints the marker: pty / tmux | {ms(fp)} / {ms(ft)} |  |  |  |  |")

    def idle(r):
        i = r.get("idle")
        if not i:
            return "—"
        return f"{i['cpu_s']:.2f} s ({i['run_ms']:.2f} ms on CPU, {i['switches']} context switches, {i['threads']} threads, {i['bytes_written']} bytes written)"

    di = (kd.get("idle") or {}).get("cpu_s")
    out.append(f"| CPU while idle 30 s, long article open (utime+stime) | {idle(kd)} | {idle(kn)} |  | 0.00 s | {ok(di is not None and di < 0.005)} |")
    out.append(f"| diagnostic: Enter → long article on screen | {ms([kd['open_ms']] if 'open_ms' in kd else [])} | {ms([kn['open_ms']] if 'open_ms' in kn else [])} |  |  |  |")

    def mem2(r, k):
        m = r.get(k) or {}
        return f"{m.get('VmRSS', 0)/1024:.1f} MiB (HWM {m.get('VmHWM', 0)/1024:.1f})" if m else "—"

    out.append(f"| diagnostic: RSS with the long article open / after the 1,000 keys | {mem2(kd, 'open_mem')} / {mem2(kd, 'scrolled_mem')} | {mem2(kn, 'open_mem')} / {mem2(kn, 'scrolled_mem')} |  |  |  |")
    bd, bn = kd.get("key_bytes") or [], kn.get("key_bytes") or []
    if bd or bn:
        out.append(f"| diagnostic: bytes written per scroll redraw (median) | {statistics.median(bd) if bd else '—'} | {statistics.median(bn) if bn else '—'} |  |  |  |")
    polls = vals("ddm", "launch", "polls", mode="tmux", cache="full")
    print("\n".join(out))
    print()
    print("Times: median (min–max, n runs). RSS: median (min–max) over the pty launches.")
    if polls:
        print(f"tmux polling: {statistics.median(polls):.0f} `capture-pane` calls per ddm-reader launch (median).")
    errors = [r for r in rows if r.get("error")]
    for r in errors:
        print(f"\nERROR in {r['prog']} {r['kind']} {r.get('mode')}: {r['error']} {r.get('tail', '')}")


# ------------------------------------------------------------------ main
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    pc = sub.add_parser("prepare-corpus")
    pc.add_argument("--src", required=True)
    pc.add_argument("--out", required=True)
    pc.add_argument("--now", type=int, required=True)
    pc.add_argument("--join", type=int, default=24)
    la = sub.add_parser("launch")
    la.add_argument("--mode", choices=("pty", "tmux"), required=True)
    la.add_argument("--marker", required=True)
    la.add_argument("--quit", default="q", help="bytes that quit (pty mode), escapes allowed")
    la.add_argument("--quit-tmux", default="q", help="tmux send-keys arguments that quit")
    la.add_argument("--tmux-socket", default="ddm-tui-bench")
    la.add_argument("--timeout", type=float, default=180)
    la.add_argument("--tag", action="append", default=[], help="KEY=VALUE added to the JSON")
    la.add_argument("cmd", nargs="+")
    ke = sub.add_parser("keys")
    ke.add_argument("--marker", required=True)
    ke.add_argument("--open", action="append", default=[], help="KEY=MARKER, in order")
    ke.add_argument("--key", default="j")
    ke.add_argument("--count", type=int, default=1000)
    ke.add_argument("--quiet-ms", type=float, default=10)
    ke.add_argument("--idle", type=float, default=30)
    ke.add_argument("--quit", default="q")
    ke.add_argument("--timeout", type=float, default=180)
    ke.add_argument("--tag", action="append", default=[])
    ke.add_argument("cmd", nargs="+")
    ta = sub.add_parser("table")
    ta.add_argument("results")
    args = ap.parse_args()

    if args.what == "prepare-corpus":
        print(json.dumps(prepare_corpus(args)))
    elif args.what == "table":
        table(args)
    else:
        res = launch_pty(args) if args.what == "launch" and args.mode == "pty" else (
            launch_tmux(args) if args.what == "launch" else keys(args))
        for tag in args.tag:
            k, _, v = tag.partition("=")
            res[k] = v
        print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
