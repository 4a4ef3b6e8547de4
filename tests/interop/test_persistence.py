# SPDX-License-Identifier: GPL-3.0-or-later
"""Persistence: kill -9 under load, restart on the same --data-dir, lose nothing.

`carteiro --serve --data-dir DIR` promises (docs/persistence.md):

* a message answered 250 at the end of DATA is on disk (fsync'ed file renamed
  into new/, directory fsync'ed) before the 250 is written, so a kill -9 at
  any moment loses none;
* a message whose DATA was not answered 250 is stored at most once, even
  when its client sends it again after the restart (as every client whose
  connection died must): files still in tmp/ are removed at the next start,
  and a message stored whose 250 the kill cut off is recognised when it comes
  again (core/storage/receiptjournal.h) and not stored a second time;
* +OK to POP3 QUIT is said once the deleted messages' files are unlinked, so
  they do not come back after a kill.

The test sends from many threads with smtplib (unique Message-Ids), reads and
deletes with poplib at the same time, kills the server with SIGKILL at random
moments several times (each once the load is under way), restarts it on the
same directory, sends again every message whose 250 it did not read (byte for
byte, as a client's retry would), and finally checks every mailbox with POP3:
every message arrived exactly once, relayed ones included (servidor.edu's
queue sends again what cliente.fr stored when the kill cut off its 250).
"""

import os
import poplib
import random
import shutil
import signal
import smtplib
import tempfile
import threading
import time
import unittest

from carteiro_serve import ANA, FRAN, SOCKET_TIMEOUT, CarteiroServer

KILLS = int(os.environ.get("CARTEIRO_PERSIST_KILLS", "5"))
SENDERS = 12            # threads delivering to fran@servidor.edu on port 25
RELAYERS = 3            # threads submitting to ana@cliente.fr via servidor.edu:587
SEED = int(os.environ.get("CARTEIRO_PERSIST_SEED", str(int(time.time()))))


def message_id_of(lines):
    for line in lines:
        if line[:11].lower() == b"message-id:":
            return line[11:].strip().decode("ascii", "replace")
        if not line:
            break
    return None


class Ledger:
    """What the clients saw: which messages got 250, which were deleted with +OK."""

    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged = {}      # Message-Id -> "fran" or "ana"
        self.attempted = set()      # every Message-Id whose DATA was sent
        self.deleted = {}           # Message-Id -> times deleted by a QUIT answered +OK
        self.maybe_deleted = set()  # DELE'd, QUIT sent, the kill came before its answer
        self.unread = {}            # Message-Id -> (service, sender, recipient, bytes): no 250 read
        self.resent = 0             # messages sent again after a restart
        self.errors = []

    def ack(self, mid, box):
        with self.lock:
            self.acknowledged[mid] = box

    def try_(self, mid, relay, sender, to, data):
        with self.lock:
            self.attempted.add(mid)
            self.unread[mid] = ("submission" if relay else "smtp", sender, to, data)

    def read(self, mid):
        with self.lock:
            self.unread.pop(mid, None)

    def deleted_ok(self, mids):
        with self.lock:
            for mid in mids:
                self.deleted[mid] = self.deleted.get(mid, 0) + 1


def build(mid, round_, thread, seq):
    body = "".join("line %d of a message sent in round %d\r\n" % (i, round_) for i in range(30))
    return ("From: load@outside.test\r\nTo: someone\r\nSubject: round %d thread %d seq %d\r\n"
            "Message-Id: %s\r\n\r\n%s" % (round_, thread, seq, mid, body)).encode()


