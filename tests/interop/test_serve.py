# SPDX-License-Identifier: GPL-3.0-or-later
"""carteiro --serve itself: the LISTEN lines and the streamed transcript."""

import base64
import json
import re
import smtplib
import socket
import ssl
import sys
import tempfile
import unittest

from carteiro_serve import SOCKET_TIMEOUT, CarteiroServer, ServerTestCase, classroom_ca

PLAIN = ("smtp", "submission", "pop3", "imap")
SECURE = ("submissions", "imaps", "pop3s")  # TLS from the first octet (RFC 8314)
SERVICES = {(host, service) for host in ("cliente.fr", "servidor.edu") for service in PLAIN + SECURE}


def talk(address, port, lines, expect_replies):
    """Connects, reads the greeting, sends `lines` one by one and reads one
    reply line for each (multi-line replies read to their last line)."""
    with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
        stream = raw.makefile("rb")
        replies = [stream.readline()]
        local = raw.getsockname()
        for line in lines:
            raw.sendall(line + b"\r\n")
            reply = stream.readline()
            while re.match(rb"^\d{3}-", reply):
                reply = stream.readline()
            replies.append(reply)
        assert len(replies) == expect_replies + 1, replies
        return local, replies


class ListenTest(unittest.TestCase):

    def test_listen_lines(self):
        with tempfile.TemporaryDirectory() as tmp, CarteiroServer() as server:
            # The secure ports answer inside TLS, with a certificate for the
            # host's name that the classroom CA vouches for.
            context = ssl.create_default_context(cafile=classroom_ca(tmp))
            self.assertEqual(set(server.services), SERVICES)
            endpoints = set(server.services.values())
            self.assertEqual(len(endpoints), len(SERVICES), "two services share an endpoint")
            for (host, service), (address, port) in server.services.items():
                self.assertTrue(address.startswith("127."), address)
                self.assertGreater(port, 0)
                # Every LISTEN line is a socket that really accepts.
                with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
                    sock = context.wrap_socket(raw, server_hostname=host) if service in SECURE else raw
                    greeting = sock.makefile("rb").readline()
                    if service in SECURE:
                        self.assertEqual(sock.version(), "TLSv1.3")
                    if service in ("pop3", "pop3s"):
                        self.assertTrue(greeting.startswith(b"+OK"), greeting)
                    elif service in ("imap", "imaps"):
                        self.assertTrue(greeting.startswith(b"* OK ") and host.encode() in greeting, greeting)
                    else:
                        self.assertEqual(greeting, b"220 " + host.encode() + b"\r\n")
            # One address per host; hosts apart unless the platform forced sharing.
            by_host = {}
            for (host, _), (address, _) in server.services.items():
                by_host.setdefault(host, set()).add(address)
            self.assertEqual([len(a) for a in by_host.values()], [1, 1])

    def test_two_servers_with_ephemeral_ports_do_not_collide(self):
        with CarteiroServer() as first, CarteiroServer() as second:
            self.assertFalse(set(first.services.values()) & set(second.services.values()))


def transparent_huge_pages():
    """Whether the kernel gives huge pages to memory that asks (not "never")."""
    try:
        with open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
            text = f.read()
    except OSError:
        return False
    return "[" in text and "[never]" not in text


def environment_of(pid):
    """The environment the process was started with (its last exec)."""
    with open("/proc/%d/environ" % pid, "rb") as f:
        return dict(item.split(b"=", 1) for item in f.read().split(b"\0") if b"=" in item)


