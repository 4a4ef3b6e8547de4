#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The scenario examples in docs/scenarios*.md must parse: every code block of
steps (fault, slow, predict, exercise, expect, session …) is checked with
`carteiro --check-scenario` after the course's two domains, in each language.
Usage: check-doc-examples.py CARTEIRO SOURCE_DIR"""
import pathlib, re, subprocess, sys, tempfile

carteiro, source = sys.argv[1], pathlib.Path(sys.argv[2])
world = """server cliente.fr
server servidor.edu
dns cliente.fr mx cliente.fr
dns servidor.edu mx servidor.edu
user ana@cliente.fr password claveana
user fran@servidor.edu password claveejemplo
user pepe@servidor.edu password clavepepe
client ana user ana@cliente.fr
client fran user fran@servidor.edu imap
"""
# fran reads by IMAP, so the "imap" steps' examples parse too (a fetch or an
# expectation parses for either kind of client).
steps = ("eavesdropper", "webmail", "postfix", "dovecot", "say", "fetch", "wait", "session", "expect", "fault", "down", "up", "slow", "predict", "exercise",
         "imap")
failures = 0
checked = 0
for doc in sorted(source.glob("docs/scenarios*.md")):
    blocks = re.findall(r"```\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
    for block in blocks:
        first = block.split(None, 1)[0] if block.strip() else ""
        if first not in steps:
            continue
        checked += 1
        with tempfile.NamedTemporaryFile("w", suffix=".scenario", delete=False, encoding="utf-8") as f:
            f.write(world + block)
        result = subprocess.run([carteiro, "--check-scenario", f.name], capture_output=True, text=True)
        if result.returncode != 0:
            failures += 1
            print(f"{doc.name}: this example does not parse:\n{block}\n{result.stdout}{result.stderr}")
print(f"{checked} examples checked, {failures} failing")
sys.exit(1 if failures or checked < 30 else 0)
