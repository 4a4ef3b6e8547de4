# SPDX-License-Identifier: GPL-3.0-or-later
"""TLS from the first octet (RFC 8314) with real clients nobody here wrote:
openssl s_client, Python's poplib/imaplib/smtplib, curl and fetchmail on
pop3s, imaps and submissions, each verifying the server's certificate
against the classroom CA (`carteiro --export-ca`); clients that do not trust
the CA refused; the handshake and the records in the transcript; hostile
input where a ClientHello should be. STARTTLS is in test_starttls_clients.py.

Every address is on 127.0.0.0/8.
"""

import base64
import imaplib
import json
import os
import pathlib
import poplib
import random
import re
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import unittest

from carteiro_serve import ANA, FRAN, SOCKET_TIMEOUT, require_tool, split_trace
from tls_support import (OpensslClient, TlsTestCase, connection_number, message)

SERVIDOR = "servidor.edu"


def s_client_args(testcase, host, service, *extra):
    address, port = testcase.addr(host, service)
    return ["-connect", "%s:%d" % (address, port), "-CAfile", testcase.ca,
            "-verify_hostname", host, "-verify_return_error"] + list(extra)


class OpensslImplicitTlsTest(TlsTestCase):
    """openssl s_client, verifying the chain and the name, typing commands."""

    def test_pop3s(self):
        self.deliver(message(b"pop3s-openssl"))
        client = OpensslClient(self, *s_client_args(self, SERVIDOR, "pop3s"))
        self.assertTrue(client.readline().startswith(b"+OK "), client.said)
        client.send(b"USER fran")
        self.assertEqual(client.reply()[-1][:3], b"+OK")
        client.send(b"PASS " + FRAN[1].encode())
        self.assertEqual(client.reply(), [b"+OK user successfully logged on\r\n"])
        client.send(b"STAT")
        self.assertRegex(client.reply()[0], rb"^\+OK 1 \d+\r\n$")
        client.send(b"RETR 1")
        retrieved = client.reply(rb"^\.\r\n$")
        self.assertIn(b"Subject: pop3s-openssl\r\n", retrieved)
        client.send(b"QUIT")
        self.assertTrue(client.reply()[0].startswith(b"+OK"))
        self.assertEqual(client.finish(), 0)
        # -verify_return_error: s_client says what it verified on stderr.
        self.assertIn("depth=0 CN = servidor.edu", "".join(client.stderr))

    def test_imaps(self):
        self.deliver(message(b"imaps-openssl"))
        client = OpensslClient(self, *s_client_args(self, SERVIDOR, "imaps"))
        greeting = client.readline()
        self.assertTrue(greeting.startswith(b"* OK ") and b"servidor.edu" in greeting, greeting)
        tagged = rb"^[ab-z]\d* (OK|NO|BAD)"
        client.send(b"a LOGIN fran " + FRAN[1].encode())
        self.assertTrue(client.reply(tagged)[-1].startswith(b"a OK"), client.said)
        client.send(b"b SELECT INBOX")
        selected = client.reply(tagged)
        self.assertIn(b"* 1 EXISTS\r\n", selected)
        self.assertTrue(selected[-1].startswith(b"b OK"), selected)
        client.send(b"c FETCH 1 BODY.PEEK[HEADER.FIELDS (SUBJECT)]")
        fetched = client.reply(tagged)
        self.assertIn(b"Subject: imaps-openssl\r\n", fetched)
        self.assertTrue(fetched[-1].startswith(b"c OK"), fetched)
        client.send(b"d LOGOUT")
        self.assertTrue(client.reply(tagged)[-1].startswith(b"d OK"), client.said)
        self.assertEqual(client.finish(), 0)

    def test_submissions_with_auth_plain(self):
        client = OpensslClient(self, *s_client_args(self, "cliente.fr", "submissions"))
        self.assertEqual(client.readline(), b"220 cliente.fr\r\n")
        client.send(b"EHLO outside.interop.test")
        ehlo = client.reply()
        self.assertTrue(ehlo[-1].startswith(b"250 "), ehlo)
        self.assertTrue(any(b"AUTH" in line and b"PLAIN" in line for line in ehlo), ehlo)
        client.send(b"AUTH PLAIN " + base64.b64encode(b"\0ana\0" + ANA[1].encode()))
        self.assertTrue(client.reply()[0].startswith(b"235 "), client.said)
        client.send(b"MAIL FROM:<ana@cliente.fr>")
        self.assertTrue(client.reply()[0].startswith(b"250 "), client.said)
        client.send(b"RCPT TO:<fran@servidor.edu>")
        self.assertTrue(client.reply()[0].startswith(b"250 "), client.said)
        client.send(b"DATA")
        self.assertTrue(client.reply()[0].startswith(b"354 "), client.said)
        for line in message(b"submissions-openssl").split(b"\r\n")[:-1]:
            # Dot-stuffed by hand. (-quiet implies -ign_eof, so s_client
            # sends lines starting with "Q" or "R" as they are.)
            client.send(b"." + line if line.startswith(b".") else line)
        client.send(b".")
        self.assertTrue(client.reply()[0].startswith(b"250 "), client.said)
        client.send(b"QUIT")
        self.assertTrue(client.reply()[0].startswith(b"221 "), client.said)
        self.assertEqual(client.finish(), 0)
        [stored] = self.wait_for_fran_tls(1)
        self.assertEqual(split_trace(stored)[1], message(b"submissions-openssl"))

    def test_the_wrong_name_or_no_trusted_ca_is_refused(self):
        address, port = self.addr(SERVIDOR, "pop3s")
        openssl = require_tool("openssl", "openssl")
        # servidor.edu's certificate does not name cliente.fr.
        wrong = subprocess.run([openssl, "s_client", "-connect", "%s:%d" % (address, port),
                                "-CAfile", self.ca, "-verify_hostname", "cliente.fr",
                                "-verify_return_error"], input=b"", capture_output=True,
                               timeout=20)
        self.assertNotEqual(wrong.returncode, 0, wrong.stdout)
        self.assertIn(b"hostname mismatch", wrong.stdout + wrong.stderr)
        # Without the classroom CA the chain leads nowhere trusted.
        untrusted = subprocess.run([openssl, "s_client", "-connect", "%s:%d" % (address, port),
                                    "-verify_hostname", SERVIDOR, "-verify_return_error"],
                                   input=b"", capture_output=True, timeout=20)
        self.assertNotEqual(untrusted.returncode, 0, untrusted.stdout)
        self.assertRegex(untrusted.stdout + untrusted.stderr,
                         rb"unable to get local issuer certificate|self.signed certificate")


