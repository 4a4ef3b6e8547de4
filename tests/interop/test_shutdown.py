# SPDX-License-Identifier: GPL-3.0-or-later
"""carteiro --serve ends cleanly: SIGTERM or SIGINT gives exit code 0 within seconds."""

import signal
import socket
import time
import unittest

from carteiro_serve import SHUTDOWN_TIMEOUT, SOCKET_TIMEOUT, CarteiroServer


class ShutdownTest(unittest.TestCase):

    def assert_clean_exit(self, server, sig):
        started = time.monotonic()
        code = server.terminate(sig)
        elapsed = time.monotonic() - started
        self.assertIsNotNone(code, "no exit within %.0f s of %s" % (SHUTDOWN_TIMEOUT, sig.name))
        if code < 0:
            self.fail("carteiro --serve was killed by %s after %s; stderr:\n%s"
                      % (signal.Signals(-code).name, sig.name, "\n".join(server.stderr_lines)))
        self.assertEqual(code, 0, "exit code after %s; stderr:\n%s"
                         % (sig.name, "\n".join(server.stderr_lines)))
        self.assertLess(elapsed, SHUTDOWN_TIMEOUT)

    def test_sigterm_exits_0(self):
        with CarteiroServer() as server:
            self.assert_clean_exit(server, signal.SIGTERM)

    def test_sigint_exits_0(self):
        with CarteiroServer() as server:
            self.assert_clean_exit(server, signal.SIGINT)

    def test_sigterm_in_the_middle_of_data_exits_0(self):
        with CarteiroServer() as server:
            with socket.create_connection(server.address("servidor.edu", "smtp"),
                                          timeout=SOCKET_TIMEOUT) as smtp:
                smtp.sendall(b"HELO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\n"
                             b"RCPT TO:<fran@servidor.edu>\r\nDATA\r\nhalf a message\r\n")
                self.assertIsNotNone(server.wait_for_line(lambda l: "S: 354 " in l, 5))
                self.assert_clean_exit(server, signal.SIGTERM)
                self.assert_closed_by_server(smtp)

    def test_sigterm_with_a_logged_in_pop3_session_exits_0(self):
        # The maildrop is locked while the session lasts (RFC 1939 §8).
        with CarteiroServer() as server:
            with socket.create_connection(server.address("servidor.edu", "pop3"),
                                          timeout=SOCKET_TIMEOUT) as pop3:
                pop3.sendall(b"USER fran\r\nPASS claveejemplo\r\n")
                self.assertIsNotNone(server.wait_for_line(
                    lambda l: "S: +OK user successfully logged on" in l, 5))
                self.assert_clean_exit(server, signal.SIGTERM)
                self.assert_closed_by_server(pop3)

    def assert_closed_by_server(self, raw):
        raw.settimeout(SOCKET_TIMEOUT)
        try:
            while raw.recv(4096):
                pass
        except ConnectionResetError:
            pass

    def test_sigterm_after_a_finished_pop3_session_exits_0(self):
        with CarteiroServer() as server:
            with socket.create_connection(server.address("servidor.edu", "pop3"),
                                          timeout=SOCKET_TIMEOUT) as pop3:
                pop3.sendall(b"USER fran\r\nPASS claveejemplo\r\nQUIT\r\n")
                while pop3.recv(4096):
                    pass
            self.assertIsNotNone(server.wait_for_line(lambda l: "-- close:" in l, 5))
            self.assert_clean_exit(server, signal.SIGTERM)


if __name__ == "__main__":
    unittest.main()
