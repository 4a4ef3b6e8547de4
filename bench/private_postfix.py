#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A private Postfix on loopback, with its own configuration, queue and log
(Debian's /usr/bin/python3, stdlib only). Written once for bench/ and for the
installation issue's tests: nothing under /etc/postfix or /var/spool/postfix
is read or written, and no system service is touched.

    private_postfix.py run DIR PORT [--tls CERT KEY] [--set NAME=VALUE ...]
                                    [--deliver discard|maildir]

writes DIR/conf/main.cf and DIR/conf/master.cf, starts the instance with
`postfix -c DIR/conf start`, waits until smtpd answers on 127.0.0.1:PORT,
prints "READY 127.0.0.1:PORT <master pid>" on stdout and then waits: SIGTERM
or SIGINT stop it (`postfix -c DIR/conf stop`) and the script
exits 0. So a shell script starts it in the background and stops it like any
other server (bench/common.sh's PIDS), and a Python test uses Instance below
as a context manager.

    with Instance(dir, port, tls=(cert, key)) as pf: ...   # pf.master_pid

What it sets up: smtpd on 127.0.0.1:PORT only (no port 25, no IPv6), the
other daemons on unix sockets in DIR/queue, myhostname postfix.bench,
mydestination servidor.edu; mail is thrown away by the discard transport
(--deliver discard, the default) or delivered by virtual(8) into Maildirs
under DIR/mail/<domain>/<user>/ (--deliver maildir); the log goes to
DIR/maillog (maillog_file: no syslog needed). With --tls, smtpd offers
STARTTLS with `smtpd_tls_security_level = may` and the given certificate.
--set adds any main.cf line last (it wins).

Privileges: Postfix's `postfix start` must run as root (its master drops to
mail_owner, the system's "postfix" user, which must own DIR/data and the
mail). Run as another user, postfix(1) itself refuses (Postfix 3.7: "postfix:
error: to submit mail, use the Postfix sendmail command" and "postfix: fatal:
the postfix command is reserved for the superuser", also for `start-fg` and
with mail_owner set to that user); this script then exits 2 and says so, so
callers can fall back to another anchor and say why.
"""

import os
import pwd
import signal
import socket
import subprocess
import sys
import time

POSTFIX = "/usr/sbin/postfix"

MASTER_CF = """\
# Private Postfix for Carteiro's bench and tests: smtpd on loopback only.
127.0.0.1:{port} inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


def main_cf(d, tls, deliver, extra):
    lines = [
        "# Private Postfix for Carteiro's bench and tests (bench/private_postfix.py).",
        "compatibility_level = 3.6",
        "queue_directory = %s/queue" % d,
        "data_directory = %s/data" % d,
        "mail_owner = postfix",
        "setgid_group = postdrop",
        "inet_interfaces = 127.0.0.1",
        "inet_protocols = ipv4",
        "myhostname = postfix.bench",
        "mydomain = postfix.bench",
        "mydestination =",
        "mynetworks = 127.0.0.0/8",
        "relay_domains =",
        "smtpd_banner = $myhostname ESMTP",
        "maillog_file = %s/maillog" % d,
        "maillog_file_prefixes = %s" % d,
        "alias_maps =",
        "alias_database =",
        "biff = no",
        "smtputf8_enable = yes",
    ]
    if deliver == "maildir":
        lines += [
            "virtual_mailbox_domains = servidor.edu",
            "virtual_mailbox_base = %s/mail" % d,
            "virtual_mailbox_maps = static:servidor.edu/fran/",
            "virtual_uid_maps = static:%d" % pwd.getpwnam("postfix").pw_uid,
            "virtual_gid_maps = static:%d" % pwd.getpwnam("postfix").pw_gid,
        ]
    else:
        lines += [
            "virtual_mailbox_domains = servidor.edu",
            "virtual_mailbox_maps = static:discarded",
            "virtual_transport = discard:",
            "default_transport = discard:",
        ]
    if tls:
        cert, key = tls
        lines += [
            "smtpd_tls_security_level = may",
            "smtpd_tls_chain_files = %s, %s" % (key, cert),
            "smtpd_tls_loglevel = 0",
        ]
    lines += list(extra)
    return "\n".join(lines) + "\n"


def postfix(d, *args):
    # postfix(1) reports to stderr only when stderr is a terminal, else to the
    # log; its exit status says enough, the log says the rest.
    return subprocess.run([POSTFIX, "-c", os.path.join(d, "conf")] + list(args),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True)


def tail(path, n=15):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-n:])
    except OSError:
        return ""


