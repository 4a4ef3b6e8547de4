# SPDX-License-Identifier: GPL-3.0-or-later
"""IMAP folders, UIDs, UIDVALIDITY and flags survive a restart, and Dovecot reads them.

`carteiro --serve --data-dir DIR` keeps each user's IMAP folders as Maildir++
folders (DIR/<host>/mail/<user>/.Work.2026/), flags in the file names
(":2,FS"), UIDs in a carteiro-uidlist beside each folder. The test makes
folders, messages and flags with Python's imaplib, stops carteiro, starts it
again on the same directory and checks that every folder has the same
UIDVALIDITY, UIDs and flags; then it points a private Dovecot (its own
config, loopback, an ephemeral port: the bench's recipe, bench/common.sh) at
the same Maildir and checks with imaplib that Dovecot sees the same folders,
flags and message counts.

Run through ctest (label interop); exit code 77 (skipped) only when Dovecot
is not installed.
"""

import imaplib
import os
import pwd
import grp
import re
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
import unittest

from carteiro_serve import FRAN, SOCKET_TIMEOUT, CarteiroServer

DOVECOT = "/usr/sbin/dovecot"
FOLDERS = ["Sent", "Drafts", "Trash", "Junk", "Work", "Work/2026"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def message(subject):
    return ("From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: %s\r\n"
            "Message-Id: <%s@interop.test>\r\n\r\nola\r\n" % (subject, subject.replace(" ", "."))).encode()


def ok(result):
    typ, data = result
    if typ != "OK":
        raise AssertionError("IMAP said %s %r" % (typ, data))
    return data


def folder_state(box, folder):
    """(UIDVALIDITY, {uid: sorted system flags}) of a folder."""
    exists = int(ok(box.select('"%s"' % folder))[0])
    validity = int(re.search(rb"UIDVALIDITY (\d+)", ok(box.status('"%s"' % folder, "(UIDVALIDITY)"))[0]).group(1))
    messages = {}
    if exists:
        for item in ok(box.uid("FETCH", "1:*", "(UID FLAGS)")):
            line = item[0] if isinstance(item, tuple) else item
            if not line:
                continue
            uid = re.search(rb"UID (\d+)", line)
            flags = re.search(rb"FLAGS \(([^)]*)\)", line)
            if uid and flags:
                messages[int(uid.group(1))] = sorted(f for f in flags.group(1).decode().split()
                                                     if f != "\\Recent")
    box.close()
    return validity, messages


def listed(box):
    names = set()
    for line in ok(box.list()):
        m = re.match(rb'\(([^)]*)\) (?:"[^"]*"|NIL) "?([^"]*)"?$', line)
        names.add(m.group(2).decode())
    return names


def subscribed(box):
    names = set()
    for line in ok(box.lsub()):
        m = re.match(rb'\(([^)]*)\) (?:"[^"]*"|NIL) "?([^"]*)"?$', line)
        names.add(m.group(2).decode())
    return names


class DovecotMaildirTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="carteiro-dovecot-")
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.data = os.path.join(self.tmp, "data")

    def imap(self, server):
        address, port = server.address("servidor.edu", "imap")
        box = imaplib.IMAP4(address, port, timeout=SOCKET_TIMEOUT)
        box.login(*FRAN)
        return box

    def snapshot(self, box, folders):
        return {folder: folder_state(box, folder) for folder in folders}

    def test_restart_then_dovecot(self):
        # 1. Make folders, messages and flags in carteiro.
        with CarteiroServer("--data-dir", self.data) as server:
            address, port = server.address("servidor.edu", "smtp")
            with smtplib.SMTP(address, port, local_hostname="outside.interop.test",
                              timeout=SOCKET_TIMEOUT) as smtp:
                for i in range(3):
                    smtp.sendmail("ana@cliente.fr", ["fran@servidor.edu"], message("delivered %d" % i))
            box = self.imap(server)
            ok(box.create("Work"))
            ok(box.create("Work/2026"))
            ok(box.unsubscribe("Junk"))
            self.assertEqual(box.create("a.b")[0], "NO")    # "." is Maildir++'s separator
            ok(box.append("Work", r"(\Seen \Flagged)", None, message("appended")))
            ok(box.append("Work/2026", None, None, message("appended plain")))
            ok(box.select("INBOX"))
            ok(box.uid("STORE", "1", "+FLAGS", r"(\Seen)"))
            ok(box.uid("STORE", "2", "+FLAGS", r"(\Flagged \Answered)"))
            ok(box.uid("COPY", "1", "Work"))
            ok(box.uid("MOVE", "3", "Work/2026"))
            ok(box.uid("STORE", "2", "+FLAGS", r"(\Draft)"))
            box.close()
            expected_folders = listed(box)
            expected_subscribed = subscribed(box)
            before = self.snapshot(box, ["INBOX"] + FOLDERS)
            box.logout()
        self.assertEqual(expected_folders, {"INBOX", *FOLDERS})
        self.assertNotIn("Junk", expected_subscribed)
        self.assertEqual(len(before["INBOX"][1]), 2)
        self.assertEqual(len(before["Work"][1]), 2)
        self.assertEqual(len(before["Work/2026"][1]), 2)
        self.assertEqual(before["INBOX"][1][2], ["\\Answered", "\\Draft", "\\Flagged"])

        mail = os.path.join(self.data, "servidor.edu", "mail", "fran")
        self.assertTrue(os.path.isdir(os.path.join(mail, ".Work.2026", "cur")))
        self.assertTrue(os.path.isfile(os.path.join(mail, ".Work", "maildirfolder")))
        names = os.listdir(os.path.join(mail, "cur"))
        self.assertTrue(any(n.endswith(":2,DFR") for n in names), names)

        # 2. The same after a restart.
        with CarteiroServer("--data-dir", self.data) as server:
            box = self.imap(server)
            self.assertEqual(listed(box), expected_folders)
            self.assertEqual(subscribed(box), expected_subscribed)
            after = self.snapshot(box, ["INBOX"] + FOLDERS)
            box.logout()
        self.assertEqual(after, before)

        # 3. Dovecot on the same Maildir.
        if not os.access(DOVECOT, os.X_OK):
            return
        self.check_with_dovecot(mail, before)

    def check_with_dovecot(self, mail, expected):
        d = os.path.join(self.tmp, "dovecot")
        for sub in ("run", "state", "home"):
            os.makedirs(os.path.join(d, sub))
        port = free_port()
        if os.geteuid() == 0:
            internal, login, mailuser = "dovecot", "dovenull", "nobody"
            mailgroup = grp.getgrgid(pwd.getpwnam("nobody").pw_gid).gr_name
        else:
            internal = login = mailuser = pwd.getpwuid(os.getuid()).pw_name
            mailgroup = grp.getgrgid(os.getgid()).gr_name
        conf = os.path.join(d, "dovecot.conf")
        with open(conf, "w") as f:
            f.write("""instance_name = carteiro-interop-%(port)d
base_dir = %(d)s/run
state_dir = %(d)s/state
log_path = %(d)s/dovecot.log
info_log_path = %(d)s/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
default_internal_user = %(internal)s
default_internal_group = %(internalgroup)s
default_login_user = %(login)s
mail_location = maildir:%(maildirs)s/%%u
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = static
  args = password=%(password)s
}
userdb {
  driver = static
  args = uid=%(mailuser)s gid=%(mailgroup)s home=%(d)s/home
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = %(port)d
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
""" % dict(port=port, d=d, internal=internal, login=login, maildirs=os.path.dirname(mail), password=FRAN[1],
           internalgroup=grp.getgrgid(pwd.getpwnam(internal).pw_gid).gr_name,
           mailuser=mailuser, mailgroup=mailgroup))
        if os.geteuid() == 0:
            # Dovecot's mail user must reach and write the Maildir.
            path = self.tmp
            os.chmod(path, 0o755)
            for root, dirs, files in os.walk(os.path.join(self.data)):
                os.chmod(root, 0o755)
            subprocess.run(["chown", "-R", "%s:%s" % (mailuser, mailgroup), mail,
                            os.path.join(d, "home")], check=True)
        process = subprocess.Popen([DOVECOT, "-F", "-c", conf], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.addCleanup(lambda: (process.terminate(), process.wait(10)))
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 1).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    log = open(os.path.join(d, "dovecot.log")).read() if os.path.exists(
                        os.path.join(d, "dovecot.log")) else ""
                    raise AssertionError("dovecot did not start:\n%s" % log)
                time.sleep(0.1)
        box = imaplib.IMAP4("127.0.0.1", port, timeout=SOCKET_TIMEOUT)
        box.login(*FRAN)
        try:
            self.assertEqual(listed(box), {"INBOX", *FOLDERS})
            for folder, (_, messages) in expected.items():
                _, seen = folder_state(box, folder)
                self.assertEqual(sorted(seen.values()), sorted(messages.values()), folder)
                print("dovecot %s: %d messages, flags %s" % (folder, len(seen), sorted(seen.values())),
                      file=sys.stderr)
        finally:
            box.logout()


if __name__ == "__main__":
    if not os.access(DOVECOT, os.X_OK):
        print("dovecot is not installed: skipped (apt-get install -y dovecot-imapd)")
        sys.exit(77)
    unittest.main()
