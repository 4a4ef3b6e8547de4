#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The IMAP client of bench/imap-bench.sh (Debian's /usr/bin/python3, stdlib only).

One small IMAP client over a raw socket, the same for every server: it sends
a command and reads until its tagged response, skipping literals by their
announced size ({n}), so the client's own cost is a few recv() calls and a
scan for CR LF; imaplib's per-line regular expressions would weigh more than
some servers.

Subcommands
  append HOST PORT USER PASS N SIZE   APPEND N messages of SIZE bytes to INBOX
                                      (flag \\Seen; LITERAL+, pipelined in
                                      batches of 100); not timed
  maildir-fill DIR N SIZE             the same N messages as Maildir files in
                                      DIR/cur (flag S), for Dovecot
  count HOST PORT USER PASS           print INBOX's EXISTS
  fetch HOST PORT USER PASS N         one session: LOGIN, SELECT INBOX, then
                                      the timed `FETCH 1:N BODY[]`; prints
                                      "count bytes seconds" (bytes: of the
                                      literals), then LOGOUT
  search HOST PORT USER PASS WORD     one session: LOGIN, SELECT INBOX, then the
                                      timed `SEARCH TEXT WORD`; prints
                                      "count seconds numbers" (numbers: the
                                      hits, comma-separated), then LOGOUT
  expected N                          print the sequence numbers that hold the
                                      word among N messages, comma-separated

Messages are benchtool.message_lines(i, size); every MARK_EVERY-th one (i %
MARK_EVERY == MARK_AT) has "Zebrafish" at the start of its last full line
(same size). The searched word is "zebrafish": a case-insensitive match, as
SEARCH is (RFC 3501 §6.4.4).
"""

import os
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchtool import message_lines  # noqa: E402

MARK_EVERY = 1000
MARK_AT = 7
WORD = "Zebrafish"


def lines_of(i, size):
    lines = message_lines(i, size)
    if i % MARK_EVERY == MARK_AT:
        k = len(lines) - 2  # the last full-width line
        lines[k] = (WORD + " " + lines[k])[: len(lines[k])]
    return lines


def expected(n):
    print(",".join(str(i + 1) for i in range(int(n)) if i % MARK_EVERY == MARK_AT))
    return 0


class Client:
    def __init__(self, host, port, timeout=120):
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        self.buf = bytearray()
        self.pos = 0
        self.n = 0
        self.read_line()  # greeting

    def fill(self):
        data = self.sock.recv(1 << 20)
        if not data:
            raise EOFError("server closed the connection")
        if self.pos > (1 << 20):
            del self.buf[: self.pos]
            self.pos = 0
        self.buf += data

    def read_line(self):
        while True:
            end = self.buf.find(b"\r\n", self.pos)
            if end >= 0:
                line = bytes(self.buf[self.pos:end])
                self.pos = end + 2
                return line
            self.fill()

    def skip(self, n):
        while len(self.buf) - self.pos < n:
            self.fill()
        self.pos += n

    def tag(self):
        self.n += 1
        return b"b%d" % self.n

    def send(self, data):
        self.sock.sendall(data)

    def responses(self, tags):
        """Reads until every tag in `tags` got its tagged response. Returns the
        untagged lines' first pieces, the literals' total size and the tagged lines."""
        waiting = set(tags)
        untagged, literal_bytes, tagged = [], 0, []
        while waiting:
            line = self.read_line()
            first = line
            while line.endswith(b"}") and b"{" in line:
                size = int(line[line.rindex(b"{") + 1:-1].rstrip(b"+"))
                self.skip(size)
                literal_bytes += size
                line = self.read_line()  # what follows the literal on the same response
            t = first.split(b" ", 1)[0]
            if t in waiting:
                waiting.discard(t)
                if not first.split(b" ", 2)[1:2] == [b"OK"]:
                    raise RuntimeError("server said: %r" % first[:200])
                tagged.append(first)
            elif first.startswith(b"* "):
                untagged.append(first)
        return untagged, literal_bytes, tagged

    def command(self, text):
        t = self.tag()
        self.send(t + b" " + text + b"\r\n")
        return self.responses([t])

    def login(self, user, password):
        self.command(b'LOGIN "%s" "%s"' % (user.encode(), password.encode()))

    def select(self):
        untagged, _, _ = self.command(b"SELECT INBOX")
        for line in untagged:
            parts = line.split()
            if len(parts) == 3 and parts[2] == b"EXISTS":
                return int(parts[1])
        return 0

    def logout(self):
        try:
            self.command(b"LOGOUT")
        except (EOFError, RuntimeError, OSError):
            pass
        self.sock.close()


def append(host, port, user, password, n, size):
    n, size = int(n), int(size)
    c = Client(host, port)
    c.login(user, password)
    for start in range(0, n, 100):
        out, tags = [], []
        for i in range(start, min(n, start + 100)):
            data = ("\r\n".join(lines_of(i, size)) + "\r\n").encode()
            t = c.tag()
            tags.append(t)
            out.append(b"%s APPEND INBOX (\\Seen) {%d+}\r\n%s\r\n" % (t, len(data), data))
        c.send(b"".join(out))
        c.responses(tags)
    c.logout()
    return 0


def maildir_fill(directory, n, size):
    n, size = int(n), int(size)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(directory, sub), exist_ok=True)
    for i in range(n):
        lines = lines_of(i, size)
        data = "\n".join(lines) + "\n"
        vsize = len(data) + len(lines)
        # Named as a delivery agent names them (time, microseconds, pid, host):
        # with M%d counting up, as benchtool.py's names do, Dovecot's
        # filename hash puts 10,000 names on 1,000 values, and every later
        # session spends most of its time walking the chains.
        micro = (i * 738919 + 12345) % 1000000
        name = "%d.M%06dP%d.bench,S=%d,W=%d:2,S" % (1700000000 + i, micro, os.getpid(), len(data), vsize)
        with open(os.path.join(directory, "cur", name), "w") as f:
            f.write(data)
    return 0


def count(host, port, user, password):
    c = Client(host, port)
    c.login(user, password)
    print(c.select())
    c.logout()
    return 0


def fetch(host, port, user, password, n):
    c = Client(host, port)
    c.login(user, password)
    c.select()
    start = time.monotonic()
    untagged, literal_bytes, _ = c.command(b"FETCH 1:%d BODY[]" % int(n))
    elapsed = time.monotonic() - start
    fetched = sum(1 for line in untagged if b" FETCH " in line)
    c.logout()
    print(f"{fetched} {literal_bytes} {elapsed:.6f}")
    return 0


def search(host, port, user, password, word):
    c = Client(host, port)
    c.login(user, password)
    c.select()
    start = time.monotonic()
    untagged, _, _ = c.command(b"SEARCH TEXT " + word.encode())
    elapsed = time.monotonic() - start
    numbers = []
    for line in untagged:
        if line.startswith(b"* SEARCH"):
            numbers += [int(x) for x in line.split()[2:]]
    c.logout()
    print(f"{len(numbers)} {elapsed:.6f} {','.join(map(str, numbers)) or '-'}")
    return 0


def main(argv):
    table = {
        "append": append,
        "maildir-fill": maildir_fill,
        "count": count,
        "fetch": fetch,
        "search": search,
        "expected": expected,
    }
    if not argv or argv[0] not in table:
        print(__doc__, file=sys.stderr)
        return 2
    return table[argv[0]](*argv[1:]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
