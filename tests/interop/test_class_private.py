# SPDX-License-Identifier: GPL-3.0-or-later
"""A class with private worlds ("students 5 on servidor.edu private", issue 17).

Each student gets their own servidor.edu: on their own loopback address
(127.1.k.2), or, with --listen, on ports of their own. What one student does
there is seen nowhere else, and every session there is theirs: alumno1 sends
fran a message without logging in and it lands only in alumno1's world (fran's
POP3 in alumno2's world and in the teacher's stays empty), alumno1 passes
the check and alumno2 does not; alumno2 makes an IMAP folder in their own
world and passes that one, while their password opens nothing in alumno1's
world. The window on the class (--class) starts and grades them as well.
The LISTEN lines say whose each socket is, the streamed lines of a
private world carry the student's name, each world keeps its mail under
DATA/private/<user>/, and the access sheet puts each student's own address on
their card (pdftotext: label pdf, in its own ctest).
"""

import csv
import imaplib
import os
import poplib
import random
import re
import shutil
import smtplib
import subprocess
import tempfile
import time
import unittest

from carteiro_serve import SOCKET_TIMEOUT, CarteiroServer, carteiro_bin, require_tool

WORLD = """title en "Private worlds"
server servidor.edu
dns servidor.edu mx servidor.edu
user fran@servidor.edu password claveejemplo
students 5 on servidor.edu private

exercise
  goal en "Send fran a message with the subject Ola"
  check mailbox fran@servidor.edu subject "Ola"
end
exercise
  goal en "Make the folder Traballo by IMAP"
  check mailbox {student} folder Traballo
end
"""

STUDENTS = ["alumno%d" % k for k in range(1, 6)]
PASSED_RE = re.compile(r"^\[ *[\d.]+\] -- note: (alumno\d+) passed check (\d+) of exercise (\d+):")


