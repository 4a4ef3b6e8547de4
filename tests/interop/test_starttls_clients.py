# SPDX-License-Identifier: GPL-3.0-or-later
"""STARTTLS (RFC 3207), STLS (RFC 2595) and IMAP STARTTLS (RFC 3501 §6.2.1)
on the plain ports with real clients nobody here wrote: openssl s_client
-starttls, swaks --tls (and --tlsc on 465), curl --ssl-reqd, Python's
smtplib/poplib/imaplib, each verifying against the classroom CA; and the
command injection of CVE-2011-0411 (plaintext pipelined after STARTTLS must
not be answered inside TLS). TLS from the first octet is test_tls_clients.py.

Every address is on 127.0.0.0/8.
"""

import contextlib
import imaplib
import os
import poplib
import re
import smtplib
import socket
import ssl
import tempfile
import unittest

from carteiro_serve import ANA, FRAN, SOCKET_TIMEOUT, require_tool, split_trace
from tls_support import LineSocket, OpensslClient, TlsTestCase, message

SERVIDOR = "servidor.edu"
SCENARIOS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scenarios")


class StarttlsTestCase(TlsTestCase):
    """A server whose two hosts offer STARTTLS/STLS by the scenario's own
    word ("set HOST starttls on" in a copy of ana-fran), whatever the default."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        with open(os.path.join(SCENARIOS, "ana-fran.scenario"), encoding="utf-8") as source:
            text = source.read()
        anchor = "set cliente.fr greet helo\n"
        if anchor not in text:
            raise AssertionError("scenarios/ana-fran.scenario no longer has %r" % anchor)
        text = text.replace(anchor, anchor + "set cliente.fr starttls on\n"
                                             "set servidor.edu starttls on\n")
        path = os.path.join(cls.tmp, "ana-fran-starttls.scenario")
        with open(path, "w", encoding="utf-8") as target:
            target.write(text)
        cls.server_args = ("--scenario", path)


class DefaultOfferTest(TlsTestCase):
    """The default world (ana-fran, no TLS settings) offers STARTTLS on the
    plain ports, and not inside TLS from the first octet."""

    def test_offered_on_the_plain_ports_only(self):
        for host, service in ((SERVIDOR, "smtp"), (SERVIDOR, "submission"),
                              ("cliente.fr", "submission")):
            address, port = self.addr(host, service)
            with smtplib.SMTP(address, port, local_hostname="outside.interop.test",
                              timeout=SOCKET_TIMEOUT) as client:
                client.ehlo()
                self.assertTrue(client.has_extn("starttls"), "%s %s: %r"
                                % (host, service, client.esmtp_features))
        address, port = self.addr(SERVIDOR, "submissions")
        with smtplib.SMTP_SSL(address, port, local_hostname="outside.interop.test",
                              context=self.context(), timeout=SOCKET_TIMEOUT) as client:
            client.ehlo()
            self.assertFalse(client.has_extn("starttls"), client.esmtp_features)
        address, port = self.addr(SERVIDOR, "pop3")
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        self.assertIn("STLS", box.capa())
        box.quit()
        address, port = self.addr(SERVIDOR, "pop3s")
        box = poplib.POP3_SSL(address, port, context=self.context(), timeout=SOCKET_TIMEOUT)
        self.assertNotIn("STLS", box.capa())
        box.quit()
        address, port = self.addr(SERVIDOR, "imap")
        with imaplib.IMAP4(address, port, timeout=SOCKET_TIMEOUT) as box:
            self.assertIn("STARTTLS", box.capabilities)
        address, port = self.addr(SERVIDOR, "imaps")
        with imaplib.IMAP4_SSL(address, port, ssl_context=self.context(),
                               timeout=SOCKET_TIMEOUT) as box:
            self.assertNotIn("STARTTLS", box.capabilities)


class OpensslStarttlsTest(StarttlsTestCase):
    """openssl s_client -starttls smtp|pop3|imap, then commands typed inside TLS."""

    def s_client(self, host, service, protocol, *extra):
        address, port = self.addr(host, service)
        return OpensslClient(self, "-starttls", protocol, "-connect", "%s:%d" % (address, port),
                             "-CAfile", self.ca, "-verify_hostname", host,
                             "-verify_return_error", *extra)

    def test_smtp_on_25(self):
        client = self.s_client(SERVIDOR, "smtp", "smtp", "-name", "outside.interop.test")
        client.send(b"EHLO outside.interop.test")
        ehlo = client.reply()
        self.assertTrue(ehlo[-1].startswith(b"250 "), ehlo)
        # Inside TLS, STARTTLS is no longer offered (RFC 3207 §4.2).
        self.assertFalse([l for l in ehlo if b"STARTTLS" in l], ehlo)
        for command in (b"MAIL FROM:<x@outside.test>", b"RCPT TO:<fran@servidor.edu>"):
            client.send(command)
            self.assertTrue(client.reply()[0].startswith(b"250 "), client.said)
        client.send(b"DATA")
        self.assertTrue(client.reply()[0].startswith(b"354 "), client.said)
        for line in message(b"starttls-openssl").split(b"\r\n")[:-1]:
            client.send(b"." + line if line.startswith(b".") else line)
        client.send(b".")
        self.assertTrue(client.reply()[0].startswith(b"250 "), client.said)
        client.send(b"QUIT")
        self.assertTrue(client.reply()[0].startswith(b"221 "), client.said)
        self.assertEqual(client.finish(), 0)
        [stored] = self.wait_for_fran_tls(1)
        self.assertEqual(split_trace(stored)[1], message(b"starttls-openssl"))
        self.wait_line(lambda l: "C: STARTTLS" in l, "STARTTLS in clear")
        self.wait_line(lambda l: "S: 220 2.0.0 Ready to start TLS" in l, "the go-ahead")

    def test_pop3_stls(self):
        self.deliver(message(b"stls-openssl"))
        client = self.s_client(SERVIDOR, "pop3", "pop3")
        client.send(b"USER fran")
        self.assertTrue(client.reply()[0].startswith(b"+OK"), client.said)
        client.send(b"PASS " + FRAN[1].encode())
        self.assertEqual(client.reply(), [b"+OK user successfully logged on\r\n"])
        client.send(b"STAT")
        self.assertRegex(client.reply()[0], rb"^\+OK 1 \d+\r\n$")
        client.send(b"QUIT")
        self.assertTrue(client.reply()[0].startswith(b"+OK"), client.said)
        self.assertEqual(client.finish(), 0)
        self.wait_line(lambda l: "C: STLS" in l, "STLS in clear")
        # The password went inside TLS, and is masked there too.
        self.wait_line(lambda l: "C: PASS ****" in l, "the masked PASS")

    def test_imap_starttls(self):
        self.deliver(message(b"imap-starttls-openssl"))
        client = self.s_client(SERVIDOR, "imap", "imap")
        tagged = rb"^[a-z] (OK|NO|BAD)"
        client.send(b"a LOGIN fran " + FRAN[1].encode())
        self.assertTrue(client.reply(tagged)[-1].startswith(b"a OK"), client.said)
        client.send(b"b SELECT INBOX")
        selected = client.reply(tagged)
        self.assertIn(b"* 1 EXISTS\r\n", selected)
        client.send(b"c FETCH 1 BODY.PEEK[HEADER.FIELDS (SUBJECT)]")
        self.assertIn(b"Subject: imap-starttls-openssl\r\n", client.reply(tagged))
        client.send(b"d LOGOUT")
        self.assertTrue(client.reply(tagged)[-1].startswith(b"d OK"), client.said)
        self.assertEqual(client.finish(), 0)


class SwaksStarttlsTest(StarttlsTestCase):
    """swaks --tls --tls-verify --tls-ca-path CA (STARTTLS on 25 and 587)."""

    def test_starttls_on_25(self):
        output = self.run_swaks(SERVIDOR, "smtp", "--tls", "--to", "fran@servidor.edu",
                                "--from", "x@outside.test", "--header", "Subject: swaks --tls 25")
        self.assertIn("<-  220 2.0.0 Ready to start TLS", output)
        self.assertIn("=== TLS started with cipher TLSv1.3", output)
        [stored] = self.wait_for_fran_tls(1)
        self.assertIn(b"Subject: swaks --tls 25\r\n", stored)

    def test_starttls_on_587_with_auth_plain(self):
        output = self.run_swaks("cliente.fr", "submission", "--tls", "--auth", "PLAIN",
                                "--auth-user", ANA[0], "--auth-password", ANA[1],
                                "--to", "fran@servidor.edu", "--from", "ana@cliente.fr",
                                "--header", "Subject: swaks --tls 587")
        self.assertIn("<-  220 2.0.0 Ready to start TLS", output)
        self.assertRegex(output, r"<~  235 ")  # "<~": read inside TLS
        [stored] = self.wait_for_fran_tls(1)
        self.assertIn(b"Subject: swaks --tls 587\r\n", stored)

    def test_verifying_without_the_classroom_ca_fails(self):
        # swaks 29: TLS was required but could not be negotiated.
        output = self.run_swaks(SERVIDOR, "smtp", "--tls", "--to", "fran@servidor.edu",
                                "--from", "x@outside.test", expect=29, ca=False)
        self.assertIn("<-  220 2.0.0 Ready to start TLS", output)
        self.assertEqual(self.fran_messages(), [])


class CurlSslReqdTest(StarttlsTestCase):
    """curl --ssl-reqd on smtp://, pop3:// and imap:// (STARTTLS, STLS)."""

    @classmethod
    def setUpClass(cls):
        cls.curl_bin = require_tool("curl", "curl")
        super().setUpClass()

    def curl(self, url, *extra):
        return self.run_tool([self.curl_bin, "-sS", "--max-time", "15", "--ssl-reqd",
                              "--cacert", self.ca, url] + list(extra)).stdout

    def test_smtp_pop3_and_imap(self):
        with tempfile.NamedTemporaryFile(suffix=".eml", delete=False) as handle:
            handle.write(message(b"curl-ssl-reqd"))
        self.addCleanup(os.unlink, handle.name)
        authority, resolve = self.curl_resolve(SERVIDOR, "smtp")
        self.curl("smtp://%s/outside.interop.test" % authority, *resolve,
                  "--mail-from", "x@outside.test", "--mail-rcpt", "fran@servidor.edu",
                  "--upload-file", handle.name)
        self.wait_line(lambda l: "C: STARTTLS" in l, "curl's STARTTLS")
        [stored] = self.wait_for_fran_tls(1)
        self.assertEqual(split_trace(stored)[1], message(b"curl-ssl-reqd"))

        authority, resolve = self.curl_resolve(SERVIDOR, "pop3")
        self.assertEqual(self.curl("pop3://fran:%s@%s/1" % (FRAN[1], authority), *resolve), stored)
        self.wait_line(lambda l: "C: STLS" in l, "curl's STLS")

        authority, resolve = self.curl_resolve(SERVIDOR, "imap")
        self.assertEqual(self.curl("imap://fran:%s@%s/INBOX;UID=1" % (FRAN[1], authority),
                                   *resolve), stored)
        self.wait_line(lambda l: re.search(r"C: \S+ STARTTLS$", l), "curl's IMAP STARTTLS")
        # Every password went inside TLS, masked or not at all in clear.
        self.assertNotIn("PASS " + FRAN[1], "\n".join(self.server.transcript()))


