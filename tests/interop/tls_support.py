# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared by the TLS interop tests (test_tls_clients.py, test_starttls_clients.py).

- TlsTestCase: a fresh carteiro --serve per test and the classroom CA's
  certificate exported once per class (`carteiro --export-ca`), with helpers
  for verifying clients (ssl contexts, curl --cacert/--resolve) and for
  reading fran's mailbox over POP3 inside TLS.
- OpensslClient: `openssl s_client` driven line by line, each reply awaited
  with a deadline (a client that types after reading, as a person would).
- LineSocket: CR LF lines over a plain or TLS socket, read with recv() only
  (nothing read ahead and hidden in a buffer when the socket changes to TLS).

Every address used here is on 127.0.0.0/8.
"""

import os
import poplib
import queue
import re
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading

from carteiro_serve import FRAN, SOCKET_TIMEOUT, ServerTestCase, classroom_ca, require_tool

TOOL_TIMEOUT = 20  # seconds for one run of an outside program

MESSAGE = (b"From: Ana <ana@cliente.fr>\r\n"
           b"To: Fran <fran@servidor.edu>\r\n"
           b"Subject: %s\r\n"
           b"Message-ID: <%s@interop.test>\r\n"
           b"\r\n"
           b"A que hora e onde? Vai cifrado.\r\n"
           b".a line that starts with a dot\r\n"
           b"Ana\r\n")


def message(tag):
    """A small message whose Subject and Message-ID carry `tag` (bytes)."""
    return MESSAGE % (tag, tag)


def require_swaks_tls():
    """swaks, and the Perl module it needs for TLS (only recommended by
    Debian's swaks package, so missing after --no-install-recommends)."""
    swaks = require_tool("swaks", "swaks")
    probe = subprocess.run(["perl", "-MNet::SSLeay", "-e", "1"], capture_output=True)
    if probe.returncode != 0:
        raise AssertionError("swaks cannot speak TLS without Net::SSLeay: install it with "
                             "`apt-get install -y libnet-ssleay-perl`")
    return swaks


class TlsTestCase(ServerTestCase):
    """ServerTestCase plus the classroom CA, exported once for the class."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tmp = tempfile.mkdtemp(prefix="carteiro-tls-")
        cls.ca = classroom_ca(cls.tmp)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)
        super().tearDownClass()

    # -- verifying contexts -------------------------------------------------
    def context(self):
        """What a careful mail client uses: the classroom CA, names checked."""
        context = ssl.create_default_context(cafile=self.ca)
        self.assertTrue(context.check_hostname)
        self.assertEqual(context.verify_mode, ssl.CERT_REQUIRED)
        return context

    def tls_connect(self, host, service, server_hostname=None):
        """A TLS socket to `host`'s `service`, verified by name (`host`)."""
        address, port = self.addr(host, service)
        raw = socket.create_connection((address, port), timeout=SOCKET_TIMEOUT)
        try:
            return self.context().wrap_socket(raw, server_hostname=server_hostname or host)
        except Exception:
            raw.close()
            raise

    # -- POP3 inside TLS ----------------------------------------------------
    def pop3s(self, user=FRAN[0], password=FRAN[1]):
        address, port = self.addr("servidor.edu", "pop3s")
        box = poplib.POP3_SSL(address, port, context=self.context(), timeout=SOCKET_TIMEOUT)
        try:
            box.user(user)
            box.pass_(password)
        except Exception:
            box.close()
            raise
        return box

    def wait_for_fran_tls(self, count, timeout=10.0):
        """Polls fran's mailbox over pop3s until it holds `count` messages."""
        return self.wait_for_fran_count(count, timeout, open_box=self.pop3s)

    # -- outside programs ---------------------------------------------------
    def run_tool(self, command, expect=0, env=None, stdin=None):
        result = subprocess.run(command, capture_output=True, timeout=TOOL_TIMEOUT, input=stdin,
                                env=dict(os.environ, **(env or {})))
        self.assertEqual(result.returncode, expect,
                         "%s exit code %d, expected %d\ncommand: %s\nstdout: %s\nstderr: %s\n"
                         "transcript:\n%s"
                         % (os.path.basename(command[0]), result.returncode, expect,
                            " ".join(command), result.stdout.decode("utf-8", "replace")[-3000:],
                            result.stderr.decode("utf-8", "replace")[-3000:], self.tail()))
        return result

    def run_swaks(self, host, service, *args, expect=0, ca=True):
        """swaks to `host`'s `service`, verifying the certificate (against
        the classroom CA unless ca=False); returns its dialogue."""
        address, port = self.addr(host, service)
        command = [require_swaks_tls(), "--server", address, "--port", str(port),
                   "--helo", "outside.interop.test", "--timeout", "10", "--tls-verify"]
        if ca:
            command += ["--tls-ca-path", self.ca]
        return self.run_tool(command + list(args), expect=expect).stdout.decode("utf-8", "replace")

    def curl_resolve(self, host, service):
        """curl's arguments to reach `host`'s `service` by its certificate's
        name: (URL authority "host:port", ["--resolve", "host:port:address"])."""
        address, port = self.addr(host, service)
        return "%s:%d" % (host, port), ["--resolve", "%s:%d:%s" % (host, port, address)]

    # -- transcript -----------------------------------------------------------
    def tail(self, count=60):
        return "\n".join(self.server.transcript()[-count:])

    def wait_line(self, predicate, what, timeout=5):
        line = self.server.wait_for_line(predicate, timeout)
        self.assertIsNotNone(line, "not in the transcript: %s\ntranscript:\n%s" % (what, self.tail()))
        return line

    def connection_lines(self, number):
        """The text transcript's lines of connection #number."""
        mark = re.compile(r"^\[\s*\d+\.\d{3}\] #%d " % number)
        return [l for l in self.server.transcript() if mark.match(l)]


CONNECTION_NUMBER = re.compile(r"^\[\s*\d+\.\d{3}\] #(\d+) ")


def connection_number(line):
    return int(CONNECTION_NUMBER.match(line).group(1))


class OpensslClient:
    """`openssl s_client ARGS -quiet -crlf`, typed into line by line."""

    def __init__(self, testcase, *args):
        self.testcase = testcase
        openssl = require_tool("openssl", "openssl")
        self.command = [openssl, "s_client"] + list(args) + ["-quiet", "-crlf"]
        self.process = subprocess.Popen(self.command, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines = queue.Queue()
        self.stderr = []
        self.said = []
        threading.Thread(target=self._pump_out, daemon=True).start()
        threading.Thread(target=self._pump_err, daemon=True).start()
        testcase.addCleanup(self.kill)

    def _pump_out(self):
        for raw in iter(self.process.stdout.readline, b""):
            self.lines.put(raw)
        self.lines.put(None)

    def _pump_err(self):
        for raw in iter(self.process.stderr.readline, b""):
            self.stderr.append(raw.decode("utf-8", "replace"))

    def _context(self):
        return ("command: %s\nread so far: %r\nstderr: %s\ntranscript:\n%s"
                % (" ".join(self.command), self.said, "".join(self.stderr), self.testcase.tail()))

    def readline(self, timeout=SOCKET_TIMEOUT):
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            self.testcase.fail("openssl s_client printed nothing within %.0f s\n%s"
                               % (timeout, self._context()))
        if line is None:
            self.testcase.fail("openssl s_client ended early\n%s" % self._context())
        self.said.append(line)
        return line

    def reply(self, last=rb"^\d{3} |^\+OK|^-ERR|^\. ?\r?\n$"):
        """Lines up to the first matching `last` (a reply's final line)."""
        lines = [self.readline()]
        while not re.match(last, lines[-1]):
            lines.append(self.readline())
        return lines

    def send(self, line):
        try:
            self.process.stdin.write(line + b"\n")  # -crlf makes it CR LF
            self.process.stdin.flush()
        except BrokenPipeError:
            self.testcase.fail("openssl s_client ended before %r\n%s" % (line, self._context()))

    def finish(self):
        """Closes stdin and waits for s_client to end (the server closes the
        connection after QUIT/LOGOUT); returns the exit code."""
        self.process.stdin.close()
        try:
            return self.process.wait(TOOL_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.testcase.fail("openssl s_client did not end\n%s" % self._context())

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            try:
                stream.close()
            except Exception:
                pass


class LineSocket:
    """CR LF lines over `sock` (plain, or TLS after upgrade()), with recv()
    only, so nothing is read ahead of the line asked for."""

    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""

    def send(self, octets):
        self.sock.sendall(octets)

    def readline(self):
        while b"\n" not in self.buffer:
            chunk = self.sock.recv(1 if not isinstance(self.sock, ssl.SSLSocket) else 4096)
            if not chunk:
                raise EOFError("connection closed; read so far %r" % self.buffer)
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line + b"\n"

    def smtp_reply(self):
        lines = [self.readline()]
        while re.match(rb"^\d{3}-", lines[-1]):
            lines.append(self.readline())
        return lines

    def upgrade(self, context, server_hostname):
        """The same TCP connection inside TLS. Anything the server sent in
        clear after its go-ahead would still be in self.buffer (or garble the
        handshake): both fail the caller's checks."""
        leftover = self.buffer
        self.sock = context.wrap_socket(self.sock, server_hostname=server_hostname)
        self.buffer = b""
        return leftover

    def nothing_more(self, wait=0.5):
        """True if the server says nothing more within `wait` seconds."""
        if self.buffer:
            return False
        self.sock.settimeout(wait)
        try:
            chunk = self.sock.recv(4096)
        except (socket.timeout, TimeoutError):
            return True
        finally:
            self.sock.settimeout(SOCKET_TIMEOUT)
        self.buffer += chunk
        return False
