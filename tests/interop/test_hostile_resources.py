# SPDX-License-Identifier: GPL-3.0-or-later
"""Clients that hold on to the server's resources, against carteiro --serve.

A slow reader (sends commands, reads nothing), a slow loris (a byte a
second), half-closed sockets, thousands of connections opened and dropped,
and more connections at once than the limit. The server must bound what it
buffers, drop who holds it, leak no descriptor and keep serving the
well-behaved client (the Bystander) at the same time.
"""

import fcntl
import os
import socket
import struct
import termios
import threading
import time
import unittest

from carteiro_serve import ServerTestCase
from hostile_support import (Bystander, RawSession, assert_memory_grew_less, open_descriptors, process_status,
                             server_state)

IDLE = 3        # --idle-timeout for these tests, seconds
GRACE = 5       # Connection's grace for a peer that does not read its 421
# Filling the kernel's buffers before the deadline starts takes the server
# longer when it is built with AddressSanitizer (the suite's second pass sets
# ASAN_OPTIONS): twice the slack there, the same bounds otherwise.
SLACK = 24 if "ASAN_OPTIONS" in os.environ else 12


def settle(predicate, timeout, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


class ResourceTestCase(ServerTestCase):
    server_args = ("--idle-timeout", str(IDLE), "--keep-lines", "2000")
    # What the server keeps, in 4 KiB pages: with mail in memory --serve asks
    # glibc for a heap in 2 MiB huge pages (app/cli/serverheap.cpp), which
    # rounds the resident memory's growth up by a few MiB whatever is kept.
    # The bounds below are about what is kept.
    server_env = {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}

    def pid(self):
        return self.server.process.pid

    def rss(self):
        return process_status(self.pid())["VmRSS"]

    def descriptors(self):
        return open_descriptors(self.pid())

    def flood_without_reading(self, session, command, seconds):
        """Sends `command` over and over without reading a reply until the
        server stops reading (its replies fill the output cap), then waits up
        to `seconds` more; returns (octets sent, True if the server cut the
        connection, seconds from its last read to the cut).

        When the server last read is told by this socket's send queue
        (TIOCOUTQ): while the server reads, the queue drains into its receive
        buffer; once it has stopped, neither the queue nor a send moves. TCP
        pushing back is not that moment: the kernel's buffers hold megabytes
        of commands, and a server built with AddressSanitizer (the suite's
        second pass) takes tens of seconds to answer them all before its
        output cap stops it. The deadlines under test only run from there."""
        session.sock.settimeout(0.2)
        sent = 0
        last_progress = time.monotonic()
        queued = None
        give_up = last_progress + 240 + seconds
        data = command * 2048
        while time.monotonic() < min(give_up, last_progress + seconds):
            try:
                sent += session.sock.send(data)
                last_progress = time.monotonic()
            except socket.timeout:
                pass
            except (BrokenPipeError, ConnectionResetError):
                return sent, True, time.monotonic() - last_progress
            try:
                now_queued = struct.unpack("i", fcntl.ioctl(session.sock.fileno(), termios.TIOCOUTQ,
                                                            b"\0\0\0\0"))[0]
            except OSError:
                continue
            if queued is not None and now_queued < queued:
                last_progress = time.monotonic()   # the server read some
            queued = now_queued
        return sent, False, None


class SlowReaderTest(ResourceTestCase):

    def test_smtp_client_that_reads_nothing_is_bounded_and_dropped(self):
        with Bystander(self.server) as bystander:
            session = RawSession(*self.addr("servidor.edu", "smtp"))
            self.addCleanup(session.close)
            # A small receive buffer, so the server's writes back up quickly.
            session.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            before = self.rss()
            peak = [before]
            sampling = threading.Event()

            def sample():
                while not sampling.is_set():
                    peak[0] = max(peak[0], self.rss())
                    time.sleep(0.05)
            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            started = time.monotonic()
            # Until dropped: the kernel's buffers fill first, then the idle
            # deadline and the grace pass (more on a busy machine).
            sent, cut, since = self.flood_without_reading(session, b"NOOP\r\n", IDLE + GRACE + SLACK + 3)
            elapsed = time.monotonic() - started
            sampling.set()
            sampler.join()
            if not cut:
                self.fail("the server did not drop a client that reads nothing (%d octets sent in %.1f s)\n%s"
                          % (sent, elapsed, server_state(self.server, session.sock)))
            # From the moment it stopped reading: the idle deadline, then the grace.
            self.assertLess(since, IDLE + GRACE + SLACK)
            grown = peak[0] - before
            # Without a cap, every NOOP's reply would wait in memory.
            assert_memory_grew_less(self, grown, 8 * 1024, "RSS grew by %d kB for a slow reader "
                                             "(%d octets of commands sent)" % (grown, sent))
            bystander.check(self)
        note = self.server.wait_for_line(lambda l: "closed by servidor.edu" in l, 5)
        self.assertIsNotNone(note)

    def test_pop3_client_that_retrieves_but_reads_nothing_is_bounded_and_dropped(self):
        body = b"".join(b"line %06d of a big message, for a reader that never reads\r\n" % n
                        for n in range(16000))           # about 1 MB
        self.deliver(b"Subject: big\r\n\r\n" + body)
        self.wait_for_fran_count(1)
        with Bystander(self.server) as bystander:
            session = RawSession(*self.addr("servidor.edu", "pop3"))
            self.addCleanup(session.close)
            session.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            self.assertTrue(session.reply().startswith(b"+OK"))
            session.send(b"USER fran\r\nPASS claveejemplo\r\n")
            before = self.rss()
            # Each RETR is 1 MB of reply: 2048 of them a round would be 2 GB.
            sent, cut, since = self.flood_without_reading(session, b"RETR 1\r\n", IDLE + GRACE + SLACK + 3)
            if not (cut or session.closed_by_peer(IDLE + GRACE + 2)):
                self.fail("the server did not drop a POP3 client that reads nothing\n%s"
                          % server_state(self.server, session.sock))
            grown = self.rss() - before
            assert_memory_grew_less(self, grown, 16 * 1024, "RSS grew by %d kB for a POP3 slow reader" % grown)
            if cut:
                self.assertLess(since, IDLE + GRACE + SLACK + 3)
            bystander.check(self)
        # The lock went with the session: fran can log in again.
        self.assertEqual(len(self.wait_for_fran_count(1)), 1)


class SlowLorisTest(ResourceTestCase):

    def loris(self, service, greeting, expected):
        session = RawSession(*self.addr("servidor.edu", service))
        self.addCleanup(session.close)
        self.assertTrue(session.reply().startswith(greeting))
        started = time.monotonic()
        session.sock.settimeout(1.0)
        received = b""
        for byte in b"NOOP NOOP NOOP NOOP NOOP\r\n":          # one octet a second
            if received.endswith(b"\r\n"):
                # The server has spoken (its deadline): another octet would
                # only meet a closed socket, and its reset could swallow the reply.
                break
            try:
                session.sock.sendall(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                break
            try:
                chunk = session.sock.recv(4096)
                if not chunk:
                    break
                received += chunk
            except socket.timeout:
                pass
            except ConnectionResetError:
                break
            if time.monotonic() - started > IDLE + 10:
                break
        elapsed = time.monotonic() - started
        # Per complete line, not per octet (Postfix's smtpd_per_record_deadline).
        self.assertTrue(received.startswith(expected), received)
        # The whole line would take 26 s; room for a busy machine, well below it.
        self.assertLess(elapsed, IDLE + 6, "the loris kept the session for %.1f s" % elapsed)
        self.assertTrue(session.closed_by_peer(5))

    def test_smtp_one_byte_a_second_meets_the_deadline(self):
        with Bystander(self.server) as bystander:
            self.loris("smtp", b"220 ", b"421 servidor.edu Error: timeout exceeded\r\n")
            bystander.check(self)

    def test_pop3_one_byte_a_second_meets_the_deadline(self):
        with Bystander(self.server) as bystander:
            self.loris("pop3", b"+OK", b"-ERR autologout timer expired\r\n")
            bystander.check(self)


class HalfCloseTest(ResourceTestCase):

    def test_smtp_half_closed_client_gets_its_replies_then_the_server_closes(self):
        with Bystander(self.server) as bystander:
            session = RawSession(*self.addr("servidor.edu", "smtp"))
            self.addCleanup(session.close)
            self.assertEqual(session.reply(), b"220 servidor.edu")
            session.send(b"HELO outside.test\r\nNOOP\r\n")
            session.sock.shutdown(socket.SHUT_WR)            # no more from us
            self.assertEqual(session.reply(), b"250 Hello outside.test, pleased to meet you")
            self.assertEqual(session.reply(), b"250 Ok")
            self.assertTrue(session.closed_by_peer(5), "the server kept a half-closed socket")
            bystander.check(self)
        self.assertIsNotNone(self.server.wait_for_line(
            lambda l: "-- close: closed by outside 127.0.0.1" in l, 5))

    def test_pop3_half_closed_client_releases_the_lock(self):
        self.deliver(b"Subject: keep me\r\n\r\nstill here\r\n")
        self.wait_for_fran_count(1)
        session = RawSession(*self.addr("servidor.edu", "pop3"))
        self.addCleanup(session.close)
        self.assertTrue(session.reply().startswith(b"+OK"))
        session.send(b"USER fran\r\nPASS claveejemplo\r\nDELE 1\r\n")
        session.sock.shutdown(socket.SHUT_WR)
        self.assertEqual(session.reply(), b"+OK")
        self.assertEqual(session.reply(), b"+OK user successfully logged on")
        self.assertTrue(session.reply().startswith(b"+OK"))
        self.assertTrue(session.closed_by_peer(5))
        # RFC 1939 §6: no QUIT, no UPDATE: the message stays, and the lock is gone.
        self.assertEqual(len(self.wait_for_fran_count(1)), 1)


class ManyConnectionsTest(ResourceTestCase):

    def test_thousands_of_connections_opened_and_dropped_leak_nothing(self):
        address, port = self.addr("servidor.edu", "smtp")
        pop_address, pop_port = self.addr("servidor.edu", "pop3")

        def churn(count):
            for n in range(count):
                target = (address, port) if n % 4 else (pop_address, pop_port)
                raw = socket.create_connection(target, timeout=10)
                kind = n % 5
                if kind == 1:
                    raw.recv(100)                        # read the greeting, then go
                elif kind == 2:
                    raw.sendall(b"HELO half.test\r\nMAIL FROM:<x@y.test>\r\n")
                elif kind == 3:                          # reset: RST instead of FIN
                    raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                elif kind == 4:
                    raw.sendall(b"DATA\r\nhalf a comm")
                raw.close()

        churn(300)                                       # warm up: pools, caches, transcript
        self.assertTrue(settle(lambda: self.server_is_quiet(), 10))
        fds_before, rss_before = self.descriptors(), self.rss()
        with Bystander(self.server) as bystander:
            workers = [threading.Thread(target=churn, args=(750,)) for _ in range(4)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join(120)
            bystander.check(self)
        self.assertTrue(settle(lambda: self.descriptors() <= fds_before, 15),
                        "descriptors: %d before, %d after 3000 connections"
                        % (fds_before, self.descriptors()))
        grown = self.rss() - rss_before
        # --keep-lines 2000 bounds the transcript; nothing else may grow.
        assert_memory_grew_less(self, grown, 6 * 1024, "RSS grew by %d kB over 3000 connections" % grown)

    def server_is_quiet(self):
        lines = self.server.transcript()
        opened = sum(1 for l in lines if "-- connect: " in l)
        closed = sum(1 for l in lines if "-- close: " in l)
        return opened == closed


class ConnectionLimitTest(ServerTestCase):
    server_args = ("--max-connections", "20")

    def test_beyond_the_limit_newcomers_are_told_to_come_back(self):
        address, port = self.addr("servidor.edu", "smtp")
        held = []
        self.addCleanup(lambda: [s.close() for s in held])
        for _ in range(20):
            session = RawSession(address, port)
            held.append(session)
            self.assertEqual(session.reply(), b"220 servidor.edu")
        extra = RawSession(address, port)
        self.addCleanup(extra.close)
        self.assertEqual(extra.reply(),
                         b"421 4.7.0 servidor.edu Error: too many connections, try again later")
        self.assertTrue(extra.closed_by_peer(5))
        pop = RawSession(*self.addr("servidor.edu", "pop3"))
        self.addCleanup(pop.close)
        self.assertEqual(pop.reply(), b"-ERR [SYS/TEMP] too many connections, try again later")
        # One leaves: the next one is served.
        held.pop().close()
        self.assertTrue(settle(lambda: self.server.wait_for_line(
            lambda l: "-- close: closed by outside" in l, 0.1) is not None, 5))
        with RawSession(address, port) as again:
            self.assertEqual(again.reply(), b"220 servidor.edu")
            self.assertEqual(again.command(b"QUIT"), b"221 servidor.edu closing connection")


if __name__ == "__main__":
    unittest.main()