class PythonStarttlsTest(StarttlsTestCase):

    def test_smtplib_starttls_on_587(self):
        address, port = self.addr("cliente.fr", "submission")
        with smtplib.SMTP(address, port, local_hostname="outside.interop.test",
                          timeout=SOCKET_TIMEOUT) as client:
            client.ehlo()
            self.assertTrue(client.has_extn("starttls"), client.esmtp_features)
            code, text = client.starttls(context=self.context())
            self.assertEqual((code, text), (220, b"2.0.0 Ready to start TLS"))
            self.assertEqual(client.sock.version(), "TLSv1.3")
            client.ehlo()
            self.assertFalse(client.has_extn("starttls"), client.esmtp_features)
            self.assertEqual(client.login(*ANA)[0], 235)
            self.assertEqual(client.sendmail("ana@cliente.fr", ["fran@servidor.edu"],
                                             message(b"smtplib-starttls")), {})
        [stored] = self.wait_for_fran_tls(1)
        self.assertEqual(split_trace(stored)[1], message(b"smtplib-starttls"))

    def test_poplib_stls(self):
        self.deliver(message(b"poplib-stls"))
        [plain] = self.wait_for_fran_count(1)
        address, port = self.addr(SERVIDOR, "pop3")
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        try:
            self.assertIn("STLS", box.capa())
            self.assertTrue(box.stls(context=self.context()).startswith(b"+OK"))
            self.assertEqual(box.sock.version(), "TLSv1.3")
            self.assertNotIn("STLS", box.capa())
            box.user(FRAN[0])
            box.pass_(FRAN[1])
            _, lines, _ = box.retr(1)
            self.assertEqual(b"\r\n".join(lines) + b"\r\n", plain)
        finally:
            box.quit()

    def test_imaplib_starttls(self):
        self.deliver(message(b"imaplib-starttls"))
        [plain] = self.wait_for_fran_count(1)
        address, port = self.addr(SERVIDOR, "imap")
        box = imaplib.IMAP4(address, port, timeout=SOCKET_TIMEOUT)
        try:
            self.assertIn("STARTTLS", box.capabilities)
            self.assertEqual(box.starttls(ssl_context=self.context())[0], "OK")
            self.assertEqual(box.sock.version(), "TLSv1.3")
            self.assertNotIn("STARTTLS", box.capabilities)
            box.login(*FRAN)
            self.assertEqual(box.select("INBOX"), ("OK", [b"1"]))
            self.assertEqual(box.fetch("1", "(BODY.PEEK[])")[1][0][1], plain)
        finally:
            box.logout()

    def test_the_untrusted_are_refused_inside_starttls(self):
        address, port = self.addr(SERVIDOR, "pop3")
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        try:
            self.assertIn("STLS", box.capa())
            # Python's default trust store: the classroom CA is not in it.
            with self.assertRaises(ssl.SSLCertVerificationError):
                box.stls(context=ssl.create_default_context())
        finally:
            with contextlib.suppress(OSError):  # the failed wrap closed it
                box.close()
        self.wait_line(lambda l: "-- note: TLS failed: " in l, "the failed handshake")
        # Nothing but STLS went over that connection; the server serves on.
        self.assertFalse([l for l in self.server.transcript() if "C: USER" in l or "C: PASS" in l])
        box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
        box.stls(context=self.context())
        box.user(FRAN[0])
        box.pass_(FRAN[1])
        self.assertEqual(box.stat(), (0, 0))
        box.quit()


