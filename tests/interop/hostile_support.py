# SPDX-License-Identifier: GPL-3.0-or-later
"""Tools for the hostile-input and security tests against carteiro --serve.

- RawSession: a raw socket that reads reply lines with a deadline.
- Bystander: a well-behaved client (smtplib and poplib) that keeps sending
  and fetching mail in a thread while a test misbehaves on other sockets, so
  each test proves that the server still serves others at the same time.
- process_status / open_descriptors: VmRSS, VmHWM and the descriptor count of
  the server, from /proc (Linux).

Every address used here is on 127.0.0.0/8.
"""

import os
import poplib
import re
import smtplib
import socket
import subprocess
import threading
import time

from carteiro_serve import SOCKET_TIMEOUT

ANA = ("ana", "claveana")


# Under AddressSanitizer (the CARTEIRO_SANITIZE suite) freed memory waits in
# a quarantine and every allocation has red zones: resident memory says
# nothing about what the server keeps, so only the behaviour is checked there.
UNDER_SANITIZER = "ASAN_OPTIONS" in os.environ


def assert_memory_grew_less(testcase, grown_kb, limit_kb, message):
    """testcase.assertLess(grown_kb, limit_kb, message), except under a sanitizer."""
    if not UNDER_SANITIZER:
        testcase.assertLess(grown_kb, limit_kb, message)


def process_status(pid):
    """{'VmRSS': kB, 'VmHWM': kB, ...} of a process, from /proc/PID/status."""
    fields = {}
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            name, _, value = line.partition(":")
            if value.strip().endswith("kB"):
                fields[name] = int(value.split()[0])
    return fields


def open_descriptors(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


def server_state(server, sock):
    """What the server was doing, for a failure's message: its threads'
    states and where each sleeps in the kernel, both ends' socket queues
    (ss), and its last lines. A drop that never came is told apart this way:
    a stalled event loop, a reply still unwritten, a pipe nobody read."""
    parts = []
    pid = server.process.pid
    try:
        for task in sorted(os.listdir("/proc/%d/task" % pid), key=int):
            base = "/proc/%d/task/%s/" % (pid, task)
            with open(base + "stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(base + "comm") as comm:
                name = comm.read().strip()
            try:
                with open(base + "wchan") as wchan:
                    where = wchan.read().strip()
            except OSError:
                where = "?"
            parts.append("thread %s %s: state %s, in %s" % (task, name, fields[0], where))
    except (OSError, IndexError) as error:
        parts.append("threads: %s" % error)
    try:
        local = sock.getsockname()
        shown = subprocess.run(["ss", "-tnoi", "( sport = :%d or dport = :%d )" % (local[1], local[1])],
                               capture_output=True, text=True, timeout=10).stdout
        parts.append("sockets:\n" + shown.strip())
    except (OSError, subprocess.SubprocessError) as error:
        parts.append("sockets: %s" % error)
    parts.append("last stdout lines:\n" + "\n".join(server.lines[-8:]))
    parts.append("last stderr lines:\n" + "\n".join(server.stderr_lines[-8:]))
    return "\n".join(parts)


class RawSession:
    """A raw TCP session; reads CR LF lines with a deadline."""

    def __init__(self, address, port, timeout=SOCKET_TIMEOUT):
        self.sock = socket.create_connection((address, port), timeout=timeout)
        self.buffer = b""
        self.timeout = timeout

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def send(self, data):
        self.sock.sendall(data)

    def line(self, timeout=None):
        """The next line without its CR LF; b"" at end of stream."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while b"\r\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("no complete line within the deadline; got %r"
                                     % self.buffer[:200])
            self.sock.settimeout(remaining)
            try:
                chunk = self.sock.recv(65536)
            except ConnectionResetError:
                chunk = b""
            if not chunk:
                rest, self.buffer = self.buffer, b""
                return rest
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def reply(self, timeout=None):
        """One SMTP reply (the last line of a multi-line one) or one POP3 status line."""
        line = self.line(timeout)
        while re.match(rb"^\d{3}-", line):
            line = self.line(timeout)
        return line

    def command(self, text, timeout=None):
        self.send(text + b"\r\n")
        return self.reply(timeout)

    def closed_by_peer(self, timeout):
        """True when the server closes (EOF or reset) within `timeout`; data is skipped."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.sock.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                continue
            except (ConnectionResetError, BrokenPipeError):
                return True
            if not chunk:
                return True
            self.buffer += chunk
        return False


class Bystander(threading.Thread):
    """Keeps a well-behaved client busy: each round submits a message to
    ana@cliente.fr with smtplib (port 25) and fetches and deletes it with
    poplib. Failures are collected; a test asserts there were none and that
    some rounds completed while it misbehaved."""

    def __init__(self, server):
        super().__init__(daemon=True)
        self.smtp = server.address("cliente.fr", "smtp")
        self.pop3 = server.address("cliente.fr", "pop3")
        self.rounds = 0
        self.failures = []
        self._halt = threading.Event()

    def run(self):
        while not self._halt.is_set():
            try:
                self.one_round()
                self.rounds += 1
            except Exception as error:  # collected, reported by check()
                self.failures.append("%s: %s" % (type(error).__name__, error))
            self._halt.wait(0.05)

    def one_round(self):
        tag = "bystander %d" % self.rounds
        message = ("From: x@outside.test\r\nTo: ana@cliente.fr\r\nSubject: %s\r\n\r\n"
                   "still served\r\n" % tag).encode()
        with smtplib.SMTP(*self.smtp, local_hostname="bystander.test",
                          timeout=SOCKET_TIMEOUT) as client:
            refused = client.sendmail("x@outside.test", ["ana@cliente.fr"], message)
            if refused:
                raise AssertionError("refused: %r" % refused)
        box = poplib.POP3(*self.pop3, timeout=SOCKET_TIMEOUT)
        try:
            box.user(ANA[0])
            box.pass_(ANA[1])
            count, _ = box.stat()
            if count < 1:
                raise AssertionError("the message just sent is not in ana's mailbox")
            for number in range(1, count + 1):
                _, lines, _ = box.retr(number)
                box.dele(number)
            box.quit()
        except Exception:
            box.close()
            raise

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.halt()

    def halt(self):
        self._halt.set()
        self.join(SOCKET_TIMEOUT * 3)

    def check(self, test, minimum_rounds=1):
        """Stops the bystander and asserts it was served throughout."""
        self.halt()
        test.assertEqual(self.failures, [], "a well-behaved client failed meanwhile")
        test.assertGreaterEqual(self.rounds, minimum_rounds,
                                "the well-behaved client completed too few rounds meanwhile")
