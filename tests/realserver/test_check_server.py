# SPDX-License-Identifier: GPL-3.0-or-later
"""`carteiro --check-server` against a real Postfix and a real Dovecot.

A private Postfix and Dovecot (private_servers.py: temporary directories,
loopback, ports picked here) stand for a student's installed servers. The
test runs `carteiro --check-server 127.0.0.1 --domain servidor.edu --user fran
--password ... --ports ...` and reads its lines:
  - everything in place: every check ✓ (the relay from the machine itself
    a • remark naming mynetworks' 127.0.0.0/8), exit status 0, in English
    and in Galician;
  - IMAP missing from Dovecot's protocols, a wrong password, a user that
    does not exist: the ✗ lines name them, exit status 1;
  - a stranger (from 192.0.2.1, an address of a private network namespace's
    loopback, outside mynetworks): relaying refused ✓; Postfix made an open
    relay (smtpd_relay_restrictions = permit): ✗, exit status 1;
  - bad usage: exit status 2 with the reason.
Run by ctest (label realserver) through run-in-netns.sh, which gives it a
network namespace of its own where one can be made. Exit 77 (skipped) only
when postfix, dovecot or openssl is not installed; with CI=true that is a
failure.
"""

import os
import re
import subprocess
import sys
import tempfile
import unittest

import private_servers as ps

CARTEIRO = os.environ.get("CARTEIRO_BIN", "carteiro")
STRANGER = os.environ.get("CARTEIRO_STRANGER_ADDRESS", "")  # set by run-in-netns.sh
DOMAIN, USER, PASSWORD = "servidor.edu", "fran", "clave-de-fran"
NAMES = ("smtp", "submission", "pop3", "imap", "pop3s", "imaps")


def check(address, ports, *args, lang="en"):
    command = [CARTEIRO, "--check-server", address, "--lang", lang,
               "--ports", ",".join("%s=%d" % (n, ports[n]) for n in NAMES if n in ports)] + list(args)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    sys.stderr.write("$ %s\n%s%s(exit %d)\n" % (" ".join(command), r.stdout, r.stderr, r.returncode))
    return r


def lines(out, mark):
    return [line[2:] for line in out.splitlines() if line.startswith(mark + " ")]


class Servers:
    """A private Postfix and Dovecot on `address`, ports picked now."""

    def __init__(self, test, address="127.0.0.1", protocols=("pop3", "imap"), postfix_extra=()):
        self.tmp = tempfile.mkdtemp(prefix="carteiro-check-server-")
        test.addCleanup(subprocess.run, ["rm", "-rf", self.tmp])
        self.address = address
        self.ports = {n: ps.free_port(address) for n in NAMES}
        cert = ps.make_certificate(self.tmp, DOMAIN)
        self.postfix = ps.Postfix(os.path.join(self.tmp, "postfix"), address, self.ports["smtp"],
                                  self.ports["submission"], DOMAIN, [USER, "postmaster"], cert, postfix_extra)
        self.postfix.start()
        test.addCleanup(self.postfix.stop)
        self.dovecot = ps.Dovecot(os.path.join(self.tmp, "dovecot"), address, self.ports, {USER: PASSWORD}, cert,
                                  protocols)
        self.dovecot.start()
        test.addCleanup(self.dovecot.stop)


