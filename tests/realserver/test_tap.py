# SPDX-License-Identifier: GPL-3.0-or-later
"""carteiro --tap: real clients and a real Postfix and Dovecot, every line drawn.

A private Postfix and Dovecot (private_servers.py) stand for the student's
own servers; `carteiro --serve --json --tap …` listens in front of them.
Then, through the taps:
  - swaks sends a message to Postfix: every line swaks says it wrote or read
    is in carteiro's transcript, in the same direction and order, and the
    message is in the Maildir (the octets passed exactly);
  - swaks with STARTTLS: the lines before it are drawn, then the tap says
    the rest is encrypted and draws TLS records, no plaintext; the message
    still arrives;
  - fetchmail fetches it from Dovecot by POP3 and by IMAP: every line
    fetchmail logs is drawn, the message fetched is the one delivered;
  - POP3S (implicit TLS, port 995's service): Python's poplib reads the
    message through the tap; the tap drew only TLS records;
  - a tap to a port where nothing listens: the client is closed, the
    transcript says why.
Run by ctest (label realserver). Exit 77 (skipped) only when postfix,
dovecot, swaks, fetchmail or openssl is missing or not root; with CI=true
a failure.
"""

import glob
import json
import os
import poplib
import queue
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest

import private_servers as ps

CARTEIRO = os.environ.get("CARTEIRO_BIN", "carteiro")
DOMAIN, USER, PASSWORD = "servidor.edu", "fran", "clave-de-fran"
SWAKS = shutil.which("swaks") or "/usr/bin/swaks"
FETCHMAIL = shutil.which("fetchmail") or "/usr/bin/fetchmail"


class Serve:
    """carteiro --serve --json with taps; events read as they come."""

    def __init__(self, tmp, taps):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp)
        command = [CARTEIRO, "--serve", "--lang", "en", "--json", "--show-passwords", "--ephemeral-ports",
                   "--data-dir", os.path.join(tmp, "serve")]
        for t in taps:
            command += ["--tap", t]
        self.command = command
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        env=env)
        self.lines = queue.Queue()
        self.events = []
        self.taps = {}
        threading.Thread(target=self._read, daemon=True).start()
        end = time.monotonic() + 30
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            if line.startswith("TAP "):
                # TAP host service address:port -> target
                parts = line.split()
                self.taps[parts[2] + "@" + parts[5]] = int(parts[3].rsplit(":", 1)[1])
            if line == "READY":
                return
        raise RuntimeError("carteiro --serve did not get ready: %s" % self.process.stderr.read())

    def _read(self):
        for line in self.process.stdout:
            line = line.rstrip("\n")
            if line.startswith("{"):
                self.events.append(json.loads(line))
            self.lines.put(line)

    def port(self, service, target_port):
        return self.taps["%s@127.0.0.1:%d" % (service, target_port)]

    def wait_for(self, predicate, seconds=15):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if predicate():
                return True
            time.sleep(0.1)
        return False

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        sys.stderr.write("carteiro stderr:\n%s\n" % self.process.stderr.read())


DIRECTION = {"C": "client-to-server", "S": "server-to-client"}


def lines_of(events, protocol=None):
    """The line events (of one protocol): (direction, raw), in order."""
    out = []
    for e in events:
        if e.get("kind") != "line":
            continue
        if protocol is not None and e.get("protocol") != protocol:
            continue
        out.append((DIRECTION.get(e.get("dir")), e.get("line")))
    return out


