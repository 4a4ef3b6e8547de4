#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-handout.py — carteiro --export-handout, read back with poppler-utils.

Usage: check-handout.py CARTEIRO SOURCE_DIR [OUTPUT_DIR]

For built-in scenarios (SMTP and POP3, POP3 alone, IMAP, exercises,
predict-the-reply) in Galician, Spanish and English, and then every other
built-in scenario in one of the three languages, the PDF is written and
then read with pdfinfo, pdftotext and pdftoppm, programs nobody here wrote:
  - the page count pdfinfo gives is the "page N of M" printed on every page;
  - the title and every narration line of the scenario file, in the chosen
    language, are in the text, and the labels are in that language;
  - the client's commands of every connection (from a --headless --json run
    of the same scenario) are in the text as "C: …", in order;
  - exercises: their goals, and room to answer; questions: before the
    answers, which are on the last page(s) only, and a refusal asked about
    appears nowhere before them;
  - no word of any page runs past the margins (pdftotext -bbox);
  - a page renders (pdftoppm -png -r 60) to a PNG of the A4 page's size.
Then the errors: an unknown scenario, a broken one, a folder that does not
exist, a name without .pdf — each a non-zero exit, a message naming what was
wrong, and no file left.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

CARTEIRO, SOURCE = sys.argv[1], sys.argv[2]
OUT = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="handout-")
os.makedirs(OUT, exist_ok=True)
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
failures = []

LABELS = {  # words of the handout's own labels, per language
    "gl": {"page": "Páxina", "of": "de", "answers": "Respostas", "timeline": "Liña temporal",
           "exercise": "Exercicio", "question": "Pregunta"},
    "es": {"page": "Página", "of": "de", "answers": "Respuestas", "timeline": "Cronología",
           "exercise": "Ejercicio", "question": "Pregunta"},
    "en": {"page": "Page", "of": "of", "answers": "Answers", "timeline": "Timeline",
           "exercise": "Exercise", "question": "Question"},
}
A4_WIDTH_PT, A4_HEIGHT_PT = 595.3, 841.9
MARGIN_PT = 18 / 25.4 * 72  # the handout's side margins, 18 mm
TOP_PT, BOTTOM_PT = 22 / 25.4 * 72, A4_HEIGHT_PT - 20 / 25.4 * 72  # where its pages' content is


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    return condition


def run(args, **kw):
    return subprocess.run(args, env=ENV, capture_output=True, text=True, timeout=240, **kw)