@unittest.skipUnless(sys.platform.startswith("linux"), "glibc's tunables and /proc are Linux's")
class HeapTest(unittest.TestCase):
    """Mail kept in memory grows the heap: --serve --no-persist starts again
    with glibc's malloc in huge pages (app/cli/serverheap.cpp)."""

    def serve(self, *args, tunables=None):
        """A server started with GLIBC_TUNABLES as given (None: unset)."""
        server = CarteiroServer(*args)
        server.env = {k: v for k, v in server.env.items() if k != "GLIBC_TUNABLES"}
        if tunables is not None:
            server.env["GLIBC_TUNABLES"] = tunables
        server.start()
        self.addCleanup(server.stop)
        return server, environment_of(server.process.pid)

    @unittest.skipUnless(transparent_huge_pages(), "this kernel gives no transparent huge pages")
    def test_mail_in_memory_in_huge_pages(self):
        server, started = self.serve()
        self.assertEqual(started.get(b"GLIBC_TUNABLES"), b"glibc.malloc.hugetlb=1")
        # The same process (no child left behind), and it serves.
        address, port = server.address("servidor.edu", "smtp")
        with smtplib.SMTP(address, port, timeout=SOCKET_TIMEOUT) as smtp:
            refused = smtp.sendmail("ana@cliente.fr", ["fran@servidor.edu"],
                                    b"Subject: huge\r\n\r\n" + b"x" * 70 + b"\r\n")
        self.assertEqual(refused, {})
        self.assertIsNotNone(server.wait_for_line(lambda l: "250 2.0.0" in l, SOCKET_TIMEOUT))

    @unittest.skipUnless(transparent_huge_pages(), "this kernel gives no transparent huge pages")
    def test_other_tunables_are_kept(self):
        server, _ = self.serve(tunables="glibc.malloc.arena_max=2")
        # glibc's loader cuts the value where it stopped reading (a NUL in
        # place of the ':'), so the octets are looked at as they are.
        with open("/proc/%d/environ" % server.process.pid, "rb") as f:
            raw = f.read()
        self.assertRegex(raw, rb"(^|\0)GLIBC_TUNABLES=glibc\.malloc\.arena_max=2[:\0]glibc\.malloc\.hugetlb=1\0")

    def test_the_users_choice_is_kept(self):
        _, started = self.serve(tunables="glibc.malloc.hugetlb=0")
        self.assertEqual(started.get(b"GLIBC_TUNABLES"), b"glibc.malloc.hugetlb=0")
        self.assertNotIn(b"CARTEIRO_GIVEN_GLIBC_TUNABLES", started)

    def test_mail_on_disk_is_left_alone(self):
        with tempfile.TemporaryDirectory() as data:
            _, started = self.serve("--data-dir", data)
            self.assertNotIn(b"GLIBC_TUNABLES", started)
            self.assertNotIn(b"CARTEIRO_GIVEN_GLIBC_TUNABLES", started)


class TranscriptTest(ServerTestCase):

    def test_outside_client_lines_are_in_the_transcript(self):
        address, port = self.addr("servidor.edu", "smtp")
        local, replies = talk(address, port, [b"HELO cliente.fr", b"NOOP", b"QUIT"], 3)
        self.assertEqual(replies[0], b"220 servidor.edu\r\n")
        peer = "outside %s" % local[0]
        self.assertEqual(peer, "outside 127.0.0.1")
        expected = [
            "%s -> servidor.edu  -- connect: TCP %s:%d -> %s:%d (smtp)"
            % (peer, local[0], local[1], address, port),
            "servidor.edu -> %s  S: 220 servidor.edu" % peer,
            "%s -> servidor.edu  C: HELO cliente.fr" % peer,
            "%s -> servidor.edu  C: NOOP" % peer,
            "%s -> servidor.edu  C: QUIT" % peer,
            "servidor.edu -> %s  S: 250 Hello cliente.fr, pleased to meet you" % peer,
            "servidor.edu -> %s  S: 221 servidor.edu closing connection" % peer,
        ]
        for text in expected:
            line = self.server.wait_for_line(lambda l, t=text: l.endswith(t), 5)
            self.assertIsNotNone(line, "not in the transcript: %r\ntranscript:\n%s"
                                 % (text, "\n".join(self.server.transcript())))
            # "[   0.123] #1 …": a time stamp and the connection number first.
            self.assertRegex(line, r"^\[\s*\d+\.\d{3}\] #\d+ ")

    def test_passwords_are_masked_by_default(self):
        # A terminal is no place for a password: the window shows it (marked),
        # --serve prints **** unless --show-passwords (test_security.py).
        address, port = self.addr("servidor.edu", "pop3")
        talk(address, port, [b"user fran", b"pass claveejemplo", b"quit"], 3)
        self.assertIsNotNone(self.server.wait_for_line(
            lambda l: l.endswith("outside 127.0.0.1 -> servidor.edu  C: pass ****"), 5))
        self.assertNotIn("claveejemplo", "\n".join(self.server.transcript()))

    def test_imap_passwords_are_masked_by_default(self):
        # IMAP's LOGIN (RFC 3501 §6.2.3) as a line and with the password in
        # a literal, and AUTHENTICATE PLAIN's initial response: the user stays.
        address, port = self.addr("servidor.edu", "imap")
        secret = base64.b64encode(b"\0fran\0claveejemplo")
        with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
            stream = raw.makefile("rb")
            stream.readline()
            for command in (b"a1 LOGIN fran claveejemplo", b"a2 LOGOUT"):
                raw.sendall(command + b"\r\n")
                while not stream.readline().startswith(command.split()[0] + b" "):
                    pass
        with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
            stream = raw.makefile("rb")
            stream.readline()
            raw.sendall(b"b1 LOGIN fran {12}\r\n")
            self.assertTrue(stream.readline().startswith(b"+"))
            raw.sendall(b"claveejemplo\r\n")
            while not stream.readline().startswith(b"b1 "):
                pass
            raw.sendall(b"b2 AUTHENTICATE PLAIN " + secret + b"\r\n")
            while not stream.readline().startswith(b"b2 "):
                pass
            raw.sendall(b"b3 LOGOUT\r\n")
            while not stream.readline().startswith(b"b3 "):
                pass
        self.assertIsNotNone(self.server.wait_for_line(
            lambda l: l.endswith("C: a1 LOGIN fran ****"), 5))
        self.assertIsNotNone(self.server.wait_for_line(lambda l: l.endswith("C: b3 LOGOUT"), 5))
        transcript = "\n".join(self.server.transcript())
        self.assertNotIn("claveejemplo", transcript)
        self.assertNotIn(secret.decode(), transcript)


