# SPDX-License-Identifier: GPL-3.0-or-later
"""Python's smtplib (a client nobody here wrote) against carteiro --serve."""

import email
import email.policy
import poplib
import smtplib
import time
import unittest

from carteiro_serve import ANA, FRAN, SOCKET_TIMEOUT, ServerTestCase, split_trace


def sample_message(tag):
    # Lines that test the dot-stuffing (RFC 5321 §4.5.2) both ways, white
    # space that must survive, and an empty line between header and body.
    return (b"From: Ana <ana@cliente.fr>\r\n"
            b"To: Fran <fran@servidor.edu>\r\n"
            b"Subject: Quedamos hoxe? (" + tag + b")\r\n"
            b"Message-ID: <" + tag + b"@interop.test>\r\n"
            b"\r\n"
            b"A que hora e onde?\r\n"
            b".a line that starts with a dot\r\n"
            b"..two dots\r\n"
            b".\r\n"
            b"trailing spaces   \r\n"
            b"\ta tab, and an empty line follows\r\n"
            b"\r\n"
            b"Ana\r\n")


class SmtplibTest(ServerTestCase):

    def smtp(self, host, service):
        address, port = self.addr(host, service)
        client = smtplib.SMTP(address, port, local_hostname="outside.interop.test",
                              timeout=SOCKET_TIMEOUT)
        self.addCleanup(self._close, client)
        return client

    @staticmethod
    def _close(client):
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()

    def assert_stored(self, stored, original, return_path, received_count):
        trace, rest = split_trace(stored)
        self.assertEqual(rest, original, "message not stored byte-exact after the trace fields")
        self.assertTrue(trace, "no trace fields at the top")
        self.assertEqual(trace[0], b"Return-Path: <" + return_path + b">")
        received = [field for field in trace if field.lower().startswith(b"received:")]
        self.assertEqual(len(received), received_count, trace)
        self.assertIn(b"by servidor.edu", received[0])
        self.assertIn(b"for <fran@servidor.edu>", received[0])

    # -- port 25 role -------------------------------------------------------
    def test_ehlo_advertises_extensions(self):
        client = self.smtp("servidor.edu", "smtp")
        code, text = client.ehlo()
        self.assertEqual(code, 250)
        self.assertTrue(text.startswith(b"servidor.edu"), text)
        for keyword in ("pipelining", "size", "8bitmime", "enhancedstatuscodes"):
            self.assertTrue(client.has_extn(keyword), "EHLO lacks %s: %r" % (keyword, text))
        self.assertEqual(client.esmtp_features["size"], "10485760")

    def test_send_to_fran_on_smtp_is_stored_byte_exact(self):
        original = sample_message(b"smtp25")
        client = self.smtp("servidor.edu", "smtp")
        refused = client.sendmail("x@outside.test", ["fran@servidor.edu"], original)
        self.assertEqual(refused, {})
        client.quit()
        [stored] = self.wait_for_fran_count(1)
        self.assert_stored(stored, original, b"x@outside.test", 1)

    def test_eight_bit_body_is_stored_byte_exact(self):
        original = ("From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\n"
                    "Subject: =?utf-8?q?Ma=C3=B1=C3=A1?=\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n"
                    "Content-Transfer-Encoding: 8bit\r\n\r\n"
                    "Mañá á tarde, na praza. Ñandú, ça va?\r\n").encode("utf-8")
        client = self.smtp("servidor.edu", "smtp")
        client.ehlo()
        self.assertTrue(client.has_extn("8bitmime"))
        refused = client.sendmail("ana@cliente.fr", ["fran@servidor.edu"], original,
                                  mail_options=["BODY=8BITMIME"])
        self.assertEqual(refused, {})
        client.quit()
        [stored] = self.wait_for_fran_count(1)
        self.assert_stored(stored, original, b"ana@cliente.fr", 1)

    def test_unknown_local_user_is_refused_with_550(self):
        client = self.smtp("servidor.edu", "smtp")
        with self.assertRaises(smtplib.SMTPRecipientsRefused) as caught:
            client.sendmail("x@outside.test", ["nobody@servidor.edu"], sample_message(b"550"))
        refused = caught.exception.recipients
        self.assertEqual(list(refused), ["nobody@servidor.edu"])
        code, text = refused["nobody@servidor.edu"]
        self.assertEqual(code, 550, text)
        self.assertTrue(text.startswith(b"5.1.1 "), text)

    def test_one_refused_recipient_does_not_stop_the_others(self):
        original = sample_message(b"mixed")
        client = self.smtp("servidor.edu", "smtp")
        refused = client.sendmail("x@outside.test", ["nobody@servidor.edu", "fran@servidor.edu"],
                                  original)
        self.assertEqual(list(refused), ["nobody@servidor.edu"])
        self.assertEqual(refused["nobody@servidor.edu"][0], 550)
        client.quit()
        [stored] = self.wait_for_fran_count(1)
        self.assert_stored(stored, original, b"x@outside.test", 1)

    def test_relaying_without_auth_is_denied_with_554(self):
        client = self.smtp("servidor.edu", "smtp")
        client.ehlo()
        self.assertEqual(client.mail("x@outside.test")[0], 250)
        code, text = client.rcpt("someone@elsewhere.test")
        self.assertEqual(code, 554, text)
        self.assertTrue(text.startswith(b"5.7.1 "), text)
        # cliente.fr's port 25 does not relay to servidor.edu for strangers either.
        other = self.smtp("cliente.fr", "smtp")
        with self.assertRaises(smtplib.SMTPRecipientsRefused) as caught:
            other.sendmail("x@outside.test", ["fran@servidor.edu"], sample_message(b"554"))
        code, text = caught.exception.recipients["fran@servidor.edu"]
        self.assertEqual(code, 554, text)
        self.assertTrue(text.startswith(b"5.7.1 "), text)

    def test_noop_rset_vrfy_and_size_limit(self):
        client = self.smtp("servidor.edu", "smtp")
        client.ehlo()
        self.assertEqual(client.noop()[0], 250)
        self.assertEqual(client.mail("x@outside.test")[0], 250)
        self.assertEqual(client.rset()[0], 250)
        self.assertEqual(client.verify("fran@servidor.edu")[0], 252)
        code, text = client.mail("x@outside.test", ["SIZE=20000000"])
        self.assertEqual(code, 552, text)

    # -- submission ---------------------------------------------------------
    def test_submission_advertises_auth(self):
        client = self.smtp("cliente.fr", "submission")
        client.ehlo()
        self.assertTrue(client.has_extn("auth"))
        mechanisms = client.esmtp_features["auth"].upper().split()
        self.assertIn("PLAIN", mechanisms)
        self.assertIn("LOGIN", mechanisms)

    def test_mail_before_auth_on_submission_is_530(self):
        client = self.smtp("cliente.fr", "submission")
        client.ehlo()
        code, text = client.mail("ana@cliente.fr")
        self.assertEqual(code, 530, text)
        self.assertTrue(text.startswith(b"5.7.0 "), text)

    def test_wrong_password_is_535(self):
        client = self.smtp("cliente.fr", "submission")
        with self.assertRaises(smtplib.SMTPAuthenticationError) as caught:
            client.login(ANA[0], "not-the-password")
        self.assertEqual(caught.exception.smtp_code, 535, caught.exception.smtp_error)
        self.assertTrue(caught.exception.smtp_error.startswith(b"5.7.8"),
                        caught.exception.smtp_error)
        # The session goes on: the right password is then accepted.
        code, _ = client.login(*ANA)
        self.assertEqual(code, 235)

    def test_auth_plain_and_login_mechanisms(self):
        for mechanism, initial in (("PLAIN", True), ("LOGIN", True), ("LOGIN", False)):
            with self.subTest(mechanism=mechanism, initial_response=initial):
                client = self.smtp("cliente.fr", "submission")
                client.ehlo()
                client.user, client.password = ANA
                method = client.auth_plain if mechanism == "PLAIN" else client.auth_login
                code, text = client.auth(mechanism, method, initial_response_ok=initial)
                self.assertEqual(code, 235, text)
                self.assertEqual(client.mail("ana@cliente.fr")[0], 250)

    def test_submission_relays_through_the_queue_to_fran(self):
        original = sample_message(b"submission")
        client = self.smtp("cliente.fr", "submission")
        client.login(*ANA)
        refused = client.sendmail("ana@cliente.fr", ["fran@servidor.edu"], original)
        self.assertEqual(refused, {})
        client.quit()
        [stored] = self.wait_for_fran_count(1)
        # servidor.edu's Received on top, cliente.fr's below it.
        self.assert_stored(stored, original, b"ana@cliente.fr", 2)
        trace, _ = split_trace(stored)
        self.assertIn(b"by cliente.fr", trace[2])
        self.assertIn(b"ESMTPA", trace[2], "submission with AUTH is ESMTPA (RFC 3848)")
        # The queue's delivery is in the transcript.
        line = self.server.wait_for_line(lambda l: "cliente.fr -> servidor.edu" in l
                                         and "C: RCPT TO:<fran@servidor.edu>" in l, 5)
        self.assertIsNotNone(line, "the relay's RCPT is not in the transcript")

    def test_fran_can_submit_on_his_own_server(self):
        client = self.smtp("servidor.edu", "submission")
        client.login(*FRAN)
        self.assertEqual(client.sendmail("fran@servidor.edu", ["fran@servidor.edu"],
                                         sample_message(b"self")), {})
        client.quit()
        self.wait_for_fran_count(1)


