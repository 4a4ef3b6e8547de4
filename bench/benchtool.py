#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Small helpers for bench/run-bench.sh (Debian's /usr/bin/python3, stdlib only).

Subcommands
  freeport                       print a free TCP port on 127.0.0.1
  waitport HOST PORT SECONDS     wait until HOST:PORT accepts connections
  timed SECONDS -- CMD...        run CMD with a timeout, print the elapsed
                                 monotonic seconds on stdout (CMD's stdout goes
                                 to stderr); exit with CMD's status. With
                                 --cpu first, also CMD's CPU seconds (user +
                                 system, after a space)
  smtp-load HOST PORT N SIZE     send N messages of SIZE bytes to
                                 fran@servidor.edu on ONE SMTP connection
  maildir-fill DIR N SIZE        write N messages of SIZE bytes into DIR/cur
  pop3-stat HOST PORT USER PASS  print the STAT message count
  pop3-retr HOST PORT USER PASS  one session: RETR every message, QUIT without
                                 DELE; print "count bytes seconds" (the timed
                                 part is from after login to the QUIT reply)
  vmhwm PID                      print VmHWM of PID in KiB (0 if unknown)
  cputime PID                    print the CPU seconds (user + system, with
                                 reaped children) PID has used so far
  treecpu PID                    the same for PID's whole process tree (its
                                 live descendants and what they reaped)

Messages are built by message_lines() so that the carteiro mailbox (filled
over SMTP) and the Dovecot Maildir (filled as files) hold the same bytes.
"""

import os
import poplib
import smtplib
import socket
import subprocess
import sys
import threading
import time


def freeport():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])


def waitport(host, port, seconds):
    deadline = time.monotonic() + float(seconds)
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, int(port)), timeout=1):
                return 0
        except OSError:
            time.sleep(0.05)
    print(f"benchtool: {host}:{port} did not open within {seconds}s", file=sys.stderr)
    return 1


def timed(seconds, cmd, cpu=False):
    """Runs CMD and prints its wall time (and CPU time). The end is taken when
    the kernel reports the child's exit (os.wait4, blocking), not by polling:
    subprocess's wait with a timeout sleeps up to 50 ms between looks, which
    made half-second runs read up to a tenth long, in steps of 50 ms."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=sys.stderr)
    expired = threading.Event()

    def expire():
        expired.set()
        proc.kill()

    timer = threading.Timer(float(seconds), expire)
    timer.daemon = True
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)  # retried on EINTR by Python (PEP 475)
    elapsed = time.monotonic() - start
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    rc = proc.returncode
    if expired.is_set():
        print(f"benchtool: timed out after {seconds}s: {' '.join(cmd)}", file=sys.stderr)
        rc = 124
    if cpu:
        print(f"{elapsed:.6f} {usage.ru_utime + usage.ru_stime:.3f}")
    else:
        print(f"{elapsed:.6f}")
    return rc


def message_lines(i, size):
    """Lines (without line ends) of message i; with LF line ends it is exactly
    `size` bytes, with CRLF it is size + number of lines."""
    head = [
        "From: <bench@cliente.fr>",
        "To: <fran@servidor.edu>",
        "Subject: carteiro bench %d" % i,
        "Message-Id: <bench.%d@cliente.fr>" % i,
        "Date: Mon, 1 Jan 2024 00:00:00 +0000",
        "",
    ]
    lines = list(head)
    used = sum(len(line) + 1 for line in lines)
    n = 0
    while used < size:
        room = size - used - 1  # minus the LF
        width = min(76, room)
        if width <= 0:
            break
        line = ("%d" % n + "X" * 76)[:width]
        lines.append(line)
        used += width + 1
        n += 1
    # pad the last line if we are a byte or two short (an LF alone is 1 byte)
    if used < size:
        lines[-1] += "Y" * (size - used)
    return lines


def smtp_load(host, port, n, size):
    n, size = int(n), int(size)
    with smtplib.SMTP(host, int(port), local_hostname="cliente.fr", timeout=30) as s:
        for i in range(n):
            data = "\r\n".join(message_lines(i, size)) + "\r\n"
            s.sendmail("bench@cliente.fr", ["fran@servidor.edu"], data.encode())
    return 0


def maildir_fill(directory, n, size):
    n, size = int(n), int(size)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(directory, sub), exist_ok=True)
    for i in range(n):
        lines = message_lines(i, size)
        data = "\n".join(lines) + "\n"
        vsize = len(data) + len(lines)
        name = "%d.M%dP%d.bench,S=%d,W=%d:2,S" % (1700000000 + i, i, os.getpid(), len(data), vsize)
        with open(os.path.join(directory, "cur", name), "w") as f:
            f.write(data)
    return 0


def pop3_stat(host, port, user, password):
    p = poplib.POP3(host, int(port), timeout=30)
    p.user(user)
    p.pass_(password)
    count, _ = p.stat()
    p.quit()
    print(count)
    return 0


def pop3_retr(host, port, user, password):
    p = poplib.POP3(host, int(port), timeout=60)
    p.user(user)
    p.pass_(password)
    start = time.monotonic()
    count, _ = p.stat()
    total = 0
    for i in range(1, count + 1):
        _, lines, octets = p.retr(i)
        total += octets
    p.quit()
    elapsed = time.monotonic() - start
    print(f"{count} {total} {elapsed:.6f}")
    return 0


def vmhwm(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    print(line.split()[1])
                    return 0
    except OSError:
        pass
    print(0)
    return 0


def cputime(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        # fields[0] is field 3 (state): utime, stime, cutime, cstime are 14-17
        ticks = sum(int(x) for x in fields[11:15])
        print(f"{ticks / os.sysconf('SC_CLK_TCK'):.2f}")
    except OSError:
        print("0")
    return 0


def treecpu(pid):
    """CPU seconds (user + system) of PID, its live descendants and the
    children they have reaped: a daemon's whole process tree (Postfix's
    master and its smtpd, cleanup, qmgr...; Dovecot's master, login and
    pop3 processes) at this instant."""
    tick = os.sysconf("SC_CLK_TCK")
    procs = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        procs[int(name)] = (int(fields[1]), sum(int(x) for x in fields[11:15]))
    total, todo = 0, [int(pid)]
    while todo:
        p = todo.pop()
        if p in procs:
            total += procs[p][1]
        todo.extend(c for c, (ppid, _) in procs.items() if ppid == p)
    print(f"{total / tick:.2f}")
    return 0


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd == "timed":
        cpu = bool(args) and args[0] == "--cpu"
        if cpu:
            args = args[1:]
        sep = args.index("--")
        return timed(args[0], args[sep + 1:], cpu)
    table = {
        "freeport": freeport,
        "waitport": waitport,
        "smtp-load": smtp_load,
        "maildir-fill": maildir_fill,
        "pop3-stat": pop3_stat,
        "pop3-retr": pop3_retr,
        "vmhwm": vmhwm,
        "cputime": cputime,
        "treecpu": treecpu,
    }
    if cmd not in table:
        print(__doc__, file=sys.stderr)
        return 2
    return table[cmd](*args) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
