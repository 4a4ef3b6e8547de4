#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A class at work, for bench/class-stall.sh (Debian's /usr/bin/python3, stdlib only).

    classload.py HOST SMTP POP3 IMAP PASSWORDS SECONDS OUT [STUDENTS] [PER]

STUDENTS students (default 30) from the PASSWORDS file (DIR/class-passwords:
"address password" lines) each hold PER connections (default 5) open for
SECONDS, typing as people do, a line every 80-250 ms: two SMTP submission
sessions (AUTH PLAIN, then a message to profesor typed line by line, again
and again), one POP3 session (USER/PASS, then STAT, LIST, NOOP: POP3 locks
the maildrop, so one is all a student may hold) and two IMAP sessions
(LOGIN, SELECT INBOX, then NOOP, STATUS, FETCH of the newest headers). A probe, one more SMTP session, sends NOOP every 20 ms and times
each answer. Writes a JSON summary to OUT: lines typed, messages accepted,
errors, the probe's round trips (p50, p99, max) and the longest one in each
second. Every address is on 127.0.0.0/8.
"""

import base64
import json
import random
import socket
import sys
import threading
import time


def percentiles(values):
    if not values:
        return {"n": 0, "p50": None, "p99": None, "max": None}
    s = sorted(values)
    pick = lambda q: round(s[min(len(s) - 1, int(q * len(s)))] * 1000, 2)
    return {"n": len(s), "p50": pick(0.5), "p99": pick(0.99), "max": round(s[-1] * 1000, 2)}


class Session:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.file = self.sock.makefile("rb")

    def line(self):
        text = self.file.readline()
        if not text:
            raise ConnectionError("closed")
        return text.decode("utf-8", "replace").rstrip("\r\n")

    def send(self, text):
        self.sock.sendall(text.encode() + b"\r\n")

    def smtp(self, text=None):
        if text is not None:
            self.send(text)
        while True:
            reply = self.line()
            if len(reply) < 4 or reply[3] != "-":
                return reply

    def pop3(self, text):
        self.send(text)
        reply = self.line()
        if text in ("LIST",) and reply.startswith("+OK"):
            while self.line() != ".":
                pass
        return reply

    def imap(self, tag, text):
        self.send("%s %s" % (tag, text))
        while True:
            reply = self.line()
            if reply.startswith(tag + " "):
                return reply

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class Counters:
    def __init__(self):
        self.lock = threading.Lock()
        self.lines = 0
        self.messages = 0
        self.errors = []

    def add(self, lines=0, messages=0):
        with self.lock:
            self.lines += lines
            self.messages += messages

    def error(self, text):
        with self.lock:
            if len(self.errors) < 20:
                self.errors.append(text)


def pause():
    time.sleep(random.uniform(0.08, 0.25))


def smtp_worker(host, port, user, password, stop, counters):
    s = Session(host, port)
    try:
        s.smtp()
        s.smtp("EHLO pc-" + user)
        token = base64.b64encode(("\0%s\0%s" % (user, password)).encode()).decode()
        if not s.smtp("AUTH PLAIN " + token).startswith("235"):
            raise RuntimeError("AUTH refused for " + user)
        counters.add(lines=2)
        n = 0
        while not stop.is_set():
            n += 1
            for command in ("MAIL FROM:<%s@2esi.org>" % user, "RCPT TO:<profesor@2esi.org>", "DATA"):
                pause()
                s.smtp(command)
            for text in ("From: %s@2esi.org" % user, "To: profesor@2esi.org", "Subject: proba %d" % n, "",
                         "Ola, profe.", "Esta é a mensaxe %d." % n):
                pause()
                s.send(text)
            pause()
            if s.smtp(".").startswith("250"):
                counters.add(lines=10, messages=1)
            else:
                counters.error("%s: message %d refused" % (user, n))
        s.smtp("QUIT")
    finally:
        s.close()


def pop3_worker(host, port, user, password, stop, counters):
    s = Session(host, port)
    try:
        s.line()
        s.pop3("USER " + user)
        pause()
        if not s.pop3("PASS " + password).startswith("+OK"):
            raise RuntimeError("PASS refused for " + user)
        counters.add(lines=2)
        while not stop.is_set():
            for command in ("STAT", "LIST", "NOOP"):
                pause()
                s.pop3(command)
                counters.add(lines=1)
        s.pop3("QUIT")
    finally:
        s.close()


def imap_worker(host, port, user, password, stop, counters):
    s = Session(host, port)
    try:
        s.line()
        if " OK" not in s.imap("a1", "LOGIN %s %s" % (user, password)):
            raise RuntimeError("LOGIN refused for " + user)
        s.imap("a2", "SELECT INBOX")
        counters.add(lines=2)
        n = 2
        while not stop.is_set():
            for command in ("NOOP", "STATUS INBOX (MESSAGES UNSEEN)", "FETCH * (FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])"):
                pause()
                n += 1
                s.imap("a%d" % n, command)
                counters.add(lines=1)
        s.imap("z", "LOGOUT")
    finally:
        s.close()


def probe(host, port, stop, rtts, per_second):
    s = Session(host, port)
    try:
        s.smtp()
        s.smtp("EHLO probe")
        start = time.monotonic()
        while not stop.is_set():
            t0 = time.monotonic()
            s.smtp("NOOP")
            rtt = time.monotonic() - t0
            rtts.append(rtt)
            second = int(t0 - start)
            per_second[second] = max(per_second.get(second, 0.0), rtt)
            time.sleep(0.02)
        s.smtp("QUIT")
    finally:
        s.close()


def main():
    host, smtp, pop3, imap, passwords_file, seconds, out = sys.argv[1:8]
    students = int(sys.argv[8]) if len(sys.argv) > 8 else 30
    per = int(sys.argv[9]) if len(sys.argv) > 9 else 5
    passwords = []
    with open(passwords_file, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                address, password = line.split(" ")
                passwords.append((address.split("@")[0], password))
    passwords = passwords[:students]
    stop = threading.Event()
    counters = Counters()
    # POP3 locks the maildrop (RFC 1939 §8): one POP3 session per student.
    kinds = [(smtp_worker, int(smtp)), (imap_worker, int(imap)), (pop3_worker, int(pop3)),
             (smtp_worker, int(smtp)), (imap_worker, int(imap))][:per]

    def run(worker, port, user, password):
        try:
            worker(host, port, user, password, stop, counters)
        except Exception as e:
            counters.error("%s %s: %r" % (user, worker.__name__, e))

    threads = []
    for user, password in passwords:
        for worker, port in kinds:
            threads.append(threading.Thread(target=run, args=(worker, port, user, password), daemon=True))
    rtts, per_second = [], {}
    prober = threading.Thread(target=probe, args=(host, int(smtp), stop, rtts, per_second), daemon=True)
    for t in threads:
        t.start()
        time.sleep(0.01)  # a class logs in over a second or two, not in one burst
    prober.start()
    time.sleep(float(seconds))
    stop.set()
    for t in threads + [prober]:
        t.join(30)
    seconds_max = sorted(round(v * 1000, 2) for v in per_second.values())
    summary = {
        "students": len(passwords), "connections": len(threads), "lines": counters.lines,
        "messages": counters.messages, "errors": counters.errors, "probe": percentiles(rtts),
        "probe_worst_second_ms": seconds_max[-1] if seconds_max else None,
        "probe_median_second_ms": seconds_max[len(seconds_max) // 2] if seconds_max else None,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary))
    return 1 if counters.errors else 0


if __name__ == "__main__":
    sys.exit(main())