def sender(server, ledger, stop, round_, thread, relay):
    service = "submission" if relay else "smtp"
    address, port = server.address("servidor.edu", service)
    seq = 0
    while not stop.is_set():
        try:
            client = smtplib.SMTP(address, port, local_hostname="load.test", timeout=SOCKET_TIMEOUT)
        except OSError:
            return                      # the server is gone
        try:
            if relay:
                client.login(*FRAN)
            for _ in range(random.randint(1, 8)):
                if stop.is_set():
                    break
                seq += 1
                kind = "relay" if relay else "local"
                mid = "<r%d.t%d.s%d.%s@load.test>" % (round_, thread, seq, kind)
                to = "ana@cliente.fr" if relay else "fran@servidor.edu"
                envelope_from = "load@outside.test" if not relay else "fran@servidor.edu"
                data = build(mid, round_, thread, seq)
                ledger.try_(mid, relay, envelope_from, to, data)
                refused = client.sendmail(envelope_from, [to], data)
                ledger.read(mid)
                if refused:
                    ledger.errors.append("refused %s: %r" % (mid, refused))
                else:
                    # sendmail returned: the 250 to the end of DATA was read.
                    ledger.ack(mid, "ana" if relay else "fran")
            client.quit()
        except (smtplib.SMTPException, OSError):
            return                      # killed mid-session: this message has no 250
        finally:
            try:
                client.close()
            except Exception:
                pass


def resend(server, ledger):
    """Sends again, byte for byte, every message whose 250 was never read (a
    client's retry after its connection died, RFC 5321 §4.5.4.1)."""
    with ledger.lock:
        unread = sorted(ledger.unread.items())
    for mid, (service, envelope_from, to, data) in unread:
        address, port = server.address("servidor.edu", service)
        client = smtplib.SMTP(address, port, local_hostname="load.test", timeout=SOCKET_TIMEOUT)
        try:
            if service == "submission":
                client.login(*FRAN)
            refused = client.sendmail(envelope_from, [to], data)
            client.quit()
        finally:
            client.close()
        if refused:
            ledger.errors.append("refused again %s: %r" % (mid, refused))
            continue
        ledger.read(mid)
        ledger.ack(mid, "ana" if service == "submission" else "fran")
        ledger.resent += 1


def reader(server, ledger, stop):
    """Downloads and deletes fran's mail while the senders run."""
    address, port = server.address("servidor.edu", "pop3")
    while not stop.is_set():
        try:
            box = poplib.POP3(address, port, timeout=SOCKET_TIMEOUT)
            box.user(FRAN[0])
            box.pass_(FRAN[1])
            count, _ = box.stat()
            mids = []
            for number in range(1, min(count, 40) + 1):
                _, lines, _ = box.retr(number)
                mids.append(message_id_of(lines))
                box.dele(number)
            try:
                box.quit()              # +OK: the files are gone
            except (poplib.error_proto, OSError):
                with ledger.lock:       # gone or not: the answer never came
                    ledger.maybe_deleted.update(m for m in mids if m)
                raise
            ledger.deleted_ok([m for m in mids if m])
        except poplib.error_proto as error:
            if "EOF" in str(error):
                return                  # the server is gone (poplib says "-ERR EOF")
            if "IN-USE" not in str(error):
                ledger.errors.append("pop3: %s" % error)
        except OSError:
            return
        time.sleep(0.05)


def download(server, user):
    """Every Message-Id in the mailbox (a list: duplicates show)."""
    address, port = server.address("servidor.edu" if user == FRAN else "cliente.fr", "pop3")
    box = poplib.POP3(address, port, timeout=60)
    box.user(user[0])
    box.pass_(user[1])
    count, _ = box.stat()
    mids = []
    for number in range(1, count + 1):
        _, lines, _ = box.retr(number)
        mids.append(message_id_of(lines))
    box.quit()
    return mids


