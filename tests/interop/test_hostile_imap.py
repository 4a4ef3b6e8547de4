# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile input against servidor.edu's IMAP, with raw sockets.

A literal of 4 GiB announced, a line that never ends, SEARCH keys nested
thousands deep, 200 sessions idling at once and a connection dropped in the
middle of a literal: each gets a clear answer (or is survived), the server's
memory stays bounded, and a well-behaved client (imaplib, and the
Bystander's smtplib/poplib) is served meanwhile. Every address is on
127.0.0.0/8.
"""

import imaplib
import socket
import time
import unittest

from carteiro_serve import FRAN, SOCKET_TIMEOUT, ServerTestCase
from hostile_support import Bystander, RawSession, assert_memory_grew_less, process_status

MEGABYTE = 1024 * 1024
MESSAGE = (b"From: Ana <ana@cliente.fr>\r\n"
           b"To: fran@servidor.edu\r\n"
           b"Subject: Quedamos hoxe?\r\n"
           b"\r\n"
           b"A que hora e onde?\r\n")


def close_quietly(box):
    """imaplib's shutdown(), which fails once logout() has closed the socket."""
    try:
        box.shutdown()
    except OSError:
        pass


class ImapSession(RawSession):
    """A raw IMAP session: reads up to the tagged response of a command."""

    def response(self, tag, timeout=None):
        """Every line up to and including the one tagged `tag`."""
        lines = []
        while True:
            line = self.line(timeout)
            lines.append(line)
            if line == b"" or line.startswith(tag + b" "):
                return lines

    def command(self, tag, text, timeout=None):
        self.send(tag + b" " + text + b"\r\n")
        return self.response(tag, timeout)


class HostileImapTestCase(ServerTestCase):

    def setUp(self):
        super().setUp()
        self.deliver(MESSAGE)
        self.imap_address = self.addr("servidor.edu", "imap")

    def raw(self, login=True, select=False):
        session = ImapSession(*self.imap_address)
        self.addCleanup(session.close)
        self.assertTrue(session.line().startswith(b"* OK "))
        if login:
            self.assertTrue(session.command(b"l1", b"LOGIN fran claveejemplo")[-1].startswith(b"l1 OK"))
        if select:
            self.assertTrue(session.command(b"s1", b"SELECT INBOX")[-1].startswith(b"s1 OK"))
        return session

    def rss(self):
        return process_status(self.server.process.pid)["VmRSS"]

    def assert_imap_served(self, within=5.0):
        """A whole imaplib session (login, select, fetch, logout) in `within` seconds."""
        started = time.monotonic()
        box = imaplib.IMAP4(*self.imap_address, timeout=SOCKET_TIMEOUT)
        try:
            box.login(*FRAN)
            typ, data = box.select("INBOX")
            self.assertEqual(typ, "OK", data)
            count = int(data[0])
            typ, data = box.fetch(str(count), "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
            self.assertEqual(typ, "OK", data)
            self.assertIn(b"Subject:", data[0][1])
            box.logout()
        finally:
            close_quietly(box)
        elapsed = time.monotonic() - started
        self.assertLess(elapsed, within, "an imaplib session took %.1f s" % elapsed)

    def inbox_count(self):
        box = imaplib.IMAP4(*self.imap_address, timeout=SOCKET_TIMEOUT)
        try:
            box.login(*FRAN)
            typ, data = box.status("INBOX", "(MESSAGES)")
            self.assertEqual(typ, "OK", data)
            box.logout()
        finally:
            close_quietly(box)
        return int(data[0].split(b"MESSAGES ")[1].rstrip(b")"))


class HostileImapInputTest(HostileImapTestCase):

    def setUp(self):
        super().setUp()
        self.bystander = Bystander(self.server)
        self.bystander.start()
        self.addCleanup(self.bystander.__exit__)

    def test_a_4_gib_literal_is_refused_without_the_memory_growing(self):
        session = self.raw()
        before = self.rss()
        # Synchronising: refused at once, no "+" (RFC 3501 §7.5), the session goes on.
        lines = session.command(b"a2", b"APPEND INBOX {4294967295}")
        self.assertEqual(len(lines), 1, lines)
        self.assertRegex(lines[0], rb"^a2 BAD Literal too large \(the limit is \d+ octets\)$")
        self.assertEqual(session.command(b"a3", b"NOOP"), [b"a3 OK NOOP completed"])
        # LITERAL+: its octets come anyway; 16 MB of them are skipped, not kept.
        session.send(b"a4 APPEND INBOX {4294967295+}\r\n")
        self.assertRegex(session.line(), rb"^a4 BAD Literal too large")
        piece = b"x" * 65536
        for _ in range(16 * MEGABYTE // len(piece)):
            session.send(piece)
        self.assert_imap_served()
        grown = self.rss() - before
        assert_memory_grew_less(self, grown, 4 * 1024,
                                "the server kept the literal: RSS grew by %d kB" % grown)
        self.assertEqual(self.inbox_count(), 1)
        self.bystander.check(self)

    def test_a_line_that_never_ends_is_cut_and_the_session_stays_in_sync(self):
        session = self.raw()
        before = self.rss()
        piece = b"a2 NOOP " + b"y" * 65536
        for _ in range(8 * MEGABYTE // len(piece)):
            session.send(piece)
        session.send(b"\r\n")
        self.assertEqual(session.line(), b"* BAD Command line too long")
        self.assertEqual(session.command(b"a3", b"NOOP"), [b"a3 OK NOOP completed"])
        grown = self.rss() - before
        assert_memory_grew_less(self, grown, 4 * 1024,
                                "the server kept the line: RSS grew by %d kB" % grown)
        self.assert_imap_served()
        self.bystander.check(self)

    def test_deeply_nested_search_keys_are_refused(self):
        session = self.raw(select=True)
        for depth in (1000, 30000):
            lines = session.command(b"n%d" % depth, b"SEARCH " + b"(" * depth + b"ALL" + b")" * depth)
            self.assertEqual(lines, [b"n%d BAD lists are nested too deeply" % depth])
        # NOT NOT NOT … and OR OR OR … nest without parentheses.
        lines = session.command(b"n2", b"SEARCH " + b"NOT " * 8000 + b"ALL")
        self.assertEqual(lines, [b"n2 BAD SEARCH keys are nested too deeply"])
        lines = session.command(b"n3", b"SEARCH " + b"OR ALL " * 5000 + b"ALL")
        self.assertEqual(lines, [b"n3 BAD SEARCH keys are nested too deeply"])
        # Nesting within the limit still works.
        lines = session.command(b"n4", b"SEARCH " + b"(" * 10 + b"NOT NOT ALL" + b")" * 10)
        self.assertEqual(lines, [b"* SEARCH 1", b"n4 OK SEARCH completed"])
        self.bystander.check(self)


class ManyIdlersTest(HostileImapTestCase):

    IDLERS = 200

    def test_200_idle_sessions_and_a_normal_client_is_served_promptly(self):
        idlers = []
        for number in range(self.IDLERS):
            session = self.raw(select=True)
            session.send(b"i IDLE\r\n")
            idlers.append(session)
        for session in idlers:
            self.assertEqual(session.line(), b"+ idling")
        self.assert_imap_served(within=3.0)
        # New mail: every idler is told at once.
        started = time.monotonic()
        self.deliver(MESSAGE)
        for session in idlers:
            self.assertEqual(session.line(timeout=10), b"* 2 EXISTS")
        self.assertLess(time.monotonic() - started, 10)
        self.assert_imap_served(within=3.0)
        for session in idlers[:10]:
            session.send(b"DONE\r\n")
            self.assertEqual(session.line(), b"i OK IDLE terminated")


class DroppedMidLiteralTest(HostileImapTestCase):

    def test_a_connection_dropped_in_a_literal_appends_nothing(self):
        for literal in (b"{1000}", b"{1000+}", b"{4000000000+}"):
            session = self.raw()
            session.send(b"a2 APPEND INBOX (\\Seen) " + literal + b"\r\n")
            if not literal.endswith(b"+}"):
                self.assertEqual(session.line(), b"+ Ready for literal data")
            session.send(MESSAGE + b"x" * 400)
            session.sock.shutdown(socket.SHUT_RDWR)
            session.close()
        # The server is still there, serves others, and kept no half message.
        self.assert_imap_served()
        self.assertEqual(self.inbox_count(), 1)
        # A session that had selected INBOX and dropped mid-literal does not disturb the next.
        session = self.raw(select=True)
        session.send(b"a3 FETCH 1 (BODY[HEADER.FIELDS (SUBJECT)] {3}\r\n")
        session.close()
        self.assert_imap_served()


if __name__ == "__main__":
    unittest.main()
