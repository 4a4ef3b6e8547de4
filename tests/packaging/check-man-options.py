#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`carteiro --help` and the man pages list the same options.

usage: check-man-options.py CARTEIRO MANPAGE...

Each page's .TH line names the version `carteiro --version` prints.

The options of --help are its lines "  -x, --name ..." or "  --name ...". A
man page's are the \\-\\-name (and \\-x) on the line after each .TP in its first
section (OPTIONS, OPCIÓNS: the one after DESCRIPTION). A new option needs a
.TP entry in every page; an entry for an option --help no longer has fails too.
Before that, the comparison is shown to fail on a page with one entry removed.
"""
import os
import re
import subprocess
import sys

HELP_OPTION = re.compile(r"^  (?:(-[A-Za-z0-9]), )?(--[A-Za-z0-9][A-Za-z0-9-]*)")
MAN_OPTION = re.compile(r"\\-(\\-[A-Za-z0-9][A-Za-z0-9\\-]*|[A-Za-z0-9])\b")


def help_options(carteiro):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([carteiro, "--help", "--lang", "en"], capture_output=True, text=True,
                            env=env, timeout=60, check=False)
    if result.returncode != 0:
        sys.exit("%s --help exited with %d:\n%s" % (carteiro, result.returncode, result.stderr))
    options = set()
    for line in result.stdout.splitlines():
        match = HELP_OPTION.match(line)
        if match:
            options.update(o for o in match.groups() if o)
    return options


def options_section(text):
    """The lines of the section that follows NAME, SYNOPSIS and DESCRIPTION."""
    sections = re.split(r"^\.SH .*$", text, flags=re.M)
    # [before .TH's first .SH, NAME, SYNOPSIS, DESCRIPTION, OPTIONS, ...]
    if len(sections) < 5:
        return []
    return sections[4].splitlines()


def man_options(text):
    lines = options_section(text)
    options = set()
    for i, line in enumerate(lines[:-1]):
        if line.strip() == ".TP":
            for match in MAN_OPTION.finditer(lines[i + 1]):
                options.add("-" + match.group(1).replace("\\-", "-"))
    return options


def compare(help_set, page, text):
    found = man_options(text)
    problems = []
    for option in sorted(help_set - found):
        problems.append("%s: %s is in --help but has no .TP entry under OPTIONS" % (page, option))
    for option in sorted(found - help_set):
        problems.append("%s: %s is described but --help has no such option" % (page, option))
    return problems


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    carteiro, pages = sys.argv[1], sys.argv[2:]
    help_set = help_options(carteiro)
    for expected in ("--help", "--version", "--headless", "--scenario", "-h", "-v"):
        if expected not in help_set:
            sys.exit("could not read the options of --help (no %s): %s" % (expected, sorted(help_set)))
    version = subprocess.run([carteiro, "--version"], capture_output=True, text=True, timeout=60,
                             check=False).stdout.split()[-1]
    problems = []
    for page in pages:
        with open(page, encoding="utf-8") as f:
            text = f.read()
        if not re.search(r'^\.TH CARTEIRO 1 \S+ "Carteiro %s"' % re.escape(version), text, flags=re.M):
            problems.append("%s: its .TH line does not name Carteiro %s" % (page, version))
        # The check can fail: the page with its first option's entry removed.
        mutilated = re.sub(r"^\.TP\n\.B \\-\\-headless\n", "", text, count=1, flags=re.M)
        if mutilated == text or not any("--headless" in p for p in compare(help_set, page, mutilated)):
            problems.append("%s: removing the --headless entry was not noticed (is the page still "
                            "made of .TP entries under its OPTIONS section?)" % page)
        problems += compare(help_set, page, text)
        print("%s: %d options" % (page, len(man_options(text))))
    print("--help: %d options" % len(help_set))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("--help and %d man page(s) list the same options" % len(pages))


if __name__ == "__main__":
    main()
