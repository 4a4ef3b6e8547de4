# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts `carteiro --serve --ephemeral-ports` for the interop tests.

The binary comes from the environment variable CARTEIRO_BIN (ctest sets it to
the built target). The server prints one line per listening socket,

    LISTEN <host> <service> <address>:<port>

(on a class with private worlds, each student's world's sockets follow as
"LISTEN <user> <host> <service> <address>:<port>"), then READY, then streams the transcript until SIGTERM/SIGINT. A thread reads
stdout into a list so a test can wait (always with a deadline) for a line.

Every address used here is on 127.0.0.0/8.
"""

import imaplib
import os
import poplib
import re
import smtplib
import shutil
import signal
import subprocess
import threading
import time
import unittest

STARTUP_TIMEOUT = 10.0   # seconds until READY
SOCKET_TIMEOUT = 10.0    # every client socket operation
SHUTDOWN_TIMEOUT = 5.0   # SIGTERM until exit

LISTEN_RE = re.compile(r"^LISTEN (\S+) (\S+) (\d+\.\d+\.\d+\.\d+):(\d+)$")
PRIVATE_LISTEN_RE = re.compile(r"^LISTEN (\S+) (\S+) (\S+) (\d+\.\d+\.\d+\.\d+):(\d+)$")

# Accounts of scenarios/ana-fran.scenario.
ANA = ("ana", "claveana")
FRAN = ("fran", "claveejemplo")


def carteiro_bin():
    path = os.environ.get("CARTEIRO_BIN")
    if not path:
        raise unittest.SkipTest("CARTEIRO_BIN is not set: run these tests through ctest "
                                "(or set CARTEIRO_BIN to the built carteiro executable)")
    if not os.access(path, os.X_OK):
        raise AssertionError("CARTEIRO_BIN=%r is not an executable file" % path)
    return path


def require_tool(name, package):
    """Fails loudly (not a skip) when a client program is missing."""
    path = shutil.which(name)
    if path is None:
        raise AssertionError("%s not found on PATH: install it with "
                             "`apt-get install -y %s`" % (name, package))
    return path


def classroom_ca(directory, env=None):
    """The classroom CA's certificate (PEM file in `directory`), exported by
    `carteiro --export-ca` from the same user data directory the servers use,
    for clients that verify (ssl contexts, curl --cacert, fetchmail sslcertfile)."""
    path = os.path.join(str(directory), "carteiro-ca.pem")
    subprocess.run([carteiro_bin(), "--export-ca", path], check=True, env=dict(os.environ, **(env or {})),
                   stdout=subprocess.DEVNULL, timeout=30)
    return path


class CarteiroServer:
    """One `carteiro --serve` process; use as a context manager."""

    def __init__(self, *extra_args, env=None, ephemeral_ports=True):
        self.env = dict(os.environ, **(env or {}))
        self.args = [carteiro_bin(), "--serve"] + (["--ephemeral-ports"] if ephemeral_ports else []) + [
            "--lang", "en"]
        # Mailboxes start empty for every test: in memory, unless a test
        # names a data directory of its own (test_persistence).
        if not any(a == "--data-dir" or a.startswith("--data-dir=") for a in extra_args):
            self.args.append("--no-persist")
        self.args += list(extra_args)
        self.services = {}          # (host, service) -> (address, port)
        self.private_services = {}  # (user, host, service) -> (address, port): a student's own world
        self.lines = []             # every stdout line, without the line end
        self.stderr_lines = []
        self._cond = threading.Condition()
        self._reading = threading.Event()  # cleared: stdout is not read (a stuck terminal)
        self._reading.set()
        self.process = None
        self.returncode = None

    # -- life cycle -------------------------------------------------------
    def start(self):
        self.process = subprocess.Popen(
            self.args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=self.env)
        self._out = threading.Thread(target=self._pump, args=(self.process.stdout, self.lines, self._reading),
                                     daemon=True)
        self._err = threading.Thread(target=self._pump,
                                     args=(self.process.stderr, self.stderr_lines), daemon=True)
        self._out.start()
        self._err.start()
        ready = self.wait_for_line(lambda l: l == "READY", STARTUP_TIMEOUT)
        if ready is None:
            self.stop()
            raise AssertionError("carteiro --serve printed no READY within %.0f s\nstdout:\n%s\n"
                                 "stderr:\n%s" % (STARTUP_TIMEOUT, "\n".join(self.lines),
                                                  "\n".join(self.stderr_lines)))
        with self._cond:
            for line in self.lines:
                if line == "READY":
                    break
                m = LISTEN_RE.match(line)
                own = None if m else PRIVATE_LISTEN_RE.match(line)
                if not m and not own:
                    raise AssertionError("unexpected line before READY: %r" % line)
                address, port = (m or own).group(m and 3 or 4), int((m or own).group(m and 4 or 5))
                if not address.startswith("127."):
                    raise AssertionError("service listens outside 127.0.0.0/8: %r" % line)
                if m:
                    self.services[(m.group(1), m.group(2))] = (address, port)
                else:
                    self.private_services[(own.group(1), own.group(2), own.group(3))] = (address, port)
        return self

    def _pump(self, stream, into, reading=None):
        for raw in iter(stream.readline, b""):
            text = raw.decode("utf-8", "replace").rstrip("\r\n")
            with self._cond:
                into.append(text)
                self._cond.notify_all()
            if reading is not None:
                reading.wait()
        with self._cond:
            self._cond.notify_all()

    def terminate(self, sig=signal.SIGTERM, timeout=SHUTDOWN_TIMEOUT):
        """Sends `sig` and returns the exit code (None if it did not exit in time)."""
        if self.process is None:
            return self.returncode
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            self.returncode = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        self._out.join(2)
        self._err.join(2)
        return self.returncode

    def stop(self):
        if self.process is None:
            return
        if self.terminate() is None:
            self.process.kill()
            self.process.wait(5)
        for stream in (self.process.stdout, self.process.stderr):
            try:
                stream.close()
            except Exception:
                pass

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def pause_stdout(self):
        """Stops reading the server's stdout after the line being read: once
        the pipe is full, the server's writes to it wait."""
        self._reading.clear()

    def resume_stdout(self):
        self._reading.set()

    # -- services ---------------------------------------------------------
    def address(self, host, service):
        try:
            return self.services[(host, service)]
        except KeyError:
            raise AssertionError("no LISTEN line for %s %s; got %r"
                                 % (host, service, sorted(self.services)))

    # -- transcript -------------------------------------------------------
    def wait_for_line(self, predicate, timeout, start=0):
        """First stdout line (from index `start`) matching `predicate`, or None."""
        deadline = time.monotonic() + timeout
        with self._cond:
            index = start
            while True:
                while index < len(self.lines):
                    if predicate(self.lines[index]):
                        return self.lines[index]
                    index += 1
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self.process.poll() is not None and index >= len(self.lines)
                                      and not self._out.is_alive()):
                    return None
                self._cond.wait(min(remaining, 0.2))

    def transcript(self):
        with self._cond:
            return list(self.lines)