class StarttlsInjectionTest(StarttlsTestCase):
    """CVE-2011-0411: a command pipelined in clear after STARTTLS must not be
    answered inside TLS, where it would pass for the client's own."""

    def plain(self, host, service):
        address, port = self.addr(host, service)
        session = LineSocket(socket.create_connection((address, port), timeout=SOCKET_TIMEOUT))
        self.addCleanup(session.sock.close)
        return session

    def into_tls(self, session):
        leftover = session.upgrade(self.context(), SERVIDOR)
        self.assertEqual(leftover, b"", "said in clear after the go-ahead")
        self.assertEqual(session.sock.version(), "TLSv1.3")
        # The server says nothing unasked inside TLS: a reply now would be
        # the injected command's.
        self.assertTrue(session.nothing_more(0.5), "unasked inside TLS: %r" % session.buffer)

    def test_smtp_starttls_then_rset_in_one_segment(self):
        session = self.plain(SERVIDOR, "smtp")
        self.assertEqual(session.smtp_reply(), [b"220 servidor.edu\r\n"])
        session.send(b"EHLO outside.interop.test\r\n")
        ehlo = session.smtp_reply()
        self.assertTrue([l for l in ehlo if re.match(rb"^250[- ]STARTTLS\r\n$", l)], ehlo)
        session.send(b"STARTTLS\r\nRSET\r\n")
        self.assertEqual(session.smtp_reply(), [b"220 2.0.0 Ready to start TLS\r\n"])
        self.into_tls(session)
        session.send(b"EHLO outside.interop.test\r\n")
        again = session.smtp_reply()
        # EHLO's reply, whole, first: not RSET's single "250 2.0.0 Ok".
        self.assertGreater(len(again), 1, again)
        self.assertTrue(again[0].startswith(b"250-servidor.edu"), again)
        self.assertFalse([l for l in again if b"STARTTLS" in l], again)
        session.send(b"NOOP\r\n")
        self.assertEqual(len(session.smtp_reply()), 1)
        self.assertTrue(session.nothing_more(), "more than one reply to NOOP: %r" % session.buffer)
        session.send(b"QUIT\r\n")
        self.assertTrue(session.smtp_reply()[0].startswith(b"221 "))

    def test_pop3_stls_then_capa_in_one_segment(self):
        session = self.plain(SERVIDOR, "pop3")
        self.assertTrue(session.readline().startswith(b"+OK"))
        session.send(b"STLS\r\nCAPA\r\n")
        self.assertEqual(session.readline(), b"+OK Begin TLS negotiation\r\n")
        self.into_tls(session)
        session.send(b"USER fran\r\n")
        self.assertEqual(session.readline()[:3], b"+OK")
        self.assertTrue(session.nothing_more(), "more than USER's reply: %r" % session.buffer)
        session.send(b"PASS " + FRAN[1].encode() + b"\r\n")
        self.assertEqual(session.readline(), b"+OK user successfully logged on\r\n")
        session.send(b"NOOP\r\n")
        self.assertEqual(session.readline()[:3], b"+OK")
        self.assertTrue(session.nothing_more(), "more than one reply to NOOP: %r" % session.buffer)
        session.send(b"QUIT\r\n")
        self.assertTrue(session.readline().startswith(b"+OK"))

    def test_imap_starttls_then_capability_in_one_segment(self):
        session = self.plain(SERVIDOR, "imap")
        greeting = session.readline()
        self.assertTrue(greeting.startswith(b"* OK "), greeting)
        session.send(b"a STARTTLS\r\nb CAPABILITY\r\n")
        self.assertEqual(session.readline(), b"a OK Begin TLS negotiation now\r\n")
        self.into_tls(session)
        session.send(b"c CAPABILITY\r\n")
        capability = session.readline()
        self.assertTrue(capability.startswith(b"* CAPABILITY IMAP4rev1"), capability)
        self.assertNotIn(b"STARTTLS", capability)
        self.assertTrue(session.readline().startswith(b"c OK"))
        session.send(b"d NOOP\r\n")
        self.assertTrue(session.readline().startswith(b"d OK"))
        self.assertTrue(session.nothing_more(), "more than one reply to NOOP: %r" % session.buffer)
        session.send(b"e LOGOUT\r\n")
        self.assertEqual(session.readline(), b"* BYE servidor.edu logging out\r\n")
        # No reply with the injected tag, ever.
        self.assertFalse([l for l in self.server.transcript() if re.search(r"S: b (OK|BAD|NO)", l)])


if __name__ == "__main__":
    unittest.main()
