# SPDX-License-Identifier: GPL-3.0-or-later
"""servidor.edu's webmail in a real browser: headless Chromium through Selenium.

The world is tests/interop/webmail-world.scenario, served by
`carteiro --serve --ephemeral-ports --scenario …`; the webmail's address is
the LISTEN line `webmail.servidor.edu http`. One carteiro and one Chromium
serve every test of the file (each Chromium start costs a second or two).

- Fran logs in with the form and reads Ana's message; a wrong password
  shows the error and no inbox.
- Fran writes a message with an attachment (all 256 byte values) through
  the file input; imaplib finds it in fran's INBOX and in Sent, byte for
  byte, and the attachment is downloaded again from the read page.
- A hostile corpus (<script> in Subject, in From's name, in an attachment's
  file name; HTML with <script>, onerror and a javascript: link) runs no
  script in the list, the read page or the "show as HTML" frame. The same
  detector, pointed at the same payloads served WITHOUT escaping by a tiny
  http.server of the test's own, must see them run: the control.
- The pages carry a Content-Security-Policy; the session cookie is HttpOnly
  and SameSite=Strict.

With CARTEIRO_SCREENSHOT_DIR set, the inbox is saved there as
webmail-inbox-1366x768.png (docs/ keeps one). Chromium asks for Galician
(--lang=gl and Accept-Language: gl), so the pages are in Galician.

Every address is on 127.0.0.0/8. Debian's packages: chromium chromium-driver
python3-selenium.
"""

import email
import email.header
import email.policy
import http.server
import os
import poplib
import shutil
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.request

from carteiro_serve import FRAN, SOCKET_TIMEOUT, CarteiroServer, ServerTestCase, require_tool

try:
    from selenium import webdriver
    from selenium.common.exceptions import UnexpectedAlertPresentException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError as missing:  # a failure, not a skip: bootstrap.sh installs it
    raise AssertionError("Selenium is missing (%s): apt-get install -y python3-selenium" % missing)

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIO = os.path.join(HERE, "webmail-world.scenario")
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT = 15.0          # seconds for a page or an element
SCRIPT_GRACE = 0.6   # seconds a hostile page gets to run what it would run

FIRST = (b"From: Ana <ana@cliente.fr>\r\n"
         b"To: Fran <fran@servidor.edu>\r\n"
         b"Subject: Quedamos hoxe?\r\n"
         b"Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
         b"Message-ID: <first@webmail.interop.test>\r\n"
         b"\r\n"
         b"A que hora e onde? Na praza, as sete.\r\n")

SECOND = (b"From: Brais Pereira <brais@outside.test>\r\n"
          b"To: fran@servidor.edu\r\n"
          b"Subject: =?utf-8?q?Fotos_da_excursi=C3=B3n?=\r\n"
          b"Date: Mon, 30 Nov 2026 18:30:00 +0000\r\n"
          b"Message-ID: <second@webmail.interop.test>\r\n"
          b"\r\n"
          b"Xa subin as fotos de Compostela.\r\n")

# Every payload leaves a mark a detector can read: the document's title, an
# attribute on <html>, window.top.pwned (when allowed) and an alert.
JS = ("document.title='PWNED';document.documentElement.setAttribute('data-pwned','1');"
      "try{window.top.pwned=1}catch(e){};alert(1)")
SCRIPT = "<script>%s</script>" % JS
IMG = "<img src=x onerror=\"%s\">" % JS

HOSTILE_SUBJECT = "Ola " + SCRIPT
HOSTILE_NAME = "Mallory " + IMG
HOSTILE_FILE = "nota" + SCRIPT + ".txt"
HOSTILE_ENCODED_SUBJECT = "Codificado " + IMG
HOSTILE_HTML = ("<!DOCTYPE html><html><head><title>carta</title></head><body>"
                "<p>Ola, Fran.</p>" + SCRIPT + IMG
                + "<p><a id=\"js\" href=\"javascript:%s\">preme aqui</a></p></body></html>" % JS)


