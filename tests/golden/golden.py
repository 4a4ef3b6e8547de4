#!/usr/bin/env python3
"""Golden files, Postfix style: what users see, kept in the tree and compared.

For every built-in scenario (as `carteiro --list-scenarios` names them) and
each language (gl, es, en), the `--headless` transcript is normalised (times,
connection ids, client ports, ephemeral server ports, dates, Message-Ids,
APOP timestamps, POP3 unique-ids, MIME boundaries) and compared with
tests/golden/scenarios/<name>.<lang>.txt. For every file in
tests/golden/broken/ and tests/scenarios/ (scenario files with mistakes a
teacher makes), the
output and exit status of `carteiro --check-scenario` is compared with
tests/golden/check/<name>.txt. The JSON lines of `--headless --json` (the
events as scripts read them) of ana-fran and of a scenario whose last
expectation fails are normalised the same way (and `ms` and `conn` too) and
compared with tests/golden/json/<name>.en.jsonl.

A difference fails with the first differing line and a short diff. To accept
a change on purpose: scripts/update-golden.sh (this script with --update),
then read `git diff tests/golden`.

Usage: golden.py CARTEIRO SOURCE_DIR [scenarios|check|json|all] [--update] [--only NAME]
"""
import concurrent.futures
import difflib
import json
import os
import pathlib
import re
import subprocess
import sys

LANGUAGES = ("gl", "es", "en")
STANDARD_PORTS = {"smtp": 25, "submission": 587, "pop3": 110, "imap": 143,
                  "pop3s": 995, "imaps": 993, "smtps": 465, "submissions": 465, "http": 80, "https": 443}
DEFAULT_OFFSET = 10000

TIME = re.compile(r"^\[ *[0-9]+\.[0-9]{3}\] ", re.M)
LISTEN = re.compile(r"^   (\S+) (\S+) ([0-9.]+):([0-9]+)$", re.M)
# The weekday too, also after JSON's "\t" (a backslash and a t: no word
# boundary before the day's name there).
DATE = re.compile(r"(?:\b|(?<=\\t))(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?[0-9]{1,2} "
                  r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} "
                  r"[0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}")
MESSAGE_ID = re.compile(r"<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@")
APOP = re.compile(r"<[0-9]+\.[0-9]+\.[0-9]+@")
BOUNDARY = re.compile(r'boundary="([^"]+)"')
ADDRESS_PORT = re.compile(r"\b(127\.[0-9]+\.[0-9]+\.[0-9]+):([0-9]+)\b")
CONNECTION = re.compile(r"^#([0-9]+) ", re.M)
# IMAP's UIDVALIDITY (RFC 3501 §2.3.1.1): the time a folder was made.
UIDVALIDITY = re.compile(r"\b(UIDVALIDITY|APPENDUID|COPYUID) [0-9]+")
# The webmail's session cookie and CSRF tokens (random hex) and a browser's
# multipart boundary: each replaced, wherever it appears, by a name.
WEB_TOKEN = re.compile(r"(?:carteiro_webmail=|csrf=|name=\\?\"csrf\\?\" value=\\?\")([0-9a-f]{16,})")
FORM_BOUNDARY = re.compile(r"----CarteiroFormBoundary[0-9a-f]+")
# A message's date as the webmail's pages show it.
SHOWN_DATE = re.compile(r"\b20[0-9]{2}-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]\b")
JSON_MS = re.compile(r'"ms":[0-9]+')
JSON_CONNECTION = re.compile(r'"conn":([0-9]+)')
JSON_CONNECT = re.compile(r"-> (127\.[0-9]+\.[0-9]+\.[0-9]+):([0-9]+) \((\S+)\)")
# The --json cases: a built-in scenario, and one whose last expectation fails.
JSON_SCENARIOS = (("ana-fran", "ana-fran"),
                  ("failing-expectation", "tests/cli/failing-expectation.scenario"))


def server_port(service):
    """A server's port as a student sees it: the standard one + 10000."""
    standard = STANDARD_PORTS.get(service)
    return str(standard + DEFAULT_OFFSET) if standard else "PORT-" + service


CA_NAME = re.compile(r"Carteiro classroom CA \([^)]*\)")
TLS_RECORD_SIZE = re.compile(r"((?:tls-record|\"kind\":\"tls-record\").*?)\b\d+(?= (?:octets|octetos))")


