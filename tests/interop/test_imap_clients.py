# SPDX-License-Identifier: GPL-3.0-or-later
"""Real IMAP clients nobody here wrote against servidor.edu's IMAP: curl's
imap:// URLs (RFC 5092), fetchmail with `proto IMAP`, and isync's mbsync
synchronising a Maildir both ways. Every address is on 127.0.0.0/8.
"""

import os
import pathlib
import re
import subprocess
import tempfile
import unittest

from carteiro_serve import FRAN, ServerTestCase, require_tool

TOOL_TIMEOUT = 25  # seconds for one run of a client


def message(tag, body=b"A que hora e onde?"):
    return (b"From: Ana <ana@cliente.fr>\r\n"
            b"To: Fran <fran@servidor.edu>\r\n"
            b"Subject: " + tag + b"\r\n"
            b"Message-ID: <" + tag + b"@interop.test>\r\n"
            b"\r\n" + body + b"\r\n"
            b".a line that starts with a dot\r\n"
            b"Ana\r\n")


def lf(octets):
    return octets.replace(b"\r\n", b"\n")


TUID = re.compile(rb"^X-TUID: [^\r\n]*\r?\n", re.MULTILINE)


def local_bytes(path):
    """A Maildir file as mbsync wrote it, without X-TUID."""
    return untuid(path.read_bytes())


def untuid(octets):
    """Without the X-TUID field mbsync adds to what it copies (to find a
    message again): it adds it on the server's copies too."""
    return TUID.sub(b"", octets, count=1)


FIRST = message(b"first")
SECOND = message(b"second", b"Ola Fran, xa chegou a foto?")


class ImapClientTestCase(ServerTestCase):

    def setUp(self):
        super().setUp()
        self.deliver(FIRST, sender="ana@cliente.fr")
        self.deliver(SECOND, sender="ana@cliente.fr")
        self.stored = self.wait_for_fran_count(2)
        self.address, self.port = self.addr("servidor.edu", "imap")
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="carteiro-imap-"))
        self.addCleanup(subprocess.run, ["rm", "-rf", str(self.tmp)])

    def run_tool(self, command, env=None):
        result = subprocess.run(command, capture_output=True, timeout=TOOL_TIMEOUT,
                                env=dict(os.environ, **(env or {})))
        self.assertEqual(result.returncode, 0,
                         "%s failed (%d)\nstdout: %s\nstderr: %s\ntranscript:\n%s"
                         % (command[0], result.returncode,
                            result.stdout.decode("utf-8", "replace")[-3000:],
                            result.stderr.decode("utf-8", "replace")[-3000:],
                            "\n".join(self.server.transcript()[-60:])))
        return result.stdout


class CurlImapTest(ImapClientTestCase):

    def setUp(self):
        self.curl = require_tool("curl", "curl")
        super().setUp()

    def curl_url(self, path, *extra):
        url = "imap://fran:%s@%s:%d/%s" % (FRAN[1], self.address, self.port, path)
        return self.run_tool([self.curl, "-sS", "--max-time", str(TOOL_TIMEOUT - 5), url] + list(extra))

    def test_list(self):
        listing = self.curl_url("")
        names = [line.rsplit(b" ", 1)[-1].strip(b'"') for line in listing.split(b"\r\n") if line]
        for name in (b"INBOX", b"Sent", b"Drafts", b"Trash", b"Junk"):
            self.assertIn(name, names, listing)
        for line in listing.split(b"\r\n"):
            if line:
                self.assertRegex(line, rb'^\* LIST \([^)]*\) "/" ')

    def test_fetch_by_uid(self):
        # RFC 5092: INBOX;UID=1 is UID FETCH 1 BODY[] after EXAMINE/SELECT.
        self.assertEqual(self.curl_url("INBOX;UID=1"), self.stored[0])
        self.assertEqual(self.curl_url("INBOX;UID=2"), self.stored[1])
        self.assertEqual(self.curl_url("INBOX;UID=2/;SECTION=TEXT"),
                         self.stored[1].split(b"\r\n\r\n", 1)[1])

    def test_search_with_a_custom_command(self):
        output = self.curl_url("INBOX", "-X", "SEARCH SUBJECT second")
        self.assertEqual(output.strip(), b"* SEARCH 2")
        output = self.curl_url("INBOX", "-X", "UID SEARCH ALL")
        self.assertEqual(output.strip(), b"* SEARCH 1 2")


class FetchmailTest(ImapClientTestCase):

    def setUp(self):
        self.fetchmail = require_tool("fetchmail", "fetchmail")
        super().setUp()

    def test_fetchmail_retrieves_every_message_whole(self):
        out = self.tmp / "delivered"
        out.mkdir()
        # One file per message: the MDA is run once per message.
        mda = "/bin/sh -c 'cat > %s/$$.eml'" % out
        rc = self.tmp / "fetchmailrc"
        rc.write_text(
            "set no syslog\n"
            "set no bouncemail\n"
            "poll %s service %d proto IMAP auth password timeout 10\n"
            "    user \"fran@servidor.edu\" there with password \"%s\" is \"%s\" here\n"
            "    folder INBOX\n"
            "    sslproto \"\" no rewrite\n"
            "    keep fetchall\n"
            "    mda \"%s\"\n" % (self.address, self.port, FRAN[1], os.environ.get("USER", "root"),
                                  mda.replace('"', '\\"')))
        rc.chmod(0o600)
        self.run_tool([self.fetchmail, "--fetchmailrc", str(rc), "--idfile", str(self.tmp / "ids"),
                       "--pidfile", str(self.tmp / "pid"), "--nodetach", "--invisible",
                       "--verbose"], env={"HOME": str(self.tmp), "FETCHMAILHOME": str(self.tmp)})
        received = sorted((p.read_bytes() for p in out.iterdir()), key=len)
        self.assertEqual(len(received), 2)
        expected = sorted((m.replace(b"\r\n", b"\n") for m in self.stored), key=len)
        for got, want in zip(received, expected):
            # fetchmail hands the MDA LF line ends; nothing else may change.
            self.assertEqual(got, want)
        # `keep`: the messages are still on the server, now \Seen.
        box = self.imap()
        box.select("INBOX")
        self.assertEqual(box.search(None, "SEEN")[1], [b"1 2"])


