# SPDX-License-Identifier: GPL-3.0-or-later
"""A class of students (issue 17): accounts with generated passwords, kept
across a restart, and each student shut out of the others' mail.

`students 3 on 2esi.org` gives alumno1 … alumno3 accounts on 2esi.org, their
passwords in DIR/class-passwords ("address password" lines). With Python's
smtplib, poplib and imaplib and the webmail over urllib, on real sockets:

* alumno1 cannot log in as alumno2 with its own password (POP3 USER/PASS,
  IMAP LOGIN, SMTP AUTH, the webmail's form);
* logged in as itself, alumno1 sees none of alumno2's mail: POP3 RETR and
  IMAP FETCH of alumno2's message fail, its own mailbox is empty;
* after AUTH, MAIL FROM:<alumno2@2esi.org> is refused with Postfix's 553
  5.7.1 "Sender address rejected: not owned by user alumno1", its own
  address is taken;
* a restart on the same data directory gives the same passwords (the file
  is not rewritten) and alumno2's message is still there.
"""

import base64
import imaplib
import os
import poplib
import smtplib
import stat
import tempfile
import unittest

from carteiro_serve import SOCKET_TIMEOUT, CarteiroServer
from test_webmail import Browser

WORLD = """title en "A class"
server 2esi.org
dns 2esi.org mx 2esi.org
students 3 on 2esi.org
user profe@2esi.org password claveprofe
webmail webmail.2esi.org for 2esi.org
"""

MESSAGE = (b"From: profe@2esi.org\r\nTo: alumno2@2esi.org\r\nSubject: only for alumno2\r\n\r\n"
           b"the answer is 42\r\n")


def read_passwords(directory):
    path = os.path.join(directory, "class-passwords")
    passwords = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                address, password = line.split(" ")
                passwords[address] = password
    return path, passwords


class ClassTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.scenario = os.path.join(self.dir.name, "clase.scenario")
        with open(self.scenario, "w", encoding="utf-8") as f:
            f.write(WORLD)
        self.data = os.path.join(self.dir.name, "data")

    def serve(self):
        server = CarteiroServer("--scenario", self.scenario, "--data-dir", self.data).start()
        self.addCleanup(server.stop)
        return server

    def test_students_are_shut_out_of_each_others_mail(self):
        server = self.serve()
        path, passwords = read_passwords(self.data)
        self.assertEqual(sorted(passwords), ["alumno1@2esi.org", "alumno2@2esi.org", "alumno3@2esi.org"])
        self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o600)
        self.assertEqual(len(set(passwords.values())), 3)
        mine = passwords["alumno1@2esi.org"]
        theirs = passwords["alumno2@2esi.org"]

        host, port = server.address("2esi.org", "smtp")
        with smtplib.SMTP(host, port, local_hostname="outside.test", timeout=SOCKET_TIMEOUT) as c:
            self.assertEqual(c.sendmail("profe@2esi.org", ["alumno2@2esi.org"], MESSAGE), {})

        # POP3: alumno1's password does not open alumno2's maildrop.
        host, port = server.address("2esi.org", "pop3")
        p = poplib.POP3(host, port, timeout=SOCKET_TIMEOUT)
        p.user("alumno2")
        with self.assertRaises(poplib.error_proto):
            p.pass_(mine)
        p.quit()
        # Logged in as itself: an empty maildrop, no message 1 to read or delete.
        p = poplib.POP3(host, port, timeout=SOCKET_TIMEOUT)
        p.user("alumno1")
        p.pass_(mine)
        self.assertEqual(p.stat()[0], 0)
        with self.assertRaises(poplib.error_proto):
            p.retr(1)
        with self.assertRaises(poplib.error_proto):
            p.dele(1)
        p.quit()

        # IMAP: the same.
        host, port = server.address("2esi.org", "imap")
        with imaplib.IMAP4(host, port, timeout=SOCKET_TIMEOUT) as m:
            with self.assertRaises(imaplib.IMAP4.error):
                m.login("alumno2", mine)
        with imaplib.IMAP4(host, port, timeout=SOCKET_TIMEOUT) as m:
            m.login("alumno1", mine)
            typ, data = m.select("INBOX")
            self.assertEqual((typ, data), ("OK", [b"0"]))
            typ, data = m.fetch("1", "(BODY[])")
            self.assertTrue(typ != "OK" or data == [None], (typ, data))
            typ, data = m.uid("FETCH", "1", "(BODY[])")
            self.assertNotIn(b"the answer is 42", repr(data).encode())
            m.logout()

        # The owner reads it, with its own password.
        with imaplib.IMAP4(host, port, timeout=SOCKET_TIMEOUT) as m:
            m.login("alumno2", theirs)
            typ, data = m.select("INBOX")
            self.assertEqual(data, [b"1"])
            typ, data = m.fetch("1", "(BODY[])")
            self.assertIn(b"the answer is 42", data[0][1])
            m.logout()

        # SMTP: AUTH as alumno2 with alumno1's password fails; after AUTH
        # as alumno1, alumno2's address is not alumno1's to send from.
        host, port = server.address("2esi.org", "submission")
        with smtplib.SMTP(host, port, local_hostname="pc1.2esi.org", timeout=SOCKET_TIMEOUT) as c:
            c.ehlo()
            with self.assertRaises(smtplib.SMTPAuthenticationError):
                c.login("alumno2", mine)
        with smtplib.SMTP(host, port, local_hostname="pc1.2esi.org", timeout=SOCKET_TIMEOUT) as c:
            c.ehlo()
            c.login("alumno1", mine)
            code, text = c.mail("alumno2@2esi.org")
            self.assertEqual(code, 553)
            self.assertEqual(text, b"5.7.1 <alumno2@2esi.org>: Sender address rejected: not owned by user alumno1")
            c.rset()
            code, _ = c.mail("alumno1@2esi.org")
            self.assertEqual(code, 250)
            code, _ = c.rcpt("alumno3@2esi.org")
            self.assertEqual(code, 250)
            c.rset()
        # With the whole address as the log-in, too.
        with smtplib.SMTP(host, port, local_hostname="pc1.2esi.org", timeout=SOCKET_TIMEOUT) as c:
            c.ehlo()
            c.login("alumno1@2esi.org", mine)
            code, text = c.mail("ALUMNO3@2esi.org")
            self.assertEqual(code, 553, text)
        self.assertIsNotNone(server.wait_for_line(
            lambda l: "Sender address rejected: not owned by user alumno1" in l, 5))
        # No transcript line shows a student's password (they are masked).
        for line in server.transcript():
            for password in passwords.values():
                self.assertNotIn(password, line)
                self.assertNotIn(base64.b64encode(("\0alumno1\0" + password).encode()).decode(), line)

        # The webmail: alumno1's password does not open alumno2's mailbox.
        address, http = server.address("webmail.2esi.org", "http")
        b = Browser("http://%s:%d" % (address, http))
        status, _, body = b.login(user="alumno2", password=mine)
        self.assertEqual(status, 200)
        self.assertIn(b"Wrong user name or password", body)
        self.assertEqual(b.request("/folder?name=INBOX")[0], 303)
        b = Browser("http://%s:%d" % (address, http))
        self.assertEqual(b.login(user="alumno1", password=mine)[0], 303)
        status, _, body = b.request("/folder?name=INBOX")
        self.assertEqual(status, 200)
        self.assertNotIn(b"only for alumno2", body)
        for password in passwords.values():
            self.assertNotIn(password.encode(), body)

    def test_passwords_are_kept_across_a_restart(self):
        server = self.serve()
        path, before = read_passwords(self.data)
        written = os.stat(path).st_mtime_ns
        host, port = server.address("2esi.org", "smtp")
        with smtplib.SMTP(host, port, local_hostname="outside.test", timeout=SOCKET_TIMEOUT) as c:
            self.assertEqual(c.sendmail("profe@2esi.org", ["alumno2@2esi.org"], MESSAGE), {})
        server.stop()

        server = self.serve()
        _, after = read_passwords(self.data)
        self.assertEqual(before, after)
        self.assertEqual(os.stat(path).st_mtime_ns, written)
        host, port = server.address("2esi.org", "pop3")
        p = poplib.POP3(host, port, timeout=SOCKET_TIMEOUT)
        p.user("alumno2")
        p.pass_(before["alumno2@2esi.org"])
        self.assertEqual(p.stat()[0], 1)
        p.quit()

        # A fourth student added later gets a password; the others keep theirs.
        server.stop()
        with open(self.scenario, "w", encoding="utf-8") as f:
            f.write(WORLD.replace("students 3", "students 4"))
        self.serve()
        _, grown = read_passwords(self.data)
        self.assertEqual(len(grown), 4)
        for address, password in before.items():
            self.assertEqual(grown[address], password)

    def test_without_persistence_each_run_has_new_passwords(self):
        server = CarteiroServer("--scenario", self.scenario).start()  # --no-persist
        self.addCleanup(server.stop)
        self.assertFalse(os.path.exists(os.path.join(self.data, "class-passwords")))
        host, port = server.address("2esi.org", "pop3")
        p = poplib.POP3(host, port, timeout=SOCKET_TIMEOUT)
        p.user("alumno1")
        # No password is empty or guessable from the name.
        for guess in ("", "alumno1", "alumno"):
            with self.assertRaises(poplib.error_proto):
                p.user("alumno1")
                p.pass_(guess)
        p.quit()


if __name__ == "__main__":
    unittest.main()
