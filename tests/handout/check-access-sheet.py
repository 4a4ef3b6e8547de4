#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-access-sheet.py — carteiro --export-access-sheet, read back with poppler-utils.

Usage: check-access-sheet.py CARTEIRO

A class of 30 (`students 30 on 2esi.org`, a webmail in front) and one from a
CSV file (names with accents and commas), in Galician and English:
  - pdfinfo counts 4 pages (8 cards a page);
  - pdftotext finds every student's name, address, user and the password
    kept in DATA/class-passwords, the labels in the chosen language, the
    host to telnet to and every port at --port-offset (the secure ones and
    the webmail's too);
  - a second export with the same data directory prints the same passwords
    (the file is not rewritten); --no-persist prints others and keeps none;
  - no word runs past the page (pdftotext -bbox);
  - a class whose story asks predictions (scenarios/examples/clase-predicir)
    names the quiz page and the quiz console on every card, at the offset;
Then the errors: a scenario without a class, a broken CSV (the message names
the CSV file and line), a name without .pdf — non-zero exits, no file left.
"""
import os
import re
import subprocess
import sys
import tempfile

CARTEIRO = sys.argv[1]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    return condition


def run(args):
    return subprocess.run([CARTEIRO] + args, capture_output=True, text=True, env=ENV, timeout=120)


def text_of(pdf):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def passwords_in(data):
    kept = {}
    with open(os.path.join(data, "class-passwords"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                address, password = line.split()
                kept[address] = password
    return kept


work = tempfile.mkdtemp(prefix="access-sheet-")
scenario = os.path.join(work, "clase.scenario")
with open(scenario, "w", encoding="utf-8") as f:
    f.write('title gl "Servidor de correo da clase"\ntitle en "The class mail server"\n'
            "server 2esi.org\ndns 2esi.org mx 2esi.org\nstudents 30 on 2esi.org\n"
            "webmail webmail.2esi.org for 2esi.org\n")
data = os.path.join(work, "data")

LABELS = {"gl": ["Enderezo:", "Usuario:", "Contrasinal:", "Servidor:", "SMTP:", "POP3:", "IMAP:"],
          "en": ["Address:", "User:", "Password:", "Server:", "SMTP:", "POP3:", "IMAP:"]}
first = None
for language in ("gl", "en"):
    pdf = os.path.join(work, "clase-%s.pdf" % language)
    result = run(["--export-access-sheet", pdf, "--scenario", scenario, "--data-dir", data,
                  "--port-offset", "20000", "--lang", language])
    if not check(result.returncode == 0, "%s: exit %d: %s" % (language, result.returncode, result.stderr)):
        continue
    check("30" in result.stdout and "class-passwords" in result.stdout, "the summary: " + result.stdout)
    check(pages_of(pdf) == 4, "%s: %d pages, expected 4" % (language, pages_of(pdf)))
    text = text_of(pdf)
    kept = passwords_in(data)
    check(len(kept) == 30, "30 passwords kept, found %d" % len(kept))
    if first is None:
        first = kept
    check(kept == first, "the second export changed the passwords")
    for n in range(1, 31):
        address = "alumno%d@2esi.org" % n
        check(address in text, "%s: %s missing" % (language, address))
        check(kept[address] in text, "%s: the password of %s missing" % (language, address))
    for label in LABELS[language]:
        check(text.count(label) == 30, "%s: label %r %d times, expected 30" % (language, label, text.count(label)))
    m = re.search(r"telnet (127\.0\.0\.\d+) 20025", text)
    check(m is not None, "%s: no \"telnet ADDRESS 20025\"" % language)
    for port in ("smtp 20025", "submission 20587", "pop3 20110", "imap 20143", "submissions 20465",
                 "pop3s 20995", "imaps 20993"):
        check(port in text, "%s: %r missing" % (language, port))
    check(re.search(r"http://127\.0\.0\.\d+:20080/", text) is not None, "%s: the webmail's address" % language)
    check("webmail.2esi.org" in text, "%s: the webmail's name" % language)
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for word in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', bbox):
        x0, y0, x1, y1 = map(float, word.groups())
        if not check(0 <= x0 and x1 <= 595.5 and 0 <= y0 and y1 <= 842.1, "a word off the page: %s" % word.group(0)):
            break

# A class whose story asks predictions: every card says where the quiz is,
# the page and the console, at the offset (8080 and 8081 plus it), as the
# window's own export does (ClassQuizServer::planned).
predict = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scenarios", "examples",
                       "clase-predicir.scenario")
pdf = os.path.join(work, "predict.pdf")
result = run(["--export-access-sheet", pdf, "--scenario", predict, "--data-dir", os.path.join(work, "d3"),
              "--port-offset", "20000", "--lang", "en"])
if check(result.returncode == 0, "predict: " + result.stderr):
    text = text_of(pdf)
    pages = re.findall(r"Predict the reply: http://(127\.0\.0\.\d+):28080/", text)
    check(len(pages) == 30, "predict: the quiz page on %d cards, expected 30" % len(pages))
    consoles = re.findall(r"From a terminal: telnet (127\.0\.0\.\d+) 28081", text)
    check(len(consoles) == 30, "predict: the quiz console on %d cards, expected 30" % len(consoles))
    check(set(pages) == set(consoles) and len(set(pages)) == 1, "predict: one address for both: %s %s"
          % (set(pages), set(consoles)))
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for word in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', bbox):
        x0, y0, x1, y1 = map(float, word.groups())
        if not check(0 <= x0 and x1 <= 595.5 and 0 <= y0 and y1 <= 842.1, "a word off the page: %s" % word.group(0)):
            break
# Without a quiz (the class above): no quiz line.
check("Predict the reply" not in text_of(os.path.join(work, "clase-en.pdf")), "a quiz line without predictions")

# Without a data directory: new passwords, kept nowhere.
pdf = os.path.join(work, "fresh.pdf")
result = run(["--export-access-sheet", pdf, "--scenario", scenario, "--no-persist", "--lang", "en"])
check(result.returncode == 0, "--no-persist: " + result.stderr)
if result.returncode == 0:
    text = text_of(pdf)
    check(not any(p in text for p in first.values()), "--no-persist printed the kept passwords")
    check(re.search(r"Password: [a-z]{4}-[a-z]{4}-[a-z]{4}", text) is not None, "--no-persist: no password")

# A class from a CSV file.
with open(os.path.join(work, "alumnos.csv"), "w", encoding="utf-8") as f:
    f.write('nome,usuario\n"Pérez Núñez, Uxía",uxia\nBrais Ferreiro,brais\n')
csv_scenario = os.path.join(work, "csv.scenario")
with open(csv_scenario, "w", encoding="utf-8") as f:
    f.write("server 2esi.org\nclass alumnos.csv on 2esi.org\n")
pdf = os.path.join(work, "csv.pdf")
result = run(["--export-access-sheet", pdf, "--scenario", csv_scenario, "--data-dir", os.path.join(work, "d2"),
              "--lang", "gl"])
if check(result.returncode == 0, "csv: " + result.stderr):
    text = text_of(pdf)
    check(pages_of(pdf) == 1, "csv: one page")
    for word in ("Pérez Núñez, Uxía", "uxia@2esi.org", "Brais Ferreiro", "Usuario: brais"):
        check(word in text, "csv: %r missing" % word)

# Errors.
plain = os.path.join(work, "plain.scenario")
with open(plain, "w", encoding="utf-8") as f:
    f.write("server 2esi.org\nuser a@2esi.org password x\n")
pdf = os.path.join(work, "none.pdf")
result = run(["--export-access-sheet", pdf, "--scenario", plain, "--no-persist", "--lang", "en"])
check(result.returncode == 2 and "declares no class" in result.stderr, "no class: %d %s" % (result.returncode, result.stderr))
check(not os.path.exists(pdf), "no class: a file was left")
with open(os.path.join(work, "alumnos.csv"), "w", encoding="utf-8") as f:
    f.write("name,user\nAna,ana\nBrais\n")
result = run(["--export-access-sheet", pdf, "--scenario", csv_scenario, "--no-persist", "--lang", "en"])
check(result.returncode == 2 and "alumnos.csv:3:" in result.stderr and "expected 2 fields" in result.stderr,
      "broken CSV: %d %s" % (result.returncode, result.stderr))
result = run(["--export-access-sheet", os.path.join(work, "sheet.txt"), "--scenario", scenario, "--no-persist",
              "--lang", "en"])
check(result.returncode == 3 and ".pdf" in result.stderr, "not .pdf: %d %s" % (result.returncode, result.stderr))

print("%d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
