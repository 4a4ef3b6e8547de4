# SPDX-License-Identifier: GPL-3.0-or-later
"""Python's imaplib (a client nobody here wrote) against servidor.edu's IMAP.

Every message is delivered first over SMTP (smtplib), so IMAP reads the same
INBOX POP3 does; two tests check that deletions made by one protocol are
seen by the other.
"""

import imaplib
import re
import smtplib
import time
import unittest

from carteiro_serve import FRAN, SOCKET_TIMEOUT, ServerTestCase, split_trace

FIRST = (b"From: Ana <ana@cliente.fr>\r\n"
         b"To: Fran <fran@servidor.edu>\r\n"
         b"Subject: Quedamos hoxe?\r\n"
         b"Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
         b"Message-ID: <first@interop.test>\r\n"
         b"\r\n"
         b"A que hora e onde?\r\n")

SECOND = (b"From: \"Brais\" <brais@outside.test>\r\n"
          b"To: fran@servidor.edu\r\n"
          b"Subject: A foto\r\n"
          b"X-Priority: 1\r\n"
          b"MIME-Version: 1.0\r\n"
          b"Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
          b"\r\n"
          b"--b1\r\n"
          b"Content-Type: text/plain; charset=utf-8\r\n"
          b"\r\n"
          b"Mira a foto.\r\n"
          b"--b1\r\n"
          b"Content-Type: image/png; name=\"praia.png\"\r\n"
          b"Content-Transfer-Encoding: base64\r\n"
          b"Content-Disposition: attachment; filename=\"praia.png\"\r\n"
          b"\r\n"
          b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==\r\n"
          b"--b1--\r\n")

THIRD = (b"From: ana@cliente.fr\r\n"
         b"To: fran@servidor.edu\r\n"
         b"Subject: Bos dias\r\n"
         b"MIME-Version: 1.0\r\n"
         b"Content-Type: text/plain; charset=utf-8\r\n"
         b"Content-Transfer-Encoding: 8bit\r\n"
         b"\r\n"
         + "Bos días, Fran. Que tal a viaxe a Ourense?\r\n".encode("utf-8"))

APPENDED = (b"From: fran@servidor.edu\r\n"
            b"To: ana@cliente.fr\r\n"
            b"Subject: Borrador\r\n"
            b"\r\n"
            b"Ainda sen rematar.\r\n")


def day(offset=0):
    """Today (UTC, as the server's INTERNALDATE) plus `offset` days, as SEARCH writes dates."""
    return time.strftime("%d-%b-%Y", time.gmtime(time.time() + offset * 86400))


def numbers(data):
    """The numbers of a SEARCH response, as ints."""
    return [int(n) for n in b" ".join(d for d in data if d).split()]


