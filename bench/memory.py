#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""memory.py — resident memory of `carteiro --serve` holding a term of mail.

Starts `carteiro --serve --data-dir DIR` (persistence on, the transcript
recording and streaming as always; the stream is read and thrown away),
delivers MEMORY_MESSAGES messages (20,000) of MEMORY_SIZE octets (5 KB) to
fran@servidor.edu with Postfix's smtp-source (MEMORY_SESSIONS sessions,
connection reuse) or, without it, smtplib, while a thread samples VmRSS every
20 ms. Then:

  delivered  VmRSS and VmHWM (peak resident memory) after the last 250
  read       POP3 STAT, LIST and the RETR of MEMORY_RETR messages (checked
             byte for byte against the file on disk), IMAP FETCH BODY[] of as
             many: the peak while reading
  restart    SIGTERM, the same data directory started again: VmRSS after
             READY, STAT (every message still there), the RETR again; VmHWM

It prints the figures and writes bench/results/memory-latest.txt. The target
(issue 17) is a peak under 64 MiB. A benchmark, not a test: it exits non-zero
only when something is broken (the server does not start, a message is lost
or differs), not when the target is missed.

Usage: bench/memory.sh [path/to/carteiro]    (or CARTEIRO_BIN=...)
"""

import imaplib
import os
import poplib
import re
import shutil
import signal
import smtplib
import subprocess
import sys
import tempfile
import threading
import time

MESSAGES = int(os.environ.get("MEMORY_MESSAGES", "20000"))
SIZE = int(os.environ.get("MEMORY_SIZE", "5120"))
SESSIONS = int(os.environ.get("MEMORY_SESSIONS", "10"))
RETR = int(os.environ.get("MEMORY_RETR", "500"))
EXTRA = os.environ.get("MEMORY_ARGS", "").split()
RESULTS_DIR = os.environ.get("BENCH_RESULTS_DIR",
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), "results"))
TARGET_MIB = 64
LISTEN_RE = re.compile(r"^LISTEN (\S+) (\S+) (\d+\.\d+\.\d+\.\d+):(\d+)$")
FRAN = ("fran", "claveejemplo")


def log(text):
    print("memory: " + text, file=sys.stderr, flush=True)


def status(pid):
    fields = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            name, _, value = line.partition(":")
            if value.strip().endswith("kB"):
                fields[name] = int(value.split()[0])
    return fields


def mib(kb):
    return kb / 1024.0


class Server:
    """carteiro --serve; its stdout read and counted, not kept."""

    def __init__(self, binary, data_dir):
        self.args = [binary, "--serve", "--ephemeral-ports", "--lang", "en", "--data-dir", data_dir] + EXTRA
        self.services = {}
        self.lines = 0
        self.accepted = 0
        self.ready = threading.Event()

    def start(self):
        self.process = subprocess.Popen(self.args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        threading.Thread(target=self._pump, daemon=True).start()
        self.stderr = []
        threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True).start()
        if not self.ready.wait(60):
            self.process.kill()
            raise SystemExit("memory: ERROR: carteiro printed no READY: %s"
                             % b"".join(self.stderr).decode(errors="replace"))
        return self

    def _pump(self):
        for raw in self.process.stdout:
            self.lines += 1
            if not self.ready.is_set():
                text = raw.decode(errors="replace").rstrip("\r\n")
                m = LISTEN_RE.match(text)
                if m:
                    self.services[(m.group(1), m.group(2))] = (m.group(3), int(m.group(4)))
                elif text == "READY":
                    self.ready.set()
            elif b"S: 250 " in raw and b"ccepted" in raw:
                self.accepted += 1

    def address(self, host, service):
        return self.services[(host, service)]

    @property
    def pid(self):
        return self.process.pid

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


class Sampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.halt = threading.Event()

    def run(self):
        while not self.halt.is_set():
            try:
                self.peak = max(self.peak, status(self.pid)["VmRSS"])
            except (OSError, KeyError):
                return
            time.sleep(0.02)


def deliver(server):
    host, port = server.address("servidor.edu", "smtp")
    source = shutil.which("smtp-source") or ("/usr/sbin/smtp-source"
                                             if os.access("/usr/sbin/smtp-source", os.X_OK) else None)
    started = time.monotonic()
    if source:
        subprocess.run([source, "-s", str(SESSIONS), "-m", str(MESSAGES), "-l", str(SIZE), "-d",
                        "-M", "cliente.fr", "-f", "bench@cliente.fr", "-t", "fran@servidor.edu",
                        "%s:%d" % (host, port)], check=True, timeout=3600)
        how = "smtp-source -s %d -m %d -l %d -d" % (SESSIONS, MESSAGES, SIZE)
    else:
        body = ("Subject: memory bench\r\n\r\n" + ("x" * 70 + "\r\n") * (SIZE // 72)).encode()
        per = (MESSAGES + SESSIONS - 1) // SESSIONS

        def one(n):
            with smtplib.SMTP(host, port, timeout=60) as smtp:
                for _ in range(min(per, MESSAGES - n * per)):
                    smtp.sendmail("bench@cliente.fr", ["fran@servidor.edu"], body)

        threads = [threading.Thread(target=one, args=(n,)) for n in range(SESSIONS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        how = "smtplib, %d sessions" % SESSIONS
    return how, time.monotonic() - started


def read_back(server, data_dir, count):
    """STAT, LIST, RETR of `count` messages compared with their files; IMAP FETCH."""
    host, port = server.address("servidor.edu", "pop3")
    pop = poplib.POP3(host, port, timeout=120)
    pop.user(FRAN[0])
    pop.pass_(FRAN[1])
    stored, _ = pop.stat()
    pop.list()
    files = {}
    maildir = os.path.join(data_dir, "servidor.edu", "mail", "fran")
    if not os.path.isdir(maildir):
        for root, dirs, _ in os.walk(data_dir):
            if root.endswith(os.sep + "fran") and "cur" in dirs:
                maildir = root
                break
    for sub in ("cur", "new"):
        directory = os.path.join(maildir, sub)
        for name in os.listdir(directory) if os.path.isdir(directory) else []:
            files[name.split(":")[0]] = os.path.join(directory, name)
    uids = {}
    for line in pop.uidl()[1]:
        number, uid = line.decode().split(" ", 1)
        uids[int(number)] = uid
    step = max(1, stored // max(1, count))
    checked = 0
    for number in range(1, stored + 1, step):
        lines = pop.retr(number)[1]
        text = b"\r\n".join(lines) + b"\r\n"
        path = files.get(uids[number])
        if path is None:
            raise SystemExit("memory: ERROR: no file for POP3 message %d (%s)" % (number, uids[number]))
        with open(path, "rb") as f:
            on_disk = f.read()
        # poplib undoes the dot-stuffing; a file is the message as stored.
        if text != on_disk:
            raise SystemExit("memory: ERROR: RETR %d differs from its file %s" % (number, path))
        checked += 1
    pop.quit()
    host, port = server.address("servidor.edu", "imap")
    imap = imaplib.IMAP4(host, port)
    imap.login(*FRAN)
    imap.select("INBOX", readonly=True)
    fetched = 0
    for number in range(1, stored + 1, step):
        typ, data = imap.fetch(str(number), "(BODY.PEEK[] ENVELOPE)")
        if typ != "OK" or not data or not isinstance(data[0], tuple):
            raise SystemExit("memory: ERROR: IMAP FETCH %d: %r" % (number, typ))
        fetched += 1
    imap.logout()
    return stored, checked, fetched


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARTEIRO_BIN", "build/app/carteiro")
    if not os.access(binary, os.X_OK):
        raise SystemExit("memory: ERROR: %s is not an executable carteiro" % binary)
    scratch = tempfile.mkdtemp(prefix="carteiro-memory-")
    data_dir = os.path.join(scratch, "data")
    os.environ.setdefault("XDG_CONFIG_HOME", os.path.join(scratch, "config"))
    os.environ.setdefault("XDG_DATA_HOME", os.path.join(scratch, "share"))
    report = []
    try:
        server = Server(binary, data_dir).start()
        idle = status(server.pid)["VmRSS"]
        sampler = Sampler(server.pid)
        sampler.start()
        log("delivering %d messages of %d octets" % (MESSAGES, SIZE))
        how, seconds = deliver(server)
        time.sleep(1.0)  # the last stream lines, the UID lists written
        after = status(server.pid)
        stored, checked, fetched = read_back(server, data_dir, RETR)
        after_read = status(server.pid)
        sampler.halt.set()
        if stored != MESSAGES:
            raise SystemExit("memory: ERROR: POP3 STAT says %d messages, %d were sent" % (stored, MESSAGES))
        lines = server.lines
        server.stop()

        log("restarting on the same data directory")
        started = time.monotonic()
        again = Server(binary, data_dir).start()
        restart_seconds = time.monotonic() - started
        restarted = status(again.pid)
        stored2, checked2, fetched2 = read_back(again, data_dir, RETR)
        restarted_read = status(again.pid)
        again.stop()
        if stored2 != MESSAGES:
            raise SystemExit("memory: ERROR: after the restart STAT says %d messages, not %d"
                             % (stored2, MESSAGES))

        peak = max(after_read["VmHWM"], restarted_read["VmHWM"])
        report = [
            "carteiro --serve --data-dir (persistence on, transcript on): %d messages of %d octets to one mailbox"
            % (MESSAGES, SIZE),
            "delivery: %s, %.1f s (%.0f messages/s); transcript stream: %d lines"
            % (how, seconds, MESSAGES / seconds, lines),
            "",
            "%-44s %9s" % ("", "MiB"),
            "%-44s %9.1f" % ("VmRSS idle, after READY", mib(idle)),
            "%-44s %9.1f" % ("VmRSS after delivery", mib(after["VmRSS"])),
            "%-44s %9.1f" % ("VmHWM (peak) during delivery", mib(after["VmHWM"])),
            "%-44s %9.1f" % ("peak VmRSS sampled every 20 ms", mib(sampler.peak)),
            "%-44s %9.1f" % ("VmHWM after STAT/LIST/%d RETR/%d FETCH" % (checked, fetched),
                             mib(after_read["VmHWM"])),
            "%-44s %9.1f" % ("VmRSS after a restart (READY, %.1f s)" % restart_seconds,
                             mib(restarted["VmRSS"])),
            "%-44s %9.1f" % ("VmHWM after the restart and the reads", mib(restarted_read["VmHWM"])),
            "",
            "every message there after the restart: %d; RETR byte-exact with its file: %d + %d"
            % (stored2, checked, checked2),
            "peak %.1f MiB; target under %d MiB: %s" % (mib(peak), TARGET_MIB,
                                                        "met" if mib(peak) < TARGET_MIB else "NOT met"),
        ]
    finally:
        if os.environ.get("BENCH_KEEP_TMP"):
            log("scratch kept in " + scratch)
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    text = "\n".join(report) + "\n"
    sys.stdout.write(text)
    os.makedirs(RESULTS_DIR, exist_ok=True)
    with open(os.path.join(RESULTS_DIR, "memory-latest.txt"), "w") as f:
        f.write("# bench/memory.sh, %s, %s\n" % (time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                                                 os.uname().nodename))
        f.write(text)


if __name__ == "__main__":
    main()
