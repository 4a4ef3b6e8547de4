# SPDX-License-Identifier: GPL-3.0-or-later
"""curl (libcurl's SMTP and POP3 clients) against carteiro --serve."""

import os
import subprocess
import tempfile
import unittest

from carteiro_serve import ServerTestCase, require_tool, split_trace

CURL_TIMEOUT = 20  # seconds for the whole curl process


MESSAGE = (b"From: Ana <ana@cliente.fr>\r\n"
           b"To: Fran <fran@servidor.edu>\r\n"
           b"Subject: Quedamos hoxe? (curl)\r\n"
           b"Message-ID: <curl@interop.test>\r\n"
           b"\r\n"
           b"A que hora e onde?\r\n"
           b".curl dot-stuffs this line\r\n"
           b"Ana\r\n")


class CurlTest(ServerTestCase):

    @classmethod
    def setUpClass(cls):
        cls.curl = require_tool("curl", "curl")

    def run_curl(self, *args):
        command = [self.curl, "-sS", "--max-time", str(CURL_TIMEOUT - 5)] + list(args)
        result = subprocess.run(command, capture_output=True, timeout=CURL_TIMEOUT)
        self.assertEqual(result.returncode, 0,
                         "curl failed (%d): %s\ncommand: %s\ntranscript:\n%s"
                         % (result.returncode, result.stderr.decode("utf-8", "replace"),
                            " ".join(command), "\n".join(self.server.transcript()[-40:])))
        return result.stdout

    def upload(self, host, service, sender, recipient, *extra):
        address, port = self.addr(host, service)
        with tempfile.NamedTemporaryFile(suffix=".eml", delete=False) as handle:
            handle.write(MESSAGE)
        self.addCleanup(os.unlink, handle.name)
        return self.run_curl("--url", "smtp://%s:%d/outside.interop.test" % (address, port),
                             "--mail-from", sender, "--mail-rcpt", recipient,
                             "--upload-file", handle.name, *extra)

    def pop3_url(self, path=""):
        address, port = self.addr("servidor.edu", "pop3")
        return "pop3://fran:claveejemplo@%s:%d/%s" % (address, port, path)

    def test_send_with_curl_and_read_back_with_curl(self):
        self.upload("servidor.edu", "smtp", "ana@cliente.fr", "fran@servidor.edu")
        self.wait_for_fran_count(1)

        # pop3://…/ lists the messages (LIST); pop3://…/1 retrieves one (RETR 1).
        listing = self.run_curl(self.pop3_url())
        lines = listing.split(b"\r\n")
        self.assertRegex(lines[0], rb"^1 \d+$", listing)
        size = int(lines[0].split()[1])

        retrieved = self.run_curl(self.pop3_url("1"))
        self.assertEqual(len(retrieved), size, "LIST size and RETR octets differ")
        trace, rest = split_trace(retrieved)
        self.assertEqual(rest, MESSAGE)
        self.assertEqual(trace[0], b"Return-Path: <ana@cliente.fr>")
        self.assertTrue(trace[1].startswith(b"Received: from outside.interop.test"), trace)

        # The transcript shows curl's own commands, as any outside client's.
        self.assertIsNotNone(self.server.wait_for_line(
            lambda l: "outside 127.0.0.1 -> servidor.edu" in l and "C: EHLO outside.interop.test" in l,
            5), "curl's EHLO is not in the transcript")
        self.assertIsNotNone(self.server.wait_for_line(
            lambda l: "outside 127.0.0.1 -> servidor.edu" in l
            and "C: ..curl dot-stuffs this line" in l, 5),
            "curl's dot-stuffed line is not in the transcript")

    def test_submission_with_curl_login(self):
        self.upload("cliente.fr", "submission", "ana@cliente.fr", "fran@servidor.edu",
                    "--user", "ana:claveana", "--login-options", "AUTH=PLAIN")
        [stored] = self.wait_for_fran_count(1)
        trace, rest = split_trace(stored)
        self.assertEqual(rest, MESSAGE)
        self.assertEqual(len([t for t in trace if t.startswith(b"Received:")]), 2, trace)

    def test_curl_reports_the_refusals(self):
        address, port = self.addr("servidor.edu", "smtp")
        with tempfile.NamedTemporaryFile(suffix=".eml", delete=False) as handle:
            handle.write(MESSAGE)
        self.addCleanup(os.unlink, handle.name)
        for recipient, code in (("nobody@servidor.edu", "550"), ("x@elsewhere.test", "554")):
            with self.subTest(recipient=recipient):
                result = subprocess.run(
                    [self.curl, "-sS", "--max-time", "10", "--url",
                     "smtp://%s:%d" % (address, port), "--mail-from", "x@outside.test",
                     "--mail-rcpt", recipient, "--upload-file", handle.name],
                    capture_output=True, timeout=CURL_TIMEOUT)
                # curl's exit code 55 is "failed sending network data": RCPT refused.
                self.assertNotEqual(result.returncode, 0)
                self.assertIn(code, result.stderr.decode(), result.stderr)

    def test_curl_pop3_with_wrong_password_fails(self):
        address, port = self.addr("servidor.edu", "pop3")
        result = subprocess.run(
            [self.curl, "-sS", "--max-time", "10",
             "pop3://fran:wrong@%s:%d/" % (address, port)],
            capture_output=True, timeout=CURL_TIMEOUT)
        self.assertEqual(result.returncode, 67, result.stderr)  # CURLE_LOGIN_DENIED


if __name__ == "__main__":
    unittest.main()
