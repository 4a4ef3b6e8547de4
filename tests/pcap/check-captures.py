#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every built-in scenario's capture, read by tshark, agrees with its transcript.

Usage: check-captures.py CARTEIRO SOURCE_DIR [SCENARIO ...]

For each scenario (all of scenarios/*.scenario unless named), runs
`carteiro --headless --export-pcap F --save-world W` and checks F with tshark
(Debian's, 4.0) against the transcript kept in W (the world file keeps every
line's and every TLS record's octets exactly):
 - tshark reads the file without error, every IPv4 and TCP checksum is good
   and TCP analysis flags nothing (no lost segment, no retransmission);
 - each connection of the transcript is one TCP stream, its server on the
   service's standard port, and the stream's octets each way ("Follow TCP
   Stream", raw) are what crossed the socket: the lines in clear, each with
   CR LF, and the TLS records as they were written (ciphertext). An HTTP
   message in clear is compared by its header lines and its body as the
   transcript shows a body (its lines; a binary body's summary);
 - the commands and replies tshark dissects (SMTP, POP, IMAP, HTTP) are the
   transcript's, in the same order, inside TLS too: the keys in the capture's
   Decryption Secrets Block decrypt POP3S, IMAPS, SMTP after STARTTLS and
   HTTPS with no option given; the same capture without that block shows no
   command inside TLS (so the block, not a setting, did it).
A close the transcript records as a reset ("reset": an abort, a peer's RST)
is one RST from the side that reset in its stream; every other close is
FINs, and no other RST is in the capture but a refused connection's.
Then `--serve --export-pcap` with curl from outside (HTTPS to the webmail,
POP3 with STLS): the capture it writes when it ends shows both decrypted;
and a client that resets its SMTP connection (SO_LINGER 0) is the one RST.
Then ana-fran's world, whose closes are all orderly, has no RST at all
(`tshark -Y tcp.flags.reset==1`), and the same world with one close marked
as a reset (--load-world) has exactly that one, from that side.
Then the controls: a truncated capture, one with a flipped octet, and a
transcript one octet away from the capture must fail these checks. Exits 1 naming each disagreement."""
import base64
import json
import os
import pathlib
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile

STANDARD_PORTS = {"smtp": 25, "submission": 587, "submissions": 465, "pop3": 110, "pop3s": 995,
                  "imap": 143, "imaps": 993, "http": 80, "https": 443}


def octets(value):
    if isinstance(value, dict):
        return base64.b64decode(value["base64"])
    return (value or "").encode("utf-8")


def tshark(capture, *args, check=True):
    run = subprocess.run(["tshark", "-n", "-r", str(capture), *args], capture_output=True)
    if check and run.returncode != 0:
        why = [line for line in run.stderr.decode(errors="replace").splitlines()
               if line.strip() and not line.startswith("Running as user")]
        raise CheckFailed(f"tshark {' '.join(args)} failed ({run.returncode}): " + " ".join(why)[-400:])
    return run.stdout.decode("utf-8", errors="replace")


class CheckFailed(Exception):
    pass


class Connection:
    def __init__(self, event):
        self.id = event["conn"]
        args = event.get("noteArgs", [])
        self.client_end, self.server_end, self.service = args[0], args[1], args[2]
        self.protocol = event.get("protocol", "")
        self.bytes = {"C": bytearray(), "S": bytearray()}
        self.tls = False
        self.lines_in_tls = 0
        # What a dissector should find: ("C"|"S", word) in order.
        self.commands = []
        self.replies = []
        # Plain HTTP: its messages, (direction, head lines, body lines).
        self.http_messages = []
        self.smtp_data_seq = None  # the DATA awaiting its reply
        self.smtp_refused_data = False


def transcript_connections(world):
    connections = {}
    for e in world["transcript"]:
        conn = e.get("conn", 0)
        if e["kind"] == "connect" and conn and conn not in connections and len(e.get("noteArgs", [])) >= 3:
            connections[conn] = Connection(e)
    for e in world["transcript"]:
        c = connections.get(e.get("conn", 0))
        if c is None:
            continue
        if e["kind"] == "tls-record":
            c.tls = True
            c.bytes[e["dir"]] += octets(e.get("raw"))
        elif e["kind"] == "line":
            raw = octets(e.get("raw"))
            if e.get("tls"):
                c.lines_in_tls += 1
            else:
                c.bytes[e["dir"]] += raw + b"\r\n"
            expected_words(c, e, raw)
    return connections


def expected_words(c, e, raw):
    role, direction = e.get("role", ""), e["dir"]
    text = raw.decode("utf-8", errors="replace")
    words = text.split()
    if c.protocol == "SMTP":
        # Wireshark 4.0's SMTP dissector takes what follows a DATA as the
        # message until its "." even when DATA was refused (554 after every
        # RCPT was): the client's commands after such a DATA are not counted.
        if direction == "C" and role == "command" and words and not c.smtp_refused_data:
            word = words[0].upper()
            c.commands.append(word[:4])  # Wireshark 4.0 keeps a command's first 4 letters
            if word == "DATA":
                c.smtp_data_seq = e.get("seq")
        elif direction == "C" and raw == b".":
            c.smtp_refused_data = False
        elif direction == "S" and role in ("greeting", "reply") and len(text) >= 3:
            if len(text) == 3 or text[3] != "-":  # a reply's last line
                c.replies.append(text[:3])
                if c.smtp_data_seq is not None and e.get("answers") == c.smtp_data_seq:
                    c.smtp_refused_data = text[:3] != "354"
                    c.smtp_data_seq = None
    elif c.protocol == "POP3":
        if direction == "C" and role == "command" and words:
            c.commands.append(words[0].upper())
        elif direction == "S" and role in ("greeting", "reply") and words:
            c.replies.append(words[0].upper())
    elif c.protocol == "IMAP":
        if direction == "C" and role == "command" and len(words) >= 2:
            # "a5 UID FETCH …": Wireshark names the command after UID.
            uid = words[1].upper() == "UID" and len(words) >= 3
            c.commands.append(words[2 if uid else 1].upper())
        elif direction == "S" and role == "reply" and len(words) >= 2:
            c.replies.append(words[1].upper())
    elif c.protocol == "HTTP":
        if role == "request-line" and words:
            c.commands.append(words[0] + " " + (words[1] if len(words) > 1 else ""))
        elif role == "status-line" and len(words) >= 2:
            c.replies.append(words[1])
        if not c.tls:
            if role in ("request-line", "status-line"):
                c.http_messages.append((direction, [raw], []))
            elif c.http_messages and c.http_messages[-1][0] == direction:
                part = 2 if role == "body" else 1
                c.http_messages[-1][part].append(raw)


def parse_end(text):
    host, _, port = text.rpartition(":")
    return host.strip("[]"), int(port)


def world_client_host(world, conn):
    """The client's host of a connection (its "connect" event's "from")."""
    for e in world["transcript"]:
        if e["kind"] == "connect" and e.get("conn") == conn:
            return e.get("from", "")
    return ""


def follow_streams(capture, count):
    """Each stream's octets each way, as tshark's Follow TCP Stream (raw) gives them."""
    if count == 0:
        return {}
    args = ["-q"]
    for n in range(count):
        args += ["-z", f"follow,tcp,raw,{n}"]
    out = tshark(capture, *args)
    streams = {}
    current = None
    for line in out.splitlines():
        m = re.match(r"Filter: tcp.stream eq (\d+)", line)
        if m:
            current = streams.setdefault(int(m.group(1)), {0: bytearray(), 1: bytearray()})
            continue
        if current is None or not line.strip() or line.startswith(("=", "Follow:", "Node ")):
            continue
        node = 1 if line.startswith("\t") else 0
        try:
            current[node] += bytes.fromhex(line.strip())
        except ValueError:
            pass
    return streams


def http_body_lines(body):
    """The body as the transcript shows it (HttpBody::displayLines): text split at its line ends."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(ord(ch) < 0x20 and ch not in "\t\r\n" or ord(ch) == 0x7f for ch in text):
        return None
    lines = body.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def check_http_stream(c, direction, actual, problems, where):
    expected = [m for m in c.http_messages if m[0] == direction]
    at = 0
    for _, head, body_lines in expected:
        end = actual.find(b"\r\n\r\n", at)
        if end < 0:
            problems.append(f"{where}: an HTTP message is missing from the stream")
            return
        head_bytes = actual[at:end + 4]
        # The head's lines, then the empty line that ends it (recorded as a line too).
        expected_head = b"".join(line + b"\r\n" for line in head if line is not None)
        if not expected_head.endswith(b"\r\n\r\n"):
            expected_head += b"\r\n"
        if head_bytes != expected_head:
            problems.append(f"{where}: HTTP head differs: {head_bytes[:120]!r} vs {expected_head[:120]!r}")
            return
        m = re.search(rb"\r\ncontent-length:\s*(\d+)", head_bytes, re.I)
        length = int(m.group(1)) if m else 0
        body = actual[end + 4:end + 4 + length]
        at = end + 4 + length
        shown = http_body_lines(body) if body else []
        if shown is None:
            ok = len(body_lines) == 1 and body_lines[0].startswith(b"[")
        else:
            ok = shown == body_lines
        if not ok:
            problems.append(f"{where}: HTTP body of {length} octets differs from the transcript's")
    if at != len(actual):
        problems.append(f"{where}: {len(actual) - at} octets after the last HTTP message")


def fields(capture, display_filter, names, extra=()):
    args = [*extra, "-Y", display_filter, "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=\x1f"]
    for name in names:
        args += ["-e", name]
    rows = []
    for line in tshark(capture, *args).splitlines():
        cols = line.split("\t")
        cols += [""] * (len(names) - len(cols))
        rows.append([col.split("\x1f") if col else [] for col in cols])
    return rows


IMAP_COMMANDS = {"CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "AUTHENTICATE", "LOGIN", "SELECT", "EXAMINE",
                 "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "STATUS", "APPEND",
                 "CHECK", "CLOSE", "EXPUNGE", "SEARCH", "FETCH", "STORE", "COPY", "MOVE", "UID", "IDLE",
                 "ENABLE", "NAMESPACE", "ID", "UNSELECT", "DONE"}

DISSECTORS = {
    "SMTP": ("smtp", "smtp.req.command", "smtp.response.code"),
    "POP3": ("pop", "pop.request.command", "pop.response.indicator"),
    "IMAP": ("imap", "imap.request.command", "imap.response.status"),
    "HTTP": ("http", "http.request.method", "http.response.code"),
}


def dissected(capture, extra=()):
    """(stream → protocol → (commands, replies)) as tshark dissects them, and the streams seen inside TLS."""
    found = {}
    for protocol, (name, command, reply) in DISSECTORS.items():
        names = ["tcp.stream", command, reply]
        if protocol == "HTTP":
            names.append("http.request.uri")
        for row in fields(capture, name, names, extra):
            stream = int(row[0][0])
            commands, replies = found.setdefault(stream, {}).setdefault(protocol, ([], []))
            cmds = row[1]
            if protocol == "HTTP":
                cmds = [f"{m} {u}" for m, u in zip(row[1], row[3])]
            elif protocol == "SMTP":
                cmds = [c.upper()[:4] for c in cmds]
            else:
                cmds = [c.upper() for c in cmds]
            replies_here = [r.upper() for r in row[2]]
            if protocol == "IMAP":
                # Wireshark 4.0's IMAP dissector reads the lines of a literal
                # (a message in FETCH or APPEND) as commands and responses of
                # their own: only IMAP's command words and statuses count.
                cmds = [c for c in cmds if c in IMAP_COMMANDS]
                replies_here = [r for r in replies_here if r in ("OK", "NO", "BAD")]
            commands += cmds
            replies += replies_here
    inside = {int(row[0][0]) for row in fields(capture, "tls && (smtp || pop || imap || http)", ["tcp.stream"], extra)}
    return found, inside


def without_secrets(capture, target):
    """The capture with its Decryption Secrets Block left out."""
    data = pathlib.Path(capture).read_bytes()
    out = bytearray()
    at = 0
    while at + 12 <= len(data):
        kind, total = struct.unpack_from("<II", data, at)
        if total < 12:
            break
        if kind != 0x0000000A:
            out += data[at:at + total]
        at += total
    pathlib.Path(target).write_bytes(out)


def check_capture(capture, world, workdir):
    """Every way the capture disagrees with the transcript; empty when none."""
    problems = []
    try:
        connections = transcript_connections(world)
        tshark(capture, "-q")  # reads the whole file, or fails naming why
        bad = tshark(capture, "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-Y",
                     "ip.checksum.status != 1 || tcp.checksum.status != 1 || tcp.analysis.flags",
                     "-T", "fields", "-e", "frame.number")
        if bad.strip():
            problems.append(f"bad checksums or TCP analysis flags in frames {bad.split()[:10]}")
        # The streams: client end from each SYN.
        syns = fields(capture, "tcp.flags.syn == 1 && tcp.flags.ack == 0",
                      ["tcp.stream", "ip.src", "tcp.srcport", "ip.dst", "tcp.dstport"])
        by_end = {}
        for row in syns:
            key = (row[1][0], int(row[2][0]), int(row[4][0]))
            by_end.setdefault(key, []).append(int(row[0][0]))
        # A connection refused (a server down) is a SYN answered by a reset.
        refused = sum(1 for e in world["transcript"] if e.get("noteCode") == "cannot-connect"
                      and len(e.get("noteArgs", [])) >= 3 and "connection-refused" in e["noteArgs"][2]
                      and e["noteArgs"][1] in STANDARD_PORTS)
        # A close recorded as a reset is one RST from the side that reset.
        reset_closes = {e["conn"]: e.get("from", "") for e in world["transcript"]
                        if e["kind"] == "close" and e.get("reset") and e.get("conn") in connections}
        resets = fields(capture, "tcp.flags.reset == 1", ["tcp.stream", "tcp.srcport", "tcp.flags.ack"])
        if len(resets) != refused + len(reset_closes):
            problems.append(f"{len(resets)} resets for {refused} connections refused and "
                            f"{len(reset_closes)} closes recorded as resets")
        if any(row[2] != ["1"] for row in resets):
            problems.append("a reset without ACK")
        resets_in = {}
        for row in resets:
            resets_in.setdefault(int(row[0][0]), []).append(int(row[1][0]))
        if len(syns) != len(connections) + refused:
            problems.append(f"{len(syns)} TCP streams for {len(connections)} connections and {refused} refused")
        streams = follow_streams(capture, len(syns))
        found, inside = dissected(capture)
        stream_of = {}
        for c in connections.values():
            host, port = parse_end(c.client_end)
            server_port = STANDARD_PORTS.get(c.service, parse_end(c.server_end)[1])
            candidates = by_end.get((host, port, server_port), [])
            if not candidates:
                problems.append(f"#{c.id}: no TCP stream from {c.client_end} to port {server_port} ({c.service})")
                continue
            n = candidates.pop(0)
            stream_of[c.id] = n
            where = f"#{c.id} ({c.service}, stream {n})"
            got = streams.get(n, {0: b"", 1: b""})
            for node, direction in ((0, "C"), (1, "S")):
                actual = bytes(got[node])
                if c.protocol == "HTTP" and not c.tls:
                    check_http_stream(c, direction, actual, problems, f"{where} {direction}")
                elif actual != bytes(c.bytes[direction]):
                    problems.append(f"{where}: the {direction} octets differ ({len(actual)} in the capture, "
                                    f"{len(c.bytes[direction])} in the transcript)")
            if c.id in reset_closes:
                host = reset_closes[c.id]
                by_client = host == world_client_host(world, c.id)
                port = parse_end(c.client_end)[1] if by_client else server_port
                if resets_in.get(n) != [port]:
                    problems.append(f"{where}: reset by {host} recorded; the capture's resets in the stream "
                                    f"come from ports {resets_in.get(n)}, not [{port}]")
            elif n in resets_in:
                problems.append(f"{where}: an orderly close, but the capture has a reset in its stream")
            commands, replies = found.get(n, {}).get(c.protocol, ([], []))
            if c.protocol in DISSECTORS and (commands != c.commands or replies != c.replies):
                problems.append(f"{where}: tshark dissects commands {commands[:12]} replies {replies[:12]}, "
                                f"the transcript has {c.commands[:12]} {c.replies[:12]}")
            if c.lines_in_tls and n not in inside:
                problems.append(f"{where}: nothing decrypted inside TLS")
        # The secrets block did the decrypting: without it, nothing inside TLS.
        if inside:
            stripped = os.path.join(workdir, "stripped.pcapng")
            without_secrets(capture, stripped)
            _, inside_without = dissected(stripped)
            if inside_without:
                problems.append(f"streams {sorted(inside_without)} decrypted without the secrets block")
    except CheckFailed as failure:
        problems.append(str(failure))
    return problems


def run_scenario(carteiro, name, workdir):
    capture = os.path.join(workdir, f"{name}.pcapng")
    world_file = os.path.join(workdir, f"{name}.carteiro")
    keylog = os.path.join(workdir, f"{name}.keys")
    run = subprocess.run([carteiro, "--headless", "--scenario", name, "--lang", "en", "--export-pcap", capture,
                          "--export-keylog", keylog, "--save-world", world_file],
                         capture_output=True, timeout=240)
    if run.returncode not in (0, 1) or not os.path.exists(capture) or not os.path.exists(world_file):
        raise SystemExit(f"{name}: carteiro --headless failed ({run.returncode}): "
                         + run.stderr.decode(errors="replace")[-600:])
    with open(world_file, encoding="utf-8") as f:
        world = json.load(f)
    return capture, world, keylog


def check_serve(carteiro, workdir):
    """--serve --export-pcap with real clients from outside: curl over HTTPS
    to the webmail and over POP3 with STLS; the capture written when it ends
    shows their requests decrypted, by its own secrets block only."""
    problems = []
    ca = os.path.join(workdir, "ca.pem")
    capture = os.path.join(workdir, "serve.pcapng")
    subprocess.run([carteiro, "--export-ca", ca], capture_output=True, check=True, timeout=60)
    serve = subprocess.Popen([carteiro, "--serve", "--scenario", "webmail", "--ephemeral-ports", "--no-persist",
                              "--export-pcap", capture], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    ports = {}
    try:
        for raw in serve.stdout:
            line = raw.decode(errors="replace").strip()
            m = re.match(r"LISTEN (\S+) (\S+) ([\d.]+):(\d+)", line)
            if m:
                ports[(m.group(1), m.group(2))] = (m.group(3), int(m.group(4)))
            if line == "READY":
                break
        # A client that reads the greeting and resets (SO_LINGER 0, close):
        # the kernel sends RST, not FIN.
        smtp_address, smtp_port = ports[("servidor.edu", "smtp")]
        with socket.create_connection((smtp_address, smtp_port), timeout=30) as raw:
            greeting = raw.recv(4096)
            reset_port = raw.getsockname()[1]
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        if not greeting.startswith(b"220"):
            problems.append(f"serve: SMTP greeting {greeting[:60]!r}")
        address, port = ports[("webmail.servidor.edu", "https")]
        web = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--cacert", ca, "--resolve",
                              f"webmail.servidor.edu:{port}:{address}", f"https://webmail.servidor.edu:{port}/login"],
                             capture_output=True, timeout=60)
        code = web.stdout.decode().strip()
        pop_address, pop_port = ports[("servidor.edu", "pop3")]
        pop = subprocess.run(["curl", "-s", "--ssl-reqd", "--cacert", ca, "--resolve",
                              f"servidor.edu:{pop_port}:{pop_address}", f"pop3://servidor.edu:{pop_port}/",
                              "-u", "fran:claveejemplo"], capture_output=True, timeout=60)
        if code != "200" or pop.returncode != 0:
            problems.append(f"serve: curl got HTTP {code!r}, POP3 exit {pop.returncode}")
    finally:
        serve.terminate()
        serve.wait(timeout=60)
        serve.stdout.close()
    if not os.path.exists(capture):
        return problems + ["serve: no capture written when it ended"]
    try:
        bad = tshark(capture, "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-Y",
                     "ip.checksum.status != 1 || tcp.checksum.status != 1 || tcp.analysis.flags",
                     "-T", "fields", "-e", "frame.number")
        if bad.strip():
            problems.append(f"serve: bad checksums or TCP analysis flags in frames {bad.split()[:10]}")
        requests = [r[0] + r[1] for r in fields(capture, "tls && http.request",
                                               ["http.request.method", "http.request.uri"])]
        responses = [r[0] for r in fields(capture, "tls && http.response", ["http.response.code"])]
        if requests != [["GET", "/login"]] or responses != [[code]]:
            problems.append(f"serve: HTTPS decrypted as {requests} {responses}, curl asked GET /login, got {code}")
        in_clear = [c for r in fields(capture, "pop && !tls", ["pop.request.command"]) for c in r[0]]
        inside = [c.upper() for r in fields(capture, "tls && pop", ["pop.request.command"]) for c in r[0]]
        if "STLS" not in [c.upper() for c in in_clear] or "QUIT" not in inside:
            problems.append(f"serve: POP3 commands in clear {in_clear}, decrypted after STLS {inside}")
        resets = fields(capture, "tcp.flags.reset == 1", ["tcp.srcport", "tcp.dstport"])
        if resets != [[[str(reset_port)], ["25"]]]:
            problems.append(f"serve: resets (source, destination port) {resets}, expected one from the "
                            f"client's port {reset_port} to 25")
        stripped = os.path.join(workdir, "serve-stripped.pcapng")
        without_secrets(capture, stripped)
        if fields(stripped, "tls && (http || pop)", ["frame.number"]):
            problems.append("serve: decrypted without the secrets block")
    except CheckFailed as failure:
        problems.append(f"serve: {failure}")
    return problems


def check_resets(carteiro, capture, world, workdir):
    """ana-fran's closes are all orderly: no RST in its capture. Its world
    with the server's close of one connection marked as a reset, loaded and
    exported again: exactly that RST, from the server's port, and the rest of
    the capture still agrees with the transcript."""
    problems = []
    found = tshark(capture, "-Y", "tcp.flags.reset==1", "-T", "fields", "-e", "frame.number").split()
    if any(e["kind"] == "close" and e.get("reset") for e in world["transcript"]):
        problems.append("ana-fran recorded a reset")
    if found:
        problems.append(f"ana-fran's orderly closes gave resets in frames {found[:10]}")
    crafted = json.loads(json.dumps(world))
    closes = [e for e in crafted["transcript"] if e["kind"] == "close" and e.get("conn")]
    target = next((e for e in closes if e.get("from") != world_client_host(crafted, e["conn"])), None)
    if target is None:
        return problems + ["ana-fran has no close by a server to mark as a reset"]
    target["reset"] = True
    world_file = os.path.join(workdir, "reset.carteiro")
    with open(world_file, "w", encoding="utf-8") as f:
        json.dump(crafted, f)
    reset_capture = os.path.join(workdir, "reset.pcapng")
    run = subprocess.run([carteiro, "--headless", "--load-world", world_file, "--lang", "en", "--export-pcap",
                          reset_capture], capture_output=True, timeout=240)
    if run.returncode != 0 or not os.path.exists(reset_capture):
        return problems + [f"--load-world --export-pcap failed ({run.returncode}): "
                           + run.stderr.decode(errors="replace")[-300:]]
    service = next(e["noteArgs"][2] for e in crafted["transcript"]
                   if e["kind"] == "connect" and e.get("conn") == target["conn"])
    port = str(STANDARD_PORTS[service])
    rows = fields(reset_capture, "tcp.flags.reset==1", ["tcp.srcport"])
    if rows != [[[port]]]:
        problems.append(f"the world with #{target['conn']}'s close marked as a reset gives resets from ports "
                        f"{rows}, expected one from {port} ({service})")
    # The reloaded world reads the field back: saved again, it keeps it.
    problems += check_capture(reset_capture, crafted, workdir)
    return problems


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    carteiro, source = sys.argv[1], pathlib.Path(sys.argv[2])
    if not shutil.which("tshark") or not shutil.which("curl"):
        raise SystemExit("tshark and curl are needed (scripts/bootstrap.sh installs them)")
    names = sys.argv[3:] or sorted(p.stem for p in (source / "scenarios").glob("*.scenario"))
    failures = 0
    with tempfile.TemporaryDirectory() as workdir:
        checked_tls = 0
        for name in names:
            capture, world, keylog = run_scenario(carteiro, name, workdir)
            problems = check_capture(capture, world, workdir)
            connections = len(transcript_connections(world))
            tls = sum(1 for c in transcript_connections(world).values() if c.lines_in_tls)
            checked_tls += tls
            # --export-keylog writes the keys the capture carries.
            keys = pathlib.Path(keylog).read_bytes()
            if tls and (not keys or keys not in pathlib.Path(capture).read_bytes()):
                problems.append("--export-keylog's keys are not the capture's")
            print(f"{name}: {connections} connections, {tls} decrypted: "
                  + ("ok" if not problems else f"{len(problems)} problem(s)"))
            for p in problems:
                print(f"  {p}")
            failures += bool(problems)
            if connections == 0:
                print(f"  {name}: no connection at all: nothing was checked")
                failures += 1
        if not sys.argv[3:] and checked_tls == 0:
            print("no TLS session was checked")
            failures += 1
        if not sys.argv[3:]:
            problems = check_serve(carteiro, workdir)
            print("serve with curl over HTTPS and POP3 STLS: " + ("ok" if not problems else "problems"))
            for p in problems:
                print(f"  {p}")
            failures += bool(problems)
        # Controls: a broken capture must fail the same checks.
        capture, world, _ = run_scenario(carteiro, "ana-fran", workdir)
        problems = check_resets(carteiro, capture, world, workdir)
        print("resets: none in ana-fran, one in its world with a close marked as a reset: "
              + ("ok" if not problems else "problems"))
        for p in problems:
            print(f"  {p}")
        failures += bool(problems)
        data = pathlib.Path(capture).read_bytes()
        truncated = os.path.join(workdir, "truncated.pcapng")
        pathlib.Path(truncated).write_bytes(data[:len(data) - len(data) // 3 - 1])
        flipped = os.path.join(workdir, "flipped.pcapng")
        at = data.find(b"EHLO")
        if at < 0:
            print("control: no EHLO in ana-fran's capture")
            failures += 1
        else:
            changed = bytearray(data)
            changed[at + 1] ^= 0x20  # "EhLO"
            pathlib.Path(flipped).write_bytes(bytes(changed))
            # And a transcript that says one octet other than the capture.
            altered = json.loads(json.dumps(world))
            line = next(e for e in altered["transcript"] if e["kind"] == "line" and e.get("dir") == "C")
            line["raw"] = line["raw"].replace("EHLO", "EHLX") if "EHLO" in line["raw"] else line["raw"] + "x"
            for label, broken, against in (("truncated", truncated, world), ("flipped octet", flipped, world),
                                           ("other transcript", capture, altered)):
                problems = check_capture(broken, against, workdir)
                print(f"control, {label} capture: " + ("FAILED as it must" if problems else "passed: WRONG"))
                if problems:
                    print(f"  {problems[0][:200]}")
                else:
                    failures += 1
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