class PythonImplicitTlsTest(TlsTestCase):
    """poplib.POP3_SSL, imaplib.IMAP4_SSL and smtplib.SMTP_SSL with
    ssl.create_default_context(cafile=the classroom CA)."""

    def test_poplib_pop3_ssl(self):
        self.deliver(message(b"poplib-ssl"))
        [plain] = self.wait_for_fran_count(1)
        box = self.pop3s()
        try:
            self.assertEqual(box.sock.version(), "TLSv1.3")
            subject = dict(field[0] for field in box.sock.getpeercert()["subject"])
            self.assertEqual(subject["commonName"], SERVIDOR)
            count, size = box.stat()
            self.assertEqual(count, 1)
            _, lines, octets = box.retr(1)
            self.assertEqual(b"\r\n".join(lines) + b"\r\n", plain)
            self.assertEqual(box.uidl()[1][0].split()[0], b"1")
        finally:
            box.quit()

    def test_imaplib_imap4_ssl(self):
        self.deliver(message(b"imaplib-ssl"))
        [plain] = self.wait_for_fran_count(1)
        address, port = self.addr(SERVIDOR, "imaps")
        box = imaplib.IMAP4_SSL(address, port, ssl_context=self.context(), timeout=SOCKET_TIMEOUT)
        try:
            self.assertEqual(box.sock.version(), "TLSv1.3")
            self.assertEqual(box.login(*FRAN)[0], "OK")
            self.assertEqual(box.select("INBOX"), ("OK", [b"1"]))
            status, data = box.fetch("1", "(BODY.PEEK[])")
            self.assertEqual(status, "OK")
            self.assertEqual(data[0][1], plain)
            status, data = box.uid("SEARCH", None, "SUBJECT", "imaplib-ssl")
            self.assertEqual((status, data), ("OK", [b"1"]))
        finally:
            box.logout()

    def test_smtplib_smtp_ssl_on_submissions_reaches_fran(self):
        address, port = self.addr("cliente.fr", "submissions")
        with smtplib.SMTP_SSL(address, port, local_hostname="outside.interop.test",
                              context=self.context(), timeout=SOCKET_TIMEOUT) as client:
            self.assertEqual(client.sock.version(), "TLSv1.3")
            code, _ = client.login(*ANA)
            self.assertEqual(code, 235)
            refused = client.sendmail("ana@cliente.fr", ["fran@servidor.edu"],
                                      message(b"smtplib-ssl"))
            self.assertEqual(refused, {})
        # Relayed from cliente.fr to servidor.edu, read back over pop3s and imaps.
        [stored] = self.wait_for_fran_tls(1)
        trace, rest = split_trace(stored)
        self.assertEqual(rest, message(b"smtplib-ssl"))
        self.assertEqual(trace[0], b"Return-Path: <ana@cliente.fr>")
        address, port = self.addr(SERVIDOR, "imaps")
        with imaplib.IMAP4_SSL(address, port, ssl_context=self.context(),
                               timeout=SOCKET_TIMEOUT) as box:
            box.login(*FRAN)
            box.select("INBOX", readonly=True)
            self.assertEqual(box.fetch("1", "(BODY.PEEK[])")[1][0][1], stored)
        # The secret never reaches the transcript, TLS or not.
        transcript = "\n".join(self.server.transcript())
        self.assertNotIn(ANA[1], transcript)
        self.assertNotIn(base64.b64encode(b"\0ana\0" + ANA[1].encode()).decode(), transcript)

    def test_a_client_without_the_classroom_ca_is_refused(self):
        address, port = self.addr(SERVIDOR, "pop3s")
        # Python's default trust store: the classroom CA is not in it.
        with self.assertRaises(ssl.SSLCertVerificationError) as caught:
            poplib.POP3_SSL(address, port, context=ssl.create_default_context(),
                            timeout=SOCKET_TIMEOUT)
        self.assertIn("unable to get local issuer certificate", str(caught.exception))
        address, port = self.addr(SERVIDOR, "imaps")
        with self.assertRaises(ssl.SSLCertVerificationError):
            imaplib.IMAP4_SSL(address, port, ssl_context=ssl.create_default_context(),
                              timeout=SOCKET_TIMEOUT)
        # The CA trusted but the wrong name: servidor.edu is not cliente.fr.
        with self.assertRaises(ssl.SSLCertVerificationError) as caught:
            self.tls_connect(SERVIDOR, "pop3s", server_hostname="cliente.fr").close()
        self.assertIn("Hostname mismatch", str(caught.exception))
        # Nobody got as far as a command.
        self.assertFalse([l for l in self.server.transcript() if "  C: " in l])
        # The server keeps serving verifying clients.
        self.pop3s().quit()