class ImaplibTest(ServerTestCase):

    def setUp(self):
        super().setUp()
        self.delivered_at = time.time()
        self.deliver(FIRST, sender="ana@cliente.fr")
        self.deliver(SECOND, sender="brais@outside.test")
        self.deliver_8bit(THIRD)
        self.stored = self.wait_for_fran_count(3)
        self.assertEqual(split_trace(self.stored[0])[1], FIRST)

    def deliver_8bit(self, message):
        address, port = self.addr("servidor.edu", "smtp")
        with smtplib.SMTP(address, port, local_hostname="outside.interop.test",
                          timeout=SOCKET_TIMEOUT) as client:
            client.ehlo()
            options = ["BODY=8BITMIME"] if client.has_extn("8bitmime") else []
            refused = client.sendmail("ana@cliente.fr", ["fran@servidor.edu"], message,
                                      mail_options=options)
        self.assertEqual(refused, {})

    def inbox(self, readonly=False):
        box = self.imap()
        typ, data = box.select("INBOX", readonly=readonly)
        self.assertEqual(typ, "OK", data)
        self.assertEqual(data, [b"3"])
        return box

    def ok(self, result):
        typ, data = result
        self.assertEqual(typ, "OK", data)
        return data

    # -- any state ----------------------------------------------------------
    def test_capability(self):
        box = self.imap(user=None)
        self.assertEqual(box.state, "NONAUTH")
        capabilities = self.ok(box.capability())[0].split()
        for name in (b"IMAP4rev1", b"LITERAL+", b"AUTH=PLAIN", b"IDLE", b"UIDPLUS", b"MOVE",
                     b"NAMESPACE", b"ID", b"ENABLE", b"SPECIAL-USE", b"UNSELECT"):
            self.assertIn(name, capabilities)

    def test_noop(self):
        box = self.imap(user=None)
        self.ok(box.noop())
        box.login(*FRAN)
        self.ok(box.noop())

    def test_logout(self):
        box = self.imap()
        typ, data = box.logout()
        self.assertEqual(typ, "BYE", data)
        self.assertEqual(box.state, "LOGOUT")

    # -- not authenticated --------------------------------------------------
    def test_login_with_the_user_name(self):
        box = self.imap(user=None)
        self.assertTrue(self.ok(box.login("fran", FRAN[1]))[-1].endswith(b"Logged in"))
        self.assertEqual(box.state, "AUTH")

    def test_login_with_the_whole_address(self):
        for name in ("fran@servidor.edu", "Fran@SERVIDOR.edu"):
            box = self.imap(user=None)
            self.ok(box.login(name, FRAN[1]))
            self.assertEqual(box.select("INBOX")[1], [b"3"])
            box.logout()

    def test_login_refusals(self):
        for name, password in (("fran", "not-the-password"), ("nobody", FRAN[1]),
                               ("fran@cliente.fr", FRAN[1])):
            box = self.imap(user=None)
            with self.assertRaises(imaplib.IMAP4.error) as caught:
                box.login(name, password)
            self.assertIn("AUTHENTICATIONFAILED", str(caught.exception))
            self.assertEqual(box.state, "NONAUTH")

    def test_authenticate_plain(self):
        box = self.imap(user=None)
        typ, _ = box.authenticate("PLAIN", lambda _: b"\0fran@servidor.edu\0" + FRAN[1].encode())
        self.assertEqual(typ, "OK")
        self.assertEqual(box.select("INBOX")[1], [b"3"])
        wrong = self.imap(user=None)
        with self.assertRaises(imaplib.IMAP4.error):
            wrong.authenticate("PLAIN", lambda _: b"\0fran\0nope")

    # -- authenticated ------------------------------------------------------
    def test_select(self):
        box = self.imap()
        self.assertEqual(self.ok(box.select("inbox")), [b"3"])
        self.assertEqual(box.state, "SELECTED")
        self.assertEqual(box.response("UIDNEXT")[1], [b"4"])
        self.assertRegex(box.response("UIDVALIDITY")[1][0], rb"^\d+$")
        self.assertEqual(box.response("READ-WRITE")[1], [b""])
        self.assertIn(b"\\Seen", box.response("FLAGS")[1][0])
        typ, data = box.select("No-such-folder")
        self.assertEqual((typ, data), ("NO", [b"[NONEXISTENT] Mailbox does not exist"]))
        # A failed SELECT leaves no folder selected (RFC 3501 §6.3.1).
        box.state = "SELECTED"  # past imaplib's own check, to ask the server
        with self.assertRaises(imaplib.IMAP4.error) as caught:
            box.check()
        self.assertIn("not valid in this state", str(caught.exception))

    def test_examine_is_read_only(self):
        box = self.inbox(readonly=True)
        self.assertEqual(box.response("READ-ONLY")[1], [b""])
        self.ok(box.fetch("1", "(BODY[TEXT])"))
        self.assertEqual(self.ok(box.fetch("1", "(FLAGS)")), [b"1 (FLAGS ())"])
        typ, _ = box._simple_command("STORE", "1", "+FLAGS", "(\\Deleted)")
        self.assertEqual(typ, "NO")

    def test_create_list_rename_delete(self):
        box = self.imap()
        self.ok(box.create("Viaxes"))
        self.ok(box.create("Viaxes/2026"))
        self.assertEqual(box.create("Viaxes"), ("NO", [b"[ALREADYEXISTS] Mailbox already exists"]))
        listing = self.ok(box.list())
        joined = b"\n".join(listing)
        self.assertRegex(joined, rb'\(\\HasChildren\) "/" "?Viaxes"?\n')
        self.assertRegex(joined, rb'"/" "?Viaxes/2026"?')
        self.assertRegex(joined, rb'\\Sent[^\n]* "/" "?Sent"?')
        self.assertRegex(joined, rb'\\Trash[^\n]* "/" "?Trash"?')
        self.assertRegex(joined, rb'"/" "?INBOX"?')
        self.assertEqual(len(self.ok(box.list('""', "%"))),
                         len([l for l in listing if b"Viaxes/" not in l]))
        self.assertEqual(len(self.ok(box.list("Viaxes/", "*"))), 1)
        self.ok(box.rename("Viaxes/2026", "Viaxes/Ourense"))
        joined = b"\n".join(self.ok(box.list()))
        self.assertIn(b"Viaxes/Ourense", joined)
        self.assertNotIn(b"Viaxes/2026", joined)
        self.ok(box.delete("Viaxes/Ourense"))
        self.assertNotIn(b"Viaxes/Ourense", b"\n".join(self.ok(box.list())))
        self.assertEqual(box.delete("INBOX")[0], "NO")

    def test_rename_inbox_moves_its_messages(self):
        box = self.imap()
        self.ok(box.rename("INBOX", "Vellos"))
        self.assertRegex(self.ok(box.status("Vellos", "(MESSAGES)"))[0], rb"\(MESSAGES 3\)")
        self.assertRegex(self.ok(box.status("INBOX", "(MESSAGES)"))[0], rb"\(MESSAGES 0\)")

    def test_subscribe_unsubscribe_lsub(self):
        box = self.imap()
        self.ok(box.create("Clase"))
        self.ok(box.subscribe("Clase"))
        self.assertIn(b"Clase", b"\n".join(d for d in self.ok(box.lsub()) if d))
        self.ok(box.unsubscribe("Clase"))
        self.assertNotIn(b"Clase", b"\n".join(d for d in self.ok(box.lsub()) if d))
        self.assertIn(b"Clase", b"\n".join(self.ok(box.list())))

    def test_status(self):
        box = self.imap()
        data = self.ok(box.status("INBOX", "(MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN)"))
        self.assertRegex(data[0], rb"^\"?INBOX\"? \(")
        self.assertIn(b"MESSAGES 3", data[0])
        self.assertIn(b"UIDNEXT 4", data[0])
        self.assertIn(b"UNSEEN 3", data[0])
        self.assertRegex(data[0], rb"UIDVALIDITY \d+")
        self.assertEqual(box.status("No-such-folder", "(MESSAGES)"),
                         ("NO", [b"[NONEXISTENT] Mailbox does not exist"]))

    def test_append(self):
        box = self.imap()
        moment = imaplib.Time2Internaldate(time.mktime((2026, 11, 30, 18, 5, 0, 0, 0, -1)))
        typ, data = box.append("Drafts", "(\\Draft \\Seen)", moment, APPENDED)
        self.assertEqual(typ, "OK", data)
        self.assertRegex(data[0], rb"^\[APPENDUID \d+ 1\]")
        self.assertEqual(self.ok(box.select("Drafts")), [b"1"])
        data = self.ok(box.fetch("1", "(FLAGS INTERNALDATE BODY.PEEK[])"))
        self.assertEqual(data[0][1], APPENDED)
        self.assertIn(b"\\Draft", data[0][0])
        self.assertIn(b"\\Seen", data[0][0])
        self.assertIn(b"30-Nov-2026", data[0][0])
        self.assertEqual(numbers(self.ok(box.search(None, "ON", "30-Nov-2026"))), [1])
        # No such folder: NO [TRYCREATE] (RFC 3501 §6.3.11).
        typ, data = box.append("Nowhere", None, None, APPENDED)
        self.assertEqual(typ, "NO")
        self.assertIn(b"TRYCREATE", data[0])

    # -- selected -----------------------------------------------------------
    def test_check(self):
        box = self.inbox()
        self.ok(box.check())

    def test_close_expunges_silently(self):
        box = self.inbox()
        self.ok(box.store("1:2", "+FLAGS", "(\\Deleted)"))
        box.untagged_responses.clear()
        self.ok(box.close())
        self.assertEqual(box.state, "AUTH")
        self.assertNotIn("EXPUNGE", box.untagged_responses)
        self.assertEqual(self.ok(box.select("INBOX")), [b"1"])
        self.assertEqual(self.ok(box.fetch("1", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])"))[0][1],
                         b"Subject: Bos dias\r\n\r\n")

    def test_close_after_examine_keeps_deleted(self):
        box = self.inbox()
        self.ok(box.store("1", "+FLAGS", "(\\Deleted)"))
        self.ok(box.select("INBOX", readonly=True))
        self.ok(box.close())
        self.assertEqual(self.ok(box.select("INBOX")), [b"3"])

    def test_expunge(self):
        box = self.inbox()
        self.ok(box.store("1,3", "+FLAGS", "(\\Deleted)"))
        typ, data = box.expunge()
        self.assertEqual(typ, "OK")
        # The third first, then the first: each number right when it is read.
        self.assertEqual(data, [b"3", b"1"])
        self.assertEqual(numbers(self.ok(box.search(None, "ALL"))), [1])
        self.assertEqual(self.ok(box.fetch("1", "(UID)")), [b"1 (UID 2)"])

    # -- SEARCH -------------------------------------------------------------
    def search(self, *criteria, box=None):
        box = box or self.inbox()
        return numbers(self.ok(box.search(None, *criteria)))

    def test_search_all_from_to(self):
        box = self.inbox()
        self.assertEqual(self.search("ALL", box=box), [1, 2, 3])
        self.assertEqual(self.search("FROM", "ana@cliente.fr", box=box), [1, 3])
        self.assertEqual(self.search("FROM", '"Brais"', box=box), [2])
        self.assertEqual(self.search("FROM", "BRAIS", box=box), [2])  # caseless
        self.assertEqual(self.search("TO", "fran", box=box), [1, 2, 3])
        self.assertEqual(self.search("TO", "ana", box=box), [])

    def test_search_subject_body_text_header(self):
        box = self.inbox()
        self.assertEqual(self.search("SUBJECT", '"quedamos hoxe"', box=box), [1])
        self.assertEqual(self.search("BODY", '"Mira a foto"', box=box), [2])
        self.assertEqual(self.search("BODY", "foto", box=box), [2])
        # BODY is not the header; TEXT is both.
        self.assertEqual(self.search("BODY", "Quedamos", box=box), [])
        self.assertEqual(self.search("TEXT", "Quedamos", box=box), [1])
        self.assertEqual(self.search("TEXT", "onde", box=box), [1])
        self.assertEqual(self.search("HEADER", "X-Priority", "1", box=box), [2])
        self.assertEqual(self.search("HEADER", "X-Priority", '""', box=box), [2])
        self.assertEqual(self.search("HEADER", "Message-ID", "first@interop", box=box), [1])

    def test_search_dates(self):
        box = self.inbox()
        if day() != time.strftime("%d-%b-%Y", time.gmtime(self.delivered_at)):
            self.skipTest("delivered just before midnight UTC")
        today, tomorrow, yesterday = day(), day(1), day(-1)
        self.assertEqual(self.search("SINCE", today, box=box), [1, 2, 3])
        self.assertEqual(self.search("SINCE", tomorrow, box=box), [])
        self.assertEqual(self.search("BEFORE", today, box=box), [])
        self.assertEqual(self.search("BEFORE", tomorrow, box=box), [1, 2, 3])
        self.assertEqual(self.search("ON", today, box=box), [1, 2, 3])
        self.assertEqual(self.search("ON", yesterday, box=box), [])
        self.assertEqual(self.search("SENTON", "1-Dec-2026", box=box), [1])
        with self.assertRaises(imaplib.IMAP4.error):
            box.search(None, "SINCE", "yesterday")

    def test_search_flags(self):
        box = self.inbox()
        self.assertEqual(self.search("UNSEEN", box=box), [1, 2, 3])
        self.assertEqual(self.search("SEEN", box=box), [])
        self.ok(box.store("2", "+FLAGS", "(\\Seen \\Flagged)"))
        self.ok(box.store("3", "+FLAGS", "(\\Deleted)"))
        self.assertEqual(self.search("SEEN", box=box), [2])
        self.assertEqual(self.search("UNSEEN", box=box), [1, 3])
        self.assertEqual(self.search("FLAGGED", box=box), [2])
        self.assertEqual(self.search("DELETED", box=box), [3])
        self.assertEqual(self.search("UNDELETED", box=box), [1, 2])

    def test_search_sizes(self):
        box = self.inbox()
        sizes = [len(m) for m in self.stored]
        self.assertEqual(self.search("LARGER", str(sizes[1] - 1), box=box), [2])
        self.assertEqual(self.search("SMALLER", str(sizes[1]), box=box),
                         [n for n in (1, 3) if sizes[n - 1] < sizes[1]])
        self.assertEqual(self.search("LARGER", str(max(sizes)), box=box), [])

    def test_search_uid_not_or_sets(self):
        box = self.inbox()
        self.assertEqual(self.search("UID", "2:*", box=box), [2, 3])
        self.assertEqual(self.search("NOT", "FROM", "brais", box=box), [1, 3])
        self.assertEqual(self.search("OR", "SUBJECT", "foto", "SUBJECT", "dias", box=box), [2, 3])
        self.assertEqual(self.search("2:3", "NOT", "2", box=box), [3])
        self.assertEqual(self.search("(OR 1 2)", "TO", "fran", box=box), [1, 2])
        self.assertEqual(self.search("NOT", "(OR FROM ana FROM brais)", box=box), [])

    def test_search_charset_utf8(self):
        box = self.inbox()
        box.literal = "días".encode("utf-8")
        self.assertEqual(numbers(self.ok(box.search("UTF-8", "BODY"))), [3])
        typ, data = box._simple_command("SEARCH", "CHARSET", "KOI8-R", "ALL")
        self.assertEqual(typ, "NO")
        self.assertIn(b"BADCHARSET", data[0])

    # -- FETCH --------------------------------------------------------------
    def test_fetch_flags_uid_internaldate_size(self):
        box = self.inbox()
        data = self.ok(box.fetch("1:3", "(FLAGS UID INTERNALDATE RFC822.SIZE)"))
        self.assertEqual(len(data), 3)
        for number, line in enumerate(data, start=1):
            self.assertRegex(line, rb"^%d \(" % number)
            self.assertIn(b"UID %d" % number, line)
            self.assertIn(b"FLAGS ()", line)
            self.assertIn(b"RFC822.SIZE %d" % len(self.stored[number - 1]), line)
            date = imaplib.Internaldate2tuple(line)
            self.assertIsNotNone(date, line)
            self.assertLess(abs(time.mktime(date) - time.time()), 300)

    def test_fetch_envelope(self):
        box = self.inbox()
        data = self.ok(box.fetch("1", "(ENVELOPE)"))
        self.assertEqual(data[0], b'1 (ENVELOPE ("Tue, 01 Dec 2026 10:00:00 +0000" "Quedamos hoxe?" '
                                  b'(("Ana" NIL "ana" "cliente.fr")) (("Ana" NIL "ana" "cliente.fr")) '
                                  b'(("Ana" NIL "ana" "cliente.fr")) (("Fran" NIL "fran" "servidor.edu")) '
                                  b'NIL NIL NIL "<first@interop.test>"))')

    def test_fetch_bodystructure(self):
        box = self.inbox()
        single = self.ok(box.fetch("1", "(BODYSTRUCTURE)"))[0]
        self.assertRegex(single, rb'^1 \(BODYSTRUCTURE \("TEXT" "PLAIN" \("CHARSET" "us-ascii"\)|'
                                 rb'^1 \(BODYSTRUCTURE \("TEXT" "PLAIN" NIL')
        self.assertIn(b'"7BIT" 20 1', single)
        data = self.ok(box.fetch("2", "(BODYSTRUCTURE)"))[0]
        m = re.match(rb'^2 \(BODYSTRUCTURE \(\("TEXT" "PLAIN" \("CHARSET" "utf-8"\) NIL NIL "7BIT" (\d+) (\d+)'
                     rb'.*\)\("IMAGE" "PNG" \("NAME" "praia.png"\) NIL NIL "BASE64" (\d+) NIL '
                     rb'\("ATTACHMENT" \("FILENAME" "praia.png"\)\).*\) "MIXED" \("BOUNDARY" "b1"\)',
                     data)
        self.assertIsNotNone(m, data)
        # Each size is what BODY[n] gives.
        parts = self.ok(box.fetch("2", "(BODY.PEEK[1] BODY.PEEK[2])"))
        self.assertEqual(len(parts[0][1]), int(m.group(1)), parts)
        self.assertEqual(parts[0][1].count(b"\n") + (0 if parts[0][1].endswith(b"\n") else 1),
                         int(m.group(2)))
        self.assertEqual(len(parts[1][1]), int(m.group(3)), parts)

    def test_fetch_body_is_what_pop3_retrieves(self):
        box = self.inbox()
        for number in (1, 2, 3):
            data = self.ok(box.fetch(str(number), "(BODY[])"))
            self.assertEqual(data[0][1], self.stored[number - 1])
            self.assertIn(b"\\Seen", data[0][0] + data[1])  # BODY[] sets \Seen
        self.assertEqual(self.search("SEEN", box=box), [1, 2, 3])

    def test_fetch_body_peek_part_keeps_unseen(self):
        box = self.inbox()
        data = self.ok(box.fetch("2", "(BODY.PEEK[1])"))
        self.assertEqual(data[0][1], b"Mira a foto.")
        data = self.ok(box.fetch("3", "(BODY.PEEK[1])"))
        self.assertEqual(data[0][1].decode("utf-8"), "Bos días, Fran. Que tal a viaxe a Ourense?\r\n")
        self.assertEqual(self.search("SEEN", box=box), [])

    def test_fetch_header_fields(self):
        box = self.inbox()
        data = self.ok(box.fetch("1", "(BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)])"))
        self.assertEqual(data[0][1], b"From: Ana <ana@cliente.fr>\r\nSubject: Quedamos hoxe?\r\n\r\n")
        data = self.ok(box.fetch("1", "(BODY.PEEK[HEADER.FIELDS.NOT (Received Return-Path)])"))
        self.assertEqual(data[0][1], FIRST.split(b"\r\n\r\n")[0] + b"\r\n\r\n")
        data = self.ok(box.fetch("1", "(BODY.PEEK[HEADER])"))
        self.assertEqual(data[0][1], self.stored[0].split(b"\r\n\r\n")[0] + b"\r\n\r\n")

    def test_fetch_text_and_mime(self):
        box = self.inbox()
        self.assertEqual(self.ok(box.fetch("1", "(BODY.PEEK[TEXT])"))[0][1], b"A que hora e onde?\r\n")
        data = self.ok(box.fetch("2", "(BODY.PEEK[2.MIME])"))
        self.assertEqual(data[0][1], b"Content-Type: image/png; name=\"praia.png\"\r\n"
                                     b"Content-Transfer-Encoding: base64\r\n"
                                     b"Content-Disposition: attachment; filename=\"praia.png\"\r\n\r\n")
        self.assertEqual(self.ok(box.fetch("1", "(RFC822.TEXT)"))[0][1], b"A que hora e onde?\r\n")

    def test_fetch_partial(self):
        box = self.inbox()
        data = self.ok(box.fetch("2", "(BODY.PEEK[]<0.100>)"))
        self.assertIn(b"BODY[]<0>", data[0][0])
        self.assertEqual(data[0][1], self.stored[1][:100])
        data = self.ok(box.fetch("2", "(BODY.PEEK[TEXT]<6.4>)"))
        self.assertEqual(data[0][1], b"Cont")  # "--b1\r\n" comes first
        data = self.ok(box.fetch("1", "(BODY.PEEK[]<100000.10>)"))
        # Past the end: empty, as "" or as {0} (RFC 3501 §6.4.5).
        self.assertRegex(data[0] if isinstance(data[0], bytes) else data[0][0],
                         rb'BODY\[\]<100000> (""|\{0\})')

    # -- STORE, COPY, MOVE --------------------------------------------------
    def test_store(self):
        box = self.inbox()
        self.assertEqual(self.ok(box.store("1", "+FLAGS", "(\\Flagged $Label1)")),
                         [b"1 (FLAGS (\\Flagged $Label1))"])
        self.assertEqual(self.ok(box.store("1", "-FLAGS", "(\\Flagged)")), [b"1 (FLAGS ($Label1))"])
        self.assertEqual(self.ok(box.store("1:2", "FLAGS", "(\\Answered)")),
                         [b"1 (FLAGS (\\Answered))", b"2 (FLAGS (\\Answered))"])
        self.assertEqual(self.ok(box.store("1", "+FLAGS.SILENT", "(\\Seen)")), [None])
        self.assertEqual(self.ok(box.fetch("1", "(FLAGS)")), [b"1 (FLAGS (\\Answered \\Seen))"])
        # A second session sees the flags.
        other = self.inbox()
        self.assertEqual(self.search("ANSWERED", box=other), [1, 2])

    def test_copy(self):
        box = self.inbox()
        self.ok(box.create("Gardar"))
        typ, data = box.copy("1:2", "Gardar")
        self.assertEqual(typ, "OK")
        m = re.match(rb"^\[COPYUID \d+ (\S+) (\S+)\]", data[0])
        self.assertIsNotNone(m, data)
        self.assertIn(m.group(1), (b"1:2", b"1,2"))  # either is a uid-set (RFC 4315)
        self.assertIn(m.group(2), (b"1:2", b"1,2"))
        self.assertEqual(self.ok(box.search(None, "ALL")), [b"1 2 3"])
        self.assertRegex(self.ok(box.status("Gardar", "(MESSAGES)"))[0], rb"MESSAGES 2\)")
        typ, data = box.copy("1", "Nowhere")
        self.assertEqual(typ, "NO")
        self.assertIn(b"TRYCREATE", data[0])

    def test_move(self):
        box = self.inbox()
        typ, data = box._simple_command("MOVE", "2", "Trash")
        self.assertEqual(typ, "OK", data)
        self.assertEqual(box.response("EXPUNGE")[1], [b"2"])
        self.assertRegex(box.response("COPYUID")[1][0], rb"^\d+ 2 1$")
        self.assertEqual(numbers(self.ok(box.search(None, "ALL"))), [1, 2])
        self.assertEqual(self.ok(box.select("Trash")), [b"1"])
        self.assertEqual(self.ok(box.fetch("1", "(BODY.PEEK[])"))[0][1], self.stored[1])

    # -- UID ----------------------------------------------------------------
    def test_uid_fetch(self):
        box = self.inbox()
        data = self.ok(box.uid("FETCH", "2:*", "(FLAGS)"))
        self.assertEqual(data, [b"2 (UID 2 FLAGS ())", b"3 (UID 3 FLAGS ())"])
        self.assertEqual(self.ok(box.uid("FETCH", "99", "(FLAGS)")), [None])

    def test_uid_search(self):
        box = self.inbox()
        self.ok(box.store("1", "+FLAGS", "(\\Deleted)"))
        self.ok(box.expunge())
        self.assertEqual(numbers(self.ok(box.uid("SEARCH", None, "ALL"))), [2, 3])
        self.assertEqual(numbers(self.ok(box.search(None, "ALL"))), [1, 2])
        self.assertEqual(numbers(self.ok(box.uid("SEARCH", None, "FROM", "brais"))), [2])

    def test_uid_store(self):
        box = self.inbox()
        data = self.ok(box.uid("STORE", "3", "+FLAGS", "(\\Flagged)"))
        self.assertRegex(data[0], rb"^3 \(.*UID 3")
        self.assertIn(b"\\Flagged", data[0])
        self.assertEqual(numbers(self.ok(box.search(None, "FLAGGED"))), [3])
        data = self.ok(box.uid("STORE", "3", "-FLAGS", "(\\Flagged)"))
        self.assertRegex(data[0], rb"^3 \(.*UID 3")
        self.assertEqual(numbers(self.ok(box.search(None, "FLAGGED"))), [])

    def test_uid_copy(self):
        box = self.inbox()
        typ, data = box.uid("COPY", "2,3", "Sent")
        self.assertEqual(typ, "OK", data)
        self.assertRegex(box.response("COPYUID")[1][0], rb"^\d+ (2:3|2,3) (1:2|1,2)$")
        typ, data = box.uid("COPY", "3", "Sent")
        self.assertRegex(box.response("COPYUID")[1][0], rb"^\d+ 3 3$")
        box.select("Sent")
        self.assertEqual(self.ok(box.fetch("3", "(BODY.PEEK[])"))[0][1], self.stored[2])

    def test_uid_move(self):
        box = self.inbox()
        box.xatom("MOVE", "1", "Trash")  # registers MOVE with imaplib
        self.ok(box.select("INBOX"))
        typ, data = box.uid("MOVE", "3", "Trash")
        self.assertEqual(typ, "OK", data)
        self.assertEqual(numbers(self.ok(box.uid("SEARCH", None, "ALL"))), [2])

    def test_uid_expunge_only_the_named(self):
        box = self.inbox()
        self.ok(box.store("1:3", "+FLAGS", "(\\Deleted)"))
        typ, data = box.uid("EXPUNGE", "2")
        self.assertEqual(typ, "OK", data)
        self.assertEqual(box.response("EXPUNGE")[1], [b"2"])
        self.assertEqual(numbers(self.ok(box.uid("SEARCH", None, "ALL"))), [1, 3])

    # -- extensions ---------------------------------------------------------
    def test_namespace(self):
        box = self.imap()
        self.assertEqual(self.ok(box.namespace()), [b'(("" "/")) NIL NIL'])

    def test_id(self):
        box = self.imap(user=None)
        typ, data = box.xatom("ID", '("name" "imaplib" "version" "3.11")')
        self.assertEqual(typ, "OK", data)
        self.assertIn(b'"name" "Carteiro"', box.response("ID")[1][0])

    def test_enable(self):
        box = self.imap()
        typ, data = box.enable("CONDSTORE")
        self.assertEqual(typ, "OK", data)
        # Nothing here needs enabling: "* ENABLED" names nothing (RFC 5161 §3.1).
        self.assertEqual(box.response("ENABLED")[1], [b""])

    def test_unselect(self):
        box = self.inbox()
        self.ok(box.store("1", "+FLAGS", "(\\Deleted)"))
        self.ok(box.unselect())
        self.assertEqual(self.ok(box.select("INBOX")), [b"3"])

    def test_idle_is_told_of_new_mail(self):
        box = self.inbox()
        box.send(b"i1 IDLE\r\n")
        self.assertTrue(box.readline().startswith(b"+ "))
        self.deliver(FIRST)
        box.sock.settimeout(SOCKET_TIMEOUT)
        line = box.readline()
        while line.startswith(b"* OK") or line.startswith(b"* 0 RECENT"):
            line = box.readline()
        self.assertEqual(line, b"* 4 EXISTS\r\n")
        box.send(b"DONE\r\n")
        line = box.readline()
        while line.startswith(b"* "):
            line = box.readline()
        self.assertTrue(line.startswith(b"i1 OK"), line)
        self.assertEqual(numbers(self.ok(box.search(None, "ALL"))), [1, 2, 3, 4])

    # -- POP3 and IMAP on one INBOX -----------------------------------------
    def test_pop3_deletion_is_an_expunge_at_the_next_noop(self):
        box = self.inbox()
        pop = self.pop3()
        pop.dele(1)
        pop.quit()
        box.untagged_responses.clear()
        self.ok(box.noop())
        self.assertEqual(box.response("EXPUNGE")[1], [b"1"])
        self.assertEqual(numbers(self.ok(box.uid("SEARCH", None, "ALL"))), [2, 3])

    def test_imap_expunge_is_seen_by_pop3(self):
        box = self.inbox()
        self.ok(box.store("1", "+FLAGS", "(\\Deleted)"))
        self.ok(box.expunge())
        remaining = self.fran_messages()
        self.assertEqual(remaining, self.stored[1:])


if __name__ == "__main__":
    unittest.main()
