#!/usr/bin/env python3
"""Serve a directory of feeds on 127.0.0.1 for the ddm-reader benchmarks.

    bench/serve.py --dir bench-out/corpus-100x100 --port 8701 [--latency-ms 50] [--log FILE]

A ThreadingHTTPServer (HTTP/1.1, keep-alive, a listen backlog of 1024, so 100 or more
concurrent requests are accepted at once). Every file gets a strong ETag (from its size
and mtime) and a Last-Modified; a request whose If-None-Match matches, or (without
If-None-Match) whose If-Modified-Since is not older than the file, gets 304 with no body.
A path under /never/ is accepted and never answered, as a stalled server's would be.
--latency-ms sleeps that long before each response (each request, 304s included), as a
distant server would. --log appends one line per request: "STATUS BYTES PATH".
Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import email.utils
import os
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit


class Files:
    """Loads each file once; the corpus fits in memory and the server stays off the disk."""

    def __init__(self, root: str):
        self.root = os.path.realpath(root)
        self.lock = threading.Lock()
        self.cache: dict[str, tuple[bytes, str, str, float]] = {}

    def get(self, url_path: str):
        rel = unquote(urlsplit(url_path).path).lstrip("/")
        full = os.path.realpath(os.path.join(self.root, rel))
        if not full.startswith(self.root + os.sep) or not os.path.isfile(full):
            return None
        st = os.stat(full)
        with self.lock:
            hit = self.cache.get(full)
            if hit is not None and hit[3] == st.st_mtime:
                return hit
        with open(full, "rb") as fh:
            data = fh.read()
        etag = f'"{st.st_size:x}-{int(st.st_mtime_ns):x}"'
        last_mod = email.utils.formatdate(st.st_mtime, usegmt=True)
        entry = (data, etag, last_mod, st.st_mtime)
        with self.lock:
            self.cache[full] = entry
        return entry


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "bench-serve/1"
    files: Files
    latency: float = 0.0
    log_fh = None
    log_lock = threading.Lock()

    def _respond(self, head_only: bool) -> None:
        if self.latency:
            time.sleep(self.latency)
        entry = self.files.get(self.path)
        if entry is None:
            body = b"not found\n"
            self.send_response(HTTPStatus.NOT_FOUND)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head_only:
                self.wfile.write(body)
            self._log(404, len(body))
            return
        data, etag, last_mod, mtime = entry
        if self._not_modified(etag, mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_mod)
            self.end_headers()
            self._log(304, 0)
            return
        ctype = "application/rss+xml; charset=UTF-8" if self.path.endswith(".xml") else "application/octet-stream"
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", last_mod)
        self.end_headers()
        if not head_only:
            self.wfile.write(data)
        self._log(200, len(data))

    def _not_modified(self, etag: str, mtime: float) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip() for t in inm.split(",")]
            return "*" in tags or etag in tags or ("W/" + etag) in tags
        ims = self.headers.get("If-Modified-Since")
        if ims is not None:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError, IndexError, OverflowError):
                return False
            return int(mtime) <= int(since)
        return False

    def _log(self, status: int, nbytes: int) -> None:
        if self.log_fh is not None:
            with self.log_lock:
                self.log_fh.write(f"{status} {nbytes} {self.path}\n")
                self.log_fh.flush()

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.startswith("/never/"):
            # A server that accepts and never answers (bench/dead_feeds.sh).
            time.sleep(10**6)
            return
        self._respond(head_only=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(head_only=True)

    def log_message(self, format, *args) -> None:  # noqa: A002  quiet: --log instead
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024
    allow_reuse_address = True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", required=True, help="directory to serve")
    ap.add_argument("--port", type=int, default=8701)
    ap.add_argument("--latency-ms", type=float, default=0.0, help="sleep before each response")
    ap.add_argument("--log", help="append 'STATUS BYTES PATH' per request to this file")
    args = ap.parse_args()
    if not os.path.isdir(args.dir):
        sys.exit(f"serve.py: not a directory: {args.dir}")

    Handler.files = Files(args.dir)
    Handler.latency = args.latency_ms / 1000.0
    if args.log:
        Handler.log_fh = open(args.log, "a", encoding="utf-8")
    # Warm the in-memory cache so the first refresh does not measure the server's disk.
    for name in sorted(os.listdir(args.dir)):
        Handler.files.get("/" + name)
    httpd = Server(("127.0.0.1", args.port), Handler)
    print(f"serving {args.dir} on http://127.0.0.1:{args.port}/ latency {args.latency_ms} ms", flush=True)
    try:
        httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
