# SPDX-License-Identifier: GPL-3.0-or-later
"""A class of 30 and one runaway script: every student is still served (issue 17).

Per-client limits in the manner of Postfix's anvil (--client-connection-limit,
--client-connection-rate, --client-message-rate): one client address that
opens connection after connection, or sends mail in a loop, is told to try
again later, while the 29 others, each from an address of its own
(127.0.1.N, as a classroom's machines), send and fetch their mail. The
control runs the same class with the runaway exempt (as the teacher's own
machine is): it then fills --max-connections and locks the class out, so the
test can tell the difference.
"""

import concurrent.futures
import poplib
import smtplib
import socket
import threading
import time
import unittest

from carteiro_serve import SOCKET_TIMEOUT, CarteiroServer

STUDENTS = 30
RUNAWAY = "127.0.3.1"
HELD = 120  # connections the runaway opens and holds


def world(path):
    lines = ['title en "a class"', "server cliente.fr", "server servidor.edu",
             "dns cliente.fr mx cliente.fr", "dns servidor.edu mx servidor.edu"]
    for n in range(1, STUDENTS + 1):
        lines.append("user alumno%d@servidor.edu password clave%d" % (n, n))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


class SourcePOP3(poplib.POP3):
    """poplib from a chosen source address (poplib has no source_address)."""

    def __init__(self, host, port, source, timeout):
        self._source = source
        super().__init__(host, port, timeout=timeout)

    def _create_socket(self, timeout):
        return socket.create_connection((self.host, self.port), timeout, source_address=(self._source, 0))


class AnvilTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import tempfile
        cls.dir = tempfile.TemporaryDirectory()
        cls.scenario = cls.dir.name + "/class.scenario"
        world(cls.scenario)

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def start(self, *args):
        server = CarteiroServer("--scenario", self.scenario, *args).start()
        self.addCleanup(server.stop)
        return server

    def student(self, server, n):
        """Student n sends a message to themselves and fetches it by POP3."""
        source = "127.0.1.%d" % n
        smtp = server.address("servidor.edu", "smtp")
        pop3 = server.address("servidor.edu", "pop3")
        me = "alumno%d@servidor.edu" % n
        body = ("From: %s\r\nTo: %s\r\nSubject: exercicio %d\r\n\r\nOla.\r\n" % (me, me, n)).encode()
        with smtplib.SMTP(*smtp, local_hostname="pc%d.aula" % n, timeout=SOCKET_TIMEOUT,
                          source_address=(source, 0)) as c:
            refused = c.sendmail(me, [me], body)
            if refused:
                return "refused %r" % refused
        deadline = time.monotonic() + 10
        while True:
            box = SourcePOP3(pop3[0], pop3[1], source, SOCKET_TIMEOUT)
            try:
                box.user("alumno%d" % n)
                box.pass_("clave%d" % n)
                count, _ = box.stat()
                if count:
                    text = b"\r\n".join(box.retr(1)[1])
                    return None if b"Subject: exercicio %d" % n in text else "wrong message"
            finally:
                box.quit()
            if time.monotonic() > deadline:
                return "no message after 10 s"
            time.sleep(0.2)

    def runaway(self, server, held, stop, replies):
        """One session sending mail in a loop, and HELD more connections held open."""
        smtp = server.address("servidor.edu", "smtp")
        c = smtplib.SMTP(*smtp, local_hostname="runaway.aula", timeout=SOCKET_TIMEOUT,
                         source_address=(RUNAWAY, 0))
        for _ in range(HELD):
            s = socket.socket()
            s.settimeout(SOCKET_TIMEOUT)
            s.bind((RUNAWAY, 0))
            try:
                s.connect(smtp)
                held.append(s)
                replies.append(s.recv(200))
            except OSError:
                s.close()
        with c:
            c.ehlo()
            while not stop.is_set():
                code, text = c.mail("runaway@servidor.edu")
                replies.append(b"%d %s" % (code, text))
                c.rset()

    def run_class(self, server):
        held, replies, stop = [], [], threading.Event()
        runaway = threading.Thread(target=self.runaway, args=(server, held, stop, replies), daemon=True)
        runaway.start()
        time.sleep(1.0)  # the runaway has its connections first
        try:
            with concurrent.futures.ThreadPoolExecutor(STUDENTS) as pool:
                results = list(pool.map(lambda n: self.safe(server, n), range(1, STUDENTS + 1)))
        finally:
            stop.set()
            runaway.join(30)
            for s in held:
                s.close()
        return results, replies

    def safe(self, server, n):
        try:
            return self.student(server, n)
        except Exception as e:  # a refusal or a dropped connection: not served
            return repr(e)

    def test_every_student_is_served_beside_a_runaway(self):
        server = self.start("--client-limit-exceptions", "127.0.0.1", "--max-connections", "100")
        results, replies = self.run_class(server)
        failed = {n + 1: r for n, r in enumerate(results) if r}
        self.assertEqual(failed, {}, "students not served")
        # The runaway was told, in Postfix's words.
        text = b"\n".join(replies)
        self.assertIn(b"421 4.7.0 servidor.edu Error: too many connections from " + RUNAWAY.encode(), text)
        self.assertIn(b"450 4.7.1 Error: too much mail from " + RUNAWAY.encode(), text)
        # The default limit, 50 at once: the mail loop's session and 49 more.
        self.assertEqual(sum(1 for r in replies if r.startswith(b"220 ")), 49)
        self.assertEqual(sum(1 for r in replies if r.startswith(b"250")), 300)  # MAIL commands let through
        # And the transcript says why.
        transcript = "\n".join(server.transcript())
        self.assertIn("it has 50 connections open already, the limit for one client", transcript)
        self.assertIn("it asked to send 300 in the last minute already", transcript)

    def test_control_an_exempt_runaway_locks_the_class_out(self):
        # The same class with the runaway exempt (as this machine is by
        # default): its held connections fill --max-connections and the
        # students are refused. Without the per-client limits, the test above
        # would fail the same way.
        server = self.start("--client-limit-exceptions", "127.0.0.0/8", "--max-connections", "100")
        results, replies = self.run_class(server)
        failed = [r for r in results if r]
        self.assertGreater(len(failed), STUDENTS // 2, results)
        self.assertNotIn(b"too many connections from", b"\n".join(replies))

    def test_bad_limits_are_refused_by_name(self):
        import subprocess
        from carteiro_serve import carteiro_bin
        for args, words in ((["--client-connection-limit", "lots"], "--client-connection-limit needs a number"),
                            (["--client-limit-exceptions", "127.0.0.0/8,aula"], '"aula" is neither')):
            run = subprocess.run([carteiro_bin(), "--serve", "--ephemeral-ports", "--no-persist"] + args,
                                 capture_output=True, text=True, timeout=30)
            self.assertEqual(run.returncode, 2, run.stderr)
            self.assertIn(words, run.stderr)


if __name__ == "__main__":
    unittest.main()