class ServerTestCase(unittest.TestCase):
    """A fresh carteiro --serve for every test: mailboxes start empty."""

    server_args = ()
    server_env = None  # variables set for the server, over the test's own

    def setUp(self):
        self.server = CarteiroServer(*self.server_args, env=self.server_env).start()
        self.addCleanup(self.server.stop)

    def addr(self, host, service):
        return self.server.address(host, service)

    # -- SMTP helper --------------------------------------------------------
    def deliver(self, message, sender="x@outside.test", recipients=("fran@servidor.edu",)):
        """Hands `message` to servidor.edu's port 25 role with smtplib."""
        address, port = self.addr("servidor.edu", "smtp")
        with smtplib.SMTP(address, port, local_hostname="outside.interop.test",
                          timeout=SOCKET_TIMEOUT) as client:
            refused = client.sendmail(sender, list(recipients), message)
        self.assertEqual(refused, {})

    # -- POP3 helpers -------------------------------------------------------
    def pop3(self, user=FRAN[0], password=FRAN[1]):
        address, port = self.addr("servidor.edu", "pop3")
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        try:
            box.user(user)
            box.pass_(password)
        except Exception:
            box.close()
            raise
        return box

    # -- IMAP helpers -------------------------------------------------------
    def imap(self, user=FRAN[0], password=FRAN[1], host="servidor.edu"):
        """An imaplib.IMAP4 connected to `host`'s IMAP service, logged in
        (not logged in when `user` is None); closed at cleanup."""
        address, port = self.addr(host, "imap")
        box = imaplib.IMAP4(address, port, timeout=SOCKET_TIMEOUT)
        self.addCleanup(_imap_shutdown, box)
        if user is not None:
            box.login(user, password)
        return box

    def fran_messages(self, open_box=None):
        """Every message in fran's mailbox, as bytes with CR LF line ends; quits.
        `open_box` opens the POP3 session (default: plain POP3 as fran)."""
        box = open_box() if open_box else self.pop3()
        try:
            count, _ = box.stat()
            messages = []
            for number in range(1, count + 1):
                _, lines, _ = box.retr(number)
                messages.append(b"\r\n".join(lines) + b"\r\n")
            return messages
        finally:
            box.quit()

    def wait_for_fran_count(self, count, timeout=10.0, open_box=None):
        """Polls fran's mailbox until it holds `count` messages; returns them."""
        deadline = time.monotonic() + timeout
        messages = None
        while True:
            try:
                messages = self.fran_messages(open_box)
            except poplib.error_proto as error:
                # [IN-USE] while the previous session's lock is being released.
                if "IN-USE" not in str(error):
                    raise
            if messages is not None and (len(messages) >= count if count else not messages):
                return messages
            if time.monotonic() > deadline:
                self.fail("fran@servidor.edu holds %s message(s), expected %d within %.0f s\n"
                          "transcript:\n%s" % (len(messages) if messages is not None
                                               else "(locked)", count, timeout,
                                               "\n".join(self.server.transcript()[-60:])))
            time.sleep(0.1)


def _imap_shutdown(box):
    try:
        box.shutdown()
    except Exception:
        pass


TRACE_FIELD = re.compile(rb"^(Return-Path|Received):", re.IGNORECASE)


def split_trace(message):
    """Splits a stored message into (trace header lines, the rest).

    The trace fields (Return-Path, Received, RFC 5321 §4.4) are prepended at
    the top by the receiving servers; a folded field continues on lines that
    start with a space or a tab.
    """
    lines = message.split(b"\r\n")
    index = 0
    trace = []
    while index < len(lines):
        line = lines[index]
        if TRACE_FIELD.match(line):
            trace.append(line)
        elif trace and line[:1] in (b" ", b"\t"):
            trace[-1] += b"\r\n" + line
        else:
            break
        index += 1
    return trace, b"\r\n".join(lines[index:])
