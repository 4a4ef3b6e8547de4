# SPDX-License-Identifier: GPL-3.0-or-later
"""A private Postfix and a private Dovecot for the tests that check real
servers (carteiro --check-server): each runs from a temporary directory with
its own configuration, queue, state and log, on addresses and ports given by
the test, and stops with the test. Nothing under /etc/postfix, /etc/dovecot,
/var/spool/postfix or /var/lib/dovecot is read or written, and no system
service (systemd, init.d) is touched.

Postfix builds on bench/private_postfix.py (its main.cf, its `postfix -c DIR`
start and stop, as root: Postfix's master refuses anyone else); here
master.cf has smtpd on the smtp and submission ports of one address. Dovecot
runs in the foreground (`dovecot -F -c FILE`) with a passwd-file for its
users, the protocols asked for, and TLS with the certificate given.
"""

import grp
import os
import pwd
import signal
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "bench"))
import private_postfix  # noqa: E402  (bench/private_postfix.py)

POSTFIX = private_postfix.POSTFIX
DOVECOT = "/usr/sbin/dovecot"
OPENSSL = "/usr/bin/openssl"

# Debian's postinst writes this mynetworks (the machine itself may relay).
DEBIAN_MYNETWORKS = "127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128"


def alive(pid):
    """Whether the process runs (a zombie, dead but not yet reaped, does not)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except (OSError, IndexError):
        return False


def free_port(address="127.0.0.1"):
    with socket.socket() as s:
        s.bind((address, 0))
        return s.getsockname()[1]


def wait_banner(address, port, prefix, seconds=20, process=None):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if process is not None and process.poll() is not None:
            return False
        try:
            with socket.create_connection((address, port), timeout=1) as s:
                s.settimeout(3)
                if s.recv(512).startswith(prefix):
                    return True
        except OSError:
            time.sleep(0.1)
    return False


def make_certificate(directory, name):
    """A self-signed certificate for `name`, as Debian's ssl-cert-snakeoil is."""
    cert, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
    subprocess.run([OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=%s" % name], check=True, capture_output=True)
    os.chmod(key, 0o644)  # Dovecot's config process and Postfix read it after dropping privileges
    return cert, key


def traversable(path):
    """The mail owners (postfix, dovecot, nobody) must reach the directory."""
    while path != "/":
        os.chmod(path, os.stat(path).st_mode | 0o011)
        path = os.path.dirname(path)


class Postfix:
    """smtpd on ADDRESS:smtp and ADDRESS:submission; mail for the users of
    `domain` is accepted (virtual_mailbox_maps) and thrown away, as is
    anything relayed (bench's default_transport = discard: nothing leaves;
    not error:, with which smtpd would refuse a relay's RCPT for that
    reason instead of mynetworks')."""

    def __init__(self, directory, address, smtp, submission, domain, users, tls, extra=()):
        self.dir = os.path.abspath(directory)
        self.address, self.smtp, self.submission = address, smtp, submission
        self.domain, self.users, self.tls, self.extra = domain, users, tls, list(extra)
        self.master_pid = None

    def start(self):
        d = self.dir
        for sub in ("conf", "queue", "data", "mail"):
            os.makedirs(os.path.join(d, sub), exist_ok=True)
        traversable(d)
        pw = pwd.getpwnam("postfix")
        for sub in ("data", "mail"):
            os.chown(os.path.join(d, sub), pw.pw_uid, pw.pw_gid)
        table = ", ".join("%s@%s=discarded" % (u, self.domain) for u in self.users)
        extra = [
            "inet_interfaces = %s" % self.address,
            "myhostname = mail.%s" % self.domain,
            "mydomain = %s" % self.domain,
            "smtpd_banner = $myhostname ESMTP Postfix (Debian/GNU)",
            "mynetworks = %s" % DEBIAN_MYNETWORKS,
            "virtual_mailbox_domains = %s" % self.domain,
            "virtual_mailbox_maps = inline:{ %s }" % table,
            "smtpd_peername_lookup = no",
        ] + self.extra
        # bench's main.cf with our lines in place of its own: a parameter set
        # twice makes every daemon warn at each start, through postlogd.
        # The last line for a parameter wins here, the others are left out.
        lines = private_postfix.main_cf(d, self.tls, "discard", []).splitlines() + extra
        last = {line.split("=", 1)[0].strip(): i for i, line in enumerate(lines)}
        kept = [line for i, line in enumerate(lines) if last[line.split("=", 1)[0].strip()] == i]
        with open(os.path.join(d, "conf", "main.cf"), "w") as f:
            f.write("\n".join(kept) + "\n")
        master = private_postfix.MASTER_CF.replace(
            "127.0.0.1:{port} inet n - n - - smtpd\n",
            "{a}:{smtp} inet n - n - - smtpd\n"
            "{a}:{submission} inet n - n - - smtpd -o syslog_name=postfix/submission "
            "-o smtpd_tls_security_level=encrypt\n").format(a=self.address, smtp=self.smtp,
                                                               submission=self.submission)
        with open(os.path.join(d, "conf", "master.cf"), "w") as f:
            f.write(master)
        log = os.path.join(d, "maillog")
        r = private_postfix.postfix(d, "check")
        if r.returncode != 0:
            raise RuntimeError("postfix check: %s%s%s" % (r.stdout, r.stderr, private_postfix.tail(log)))
        r = private_postfix.postfix(d, "start")
        if r.returncode != 0 or not wait_banner(self.address, self.smtp, b"220"):
            try:
                with open(os.path.join(d, "data", "master.lock")) as f:
                    self.master_pid = int(f.read().split()[0])
            except (OSError, ValueError, IndexError):
                pass
            self.stop()
            raise RuntimeError("postfix did not start: %s%s%s" % (r.stdout, r.stderr, private_postfix.tail(log)))
        with open(os.path.join(d, "data", "master.lock")) as f:
            self.master_pid = int(f.read().split()[0])
        return self

    def stop(self):
        # SIGTERM to the master (master(8): it stops its children and exits),
        # not `postfix stop`, whose postfix-script waits on postlog(1).
        if self.master_pid is None:
            return
        for sig, tries in ((signal.SIGTERM, 100), (signal.SIGKILL, 50)):
            try:
                os.kill(self.master_pid, sig)
            except ProcessLookupError:
                break
            for _ in range(tries):
                if not alive(self.master_pid):
                    break
                time.sleep(0.1)
            if not alive(self.master_pid):
                break
        self.master_pid = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class Dovecot:
    """POP3 and IMAP (and their secure ports) on ADDRESS, users from a
    passwd-file ({user: password}), Maildirs under the directory."""

    def __init__(self, directory, address, ports, users, tls, protocols=("pop3", "imap")):
        self.dir = os.path.abspath(directory)
        self.address, self.ports, self.users, self.tls = address, ports, users, tls
        self.protocols = list(protocols)
        self.process = None

    def start(self):
        d = self.dir
        for sub in ("run", "state", "home"):
            os.makedirs(os.path.join(d, sub), exist_ok=True)
        traversable(d)
        mailuser = pwd.getpwnam("nobody")
        mailgroup = grp.getgrgid(mailuser.pw_gid)
        os.chown(os.path.join(d, "home"), mailuser.pw_uid, mailuser.pw_gid)
        with open(os.path.join(d, "users"), "w") as f:
            for user, password in self.users.items():
                f.write("%s:{PLAIN}%s:%d:%d::%s/home/%s::\n"
                        % (user, password, mailuser.pw_uid, mailuser.pw_gid, d, user))
        os.chmod(os.path.join(d, "users"), 0o644)
        internal = "dovecot"
        cert, key = self.tls

        def listener(protocol, secure):
            name = protocol + ("s" if secure else "")
            port = self.ports.get(name, 0)
            return "  inet_listener %s {\n    address = %s\n    port = %d\n  }\n" % (name, self.address, port)

        services = ""
        for protocol in ("pop3", "imap"):
            if protocol in self.protocols:
                services += ("service %s-login {\n  chroot =\n%s%s}\n"
                             % (protocol, listener(protocol, False), listener(protocol, True)))
        conf = os.path.join(d, "dovecot.conf")
        with open(conf, "w") as f:
            f.write("""# Private Dovecot for Carteiro's tests (tests/realserver/private_servers.py).
instance_name = carteiro-check-%(port)d
base_dir = %(d)s/run
state_dir = %(d)s/state
log_path = %(d)s/dovecot.log
info_log_path = %(d)s/dovecot.log
protocols = %(protocols)s
listen = %(address)s
ssl = yes
ssl_cert = <%(cert)s
ssl_key = <%(key)s
disable_plaintext_auth = no
auth_mechanisms = plain
default_internal_user = %(internal)s
default_internal_group = %(internalgroup)s
default_login_user = dovenull
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = %(d)s/users
}
userdb {
  driver = passwd-file
  args = %(d)s/users
}
%(services)s
service anvil {
  chroot =
}
""" % dict(port=os.getpid(), d=d, protocols=" ".join(self.protocols), address=self.address, cert=cert,
                key=key, internal=internal, internalgroup=grp.getgrgid(pwd.getpwnam(internal).pw_gid).gr_name,
                services=services))
        with open(os.path.join(d, "stderr.log"), "w") as stderr:
            self.process = subprocess.Popen([DOVECOT, "-F", "-c", conf], stdin=subprocess.DEVNULL,
                                            stdout=subprocess.DEVNULL, stderr=stderr)
        first = self.protocols[0]
        if not wait_banner(self.address, self.ports[first], b"+OK" if first == "pop3" else b"* OK",
                           process=self.process):
            self.stop()
            raise RuntimeError("dovecot did not start:\n%s%s" % (private_postfix.tail(os.path.join(d, "stderr.log")),
                                                                 private_postfix.tail(os.path.join(d, "dovecot.log"))))
        return self

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
