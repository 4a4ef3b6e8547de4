# SPDX-License-Identifier: GPL-3.0-or-later
"""A burst of connections opened and dropped at once must lock nobody out (issue 12).

Clients that give up and retry, or a student's runaway script, open and drop
a thousand connections at once. The server then accepts them in one go,
before it has read a single one of their closes; it used to count each of
them as open until their closes were read, so the next well-behaved client
of a default `carteiro --serve` (--max-connections 1000) was told
"421 4.7.0 servidor.edu Error: too many connections, try again later"
although it was the only one there.

To make "at once" certain on any machine, the server is stopped (SIGSTOP)
while each burst is opened and dropped, as a busy server would be, and let go
(SIGCONT) with the whole burst waiting in its accept queue. 5,000 connections
in five bursts, some closed with a FIN, some reset (RST); behind the last
burst wait a normal smtplib session and a poplib session, which must be
served at once: no 421, no -ERR [SYS/TEMP].
"""

import poplib
import resource
import signal
import smtplib
import socket
import struct
import time
import unittest

from carteiro_serve import FRAN, SOCKET_TIMEOUT, ServerTestCase

TOTAL = 5000
BURST = 1000    # the default --max-connections: one burst fills the count
BACKLOG = 1024  # the server's listen backlog (World::listen): a burst must fit


def raise_descriptor_limit(wanted):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def open_and_drop(target, count):
    """Opens `count` connections to `target`, all at once, then drops them:
    one in four with a reset (RST), the others with a FIN."""
    held = []
    try:
        for n in range(count):
            raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            if n % 4 == 0:
                raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            raw.settimeout(SOCKET_TIMEOUT)
            held.append(raw)
            try:
                raw.connect(target)
            except OSError as error:
                raise AssertionError("connection %d of %d to %s:%d: %s"
                                     % (n + 1, count, target[0], target[1], error))
    finally:
        for raw in held:
            raw.close()


def accept_queue(port):
    """Connections waiting to be accepted on a listening socket of this
    port (IPv4), from /proc/net/tcp: the rx_queue of a LISTEN (0A) row."""
    waiting = 0
    with open("/proc/net/tcp") as table:
        next(table)
        for row in table:
            fields = row.split()
            if fields[3] == "0A" and int(fields[1].split(":")[1], 16) == port:
                waiting += int(fields[4].split(":")[1], 16)
    return waiting


def wait_until_accepted(ports, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(accept_queue(port) == 0 for port in ports):
            return True
        time.sleep(0.05)
    return False


class PreconnectedSMTP(smtplib.SMTP):
    """smtplib over a socket connected beforehand (while the server was stopped)."""

    def __init__(self, sock, **kwargs):
        self._preconnected = sock
        super().__init__(*sock.getpeername(), **kwargs)

    def _get_socket(self, host, port, timeout):
        return self._preconnected


class PreconnectedPOP3(poplib.POP3):
    """poplib over a socket connected beforehand (while the server was stopped)."""

    def __init__(self, sock, **kwargs):
        self._preconnected = sock
        super().__init__(*sock.getpeername(), **kwargs)

    def _create_socket(self, timeout):
        return self._preconnected


class BurstTest(ServerTestCase):
    # The defaults of --serve: --max-connections 1000.
    server_args = ()

    def setUp(self):
        super().setUp()
        # Whatever happens, the server is not left stopped.
        self.addCleanup(self.resume)

    def stop_server(self):
        self.server.process.send_signal(signal.SIGSTOP)

    def resume(self):
        if self.server.process.poll() is None:
            self.server.process.send_signal(signal.SIGCONT)

    def test_after_5000_connections_dropped_at_once_the_next_clients_are_served(self):
        limit = raise_descriptor_limit(BURST + 256)
        self.assertGreaterEqual(limit, BURST + 64, "the test needs %d descriptors" % (BURST + 64))
        smtp = self.addr("servidor.edu", "smtp")
        pop3 = self.addr("servidor.edu", "pop3")
        bursts = [(BURST * 3 // 4, BURST // 4)] * 4 + [(BURST // 2, BURST // 2)]
        self.assertEqual(sum(a + b for a, b in bursts), TOTAL)
        self.assertLessEqual(max(max(a, b) for a, b in bursts), BACKLOG - 2)

        for number, (to_smtp, to_pop3) in enumerate(bursts, 1):
            last = number == len(bursts)
            self.stop_server()
            try:
                open_and_drop(smtp, to_smtp)
                open_and_drop(pop3, to_pop3)
                if last:
                    # The well-behaved clients, behind the whole burst.
                    good_smtp = socket.create_connection(smtp, timeout=SOCKET_TIMEOUT)
                    good_pop3 = socket.create_connection(pop3, timeout=SOCKET_TIMEOUT)
            finally:
                self.resume()
            if not last:
                # The next burst starts once this one is accepted: the
                # accept queue holds one burst, not two.
                self.assertTrue(wait_until_accepted((smtp[1], pop3[1])),
                                "burst %d still waits to be accepted" % number)

        message = (b"From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: after the burst\r\n\r\n"
                   b"Still served.\r\n")
        with PreconnectedSMTP(good_smtp, local_hostname="aula.interop.test",
                              timeout=SOCKET_TIMEOUT) as client:
            refused = client.sendmail("ana@cliente.fr", ["fran@servidor.edu"], message)
        self.assertEqual(refused, {})

        box = PreconnectedPOP3(good_pop3, timeout=SOCKET_TIMEOUT)
        try:
            self.assertTrue(box.getwelcome().startswith(b"+OK"), box.getwelcome())
            box.user(FRAN[0])
            box.pass_(FRAN[1])
            count, _ = box.stat()
            self.assertEqual(count, 1)
        finally:
            box.quit()

        refusals = [l for l in self.server.transcript() if "(the limit)" in l]
        self.assertEqual(refusals, [], "refused after the burst:\n%s" % "\n".join(refusals[:5]))


if __name__ == "__main__":
    unittest.main()