class Tap(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="carteiro-tap-")
        names = ("smtp", "submission", "pop3", "imap", "pop3s", "imaps")
        cls.ports = {n: ps.free_port() for n in names}
        cert = ps.make_certificate(cls.tmp, DOMAIN)
        dovecot_dir = os.path.join(cls.tmp, "dovecot")
        cls.dovecot = ps.Dovecot(dovecot_dir, "127.0.0.1", cls.ports, {USER: PASSWORD}, cert)
        cls.dovecot.start()
        nobody = ps.pwd.getpwnam("nobody")
        cls.maildir = os.path.join(dovecot_dir, "home", USER, "Maildir")
        deliver = [
            "virtual_transport = virtual",
            "virtual_mailbox_base = %s/home" % dovecot_dir,
            "virtual_mailbox_maps = inline:{ %s@%s=%s/Maildir/ }" % (USER, DOMAIN, USER),
            "virtual_uid_maps = static:%d" % nobody.pw_uid,
            "virtual_gid_maps = static:%d" % nobody.pw_gid,
        ]
        cls.postfix = ps.Postfix(os.path.join(cls.tmp, "postfix"), "127.0.0.1", cls.ports["smtp"],
                                 cls.ports["submission"], DOMAIN, [USER, "postmaster"], cert, deliver)
        cls.postfix.start()
        cls.dead_port = ps.free_port()
        taps = ["smtp:0=127.0.0.1:%d" % cls.ports["smtp"],
                "pop3:0=127.0.0.1:%d" % cls.ports["pop3"],
                "imap:0=127.0.0.1:%d" % cls.ports["imap"],
                "pop3s:0=127.0.0.1:%d" % cls.ports["pop3s"],
                "smtp:0=127.0.0.1:%d" % cls.dead_port]
        cls.serve = Serve(cls.tmp, taps)

    @classmethod
    def tearDownClass(cls):
        cls.serve.stop()
        cls.postfix.stop()
        cls.dovecot.stop()
        subprocess.run(["rm", "-rf", cls.tmp])

    def new_events(self, since):
        return self.serve.events[since:]

    def delivered(self, subject):
        for path in glob.glob(os.path.join(self.maildir, "*", "*")):
            with open(path, "rb") as f:
                if ("Subject: " + subject).encode() in f.read():
                    return path
        return None

    def swaks(self, subject, *extra):
        port = self.serve.port("smtp", self.ports["smtp"])
        command = [SWAKS, "--server", "127.0.0.1", "--port", str(port), "--from", "ana@cliente.fr",
                   "--to", "%s@%s" % (USER, DOMAIN), "--helo", "cliente.fr",
                   "--header", "Subject: " + subject, "--body", "Ola, Fran.\nUnha liña.\n..comeza cun punto\n"]
        command += list(extra)
        r = subprocess.run(command, capture_output=True, text=True, timeout=60)
        sys.stderr.write("$ %s\n%s%s(exit %d)\n" % (" ".join(command), r.stdout, r.stderr, r.returncode))
        return r

    def test_swaks_through_the_tap_to_postfix(self):
        start = len(self.serve.events)
        subject = "Pola billa (%d)" % os.getpid()
        r = self.swaks(subject)
        self.assertEqual(r.returncode, 0)
        # What swaks wrote (" -> ") and read (" <- "), in order.
        said = []
        for line in r.stdout.splitlines():
            if line.startswith(" -> ") or line.startswith("<-  ") or line.startswith(" <- "):
                direction = "client-to-server" if line.startswith(" -> ") else "server-to-client"
                said.append((direction, line[4:]))
        self.assertGreater(len(said), 10, r.stdout)
        self.assertTrue(self.serve.wait_for(
            lambda: ("server-to-client", "221 2.0.0 Bye") in lines_of(self.new_events(start), "SMTP")))
        drawn = lines_of(self.new_events(start), "SMTP")
        self.assertEqual(drawn, said)
        # Drawn between the outside client and the real server, as Postfix said it.
        first = [e for e in self.new_events(start) if e.get("kind") == "line" and e.get("protocol") == "SMTP"][0]
        self.assertEqual(first["from"], "127.0.0.1")
        self.assertEqual(first["to"], "outside 127.0.0.1")
        self.assertIn("ESMTP Postfix", first["line"])
        self.assertEqual(first.get("role"), "greeting")
        data = [e for e in self.new_events(start) if e.get("kind") == "line" and e.get("line") == "DATA"]
        self.assertEqual(len(data), 1)
        # swaks dot-stuffed "..comeza" on the wire; Postfix un-stuffed it: the octets passed exactly.
        self.assertTrue(self.serve.wait_for(lambda: self.delivered(subject) is not None))
        with open(self.delivered(subject), "rb") as f:
            self.assertIn(b"\n..comeza cun punto\n", f.read())

    def test_swaks_with_starttls_is_drawn_as_encrypted_from_there(self):
        start = len(self.serve.events)
        subject = "Cifrado (%d)" % os.getpid()
        r = self.swaks(subject, "--tls")
        self.assertEqual(r.returncode, 0)
        self.assertTrue(self.serve.wait_for(lambda: any(
            e.get("kind") == "note" and e.get("noteCode") == "tap-encrypted" for e in self.new_events(start))))
        self.assertTrue(self.serve.wait_for(lambda: self.delivered(subject) is not None))
        self.assertTrue(self.serve.wait_for(lambda: len(
            [e for e in self.new_events(start) if e.get("kind") == "tls-record" and e.get("protocol") == "SMTP"]) > 4))
        events = [e for e in self.new_events(start) if e.get("protocol") == "SMTP"]
        raws = [raw for _, raw in lines_of(events)]
        self.assertIn("STARTTLS", raws)
        self.assertTrue(any(r.startswith("220 2.0.0 Ready to start TLS") for r in raws), raws)
        # Nothing after the go-ahead is drawn as a line: it was encrypted.
        after = raws[[i for i, r in enumerate(raws) if r.startswith("220 2.0.0")][0] + 1:]
        self.assertEqual(after, [])
        self.assertNotIn("MAIL FROM:<ana@cliente.fr>", raws)
        records = [e for e in events if e.get("kind") == "tls-record"]
        self.assertGreater(len(records), 4, [(e.get("kind"), e.get("noteCode")) for e in events])
        self.assertTrue(any(e.get("dir") == "C" for e in records))
        self.assertTrue(any(e.get("dir") == "S" for e in records))

    def fetchmail(self, protocol, port):
        rc = os.path.join(self.tmp, "fetchmailrc-" + protocol)
        out = os.path.join(self.tmp, "fetched-" + protocol)
        with open(rc, "w") as f:
            f.write('poll 127.0.0.1 service %d protocol %s user "%s" password "%s" sslproto "" keep '
                    'mda "/bin/sh -c \'cat >> %s\'"\n' % (port, protocol, USER, PASSWORD, out))
        os.chmod(rc, 0o600)
        env = dict(os.environ, HOME=self.tmp, FETCHMAILHOME=self.tmp)
        r = subprocess.run([FETCHMAIL, "-v", "--nosyslog", "--nodetach", "-f", rc, "--pidfile",
                            os.path.join(self.tmp, "fetchmail.pid")],
                           capture_output=True, text=True, timeout=60, env=env)
        sys.stderr.write("fetchmail %s: %s%s(exit %d)\n" % (protocol, r.stdout, r.stderr, r.returncode))
        fetched = open(out, "rb").read() if os.path.exists(out) else b""
        return r, fetched

    def fetchmail_lines(self, log, tag):
        # "fetchmail: POP3> USER fran", "fetchmail: POP3< +OK …"
        said = []
        for line in log.splitlines():
            for arrow, direction in ((tag + "> ", "client-to-server"), (tag + "< ", "server-to-client")):
                marker = "fetchmail: " + arrow
                if line.startswith(marker):
                    said.append((direction, line[len(marker):]))
        return said

    def deliver_one(self, subject):
        r = self.swaks(subject)
        self.assertEqual(r.returncode, 0)
        self.assertTrue(self.serve.wait_for(lambda: self.delivered(subject) is not None))

    def test_fetchmail_through_the_tap_to_dovecot_pop3(self):
        subject = "Para fetchmail POP3 (%d)" % os.getpid()
        self.deliver_one(subject)
        start = len(self.serve.events)
        r, fetched = self.fetchmail("pop3", self.serve.port("pop3", self.ports["pop3"]))
        self.assertIn(r.returncode, (0, 1), r.stderr)
        self.assertIn(("Subject: " + subject).encode(), fetched)
        said = self.fetchmail_lines(r.stderr + r.stdout, "POP3")
        self.assertGreater(len(said), 5)
        self.assertTrue(self.serve.wait_for(
            lambda: ("server-to-client", "+OK Logging out.") in lines_of(self.new_events(start), "POP3")))
        drawn = lines_of(self.new_events(start), "POP3")
        # fetchmail logs each command and each status line (not the message's
        # lines, nor a listing's): each, in order, is drawn.
        at = 0
        for line in said:
            if line[1].startswith("PASS "):
                line = (line[0], "PASS " + PASSWORD)  # fetchmail masks it in its log; the wire had it
            self.assertIn(line, drawn[at:], "not drawn (in order): %r" % (line,))
            at = drawn.index(line, at) + 1
        # The message itself crossed the tap: its Subject line is drawn as
        # message content of the RETR.
        content = [e for e in self.new_events(start)
                   if e.get("kind") == "line" and e.get("protocol") == "POP3" and e.get("line") == "Subject: " + subject]
        self.assertEqual(len(content), 1)
        self.assertEqual(content[0].get("role"), "content")

    def test_fetchmail_through_the_tap_to_dovecot_imap(self):
        subject = "Para fetchmail IMAP (%d)" % os.getpid()
        self.deliver_one(subject)
        start = len(self.serve.events)
        r, fetched = self.fetchmail("imap", self.serve.port("imap", self.ports["imap"]))
        self.assertIn(r.returncode, (0, 1), r.stderr)
        self.assertIn(("Subject: " + subject).encode(), fetched)
        said = self.fetchmail_lines(r.stderr + r.stdout, "IMAP")
        self.assertGreater(len(said), 5)
        self.assertTrue(self.serve.wait_for(lambda: any(
            d == "server-to-client" and "OK Logout completed" in raw for d, raw in lines_of(self.new_events(start), "IMAP"))))
        drawn = lines_of(self.new_events(start), "IMAP")
        at = 0
        for line in said:
            if "LOGIN" in line[1]:
                continue  # fetchmail masks the password in its log
            if line[0] == "server-to-client" and line[1].startswith("* ") and "FETCH" in line[1]:
                pass
            self.assertIn(line, drawn[at:], "not drawn (in order): %r" % (line,))
            at = drawn.index(line, at) + 1

    def test_pop3s_through_the_tap_is_passed_on_unread(self):
        subject = "POP3S (%d)" % os.getpid()
        self.deliver_one(subject)
        start = len(self.serve.events)
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        client = poplib.POP3_SSL("127.0.0.1", self.serve.port("pop3s", self.ports["pop3s"]), context=context,
                                 timeout=20)
        client.user(USER)
        client.pass_(PASSWORD)
        count, _ = client.stat()
        found = False
        for n in range(1, count + 1):
            if ("Subject: " + subject).encode() in b"\n".join(client.retr(n)[1]):
                found = True
        client.quit()
        self.assertTrue(found)
        self.assertTrue(self.serve.wait_for(lambda: any(
            e.get("kind") == "note" and e.get("noteCode") == "tap-encrypted-from-start" for e in self.new_events(start))))
        self.assertTrue(self.serve.wait_for(lambda: len(
            [e for e in self.new_events(start) if e.get("kind") == "tls-record" and e.get("protocol") == "POP3"]) > 4))
        events = [e for e in self.new_events(start) if e.get("protocol") == "POP3"]
        self.assertEqual(lines_of(events), [])  # no plaintext line at all
        records = [e for e in events if e.get("kind") == "tls-record"]
        self.assertGreater(len(records), 4)

    def test_a_tap_to_nothing_closes_the_client_and_says_why(self):
        start = len(self.serve.events)
        port = self.serve.port("smtp", self.dead_port)
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.settimeout(10)
            self.assertEqual(s.recv(100), b"")  # closed, nothing said
        self.assertTrue(self.serve.wait_for(lambda: any(
            e.get("kind") == "note" and e.get("noteCode") == "cannot-connect" for e in self.new_events(start))))


def main():
    missing = [p for p in (ps.POSTFIX, ps.DOVECOT, ps.OPENSSL, SWAKS, FETCHMAIL) if not os.path.exists(p)]
    if missing or os.geteuid() != 0:
        why = "missing %s" % " ".join(missing) if missing else "not root"
        print("skipped: %s" % why)
        if os.environ.get("CI") == "true":
            print("CI=true: a skip is a failure")
            return 1
        return 77
    program = unittest.main(exit=False, verbosity=2)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