def hostile_messages():
    """(subject shown in the list, raw message) for each vector."""
    def header_safe(text):
        # Raw in the header, as a hostile sender writes it (ASCII, one line).
        return text.encode("ascii")
    out = []
    out.append((HOSTILE_SUBJECT,
                b"From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: " + header_safe(HOSTILE_SUBJECT)
                + b"\r\nMessage-ID: <h1@webmail.interop.test>\r\n\r\nNada que ver.\r\n"))
    out.append(("Un nome con trampa",
                b"From: \"" + header_safe(HOSTILE_NAME).replace(b'"', b"'") + b"\" <mallory@outside.test>\r\n"
                b"To: fran@servidor.edu\r\nSubject: Un nome con trampa\r\n"
                b"Message-ID: <h2@webmail.interop.test>\r\n\r\nOla.\r\n"))
    encoded = email.header.Header(HOSTILE_ENCODED_SUBJECT, "utf-8").encode().encode("ascii")
    out.append((HOSTILE_ENCODED_SUBJECT,
                b"From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: " + encoded
                + b"\r\nMessage-ID: <h3@webmail.interop.test>\r\n\r\nCodificado.\r\n"))
    out.append(("Un anexo con trampa",
                b"From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: Un anexo con trampa\r\n"
                b"Message-ID: <h4@webmail.interop.test>\r\nMIME-Version: 1.0\r\n"
                b"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVai anexo.\r\n"
                b"--b1\r\nContent-Type: text/plain; name=\"" + header_safe(HOSTILE_FILE).replace(b'"', b"'")
                + b"\"\r\nContent-Disposition: attachment; filename=\""
                + header_safe(HOSTILE_FILE).replace(b'"', b"'") + b"\"\r\n\r\nola\r\n--b1--\r\n"))
    out.append(("Unha carta en HTML",
                b"From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: Unha carta en HTML\r\n"
                b"Message-ID: <h5@webmail.interop.test>\r\nMIME-Version: 1.0\r\n"
                b"Content-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
                b"--b2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOla, Fran. </textarea>" + header_safe(SCRIPT)
                + b"\r\n--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HOSTILE_HTML.encode("ascii")
                + b"\r\n--b2--\r\n"))
    return out


# The control: the same payloads, served without any escaping and without
# a policy, as a careless webmail would.
def careless_list_page():
    rows = "".join("<tr><td>%s</td><td><a href='#'>%s</a></td><td>%s</td></tr>" % (frm, subject, name)
                   for frm, subject, name in ((HOSTILE_NAME, HOSTILE_SUBJECT, HOSTILE_FILE),))
    return ("<!DOCTYPE html><html><head><title>caixa</title></head><body><table>%s</table>"
            "<iframe src='/html'></iframe></body></html>" % rows).encode("utf-8")


class CarelessHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = HOSTILE_HTML.encode("utf-8") if self.path.startswith("/html") else careless_list_page()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def new_chromium(profile):
    require_tool(os.path.basename(CHROMIUM), "chromium")
    require_tool(os.path.basename(CHROMEDRIVER), "chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=gl",
                     "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                     "--disable-background-networking", "--disable-sync", "--disable-component-update",
                     "--proxy-server=direct://", "--proxy-bypass-list=*"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "gl",
                                              "download.default_directory": profile,
                                              "download.prompt_for_download": False})
    # Alerts are looked for by hand (switch_to.alert), never dismissed silently.
    options.set_capability("unhandledPromptBehavior", "ignore")
    service = Service(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(WAIT)
    return driver


class WebmailChromiumTest(ServerTestCase):

    @classmethod
    def setUpClass(cls):
        cls.profile = tempfile.mkdtemp(prefix="carteiro-chromium-")
        cls.addClassCleanup(shutil.rmtree, cls.profile, True)
        cls.carteiro = CarteiroServer("--scenario", SCENARIO).start()
        cls.addClassCleanup(cls.carteiro.stop)
        address, port = cls.carteiro.address("webmail.servidor.edu", "http")
        cls.base = "http://%s:%d" % (address, port)
        cls.driver = new_chromium(cls.profile)
        cls.addClassCleanup(cls.driver.quit)
        cls.delivered = False

    def setUp(self):
        # One carteiro for the whole file (not a fresh one per test).
        self.server = self.carteiro
        if not WebmailChromiumTest.delivered:
            self.deliver(SECOND, sender="brais@outside.test")
            self.deliver(FIRST, sender="ana@cliente.fr")
            WebmailChromiumTest.delivered = True

    # -- the browser ------------------------------------------------------------
    def url(self, path):
        return self.base + path

    def wait_css(self, selector, timeout=WAIT):
        try:
            return WebDriverWait(self.driver, timeout).until(
                expected_conditions.presence_of_element_located((By.CSS_SELECTOR, selector)))
        except UnexpectedAlertPresentException:
            # A page's script opened an alert: a failure, said as one.
            self.fail("a script ran: alert(s) %r open on %s" % (self.accept_alerts(), self.driver.current_url))

    def accept_alerts(self):
        """Accepts every open alert; returns their texts."""
        texts = []
        while True:
            try:
                alert = self.driver.switch_to.alert
                texts.append(alert.text)
                alert.accept()
            except WebDriverException:  # NoAlertPresentException among them
                return texts

    def log_in(self, user=FRAN[0], password=FRAN[1]):
        d = self.driver
        d.delete_all_cookies()
        d.get(self.url("/login"))
        d.find_element(By.NAME, "user").send_keys(user)
        d.find_element(By.NAME, "password").send_keys(password)
        d.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]").click()
        WebDriverWait(d, WAIT).until(
            lambda d: "/folder" in d.current_url or d.find_elements(By.CSS_SELECTOR, "p.error"))

    def inbox(self):
        self.driver.get(self.url("/folder?name=INBOX"))
        self.wait_css("main")

    def message_link(self, subject, timeout=10.0):
        """The read page's address of the message whose subject the list shows as `subject`;
        reloads the inbox until it is there."""
        deadline = time.monotonic() + timeout
        while True:
            self.inbox()
            for link in self.driver.find_elements(By.CSS_SELECTOR, "table.messages a"):
                if link.text.strip() == subject:
                    return link.get_attribute("href")
            if time.monotonic() > deadline:
                self.fail("no message %r in the inbox; shown: %r\n%s\n%s" % (
                    subject, [a.text for a in self.driver.find_elements(By.CSS_SELECTOR, "table.messages a")],
                    self.driver.current_url, self.driver.page_source[:3000]))
            time.sleep(0.3)

    def session_cookie(self):
        return "; ".join("%s=%s" % (c["name"], c["value"]) for c in self.driver.get_cookies())

    def fetch(self, path, cookie=None):
        request = urllib.request.Request(self.url(path) if path.startswith("/") else path)
        if cookie:
            request.add_header("Cookie", cookie)
        with urllib.request.urlopen(request, timeout=SOCKET_TIMEOUT) as response:
            return response.status, response.headers, response.read()

    # -- the detector -----------------------------------------------------------
    def executed(self, grace=SCRIPT_GRACE, click_js_links=False):
        """What the open page shows of a script having run: alerts accepted,
        and the marks in the top document and in each frame. Empty: nothing ran."""
        d = self.driver
        evidence = []
        deadline = time.monotonic() + grace

        def drain_alerts():
            evidence.extend("alert(%s)" % text for text in self.accept_alerts())

        def marks(where):
            # An alert a click raised may open a moment after the click: read
            # the marks once it is accepted, or a script that alerts and then
            # sets the title would be seen by half.
            for _ in range(20):
                try:
                    title, attribute, flag = d.execute_script(
                        "return [document.title, document.documentElement.getAttribute('data-pwned'),"
                        " window.pwned === 1]")
                    break
                except UnexpectedAlertPresentException:
                    drain_alerts()
                    time.sleep(0.05)
            else:
                evidence.append("%s: alerts without end" % where)
                return
            if title == "PWNED":
                evidence.append("%s: title" % where)
            if attribute:
                evidence.append("%s: data-pwned" % where)
            if flag:
                evidence.append("%s: window.pwned" % where)

        while True:
            time.sleep(0.1)
            drain_alerts()
            d.switch_to.default_content()
            marks("page")
            frames = d.find_elements(By.TAG_NAME, "iframe")
            for index in range(len(frames)):
                d.switch_to.default_content()
                drain_alerts()
                try:
                    d.switch_to.frame(index)
                except WebDriverException:
                    continue
                if click_js_links:
                    for link in d.find_elements(By.CSS_SELECTOR, "a[href^='javascript:']"):
                        try:
                            link.click()
                        except UnexpectedAlertPresentException:
                            pass
                        except WebDriverException:
                            pass
                        drain_alerts()
                marks("frame %d" % index)
            d.switch_to.default_content()
            drain_alerts()
            if click_js_links:
                clicked = 0
                for link in d.find_elements(By.CSS_SELECTOR, "a[href^='javascript:']"):
                    try:
                        link.click()
                        clicked += 1
                    except WebDriverException:
                        pass
                    drain_alerts()
                # A javascript: URL runs as a task of its own, a moment after
                # the click: wait for it before reading the marks.
                settle = time.monotonic() + (1.5 if clicked else 0)
                while time.monotonic() < settle:
                    try:
                        if d.execute_script("return document.title") == "PWNED":
                            break
                    except UnexpectedAlertPresentException:
                        drain_alerts()
                    time.sleep(0.05)
                marks("page after a click")
                click_js_links = False
            if evidence or time.monotonic() > deadline:
                return sorted(set(evidence))

    # -- the tests --------------------------------------------------------------
    def test_1_log_in_and_read(self):
        d = self.driver
        self.log_in()
        self.assertIn("/folder?name=INBOX", d.current_url)
        self.assertEqual(d.find_element(By.TAG_NAME, "html").get_attribute("lang"), "gl")
        self.assertIn("fran@servidor.edu", d.find_element(By.CSS_SELECTOR, "header .who").text)
        href = self.message_link("Quedamos hoxe?")
        row = d.find_element(By.XPATH, "//table[@class='messages']//a[normalize-space()='Quedamos hoxe?']"
                                       "/ancestor::tr")
        self.assertIn("Ana", row.text)
        d.get(href)
        self.assertEqual(self.wait_css("article h2").text, "Quedamos hoxe?")
        self.assertIn("A que hora e onde? Na praza, as sete.", d.find_element(By.CSS_SELECTOR, "pre.body").text)
        self.assertIn("ana@cliente.fr", d.find_element(By.CSS_SELECTOR, "dl.fields").text)
        # A subject in RFC 2047's encoded words, decoded.
        self.message_link("Fotos da excursión")

        # Log out with the button: the inbox is gone.
        d.find_element(By.CSS_SELECTOR, "form[action='/logout'] button").click()
        WebDriverWait(d, WAIT).until(lambda d: d.current_url.endswith("/login"))
        d.get(self.url("/folder?name=INBOX"))
        self.assertTrue(d.current_url.endswith("/login"))
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "table.messages"), [])

    def test_2_wrong_password(self):
        d = self.driver
        self.log_in(FRAN[0], "non-e-esta")
        error = self.wait_css("p.error")
        self.assertTrue(error.text.strip())
        self.assertTrue(d.current_url.endswith("/login"), d.current_url)
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "table.messages"), [])
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "nav.folders"), [])
        # And the inbox stays closed.
        d.get(self.url("/folder?name=INBOX"))
        self.assertTrue(d.current_url.endswith("/login"), d.current_url)

    def test_3_compose_with_attachment(self):
        d = self.driver
        payload = bytes(range(256)) * 4
        folder = tempfile.mkdtemp(prefix="carteiro-attachment-")
        self.addCleanup(shutil.rmtree, folder, True)
        path = os.path.join(folder, "bytes.bin")
        with open(path, "wb") as f:
            f.write(payload)
        self.log_in()
        d.get(self.url("/compose"))
        self.wait_css("form.compose")
        subject = "Os 256 octetos"
        d.find_element(By.NAME, "to").send_keys("ana@cliente.fr, fran@servidor.edu")
        d.find_element(By.NAME, "subject").send_keys(subject)
        d.find_element(By.NAME, "body").send_keys("Velaquí o ficheiro.\nUnha aperta.")
        d.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(path)
        d.find_element(By.CSS_SELECTOR, "form.compose button[type=submit]").click()
        WebDriverWait(d, WAIT).until(lambda d: "/compose" not in d.current_url and "/send" not in d.current_url)
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "p.error"), [])

        def attachment_of(raw):
            message = email.message_from_bytes(raw, policy=email.policy.default)
            self.assertEqual(str(message["Subject"]), subject)
            files = [p for p in message.iter_attachments()]
            self.assertEqual([p.get_filename() for p in files], ["bytes.bin"])
            return files[0].get_content() if files[0].get_content_maintype() != "text" else \
                files[0].get_payload(decode=True)

        box = self.imap()
        folders = {}
        typ, data = box.list()
        self.assertEqual(typ, "OK")
        for line in data:
            text = line.decode()
            name = text.rsplit(" ", 1)[-1].strip('"')
            if "\\Sent" in text:
                folders["sent"] = name
        self.assertIn("sent", folders, data)
        for mailbox in ("INBOX", folders["sent"]):
            deadline = time.monotonic() + 10
            while True:
                box.select(mailbox, readonly=True)
                typ, hits = box.uid("SEARCH", None, "SUBJECT", '"%s"' % subject)
                uids = hits[0].split()
                if uids or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            self.assertEqual(len(uids), 1, "%s holds %d copies" % (mailbox, len(uids)))
            typ, fetched = box.uid("FETCH", uids[0], "(BODY.PEEK[])")
            self.assertEqual(typ, "OK")
            self.assertEqual(attachment_of(fetched[0][1]), payload, mailbox)

        # Ana's copy went through servidor.edu to cliente.fr.
        address, port = self.addr("cliente.fr", "pop3")
        deadline = time.monotonic() + 10
        while True:
            pop = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
            pop.user("ana")
            pop.pass_("claveana")
            count, _ = pop.stat()
            raws = [b"\r\n".join(pop.retr(n)[1]) + b"\r\n" for n in range(1, count + 1)]
            pop.quit()
            mine = [r for r in raws if b"Os 256 octetos" in r]
            if mine or time.monotonic() > deadline:
                break
            time.sleep(0.3)
        self.assertEqual(len(mine), 1)
        self.assertEqual(attachment_of(mine[0]), payload)

        screenshots = os.environ.get("CARTEIRO_SCREENSHOT_DIR")
        if screenshots:
            # The inbox as a class sees it: Galician, 1366×768.
            # (--window-size counts the window's frame too: the viewport is set exactly.)
            d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                              {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False})
            try:
                self.inbox()
                self.assertEqual(d.execute_script("return [innerWidth, innerHeight]"), [1366, 768])
                d.save_screenshot(os.path.join(screenshots, "webmail-inbox-1366x768.png"))
            finally:
                d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

        # Downloaded again from the read page, with the browser's cookie.
        href = self.message_link(subject)
        d.get(href)
        link = self.wait_css("ul.attachments a")
        self.assertEqual(link.text, "bytes.bin")
        self.assertIsNotNone(link.get_attribute("download"))
        status, headers, body = self.fetch(link.get_attribute("href"), self.session_cookie())
        self.assertEqual(status, 200)
        self.assertEqual(body, payload)
        self.assertTrue(headers["Content-Disposition"].startswith("attachment;"), headers)
        self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
        # And by the browser itself: a click on the link saves the file.
        downloads = os.path.join(folder, "downloads")
        os.mkdir(downloads)
        d.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        link.click()
        saved = os.path.join(downloads, "bytes.bin")
        deadline = time.monotonic() + 10
        while not os.path.exists(saved) and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertTrue(os.path.exists(saved), os.listdir(downloads))
        with open(saved, "rb") as f:
            self.assertEqual(f.read(), payload)
        # Without the cookie there is nothing to download: to the log-in page.
        status, headers, body = self.fetch(link.get_attribute("href"))
        self.assertNotEqual(body, payload)

    def test_5_hostile_corpus_runs_nothing(self):
        d = self.driver
        corpus = hostile_messages()
        for _, raw in corpus:
            self.deliver(raw, sender="mallory@outside.test")
        self.log_in()
        for subject, _ in corpus:
            self.message_link(subject)  # each one arrived
        # The list page: every subject and name shown as text, nothing ran.
        self.inbox()
        self.assertEqual(self.executed(), [], "a script ran in the list page")
        shown = [a.text for a in d.find_elements(By.CSS_SELECTOR, "table.messages a")]
        self.assertIn(HOSTILE_SUBJECT, shown)
        self.assertIn(HOSTILE_ENCODED_SUBJECT, shown)
        self.assertIn(HOSTILE_NAME.replace('"', "'"), d.find_element(By.CSS_SELECTOR, "table.messages").text)
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "table.messages script, table.messages img"), [])

        for subject, _ in corpus:
            with self.subTest(subject=subject):
                d.get(self.message_link(subject))
                self.wait_css("article h2")
                self.assertEqual(d.find_elements(By.CSS_SELECTOR, "article script, article img"), [])
                # Reply and forward quote the message in the composer (a
                # textarea and the subject's input): still text.
                for action in ("reply", "forward"):
                    d.get(d.find_element(By.CSS_SELECTOR, "a.button[href*='%s=']" % action)
                          .get_attribute("href"))
                    self.wait_css("form.compose")
                    self.assertEqual(self.executed(), [], "a script ran in the %s to %r" % (action, subject))
                    self.assertEqual(d.find_elements(By.CSS_SELECTOR, "form.compose script, main img"), [])
                    self.assertIn(subject, d.find_element(By.NAME, "subject").get_attribute("value"))
                    if subject == "Unha carta en HTML":
                        self.assertIn("</textarea>" + SCRIPT,
                                      d.find_element(By.NAME, "body").get_attribute("value"))
                    d.back()
                    self.wait_css("article h2")
                for details in d.find_elements(By.CSS_SELECTOR, "details.html summary"):
                    details.click()
                self.assertEqual(self.executed(click_js_links=True), [], "a script ran in %r" % subject)
                if subject == HOSTILE_SUBJECT or subject == HOSTILE_ENCODED_SUBJECT:
                    self.assertEqual(d.find_element(By.CSS_SELECTOR, "article h2").text, subject)
                if subject == "Un anexo con trampa":
                    self.assertEqual(d.find_element(By.CSS_SELECTOR, "ul.attachments a").text,
                                     HOSTILE_FILE.replace('"', "'"))
                if subject == "Unha carta en HTML":
                    frame = d.find_element(By.CSS_SELECTOR, "details.html iframe")
                    self.assertEqual(frame.get_attribute("sandbox"), "")
                    source = frame.get_attribute("src")
                    # The frame holds the sender's HTML (its paragraph is there) …
                    d.switch_to.frame(frame)
                    self.assertIn("Ola, Fran.", d.find_element(By.TAG_NAME, "body").text)
                    d.switch_to.default_content()
                    # … and opened alone, as a page of its own, it still runs nothing.
                    d.get(source)
                    self.assertIn("Ola, Fran.", self.wait_css("body").text)
                    self.assertEqual(self.executed(click_js_links=True), [], "a script ran in /html")
                    status, headers, _ = self.fetch(source, self.session_cookie())
                    self.assertIn("sandbox", headers["Content-Security-Policy"])

        # The control: the same detector on the same payloads served raw.
        careless = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CarelessHandler)
        thread = threading.Thread(target=careless.serve_forever, daemon=True)
        thread.start()
        self.addCleanup(careless.server_close)
        self.addCleanup(careless.shutdown)
        control = "http://127.0.0.1:%d" % careless.server_address[1]
        self.accept_alerts()  # none, unless a check above failed
        d.get(control + "/list")
        seen = self.executed(grace=5)
        self.assertTrue(any(e.startswith("alert") for e in seen), seen)
        self.assertIn("page: title", seen)
        d.get(control + "/html")
        self.assertIn("page: data-pwned", self.executed(grace=5))
        # The javascript: link alone, once the page's own scripts are gone.
        d.execute_script("document.title='clean';document.documentElement.removeAttribute('data-pwned')")
        self.assertIn("page after a click: title", self.executed(grace=5, click_js_links=True))

    def test_4_security_headers_and_cookie(self):
        d = self.driver
        status, headers, _ = self.fetch("/login")
        self.assertEqual(status, 200)
        policy = headers["Content-Security-Policy"]
        self.assertIn("default-src 'none'", policy)
        self.assertIn("frame-ancestors 'none'", policy)
        self.assertNotIn("unsafe-inline", policy.split("style-src")[0])
        self.assertEqual(headers["X-Frame-Options"], "DENY")
        self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
        self.log_in()
        cookies = d.get_cookies()
        self.assertEqual(len(cookies), 1, cookies)
        cookie = cookies[0]
        self.assertTrue(cookie["httpOnly"], cookie)
        self.assertEqual(cookie["sameSite"], "Strict", cookie)
        # The page's script cannot read it.
        self.assertEqual(d.execute_script("return document.cookie"), "")
        status, headers, _ = self.fetch("/folder?name=INBOX", self.session_cookie())
        self.assertEqual(status, 200)
        self.assertIn("default-src 'none'", headers["Content-Security-Policy"])
        self.assertEqual(headers["Cache-Control"], "no-store")
        # A POST without the form's token is refused.
        request = urllib.request.Request(self.url("/logout"), data=b"csrf=0000", method="POST",
                                         headers={"Cookie": self.session_cookie(),
                                                  "Content-Type": "application/x-www-form-urlencoded"})
        with self.assertRaises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=SOCKET_TIMEOUT)
        self.assertEqual(refused.exception.code, 403)


if __name__ == "__main__":
    unittest.main()
