# SPDX-License-Identifier: GPL-3.0-or-later
"""A class of 30 graded live by `carteiro --serve` (issue 17).

The scenario has three exercises: send the teacher a message with the
subject "Ola" after AUTH (checks: a 235, the message in profe's mailbox),
read and delete your mail by POP3 (your mailbox empty), and make the IMAP
folder Traballo. Each student's own mailbox starts with one message from the
teacher. Thirty students type at once over raw sockets, as with telnet:

* alumno1 … alumno10 do everything right: every check passes;
* alumno11 … alumno15 log in but get it wrong (subject "Hola", POP3 QUIT
  without DELE, the folder "Trabajo"): only the 235 passes;
* alumno16 … alumno20 cheat or fail to log in: the right message with their
  own address in MAIL FROM on port 25 without AUTH, one of them with a
  forged "Received: … (Authenticated sender: alumno16)" field; POP3 with a
  wrong password: nothing passes, because an envelope proves nothing;
* alumno21 … alumno30 stay idle: nothing, and no last activity.

The --results CSV and the data directory's class-results.json must say
exactly that, and the terminal prints one line per check passed. A student
of cliente.fr whose message cliente.fr relays to 2esi.org is still credited
with it. Then a
kill -9 in the middle of a second wave of sending loses no result printed
and no message acknowledged: after a restart on the same data directory
every 250'd message is in profe's mailbox and every earned check is kept.
"""

import base64
import csv
import imaplib
import json
import os
import re
import signal
import socket
import tempfile
import threading
import time
import unittest

from carteiro_serve import SOCKET_TIMEOUT, CarteiroServer

WORLD = """title en "A class at work"
server 2esi.org
dns 2esi.org mx 2esi.org
students 30 on 2esi.org
user profe@2esi.org password claveprofe

exercise
  goal en "Send the teacher a message with the subject Ola, with AUTH"
  check reply 235
  check mailbox profe@2esi.org subject "Ola"
end
exercise
  goal en "Read your mail by POP3 and delete it"
  check mailbox {student} count 0
end
exercise
  goal en "Make the folder Traballo by IMAP"
  check mailbox {student} folder Traballo
end
"""

KEYS = ["1.1", "1.2", "2.1", "3.1"]
PASSED_RE = re.compile(r"(alumno\d+) passed check (\d+) of exercise (\d+):")