class BounceTest(ServerTestCase):
    """A bounce read by a real parser. In unknown-user cliente.fr greets
    servidor.edu with EHLO, whose replies carry RFC 3463 codes."""

    server_args = ("--scenario", "unknown-user")
    status = "5.1.1"
    reply = "550 5.1.1 nadie@servidor.edu... User unknown"

    def test_bounce_is_a_delivery_status_notification(self):
        """RFC 3464 read by Python's email package: multipart/report, a
        message/delivery-status whose Status is the reply's enhanced code,
        Auto-Submitted: auto-replied."""
        client = smtplib.SMTP(*self.addr("cliente.fr", "submission"),
                              local_hostname="outside.interop.test", timeout=SOCKET_TIMEOUT)
        # Thunderbird's form of the user name: the whole address.
        client.login("ana@cliente.fr", ANA[1])
        self.assertEqual(client.sendmail("ana@cliente.fr", ["nadie@servidor.edu"],
                                         sample_message(b"bounce")), {})
        client.quit()
        raw = self.wait_for_ana_message()
        report = email.message_from_bytes(raw, policy=email.policy.compat32)
        self.assertEqual(report.get_content_type(), "multipart/report")
        self.assertEqual(report.get_param("report-type"), "delivery-status")
        self.assertEqual(report["Auto-Submitted"], "auto-replied")
        self.assertEqual(report["Return-Path"], "<>")
        self.assertIn("MAILER-DAEMON@cliente.fr", report["From"])
        text, status, returned = report.get_payload()
        self.assertEqual(text.get_content_type(), "text/plain")
        self.assertIn("nadie@servidor.edu: " + self.reply, text.get_payload())
        self.assertEqual(status.get_content_type(), "message/delivery-status")
        # Python parses the fields into one block per message and per recipient.
        per_message, per_recipient = status.get_payload()
        self.assertEqual(per_message["Reporting-MTA"], "dns; cliente.fr")
        self.assertIsNotNone(per_message["Arrival-Date"])
        self.assertEqual(per_recipient["Final-Recipient"], "rfc822; nadie@servidor.edu")
        self.assertEqual(per_recipient["Action"], "failed")
        self.assertEqual(per_recipient["Status"], self.status)
        self.assertEqual(per_recipient["Remote-MTA"], "dns; servidor.edu")
        self.assertEqual(per_recipient["Diagnostic-Code"], "smtp; " + self.reply)
        self.assertEqual(returned.get_content_type(), "text/rfc822-headers")
        self.assertIn("Subject: Quedamos hoxe? (bounce)", returned.get_payload())

    def wait_for_ana_message(self, timeout=10.0):
        """Ana's first message, fetched with USER ana@cliente.fr (poplib)."""
        deadline = time.monotonic() + timeout
        while True:
            box = poplib.POP3(*self.addr("cliente.fr", "pop3"), timeout=SOCKET_TIMEOUT)
            try:
                box.user("ana@cliente.fr")
                box.pass_(ANA[1])
                count, _ = box.stat()
                if count:
                    _, lines, _ = box.retr(1)
                    return b"\r\n".join(lines) + b"\r\n"
            except poplib.error_proto as error:
                if "IN-USE" not in str(error):
                    raise
            finally:
                box.quit()
            if time.monotonic() > deadline:
                self.fail("no bounce for ana@cliente.fr within %.0f s\ntranscript:\n%s"
                          % (timeout, "\n".join(self.server.transcript()[-60:])))
            time.sleep(0.1)


class BounceAfterHeloTest(BounceTest):
    """In ana-fran cliente.fr greets with HELO: the reply has no enhanced
    code, so the report gives its class's generic one (RFC 3463 §3.1)."""

    server_args = ()
    status = "5.0.0"
    reply = "550 nadie@servidor.edu... User unknown"


if __name__ == "__main__":
    unittest.main()
