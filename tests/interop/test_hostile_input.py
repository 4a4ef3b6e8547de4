# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile input against carteiro --serve, with raw sockets.

Each misbehaviour gets a clear protocol error (or a documented behaviour),
the session stays in sync afterwards where the protocol allows it, and a
well-behaved smtplib/poplib client (the Bystander) keeps being served at the
same time. The limits are listed in docs/security.md.
"""

import socket
import time
import unittest

from carteiro_serve import ServerTestCase
from hostile_support import Bystander, RawSession, assert_memory_grew_less, process_status

MEGABYTE = 1024 * 1024


def send_unterminated(session, size, byte=b"A"):
    """Sends `size` octets with no line end, in 64 KiB pieces."""
    piece = byte * 65536
    sent = 0
    while sent < size:
        session.send(piece)
        sent += len(piece)


class HostileInputTest(ServerTestCase):

    def setUp(self):
        super().setUp()
        self.bystander = Bystander(self.server)
        self.bystander.start()
        self.addCleanup(self.bystander.__exit__)

    def served_meanwhile(self):
        self.bystander.check(self)

    def smtp(self, service="smtp"):
        session = RawSession(*self.addr("servidor.edu", service))
        self.addCleanup(session.close)
        self.assertEqual(session.reply(), b"220 servidor.edu")
        return session

    def raw_pop3(self):
        session = RawSession(*self.addr("servidor.edu", "pop3"))
        self.addCleanup(session.close)
        self.assertTrue(session.reply().startswith(b"+OK"))
        return session

    def rss(self):
        return process_status(self.server.process.pid)["VmRSS"]

    # -- lines of megabytes with no CR LF -------------------------------------------
    def test_smtp_megabyte_command_line_is_500_and_stays_in_sync(self):
        session = self.smtp()
        before = self.rss()
        send_unterminated(session, 8 * MEGABYTE)
        session.send(b"\r\n")
        self.assertEqual(session.reply(), b"500 Line too long")  # before EHLO: no enhanced code
        # Postfix's smtp_get(): the rest was skipped up to LF, the next line is read in sync.
        self.assertEqual(session.command(b"EHLO outside.test"), b"250 STARTTLS")  # the last EHLO line: STARTTLS is offered
        self.assertEqual(session.command(b"NOOP"), b"250 2.0.0 Ok")
        grown = self.rss() - before
        assert_memory_grew_less(self, grown, 4 * 1024, "the server kept the 8 MB line: RSS grew by %d kB" % grown)
        self.served_meanwhile()

    def test_pop3_megabyte_command_line_is_err_and_stays_in_sync(self):
        session = self.raw_pop3()
        before = self.rss()
        send_unterminated(session, 8 * MEGABYTE)
        session.send(b"\r\n")
        self.assertEqual(session.reply(), b"-ERR line too long: a command is at most 255 octets "
                                          b"with CR LF (RFC 2449 section 4)")
        self.assertEqual(session.command(b"USER fran"), b"+OK")
        self.assertEqual(session.command(b"PASS claveejemplo"), b"+OK user successfully logged on")
        self.assertTrue(session.command(b"STAT").startswith(b"+OK "))
        grown = self.rss() - before
        assert_memory_grew_less(self, grown, 4 * 1024, "the server kept the 8 MB line: RSS grew by %d kB" % grown)
        self.served_meanwhile()

    def test_megabyte_line_inside_data_fails_the_message_after_the_dot(self):
        session = self.smtp()
        self.assertEqual(session.command(b"HELO outside.test"),
                         b"250 Hello outside.test, pleased to meet you")
        self.assertEqual(session.command(b"MAIL FROM:<x@outside.test>")[:3], b"250")
        self.assertEqual(session.command(b"RCPT TO:<fran@servidor.edu>")[:3], b"250")
        self.assertEqual(session.command(b"DATA")[:3], b"354")
        session.send(b"Subject: long\r\n\r\n")
        send_unterminated(session, 4 * MEGABYTE)
        session.send(b"\r\nafter\r\n.\r\n")
        # RFC 5321 §4.5.3.1.6: 500 "Line too long" once the message ends; nothing stored.
        self.assertEqual(session.reply(), b"500 Line too long")
        self.assertEqual(session.command(b"NOOP"), b"250 Ok")
        self.assertEqual(self.wait_for_fran_count(0), [])
        self.served_meanwhile()

    def test_data_over_the_size_limit_is_552_after_the_final_dot(self):
        session = self.smtp()
        self.assertEqual(session.command(b"EHLO outside.test"), b"250 STARTTLS")  # the last EHLO line: STARTTLS is offered
        self.assertEqual(session.command(b"MAIL FROM:<x@outside.test>")[:3], b"250")
        self.assertEqual(session.command(b"RCPT TO:<fran@servidor.edu>")[:3], b"250")
        self.assertEqual(session.command(b"DATA")[:3], b"354")
        before = self.rss()
        line = b"x" * 998 + b"\r\n"
        block = line * 1024                      # 1 MiB of good lines
        for _ in range(40):                      # 30 MiB past the 10 MiB SIZE limit
            session.send(block)
        # RFC 1870 §6.3: the reply comes after the final dot, not before.
        session.sock.settimeout(0.5)
        with self.assertRaises(socket.timeout):
            session.sock.recv(1)
        session.send(b".\r\n")
        self.assertEqual(session.reply(),
                         b"552 5.3.4 Message size exceeds fixed maximum message size")
        self.assertEqual(session.command(b"NOOP"), b"250 2.0.0 Ok")
        grown = self.rss() - before
        # What is over the limit is not kept: the limit's worth of content and
        # of transcript lines, not the 40 MiB sent.
        assert_memory_grew_less(self, grown, 36 * 1024, "RSS grew by %d kB for a refused message" % grown)
        self.assertEqual(self.wait_for_fran_count(0), [])
        self.served_meanwhile()

    # -- NUL, 8-bit, bare CR, bare LF ---------------------------------------------
    def test_smtp_nul_eight_bit_bare_cr_and_bare_lf_in_commands(self):
        session = self.smtp()
        self.assertEqual(session.command(b"EHLO outside.test"), b"250 STARTTLS")  # the last EHLO line: STARTTLS is offered
        cases = [
            (b"NO\0OP\r\n",
             b"500 5.5.2 Syntax error: NUL octet received, commands are printable ASCII"),
            (b"HELO caf\xc3\xa9.test\r\n",
             b"500 5.5.2 Syntax error: 8-bit octet received, commands are ASCII "
             b"(RFC 5321 section 2.4)"),
            (b"NO\rOP\r\n",
             b"500 5.5.2 Syntax error: bare CR received, CR must be followed by LF "
             b"(RFC 5321 section 2.3.8)"),
            (b"NOOP\n",
             b"500 5.5.2 Syntax error: bare LF received, lines must end with CR LF "
             b"(RFC 5321 section 2.3.8; use nc -C or telnet)"),
        ]
        for sent, expected in cases:
            session.send(sent)
            self.assertEqual(session.reply(), expected, sent)
        self.assertEqual(session.command(b"NOOP"), b"250 2.0.0 Ok")
        self.served_meanwhile()

    def test_pop3_nul_eight_bit_bare_cr_and_bare_lf_in_commands(self):
        session = self.raw_pop3()
        cases = [
            (b"US\0ER fran\r\n", b"-ERR NUL octet in command"),
            (b"USER fr\xe1n\r\n",
             b"-ERR 8-bit octet in command: commands are ASCII (RFC 1939 section 3)"),
            (b"US\rER fran\r\n", b"-ERR CR without LF in command"),
            (b"USER fran\n", b"-ERR line must end with CR LF (RFC 1939 section 3)"),
        ]
        for sent, expected in cases:
            session.send(sent)
            self.assertEqual(session.reply(), expected, sent)
        self.assertEqual(session.command(b"USER fran"), b"+OK")
        self.assertEqual(session.command(b"PASS claveejemplo"), b"+OK user successfully logged on")
        self.served_meanwhile()

    # -- commands before the greeting ---------------------------------------------
    def test_commands_before_the_greeting_are_answered_in_order_and_noted(self):
        # Decision (docs/security.md): as Postfix's smtpd, answer in order and
        # tell it ("improper command pipelining after CONNECT") on the transcript.
        address, port = self.addr("servidor.edu", "smtp")
        noted = False
        for attempt in range(5):
            start = len(self.server.transcript())
            raw = socket.create_connection((address, port), timeout=10)
            raw.sendall(b"EHLO early.test\r\nNOOP\r\nQUIT\r\n")  # before reading anything
            session = RawSession.__new__(RawSession)
            session.sock, session.buffer, session.timeout = raw, b"", 10
            self.assertEqual(session.reply(), b"220 servidor.edu")
            self.assertEqual(session.reply(), b"250 STARTTLS")  # the last EHLO line: STARTTLS is offered
            self.assertEqual(session.reply(), b"250 2.0.0 Ok")
            self.assertEqual(session.reply(), b"221 2.0.0 servidor.edu closing connection")
            self.assertTrue(session.closed_by_peer(5))
            session.close()
            line = self.server.wait_for_line(lambda l: "spoke before the greeting" in l, 2, start)
            if line is not None:
                self.assertIn("improper command pipelining after CONNECT", line)
                noted = True
                break
        self.assertTrue(noted, "no note about talking before the greeting in 5 attempts")
        self.served_meanwhile()

    # -- a flood of errors ----------------------------------------------------------
    def test_smtp_error_flood_ends_with_421(self):
        session = self.smtp()
        self.assertEqual(session.command(b"EHLO outside.test"), b"250 STARTTLS")  # the last EHLO line: STARTTLS is offered
        replies = [session.command(b"XYZZY %d" % n) for n in range(9)]
        self.assertEqual(replies, [b"500 5.5.1 Command unrecognized"] * 9)
        session.send(b"XYZZY 10\r\n")
        self.assertEqual(session.reply(), b"500 5.5.1 Command unrecognized")
        # Postfix's smtpd_hard_error_limit: the tenth error ends the session.
        self.assertEqual(session.reply(), b"421 4.7.0 servidor.edu Error: too many errors")
        self.assertTrue(session.closed_by_peer(5))
        self.served_meanwhile()

    def test_pop3_error_flood_ends_the_session(self):
        session = self.raw_pop3()
        replies = [session.command(b"XYZZY") for _ in range(9)]
        self.assertEqual(replies, [b"-ERR unknown command"] * 9)
        session.send(b"XYZZY\r\n")
        self.assertEqual(session.reply(), b"-ERR unknown command")
        self.assertEqual(session.reply(), b"-ERR too many errors")
        self.assertTrue(session.closed_by_peer(5))
        self.served_meanwhile()

    def test_a_flood_of_binary_garbage_is_survived(self):
        session = self.smtp()
        garbage = bytes(range(256)) * 4096           # every octet, 1 MiB, LF among them
        try:
            session.send(garbage)
        except (BrokenPipeError, ConnectionResetError):
            pass                                     # dropped after ten errors: fine
        self.assertTrue(session.closed_by_peer(10), "garbage did not end the session")
        self.served_meanwhile()


class DataThatNeverEndsTest(ServerTestCase):
    # The per-line deadline is generous; the session deadline is short.
    server_args = ("--idle-timeout", "30", "--session-timeout", "4")

    def test_data_that_never_ends_is_cut_by_the_session_deadline(self):
        with Bystander(self.server) as bystander:
            session = RawSession(*self.addr("servidor.edu", "smtp"))
            self.addCleanup(session.close)
            self.assertEqual(session.reply(), b"220 servidor.edu")
            started = time.monotonic()
            self.assertEqual(session.command(b"HELO outside.test")[:3], b"250")
            self.assertEqual(session.command(b"MAIL FROM:<x@outside.test>")[:3], b"250")
            self.assertEqual(session.command(b"RCPT TO:<fran@servidor.edu>")[:3], b"250")
            self.assertEqual(session.command(b"DATA")[:3], b"354")
            session.sock.settimeout(0.2)
            reply = b""
            # Lines keep coming (never idle), the final dot never does.
            while time.monotonic() - started < 15 and not reply:
                try:
                    session.sock.sendall(b"more and more\r\n" * 10)
                except (BrokenPipeError, ConnectionResetError):
                    break
                try:
                    reply = session.sock.recv(4096)
                except socket.timeout:
                    pass
                except ConnectionResetError:
                    break
                time.sleep(0.05)
            elapsed = time.monotonic() - started
            self.assertTrue(reply.startswith(b"421 servidor.edu Error: timeout exceeded"), reply)
            self.assertGreater(elapsed, 3.5)
            self.assertLess(elapsed, 10)
            self.assertTrue(session.closed_by_peer(8))
            bystander.check(self)
        self.assertEqual(self.wait_for_fran_count(0), [])


if __name__ == "__main__":
    unittest.main()