class CurlImplicitTlsTest(TlsTestCase):
    """curl's pop3s://, imaps:// and smtps:// with --cacert, by host name."""

    @classmethod
    def setUpClass(cls):
        cls.curl_bin = require_tool("curl", "curl")
        super().setUpClass()

    def curl(self, url, *extra, expect=0):
        return self.run_tool([self.curl_bin, "-sS", "--max-time", "15", "--cacert", self.ca, url]
                             + list(extra), expect=expect).stdout

    def test_pop3s_and_imaps(self):
        self.deliver(message(b"curl-first"))
        self.deliver(message(b"curl-second"))
        stored = self.wait_for_fran_count(2)
        authority, resolve = self.curl_resolve(SERVIDOR, "pop3s")
        listing = self.curl("pop3s://fran:%s@%s/" % (FRAN[1], authority), *resolve)
        self.assertEqual([line.split()[0] for line in listing.split(b"\r\n") if line], [b"1", b"2"])
        self.assertEqual(self.curl("pop3s://fran:%s@%s/2" % (FRAN[1], authority), *resolve),
                         stored[1])
        authority, resolve = self.curl_resolve(SERVIDOR, "imaps")
        self.assertEqual(self.curl("imaps://fran:%s@%s/INBOX;UID=1" % (FRAN[1], authority),
                                   *resolve), stored[0])
        self.assertEqual(self.curl("imaps://fran:%s@%s/INBOX" % (FRAN[1], authority), *resolve,
                                   "-X", "SEARCH SUBJECT curl-second").strip(), b"* SEARCH 2")

    def test_smtps_submission_reaches_fran(self):
        with tempfile.NamedTemporaryFile(suffix=".eml", delete=False) as handle:
            handle.write(message(b"curl-smtps"))
        self.addCleanup(os.unlink, handle.name)
        authority, resolve = self.curl_resolve("cliente.fr", "submissions")
        self.curl("smtps://%s/outside.interop.test" % authority, *resolve,
                  "--user", "ana:%s" % ANA[1], "--mail-from", "ana@cliente.fr",
                  "--mail-rcpt", "fran@servidor.edu", "--upload-file", handle.name)
        [stored] = self.wait_for_fran_tls(1)
        self.assertEqual(split_trace(stored)[1], message(b"curl-smtps"))

    def test_without_the_ca_curl_refuses_with_60(self):
        # CURLE_PEER_FAILED_VERIFICATION (60): the certificate is not trusted.
        authority, resolve = self.curl_resolve(SERVIDOR, "pop3s")
        result = self.run_tool([self.curl_bin, "-sS", "--max-time", "15",
                                "pop3s://fran:%s@%s/" % (FRAN[1], authority)] + resolve, expect=60)
        self.assertIn(b"certificate", result.stderr)
        # Trusted CA but a name the certificate lacks: 60 as well.
        address, port = self.addr(SERVIDOR, "imaps")
        self.run_tool([self.curl_bin, "-sS", "--max-time", "15", "--cacert", self.ca,
                       "--resolve", "cliente.fr:%d:%s" % (port, address),
                       "imaps://fran:%s@cliente.fr:%d/INBOX" % (FRAN[1], port)], expect=60)


