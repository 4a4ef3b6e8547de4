# SPDX-License-Identifier: GPL-3.0-or-later
"""The webmail over real HTTP clients nobody here wrote: Python's http.client
and urllib (with http.cookiejar), plain and over HTTPS with the classroom CA.

What a browser relies on and what webmail gets wrong elsewhere: the session
cookie's flags and a new one at log-in, the CSRF token on every form, slowed
log-in failures, escaping, a CR LF typed in a form that cannot add a header,
methods and missing pages, and the legs behind each page (IMAP and SMTP)
on the transcript. Only 127.0.0.0/8 is used.
"""

import email
import email.policy
import http.client
import http.cookiejar
import os
import re
import smtplib
import ssl
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

from carteiro_serve import FRAN, SOCKET_TIMEOUT, CarteiroServer, classroom_ca

WORLD = """title en "webmail interop"
server cliente.fr
server servidor.edu
dns cliente.fr mx cliente.fr
dns servidor.edu mx servidor.edu
user ana@cliente.fr password claveana
user eva@cliente.fr password claveeva
user fran@servidor.edu password claveejemplo
client ana user ana@cliente.fr
client fran user fran@servidor.edu imap
webmail webmail.servidor.edu for servidor.edu
"""

CSRF_RE = re.compile(r'name="csrf" value="([0-9a-f]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """urllib with a cookie jar, redirects not followed (the test reads them)."""

    def __init__(self, base, context=None, language="en"):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        handlers = [urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()]
        if context is not None:
            handlers.append(urllib.request.HTTPSHandler(context=context))
        self.opener = urllib.request.build_opener(*handlers)
        self.language = language

    def request(self, path, data=None, headers=None, method=None):
        headers = dict(headers or {})
        headers.setdefault("Accept-Language", self.language)
        req = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        try:
            response = self.opener.open(req, timeout=SOCKET_TIMEOUT)
        except urllib.error.HTTPError as e:
            response = e
        body = response.read()
        return response.status if hasattr(response, "status") else response.code, response.headers, body

    def csrf(self, path="/login"):
        status, _, body = self.request(path)
        match = CSRF_RE.search(body.decode("utf-8"))
        if not match:
            raise AssertionError("no CSRF token on %s (%d): %r" % (path, status, body[:300]))
        return match.group(1)

    def login(self, user="fran", password="claveejemplo"):
        token = self.csrf()
        data = urllib.parse.urlencode({"csrf": token, "user": user, "password": password}).encode()
        return self.request("/login", data)


class WebmailTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        cls.scenario = os.path.join(cls.dir.name, "webmail.scenario")
        with open(cls.scenario, "w", encoding="utf-8") as f:
            f.write(WORLD)

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def setUp(self):
        self.server = CarteiroServer("--scenario", self.scenario).start()
        self.addCleanup(self.server.stop)
        address, port = self.server.address("webmail.servidor.edu", "http")
        self.base = "http://%s:%d" % (address, port)

    def deliver(self, message, recipients=("fran@servidor.edu",)):
        address, port = self.server.address("servidor.edu", "smtp")
        with smtplib.SMTP(address, port, local_hostname="outside.interop.test", timeout=SOCKET_TIMEOUT) as c:
            self.assertEqual(c.sendmail("ana@cliente.fr", list(recipients), message), {})

    def test_session_cookie_is_http_only_strict_and_new_at_login(self):
        b = Browser(self.base)
        status, headers, _ = b.request("/login")
        self.assertEqual(status, 200)
        cookie = headers["Set-Cookie"]
        for flag in ("HttpOnly", "SameSite=Strict", "Path=/"):
            self.assertIn(flag, cookie)
        self.assertNotIn("Secure", cookie)  # plain HTTP: a Secure cookie would never come back
        before = {c.name: c.value for c in b.jar}
        status, headers, _ = b.login()
        self.assertEqual(status, 303)
        self.assertTrue(headers["Location"].endswith("/folder?name=INBOX"))
        after = {c.name: c.value for c in b.jar}
        self.assertNotEqual(before["carteiro_webmail"], after["carteiro_webmail"])
        self.assertGreaterEqual(len(after["carteiro_webmail"]), 64)
        # Every page says what the browser may run: nothing but our styles.
        status, headers, body = b.request("/folder?name=INBOX")
        self.assertEqual(status, 200)
        self.assertIn("default-src 'none'", headers["Content-Security-Policy"])
        self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
        self.assertIn(b"fran@servidor.edu", body)

    def test_forms_without_the_token_are_refused(self):
        b = Browser(self.base)
        b.request("/login")
        data = urllib.parse.urlencode({"user": "fran", "password": "claveejemplo"}).encode()
        status, _, body = b.request("/login", data)
        self.assertEqual(status, 403)
        self.assertNotIn(b"carteiro_webmail", b"".join(c.name.encode() for c in b.jar if c.value == ""))
        self.assertEqual(b.login()[0], 303)
        for path, fields in (("/delete", {"folder": "INBOX", "uid": "1"}), ("/logout", {}),
                             ("/send", {"to": "ana@cliente.fr", "subject": "x", "body": "y"})):
            data = urllib.parse.urlencode(dict(fields, csrf="0" * 32)).encode()
            self.assertEqual(b.request(path, data)[0], 403, path)
        # Still logged in: the forged logout did nothing.
        self.assertEqual(b.request("/folder?name=INBOX")[0], 200)

    def test_wrong_password_is_slowed_down_and_says_so(self):
        b = Browser(self.base)
        started = time.monotonic()
        status, _, body = b.login(password="wrong")
        first = time.monotonic() - started
        self.assertEqual(status, 200)
        self.assertIn(b"Wrong user name or password", body)
        self.assertGreaterEqual(first, 0.9)
        started = time.monotonic()
        b.login(password="wrong again")
        self.assertGreaterEqual(time.monotonic() - started, 1.8)
        # No session came of it.
        self.assertEqual(b.request("/folder?name=INBOX")[0], 303)

    def test_a_line_break_in_a_form_cannot_add_a_header(self):
        b = Browser(self.base)
        self.assertEqual(b.login()[0], 303)
        token = b.csrf("/compose")
        # In the subject: kept on one line (the Bcc is text of the subject).
        data = urllib.parse.urlencode({"csrf": token, "to": "fran@servidor.edu",
                                       "subject": "Ola\r\nBcc: eva@cliente.fr", "body": "x"}).encode()
        self.assertEqual(b.request("/send", data)[0], 303)
        # In an address: refused, nothing sent.
        token = b.csrf("/compose")
        data = urllib.parse.urlencode({"csrf": token, "to": "fran@servidor.edu\r\nBcc: eva@cliente.fr",
                                       "subject": "Dous", "body": "x"}).encode()
        status, _, body = b.request("/send", data)
        self.assertEqual(status, 422)
        self.assertIn(b"not an e-mail address", body)
        address, port = self.server.address("servidor.edu", "imap")
        import imaplib
        box = imaplib.IMAP4(address, port, timeout=SOCKET_TIMEOUT)
        box.login(*FRAN)
        box.select("INBOX")
        _, data = box.fetch("1:*", "(BODY.PEEK[HEADER])")
        headers = [part[1] for part in data if isinstance(part, tuple)]
        box.logout()
        self.assertEqual(len(headers), 1)
        message = email.message_from_bytes(headers[0], policy=email.policy.default)
        self.assertIsNone(message["Bcc"])
        self.assertEqual(message["Subject"], "Ola Bcc: eva@cliente.fr")
        # Eva's mailbox got nothing (the world's transcript has no RCPT to her).
        self.assertFalse(any("RCPT TO:<eva@cliente.fr>" in l for l in self.server.transcript()))

    def test_what_a_sender_wrote_is_escaped(self):
        self.deliver(b"From: \"<b>Ana</b>\" <ana@cliente.fr>\r\nTo: fran@servidor.edu\r\n"
                     b"Subject: <script>alert(1)</script>\r\n\r\n<img src=x onerror=alert(2)>\r\n")
        b = Browser(self.base)
        b.login()
        _, _, inbox = b.request("/folder?name=INBOX")
        self.assertIn(b"&lt;script&gt;alert(1)&lt;/script&gt;", inbox)
        self.assertNotIn(b"<script>", inbox)
        self.assertIn(b"&lt;b&gt;Ana&lt;/b&gt;", inbox)
        uid = re.search(rb"/read\?folder=INBOX&amp;uid=(\d+)", inbox).group(1).decode()
        _, _, page = b.request("/read?folder=INBOX&uid=" + uid)
        self.assertIn(b"&lt;img src=x onerror=alert(2)&gt;", page)
        self.assertNotIn(b"<img", page)

    def test_methods_and_missing_pages(self):
        conn = http.client.HTTPConnection(*self.server.address("webmail.servidor.edu", "http"),
                                          timeout=SOCKET_TIMEOUT)
        conn.request("GET", "/no-such-page")
        r = conn.getresponse()
        r.read()
        self.assertEqual(r.status, 404)
        conn.request("GET", "/send")
        r = conn.getresponse()
        r.read()
        self.assertEqual(r.status, 405)
        self.assertEqual(r.getheader("Allow"), "POST")
        conn.request("PUT", "/", body=b"x")
        r = conn.getresponse()
        r.read()
        self.assertEqual(r.status, 405)
        conn.close()

    def test_pages_in_the_readers_language(self):
        b = Browser(self.base, language="es-ES,es;q=0.9")
        self.assertIn("Contraseña".encode(), b.request("/login")[2])
        self.assertIn(b"lang=\"en\"", b.request("/login?lang=en")[2])
        # The choice stays with the session.
        self.assertIn(b"Password", b.request("/login")[2])

    def test_logout_ends_the_session(self):
        b = Browser(self.base)
        b.login()
        token = b.csrf("/folder?name=INBOX")
        status, headers, _ = b.request("/logout", urllib.parse.urlencode({"csrf": token}).encode())
        self.assertEqual(status, 303)
        self.assertIn("Max-Age=0", headers["Set-Cookie"])
        self.assertEqual(b.request("/folder?name=INBOX")[0], 303)

    def test_each_page_is_an_imap_leg_on_the_transcript(self):
        self.deliver(b"From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: Quedamos hoxe?\r\n\r\nNa praia.\r\n")
        b = Browser(self.base)
        b.login()
        # Every line so far has been streamed (the log-in's page was the last).
        self.assertIsNotNone(self.server.wait_for_line(lambda l: "S: HTTP/1.1 303 See Other" in l, 10))
        time.sleep(0.2)
        start = len(self.server.transcript())
        self.assertEqual(b.request("/folder?name=INBOX")[0], 200)
        # The transcript streams on stdout: wait for the page's last line.
        self.assertIsNotNone(self.server.wait_for_line(lambda l: "S: </html>" in l, 10, start))
        lines = self.server.transcript()[start:]
        text = "\n".join(lines)
        # HTTP in, IMAP behind (the password masked), HTTP out, in that order.
        get = text.index("C: GET /folder?name=INBOX HTTP/1.1")
        login = text.index("webmail.servidor.edu -> servidor.edu  C: a1 LOGIN")
        fetch = text.index("(UID FLAGS RFC822.SIZE ENVELOPE BODYSTRUCTURE)")
        ok = text.index("S: HTTP/1.1 200 OK")
        self.assertLess(get, login)
        self.assertLess(login, fetch)
        self.assertLess(fetch, ok)
        self.assertNotIn("claveejemplo", text)
        # HTTP has no greeting: a browser speaking first is no early talker.
        self.assertNotIn("spoke before the greeting", "\n".join(self.server.transcript()))

    def test_reading_a_message_counts_it_read_on_its_own_page(self):
        # The read page lists the folders with their unread counts: STATUS
        # runs before the text's FETCH marks the message \\Seen, and the page
        # must not still count it unread.
        for subject in (b"Un", b"Dous"):
            self.deliver(b"From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: " + subject + b"\r\n\r\nTexto.\r\n")
        b = Browser(self.base)
        b.login()
        status, _, page = b.request("/folder?name=INBOX")
        self.assertEqual(status, 200)
        self.assertIn(b'<span class="count">2</span>', page)
        uids = re.findall(rb"/read\?folder=INBOX&amp;uid=(\d+)", page)
        self.assertEqual(len(uids), 2, page)
        status, _, page = b.request("/read?folder=INBOX&uid=" + uids[0].decode())
        self.assertEqual(status, 200)
        self.assertIn(b'<span class="count">1</span>', page)
        status, _, page = b.request("/read?folder=INBOX&uid=" + uids[0].decode())
        self.assertIn(b'<span class="count">1</span>', page)  # read again: still one unread
        status, _, page = b.request("/read?folder=INBOX&uid=" + uids[1].decode())
        self.assertNotIn(b'class="count"', page)
        status, _, page = b.request("/folder?name=INBOX")
        self.assertNotIn(b'class="count"', page)

    def test_https_with_the_classroom_ca(self):
        context = ssl.create_default_context(cafile=classroom_ca(self.dir.name))
        address, port = self.server.address("webmail.servidor.edu", "https")
        b = Browser("https://%s:%d" % (address, port), context=context)
        status, headers, _ = b.request("/login")
        self.assertEqual(status, 200)
        self.assertIn("Secure", headers["Set-Cookie"])
        self.assertEqual(b.login()[0], 303)
        self.assertEqual(b.request("/folder?name=INBOX")[0], 200)


if __name__ == "__main__":
    unittest.main()
