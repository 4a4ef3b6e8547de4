#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The folder picture runs one way: a file may include headers of its own
folder or of a folder in a lower layer, never of a higher or the same layer's
other folders (docs/architecture.md, "Layers"). So there is no circle between
folders, and each new protocol is one more room, not one more knot.

Usage: check-layers.py SOURCE_DIR
First checks itself on tests/layering/fixture, where a wrong include is
planted on purpose (it must be found, and nothing else), then checks core/
and app/ of SOURCE_DIR. Exits 1 naming each include that runs back up."""
import pathlib
import re
import sys

# Lower numbers are lower layers. Folders in one layer may not include each other.
LAYERS = {
    "protocol": 0,   # the engines: bytes in, utterances out
    "message": 0,    # RFC 5322 and MIME (GMime)
    "scenario": 1,   # the scenario model and parser
    "storage": 1,    # Maildir, DiskCommitter, ReceiptJournal
    "tls": 1,        # TLS through memory BIOs, the classroom CA (OpenSSL)
    "web": 1,        # the webmail's pages, forms and words (HTML)
    "transcript": 2, # events, the formatter, the timeline model
    "explain": 3,    # what a line means
    "net": 3,        # the gate, connections
    "mail": 4,       # the hosts: servers, clients, DNS (see the world through HostContext)
    "world": 5,      # the composition root
    "persist": 6,    # world files
    "classroom": 6,  # runner, exercises, predictions, scripted sessions
    "gui": 7,        # the window
    "cli": 8,        # the executable's modes (--headless draws with the window's painter)
}
ROOTS = ("core", "app")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def folder_of(path, root):
    parts = path.relative_to(root).parts
    # core/<folder>/file, app/<folder>/file; app/main.cpp is the top.
    if len(parts) >= 3:
        return parts[1]
    return "main" if parts[0] == "app" else None


def violations(root):
    found = []
    for top in ROOTS:
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in (".h", ".cpp") or not path.is_file():
                continue
            here = folder_of(path, root)
            if here == "main":
                continue
            if here not in LAYERS:
                found.append(f"{path.relative_to(root)}: folder '{here}' has no layer; add it to "
                             "tests/layering/check-layers.py and docs/architecture.md")
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for match in INCLUDE.finditer(text):
                target = match.group(1)
                if "/" not in target:
                    continue  # the same folder (or a generated moc/ui file)
                there = target.split("/", 1)[0]
                if there == here or there not in LAYERS:
                    continue
                if LAYERS[there] >= LAYERS[here]:
                    line = text.count("\n", 0, match.start()) + 1
                    found.append(f"{path.relative_to(root)}:{line}: {here} (layer {LAYERS[here]}) "
                                 f"includes \"{target}\" from {there} (layer {LAYERS[there]})")
    return found


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    source = pathlib.Path(sys.argv[1]).resolve()
    fixture = pathlib.Path(__file__).resolve().parent / "fixture"
    planted = violations(fixture)
    expected = ['core/protocol/planted.h:6: protocol (layer 0) includes "world/world.h" from world (layer 5)']
    if planted != expected:
        print("check-layers.py does not find the include planted in its fixture:")
        print("  expected:", expected)
        print("  found:   ", planted)
        return 2
    found = violations(source)
    for v in found:
        print(v)
    print(f"layering: {len(found)} include(s) running back up"
          f" (the planted one in the fixture was found)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