class HiddenPasswordsTest(ServerTestCase):
    server_args = ("--hide-passwords",)

    def test_hide_passwords(self):
        address, port = self.addr("servidor.edu", "pop3")
        talk(address, port, [b"user fran", b"pass claveejemplo", b"quit"], 3)
        plain = base64.b64encode(b"\0ana\0claveana")
        address, port = self.addr("cliente.fr", "submission")
        _, replies = talk(address, port, [b"EHLO outside", b"AUTH PLAIN " + plain, b"QUIT"], 3)
        self.assertTrue(replies[2].startswith(b"235 "), replies)
        self.assertIsNotNone(self.server.wait_for_line(
            lambda l: "closing connection" in l and "cliente.fr -> outside" in l, 5))
        transcript = "\n".join(self.server.transcript())
        self.assertNotIn("claveejemplo", transcript)
        self.assertNotIn(plain.decode(), transcript)
        self.assertIn("C: user fran", transcript)
        self.assertIn("C: pass ****", transcript)


class KeptLinesStreamTest(ServerTestCase):
    """The stream's lines are made on a writer thread from the stored events
    (app/cli/commandline.cpp, StreamWriter); with --keep-lines 1 the
    transcript drops its old block of 4,096 events, and fills it again, each
    time a new one starts. Every line must still be printed once, as sent,
    in order, even when stdout is not read for a while (the writer stuck
    behind a full pipe): a block filled again before its events were made
    text would print later lines in place of earlier ones."""
    server_args = ("--keep-lines", "1")

    def test_every_line_printed_as_sent_across_dropped_blocks(self):
        address, port = self.addr("servidor.edu", "smtp")
        messages, lines = 150, 60  # about 9,500 events: the first block filled again
        self.server.pause_stdout()
        self.addCleanup(self.server.resume_stdout)
        with smtplib.SMTP(address, port, timeout=SOCKET_TIMEOUT) as smtp:
            for m in range(messages):
                body = "".join("message %d line %d %s\r\n" % (m, n, "x" * 40) for n in range(lines))
                refused = smtp.sendmail("ana@cliente.fr", ["fran@servidor.edu"],
                                        ("Subject: kept %d\r\n\r\n" % m + body).encode())
                self.assertEqual(refused, {})
        # Served while nobody read the stream (the event loop did not wait
        # for the pipe), and then printed whole.
        self.server.resume_stdout()
        self.assertIsNotNone(self.server.wait_for_line(lambda l: "C: QUIT" in l, 10))
        self.assertIsNotNone(self.server.wait_for_line(lambda l: "S: 221 " in l, 10))
        printed = [l.split("C: ", 1)[1] for l in self.server.transcript()
                   if "C: message " in l]
        expected = ["message %d line %d %s" % (m, n, "x" * 40)
                    for m in range(messages) for n in range(lines)]
        self.assertEqual(len(printed), len(expected))
        self.assertEqual(printed, expected)


class JsonTranscriptTest(ServerTestCase):
    server_args = ("--json",)

    def test_json_lines(self):
        address, port = self.addr("servidor.edu", "smtp")
        talk(address, port, [b"HELO cliente.fr", b"QUIT"], 2)
        self.assertIsNotNone(self.server.wait_for_line(lambda l: '"kind":"close"' in l, 5))
        lines = self.server.transcript()
        events = [json.loads(l) for l in lines[lines.index("READY") + 1:]]
        said = [(e.get("dir"), e.get("from"), e.get("line")) for e in events
                if e["kind"] == "line"]
        # talk() waits for each reply before the next command: the order is fixed.
        self.assertEqual(said, [
            ("S", "servidor.edu", "220 servidor.edu"),
            ("C", "outside 127.0.0.1", "HELO cliente.fr"),
            ("S", "servidor.edu", "250 Hello cliente.fr, pleased to meet you"),
            ("C", "outside 127.0.0.1", "QUIT"),
            ("S", "servidor.edu", "221 servidor.edu closing connection"),
        ])
        self.assertEqual([e["seq"] for e in events], list(range(len(events))))


if __name__ == "__main__":
    unittest.main()