class KillNineTest(unittest.TestCase):

    def setUp(self):
        self.data = tempfile.mkdtemp(prefix="carteiro-persist-")
        self.addCleanup(shutil.rmtree, self.data, True)
        self.server = None
        self.cleaned = 0
        self.servers = []
        self.addCleanup(self._stop)

    def _stop(self):
        if self.server is not None:
            self.server.stop()

    def start(self):
        for box in ("servidor.edu/mail/fran", "cliente.fr/mail/ana", "servidor.edu/queue", "cliente.fr/queue"):
            tmp = os.path.join(self.data, box, "tmp")
            self.cleaned += len(os.listdir(tmp)) if os.path.isdir(tmp) else 0
        self.server = CarteiroServer("--data-dir", self.data).start()
        self.servers.append(self.server)
        return self.server

    def test_kill_nine_under_load_loses_and_duplicates_nothing(self):
        rng = random.Random(SEED)
        ledger = Ledger()
        for round_ in range(KILLS):
            server = self.start()
            resend(server, ledger)
            stop = threading.Event()
            threads = [threading.Thread(target=sender, args=(server, ledger, stop, round_, t, False))
                       for t in range(SENDERS)]
            threads += [threading.Thread(target=sender, args=(server, ledger, stop, round_, SENDERS + t, True))
                        for t in range(RELAYERS)]
            threads.append(threading.Thread(target=reader, args=(server, ledger, stop)))
            with ledger.lock:
                before = len(ledger.acknowledged)
            for t in threads:
                t.start()
            # Under load first (a busy machine may be slow to get there), then
            # at a random moment.
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                with ledger.lock:
                    if len(ledger.acknowledged) >= before + 10:
                        break
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 1.0))
            server.process.send_signal(signal.SIGKILL)   # no chance to tidy up
            server.process.wait(10)
            stop.set()
            for t in threads:
                t.join(30)
                self.assertFalse(t.is_alive(), "a client thread hung after the kill")
            server.stop()
            self.server = None
        self.assertEqual(ledger.errors, [])
        self.assertGreaterEqual(len(ledger.acknowledged), 10 * KILLS, "too little load to prove anything")

        boxes = ("servidor.edu/mail/fran", "cliente.fr/mail/ana", "servidor.edu/queue")
        leftovers = {box: set(os.listdir(os.path.join(self.data, box, "tmp"))) for box in boxes}
        server = self.start()
        resend(server, ledger)
        for box in boxes:
            # New files may be there already (the queue is retried at once),
            # but nothing the kill left behind.
            left = leftovers[box] & set(os.listdir(os.path.join(self.data, box, "tmp")))
            self.assertEqual(left, set(), "files left in %s/tmp after a start" % box)
        relayed = {m for m, b in ledger.acknowledged.items() if b == "ana"}
        # The queue is tried again at once: wait until every relayed message arrived.
        deadline = time.monotonic() + 60
        while True:
            ana = download(server, ANA)
            if relayed <= set(ana) or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        fran = download(server, FRAN)

        # Nothing stored twice by the server itself (port 25 → fran).
        deleted_twice = [m for m, n in ledger.deleted.items() if n > 1]
        self.assertEqual(deleted_twice, [], "a message was downloaded, deleted and then seen again")
        on_disk = fran + list(ledger.deleted)
        counts = {}
        for mid in on_disk:
            counts[mid] = counts.get(mid, 0) + 1
        duplicated = sorted(m for m, n in counts.items() if n > 1)
        self.assertEqual(duplicated, [], "stored twice (or deleted with +OK and back)")
        # Every acknowledged message is there exactly once.
        local = {m for m, b in ledger.acknowledged.items() if b == "fran"}
        lost = sorted(local - set(counts) - ledger.maybe_deleted)
        self.assertEqual(lost, [], "acknowledged with 250 and lost")
        lost_relayed = sorted(relayed - set(ana))
        self.assertEqual(lost_relayed, [], "relayed, acknowledged with 250 and lost")
        unknown = [m for m in fran + ana if m not in ledger.attempted]
        self.assertEqual(unknown, [])
        # Every message sent was sent again until its 250 was read…
        self.assertEqual(ledger.unread, {})
        self.assertEqual(ledger.attempted, set(ledger.acknowledged))
        # …and the relay stored none of them twice either.
        relay_twice = sorted(m for m in set(ana) if ana.count(m) > 1)
        self.assertEqual(relay_twice, [], "relayed and stored twice")
        taken_again = self.taken_again(server)
        print("\npersistence: seed %d, %d kills, %d unfinished files removed from tmp/ at the starts, "
              "%d messages acknowledged (%d relayed), %d sent again after a restart, "
              "%d recognised as stored already (not stored twice), "
              "%d deleted over POP3 during the load, %d in fran's mailbox at the end"
              % (SEED, KILLS, self.cleaned, len(ledger.acknowledged), len(relayed), ledger.resent,
                 taken_again, len(ledger.deleted), len(fran)))

    def taken_again(self, server):
        """How many messages the servers recognised as stored already (their notes)."""
        server.stop()
        self.server = None
        return sum(line.count("already holds this message") for s in self.servers for line in s.lines)


