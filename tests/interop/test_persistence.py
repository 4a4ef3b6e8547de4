"""Persistence: kill -9 under load, restart on the same --data-dir, lose nothing.

`carteiro --serve --data-dir DIR` promises (docs/persistence.md):

* a message answered 250 at the end of DATA is on disk (fsync'ed file renamed
  into new/, directory fsync'ed) before the 250 is written, so a kill -9 at
  any moment loses none;
* a message whose DATA was not answered 250 is stored at most once: files
  still in tmp/ are removed at the next start, and the server never stores a
  message twice by itself;
* +OK to POP3 QUIT is said once the deleted messages' files are unlinked, so
  they do not come back after a kill.

The test sends from many threads with smtplib (unique Message-Ids), reads and
deletes with poplib at the same time, kills the server with SIGKILL at random
moments several times (each once the load is under way), restarts it on the
same directory, and finally checks
every mailbox with POP3. A message relayed through the queue (submission to
another domain) must arrive at least once: a relay can deliver it twice when
killed between the next hop's 250 and the removal of its queue file, as any
MTA can (RFC 5321 §6.1); the count of those is printed.
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
        self.errors = []

    def ack(self, mid, box):
        with self.lock:
            self.acknowledged[mid] = box

    def try_(self, mid):
        with self.lock:
            self.attempted.add(mid)

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
                ledger.try_(mid)
                to = "ana@cliente.fr" if relay else "fran@servidor.edu"
                refused = client.sendmail("load@outside.test" if not relay else "fran@servidor.edu",
                                          [to], build(mid, round_, thread, seq))
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
        self.addCleanup(self._stop)

    def _stop(self):
        if self.server is not None:
            self.server.stop()

    def start(self):
        for box in ("servidor.edu/mail/fran", "cliente.fr/mail/ana", "servidor.edu/queue", "cliente.fr/queue"):
            tmp = os.path.join(self.data, box, "tmp")
            self.cleaned += len(os.listdir(tmp)) if os.path.isdir(tmp) else 0
        self.server = CarteiroServer("--data-dir", self.data).start()
        return self.server

    def test_kill_nine_under_load_loses_and_duplicates_nothing(self):
        rng = random.Random(SEED)
        ledger = Ledger()
        for round_ in range(KILLS):
            server = self.start()
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
        unacknowledged = [m for m in counts if m not in ledger.acknowledged]
        relay_twice = len(ana) - len(set(ana))
        print("\npersistence: seed %d, %d kills, %d unfinished files removed from tmp/ at the starts, "
              "%d messages acknowledged (%d relayed), "
              "%d deleted over POP3 during the load, %d in fran's mailbox at the end; "
              "%d stored whose 250 the kill cut off; %d relayed twice"
              % (SEED, KILLS, self.cleaned, len(ledger.acknowledged), len(relayed), len(ledger.deleted),
                 len(fran), len(unacknowledged), relay_twice))


if __name__ == "__main__":
    unittest.main()
