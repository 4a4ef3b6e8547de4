# SPDX-License-Identifier: GPL-3.0-or-later
"""Security of carteiro --serve, checked from outside with real clients.

- Servers listen on loopback unless asked (--listen), and say so when not.
- No open relay: a stranger on port 25 cannot relay (smtplib).
- Submission needs AUTH: MAIL before AUTH is 530, a wrong password 535,
  smtplib's login() works; port 25 offers no AUTH at all.
- Passwords are masked on the terminal by default (text and JSON, PASS,
  AUTH PLAIN, AUTH LOGIN's answers); --show-passwords shows them. An APOP
  digest is not a password (RFC 1939 §7): it is shown as it is.
- Peer text is made printable: no escape sequence, bell, bare CR or
  bidirectional override reaches the terminal through --serve's output.
"""

import base64
import hashlib
import os
import poplib
import re
import smtplib
import subprocess
import tempfile
import unittest

from carteiro_serve import ANA, FRAN, SOCKET_TIMEOUT, CarteiroServer, ServerTestCase, carteiro_bin
from hostile_support import RawSession

SECRETS = [
    b"claveana", b"claveejemplo",
    base64.b64encode(b"\0ana\0claveana"), base64.b64encode(b"claveana"),
    base64.b64encode(b"ana\0ana\0claveana"), base64.b64encode(b"\0fran\0claveejemplo"),
]


def log_in_every_way(test):
    """POP3 USER/PASS with poplib, SMTP AUTH PLAIN with smtplib, AUTH LOGIN by hand."""
    box = poplib.POP3(*test.addr("servidor.edu", "pop3"), timeout=SOCKET_TIMEOUT)
    box.user(FRAN[0])
    box.pass_(FRAN[1])
    box.quit()
    with smtplib.SMTP(*test.addr("cliente.fr", "submission"), local_hostname="outside.test",
                      timeout=SOCKET_TIMEOUT) as client:
        client.login(*ANA)
    with RawSession(*test.addr("cliente.fr", "submission")) as session:
        session.reply()
        session.command(b"EHLO outside.test")
        test.assertEqual(session.command(b"AUTH LOGIN"), b"334 VXNlcm5hbWU6")
        test.assertEqual(session.command(base64.b64encode(b"ana")), b"334 UGFzc3dvcmQ6")
        test.assertEqual(session.command(base64.b64encode(b"claveana")),
                         b"235 2.7.0 Authentication successful")
        session.command(b"QUIT")
    test.assertIsNotNone(test.server.wait_for_line(
        lambda l: "cliente.fr -> outside 127.0.0.1" in l and "closing connection" in l
        or '"line":"221 2.0.0 cliente.fr closing connection"' in l, 5))


class LoopbackTest(unittest.TestCase):

    def test_default_is_loopback_only_without_warning(self):
        with CarteiroServer() as server:
            for (host, service), (address, _) in server.services.items():
                self.assertTrue(address.startswith("127."), (host, service, address))
            # The kernel agrees: every listening socket of the process is on 127/8.
            self.assertEqual(listening_addresses(server.process.pid) - {"127"}, set())
        self.assertFalse([l for l in server.stderr_lines if "beyond loopback" in l],
                         server.stderr_lines)

    def test_listen_on_an_explicit_loopback_address(self):
        with CarteiroServer("--listen", "127.0.0.1") as server:
            addresses = {address for address, _ in server.services.values()}
            self.assertEqual(addresses, {"127.0.0.1"})
            ports = [port for _, port in server.services.values()]
            self.assertEqual(len(set(ports)), len(ports), "two services share a port")
            address, port = server.address("servidor.edu", "smtp")
            with smtplib.SMTP(address, port, local_hostname="outside.test",
                              timeout=SOCKET_TIMEOUT) as client:
                self.assertEqual(client.noop()[0], 250)
        self.assertFalse([l for l in server.stderr_lines if "beyond loopback" in l])

    def test_a_bad_listen_address_is_refused_by_name(self):
        result = subprocess.run([carteiro_bin(), "--serve", "--lang", "en", "--listen",
                                 "300.1.2.3"], capture_output=True, timeout=20,
                                env=dict(os.environ))
        self.assertEqual(result.returncode, 2, result)
        self.assertIn(b'--listen needs an IP address such as 127.0.0.1 or 0.0.0.0, not "300.1.2.3"',
                      result.stderr)


PRIVATE_NETWORK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                               "private-network.sh")


