#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file says its licence: an SPDX-License-Identifier line near
its top (GPL-3.0-or-later, the LICENSE file). Fails naming each file without
one; with --add, adds the line (after a #! line) and names what it changed.

    tests/check-spdx.py SOURCE_DIR [--add]
"""
import os
import subprocess
import sys

TAG = "SPDX-License-Identifier: GPL-3.0-or-later"
COMMENT = {".cpp": "//", ".h": "//", ".py": "#", ".sh": "#", ".cmake": "#", ".txt": "#"}


def sources(root):
    files = subprocess.run(["git", "-C", root, "ls-files"], capture_output=True, text=True,
                           check=True).stdout.split("\n")
    for name in files:
        if not name or name.startswith(("tests/golden/", "fuzz/corpus/", "tests/mime/corpus/")):
            continue
        base = os.path.basename(name)
        ext = os.path.splitext(base)[1]
        if ext == ".txt" and base != "CMakeLists.txt":
            continue
        if ext in COMMENT and os.path.isfile(os.path.join(root, name)):
            yield name, COMMENT[ext]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    add = "--add" in sys.argv
    missing = []
    for name, comment in sources(root):
        path = os.path.join(root, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        head = text.split("\n")[:5]
        if any(TAG in line for line in head):
            continue
        if not add:
            missing.append(name)
            continue
        lines = text.split("\n")
        at = 1 if lines and lines[0].startswith("#!") else 0
        lines.insert(at, "%s %s" % (comment, TAG))
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        print("added:", name)
    if missing:
        print("check-spdx: %d source file(s) without \"%s\" in their first lines:" % (len(missing), TAG))
        for name in missing:
            print("  " + name)
        return 1
    if not add:
        print("check-spdx: every source file says its licence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
