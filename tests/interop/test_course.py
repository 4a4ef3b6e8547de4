# SPDX-License-Identifier: GPL-3.0-or-later
"""The course's transcripts typed over a raw socket, as a student would with telnet.

The C:/S: lines are copied from the course notes ("Servizo de correo-e",
section 3 for SMTP and 5.1 for POP3). Each command is sent only after the
previous reply has been read, and each reply must be the course's S: line.
"""

import re
import socket
import unittest

from carteiro_serve import SOCKET_TIMEOUT, ServerTestCase, split_trace

# Section 3: "A continuación amósase un exemplo de interacción SMTP entre un
# cliente (C) e un servidor (S)".
COURSE_SMTP = """\
S: 220 servidor.edu
C: HELO cliente.fr
S: 250 Hello cliente.fr, pleased to meet you
C: MAIL FROM: <ana@cliente.fr>
S: 250 ana@cliente.fr... Sender ok
C: RCPT TO: <fran@servidor.edu>
S: 250 fran@servidor.edu ... Recipient ok
C: DATA
S: 354 Enter mail, end with "." on a line by itself
C: Quedamos hoxe?
C: A que hora e onde?
C: .
S: 250 Message accepted for delivery
C: QUIT
S: 221 servidor.edu closing connection
"""


def dialogue(text):
    """[(who, line)] from the course's "C: …" / "S: …" notation."""
    steps = []
    for line in text.splitlines():
        who, _, said = line.partition(": ")
        assert who in ("C", "S"), line
        steps.append((who, said))
    return steps


class RawSession:
    def __init__(self, address, port):
        self.socket = socket.create_connection((address, port), timeout=SOCKET_TIMEOUT)
        self.stream = self.socket.makefile("rb")

    def send(self, line):
        self.socket.sendall(line.encode("utf-8") + b"\r\n")

    def read_line(self):
        line = self.stream.readline(4096)
        if not line.endswith(b"\r\n"):
            raise AssertionError("reply line not ended by CR LF (or connection closed): %r"
                                 % line)
        return line[:-2].decode("utf-8")

    def at_eof(self):
        return self.stream.read(1) == b""

    def close(self):
        self.stream.close()
        self.socket.close()


class CourseTranscriptTest(ServerTestCase):

    def raw(self, host, service):
        session = RawSession(*self.addr(host, service))
        self.addCleanup(session.close)
        return session

    def play(self, session, steps):
        for who, line in steps:
            if who == "C":
                session.send(line)
            else:
                self.assertEqual(session.read_line(), line)

    def test_course_smtp_transcript(self):
        session = self.raw("servidor.edu", "smtp")
        self.play(session, dialogue(COURSE_SMTP))
        self.assertTrue(session.at_eof(), "the server keeps the connection open after 221")

        [stored] = self.wait_for_fran_count(1)
        trace, rest = split_trace(stored)
        self.assertEqual(rest, b"Quedamos hoxe?\r\nA que hora e onde?\r\n")
        self.assertEqual(trace[0], b"Return-Path: <ana@cliente.fr>")
        self.assertTrue(trace[1].startswith(b"Received: from cliente.fr "), trace)

    def test_course_smtp_transcript_twice_in_a_row(self):
        for _ in range(2):
            session = self.raw("servidor.edu", "smtp")
            self.play(session, dialogue(COURSE_SMTP))
        self.wait_for_fran_count(2)

    def test_course_pop3_dialogue(self):
        # Two messages, as in the course's example ("retr 1", "dele 1", "retr 2" …).
        for _ in range(2):
            self.play(self.raw("servidor.edu", "smtp"), dialogue(COURSE_SMTP))
        stored = self.wait_for_fran_count(2)

        session = self.raw("servidor.edu", "pop3")
        greeting = session.read_line()
        # "+OK POP3 servidor listo", plus the APOP timestamp (RFC 1939 §7).
        self.assertRegex(greeting, r"^\+OK POP3 servidor listo( <[^<>]+>)?$")
        session.send("user fran")
        self.assertEqual(session.read_line(), "+OK")
        session.send("pass claveejemplo")
        self.assertEqual(session.read_line(), "+OK user successfully logged on")

        # The course shows only "1 498 / 2 912 / ."; a real server says +OK first.
        session.send("list")
        self.assertTrue(session.read_line().startswith("+OK"))
        self.assertEqual(session.read_line(), "1 %d" % len(stored[0]))
        self.assertEqual(session.read_line(), "2 %d" % len(stored[1]))
        self.assertEqual(session.read_line(), ".")

        for number in (1, 2):
            session.send("retr %d" % number)
            self.assertEqual(session.read_line(), "+OK %d octets" % len(stored[number - 1]))
            content = []
            while True:
                line = session.read_line()
                if line == ".":
                    break
                content.append(line)
            self.assertEqual(("\r\n".join(content) + "\r\n").encode(), stored[number - 1])
            self.assertIn("Quedamos hoxe?", content)
            self.assertIn("A que hora e onde?", content)
            session.send("dele %d" % number)
            self.assertTrue(re.match(r"^\+OK", session.read_line()))

        session.send("quit")
        self.assertEqual(session.read_line(), "+OK POP3 server signing off")
        self.assertTrue(session.at_eof(), "the server keeps the connection open after QUIT")
        # "modo descarga e borrado": the mailbox is now empty.
        self.assertEqual(self.wait_for_fran_count(0), [])


if __name__ == "__main__":
    unittest.main()