def wait_port(port, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.settimeout(2)
                if s.recv(512).startswith(b"220"):
                    s.sendall(b"QUIT\r\n")
                    return True
        except OSError:
            time.sleep(0.1)
    return False


class Instance:
    def __init__(self, directory, port, tls=None, deliver="discard", extra=()):
        self.dir = os.path.abspath(directory)
        self.port = int(port)
        self.tls = tls
        self.deliver = deliver
        self.extra = list(extra)
        self.master_pid = None

    def start(self):
        if not os.path.exists(POSTFIX):
            raise RuntimeError("postfix is not installed (%s)" % POSTFIX)
        if os.geteuid() != 0:
            raise PermissionError("postfix start needs root ('postfix: fatal: the postfix command is "
                                  "reserved for the superuser')")
        d = self.dir
        for sub in ("conf", "queue", "data", "mail"):
            os.makedirs(os.path.join(d, sub), exist_ok=True)
        # The postfix user must reach DIR (and own data/ and the mail).
        path = d
        while path != "/":
            os.chmod(path, os.stat(path).st_mode | 0o011)
            path = os.path.dirname(path)
        pw = pwd.getpwnam("postfix")
        for sub in ("data", "mail"):
            os.chown(os.path.join(d, sub), pw.pw_uid, pw.pw_gid)
        with open(os.path.join(d, "conf", "main.cf"), "w") as f:
            f.write(main_cf(d, self.tls, self.deliver, self.extra))
        with open(os.path.join(d, "conf", "master.cf"), "w") as f:
            f.write(MASTER_CF.format(port=self.port))
        r = postfix(d, "check")
        if r.returncode != 0:
            raise RuntimeError("postfix check failed: %s%s%s" % (r.stdout, r.stderr, tail(os.path.join(d, "maillog"))))
        r = postfix(d, "start")
        if r.returncode != 0 or not wait_port(self.port, 20):
            raise RuntimeError("postfix did not start: %s%s%s" % (r.stdout, r.stderr, tail(os.path.join(d, "maillog"))))
        with open(os.path.join(d, "data", "master.lock")) as f:
            self.master_pid = int(f.read().split()[0])
        return self

    def stop(self):
        if self.master_pid is not None:
            postfix(self.dir, "stop")
            for _ in range(100):
                try:
                    os.kill(self.master_pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.1)
            self.master_pid = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def run(argv):
    d, port = argv[0], int(argv[1])
    tls, deliver, extra = None, "discard", []
    i = 2
    while i < len(argv):
        if argv[i] == "--tls":
            tls = (os.path.abspath(argv[i + 1]), os.path.abspath(argv[i + 2]))
            i += 3
        elif argv[i] == "--set":
            name, _, value = argv[i + 1].partition("=")
            extra.append("%s = %s" % (name.strip(), value.strip()))
            i += 2
        elif argv[i] == "--deliver":
            deliver = argv[i + 1]
            i += 2
        else:
            print(__doc__, file=sys.stderr)
            return 2
    pf = Instance(d, port, tls, deliver, extra)
    try:
        pf.start()
    except PermissionError as e:
        print("private_postfix: %s" % e, file=sys.stderr)
        return 2
    except RuntimeError as e:
        print("private_postfix: %s" % e, file=sys.stderr)
        pf.master_pid = pf.master_pid or 0
        postfix(pf.dir, "stop")
        return 1
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    print("READY 127.0.0.1:%d %d" % (port, pf.master_pid), flush=True)
    try:
        while not stop:
            time.sleep(0.2)
    finally:
        pf.stop()
    return 0


def main(argv):
    if len(argv) >= 3 and argv[0] == "run":
        return run(argv[1:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