class BeyondLoopbackTest(unittest.TestCase):
    """--listen 0.0.0.0, only inside a network namespace of its own (where
    nothing outside can connect): the warning on stderr names each service."""

    def run_private(self, *args):
        result = subprocess.run([PRIVATE_NETWORK, carteiro_bin(), "--lang", "en"] + list(args),
                                capture_output=True, timeout=60)
        if result.returncode == 77:
            self.skipTest(result.stdout.decode().strip())
        return result

    def test_headless_beyond_loopback_warns_and_still_works(self):
        result = self.run_private("--headless", "--listen", "0.0.0.0", "--ephemeral-ports")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        stderr = result.stderr.decode()
        self.assertIn("warning: these services listen beyond loopback; anyone who can reach "
                      "this machine can connect to them, and passwords travel in clear text:",
                      stderr)
        for host in ("cliente.fr", "servidor.edu"):
            for service in ("smtp", "submission", "pop3"):
                self.assertRegex(stderr, r"\n  %s %s 0\.0\.0\.0:\d+\n" % (host, service))

    def test_serve_beyond_loopback_warns(self):
        # --serve runs until a signal: `timeout` sends SIGTERM after 3 s.
        result = subprocess.run([PRIVATE_NETWORK, "timeout", "--preserve-status", "3",
                                 carteiro_bin(), "--lang", "en", "--serve", "--listen", "0.0.0.0",
                                 "--ephemeral-ports"], capture_output=True, timeout=60)
        if result.returncode == 77:
            self.skipTest(result.stdout.decode().strip())
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        stdout, stderr = result.stdout.decode(), result.stderr.decode()
        self.assertRegex(stdout, r"LISTEN servidor\.edu smtp 0\.0\.0\.0:\d+\n")
        self.assertIn("READY", stdout)
        self.assertIn("listen beyond loopback", stderr)
        self.assertRegex(stderr, r"\n  servidor\.edu pop3 0\.0\.0\.0:\d+\n")


def listening_addresses(pid):
    """First octet of every IPv4 listening socket of the process (from /proc)."""
    inodes = set()
    for fd in os.listdir("/proc/%d/fd" % pid):
        try:
            target = os.readlink("/proc/%d/fd/%s" % (pid, fd))
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    with open("/proc/%d/net/tcp" % pid) as table:
        next(table)
        for row in table:
            fields = row.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and inode in inodes:          # LISTEN
                address = bytes.fromhex(local.split(":")[0])[::-1]
                found.add(str(address[0]))
    return found


class RelayTest(ServerTestCase):
    server_args = ("--scenario", "relay-denied")

    def test_no_open_relay_from_outside_on_port_25(self):
        with smtplib.SMTP(*self.addr("cliente.fr", "smtp"), local_hostname="outside.test",
                          timeout=SOCKET_TIMEOUT) as client:
            for recipient in ("fran@servidor.edu", "victim@example.org"):
                with self.assertRaises(smtplib.SMTPRecipientsRefused) as caught:
                    client.sendmail("spammer@outside.test", [recipient], b"Subject: spam\r\n\r\nx\r\n")
                code, text = caught.exception.recipients[recipient]
                self.assertEqual(code, 554, text)
                self.assertEqual(text, b"5.7.1 " + recipient.encode() + b"... Relaying denied")
            # Port 25 offers no AUTH, so there is no way around it there.
            client.ehlo()
            self.assertFalse(client.has_extn("auth"))
            with self.assertRaises(smtplib.SMTPNotSupportedError):
                client.login(*ANA)
            self.assertEqual(client.docmd("AUTH", "PLAIN " + base64.b64encode(
                b"\0ana\0claveana").decode())[0], 502)
        # Nothing was queued for servidor.edu or example.org.
        self.assertIsNone(self.server.wait_for_line(lambda l: "-- queue:" in l, 1))
        self.assertEqual(self.wait_for_fran_count(0), [])


class SubmissionTest(ServerTestCase):

    def smtp(self):
        client = smtplib.SMTP(*self.addr("cliente.fr", "submission"),
                              local_hostname="outside.test", timeout=SOCKET_TIMEOUT)
        self.addCleanup(client.close)
        client.ehlo()
        return client

    def test_mail_before_auth_is_530(self):
        code, text = self.smtp().mail("ana@cliente.fr")
        self.assertEqual((code, text), (530, b"5.7.0 Authentication required"))

    def test_wrong_password_is_535_and_login_then_works(self):
        client = self.smtp()
        with self.assertRaises(smtplib.SMTPAuthenticationError) as caught:
            client.login(ANA[0], "wrong")
        self.assertEqual(caught.exception.smtp_code, 535)
        self.assertEqual(client.login(*ANA)[0], 235)
        refused = client.sendmail("ana@cliente.fr", ["fran@servidor.edu"],
                                  b"Subject: signed in\r\n\r\nrelayed because Ana logged in\r\n")
        self.assertEqual(refused, {})
        [stored] = self.wait_for_fran_count(1)
        self.assertIn(b"relayed because Ana logged in", stored)


class MaskedPasswordsTest(ServerTestCase):

    def test_passwords_are_masked_on_the_terminal_by_default(self):
        log_in_every_way(self)
        self.assert_no_secret(self.server.lines + self.server.stderr_lines)
        transcript = "\n".join(self.server.transcript())
        self.assertIn("C: PASS ****", transcript)
        self.assertIn("C: AUTH PLAIN ****", transcript)
        self.assertIn("C: AUTH LOGIN\n", transcript + "\n")
        self.assertIn("outside 127.0.0.1 -> cliente.fr  C: ****", transcript)

    def assert_no_secret(self, lines):
        text = "\n".join(lines).encode()
        for secret in SECRETS:
            self.assertNotIn(secret, text)