class CheckServer(unittest.TestCase):
    def test_everything_in_place_holds(self):
        s = Servers(self)
        r = check("127.0.0.1", s.ports, "--domain", DOMAIN, "--user", USER, "--password", PASSWORD)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        ok = lines(r.stdout, "✓")
        self.assertEqual(lines(r.stdout, "✗"), [])
        for name, standard in (("smtp", 25), ("submission", 587), ("pop3", 110), ("imap", 143),
                               ("pop3s", 995), ("imaps", 993)):
            self.assertIn("port %d (%s, normally %d) listens on 127.0.0.1" % (s.ports[name], name, standard), ok)
        smtp = "port %d (smtp, normally 25)" % s.ports["smtp"]
        self.assertIn("%s: greeting 220 mail.servidor.edu ESMTP Postfix (Debian/GNU)" % smtp, ok)
        self.assertTrue(any(l.startswith("%s: EHLO answered 250-mail.servidor.edu (" % smtp) and "STARTTLS" in l
                            for l in ok), ok)
        self.assertTrue(any(l.startswith("%s: accepts mail for fran@servidor.edu (RCPT TO: 250 2.1.5 Ok" % smtp)
                            for l in ok), ok)
        # STARTTLS on 25 and 587, the self-signed certificate accepted and named.
        for name in ("smtp", "submission"):
            self.assertTrue(any(re.match(r"port %d \(%s, normally \d+\) after STARTTLS: TLS handshake done \(TLS "
                                         r"1\.[23] [^)]+\); certificate CN=servidor.edu accepted, but self-signed"
                                         % (s.ports[name], name), l) for l in ok), ok)
        # The relay from the machine itself: a remark, with the address and mynetworks.
        remark = lines(r.stdout, "•")
        self.assertEqual(len(remark), 1, r.stdout)
        self.assertIn("relays to someone@example.invalid for a client at 127.0.0.1", remark[0])
        self.assertIn("mynetworks includes 127.0.0.0/8 by default on Debian", remark[0])
        pop3 = "port %d (pop3, normally 110)" % s.ports["pop3"]
        self.assertIn("%s: greeting +OK Dovecot (Debian) ready." % pop3, ok)
        self.assertIn("%s: log-in as fran (USER, PASS: +OK Logged in.; STAT: +OK 0 0)" % pop3, ok)
        imap = "port %d (imap, normally 143)" % s.ports["imap"]
        self.assertTrue(any(l.startswith("%s: LOGIN as fran and SELECT INBOX (a2 OK [READ-WRITE]" % imap)
                            for l in ok), ok)
        for name in ("pop3s", "imaps"):
            label = "port %d (%s, normally %d)" % (s.ports[name], name, 995 if name == "pop3s" else 993)
            self.assertTrue(any(l.startswith(label + ": TLS handshake done") and "self-signed" in l for l in ok), ok)
        self.assertTrue(any(l.startswith("port %d (pop3s, normally 995): log-in as fran" % s.ports["pop3s"])
                            for l in ok), ok)
        self.assertTrue(any(l.startswith("port %d (imaps, normally 993): LOGIN as fran" % s.ports["imaps"])
                            for l in ok), ok)
        self.assertEqual(r.stdout.splitlines()[-1], "Every check holds.")

        # In Galician, the same checks in the course's language.
        gl = check("127.0.0.1", s.ports, "--domain", DOMAIN, "--user", USER, "--password", PASSWORD, lang="gl")
        self.assertEqual(gl.returncode, 0, gl.stdout)
        self.assertEqual(len(lines(gl.stdout, "✓")), len(ok))
        self.assertIn("porto %d (smtp, normalmente 25) escoita en 127.0.0.1" % s.ports["smtp"], lines(gl.stdout, "✓"))

    def test_missing_imap_and_a_wrong_password_fail(self):
        s = Servers(self, protocols=("pop3",))
        r = check("127.0.0.1", s.ports, "--domain", DOMAIN, "--user", USER, "--password", "wrong")
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        bad = lines(r.stdout, "✗")
        for name, standard in (("imap", 143), ("imaps", 993)):
            self.assertTrue(any(l.startswith("port %d (%s, normally %d) does not listen on 127.0.0.1: "
                                             % (s.ports[name], name, standard)) for l in bad), bad)
        self.assertTrue(any(l.startswith("port %d (pop3, normally 110): log-in as fran refused (-ERR"
                                         % s.ports["pop3"]) for l in bad), bad)
        self.assertTrue(any(l.startswith("port %d (pop3s, normally 995): log-in as fran refused (-ERR"
                                         % s.ports["pop3s"]) for l in bad), bad)
        self.assertEqual(len(bad), 4, r.stdout)
        self.assertIn("port %d (smtp, normally 25) listens on 127.0.0.1" % s.ports["smtp"], lines(r.stdout, "✓"))
        self.assertEqual(r.stdout.splitlines()[-1], "4 checks do not hold.")

        # A user the server does not know: Postfix's 550 is shown.
        r = check("127.0.0.1", s.ports, "--domain", DOMAIN, "--user", "nadie", "--password", "x")
        self.assertEqual(r.returncode, 1)
        self.assertTrue(any("refuses mail for nadie@servidor.edu (RCPT TO: 550 5.1.1" in l
                            for l in lines(r.stdout, "✗")), r.stdout)

    @unittest.skipUnless(STRANGER, "no private network namespace: no address outside mynetworks to test from")
    def test_relaying_for_a_stranger(self):
        # Postfix's default smtpd_relay_restrictions end in
        # defer_unauth_destination: 454, as on a Debian install.
        s = Servers(self, address=STRANGER)
        r = check(STRANGER, s.ports, "--domain", DOMAIN)
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertTrue(any(l.startswith("port %d (smtp, normally 25): refuses to relay to someone@example.invalid "
                                         "for a client at %s (454 4.7.1 <someone@example.invalid>: Relay access denied)"
                                         % (s.ports["smtp"], STRANGER))
                            for l in lines(r.stdout, "✓")), r.stdout)
        self.assertEqual(lines(r.stdout, "•"), [])

        # Made an open relay (the classic mistake: mynetworks = 0.0.0.0/0): named as one.
        s = Servers(self, address=STRANGER, postfix_extra=["mynetworks = 0.0.0.0/0"])
        r = check(STRANGER, s.ports, "--domain", DOMAIN)
        self.assertEqual(r.returncode, 1, r.stdout)
        bad = lines(r.stdout, "✗")
        self.assertEqual(len(bad), 1, r.stdout)
        self.assertIn("relays to someone@example.invalid for a client at %s (250 2.1.5 Ok): an open relay" % STRANGER,
                      bad[0])

    def test_bad_usage(self):
        for args, reason in ((["--check-server", "127.0.0.1", "--ports", "smtpx=25"], "smtpx"),
                             (["--check-server", "127.0.0.1", "--ports", "smtp=99999"], "99999"),
                             (["--check-server", "127.0.0.1", "--password", "x"], "--user"),
                             (["--check-server", "127.0.0.1", "--domain", "localhost"], "localhost"),
                             (["--check-server", "127.0.0.1", "--user", "fran\r\nQUIT", "--password", "x"],
                              "--user"),
                             (["--user", "fran"], "--check-server")):
            r = subprocess.run([CARTEIRO, "--lang", "en"] + args, capture_output=True, text=True, timeout=60,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            self.assertEqual(r.returncode, 2, (args, r.stdout, r.stderr))
            self.assertIn(reason, r.stderr)


if __name__ == "__main__":
    missing = [p for p in (ps.POSTFIX, ps.DOVECOT, ps.OPENSSL) if not os.access(p, os.X_OK)]
    if missing:
        print("not installed: %s (scripts/bootstrap.sh installs postfix, dovecot-pop3d, dovecot-imapd)"
              % ", ".join(missing))
        sys.exit(1 if os.environ.get("CI") == "true" else 77)
    if os.geteuid() != 0:
        print("postfix start needs root ('the postfix command is reserved for the superuser')")
        sys.exit(1 if os.environ.get("CI") == "true" else 77)
    if not STRANGER and os.environ.get("CI") == "true":
        print("CI=true: the relay test from a stranger needs a private network namespace (unshare -n)")
        sys.exit(1)
    unittest.main(verbosity=2)