class SwaksImplicitTlsTest(TlsTestCase):

    def test_tls_on_connect_on_465_with_auth_plain(self):
        output = self.run_swaks("cliente.fr", "submissions", "--tlsc", "--auth", "PLAIN",
                                "--auth-user", ANA[0], "--auth-password", ANA[1],
                                "--to", "fran@servidor.edu", "--from", "ana@cliente.fr",
                                "--header", "Subject: swaks --tlsc 465")
        self.assertIn("=== TLS started with cipher TLSv1.3", output)
        # "<~" and "~>": read and written inside TLS, from the greeting on.
        self.assertIn("<~  220 cliente.fr", output)
        self.assertIn("<~  235 ", output)
        [stored] = self.wait_for_fran_tls(1)
        self.assertIn(b"Subject: swaks --tlsc 465\r\n", stored)

    def test_tls_on_connect_without_the_classroom_ca_fails(self):
        output = self.run_swaks("cliente.fr", "submissions", "--tlsc", "--to", "fran@servidor.edu",
                                "--from", "ana@cliente.fr", expect=29, ca=False)
        self.assertNotIn("<~  220", output)
        self.assertEqual(self.fran_messages(), [])


class FetchmailPop3sTest(TlsTestCase):

    @classmethod
    def setUpClass(cls):
        cls.fetchmail = require_tool("fetchmail", "fetchmail")
        super().setUpClass()

    def run_fetchmail(self, tmp, certfile, expect):
        out = tmp / "delivered"
        out.mkdir(exist_ok=True)
        mda = "/bin/sh -c 'cat > %s/$$.eml'" % out
        address, port = self.addr(SERVIDOR, "pop3s")
        rc = tmp / "fetchmailrc"
        # `ssl` is TLS from the first octet; sslcertck insists on a chain to
        # sslcertfile's CA and on the name, which fetchmail takes from `via`
        # (the address) unless sslcommonname names the host.
        rc.write_text(
            "set no syslog\n"
            "set no bouncemail\n"
            "poll %s via %s service %d proto POP3 auth password timeout 10\n"
            "    user \"fran\" there with password \"%s\" is \"%s\" here\n"
            "    ssl sslcertck sslcertfile \"%s\" sslcommonname \"%s\" sslproto \"TLS1.2+\"\n"
            "    keep fetchall no rewrite\n"
            "    mda \"%s\"\n" % (SERVIDOR, address, port, FRAN[1], os.environ.get("USER", "root"),
                                  certfile, SERVIDOR, mda.replace('"', '\\"')))
        rc.chmod(0o600)
        result = subprocess.run(
            [self.fetchmail, "--fetchmailrc", str(rc), "--idfile", str(tmp / "ids"),
             "--pidfile", str(tmp / "pid"), "--nodetach", "--invisible", "--verbose"],
            capture_output=True, timeout=30,
            env=dict(os.environ, HOME=str(tmp), FETCHMAILHOME=str(tmp)))
        self.assertEqual(result.returncode, expect,
                         "fetchmail exit code %d, expected %d\n%s\n%s\ntranscript:\n%s"
                         % (result.returncode, expect, result.stdout.decode("utf-8", "replace"),
                            result.stderr.decode("utf-8", "replace"), self.tail()))
        return sorted(p.read_bytes() for p in out.iterdir()), result

    def test_fetchmail_ssl_sslcertck(self):
        self.deliver(message(b"fetchmail-one"))
        self.deliver(message(b"fetchmail-two"))
        stored = self.wait_for_fran_count(2)
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="carteiro-fetchmail-"))
        self.addCleanup(subprocess.run, ["rm", "-rf", str(tmp)])
        received, _ = self.run_fetchmail(tmp, self.ca, 0)
        # fetchmail hands the MDA LF line ends; nothing else changes.
        self.assertEqual(received, sorted(m.replace(b"\r\n", b"\n") for m in stored))
        self.assertIsNotNone(self.server.wait_for_line(
            lambda l: "note: encrypted from here (TLSv1.3" in l, 5))

    def test_fetchmail_refuses_a_certificate_from_an_unknown_ca(self):
        self.deliver(message(b"fetchmail-unknown"))
        self.wait_for_fran_count(1)
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="carteiro-fetchmail-"))
        self.addCleanup(subprocess.run, ["rm", "-rf", str(tmp)])
        # A CA of our own making, not the classroom's.
        other = tmp / "other-ca.pem"
        openssl = require_tool("openssl", "openssl")
        subprocess.run([openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:P-256", "-nodes", "-keyout", str(tmp / "other.key"),
                        "-out", str(other), "-subj", "/CN=Not the classroom CA", "-days", "1"],
                       check=True, capture_output=True, timeout=20)
        # fetchmail's exit code 2: an error opening a connection to the server.
        received, result = self.run_fetchmail(tmp, other, 2)
        self.assertEqual(received, [])
        self.assertIn(b"certificate verification", (result.stdout + result.stderr).lower())
        # Still on the server: nothing was read.
        self.assertEqual(len(self.fran_messages()), 1)