def norm(text):
    # NFKC: the PDF's ligatures ("ﬁ") as letters again.
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def scenario_texts(name, lang):
    """The title, the say lines and the exercise goals of a built-in scenario file."""
    title, says, goals = None, [], []
    with open(os.path.join(SOURCE, "scenarios", name + ".scenario"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*(title|say|goal)\s+' + lang + r'\s+"(.*)"\s*$', line)
            if not m:
                continue
            text = m.group(2).replace('\\"', '"')
            if m.group(1) == "title":
                title = text
            elif m.group(1) == "say":
                says.append(text)
            else:
                goals.append(text)
    return title, says, goals


def text_regex(text):
    """A scenario's text as found in the PDF: any spacing, a {port …} a number."""
    parts = re.split(r"\{port [^}]*\}", norm(text))
    return r"\s*\d+\s*".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)


def page_texts(pdf, pages):
    texts = []
    for p in range(1, pages + 1):
        r = run(["pdftotext", "-f", str(p), "-l", str(p), "-enc", "UTF-8", pdf, "-"])
        texts.append(r.stdout)
    return texts


def client_commands(name, lang):
    """The client commands of each connection of a --headless --json run, connections in order."""
    r = run([CARTEIRO, "--headless", "--json", "--scenario", name, "--lang", lang])
    check(r.returncode == 0, f"{name}: --headless --json exit {r.returncode}: {r.stderr[-300:]}")
    order, lines = [], {}
    for raw in r.stdout.splitlines():
        try:
            e = json.loads(raw)
        except ValueError:
            continue
        if e.get("kind") != "line" or not e.get("conn"):
            continue
        c = e["conn"]
        if c not in lines:
            order.append(c)
            lines[c] = []
        if e.get("role") == "command" and e.get("dir") == "C" and not e.get("sensitive"):
            lines[c].append(e.get("line", ""))
    return [cmd for c in order for cmd in lines[c]]


def bbox_problems(pdf):
    r = run(["pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-"])
    problems, pages = [], 0
    page_w = page_h = None
    for line in r.stdout.splitlines():
        m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if m:
            page_w, page_h = float(m.group(1)), float(m.group(2))
            pages += 1
            continue
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            # Within the side margins; above, the header's line (under 56 pt), between, the
            # content (62.4 pt to 785.3 pt: 22 mm and 20 mm from the edges), below, the footer's.
            header, footer = y1 <= 56, y0 >= 795
            inside = y0 >= TOP_PT - 1 and y1 <= BOTTOM_PT + 1
            if x1 > page_w - MARGIN_PT + 1.5 or x0 < MARGIN_PT - 1.5 or not (header or footer or inside):
                problems.append(f"page {pages}: '{m.group(5)}' at x {x0:.1f}-{x1:.1f}, y {y0:.1f}-{y1:.1f}")
    return pages, problems


def export(name, lang):
    pdf = os.path.join(OUT, f"{name}-{lang}.pdf")
    if os.path.exists(pdf):
        os.remove(pdf)
    r = run([CARTEIRO, "--export-handout", pdf, "--scenario", name, "--lang", lang])
    ok = check(r.returncode == 0 and os.path.isfile(pdf),
               f"{name} {lang}: exit {r.returncode}, stderr {r.stderr[-400:]}")
    return pdf if ok else None


def check_handout(name, lang, commands, exercises=False, questions=0):
    pdf = export(name, lang)
    if not pdf:
        return None
    words = LABELS[lang]
    info = run(["pdfinfo", pdf]).stdout
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    check(m is not None, f"{name} {lang}: pdfinfo gives no page count")
    pages = int(m.group(1)) if m else 0
    check(re.search(r"^Page size:\s+595(\.\d+)? x 84[12](\.\d+)?", info, re.M) is not None,
          f"{name} {lang}: not A4: {info}")
    texts = page_texts(pdf, pages)
    for i, t in enumerate(texts, 1):
        check(re.search(rf"{words['page']}\s+{i}\s+{words['of']}\s+{pages}\b", t) is not None,
              f"{name} {lang}: page {i} does not say '{words['page']} {i} {words['of']} {pages}'")
    title, says, goals = scenario_texts(name, lang)
    check(title is not None and norm(title) in norm(texts[0]), f"{name} {lang}: title {title!r} not on page 1")
    for i, t in enumerate(texts[1:], 2):
        check(norm(title)[:30] in norm(t), f"{name} {lang}: page {i} lacks the title in its header")
    whole = norm(" ".join(texts))
    for say in says:
        check(re.search(text_regex(say), whole) is not None, f"{name} {lang}: narration {say!r} missing")
    check(words["timeline"] in whole, f"{name} {lang}: no '{words['timeline']}' heading")
    # The client's commands, connection by connection, in order.
    at = 0
    for cmd in commands:
        found = whole.find(norm("C: " + cmd), at)
        if not check(found >= 0, f"{name} {lang}: 'C: {cmd}' missing or out of order"):
            break
        at = found + 1
    if exercises:
        for goal in goals:
            check(re.search(text_regex(goal), whole) is not None, f"{name} {lang}: exercise goal {goal!r} missing")
        check(words["exercise"] + " 1" in whole, f"{name} {lang}: no '{words['exercise']} 1'")
    answers_pages = [i for i, t in enumerate(texts) if norm(t).find(words["answers"]) >= 0]
    if questions or exercises:
        check(bool(answers_pages), f"{name} {lang}: no answers page")
    if answers_pages:
        first = answers_pages[0]
        before = norm(" ".join(texts[:first]))
        after = norm(" ".join(texts[first:]))
        for q in range(1, questions + 1):
            check(f"{words['question']} {q}." in before, f"{name} {lang}: question {q} not before the answers")
            check(f"{words['question']} {q}." not in after, f"{name} {lang}: question {q} after the answers")
        # The answers' refusals (5xx, -ERR) are not given away before them.
        for reply in re.findall(r"S: ((?:5\d\d|-ERR) [^\n]{4,60})", " ".join(texts[first:])):
            check(norm(reply) not in before, f"{name} {lang}: the answer {reply!r} shows before the answers")
        if questions:
            check(before.count("???") >= questions, f"{name} {lang}: the replies asked about are not hidden")
    counted, problems = bbox_problems(pdf)
    check(counted == pages, f"{name} {lang}: -bbox counts {counted} pages, pdfinfo {pages}")
    check(not problems, f"{name} {lang}: words beyond the margins: {problems[:5]}")
    return pdf, pages, texts


# SMTP and POP3 (the course's walkthrough), in the three languages.
for lang in ("gl", "es", "en"):
    commands = client_commands("ana-fran", lang)
    check(any(c.startswith("RETR") for c in commands) and any(c.startswith("HELO") or c.startswith("EHLO")
                                                              for c in commands),
          "ana-fran: the run has no SMTP or POP3 commands")
    result = check_handout("ana-fran", lang, commands)
    if result and lang == "gl":
        pdf, pages, texts = result
        # The course's S: lines (section 3) and the relay's commands, in order.
        whole = norm(" ".join(texts))
        at = 0
        for line in ["S: 220 servidor.edu", "C: HELO cliente.fr", "S: 250 Hello cliente.fr, pleased to meet you",
                     "C: MAIL FROM:<ana@cliente.fr>", "C: RCPT TO:<fran@servidor.edu>", "C: DATA",
                     'S: 354 Enter mail, end with "." on a line by itself', "C: .", "C: QUIT",
                     "S: 221 servidor.edu closing connection"]:
            found = whole.find(line, at)
            check(found >= 0, f"ana-fran gl: course line {line!r} missing or out of order")
            at = max(at, found)
        # A page drawn as an image, to look at (the timeline's first page too).
        timeline = next((i for i, t in enumerate(texts, 1) if LABELS["gl"]["timeline"] in t), 1)
        for page in (1, timeline):
            prefix = os.path.join(OUT, f"ana-fran-gl-page{page}")
            r = run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", pdf, prefix])
            png = prefix + ".png"
            ok = check(r.returncode == 0 and os.path.isfile(png), f"pdftoppm failed: {r.stderr}")
            if ok:
                with open(png, "rb") as f:
                    head = f.read(24)
                w, h = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
                check(head[:8] == b"\x89PNG\r\n\x1a\n" and abs(w - 496) <= 2 and abs(h - 702) <= 2,
                      f"page {page} as PNG is {w}x{h}, not A4 at 60 dpi")
                check(os.path.getsize(png) > 8000, f"page {page} as PNG looks empty ({os.path.getsize(png)} octets)")

# The course's SMTP dialogue of section 3, as the course writes it, from the
# course's own text (telnet-smtp's exercise types it).
result = check_handout("telnet-smtp", "gl", client_commands("telnet-smtp", "gl"), exercises=True)
if result:
    whole = norm(" ".join(result[2]))
    with open(os.path.join(SOURCE, "scenarios", "telnet-smtp.scenario"), encoding="utf-8") as f:
        dialogue = [norm(l) for l in f if re.match(r"\s+[CS]: ", l)]
    check(len(dialogue) == 15, f"telnet-smtp: {len(dialogue)} lines in its solution, not the course's 15")
    at = 0
    for line in dialogue:
        found = whole.find(line, at)
        check(found >= 0, f"telnet-smtp gl: course line {line!r} missing or out of order")
        at = max(at, found + 1)

# POP3 alone, IMAP with an exercise, SMTP and POP3 exercises, predict-the-reply.
for name, lang, exercises, questions in [
        ("pop3-delete-vs-keep", "en", False, 0),
        ("imap-folders", "gl", False, 0),
        ("telnet-imap", "es", True, 0),
        ("telnet-pop3", "gl", True, 0),
        ("predict-the-reply", "gl", False, 4),
        ("predict-the-reply", "es", False, 4),
        ("predict-the-reply", "en", False, 4)]:
    check_handout(name, lang, client_commands(name, lang), exercises, questions)

# Every other built-in scenario, the languages in turn: it exports, its
# title, narration, page numbers and margins are right.
done = {"ana-fran", "telnet-smtp", "pop3-delete-vs-keep", "imap-folders", "telnet-imap", "telnet-pop3",
        "predict-the-reply"}
listed = run([CARTEIRO, "--list-scenarios"]).stdout.splitlines()
names = [line.split("\t")[0] for line in listed if line.strip()]
check(len(names) >= 20 and done <= set(names), f"--list-scenarios lists {names}")
for i, name in enumerate(n for n in names if n not in done):
    check_handout(name, ("gl", "es", "en")[i % 3], [])

# Errors: a clear message, a non-zero exit, no file left behind.
def check_error(args, pdf, code, words, what):
    if os.path.exists(pdf):
        os.remove(pdf)
    r = run([CARTEIRO, "--export-handout", pdf] + args)
    check(r.returncode == code, f"{what}: exit {r.returncode}, not {code} ({r.stderr[-300:]})")
    for w in words:
        check(w in r.stderr, f"{what}: the message does not name {w!r}: {r.stderr[-300:]}")
    check(not os.path.exists(pdf), f"{what}: a file was left behind")
    folder = os.path.dirname(pdf)
    if os.path.isdir(folder):
        leftovers = [f for f in os.listdir(folder) if f != "broken.scenario"]
        check(not leftovers, f"{what}: files left in {folder}: {leftovers}")


err_dir = os.path.join(OUT, "errors")
os.makedirs(err_dir, exist_ok=True)
check_error(["--scenario", "no-such-scenario", "--lang", "en"], os.path.join(err_dir, "a.pdf"), 2,
            ["no-such-scenario"], "unknown scenario")
broken = os.path.join(err_dir, "broken.scenario")
with open(broken, "w", encoding="utf-8") as f:
    f.write('title en "Broken"\nserver servidor.edu\nsend nobody to fran@servidor.edu\n')
check_error(["--scenario", broken, "--lang", "en"], os.path.join(err_dir, "b.pdf"), 2,
            ["broken.scenario:3"], "broken scenario")
missing = os.path.join(err_dir, "no-such-folder", "c.pdf")
check_error(["--lang", "en"], missing, 3, [missing], "unwritable file")
check_error(["--lang", "en"], os.path.join(err_dir, "d.txt"), 3, ["d.txt", ".pdf"], "not a .pdf name")
check(not os.path.exists(os.path.dirname(missing)), "the missing folder was made")

if len(sys.argv) <= 3:
    shutil.rmtree(OUT, ignore_errors=True)
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
