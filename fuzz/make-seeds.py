#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""make-seeds.py — builds the seed corpus of every harness (fuzz/corpus/).

Run from anywhere: /usr/bin/python3 fuzz/make-seeds.py. It rewrites
fuzz/corpus/<harness>/ from what the course and the tests already hold:

  smtpserver, smtpclient,   the C:/S: dialogues of tests/scripts/*.script and
  pop3server, pop3client    of every QTest::newRow of tests/tst_*session.cpp
                            (C: lines feed a server engine, S: lines a client)
  imapserver                the C: lines and receive() calls of each test of
                            tests/tst_imapserversession.cpp, logged in first
                            when the test starts from loggedIn/selectedInbox,
                            and a few sessions written here
  httpserver                the requests in each test of
                            tests/tst_httpserversession.cpp, and a few
                            sessions written here
  scenarioparser            scenarios/*.scenario, tests/scenarios, tests/cli
  mimeparse, mimedowngrade  tests/mime/*.eml and tests/mime/corpus/*
  quizconsole               a few sessions written here (the header of
                            core/protocol/quizconsolesession.h)
  linereader                a few streams written here (CR LF, bare LF, bare
                            CR, NUL, 8-bit, over-long lines)

An engine seed starts with two octets (fuzz/fuzzsupport.h): the options and
the chunk size. The files are small and committed, so that the ordinary build
replays them without running this script.
"""

import hashlib
import pathlib
import re
import shutil
import ssl

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
MAX_SEED = 64 * 1024

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def c_unescape(text):
    """The octets of a C string literal's body (UTF-8 source)."""
    out = bytearray()
    raw = text.encode("utf-8")
    i = 0
    simple = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord('"'): b'"',
              ord("\\"): b"\\", ord("'"): b"'", ord("?"): b"?", ord("a"): b"\a",
              ord("b"): b"\b", ord("f"): b"\f", ord("v"): b"\v"}
    while i < len(raw):
        c = raw[i]
        if c != ord("\\"):
            out.append(c)
            i += 1
            continue
        i += 1
        c = raw[i]
        if c in simple:
            out += simple[c]
            i += 1
        elif c == ord("x"):
            j = i + 1
            while j < len(raw) and chr(raw[j]) in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(raw[i + 1:j], 16) & 0xFF)
            i = j
        elif chr(c) in "01234567":
            j = i
            while j < len(raw) and j < i + 3 and chr(raw[j]) in "01234567":
                j += 1
            out.append(int(raw[i:j], 8) & 0xFF)
            i = j
        else:
            out.append(c)
            i += 1
    return bytes(out)


def plausible(regex):
    """A line an S~ regular expression could match, near enough for a seed."""
    text = re.sub(r"\[\^[^\]]*\][+*]", "1.2", regex)
    text = text.replace(".*", "ok").replace(".+", "ok")
    return text.replace("\\", "")


def dialogue(lines):
    """(client octets, server octets, ended by timeout) of C:/S: lines."""
    client, server, timeout = b"", b"", False
    for line in lines:
        if line.strip() in (b"X", b"T"):
            timeout = line.strip() == b"T"
            break
        if len(line) < 2 or line[1:2] not in (b":", b"~"):
            continue
        text = line[2:]
        if text.startswith(b" "):
            text = text[1:]
        if line[1:2] == b"~":
            text = plausible(text.decode("utf-8", "replace")).encode("utf-8")
        if line.startswith(b"C"):
            client += text + b"\r\n"
        elif line.startswith(b"S"):
            server += text + b"\r\n"
    return client, server, timeout


def options_of(text, protocol):
    """The harness options a test row's configuration asks for (near enough)."""
    o = 0
    if protocol == "smtpserver":
        o |= 0x01 if "submission" in text else 0
        o |= 0x02 if "noPipelining" in text else 0
        o |= 0x10 if "noEnhanced" in text else 0
    elif protocol == "smtpclient":
        o |= 0x01 if "helo" in text.lower() and "fallback" not in text.lower() else 0
        o |= 0x02 if "auth" in text.lower() else 0
        o |= 0x04 if "8bit" in text.lower() or "eightbit" in text.lower() else 0
        o |= 0x08 if "utf8" in text.lower() else 0
        o |= 0x10 if "recipients" in text.lower() or "refused" in text.lower() else 0
        o |= 0x20 if "fallback" in text.lower() else 0
    elif protocol == "pop3client":
        o |= 0x01 if "keep" in text.lower() or "uidl" in text.lower() else 0
        o |= 0x02 if "apop" in text.lower() else 0
    return o


class Corpus:
    def __init__(self):
        self.seen = {}

    def add(self, harness, name, data):
        if not data or len(data) > MAX_SEED:
            return
        folder = CORPUS / harness
        digest = hashlib.sha1(data).hexdigest()
        if digest in self.seen.setdefault(harness, set()):
            return
        self.seen[harness].add(digest)
        folder.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-")[:60]
        (folder / ("%s-%s" % (safe, digest[:8]))).write_bytes(data)

    def engine(self, harness, name, options, stream, timeout):
        if timeout:
            options |= 0x80
        self.add(harness, name, bytes([options, 0]) + stream)


def main():
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    corpus = Corpus()

    # Dialogue scripts.
    for path in sorted((ROOT / "tests" / "scripts").glob("*.script")):
        client, server, timeout = dialogue(path.read_bytes().split(b"\n"))
        if path.name.startswith("smtp-server"):
            corpus.engine("smtpserver", path.stem, options_of(path.stem, "smtpserver"),
                          client, timeout)
        elif path.name.startswith("smtp-client"):
            corpus.engine("smtpclient", path.stem, options_of(path.stem, "smtpclient"),
                          server, timeout)
        elif path.name.startswith("pop3"):
            corpus.engine("pop3server", path.stem, 0, client, timeout)
            corpus.engine("pop3client", path.stem, 0, server, timeout)
        # The course's dialogues once more, a few octets at a time.
        if "course" in path.stem:
            for chunk in (1, 7):
                harness = "smtpserver" if path.name.startswith("smtp-server") else None
                if harness:
                    corpus.add(harness, "%s-chunk%d" % (path.stem, chunk),
                               bytes([0, chunk]) + client)

    # Each data row of the engines' unit tests.
    tests = {
        "tst_smtpserversession.cpp": [("smtpserver", 0)],
        "tst_smtpclientsession.cpp": [("smtpclient", 1)],
        "tst_pop3serversession.cpp": [("pop3server", 0)],
        "tst_pop3clientsession.cpp": [("pop3client", 1)],
    }
    for file_name, targets in tests.items():
        source = (ROOT / "tests" / file_name).read_text(encoding="utf-8")
        blocks = source.split("QTest::newRow(")[1:]
        for number, block in enumerate(blocks):
            block = block.split("QTest::addColumn")[0]
            octets = b"".join(c_unescape(m.group(1)) for m in LITERAL.finditer(block))
            client, server, timeout = dialogue(octets.split(b"\n"))
            title = LITERAL.search(block).group(1) if LITERAL.search(block) else str(number)
            for harness, side in targets:
                stream = client if side == 0 else server
                corpus.engine(harness, "%s-%s" % (file_name[4:-4], title),
                              options_of(block, harness), stream, timeout)

    # IMAP: each test function of the engine's unit tests, as one stream.
    source = (ROOT / "tests" / "tst_imapserversession.cpp").read_text(encoding="utf-8")
    login = b"a1 LOGIN fran claveejemplo\r\n"
    select = login + b"a2 SELECT INBOX\r\n"
    for block in source.split("void TestImapServerSession::")[1:]:
        title = block.split("(", 1)[0]
        body = block.split("{", 1)[-1]
        stream = b""
        if "selectedInbox" in body:
            stream = select
        elif "loggedIn" in body:
            stream = login
        for literal in LITERAL.finditer(body):
            text = c_unescape(literal.group(1))
            lines = [l for l in text.split(b"\n") if l]
            for line in lines:
                if line.startswith(b"C:"):
                    stream += line[3:] + b"\r\n"
            if not any(l[1:2] in (b":", b"~") for l in lines) and b"\r\n" in text:
                stream += text  # a receive("...") call
        if stream:
            corpus.engine("imapserver", "imapserversession-" + title, 0, stream, False)
            corpus.add("imapserver", "imapserversession-%s-chunk5" % title, bytes([0, 5]) + stream)
    imap_sessions = {
        # Options 0x04: small limits; 0x08: new mail after every chunk; 0x10: POP3 deletes.
        "idle-new-mail": (0x08, 9, select + b"a3 IDLE\r\nDONE\r\na4 NOOP\r\na5 LOGOUT\r\n"),
        "pop3-deletes": (0x10, 12, select + b"a3 NOOP\r\na4 FETCH 1:* (UID FLAGS)\r\n"
                         b"a5 UID FETCH 1:* (BODY.PEEK[HEADER])\r\na6 SEARCH ALL\r\n"),
        "limits": (0x04, 0, login + b"a2 APPEND INBOX {100+}\r\n" + b"x" * 100
                   + b"\r\na3 APPEND INBOX {20}\r\n" + b"y" * 20 + b"\r\na4 NOOP " + b"z" * 300
                   + b"\r\na5 LOGOUT\r\n"),
        "fetch-everything": (0, 0, select + b"a3 FETCH 1:* (FLAGS UID INTERNALDATE RFC822.SIZE ENVELOPE "
                             b"BODYSTRUCTURE BODY BODY.PEEK[] BODY.PEEK[1] BODY.PEEK[2.MIME] "
                             b"BODY.PEEK[2.HEADER] BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)] "
                             b"BODY.PEEK[HEADER.FIELDS.NOT (TO)] BODY.PEEK[TEXT]<0.10> RFC822.HEADER)\r\n"
                             b"a4 FETCH 2 (BODY[3] BODY[2.1] BODY[1.MIME] RFC822 RFC822.TEXT)\r\n"),
        "folders": (0, 3, login + b"a2 CREATE A/B\r\na3 RENAME A B\r\na4 LIST \"\" *\r\n"
                    b"a5 LSUB \"\" %\r\na6 SUBSCRIBE B/B\r\na7 STATUS B/B (MESSAGES UIDNEXT UNSEEN)\r\n"
                    b"a8 SELECT INBOX\r\na9 MOVE 1:2 B/B\r\nb1 UID COPY 3 B\r\nb2 DELETE B/B\r\n"
                    b"b3 UID EXPUNGE 1:*\r\nb4 CLOSE\r\nb5 LOGOUT\r\n"),
        "search": (0, 0, select + b"a3 SEARCH CHARSET UTF-8 OR FROM ana (NOT SUBJECT {3}\r\nfoo) "
                   b"SINCE 1-Dec-2026 LARGER 10 SMALLER 100000 HEADER X-A \"\" UID 1:* 1,2:3\r\n"
                   b"a4 UID SEARCH TEXT foto BODY hora ON 1-Jan-2000 SENTBEFORE 2-Jan-2030\r\n"),
        "authenticate": (0x80, 0, b"a1 AUTHENTICATE PLAIN\r\nAGZyYW4AY2xhdmVlamVtcGxv\r\n"
                         b"a2 ENABLE UTF8=ACCEPT\r\na3 NAMESPACE\r\na4 ID NIL\r\n"
                         b"a5 EXAMINE inbox\r\na6 STORE 1 +FLAGS (\\Seen)\r\n"),
    }
    for name, (options, chunk, stream) in imap_sessions.items():
        corpus.add("imapserver", name, bytes([options, chunk]) + stream)

    # HTTP: the requests each test function feeds, as one stream (whole,
    # 5 octets at a time, and with tiny limits), and a few sessions.
    source = (ROOT / "tests" / "tst_httpserversession.cpp").read_text(encoding="utf-8")
    for block in source.split("    void ")[1:]:
        title = block.split("(", 1)[0]
        stream = b""
        for literal in LITERAL.finditer(block):
            text = c_unescape(literal.group(1))
            if re.match(rb"^(\r\n)*[A-Z]+ \S+ HTTP/", text) or text.startswith(b"\x16"):
                stream += text
        if stream:
            corpus.add("httpserver", "httpserversession-" + title, bytes([0, 0]) + stream)
            corpus.add("httpserver", "httpserversession-%s-chunk5" % title, bytes([0, 5]) + stream)
            corpus.add("httpserver", "httpserversession-%s-tiny-later" % title, bytes([0x03, 3]) + stream)
    http_sessions = {
        # Options 0x01: tiny limits; 0x02: answers come later; 0x80: the deadline.
        "webmail": (0x02, 0, b"GET / HTTP/1.1\r\nHost: webmail.edu\r\nAccept: text/html\r\n\r\n"
                    b"POST /entrar HTTP/1.1\r\nHost: webmail.edu\r\nContent-Type: "
                    b"application/x-www-form-urlencoded\r\nContent-Length: 31\r\n\r\n"
                    b"usuario=fran&clave=claveejemplo"
                    b"GET /see HTTP/1.1\r\nHost: webmail.edu\r\nCookie: sesion=1\r\n\r\n"
                    b"GET /bin HTTP/1.1\r\nHost: webmail.edu\r\n\r\n"
                    b"HEAD /bin HTTP/1.1\r\nHost: webmail.edu\r\n\r\n"
                    b"GET /close HTTP/1.1\r\nHost: webmail.edu\r\n\r\n"),
        "expect": (0, 4, b"POST /subir HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n"
                   b"Content-Length: 10\r\n\r\n0123456789GET / HTTP/1.0\r\n\r\n"),
        "half-request": (0x80, 0, b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc"),
        "limits": (0x01, 0, b"GET /" + b"a" * 70 + b" HTTP/1.1\r\n\r\n"),
    }
    for name, (options, chunk, stream) in http_sessions.items():
        corpus.add("httpserver", name, bytes([options, chunk]) + stream)

    # The class's quiz console: options 0x01 a question is open, 0x02 it is
    # the second, 0x04 every log-in refused, 0x08 three errors end it.
    login = b"USER alumno1\r\nPASS segredo-7\r\n"
    quiz_sessions = {
        "answer": (0x01, 0, login + b"QUESTION\r\nANSWER 1\r\nANSWER 550\r\nQUIT\r\n"),
        "answer-chunked": (0x01, 3, login + b"LANG es\r\nQUESTION\r\nANSWER 2\r\nQUIT\r\n"),
        "none-open": (0x00, 0, login + b"QUESTION\r\nANSWER 1\r\nHELP\r\nNOOP\r\nQUIT\r\n"),
        "stale": (0x03, 0, login + b"ANSWER 1\r\nQUESTION\r\nANSWER 9\r\nANSWER 450\r\n"),
        "refused": (0x04, 0, b"USER alumno1\r\nPASS x\r\nPASS y\r\nUSER a\r\nPASS b\r\n"
                    b"USER c\r\nPASS d\r\nUSER e\r\nPASS f\r\nUSER g\r\nPASS h\r\n"),
        "garbage": (0x88, 0, b"\x00\r\nLANG xx\r\nQUESTION\r\n\xc3\xa1\r\nbare\nlone\rx\r\n"
                    + b"A" * 300 + b"\r\nANSWER\r\n"),
    }
    for name, (options, chunk, stream) in quiz_sessions.items():
        corpus.add("quizconsole", name, bytes([options, chunk]) + stream)

    # Scenario files.
    for folder in ("scenarios", "tests/scenarios", "tests/cli"):
        for path in sorted((ROOT / folder).glob("*.scenario")):
            corpus.add("scenarioparser", path.stem, path.read_bytes())

    # Messages.
    mime = ROOT / "tests" / "mime"
    for path in sorted(list(mime.glob("*.eml")) + list((mime / "corpus").glob("*"))):
        for harness in ("mimeparse", "mimedowngrade"):
            corpus.add(harness, path.stem, path.read_bytes())

    # Line streams: options octet = limit (0 is 512), chunk octet.
    streams = {
        "crlf": b"HELO cliente.fr\r\nMAIL FROM:<ana@cliente.fr>\r\n",
        "bare-lf": b"one\ntwo\r\nthree\n",
        "bare-cr": b"a\rb\r\nc\r\r\n",
        "nul-8bit": b"n\x00ul\r\n\xc3\xa1\xff\r\n",
        "long": b"x" * 40 + b"\r\n" + b"y" * 9 + b"\r\nz\r\n",
        "unfinished": b"line\r\nno end",
    }
    for name, stream in streams.items():
        for limit, chunk in ((0, 0), (8, 0), (8, 3), (16, 1)):
            corpus.add("linereader", "%s-%d-%d" % (name, limit, chunk),
                       bytes([limit, chunk]) + stream)

    # TLS records: a real ClientHello (Python's ssl is OpenSSL too) for the
    # server side, whole and in pieces, then garbage after it; plaintext
    # where a ClientHello should be; a plaintext reply and a bare alert
    # where a client waits for a ServerHello (option bit 0).
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    client = context.wrap_bio(incoming, outgoing, server_hostname="servidor.edu")
    try:
        client.do_handshake()
    except ssl.SSLWantReadError:
        pass
    hello = outgoing.read()
    corpus.add("tlslayer", "server-clienthello", bytes([0, 0]) + hello)
    corpus.add("tlslayer", "server-clienthello-chunked", bytes([0, 7]) + hello)
    corpus.add("tlslayer", "server-clienthello-then-garbage",
               bytes([0, 0]) + hello + b"\x17\x03\x03\x00\x10" + b"A" * 16)
    corpus.add("tlslayer", "server-plaintext-smtp", bytes([0, 0]) + streams["crlf"])
    corpus.add("tlslayer", "client-plaintext-reply", bytes([1, 0]) + b"220 servidor.edu ESMTP\r\n")
    corpus.add("tlslayer", "client-alert", bytes([1, 0]) + b"\x15\x03\x03\x00\x02\x02\x28")

    for folder in sorted(CORPUS.iterdir()):
        print("%-16s %3d seeds" % (folder.name, len(list(folder.iterdir()))))


if __name__ == "__main__":
    main()