def read_passwords(directory):
    passwords = {}
    with open(os.path.join(directory, "class-passwords"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                address, password = line.split(" ")
                passwords[address.split("@")[0]] = password
    return passwords


def ephemeral_start():
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
            return int(f.read().split()[0])
    except OSError:
        return 32768


class PrivateWorldsCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.scenario = os.path.join(self.dir.name, "clase.scenario")
        with open(self.scenario, "w", encoding="utf-8") as f:
            f.write(WORLD)
        self.data = os.path.join(self.dir.name, "data")

    def send_ola(self, address, subject="Ola"):
        with smtplib.SMTP(address[0], address[1], local_hostname="pc.interop.test",
                          timeout=SOCKET_TIMEOUT) as client:
            refused = client.sendmail("someone@outside.test", ["fran@servidor.edu"],
                                      "From: someone@outside.test\r\nTo: fran@servidor.edu\r\n"
                                      "Subject: %s\r\n\r\nOla, Fran.\r\n" % subject)
        self.assertEqual(refused, {})

    def fran_subjects(self, address):
        box = poplib.POP3(address[0], address[1], timeout=SOCKET_TIMEOUT)
        try:
            box.user("fran")
            box.pass_("claveejemplo")
            count, _ = box.stat()
            subjects = []
            for number in range(1, count + 1):
                _, lines, _ = box.retr(number)
                subjects += [l.decode()[9:] for l in lines if l.startswith(b"Subject: ")]
            return subjects
        finally:
            box.quit()

    def passed(self, server):
        return {(m.group(1), "%s.%s" % (m.group(3), m.group(2)))
                for m in (PASSED_RE.match(l) for l in server.transcript()) if m}


class PrivateWorldsTest(PrivateWorldsCase):
    def test_each_student_has_a_world_of_their_own(self):
        results = os.path.join(self.dir.name, "notas.csv")
        server = CarteiroServer("--scenario", self.scenario, "--data-dir", self.data, "--results",
                                results).start()
        self.addCleanup(server.stop)
        passwords = read_passwords(self.data)
        self.assertEqual(sorted(passwords), sorted(STUDENTS))

        # The teacher's world as ever, then one per student on 127.1.k.2.
        self.assertEqual(server.address("servidor.edu", "smtp")[0], "127.0.0.2")
        for k, student in enumerate(STUDENTS, 1):
            for service in ("smtp", "submission", "pop3", "imap"):
                address = server.private_services.get((student, "servidor.edu", service))
                self.assertIsNotNone(address, "no LISTEN line for %s's %s: %r"
                                     % (student, service, sorted(server.private_services)))
                self.assertEqual(address[0], "127.1.%d.2" % k)
            self.assertTrue(os.path.isdir(os.path.join(self.data, "private", student)),
                            "no data directory of %s's own world" % student)
        addresses = {server.private_services[(s, "servidor.edu", "smtp")] for s in STUDENTS}
        self.assertEqual(len(addresses), len(STUDENTS))

        def own(student, service):
            return server.private_services[(student, "servidor.edu", service)]

        # alumno1 sends fran a message in their own world, without logging in.
        self.send_ola(own("alumno1", "smtp"))
        self.assertEqual(self.fran_subjects(own("alumno1", "pop3")), ["Ola"])
        self.assertEqual(self.fran_subjects(own("alumno2", "pop3")), [])
        self.assertEqual(self.fran_subjects(server.address("servidor.edu", "pop3")), [])
        line = server.wait_for_line(
            lambda l: " alumno1 passed check 1 of exercise 1:" in l, 10)
        self.assertIsNotNone(line, "\n".join(server.transcript()[-40:]))

        # The lines of a student's world carry their name; the teacher's none.
        lines = server.transcript()
        self.assertTrue(any(l.startswith("[alumno1] ") and "C: Subject: Ola" in l for l in lines))
        self.assertFalse(any("C: Subject: Ola" in l and not l.startswith("[alumno1] ") for l in lines),
                         "a line of alumno1's world without their name")

        # alumno2's password opens nothing in alumno1's world; in their own, a folder.
        imap = imaplib.IMAP4(*own("alumno1", "imap"), timeout=SOCKET_TIMEOUT)
        with self.assertRaises(imaplib.IMAP4.error):
            imap.login("alumno2", passwords["alumno2"])
        imap.logout()
        imap = imaplib.IMAP4(*own("alumno2", "imap"), timeout=SOCKET_TIMEOUT)
        imap.login("alumno2", passwords["alumno2"])
        self.assertEqual(imap.create("Traballo")[0], "OK")
        imap.logout()
        line = server.wait_for_line(
            lambda l: " alumno2 passed check 1 of exercise 2:" in l, 10)
        self.assertIsNotNone(line, "\n".join(server.transcript()[-40:]))

        # alumno3 types in the teacher's world: nothing of theirs there passes
        # (the message is not theirs by any log-in), nor in anyone's world.
        self.send_ola(server.address("servidor.edu", "smtp"))
        self.assertEqual(self.fran_subjects(server.address("servidor.edu", "pop3")), ["Ola"])
        # A sentinel: alumno4 makes the folder; once it passed, all before it was checked.
        imap = imaplib.IMAP4(*own("alumno4", "imap"), timeout=SOCKET_TIMEOUT)
        imap.login("alumno4", passwords["alumno4"])
        imap.create("Traballo")
        imap.logout()
        self.assertIsNotNone(server.wait_for_line(
            lambda l: " alumno4 passed check 1 of exercise 2:" in l, 10))

        self.assertEqual(self.passed(server),
                         {("alumno1", "1.1"), ("alumno2", "2.1"), ("alumno4", "2.1")})
        with open(results, newline="", encoding="utf-8") as f:
            rows = {row["user"]: row for row in csv.DictReader(f)}
        self.assertEqual(sorted(rows), sorted(STUDENTS))
        got = {(user, key) for user, row in rows.items() for key in ("1.1", "2.1") if row[key]}
        self.assertEqual(got, {("alumno1", "1.1"), ("alumno2", "2.1"), ("alumno4", "2.1")})
        self.assertEqual(rows["alumno3"]["passed"], "0")
        self.assertEqual(rows["alumno5"]["last activity"], "")

        # Each world's mail is kept in its own directory.
        fran = os.path.join(self.data, "private", "alumno1", "servidor.edu", "mail", "fran")
        self.assertTrue(os.path.isdir(fran), "no %s" % fran)
        self.assertEqual(server.terminate(), 0)

    def test_the_class_window_starts_and_grades_them_too(self):
        # carteiro --class: the same worlds, the same LISTEN lines, the same
        # grading into --results (the window offscreen; the stall probe's
        # READY says it is up).
        results = os.path.join(self.dir.name, "notas-xanela.csv")
        window = CarteiroServer(env={"QT_QPA_PLATFORM": "offscreen", "CARTEIRO_STALL_PROBE": "1"})
        window.args = [carteiro_bin(), "--class", self.scenario, "--ephemeral-ports", "--no-persist",
                       "--lang", "en", "--results", results]
        window.start()
        self.addCleanup(window.stop)
        self.assertFalse(any("private worlds" in l for l in window.stderr_lines), window.stderr_lines)
        for k, student in enumerate(STUDENTS, 1):
            address = window.private_services.get((student, "servidor.edu", "smtp"))
            self.assertIsNotNone(address, "no LISTEN line for %s's smtp: %r"
                                 % (student, sorted(window.private_services)))
            self.assertEqual(address[0], "127.1.%d.2" % k)
        self.send_ola(window.private_services[("alumno2", "servidor.edu", "smtp")])

        def graded():
            try:
                with open(results, newline="", encoding="utf-8") as f:
                    return {row["user"]: row for row in csv.DictReader(f)}
            except OSError:
                return {}
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not graded().get("alumno2", {}).get("1.1"):
            time.sleep(0.1)
        rows = graded()
        self.assertEqual(sorted(rows), sorted(STUDENTS))
        got = {(user, key) for user, row in rows.items() for key in ("1.1", "2.1") if row[key]}
        self.assertEqual(got, {("alumno2", "1.1")})

    def test_listen_gives_each_student_ports_of_their_own(self):
        # --listen: every world on one address, each student's on its own ports
        # above the teacher's: offset + 1000 + (k - 1) * 10 + slot.
        server = None
        for offset in random.sample(range(12000, 26000, 100), 6):
            try:
                server = CarteiroServer("--scenario", self.scenario, "--no-persist", "--listen",
                                        "127.0.0.1", "--port-offset", str(offset),
                                        ephemeral_ports=False).start()
                break
            except AssertionError as e:
                if "in use" not in str(e):
                    raise
        self.assertIsNotNone(server, "no free port offset found")
        self.addCleanup(server.stop)
        self.assertEqual(server.address("servidor.edu", "smtp"), ("127.0.0.1", offset + 25))
        slots = {"smtp": 0, "submission": 1, "pop3": 2, "imap": 3, "submissions": 4, "imaps": 5,
                 "pop3s": 6}
        ports = set()
        for k, student in enumerate(STUDENTS, 1):
            for service, slot in slots.items():
                address = server.private_services.get((student, "servidor.edu", service))
                if address is None and service in ("submissions", "imaps", "pop3s"):
                    continue  # no TLS on this machine
                self.assertEqual(address, ("127.0.0.1", offset + 1000 + (k - 1) * 10 + slot),
                                 "%s %s" % (student, service))
                ports.add(address[1])
        self.assertLess(max(ports), ephemeral_start())

        def own(student, service):
            return server.private_services[(student, "servidor.edu", service)]

        self.send_ola(own("alumno3", "smtp"))
        self.assertEqual(self.fran_subjects(own("alumno3", "pop3")), ["Ola"])
        self.assertEqual(self.fran_subjects(own("alumno4", "pop3")), [])
        self.assertEqual(self.fran_subjects(server.address("servidor.edu", "pop3")), [])
        self.assertIsNotNone(server.wait_for_line(
            lambda l: " alumno3 passed check 1 of exercise 1:" in l, 10))
        self.assertEqual(self.passed(server), {("alumno3", "1.1")})

    def test_ports_that_do_not_fit_are_refused(self):
        # 500 students of 10 ports each cannot fit below the temporary ports.
        with open(self.scenario, "w", encoding="utf-8") as f:
            f.write(WORLD.replace("students 5", "students 500"))
        offset = ephemeral_start() - 5500
        run = subprocess.run([carteiro_bin(), "--serve", "--scenario", self.scenario, "--no-persist",
                              "--lang", "en", "--listen", "127.0.0.1", "--port-offset", str(offset)],
                             stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        self.assertEqual(run.returncode, 3, run.stderr)
        self.assertIn("The private worlds of 500 students need ports %d to %d (10 each)"
                      % (offset + 1000, offset + 1000 + 5000 - 1), run.stderr)
        self.assertNotIn("READY", run.stdout)


class PrivateAccessSheetTest(PrivateWorldsCase):
    """pdftotext reads each card back (ctest interop_class_private_sheet, label pdf)."""

    def sheet(self, *extra):
        pdftotext = require_tool("pdftotext", "poppler-utils")
        pdf = os.path.join(self.dir.name, "hojas.pdf")
        subprocess.run([carteiro_bin(), "--export-access-sheet", pdf, "--scenario", self.scenario,
                        "--data-dir", self.data, "--lang", "en"] + list(extra),
                       check=True, stdin=subprocess.DEVNULL, capture_output=True, timeout=60,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        return subprocess.run([pdftotext, "-layout", pdf, "-"], check=True, capture_output=True,
                              text=True, timeout=60).stdout

    def test_each_card_says_where_the_students_own_servers_are(self):
        text = self.sheet()
        passwords = read_passwords(self.data)
        for k, student in enumerate(STUDENTS, 1):
            self.assertEqual(text.count("Server: servidor.edu (127.1.%d.2)" % k), 1, text)
            self.assertEqual(text.count("telnet 127.1.%d.2 10025" % k), 1, text)
            self.assertIn("Password: %s" % passwords[student], text)
        self.assertNotIn("127.0.0.2", text)  # the teacher's world is on no card

        text = self.sheet("--listen", "127.0.0.1", "--port-offset", "20000")
        for k in range(1, 6):
            self.assertEqual(text.count("telnet 127.0.0.1 %d" % (21000 + (k - 1) * 10)), 1, text)
            self.assertIn("pop3 %d" % (21000 + (k - 1) * 10 + 2), text)

    def test_each_card_names_the_students_own_client_server(self):
        # cliente.fr first: each student's on 127.1.k.2, their servidor.edu on .3.
        with open(self.scenario, "w", encoding="utf-8") as f:
            f.write(WORLD.replace("server servidor.edu\n",
                                  "server cliente.fr\nserver servidor.edu\ndns cliente.fr mx cliente.fr\n"))
        text = self.sheet()
        for k in range(1, 6):
            self.assertEqual(text.count("Server: servidor.edu (127.1.%d.3)" % k), 1, text)
            self.assertEqual(text.count("Your cliente.fr too (127.1.%d.2): smtp 10025" % k), 1, text)
        self.assertIn("submission 10587 · pop3 10110 · imap 10143", text)
        self.assertNotIn("127.0.0.", text)  # the teacher's world is on no card

        # Sharing an address: cliente.fr's ports are the first of each student's
        # (two servers of seven slots: twenty ports each).
        text = self.sheet("--listen", "127.0.0.1", "--port-offset", "20000")
        for k in range(1, 6):
            first = 22000 + (k - 1) * 20
            self.assertEqual(text.count("Your cliente.fr too (127.0.0.1): smtp %d" % first), 1, text)
            self.assertEqual(text.count("telnet 127.0.0.1 %d" % (first + 7)), 1, text)


if __name__ == "__main__":
    unittest.main()