class TranscriptTlsTest(TlsTestCase):
    """What --serve prints for a TLS session."""

    def test_the_handshake_the_records_and_the_masked_password(self):
        box = self.pop3s()
        self.assertEqual(box.stat()[0], 0)
        box.quit()
        closing = self.wait_line(lambda l: "S: +OK POP3 server signing off" in l, "QUIT's reply")
        lines = self.connection_lines(connection_number(closing))
        server = "servidor.edu -> outside 127.0.0.1  "
        client = "outside 127.0.0.1 -> servidor.edu  "

        def index(text, start=0):
            for i in range(start, len(lines)):
                if lines[i].endswith(text) or text in lines[i]:
                    return i
            self.fail("not in the transcript of the connection: %r\n%s" % (text, "\n".join(lines)))

        connect = index("-- connect: TCP ")
        self.assertIn("(pop3s)", lines[connect])
        hello = index(client + "-- tls-handshake: TLS ClientHello", connect)
        server_hello = index(server + "-- tls-handshake: TLS ServerHello", hello)
        certificate = index(server + "-- tls-handshake: TLS Certificate: CN=servidor.edu",
                            server_hello)
        self.assertRegex(lines[certificate], r"issued by CN=Carteiro classroom CA")
        established = index(server + "-- note: encrypted from here (TLSv1.3, ", certificate)
        greeting = index(server + "S: +OK ", established)
        password = index(client + "C: PASS ****", greeting)
        # The ClientHello travelled in clear, in a record of its own.
        self.assertIn(client + "-- tls-record: TLS record in clear: handshake, ", lines[hello - 1])
        # Before the handshake ends, no protocol line; after, every line came
        # in an encrypted record shown just before it (or before the line
        # it travelled with).
        checked = 0
        for i, line in enumerate(lines):
            said = re.search(r"(\S+ \S+ -> \S+ \S+|\S+ -> outside \S+|outside \S+ -> \S+)  [SC]: ", line)
            if not said:
                continue
            self.assertGreater(i, established, "a line before TLS was up: %r" % line)
            sender = line.split("] #", 1)[1].split(" -> ", 1)[0].split(" ", 1)[1]
            j = i - 1
            while re.search(r"  [SC]: ", lines[j]) and sender + " -> " in lines[j]:
                j -= 1
            self.assertIn(sender + " -> ", lines[j], "no record before %r" % line)
            self.assertRegex(lines[j], r"-- tls-record: encrypted TLS record: \d+ octets "
                                       r"\(application_data inside\)$",
                             "not a record before %r" % line)
            checked += 1
        # greeting, USER, +OK, PASS, +OK, STAT, +OK, QUIT, +OK
        self.assertEqual(checked, 9, "\n".join(lines))
        self.assertLess(password, index("C: QUIT"))
        self.assertNotIn(FRAN[1], "\n".join(self.server.transcript()))

    def test_json_tls_events(self):
        self.server.stop()
        self.server = type(self.server)("--json").start()
        self.addCleanup(self.server.stop)
        address, port = self.addr(SERVIDOR, "imaps")
        with imaplib.IMAP4_SSL(address, port, ssl_context=self.context(),
                               timeout=SOCKET_TIMEOUT) as box:
            box.login(*FRAN)
            box.select("INBOX")
        self.wait_line(lambda l: '"kind":"close"' in l, "the close event")
        lines = self.server.transcript()
        events = [json.loads(l) for l in lines[lines.index("READY") + 1:]]
        kinds = [e["kind"] for e in events]
        self.assertEqual(kinds[0], "connect")
        handshake = [e["note"] for e in events if e["kind"] == "tls-handshake"]
        self.assertEqual(handshake[:2], ["TLS ClientHello", "TLS ServerHello"])
        self.assertTrue(any(n.startswith("TLS Certificate: CN=servidor.edu") for n in handshake),
                        handshake)
        established = [i for i, e in enumerate(events)
                       if e.get("noteCode") == "tls-established-server"]
        self.assertEqual(len(established), 1, events)
        self.assertEqual(events[established[0]]["noteArgs"][0], "TLSv1.3")
        said = [i for i, e in enumerate(events) if e["kind"] == "line"]
        self.assertGreater(len(said), 4)
        for i in said:
            # Every line inside TLS carries the flag, and an encrypted record
            # from the same side came before it (with nothing else between).
            self.assertGreater(i, established[0])
            self.assertIs(events[i].get("tls"), True, events[i])
            j = i - 1
            while events[j]["kind"] == "line" and events[j]["from"] == events[i]["from"]:
                j -= 1
            self.assertEqual((events[j]["kind"], events[j]["from"], events[j]["noteCode"]),
                             ("tls-record", events[i]["from"], "tls-record-encrypted"), events[i])
            self.assertEqual(events[j]["noteArgs"][0], "application_data")
        # The ClientHello's record was in clear: no flag.
        self.assertNotIn("tls", events[1])
        self.assertEqual((events[1]["kind"], events[1]["noteCode"]),
                         ("tls-record", "tls-record-clear"))