class MbsyncTest(ImapClientTestCase):

    def setUp(self):
        self.mbsync = require_tool("mbsync", "isync")
        super().setUp()
        self.maildir = self.tmp / "mail"
        self.maildir.mkdir()
        self.rc = self.tmp / "mbsyncrc"
        self.rc.write_text(
            "IMAPAccount carteiro\n"
            "Host %s\nPort %d\nUser fran@servidor.edu\nPass %s\n"
            "SSLType None\nAuthMechs LOGIN\nTimeout 10\n\n"
            "IMAPStore remote\nAccount carteiro\n\n"
            "MaildirStore local\nPath %s/\nInbox %s/INBOX\nSubFolders Verbatim\n\n"
            "Channel fran\nFar :remote:\nNear :local:\nPatterns *\n"
            "Create Both\nRemove Both\nExpunge Both\nSyncState *\n"
            % (self.address, self.port, FRAN[1], self.maildir, self.maildir))

    def sync(self):
        return self.run_tool([self.mbsync, "-c", str(self.rc), "-V", "-a"],
                             env={"HOME": str(self.tmp)})

    def local(self, folder):
        path = self.maildir / folder
        return sorted(p for sub in ("cur", "new") for p in (path / sub).glob("*") if p.is_file())

    def test_mbsync_both_ways(self):
        box = self.imap()
        box.create("Viaxes")
        box.append("Viaxes", "(\\Seen)", None, message(b"viaxes"))
        box.logout()

        # Pull: every folder and every message, byte for byte.
        self.sync()
        for folder in ("INBOX", "Viaxes", "Sent", "Trash", "Drafts", "Junk"):
            self.assertTrue((self.maildir / folder / "cur").is_dir(), folder)
        # A Maildir keeps LF line ends: mbsync turns CR LF into LF and back.
        inbox = self.local("INBOX")
        self.assertEqual(sorted(local_bytes(p) for p in inbox), sorted(map(lf, self.stored)))
        viaxes = self.local("Viaxes")
        self.assertEqual([local_bytes(p) for p in viaxes], [lf(message(b"viaxes"))])
        self.assertTrue(viaxes[0].name.endswith("S"), viaxes[0].name)  # \Seen came as S

        # Local changes: flag the first, move the second to Viaxes (a new
        # message there, without mbsync's UID in its name), and a new folder
        # with a message of its own.
        first, second = sorted(inbox, key=lambda p: local_bytes(p) != lf(self.stored[0]))
        self.assertEqual(local_bytes(first), lf(self.stored[0]))
        base, _, flags = first.name.partition(":2,")
        first.rename(first.with_name(base + ":2," + "".join(sorted(flags + "F"))))
        moved = re.sub(r",U=\d+", "", second.name)
        second.rename(self.maildir / "Viaxes" / "cur" / moved)
        local_folder = self.maildir / "Clase"
        for sub in ("cur", "new", "tmp"):
            (local_folder / sub).mkdir(parents=True)
        (local_folder / "new" / "1700000000.1.interop").write_bytes(lf(message(b"clase")))
        self.sync()

        # The server now holds what the Maildir says.
        box = self.imap()
        box.select("INBOX")
        self.assertEqual(box.search(None, "ALL")[1], [b"1"])
        self.assertEqual(box.search(None, "FLAGGED")[1], [b"1"])
        self.assertEqual(box.fetch("1", "(BODY.PEEK[])")[1][0][1], self.stored[0])
        box.select("Viaxes")
        bodies = sorted(untuid(box.fetch("1:*", "(BODY.PEEK[])")[1][i][1]) for i in (0, 2))
        self.assertEqual(bodies, sorted([message(b"viaxes"), self.stored[1]]))
        typ, data = box.select("Clase")
        self.assertEqual((typ, data), ("OK", [b"1"]))
        self.assertEqual(untuid(box.fetch("1", "(BODY.PEEK[])")[1][0][1]), message(b"clase"))

        # New mail on the server meanwhile comes down at the next sync, and a
        # local deletion (trashed, then expunged by mbsync) removes it there.
        self.deliver(message(b"third"), sender="ana@cliente.fr")
        third = self.wait_for_fran_count(2)[1]
        viaxes = self.local("Viaxes")
        doomed = next(p for p in viaxes if local_bytes(p) == lf(message(b"viaxes")))
        base, _, flags = doomed.name.partition(":2,")
        doomed.rename(doomed.with_name(base + ":2," + "".join(sorted(flags + "T"))))
        self.sync()
        box.select("Viaxes")
        self.assertEqual(box.search(None, "ALL")[1], [b"1"])
        self.assertEqual(untuid(box.fetch("1", "(BODY.PEEK[])")[1][0][1]), self.stored[1])
        self.assertEqual(len(self.local("Viaxes")), 1)
        self.assertEqual(sorted(local_bytes(p) for p in self.local("INBOX")),
                         sorted([lf(self.stored[0]), lf(third)]))


if __name__ == "__main__":
    unittest.main()