class KillInTheWindowTest(unittest.TestCase):
    """The worst moment, made certain: the process kills itself once the
    message is durable and before its 250 is written (a test hook,
    CARTEIRO_TEST_KILL_AFTER_STORE=HOST:N). The client, which read no 250,
    sends it again after the restart; it must be stored once."""

    def setUp(self):
        self.data = tempfile.mkdtemp(prefix="carteiro-window-")
        self.addCleanup(shutil.rmtree, self.data, True)

    def serve(self, kill_at=None):
        env = {"CARTEIRO_TEST_KILL_AFTER_STORE": kill_at} if kill_at else {}
        server = CarteiroServer("--data-dir", self.data, env=env).start()
        self.addCleanup(server.stop)
        return server

    def send(self, server, service, envelope_from, to, data):
        address, port = server.address("servidor.edu", service)
        client = smtplib.SMTP(address, port, local_hostname="window.test", timeout=SOCKET_TIMEOUT)
        if service == "submission":
            client.login(*FRAN)
        refused = client.sendmail(envelope_from, [to], data)
        client.quit()
        return refused

    def test_client_resend_after_a_kill_before_the_250(self):
        data = build("<window.local@load.test>", 0, 0, 1)
        server = self.serve("servidor.edu:1")
        with self.assertRaises((smtplib.SMTPException, OSError)):
            self.send(server, "smtp", "load@outside.test", "fran@servidor.edu", data)
        self.assertEqual(server.process.wait(10), -signal.SIGKILL)
        stored = os.listdir(os.path.join(self.data, "servidor.edu/mail/fran/new"))
        self.assertEqual(len(stored), 1, "the kill came after the message was durable")

        server = self.serve()
        self.assertEqual(self.send(server, "smtp", "load@outside.test", "fran@servidor.edu", data), {})
        self.assertEqual(download(server, FRAN), ["<window.local@load.test>"])
        self.assertIsNotNone(server.wait_for_line(lambda l: "already holds this message" in l, 10))
        # Sent once more now that its 250 was read: a new message, stored.
        self.assertEqual(self.send(server, "smtp", "load@outside.test", "fran@servidor.edu", data), {})
        self.assertEqual(download(server, FRAN), ["<window.local@load.test>"] * 2)

    def test_relay_resend_after_a_kill_before_the_next_hop_250(self):
        data = build("<window.relay@load.test>", 0, 0, 1)
        server = self.serve("cliente.fr:1")
        # servidor.edu accepts the submission (queued, 250), relays it to
        # cliente.fr, which stores it and dies before its 250 is written.
        try:
            self.send(server, "submission", "fran@servidor.edu", "ana@cliente.fr", data)
        except (smtplib.SMTPException, OSError):
            pass                        # the kill may come before QUIT's 221
        self.assertEqual(server.process.wait(20), -signal.SIGKILL)
        self.assertEqual(len(os.listdir(os.path.join(self.data, "cliente.fr/mail/ana/new"))), 1)
        self.assertEqual(len(os.listdir(os.path.join(self.data, "servidor.edu/queue/new"))), 1,
                         "servidor.edu read no 250: its queue entry is still there")

        server = self.serve()           # the queue sends it again at once
        deadline = time.monotonic() + 30
        while os.listdir(os.path.join(self.data, "servidor.edu/queue/new")) and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertEqual(os.listdir(os.path.join(self.data, "servidor.edu/queue/new")), [])
        self.assertEqual(download(server, ANA), ["<window.relay@load.test>"])
        self.assertIsNotNone(server.wait_for_line(lambda l: "already holds this message" in l, 10))


if __name__ == "__main__":
    unittest.main()
