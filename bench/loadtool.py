#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for bench/load.sh (Debian's /usr/bin/python3, stdlib only).

Subcommands
  scenario FILE USERS            write a scenario: servidor.edu with fran, probe
                                 and u1..uUSERS (password claveejemplo)
  preload HOST PORT USERS M SIZE put M messages of SIZE bytes into each of
                                 u1..uUSERS over one SMTP connection
  pop3-load HOST PORT USERS STOPFILE OUT
                                 one thread per user u1..uUSERS, each looping
                                 login, STAT, RETR of every message, QUIT until
                                 STOPFILE exists; writes a JSON summary to OUT
  smtp-probe HOST PORT THREADS STOPFILE OUT
                                 THREADS threads each sending one message per
                                 connection to probe@servidor.edu until
                                 STOPFILE exists, timing each transaction;
                                 writes a JSON summary to OUT
  count HOST PORT USER           print the STAT count of USER (password
                                 claveejemplo), retrying while [IN-USE]
  files DIR                      print how many files are in DIR/*/mail/*/new and cur

Latencies are wall-clock seconds on a monotonic clock, reported as p50, p90,
p99 and max in milliseconds. Every address is on 127.0.0.0/8.
"""

import json
import os
import poplib
import smtplib
import sys
import threading
import time

PASSWORD = "claveejemplo"


def percentiles(values):
    if not values:
        return {"n": 0, "p50": None, "p90": None, "p99": None, "max": None}
    v = sorted(values)

    def at(q):
        return round(v[min(len(v) - 1, int(q * len(v)))] * 1000, 2)
    return {"n": len(v), "p50": at(0.50), "p90": at(0.90), "p99": at(0.99),
            "max": round(v[-1] * 1000, 2)}


def scenario(path, users):
    lines = ['title en "Load bench"', "server servidor.edu", "dns servidor.edu mx servidor.edu",
             "user fran@servidor.edu password %s" % PASSWORD,
             "user probe@servidor.edu password %s" % PASSWORD]
    lines += ["user u%d@servidor.edu password %s" % (i, PASSWORD) for i in range(1, int(users) + 1)]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def body(size, tag):
    head = "From: <load@bench.test>\r\nSubject: %s\r\n\r\n" % tag
    line = "x" * 74 + "\r\n"
    out = head
    while len(out) < size:
        out += line
    return out.encode()


def preload(host, port, users, m, size):
    with smtplib.SMTP(host, int(port), local_hostname="load.test", timeout=60) as s:
        for u in range(1, int(users) + 1):
            for i in range(int(m)):
                s.sendmail("load@bench.test", ["u%d@servidor.edu" % u], body(int(size), "u%d #%d" % (u, i)))


def pop3_load(host, port, users, stopfile, out):
    lock = threading.Lock()
    sessions, retrs, errors = [], [], []
    counts = {"sessions": 0, "messages": 0, "bytes": 0}
    start = time.monotonic()

    def worker(user):
        while not os.path.exists(stopfile):
            t0 = time.monotonic()
            try:
                box = poplib.POP3(host, int(port), timeout=60)
                box.user(user)
                box.pass_(PASSWORD)
                n, _ = box.stat()
                got = 0
                for k in range(1, n + 1):
                    r0 = time.monotonic()
                    _, lines, octets = box.retr(k)
                    r1 = time.monotonic()
                    with lock:
                        retrs.append(r1 - r0)
                        counts["bytes"] += octets
                    got += 1
                box.quit()
                with lock:
                    sessions.append(time.monotonic() - t0)
                    counts["sessions"] += 1
                    counts["messages"] += got
            except Exception as e:  # a failed transaction is what we count
                with lock:
                    errors.append("%s: %s" % (user, e))
                time.sleep(0.05)

    threads = [threading.Thread(target=worker, args=("u%d" % u,)) for u in range(1, int(users) + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    result = {"seconds": round(elapsed, 3), "sessions": counts["sessions"], "messages": counts["messages"],
              "bytes": counts["bytes"], "errors": len(errors), "first_errors": errors[:5],
              "messages_per_second": round(counts["messages"] / elapsed, 1) if elapsed else 0,
              "session_ms": percentiles(sessions), "retr_ms": percentiles(retrs)}
    with open(out, "w") as f:
        json.dump(result, f)


def smtp_probe(host, port, threads_, stopfile, out):
    lock = threading.Lock()
    whole, data, errors = [], [], []
    message = body(5120, "probe")

    def worker():
        while not os.path.exists(stopfile):
            t0 = time.monotonic()
            try:
                with smtplib.SMTP(host, int(port), local_hostname="probe.test", timeout=60) as s:
                    s.ehlo()
                    s.mail("probe@bench.test")
                    s.rcpt("probe@servidor.edu")
                    d0 = time.monotonic()
                    code, _ = s.data(message)
                    d1 = time.monotonic()
                    if code != 250:
                        raise RuntimeError("DATA answered %d" % code)
                with lock:
                    data.append(d1 - d0)
                    whole.append(time.monotonic() - t0)
            except Exception as e:
                with lock:
                    errors.append(str(e))
                time.sleep(0.05)

    ts = [threading.Thread(target=worker) for _ in range(int(threads_))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    with open(out, "w") as f:
        json.dump({"accepted": len(whole), "errors": len(errors), "first_errors": errors[:5],
                   "transaction_ms": percentiles(whole), "data_ms": percentiles(data)}, f)


def count(host, port, user):
    deadline = time.monotonic() + 30
    while True:
        try:
            box = poplib.POP3(host, int(port), timeout=60)
            box.user(user)
            box.pass_(PASSWORD)
            n, _ = box.stat()
            box.quit()
            print(n)
            return 0
        except poplib.error_proto as e:
            if "IN-USE" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def files(directory):
    n = 0
    for host in os.listdir(directory):
        mail = os.path.join(directory, host, "mail")
        if not os.path.isdir(mail):
            continue
        for user in os.listdir(mail):
            for sub in ("new", "cur"):
                p = os.path.join(mail, user, sub)
                if os.path.isdir(p):
                    n += len(os.listdir(p))
    print(n)


def main(argv):
    cmd, args = argv[1], argv[2:]
    table = {"scenario": scenario, "preload": preload, "pop3-load": pop3_load,
             "smtp-probe": smtp_probe, "count": count, "files": files}
    if cmd not in table:
        print("loadtool: unknown subcommand %r" % cmd, file=sys.stderr)
        return 2
    return table[cmd](*args) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