def read_passwords(directory):
    passwords = {}
    with open(os.path.join(directory, "class-passwords"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                address, password = line.split(" ")
                passwords[address.split("@")[0]] = password
    return passwords


class Typist:
    """A telnet-like session: a line typed, then the reply read."""

    def __init__(self, address):
        self.sock = socket.create_connection(address, timeout=SOCKET_TIMEOUT)
        self.file = self.sock.makefile("rb")

    def line(self):
        text = self.file.readline()
        if not text:
            raise AssertionError("connection closed")
        return text.decode("utf-8", "replace").rstrip("\r\n")

    def smtp_reply(self):
        while True:
            text = self.line()
            if len(text) < 4 or text[3] != "-":
                return text

    def type(self, text):
        self.sock.sendall(text.encode() + b"\r\n")
        time.sleep(0.005)  # a person types slower than a script

    def smtp(self, text):
        self.type(text)
        return self.smtp_reply()

    def pop3(self, text):
        self.type(text)
        return self.line()

    def imap(self, tag, text):
        self.type(tag + " " + text)
        while True:
            reply = self.line()
            if reply.startswith(tag + " "):
                return reply

    def close(self):
        self.file.close()
        self.sock.close()


def plain(user, password):
    return base64.b64encode(("\0%s\0%s" % (user, password)).encode()).decode()


class ClassGradingTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.scenario = os.path.join(self.dir.name, "clase.scenario")
        with open(self.scenario, "w", encoding="utf-8") as f:
            f.write(WORLD)
        self.data = os.path.join(self.dir.name, "data")
        self.results_csv = os.path.join(self.dir.name, "notas.csv")
        self.results_json = os.path.join(self.dir.name, "notas.json")

    def serve(self):
        server = CarteiroServer("--scenario", self.scenario, "--data-dir", self.data, "--results",
                                self.results_csv, "--results", self.results_json).start()
        self.addCleanup(server.stop)
        return server

    # -- the students ------------------------------------------------------
    def send(self, server, user, password, subject, auth=True, forged=None, mail_from=None):
        t = Typist(server.address("2esi.org", "submission" if auth else "smtp"))
        try:
            self.assertTrue(t.smtp_reply().startswith("220"))
            self.assertTrue(t.smtp("EHLO pc-%s" % user).startswith("250"))
            if auth:
                reply = t.smtp("AUTH PLAIN " + plain(user, password))
                self.assertTrue(reply.startswith("235"), reply)
            self.assertTrue(t.smtp("MAIL FROM:<%s>" % (mail_from or user + "@2esi.org")).startswith("250"))
            self.assertTrue(t.smtp("RCPT TO:<profe@2esi.org>").startswith("250"))
            self.assertTrue(t.smtp("DATA").startswith("354"))
            if forged:
                t.type("Received: from pc ([127.0.0.1])")
                t.type("\t(Authenticated sender: %s)" % forged)
                t.type("\tby 2esi.org (Carteiro) with ESMTPA id 1")
            t.type("From: %s@2esi.org" % user)
            t.type("Subject: %s" % subject)
            t.type("")
            t.type("Bo día, profe.")
            reply = t.smtp(".")
            t.smtp("QUIT")
            return reply
        finally:
            t.close()

    def pop3(self, server, user, password, delete):
        t = Typist(server.address("2esi.org", "pop3"))
        try:
            self.assertTrue(t.line().startswith("+OK"))
            t.pop3("USER " + user)
            reply = t.pop3("PASS " + password)
            if reply.startswith("+OK") and delete:
                self.assertTrue(t.pop3("DELE 1").startswith("+OK"))
            t.pop3("QUIT")
            return reply
        finally:
            t.close()

    def imap(self, server, user, password, folder):
        t = Typist(server.address("2esi.org", "imap"))
        try:
            self.assertTrue(t.line().startswith("* OK"))
            reply = t.imap("a1", "LOGIN %s %s" % (user, password))
            self.assertIn("OK", reply)
            self.assertIn("OK", t.imap("a2", "CREATE " + folder))
            t.imap("a3", "LOGOUT")
        finally:
            t.close()

    def seed(self, server, students):
        """The teacher sends every student a message (not a student's session)."""
        t = Typist(server.address("2esi.org", "submission"))
        try:
            t.smtp_reply()
            t.smtp("EHLO profe")
            self.assertTrue(t.smtp("AUTH PLAIN " + plain("profe", "claveprofe")).startswith("235"))
            for user in students:
                self.assertTrue(t.smtp("MAIL FROM:<profe@2esi.org>").startswith("250"))
                self.assertTrue(t.smtp("RCPT TO:<%s@2esi.org>" % user).startswith("250"))
                t.smtp("DATA")
                t.type("Subject: benvida")
                t.type("")
                t.type("Ola!")
                self.assertTrue(t.smtp(".").startswith("250"))
            t.smtp("QUIT")
        finally:
            t.close()

    def student(self, server, number, password, errors):
        user = "alumno%d" % number
        try:
            if number <= 10:
                self.send(server, user, password, "Ola")
                self.assertTrue(self.pop3(server, user, password, delete=True).startswith("+OK"))
                self.imap(server, user, password, "Traballo")
            elif number <= 15:
                self.send(server, user, password, "Hola")
                self.assertTrue(self.pop3(server, user, password, delete=False).startswith("+OK"))
                self.imap(server, user, password, "Trabajo")
            elif number <= 20:
                forged = user if number == 16 else None
                self.assertTrue(self.send(server, user, None, "Ola", auth=False, forged=forged).startswith("250"))
                self.assertTrue(self.pop3(server, user, password + "x", delete=True).startswith("-ERR"))
        except Exception as e:  # reported by the main thread
            errors.append("%s: %r" % (user, e))

    # -- reading the results -------------------------------------------------
    def read_csv(self):
        with open(self.results_csv, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        self.assertEqual(header[:3], ["user", "name", "address"])
        self.assertEqual(header[3:7], KEYS)
        table = {}
        for row in rows[1:]:
            record = dict(zip(header, row))
            table[record["user"]] = record
        return table

    def expected(self, number):
        if number <= 10:
            return set(KEYS)
        if number <= 15:
            return {"1.1"}
        return set()

    def wait_for_results(self, want, timeout=30):
        deadline = time.monotonic() + timeout
        table = None
        while time.monotonic() < deadline:
            table = self.read_csv()
            got = {u: {k for k in KEYS if table[u][k]} for u in table}
            if all(got.get(u) == keys for u, keys in want.items()):
                return table
            time.sleep(0.2)
        return table

    def test_thirty_students_graded_by_their_log_in(self):
        server = self.serve()
        passwords = read_passwords(self.data)
        self.assertEqual(len(passwords), 30)
        self.seed(server, ["alumno%d" % n for n in range(1, 31)])

        errors = []
        threads = [threading.Thread(target=self.student, args=(server, n, passwords["alumno%d" % n], errors))
                   for n in range(1, 31)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        self.assertEqual(errors, [])

        want = {"alumno%d" % n: self.expected(n) for n in range(1, 31)}
        table = self.wait_for_results(want)
        got = {u: {k for k in KEYS if table[u][k]} for u in table}
        self.assertEqual(got, want)
        for n in range(1, 31):
            row = table["alumno%d" % n]
            self.assertEqual(row["passed"], str(len(want["alumno%d" % n])))
            self.assertEqual(row["checks"], "4")
            # Idle students did nothing; those who typed, even wrongly, did something.
            self.assertEqual(bool(row["last activity"]), n <= 15, row)

        # The JSON file and the data directory's copy say the same.
        for path in (self.results_json, os.path.join(self.data, "class-results.json")):
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            self.assertEqual(data["format"], "carteiro-class-results")
            self.assertEqual([c["key"] for c in data["checks"]], KEYS)
            by_user = {s["user"]: set(s["passed"]) for s in data["students"]}
            self.assertEqual(by_user, want, path)

        # One line on the terminal per check passed, and none for anyone else.
        # The files are written before the line is told (and the stream is
        # written in blocks): the lines may come a little after.
        expected = sum(len(k) for k in want.values())
        deadline = time.monotonic() + 20
        while True:
            lines = [m.groups() for m in map(PASSED_RE.search, server.transcript()) if m]
            if len(lines) >= expected or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        time.sleep(0.5)  # and no more after them
        lines = [m.groups() for m in map(PASSED_RE.search, server.transcript()) if m]
        self.assertEqual(len(lines), expected)
        self.assertEqual({u for u, _, _ in lines}, {u for u, k in want.items() if k})
        # A check on "{student}"'s mailbox is told with that student's own
        # address, not the scenario's placeholder.
        for line in server.transcript():
            m = PASSED_RE.search(line)
            if m and "Traballo" in line:
                self.assertIn(f"{m.group(1)}@2esi.org", line)
                self.assertNotIn("{student}", line)
        self.assertTrue(any(PASSED_RE.search(l) and "Traballo" in l for l in server.transcript()),
                        "no folder check was passed")

    def test_kill_minus_nine_loses_no_result_and_no_acknowledged_message(self):
        server = self.serve()
        passwords = read_passwords(self.data)
        acknowledged = []
        lock = threading.Lock()
        stop = threading.Event()

        def sender(number):
            user = "alumno%d" % number
            i = 0
            while not stop.is_set():
                i += 1
                subject = "Ola" if i == 1 else "carta %s %d" % (user, i)
                try:
                    reply = self.send(server, user, passwords[user], subject)
                except Exception:
                    return  # the server was killed under it
                if reply.startswith("250"):
                    with lock:
                        acknowledged.append(subject if subject != "Ola" else "Ola/" + user)

        threads = [threading.Thread(target=sender, args=(n,)) for n in range(1, 11)]
        for t in threads:
            t.start()
        # Wait until some have been graded, then kill in the middle of it.
        self.assertIsNotNone(server.wait_for_line(lambda l: PASSED_RE.search(l) is not None, 30))
        time.sleep(0.5)
        server.process.send_signal(signal.SIGKILL)
        server.process.wait(10)
        stop.set()
        for t in threads:
            t.join(30)
        printed = {(m.group(1), "%s.%s" % (m.group(3), m.group(2)))
                   for m in map(PASSED_RE.search, server.transcript()) if m}
        self.assertTrue(printed)

        # Kept: every result printed before the kill is in the file now.
        with open(os.path.join(self.data, "class-results.json"), encoding="utf-8") as f:
            kept = {(s["user"], k) for s in json.load(f)["students"] for k in s["passed"]}
        self.assertLessEqual(printed, kept)

        # After a restart: every acknowledged message is there, and every
        # student whose "Ola" was acknowledged has both checks of exercise 1.
        server = self.serve()
        host, port = server.address("2esi.org", "imap")
        with imaplib.IMAP4(host, port, timeout=SOCKET_TIMEOUT) as m:
            m.login("profe", "claveprofe")
            m.select("INBOX", readonly=True)
            typ, data = m.fetch("1:*", "(BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)])")
            self.assertEqual(typ, "OK")
        stored = []
        for item in data:
            if isinstance(item, tuple):
                header = item[1].decode()
                subject = re.search(r"Subject: (.*)", header).group(1).strip()
                sender = re.search(r"From: (\w+)@", header).group(1)
                stored.append("Ola/" + sender if subject == "Ola" else subject)
        missing = [s for s in acknowledged if s not in stored]
        self.assertEqual(missing, [], "acknowledged but lost")
        ola = {s.split("/")[1] for s in acknowledged if s.startswith("Ola/")}
        self.assertTrue(ola)
        want = {u: {"1.1", "1.2"} for u in ola}
        table = self.wait_for_results(want, timeout=15)
        for user in ola:
            self.assertTrue(table[user]["1.2"], "%s: its acknowledged Ola earned no check after the restart" % user)


RELAYED = """title en "A class on two servers"
server 2esi.org
server cliente.fr
dns 2esi.org mx 2esi.org
dns cliente.fr mx cliente.fr
students 2 on cliente.fr
user profe@2esi.org password claveprofe

exercise
  goal en "Send the teacher at 2esi.org a message with the subject Ola, through your own server"
  check mailbox profe@2esi.org subject "Ola"
end
"""


class RelayedSenderTest(unittest.TestCase):
    """A student of cliente.fr submits there; cliente.fr relays to 2esi.org.
    The message in profe's mailbox is theirs by cliente.fr's Received: field,
    reached through 2esi.org's, which says it came from one of the world's
    own servers."""

    def test_a_message_relayed_by_the_worlds_server_is_still_the_students(self):
        with tempfile.TemporaryDirectory() as directory:
            scenario = os.path.join(directory, "clase.scenario")
            with open(scenario, "w", encoding="utf-8") as f:
                f.write(RELAYED)
            data = os.path.join(directory, "data")
            results = os.path.join(directory, "notas.json")
            server = CarteiroServer("--scenario", scenario, "--data-dir", data, "--results", results).start()
            self.addCleanup(server.stop)
            passwords = read_passwords(data)
            t = Typist(server.address("cliente.fr", "submission"))
            try:
                t.smtp_reply()
                t.smtp("EHLO pc")
                self.assertTrue(t.smtp("AUTH PLAIN " + plain("alumno1", passwords["alumno1"])).startswith("235"))
                self.assertTrue(t.smtp("MAIL FROM:<alumno1@cliente.fr>").startswith("250"))
                self.assertTrue(t.smtp("RCPT TO:<profe@2esi.org>").startswith("250"))
                t.smtp("DATA")
                t.type("Subject: Ola")
                t.type("")
                t.type("Bo dia.")
                self.assertTrue(t.smtp(".").startswith("250"))
                t.smtp("QUIT")
            finally:
                t.close()
            deadline = time.monotonic() + 30
            passed = {}
            while time.monotonic() < deadline:
                with open(results, encoding="utf-8") as f:
                    passed = {s["user"]: set(s["passed"]) for s in json.load(f)["students"]}
                if passed.get("alumno1"):
                    break
                time.sleep(0.2)
            self.assertEqual(passed, {"alumno1": {"1.1"}, "alumno2": set()})


if __name__ == "__main__":
    unittest.main()
