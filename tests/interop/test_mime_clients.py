# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments from real clients through carteiro --serve, read back intact.

swaks (--attach, a small binary file) and Python's email.message.EmailMessage
(add_attachment, a non-ASCII file name as an RFC 2231 parameter, the text as
8bit UTF-8) send to fran@servidor.edu on port 25; the stored message is read
back with poplib and checked with Python's email package: the same file name,
the same bytes, the same text. (tst_mime parses messages these two tools
wrote, tests/mime/from-*.eml, with Carteiro's own parser.)
"""

import email
import email.policy
import os
import smtplib
import subprocess
import tempfile
import unittest
from email.message import EmailMessage

from carteiro_serve import SOCKET_TIMEOUT, ServerTestCase, require_tool, split_trace

SWAKS_TIMEOUT = 30
# Every byte value, and line ends and dots that must not be taken for SMTP's.
PAYLOAD = bytes(range(256)) + b"\r\n.\r\n..\n\r\x00" + bytes(range(255, -1, -1))


class MimeClientsTest(ServerTestCase):

    def stored_message(self):
        [stored] = self.wait_for_fran_count(1)
        trace, rest = split_trace(stored)
        self.assertEqual(len(trace), 2, trace)  # Return-Path and one Received
        message = email.message_from_bytes(rest, policy=email.policy.default)
        self.assertEqual(message.defects, [])
        return message

    def only_attachment(self, message):
        attachments = list(message.iter_attachments())
        self.assertEqual(len(attachments), 1, [p.get_content_type() for p in message.walk()])
        return attachments[0]

    def test_swaks_attachment(self):
        swaks = require_tool("swaks", "swaks")
        with tempfile.NamedTemporaryFile(prefix="anexo-", suffix=".bin", delete=False) as handle:
            handle.write(PAYLOAD)
        self.addCleanup(os.unlink, handle.name)
        address, port = self.addr("servidor.edu", "smtp")
        command = [swaks, "--server", address, "--port", str(port),
                   "--helo", "outside.interop.test", "--timeout", "10",
                   "--to", "fran@servidor.edu", "--from", "ana@cliente.fr",
                   "--header", "Subject: Quedamos hoxe? (swaks)",
                   "--body", "Levo o ficheiro.",
                   "--attach-type", "application/octet-stream", "--attach", "@" + handle.name]
        result = subprocess.run(command, capture_output=True, timeout=SWAKS_TIMEOUT)
        self.assertEqual(result.returncode, 0, result.stdout.decode("utf-8", "replace"))
        message = self.stored_message()
        self.assertEqual(message["Subject"], "Quedamos hoxe? (swaks)")
        attachment = self.only_attachment(message)
        self.assertEqual(attachment.get_filename(), os.path.basename(handle.name))
        self.assertEqual(attachment.get_payload(decode=True), PAYLOAD)
        self.assertIn("Levo o ficheiro.", message.get_body(("plain",)).get_content())

    def test_email_message_attachment(self):
        original = EmailMessage()
        original["From"] = "Ana <ana@cliente.fr>"
        original["To"] = "Fran <fran@servidor.edu>"
        original["Subject"] = "Á tarde, na cafetería"
        original.set_content("Mañá á tarde, na praza.\nLevo o ficheiro.\n")
        original.add_attachment(PAYLOAD, maintype="application", subtype="octet-stream",
                                filename="ficheiro-á-tarde.bin")
        address, port = self.addr("servidor.edu", "smtp")
        with smtplib.SMTP(address, port, local_hostname="outside.interop.test",
                          timeout=SOCKET_TIMEOUT) as client:
            # 8bit UTF-8 text: smtplib asks for BODY=8BITMIME itself.
            self.assertEqual(client.send_message(original), {})
        message = self.stored_message()
        self.assertEqual(message["Subject"], "Á tarde, na cafetería")
        attachment = self.only_attachment(message)
        self.assertEqual(attachment.get_filename(), "ficheiro-á-tarde.bin")
        self.assertEqual(attachment.get_payload(decode=True), PAYLOAD)
        text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
        self.assertEqual(text, "Mañá á tarde, na praza.\nLevo o ficheiro.\n")


if __name__ == "__main__":
    unittest.main()