class MaskedJsonTest(MaskedPasswordsTest):
    server_args = ("--json",)

    def test_passwords_are_masked_on_the_terminal_by_default(self):
        log_in_every_way(self)
        self.assert_no_secret(self.server.lines + self.server.stderr_lines)
        transcript = "\n".join(self.server.transcript())
        self.assertIn('"line":"PASS ****"', transcript)
        self.assertIn('"sensitive":true', transcript)


def apop_digest(test):
    """Logs fran in with APOP (poplib) and returns the line it sent."""
    box = poplib.POP3(*test.addr("servidor.edu", "pop3"), timeout=SOCKET_TIMEOUT)
    timestamp = re.search(rb"<[^<>]*>", box.getwelcome()).group(0)
    box.apop("fran@servidor.edu", FRAN[1])
    box.quit()
    digest = hashlib.md5(timestamp + FRAN[1].encode()).hexdigest()
    return "APOP fran@servidor.edu " + digest


class ApopShownTest(ServerTestCase):

    def test_apop_digest_is_not_masked(self):
        line = apop_digest(self)
        self.assertIsNotNone(self.server.wait_for_line(lambda l: l.endswith("C: " + line), 5),
                             "\n".join(self.server.transcript()))
        self.assertNotIn(FRAN[1].encode(), "\n".join(self.server.transcript()).encode())


class ApopShownJsonTest(ServerTestCase):
    server_args = ("--json",)

    def test_apop_digest_is_not_masked(self):
        line = apop_digest(self)
        found = self.server.wait_for_line(lambda l: '"line":"%s"' % line in l, 5)
        self.assertIsNotNone(found, "\n".join(self.server.transcript()))
        self.assertNotIn('"sensitive"', found)
        self.assertNotIn(FRAN[1].encode(), "\n".join(self.server.transcript()).encode())


class ShownPasswordsTest(ServerTestCase):
    server_args = ("--show-passwords",)

    def test_show_passwords_shows_them(self):
        log_in_every_way(self)
        transcript = "\n".join(self.server.transcript())
        self.assertIn("C: PASS claveejemplo", transcript)
        self.assertIn("C: " + base64.b64encode(b"claveana").decode(), transcript)


class PrintableTest(ServerTestCase):

    HOSTILE = [
        b"\x1b]0;owned\x07",          # OSC: set the terminal's title, then BEL
        b"\x1b[2J\x1b[H",             # clear the screen
        b"\x1b[31mred",               # colours
        b"\xc2\x9b31m",               # C1 CSI in UTF-8
        b"\xe2\x80\xaeevil",          # RIGHT-TO-LEFT OVERRIDE
        b"over\rwrite",               # bare CR: back to the start of the line
        b"\xe2\x80\xa8",              # LINE SEPARATOR
    ]

    def test_peer_text_reaches_the_terminal_printable(self):
        address, port = self.addr("servidor.edu", "smtp")
        for verb in (b"HELO ", b"NOOP "):       # fewer than ten errors a session
            with RawSession(address, port) as session:
                session.reply()
                for text in self.HOSTILE:
                    session.command(verb + text)
        with RawSession(address, port) as session:
            session.reply()
            session.command(b"HELO outside.test")
            session.command(b"MAIL FROM:<x@outside.test>")
            session.command(b"RCPT TO:<fran@servidor.edu>")
            session.command(b"DATA")
            session.send(b"Subject: \x1b[5mblink\r\n\r\n" + b"\r\n".join(self.HOSTILE)
                         + b"\r\n.\r\n")
            self.assertEqual(session.reply(), b"250 Message accepted for delivery")
            session.command(b"QUIT")
        self.assertIsNotNone(self.server.wait_for_line(lambda l: "-- close:" in l, 5))
        with RawSession(*self.addr("servidor.edu", "pop3")) as session:
            session.reply()
            session.command(b"USER \x1b[2J")
            session.command(b"XYZ\x1b]0;t\x07")
        self.assertIsNotNone(self.server.wait_for_line(
            lambda l: "XYZ\\x1b]0;t\\x07" in l, 5), "\n".join(self.server.lines[-20:]))
        output = "\n".join(self.server.lines + self.server.stderr_lines)
        for forbidden in ("\x1b", "\x07", "\r", "\x9b", "\u202e", "\u2028"):
            self.assertNotIn(forbidden, output, "%r reached the terminal" % forbidden)
        # And what was escaped is still legible for the teacher.
        self.assertIn("C: HELO \\x1b]0;owned\\x07", output)
        self.assertIn("over\\x0dwrite", output)

    def test_scenario_errors_are_printable_too(self):
        with tempfile.NamedTemporaryFile("wb", suffix=".scenario", delete=False) as bad:
            bad.write(b"server \x1b]0;owned\x07example\n")
        self.addCleanup(os.unlink, bad.name)
        result = subprocess.run([carteiro_bin(), "--lang", "en", "--check-scenario", bad.name],
                                capture_output=True, timeout=20)
        self.assertEqual(result.returncode, 1, result)
        self.assertNotIn(b"\x1b", result.stdout + result.stderr)
        self.assertNotIn(b"\x07", result.stdout + result.stderr)


if __name__ == "__main__":
    unittest.main()
