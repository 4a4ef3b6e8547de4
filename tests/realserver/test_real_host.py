# SPDX-License-Identifier: GPL-3.0-or-later
"""A scenario whose servidor.edu is a real Postfix and Dovecot.

A private Postfix and Dovecot (private_servers.py: temporary directories,
loopback, ports picked here) stand for the student's own installed servers;
Postfix delivers fran@servidor.edu's mail into the Maildir Dovecot reads
(virtual(8), as Dovecot's mail_location = maildir:~/Maildir). The test
writes a scenario with

    server servidor.edu real 127.0.0.1 smtp PORT pop3 PORT imap PORT

runs `carteiro --headless --scenario FILE` and checks:
  - exit status 0: every expectation of the scenario holds (Fran's POP3
    client and a second, IMAP, client of fran@servidor.edu fetched Ana's
    message, by its subject);
  - the transcript shows the real servers' own words: Postfix's banner and
    EHLO lines, its "queued as", Dovecot's POP3 and IMAP greetings;
  - the message is in the Maildir on disk, put there by Postfix, not by us;
  - a scenario that expects a real server's mailbox is refused, naming the
    line.
Run by ctest (label realserver). Exit 77 (skipped) only when postfix,
dovecot or openssl is not installed or not root; with CI=true a failure.
"""

import glob
import os
import subprocess
import sys
import tempfile
import unittest

import private_servers as ps

CARTEIRO = os.environ.get("CARTEIRO_BIN", "carteiro")
DOMAIN, USER, PASSWORD = "servidor.edu", "fran", "clave-de-fran"
SUBJECT = "Quedamos hoxe no porto?"

SCENARIO = """\
title en "Ana writes to Fran, whose server is a real Postfix and Dovecot"
server cliente.fr
server servidor.edu real 127.0.0.1 smtp {smtp} pop3 {pop3} imap {imap}
dns cliente.fr mx cliente.fr
dns servidor.edu mx servidor.edu
user ana@cliente.fr password claveana
user fran@servidor.edu password {password}
client ana user ana@cliente.fr
client fran user fran@servidor.edu pop3 keep
client franimap user fran@servidor.edu imap
# Every line cliente.fr writes travels late: its QUIT leaves a while after
# Postfix's "queued as", time for Postfix to deliver into the Maildir.
slow cliente.fr 700
send ana to fran@servidor.edu subject "{subject}" body "A que hora?"
wait
slow cliente.fr 0
expect queue cliente.fr count 0
fetch fran keep
expect client fran count 1
expect client fran subject "{subject}"
fetch franimap
expect client franimap count 1
expect client franimap subject "{subject}"
"""


def carteiro(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [CARTEIRO, "--lang", "en"] + list(args)
    r = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)
    sys.stderr.write("$ %s\n%s%s(exit %d)\n" % (" ".join(command), r.stdout, r.stderr, r.returncode))
    return r


class RealHost(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="carteiro-real-host-")
        self.addCleanup(subprocess.run, ["rm", "-rf", self.tmp])
        names = ("smtp", "submission", "pop3", "imap", "pop3s", "imaps")
        self.ports = {n: ps.free_port() for n in names}
        cert = ps.make_certificate(self.tmp, DOMAIN)
        dovecot_dir = os.path.join(self.tmp, "dovecot")
        self.dovecot = ps.Dovecot(dovecot_dir, "127.0.0.1", self.ports, {USER: PASSWORD}, cert)
        self.dovecot.start()
        self.addCleanup(self.dovecot.stop)
        # Postfix's virtual(8) writes fran's mail where Dovecot reads it
        # (its home in the passwd-file, maildir:~/Maildir), as the user
        # Dovecot reads it as.
        nobody = ps.pwd.getpwnam("nobody")
        self.maildir = os.path.join(dovecot_dir, "home", USER, "Maildir")
        deliver = [
            "virtual_transport = virtual",
            "virtual_mailbox_base = %s/home" % dovecot_dir,
            "virtual_mailbox_maps = inline:{ %s@%s=%s/Maildir/ }" % (USER, DOMAIN, USER),
            "virtual_uid_maps = static:%d" % nobody.pw_uid,
            "virtual_gid_maps = static:%d" % nobody.pw_gid,
        ]
        self.postfix = ps.Postfix(os.path.join(self.tmp, "postfix"), "127.0.0.1", self.ports["smtp"],
                                  self.ports["submission"], DOMAIN, [USER, "postmaster"], cert, deliver)
        self.postfix.start()
        self.addCleanup(self.postfix.stop)

    def scenario(self, text):
        path = os.path.join(self.tmp, "real.scenario")
        with open(path, "w") as f:
            f.write(text)
        return path

    def test_ana_sends_to_a_real_postfix_and_fran_fetches_from_a_real_dovecot(self):
        path = self.scenario(SCENARIO.format(smtp=self.ports["smtp"], pop3=self.ports["pop3"],
                                             imap=self.ports["imap"], password=PASSWORD, subject=SUBJECT))
        r = carteiro("--headless", "--ephemeral-ports", "--scenario", path)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        out = r.stdout
        # The real servers' own words, drawn as any other line.
        self.assertIn("220 mail.servidor.edu ESMTP Postfix (Debian/GNU)", out)
        self.assertIn("250-PIPELINING", out)
        self.assertIn("250-ETRN", out)
        self.assertRegex(out, r"250 2\.0\.0 Ok: queued as [0-9A-F]+")
        self.assertIn("221 2.0.0 Bye", out)
        self.assertIn("+OK Dovecot (Debian) ready.", out)
        self.assertIn("+OK Logged in.", out)
        self.assertRegex(out, r"\* OK \[CAPABILITY IMAP4rev1 [^]]*\] Dovecot \(Debian\) ready\.")
        # Fran's message came from Dovecot: its Subject line is in what
        # servidor.edu said (RETR and FETCH).
        self.assertGreaterEqual(out.count("Subject: " + SUBJECT), 2, out)
        # Postfix delivered it, into the Maildir on disk.
        files = glob.glob(os.path.join(self.maildir, "*", "*"))
        self.assertEqual(len(files), 1, files)
        with open(files[0], "rb") as f:
            self.assertIn(("Subject: " + SUBJECT).encode(), f.read())

    def test_a_real_servers_mailbox_cannot_be_expected(self):
        text = SCENARIO.format(smtp=self.ports["smtp"], pop3=self.ports["pop3"], imap=self.ports["imap"],
                               password=PASSWORD, subject=SUBJECT)
        text += "expect mailbox fran@servidor.edu count 1\n"
        line = text.count("\n")
        r = carteiro("--headless", "--ephemeral-ports", "--scenario", self.scenario(text))
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("real.scenario:%d:" % line, r.stderr + r.stdout)
        self.assertIn('"servidor.edu" is the real server at 127.0.0.1', r.stderr + r.stdout)
        # Nothing was sent: the scenario did not start.
        self.assertEqual(glob.glob(os.path.join(self.maildir, "*", "*")), [])


if __name__ == "__main__":
    missing = [p for p in (ps.POSTFIX, ps.DOVECOT, ps.OPENSSL) if not os.access(p, os.X_OK)]
    if missing:
        print("not installed: %s (scripts/bootstrap.sh installs postfix, dovecot-pop3d, dovecot-imapd)"
              % ", ".join(missing))
        sys.exit(1 if os.environ.get("CI") == "true" else 77)
    if os.geteuid() != 0:
        print("postfix start needs root ('the postfix command is reserved for the superuser')")
        sys.exit(1 if os.environ.get("CI") == "true" else 77)
    unittest.main(verbosity=2)