def replace_common(text, servers, uids):
    """Ports (`servers`: (address, port) -> name), dates, Message-Ids, APOP
    timestamps, IMAP UIDVALIDITY values, MIME boundaries and POP3 unique-ids (`uids`: uid -> name)."""
    def port(match):
        address, number = match.group(1), match.group(2)
        return f"{address}:{servers.get((address, number), 'CLIENT-PORT')}"
    text = ADDRESS_PORT.sub(port, text)
    text = DATE.sub("DATE", text)
    text = MESSAGE_ID.sub("<MESSAGE-ID@", text)
    text = APOP.sub("<APOP-TIMESTAMP@", text)
    text = UIDVALIDITY.sub(lambda m: m.group(1) + " UIDVALIDITY", text)
    for n, boundary in enumerate(dict.fromkeys(BOUNDARY.findall(text)), 1):
        text = text.replace(boundary, f"BOUNDARY-{n}")
    for n, boundary in enumerate(dict.fromkeys(FORM_BOUNDARY.findall(text)), 1):
        text = text.replace(boundary, f"FORM-BOUNDARY-{n}")
    for n, token in enumerate(dict.fromkeys(WEB_TOKEN.findall(text)), 1):
        text = text.replace(token, f"TOKEN-{n}")
    text = SHOWN_DATE.sub("SHOWN-DATE", text)
    for uid, name in uids.items():
        text = re.sub(r"(?<![\w.])" + re.escape(uid) + r"(?![\w.])", name, text)
    # TLS: the classroom CA is named after its user and machine, and a
    # record's size varies with its ECDSA signature (DER integers are 70 to
    # 72 octets): the record's size is masked, its type and place are not.
    text = CA_NAME.sub("Carteiro classroom CA (USER)", text)
    text = TLS_RECORD_SIZE.sub(lambda m: m.group(1) + "N", text)
    return text


def unique_ids(said):
    """POP3 unique-ids (UIDL) in a conversation, given as (direction, line)
    pairs: they are made from the time a message was stored."""
    uids, listing = {}, False
    for direction, line in said:
        if direction == "C" and re.fullmatch(r"UIDL\s*", line):
            listing = True
        elif listing and direction == "S":
            found = re.fullmatch(r"[0-9]+ (\S+)", line)
            if found:
                uids.setdefault(found.group(1), f"UID-{len(uids) + 1}")
            else:
                listing = line.startswith("+OK")
    return uids


def normalise(text):
    """The transcript with what changes from run to run replaced by names."""
    text = TIME.sub("", text)
    # Server ports: with --ephemeral-ports the system picks them; shown as
    # the default ones (standard port + 10000), which is what a student sees.
    services = {(address, port): service for _host, service, address, port in LISTEN.findall(text)}
    servers = {key: server_port(service) for key, service in services.items()}
    said = []
    for line in text.splitlines():
        found = re.search(r"(C|S): (.*)$", line)
        if found:
            said.append((found.group(1), found.group(2)))
    text = replace_common(text, servers, unique_ids(said))
    # A scenario's "{port HOST SERVICE}" is the real port in its captions,
    # goals and hints (not on the wire): shown as the default one too.
    ports = {port: server_port(service) for (_address, port), service in services.items()}
    if ports:
        told = re.compile(r"(?<![\w.:])(" + "|".join(map(re.escape, ports)) + r")(?!\w)")
        text = "\n".join(line if re.search(r"(C|S): ", line) or LISTEN.match(line)
                          else told.sub(lambda m: ports[m.group(1)], line)
                          for line in text.split("\n"))
    # Captions stay where they fall: the runner holds the queues while the
    # story is told, so a caption comes before what it narrates, every run.
    # Connection ids in order of first appearance (stable if ids ever start
    # elsewhere or skip numbers).
    ids = {}
    text = CONNECTION.sub(lambda m: "#%d " % ids.setdefault(m.group(1), len(ids) + 1), text)
    return text


