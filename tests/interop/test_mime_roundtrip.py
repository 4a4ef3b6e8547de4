# SPDX-License-Identifier: GPL-3.0-or-later
"""MIME messages through carteiro --serve, byte for byte.

Each file of tests/mime/corpus (plain ASCII, UTF-8 8bit, ISO-8859-1
quoted-printable, Windows-1252, a PNG in multipart/mixed, text and HTML in
multipart/alternative, nested multiparts, a message/rfc822 forward, long
folded header fields, lines starting with dots) is sent with smtplib to
servidor.edu's port 25 role and read back with poplib. What POP3 returns must
be the trace fields servidor.edu added (Return-Path, Received; RFC 5321 §4.4)
followed by the original bytes, unchanged: a mail server does not touch a
message's content (RFC 5321 §2.3.1), and dot-stuffing is undone on both legs
(RFC 5321 §4.5.2, RFC 1939 §3).
"""

import email
import email.policy
import os
import smtplib
import unittest

from carteiro_serve import SOCKET_TIMEOUT, ServerTestCase, split_trace

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "mime", "corpus")


def corpus_files():
    names = sorted(name for name in os.listdir(CORPUS) if name.endswith(".eml"))
    if len(names) < 10:
        raise AssertionError("tests/mime/corpus holds %d messages, expected at least 10"
                             % len(names))
    return [(name, open(os.path.join(CORPUS, name), "rb").read()) for name in names]


class MimeRoundTripTest(ServerTestCase):

    def send(self, original):
        address, port = self.addr("servidor.edu", "smtp")
        eight_bit = any(byte >= 0x80 for byte in original)
        with smtplib.SMTP(address, port, local_hostname="outside.interop.test",
                          timeout=SOCKET_TIMEOUT) as client:
            client.ehlo()
            options = []
            if eight_bit:
                # RFC 6152: 8-bit content only where 8BITMIME was announced.
                self.assertTrue(client.has_extn("8bitmime"))
                options.append("BODY=8BITMIME")
            refused = client.sendmail("ana@cliente.fr", ["fran@servidor.edu"], original,
                                      mail_options=options)
        self.assertEqual(refused, {})

    def test_corpus_is_stored_and_retrieved_byte_exact(self):
        files = corpus_files()
        for count, (name, original) in enumerate(files, start=1):
            with self.subTest(message=name):
                self.send(original)
                stored = self.wait_for_fran_count(count)[count - 1]
                trace, rest = split_trace(stored)
                self.assertEqual(rest, original,
                                 "%s: not byte-exact after the trace fields" % name)
                self.assertEqual(trace[0], b"Return-Path: <ana@cliente.fr>")
                received = [field for field in trace
                            if field.lower().startswith(b"received:")]
                self.assertEqual(len(received), 1, trace)
                self.assertIn(b"by servidor.edu", received[0])
                # The stored message is still well-formed MIME for a reader.
                message = email.message_from_bytes(stored, policy=email.policy.default)
                self.assertEqual(message.defects, [], name)


if __name__ == "__main__":
    unittest.main()
