# SPDX-License-Identifier: GPL-3.0-or-later
"""Python's poplib (a client nobody here wrote) against servidor.edu's POP3."""

import poplib
import re
import socket
import time
import unittest

from carteiro_serve import FRAN, SOCKET_TIMEOUT, ServerTestCase, split_trace


def message(tag, body_lines=(b"A que hora e onde?",)):
    return (b"From: Ana <ana@cliente.fr>\r\n"
            b"To: Fran <fran@servidor.edu>\r\n"
            b"Subject: " + tag + b"\r\n"
            b"Message-ID: <" + tag + b"@interop.test>\r\n"
            b"\r\n" + b"".join(line + b"\r\n" for line in body_lines))


FIRST = message(b"first", (b"line one", b".starts with a dot", b"line three", b"line four"))
SECOND = message(b"second", (b"Ola Fran", b"..", b"."))


class PoplibTest(ServerTestCase):

    def setUp(self):
        super().setUp()
        self.deliver(FIRST)
        self.deliver(SECOND, sender="ana@cliente.fr")
        self.stored = self.wait_for_fran_count(2)
        self.wait_unlocked()

    def wait_unlocked(self, timeout=5.0):
        """Waits until fran's maildrop can be opened (the last session's lock is gone)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                box = self.pop3()
            except poplib.error_proto as error:
                if "IN-USE" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
                continue
            box.quit()
            return

    def open(self):
        box = self.pop3()
        self.addCleanup(box.close)
        return box

    def test_stored_messages_are_byte_exact(self):
        for stored, original, sender in ((self.stored[0], FIRST, b"x@outside.test"),
                                         (self.stored[1], SECOND, b"ana@cliente.fr")):
            trace, rest = split_trace(stored)
            self.assertEqual(rest, original)
            self.assertEqual(trace[0], b"Return-Path: <" + sender + b">")
            self.assertTrue(trace[1].startswith(b"Received: from outside.interop.test"), trace)

    def test_greeting_has_an_apop_timestamp(self):
        address, port = self.addr("servidor.edu", "pop3")
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        self.addCleanup(box.close)
        self.assertRegex(box.getwelcome(), rb"^\+OK .*<[^<>@]+@[^<>]+>$")

    def test_user_with_the_whole_address(self):
        """Thunderbird's account wizard: USER fran@servidor.edu (any case)."""
        for name in ("fran@servidor.edu", "Fran@SERVIDOR.edu"):
            box = self.pop3(name, FRAN[1])
            self.assertEqual(box.stat()[0], 2)
            box.quit()
            self.wait_unlocked()

    def test_user_of_another_domain_is_refused(self):
        with self.assertRaises(poplib.error_proto) as caught:
            self.pop3("fran@cliente.fr", FRAN[1])
        self.assertIn(b"-ERR [AUTH] invalid user name or password", caught.exception.args[0])

    def test_apop_with_the_whole_address(self):
        address, port = self.addr("servidor.edu", "pop3")
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        self.addCleanup(box.close)
        self.assertTrue(box.apop("fran@servidor.edu", FRAN[1]).startswith(b"+OK"))
        self.assertEqual(box.stat()[0], 2)
        box.quit()

    def test_capa(self):
        box = self.open()
        capabilities = box.capa()
        for keyword in ("TOP", "UIDL", "USER", "RESP-CODES", "PIPELINING"):
            self.assertIn(keyword, capabilities)

    def test_stat_list_uidl_retr_top(self):
        box = self.open()
        sizes = [len(m) for m in self.stored]
        self.assertEqual(box.stat(), (2, sum(sizes)))

        response, listing, _ = box.list()
        self.assertTrue(response.startswith(b"+OK"), response)
        self.assertEqual(listing, [b"1 %d" % sizes[0], b"2 %d" % sizes[1]])
        self.assertEqual(box.list(2), b"+OK 2 %d" % sizes[1])

        response, ids, _ = box.uidl()
        self.assertTrue(response.startswith(b"+OK"), response)
        self.assertEqual(len(ids), 2)
        numbers = [entry.split()[0] for entry in ids]
        uids = [entry.split()[1] for entry in ids]
        self.assertEqual(numbers, [b"1", b"2"])
        self.assertNotEqual(uids[0], uids[1])
        for uid in uids:  # RFC 1939 §7: 1 to 70 characters 0x21 to 0x7E
            self.assertRegex(uid, rb"^[\x21-\x7e]{1,70}$")
        self.assertEqual(box.uidl(1), b"+OK 1 " + uids[0])

        for number in (1, 2):
            response, lines, _ = box.retr(number)
            self.assertTrue(response.startswith(b"+OK"), response)
            self.assertEqual(b"\r\n".join(lines) + b"\r\n", self.stored[number - 1])

        # TOP n 0: the header and the empty line; TOP n 2: and two body lines.
        header = self.stored[0].split(b"\r\n\r\n", 1)[0].split(b"\r\n")
        response, lines, _ = box.top(1, 0)
        self.assertTrue(response.startswith(b"+OK"), response)
        self.assertEqual(lines, header + [b""])
        _, lines, _ = box.top(1, 2)
        self.assertEqual(lines, header + [b"", b"line one", b".starts with a dot"])

        with self.assertRaises(poplib.error_proto):
            box.retr(3)
        self.assertTrue(box.noop().startswith(b"+OK"))
        box.quit()

        # Unique ids stay the same in the next session (RFC 1939 §7).
        again = self.open()
        self.assertEqual(again.uidl()[1], ids)
        again.quit()

    def test_dele_takes_effect_only_after_quit(self):
        box = self.pop3()
        self.assertTrue(box.dele(1).startswith(b"+OK"))
        self.assertEqual(box.stat(), (1, len(self.stored[1])))
        self.assertEqual(box.list()[1], [b"2 %d" % len(self.stored[1])])
        with self.assertRaises(poplib.error_proto):
            box.retr(1)
        with self.assertRaises(poplib.error_proto):
            box.dele(1)
        # The connection ends without QUIT: no UPDATE state, nothing deleted (§6).
        box.close()
        self.wait_unlocked()

        box = self.pop3()
        self.assertEqual(box.stat()[0], 2)
        box.dele(1)
        box.rset()  # RSET unmarks
        self.assertEqual(box.stat()[0], 2)
        box.dele(1)
        response = box.quit()
        self.assertTrue(response.startswith(b"+OK"), response)
        self.wait_unlocked()

        remaining = self.fran_messages()
        self.assertEqual(len(remaining), 1)
        self.assertEqual(remaining[0], self.stored[1])

    def test_second_simultaneous_session_is_in_use(self):
        first = self.pop3()
        address, port = self.addr("servidor.edu", "pop3")
        second = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        self.addCleanup(second.close)
        second.user(FRAN[0])
        with self.assertRaises(poplib.error_proto) as caught:
            second.pass_(FRAN[1])
        self.assertRegex(str(caught.exception), r"-ERR \[IN-USE\]")
        # The first session is unaffected.
        self.assertEqual(first.stat()[0], 2)
        first.quit()
        self.wait_unlocked()

    def test_bad_password_and_unknown_user(self):
        address, port = self.addr("servidor.edu", "pop3")
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        self.addCleanup(box.close)
        box.user("fran")
        with self.assertRaises(poplib.error_proto) as caught:
            box.pass_("not-the-password")
        self.assertTrue(str(caught.exception).startswith("b'-ERR"), caught.exception)
        box.user("nobody")
        with self.assertRaises(poplib.error_proto):
            box.pass_("claveejemplo")
        with self.assertRaises(poplib.error_proto):
            box.stat()  # still not logged in
        # The same connection may try again (RFC 1939 §7).
        box.user(FRAN[0])
        self.assertTrue(box.pass_(FRAN[1]).startswith(b"+OK"))
        self.assertEqual(box.stat()[0], 2)
        box.quit()

    def test_apop(self):
        address, port = self.addr("servidor.edu", "pop3")
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        self.addCleanup(box.close)
        with self.assertRaises(poplib.error_proto):
            box.apop("fran", "not-the-password")
        box.close()
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        self.addCleanup(box.close)
        self.assertTrue(box.apop(*FRAN).startswith(b"+OK"))
        self.assertEqual(box.stat()[0], 2)
        box.quit()

    def test_retr_is_byte_stuffed_on_the_wire(self):
        # poplib undoes the byte-stuffing; a raw socket sees it (RFC 1939 §3).
        address, port = self.addr("servidor.edu", "pop3")
        with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
            stream = raw.makefile("rwb")
            self.assertTrue(stream.readline().startswith(b"+OK"))
            stream.write(b"USER fran\r\nPASS claveejemplo\r\nRETR 2\r\n")
            stream.flush()
            self.assertTrue(stream.readline().startswith(b"+OK"))
            self.assertTrue(stream.readline().startswith(b"+OK"))
            self.assertEqual(stream.readline(), b"+OK %d octets\r\n" % len(self.stored[1]))
            lines = []
            while True:
                line = stream.readline()
                self.assertTrue(line.endswith(b"\r\n"), line)
                if line == b".\r\n":
                    break
                lines.append(line)
            self.assertEqual(lines[-3:], [b"Ola Fran\r\n", b"...\r\n", b"..\r\n"])
            stream.write(b"QUIT\r\n")
            stream.flush()
            self.assertTrue(stream.readline().startswith(b"+OK"))


class EmptyMailboxTest(ServerTestCase):

    def test_empty_mailbox(self):
        box = self.pop3()
        self.assertEqual(box.stat(), (0, 0))
        self.assertEqual(box.list()[1], [])
        self.assertEqual(box.uidl()[1], [])
        with self.assertRaises(poplib.error_proto):
            box.retr(1)
        box.quit()

    def test_ana_reads_her_own_mailbox_on_cliente_fr(self):
        address, port = self.addr("cliente.fr", "pop3")
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        self.addCleanup(box.close)
        box.user("ana")
        self.assertTrue(box.pass_("claveana").startswith(b"+OK"))
        self.assertEqual(box.stat(), (0, 0))
        box.quit()


if __name__ == "__main__":
    unittest.main()
