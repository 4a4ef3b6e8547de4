#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carteiro webmail benchmark: a class of browsers at once (bench/README.md).

    bench/webmailbench.py path/to/carteiro [--browsers 30] [--seconds 20] [--messages 100]

Starts `carteiro --serve --ephemeral-ports --no-persist` on a world with a
webmail (its transcript on, as always, streamed to a file), delivers
MESSAGES messages of about 5 KB to fran's INBOX by SMTP (not timed), then
BROWSERS threads, each a browser with its own keep-alive connection and
session cookie, log in and for SECONDS open the inbox (page 1: 25 messages,
each an IMAP FETCH of envelopes behind) and read a message (an IMAP leg
fetching the structure and the text), one after the other. Prints requests
per second and p50/p95/p99 latency per page and in all, the server's CPU
time, and the ratio of p95 to the target (50 ms), and writes
bench/results/webmail-latest.txt. A benchmark, not a test: it exits 0 when
the target is missed, non-zero only when something is broken (a page is not
200, a message is missing, the transcript lacks the legs).
"""

import argparse
import http.client
import os
import random
import re
import resource
import smtplib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

WORLD = """title en "webmail bench"
server cliente.fr
server servidor.edu
dns cliente.fr mx cliente.fr
dns servidor.edu mx servidor.edu
user ana@cliente.fr password claveana
user fran@servidor.edu password claveejemplo
client ana user ana@cliente.fr
client fran user fran@servidor.edu imap
webmail webmail.servidor.edu for servidor.edu
"""

TARGET_P95_MS = 50.0
LISTEN = re.compile(r"^LISTEN (\S+) (\S+) (\d+\.\d+\.\d+\.\d+):(\d+)$")
CSRF = re.compile(rb'name="csrf" value="([0-9a-f]+)"')


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(ordered) - 1)
    return ordered[f] + (ordered[c] - ordered[f]) * (k - f)


class Browser(threading.Thread):
    def __init__(self, address, port, uids, seconds, start_event, results, failures, think=0.0):
        super().__init__(daemon=True)
        self.think = think
        self.address, self.port = address, port
        self.uids = uids
        self.seconds = seconds
        self.start_event = start_event
        self.results = results
        self.failures = failures
        self.cookie = ""

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        started = time.perf_counter()
        self.conn.request(method, path, body=body, headers=headers)
        r = self.conn.getresponse()
        data = r.read()
        elapsed = (time.perf_counter() - started) * 1000.0
        cookie = r.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        return r.status, data, elapsed

    def run(self):
        try:
            self.conn = http.client.HTTPConnection(self.address, self.port, timeout=30)
            status, page, _ = self.request("GET", "/login")
            token = CSRF.search(page).group(1).decode()
            body = urllib.parse.urlencode({"csrf": token, "user": "fran", "password": "claveejemplo"})
            status, _, _ = self.request("POST", "/login", body,
                                        {"Content-Type": "application/x-www-form-urlencoded"})
            if status != 303:
                raise RuntimeError("log-in answered %d" % status)
            self.start_event.wait()
            rng = random.Random(id(self))
            if self.think:
                # A class does not click in step: each student's first
                # click comes somewhere in the first second, as the later
                # ones do. (Thirty first clicks in the same millisecond
                # would measure a queue of thirty, not a class.)
                time.sleep(rng.uniform(0.0, self.think))
            deadline = time.monotonic() + self.seconds
            while time.monotonic() < deadline:
                status, page, ms = self.request("GET", "/folder?name=INBOX")
                if status != 200 or page.count(b"/read?folder=INBOX") < 25:
                    raise RuntimeError("inbox answered %d with %d messages" % (status, page.count(b"/read?")))
                self.results["inbox"].append(ms)
                if self.think:
                    time.sleep(rng.uniform(0.5, 1.5) * self.think)
                uid = rng.choice(self.uids)
                status, page, ms = self.request("GET", "/read?folder=INBOX&uid=%d" % uid)
                if status != 200 or b"Bench message" not in page:
                    raise RuntimeError("message %d answered %d" % (uid, status))
                self.results["read"].append(ms)
                if self.think:
                    time.sleep(rng.uniform(0.5, 1.5) * self.think)
            self.conn.close()
        except Exception as e:  # a broken page is a failure of the bench
            self.failures.append(repr(e))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("carteiro")
    parser.add_argument("--browsers", type=int, default=int(os.environ.get("WEBMAIL_BROWSERS", 30)))
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("WEBMAIL_SECONDS", 20)))
    parser.add_argument("--messages", type=int, default=int(os.environ.get("WEBMAIL_MESSAGES", 100)))
    parser.add_argument("--results", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "results"))
    args = parser.parse_args()

    work = tempfile.TemporaryDirectory()
    scenario = os.path.join(work.name, "webmail.scenario")
    with open(scenario, "w") as f:
        f.write(WORLD)
    transcript = open(os.path.join(work.name, "transcript.txt"), "wb")
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work.name, "data"),
               XDG_CONFIG_HOME=os.path.join(work.name, "config"))
    server = subprocess.Popen([args.carteiro, "--serve", "--ephemeral-ports", "--no-persist", "--lang", "en",
                               "--scenario", scenario, "--max-connections", "5000"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    services = {}
    for raw in server.stdout:
        line = raw.decode().rstrip("\n")
        if line == "READY":
            break
        m = LISTEN.match(line)
        if m:
            services[(m.group(1), m.group(2))] = (m.group(3), int(m.group(4)))
    # The rest of the transcript to a file, as a teacher's --serve would keep it.
    pump = threading.Thread(target=lambda: [transcript.write(b) for b in server.stdout], daemon=True)
    pump.start()
    try:
        smtp = services[("servidor.edu", "smtp")]
        filler = "\r\n".join(["Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod."] * 68)
        with smtplib.SMTP(*smtp, local_hostname="bench.test", timeout=30) as c:
            for i in range(args.messages):
                c.sendmail("ana@cliente.fr", ["fran@servidor.edu"],
                           ("From: Ana <ana@cliente.fr>\r\nTo: fran@servidor.edu\r\nSubject: Bench message %d\r\n"
                            "\r\n%s\r\n" % (i + 1, filler)).encode())
        address, port = services[("webmail.servidor.edu", "http")]
        phases = []
        # Without a pause (each browser clicks again as soon as its page
        # came: the harshest), then as a class clicks (about one click a
        # second each, 0.5-1.5 s apart).
        for label, think in (("no pause between clicks", 0.0), ("a click every ~1 s (a class)", 1.0)):
            results = {"inbox": [], "read": []}
            failures = []
            go = threading.Event()
            browsers = [Browser(address, port, list(range(1, args.messages + 1)), args.seconds, go, results,
                                failures, think) for _ in range(args.browsers)]
            for b in browsers:
                b.start()
            time.sleep(1.0)  # every browser logged in
            cpu_before = _cpu(server.pid)
            started = time.monotonic()
            go.set()
            for b in browsers:
                b.join(args.seconds + 60)
            wall = time.monotonic() - started
            cpu = _cpu(server.pid) - cpu_before
            phases.append((label, results, failures, wall, cpu))
    finally:
        server.terminate()
        server.wait(10)
        pump.join(5)
        transcript.close()
    for _, _, failures, _, _ in phases:
        if failures:
            print("webmail-bench: BROKEN: %s" % failures[0], file=sys.stderr)
            return 1
    with open(os.path.join(work.name, "transcript.txt"), "rb") as f:
        text = f.read()
    if b"GET /folder?name=INBOX" not in text or b"ENVELOPE BODYSTRUCTURE)" not in text:
        print("webmail-bench: BROKEN: the transcript lacks the HTTP or IMAP legs", file=sys.stderr)
        return 1
    lines = ["Carteiro webmail benchmark — %s" % time.strftime("%Y-%m-%d %H:%M:%S"),
             "%d browsers at once, %.0f s each phase, fran's INBOX of %d messages (~5 KB), transcript on"
             % (args.browsers, args.seconds, args.messages)]
    for label, results, _, wall, cpu in phases:
        everything = results["inbox"] + results["read"]
        lines += ["", "%s:" % label,
                  "%-24s %8s %8s %9s %9s %9s" % ("page", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms")]
        for name, values in (("inbox (25 envelopes)", results["inbox"]), ("read a message", results["read"]),
                             ("all", everything)):
            lines.append("%-24s %8d %8.1f %9.1f %9.1f %9.1f" % (name, len(values), len(values) / wall,
                                                                 percentile(values, 50), percentile(values, 95),
                                                                 percentile(values, 99)))
        p95 = percentile(everything, 95)
        lines += ["server CPU: %.1f s in %.1f s (%.0f%% of one core; the machine has %d)"
                  % (cpu, wall, 100.0 * cpu / wall, os.cpu_count()),
                  "target: p95 under %.0f ms: p95 %.1f ms = %.2fx the target — %s"
                  % (TARGET_P95_MS, p95, p95 / TARGET_P95_MS, "met" if p95 < TARGET_P95_MS else "MISSED")]
    report = "\n".join(lines) + "\n"
    print(report)
    os.makedirs(args.results, exist_ok=True)
    with open(os.path.join(args.results, "webmail-latest.txt"), "w") as f:
        f.write(report)
    return 0


def _cpu(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


if __name__ == "__main__":
    sys.exit(main())