def normalise_json(text):
    """JSON lines with what changes from run to run replaced by names, the
    same as normalise() does for text; the bytes are otherwise kept as they
    were written (no parsing and writing again, which would hide a change in
    how the program escapes or orders what it writes)."""
    events = []
    for line in text.splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue  # the summary on stderr, the exit status
        if isinstance(event, dict):
            events.append(event)
    # Server ports: a connection's note names the service it reached.
    servers = {}
    for event in events:
        found = JSON_CONNECT.search(event.get("note", "")) if event.get("kind") == "connect" else None
        if found:
            servers[(found.group(1), found.group(2))] = server_port(found.group(3))
    said = [(e.get("dir"), e.get("line", "")) for e in events if e.get("kind") == "line"]
    text = replace_common(text, servers, unique_ids(said))
    text = JSON_MS.sub('"ms":"MS"', text)
    ids = {}
    text = JSON_CONNECTION.sub(lambda m: '"conn":%d' % ids.setdefault(m.group(1), len(ids) + 1), text)
    return text


def run(command, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(command, cwd=cwd, capture_output=True, env=env, timeout=120)
    out = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
    return out + f"[exit status {result.returncode}]\n"


def scenario_cases(carteiro, source):
    listing = subprocess.run([carteiro, "--list-scenarios"], capture_output=True, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=True).stdout
    names = [line.split("\t", 1)[0] for line in listing.splitlines() if line.strip()]
    if len(names) < 10:
        sys.exit(f"golden: --list-scenarios named only {len(names)} scenarios:\n{listing}")
    for name in names:
        for lang in LANGUAGES:
            yield (f"scenarios/{name}.{lang}.txt",
                   [carteiro, "--headless", "--ephemeral-ports", "--lang", lang, "--scenario", name])


def check_cases(carteiro, source):
    broken = sorted(list((source / "tests/golden/broken").glob("*.scenario"))
                    + list((source / "tests/scenarios").glob("*.scenario")))
    if len(broken) < 15:
        sys.exit(f"golden: only {len(broken)} broken scenario files in tests/golden/broken and tests/scenarios")
    for path in broken:
        relative = path.relative_to(source).as_posix()
        for lang in ("en", "gl"):
            yield (f"check/{path.stem}.{lang}.txt",
                   [carteiro, "--lang", lang, "--check-scenario", relative])


def json_cases(carteiro, source):
    for name, scenario in JSON_SCENARIOS:
        yield (f"json/{name}.en.jsonl",
               [carteiro, "--headless", "--json", "--ephemeral-ports", "--lang", "en", "--scenario", scenario])


def first_difference(expected, actual):
    a, b = expected.splitlines(), actual.splitlines()
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i + 1, x, y
    i = min(len(a), len(b))
    return i + 1, (a[i] if i < len(a) else "(end of file)"), (b[i] if i < len(b) else "(end of output)")


def main():
    args = [a for a in sys.argv[1:]]
    update = "--update" in args
    only = None
    if "--only" in args:
        only = args[args.index("--only") + 1]
        del args[args.index("--only"):args.index("--only") + 2]
    args = [a for a in args if a != "--update"]
    if len(args) < 2:
        sys.exit(__doc__)
    carteiro, source = args[0], pathlib.Path(args[1]).resolve()
    which = args[2] if len(args) > 2 else "all"
    golden = source / "tests/golden"

    cases = []
    if which in ("scenarios", "all"):
        cases += list(scenario_cases(carteiro, source))
    if which in ("check", "all"):
        cases += list(check_cases(carteiro, source))
    if which in ("json", "all"):
        cases += list(json_cases(carteiro, source))
    if only:
        cases = [c for c in cases if only in c[0]]

    # Most of a run is waiting (retries, pauses): several at once.
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        outputs = list(pool.map(lambda case: (normalise_json if case[0].endswith(".jsonl") else normalise)(
            run(case[1], source)), cases))

    failures = []
    for (name, command), actual in zip(cases, outputs):
        path = golden / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            old = path.read_text(encoding="utf-8") if path.exists() else None
            if old != actual:
                path.write_text(actual, encoding="utf-8")
                print(f"updated {path.relative_to(source)}")
            continue
        if not path.exists():
            failures.append(f"{name}: no golden file; run scripts/update-golden.sh and read the diff")
            continue
        expected = path.read_text(encoding="utf-8")
        if expected != actual:
            line, x, y = first_difference(expected, actual)
            diff = "".join(list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                     "golden/" + name, "now", n=2))[:40])
            failures.append(f"{name}: differs first at line {line}\n"
                            f"  expected: {x}\n  now:      {y}\n"
                            f"  command:  {' '.join(command[1:])}\n{diff}")
    if update:
        return 0
    for failure in failures:
        print(failure)
    print(f"{len(cases)} golden files compared, {len(failures)} differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
