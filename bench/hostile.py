#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""hostile.py — memory of `carteiro --serve` under hostile clients.

Starts one carteiro --serve with its defaults (--keep-lines 100000) and a
short --idle-timeout, measures its resident set when idle, then runs the
hostile phases one after the other while a well-behaved client (smtplib and
poplib, the Bystander of tests/interop) keeps sending and fetching mail:

  lines     40 sessions (SMTP and POP3) each send 32 MiB without CR LF
  data      6 SMTP sessions each send 30 MiB of DATA, past the 10 MiB SIZE limit
  readers   20 SMTP sessions pipeline HELPs and 10 POP3 sessions RETR a 1 MB
            message over and over, reading nothing, until the server drops them
  loris     100 sessions send one octet a second
  errors    200 sessions send binary garbage until the error limit closes them
  churn     5000 connections opened and dropped (FIN, RST, mid-command)

The phases run twice, or BENCH_HOSTILE_ROUNDS times (rounds climbing ever
higher would mean memory is not bounded). It prints the idle VmRSS, the peak VmHWM of the whole run and
each phase's peak VmRSS, their ratio to the idle figure, the descriptors before and after,
and how many rounds the well-behaved client completed. A benchmark, not a
test: it fails only when something is broken (the server dies, the
well-behaved client fails, descriptors leak).

Usage: bench/hostile.sh [path/to/carteiro]    (or CARTEIRO_BIN=...)
"""

import os
import socket
import struct
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "interop"))

from carteiro_serve import CarteiroServer  # noqa: E402
from hostile_support import Bystander, open_descriptors, process_status  # noqa: E402

IDLE_TIMEOUT = 3
MIB = 1024 * 1024


class Sampler(threading.Thread):
    """Samples VmRSS every 20 ms; `peak` is the highest since the last reset."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.halt = threading.Event()

    def run(self):
        while not self.halt.is_set():
            try:
                self.peak = max(self.peak, process_status(self.pid)["VmRSS"])
            except (OSError, KeyError):
                return
            time.sleep(0.02)

    def reset(self):
        self.peak = process_status(self.pid)["VmRSS"]


