# SPDX-License-Identifier: GPL-3.0-or-later
"""swaks (the Swiss Army Knife for SMTP) against carteiro --serve."""

import email
import email.policy
import os
import subprocess
import tempfile
import unittest

from carteiro_serve import ServerTestCase, require_tool, split_trace

SWAKS_TIMEOUT = 30  # seconds for the whole swaks process


class SwaksTest(ServerTestCase):

    @classmethod
    def setUpClass(cls):
        cls.swaks = require_tool("swaks", "swaks")

    def run_swaks(self, host, service, *args, expect=0):
        address, port = self.addr(host, service)
        command = [self.swaks, "--server", address, "--port", str(port),
                   "--helo", "outside.interop.test", "--timeout", "10"] + list(args)
        result = subprocess.run(command, capture_output=True, timeout=SWAKS_TIMEOUT)
        self.assertEqual(result.returncode, expect,
                         "swaks exit code %d, expected %d\ncommand: %s\n%s\n%s"
                         % (result.returncode, expect, " ".join(command),
                            result.stdout.decode("utf-8", "replace"),
                            result.stderr.decode("utf-8", "replace")))
        return result.stdout.decode("utf-8", "replace")

    def parse(self, stored):
        return email.message_from_bytes(stored, policy=email.policy.default)

    def test_plain_message_on_smtp(self):
        output = self.run_swaks("servidor.edu", "smtp",
                                "--to", "fran@servidor.edu", "--from", "x@outside.test",
                                "--header", "Subject: Quedamos hoxe? (swaks)",
                                "--body", "A que hora e onde?")
        # swaks shows the dialogue: the server's lines start with "<-".
        self.assertIn("<-  220 servidor.edu", output)
        self.assertIn("<-  250 2.0.0 Message accepted for delivery", output)
        [stored] = self.wait_for_fran_count(1)
        trace, rest = split_trace(stored)
        self.assertEqual(trace[0], b"Return-Path: <x@outside.test>")
        message = self.parse(rest)
        self.assertEqual(message["Subject"], "Quedamos hoxe? (swaks)")
        self.assertEqual(message["To"], "fran@servidor.edu")
        self.assertEqual(message.get_content().rstrip("\r\n"), "A que hora e onde?")

    def test_auth_plain_on_submission_relays_to_fran(self):
        output = self.run_swaks("cliente.fr", "submission",
                                "--to", "fran@servidor.edu", "--from", "ana@cliente.fr",
                                "--auth", "PLAIN", "--auth-user", "ana",
                                "--auth-password", "claveana",
                                "--header", "Subject: swaks AUTH PLAIN",
                                "--body", "Enviado con swaks e AUTH PLAIN")
        self.assertIn("<-  235 2.7.0 Authentication successful", output)
        [stored] = self.wait_for_fran_count(1)
        trace, rest = split_trace(stored)
        self.assertEqual(trace[0], b"Return-Path: <ana@cliente.fr>")
        self.assertEqual(len(trace), 3, trace)  # Return-Path and two Received
        message = self.parse(rest)
        self.assertEqual(message["Subject"], "swaks AUTH PLAIN")
        self.assertIn("Enviado con swaks e AUTH PLAIN", message.get_content())

    def test_auth_login_with_wrong_password_fails(self):
        output = self.run_swaks("cliente.fr", "submission",
                                "--to", "fran@servidor.edu", "--from", "ana@cliente.fr",
                                "--auth", "LOGIN", "--auth-user", "ana",
                                "--auth-password", "wrong", expect=28)  # 28: AUTH failed
        self.assertIn("<** 535 5.7.8", output)

    def test_unknown_user_fails(self):
        output = self.run_swaks("servidor.edu", "smtp",
                                "--to", "nobody@servidor.edu", "--from", "x@outside.test",
                                expect=24)  # 24: no recipients accepted
        self.assertIn("<** 550 5.1.1", output)

    def test_attachment_arrives_intact(self):
        payload = bytes(range(256)) * 4 + b"\r\n.\r\n..\r\nfin\n"
        with tempfile.NamedTemporaryFile(prefix="anexo-", suffix=".bin", delete=False) as handle:
            handle.write(payload)
        self.addCleanup(os.unlink, handle.name)
        self.run_swaks("cliente.fr", "submission",
                       "--to", "fran@servidor.edu", "--from", "ana@cliente.fr",
                       "--auth", "PLAIN", "--auth-user", "ana", "--auth-password", "claveana",
                       "--header", "Subject: Cun anexo",
                       "--body", "Vai un ficheiro anexo.",
                       "--attach", "@" + handle.name)
        [stored] = self.wait_for_fran_count(1)
        _, rest = split_trace(stored)
        message = self.parse(rest)
        self.assertTrue(message.is_multipart())
        attachments = list(message.iter_attachments())
        self.assertEqual(len(attachments), 1, [p.get_content_type() for p in message.walk()])
        attachment = attachments[0]
        self.assertEqual(attachment.get_filename(), os.path.basename(handle.name))
        self.assertEqual(attachment.get_payload(decode=True), payload)
        body = message.get_body(("plain",))
        self.assertIsNotNone(body)
        self.assertIn("Vai un ficheiro anexo.", body.get_content())


if __name__ == "__main__":
    unittest.main()