def read_to_eof(sock, timeout):
    """Reads until the peer closes; returns (what was read, 'eof'|'reset'),
    or fails by raising socket.timeout when it stays open past `timeout`."""
    sock.settimeout(timeout)
    received = b""
    deadline = time.monotonic() + timeout
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return received, "reset"
        if not chunk:
            return received, "eof"
        received += chunk
        if time.monotonic() > deadline:
            raise socket.timeout("still open after %.0f s" % timeout)


class HostileTlsTest(TlsTestCase):
    """What a ClientHello's place gets instead of a ClientHello."""

    def still_serving(self):
        self.assertIsNone(self.server.process.poll(), "carteiro --serve ended")
        box = self.pop3s()
        self.assertEqual(box.stat()[0], 0)
        box.quit()
        address, port = self.addr(SERVIDOR, "imaps")
        with imaplib.IMAP4_SSL(address, port, ssl_context=self.context(),
                               timeout=SOCKET_TIMEOUT) as box:
            self.assertEqual(box.login(*FRAN)[0], "OK")

    def failed_note(self):
        return self.wait_line(lambda l: "-- note: TLS failed: " in l, "a 'TLS failed' note")

    def test_plaintext_smtp_on_pop3s(self):
        address, port = self.addr(SERVIDOR, "pop3s")
        with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
            raw.sendall(b"EHLO x\r\n")
            started = time.monotonic()
            received, how = read_to_eof(raw, 5)
            # Closed promptly and in order: at most a TLS alert record, no
            # protocol greeting in clear, no reset.
            self.assertEqual(how, "eof")
            self.assertLess(time.monotonic() - started, 5)
            self.assertTrue(received == b"" or received[:1] == b"\x15", received)
        note = self.failed_note()
        closed = self.wait_line(lambda l: "#%d " % connection_number(note) in l and "-- close:" in l,
                                "the connection's close")
        self.assertIn("closed by servidor.edu", closed)
        self.assertFalse([l for l in self.connection_lines(connection_number(note)) if "  S: " in l])
        self.still_serving()

    def test_100_kb_of_random_bytes_on_pop3s(self):
        address, port = self.addr(SERVIDOR, "pop3s")
        garbage = bytes(random.Random(14).getrandbits(8) for _ in range(100 * 1024))
        with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
            def send():
                try:
                    raw.sendall(garbage)
                except OSError:
                    pass  # the server closed before it all went: expected
            sender = threading.Thread(target=send, daemon=True)
            sender.start()
            received, how = read_to_eof(raw, 5)
            sender.join(5)
            # The server closes with most of 100 KB unread: the kernel may
            # turn that close into a reset. Either way it ends, promptly.
            self.assertIn(how, ("eof", "reset"))
            self.assertTrue(received == b"" or received[:1] == b"\x15", received[:40])
        self.failed_note()
        self.still_serving()

    def test_a_silent_client_on_imaps_is_not_closed_early(self):
        address, port = self.addr(SERVIDOR, "imaps")
        with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
            time.sleep(2)
            # Still open: nothing to read, and no EOF (that would read b"").
            raw.setblocking(False)
            with self.assertRaises(BlockingIOError):
                raw.recv(1, socket.MSG_PEEK)
            raw.setblocking(True)
            self.still_serving()
            # And a ClientHello after the pause is still answered.
            tls = self.context().wrap_socket(raw, server_hostname=SERVIDOR)
            self.assertTrue(tls.recv(4096).startswith(b"* OK "))
            tls.close()
        self.assertFalse([l for l in self.server.transcript() if "TLS failed" in l])

    def test_handshakes_cut_off_midway(self):
        address, port = self.addr(SERVIDOR, "imaps")
        # A real ClientHello, made by an SSLObject over memory buffers.
        incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        client = self.context().wrap_bio(incoming, outgoing, server_hostname=SERVIDOR)
        with self.assertRaises(ssl.SSLWantReadError):
            client.do_handshake()
        hello = outgoing.read()
        self.assertEqual(hello[:1], b"\x16")
        # 1: half a ClientHello, then gone.
        with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
            raw.sendall(hello[:len(hello) // 2])
            time.sleep(0.2)
        # 2: the whole ClientHello, the ServerHello's first octets read, then gone.
        with socket.create_connection((address, port), timeout=SOCKET_TIMEOUT) as raw:
            raw.sendall(hello)
            self.assertEqual(raw.recv(5)[:1], b"\x16")
        # 3: the same, then a reset instead of a close.
        raw = socket.create_connection((address, port), timeout=SOCKET_TIMEOUT)
        raw.sendall(hello)
        raw.recv(5)
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        raw.close()
        # Each of the three connections is closed on the server's side too.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            closes = [l for l in self.server.transcript() if "(imaps)" in l or "-- close:" in l]
            if sum("-- close:" in l for l in closes) >= 3:
                break
            time.sleep(0.1)
        self.assertGreaterEqual(sum("-- close:" in l for l in self.server.transcript()), 3,
                                self.tail())
        self.still_serving()


if __name__ == "__main__":
    unittest.main()