def in_parallel(count, job, *args):
    threads = [threading.Thread(target=job, args=(n,) + args, daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)


def connect(address):
    sock = socket.create_connection(address, timeout=10)
    sock.recv(4096)                                      # the greeting
    return sock


COUNTS = {"done": 0, "dropped": 0}
COUNT_LOCK = threading.Lock()


def count(key):
    with COUNT_LOCK:
        COUNTS[key] += 1


def quietly(function):
    """One hostile session; a session the server drops is counted, not raised."""
    def wrapped(*args):
        try:
            function(*args)
            count("done")
        except OSError:
            count("dropped")                             # dropped by the server: expected
    return wrapped


def phase_lines(server):
    smtp, pop3 = server.address("servidor.edu", "smtp"), server.address("servidor.edu", "pop3")

    @quietly
    def job(n):
        with connect(smtp if n % 2 else pop3) as sock:
            piece = b"A" * 65536
            for _ in range(32 * MIB // len(piece)):
                sock.sendall(piece)
            sock.sendall(b"\r\nQUIT\r\n")
            sock.recv(4096)
    in_parallel(40, job)


def phase_data(server):
    smtp = server.address("servidor.edu", "smtp")

    @quietly
    def job(n):
        with connect(smtp) as sock:
            sock.sendall(b"HELO bench.test\r\nMAIL FROM:<x@bench.test>\r\n"
                         b"RCPT TO:<fran@servidor.edu>\r\nDATA\r\n")
            block = (b"x" * 998 + b"\r\n") * 1024
            for _ in range(30):
                sock.sendall(block)
            sock.sendall(b".\r\nQUIT\r\n")
            sock.settimeout(30)
            while sock.recv(4096):
                pass
    in_parallel(6, job)


def phase_readers(server):
    smtp, pop3 = server.address("servidor.edu", "smtp"), server.address("servidor.edu", "pop3")
    # A 1 MB message for the POP3 readers to RETR.
    with connect(smtp) as sock:
        body = b"".join(b"line %06d of a big message\r\n" % n for n in range(36000))
        sock.sendall(b"HELO bench.test\r\nMAIL FROM:<x@bench.test>\r\nRCPT TO:<fran@servidor.edu>\r\n"
                     b"DATA\r\n" + body + b".\r\nQUIT\r\n")
        sock.settimeout(30)
        while sock.recv(4096):
            pass

    @quietly
    def job(n):
        pop = n < 10
        with socket.create_connection(pop3 if pop else smtp, timeout=10) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            # HELP has a long reply: the kernel's buffers fill sooner.
            command = b"RETR 1\r\n" if pop else b"HELP\r\n"
            if pop:
                # One reader holds fran's lock; the others are refused it and
                # flood -ERR replies instead: both kinds of backlog.
                sock.sendall(b"USER fran\r\nPASS claveejemplo\r\n")
            sock.settimeout(0.2)
            data = command * 2048
            deadline = time.monotonic() + IDLE_TIMEOUT + 25
            while time.monotonic() < deadline:
                try:
                    sock.send(data)
                except socket.timeout:
                    continue
    in_parallel(30, job)


def phase_loris(server):
    smtp = server.address("servidor.edu", "smtp")

    @quietly
    def job(n):
        with connect(smtp) as sock:
            for byte in b"NOOP NOOP NOOP NOOP\r\n":
                sock.sendall(bytes([byte]))
                time.sleep(1)
    in_parallel(100, job)


def phase_errors(server):
    smtp = server.address("servidor.edu", "smtp")
    garbage = bytes(range(256)) * 64

    @quietly
    def job(n):
        with connect(smtp) as sock:
            for _ in range(64):
                sock.sendall(garbage)
    in_parallel(200, job)


def phase_churn(server):
    smtp, pop3 = server.address("servidor.edu", "smtp"), server.address("servidor.edu", "pop3")

    @quietly
    def one(i):
        sock = socket.create_connection(smtp if i % 4 else pop3, timeout=10)
        kind = i % 4
        if kind == 1:
            sock.recv(100)
        elif kind == 2:
            sock.sendall(b"HELO churn.test\r\nMAIL FROM:<x@y.test>\r\n")
        elif kind == 3:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()

    def job(n):
        for i in range(1250):
            one(i)
    in_parallel(4, job)


PHASES = [("lines", phase_lines), ("data", phase_data), ("readers", phase_readers),
          ("loris", phase_loris), ("errors", phase_errors), ("churn", phase_churn)]


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARTEIRO_BIN", "build/app/carteiro")
    os.environ["CARTEIRO_BIN"] = os.path.abspath(binary)
    server = CarteiroServer("--idle-timeout", str(IDLE_TIMEOUT)).start()
    try:
        pid = server.process.pid
        time.sleep(1.0)
        idle = process_status(pid)["VmRSS"]
        fds_before = open_descriptors(pid)
        sampler = Sampler(pid)
        sampler.start()
        bystander = Bystander(server)
        bystander.start()
        print("carteiro --serve (pid %d): idle VmRSS %.1f MiB, %d descriptors"
              % (pid, idle / 1024, fds_before))
        print("%-5s %-8s %8s %9s %9s %14s %8s" % ("round", "phase", "seconds", "sessions",
                                                 "dropped", "peak VmRSS", "× idle"))
        # Twice (BENCH_HOSTILE_ROUNDS): unbounded memory would climb round after round.
        for round_number in range(1, int(os.environ.get("BENCH_HOSTILE_ROUNDS", "2")) + 1):
            for name, phase in PHASES:
                sampler.reset()
                COUNTS.update(done=0, dropped=0)
                started = time.monotonic()
                phase(server)
                elapsed = time.monotonic() - started
                if server.process.poll() is not None:
                    print("FAILED: carteiro exited during phase %s" % name)
                    return 1
                print("%-5d %-8s %8.1f %9d %9d %10.1f MiB %8.2f"
                      % (round_number, name, elapsed, COUNTS["done"] + COUNTS["dropped"],
                         COUNTS["dropped"], sampler.peak / 1024, sampler.peak / idle))
        time.sleep(IDLE_TIMEOUT + 6)                     # let the last ones be dropped
        bystander.halt()
        status = process_status(pid)
        fds_after = open_descriptors(pid)
        print("peak VmHWM of the run: %.1f MiB, %.2f × the idle VmRSS (%.1f MiB); now %.1f MiB"
              % (status["VmHWM"] / 1024, status["VmHWM"] / idle, idle / 1024,
                 status["VmRSS"] / 1024))
        print("descriptors: %d before, %d after" % (fds_before, fds_after))
        print("well-behaved client: %d rounds (send and fetch), %d failures"
              % (bystander.rounds, len(bystander.failures)))
        for failure in bystander.failures[:5]:
            print("  " + failure)
        broken = bool(bystander.failures) or fds_after > fds_before + 2
        return 1 if broken else 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
