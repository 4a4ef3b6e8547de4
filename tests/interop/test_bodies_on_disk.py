# SPDX-License-Identifier: GPL-3.0-or-later
"""With persistence a message's text lives in its Maildir file, read when asked.

`carteiro --serve --data-dir DIR` keeps no message text in memory (the unit
test tst_bodiesondisk checks the store's accounting); here real clients
read it whole and byte for byte over the wire, before and after a restart:
Python's poplib (RETR), imaplib (FETCH BODY[]) and the webmail over urllib
(the message page and its part). Then the file is removed behind the
server's back: POP3 says -ERR and IMAP NO, both naming the file, the webmail
answers with a page, and the server goes on serving. Only 127.0.0.0/8.
"""

import glob
import imaplib
import os
import poplib
import smtplib
import tempfile
import unittest

from carteiro_serve import FRAN, SOCKET_TIMEOUT, CarteiroServer
from test_webmail import WORLD, Browser

# A leading dot (stuffed on the wire), 8-bit UTF-8, a long line, no final
# surprises: what a byte-exact read must give back.
BODY = (b".one leading dot\r\n..two leading dots\r\n"
        b"Unha li\xc3\xb1a en galego: \xc3\xa1 \xc3\xa9 \xc3\xad\r\n"
        + b"x" * 900 + b"\r\n"
        + b"".join(b"line %d of the body, marker-bodies-on-disk\r\n" % n for n in range(60)))
MESSAGE = (b"From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: On disk\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\n" + BODY)


class BodiesOnDiskTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.scenario = os.path.join(self.dir.name, "webmail.scenario")
        with open(self.scenario, "w", encoding="utf-8") as f:
            f.write(WORLD)
        self.data = os.path.join(self.dir.name, "data")

    def start(self):
        server = CarteiroServer("--scenario", self.scenario, "--data-dir", self.data).start()
        self.addCleanup(server.stop)
        return server

    def deliver(self, server):
        address, port = server.address("servidor.edu", "smtp")
        with smtplib.SMTP(address, port, local_hostname="outside.interop.test", timeout=SOCKET_TIMEOUT) as c:
            self.assertEqual(c.sendmail("ana@cliente.fr", ["fran@servidor.edu"], MESSAGE), {})

    def stored_file(self):
        files = [f for f in glob.glob(os.path.join(self.data, "servidor.edu", "mail", "fran", "*", "*"))
                 if os.path.basename(os.path.dirname(f)) in ("new", "cur")]
        self.assertEqual(len(files), 1, files)
        return files[0]

    def pop3(self, server):
        pop = poplib.POP3(*server.address("servidor.edu", "pop3"), timeout=SOCKET_TIMEOUT)
        pop.user(FRAN[0])
        pop.pass_(FRAN[1])
        return pop

    def imap(self, server):
        imap = imaplib.IMAP4(*server.address("servidor.edu", "imap"), timeout=SOCKET_TIMEOUT)
        imap.login(*FRAN)
        return imap

    def check_reads(self, server):
        with open(self.stored_file(), "rb") as f:
            stored = f.read()
        # What was delivered, after the Return-Path: and Received: the server added.
        self.assertTrue(stored.endswith(MESSAGE), stored[:300])
        pop = self.pop3(server)
        self.assertEqual(pop.stat(), (1, len(stored)))
        self.assertEqual(b"\r\n".join(pop.retr(1)[1]) + b"\r\n", stored)
        pop.quit()
        imap = self.imap(server)
        imap.select("INBOX", readonly=True)
        typ, data = imap.fetch("1", "(RFC822.SIZE BODY.PEEK[])")
        self.assertEqual(typ, "OK")
        self.assertEqual(data[0][1], stored)
        self.assertIn(b"RFC822.SIZE %d" % len(stored), data[0][0])
        typ, data = imap.uid("FETCH", "1:*", "(UID)")
        uid = int(data[0].split(b"UID ")[1].split(b")")[0])
        imap.logout()
        address, port = server.address("webmail.servidor.edu", "http")
        browser = Browser("http://%s:%d" % (address, port))
        self.assertEqual(browser.login()[0], 303)
        status, _, page = browser.request("/read?folder=INBOX&uid=%d" % uid)
        self.assertEqual(status, 200)
        self.assertIn("marker-bodies-on-disk", page.decode("utf-8"))
        self.assertIn("Unha liña en galego", page.decode("utf-8"))
        status, _, part = browser.request("/part?folder=INBOX&uid=%d&part=1" % uid)
        self.assertEqual(status, 200)
        self.assertEqual(part, BODY)
        return uid

    def test_read_whole_before_and_after_a_restart(self):
        server = self.start()
        self.deliver(server)
        self.check_reads(server)
        server.stop()
        self.check_reads(self.start())

    def test_a_file_removed_behind_the_servers_back(self):
        server = self.start()
        self.deliver(server)
        # Seen once by IMAP: the file moves to cur/, where the store knows it.
        uid = self.check_reads(server)
        path = self.stored_file()
        os.unlink(path)
        name = os.path.basename(path).split(":")[0]
        pop = self.pop3(server)
        with self.assertRaises(poplib.error_proto) as refused:
            pop.retr(1)
        text = str(refused.exception)
        self.assertIn("-ERR cannot read the message's file " + name, text)
        self.assertIn("No such file", text)
        pop.quit()
        imap = self.imap(server)
        imap.select("INBOX", readonly=True)
        typ, data = imap.fetch("1", "(BODY.PEEK[])")
        self.assertEqual(typ, "NO")
        self.assertIn(b"[SERVERBUG] cannot read the message's file " + name.encode(), data[0])
        imap.logout()
        address, port = server.address("webmail.servidor.edu", "http")
        browser = Browser("http://%s:%d" % (address, port))
        browser.login()
        status, _, page = browser.request("/read?folder=INBOX&uid=%d" % uid)
        self.assertGreaterEqual(status, 200)
        self.assertNotIn("marker-bodies-on-disk", page.decode("utf-8", "replace"))
        # Still serving: a new message is delivered and read.
        self.deliver(server)
        pop = self.pop3(server)
        self.assertEqual(pop.stat()[0], 2)
        self.assertTrue((b"\r\n".join(pop.retr(2)[1]) + b"\r\n").endswith(MESSAGE))
        pop.quit()
        self.assertIsNone(server.process.poll())


if __name__ == "__main__":
    unittest.main()
