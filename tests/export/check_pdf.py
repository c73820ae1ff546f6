#!/usr/bin/python3
"""Checks a board pack PDF with poppler's tools, independently of the code that wrote it.

Usage: check_pdf.py REPORT.pdf MARKING [--min-pages N] [--text T]... [--no-text T]...
                    [--any-size] [--untagged] [--board-paper]

  - pdfinfo: A4 portrait pages, at least N of them;
  - pdffonts: every font embedded;
  - pdftotext: the marking and "Page i of N" on every page, each --text somewhere, no
    --no-text anywhere (child identifiers);
  - pdftoppm: every page renders to a PNG that is not blank;
  - the structure (a tagged PDF): pdfinfo says Tagged and gives the title; the structure
    tree holds the document, headings, paragraphs, tables with header and data cells,
    and one figure per chart (each chart's "Text alternative:" paragraph), read back
    from the file's objects;
  - --board-paper (ours, issue "The board paper"): the cover is one page and its
    contents say so: the summary on page 2 and every section before the appendix one
    page, each starting with its title; every page A4, portrait or landscape; no table
    printed "in parts" (the rows either side of a break: tests/test-pdf-layout.c).
Exits 0 when every check passes, else prints each failure and exits 1.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

failures = []


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def page_texts(pdf, pages):
    return [run("pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-")
            for i in range(1, pages + 1)]


def check_board_paper(pdf, pages, whole):
    texts = page_texts(pdf, pages)
    # The contents on the cover: "Title .... 3" rows under the "Section  Page" header;
    # a title that wraps leaves its page number on its last line.
    rows = []
    cover = texts[0].splitlines()
    start = next((i for i, l in enumerate(cover)
                  if re.match(r"^\s*(Section|Adran)\s+(Page|Tudalen)\s*$", l)), None)
    if start is None:
        failures.append("the contents are not on the cover (page 1)")
        return
    pending = ""
    for line in cover[start + 1:]:
        m = re.match(r"^\s*(.*?\S)\s{2,}(\d+)\s*$", line)
        if m:
            rows.append(((pending + " " + m.group(1)).strip(), int(m.group(2))))
            pending = ""
        elif line.strip() and not re.match(r".*(Page|Tudalen) \d+ (of|o) \d+", line):
            pending = (pending + " " + line.strip()).strip()
    appendix = next((i for i, (t, _) in enumerate(rows)
                     if t.startswith(("Appendix: the full tables", "Atodiad: y tablau llawn"))),
                    None)
    if not rows or appendix is None:
        failures.append(f"contents without the appendix: {rows}")
        return
    sections = rows[:appendix]
    want = list(range(2, 2 + len(sections)))
    got = [p for _, p in sections]
    if got != want:
        failures.append(f"a section before the appendix is not one page: pages {got}")
    for title, page in rows:
        if not 1 <= page <= pages:
            failures.append(f"{title!r}: page {page} of {pages}")
            continue
        first = re.sub(r"\s+", " ", texts[page - 1])
        head = re.sub(r"\s+", " ", title)[:40]
        if head not in first:
            failures.append(f"page {page} does not start {title!r}")
    sizes = run("pdfinfo", "-f", "1", "-l", str(pages), pdf)
    for m in re.finditer(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", sizes, re.M):
        w, h = sorted((float(m.group(2)), float(m.group(3))))
        if abs(w - 595.28) > 1 or abs(h - 841.89) > 1:
            failures.append(f"page {m.group(1)} is not A4: {m.group(0)}")
    if re.search(r"\((part|rhan) \d+\)", whole):
        failures.append("a table is printed in parts")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("marking")
    ap.add_argument("--min-pages", type=int, default=1)
    ap.add_argument("--text", action="append", default=[])
    ap.add_argument("--no-text", action="append", default=[])
    ap.add_argument("--any-size", action="store_true", help="do not insist on A4 portrait")
    ap.add_argument("--untagged", action="store_true",
                    help="another program's PDF (LibreOffice's of the workbook): no structure")
    ap.add_argument("--board-paper", action="store_true",
                    help="ours: one page per section before the appendix, no split tables")
    a = ap.parse_args()

    info = run("pdfinfo", a.pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    if pages < a.min_pages:
        failures.append(f"{pages} pages, expected at least {a.min_pages}")
    if a.any_size:
        pass
    elif not size or abs(float(size.group(1)) - 595.28) > 1 or abs(float(size.group(2)) - 841.89) > 1:
        failures.append(f"not A4 portrait: {size.group(0) if size else info}")

    fonts = run("pdffonts", a.pdf).splitlines()[2:]
    if not fonts:
        failures.append("no fonts")
    for line in fonts:
        cols = line.split()
        # name type... emb sub uni object ID: emb is the fourth field from the end but two
        if len(cols) >= 7 and cols[-5] != "yes":
            failures.append(f"font not embedded: {line}")

    whole = run("pdftotext", "-layout", a.pdf, "-")
    for i in range(1, pages + 1):
        text = run("pdftotext", "-f", str(i), "-l", str(i), a.pdf, "-")
        if a.marking not in text.split("\n", 2)[0] + text:
            failures.append(f"page {i}: no marking {a.marking!r}")
        if f"Page {i} of {pages}" not in text:
            failures.append(f"page {i}: no 'Page {i} of {pages}'")
    for t in a.text:
        if t not in whole:
            failures.append(f"text {t!r} not found")
    for t in a.no_text:
        if t in whole:
            failures.append(f"text {t!r} found but must not be there")

    if a.board_paper:
        check_board_paper(a.pdf, pages, whole)

    if a.untagged:
        pass
    elif not re.search(r"^Tagged:\s+yes", info, re.M):
        failures.append("not a tagged PDF (pdfinfo: Tagged is not yes)")
    if not re.search(r"^Title:\s+\S", info, re.M):
        failures.append("no document title")
    with open(a.pdf, "rb") as f:
        raw = f.read() if not a.untagged else b""
    counts = {tag: len(re.findall(rb"/S /" + tag.encode() + rb"\b", raw))
              for tag in ("Document", "H1", "P", "Table", "Caption", "TH", "TD", "Figure")}
    if not a.untagged:
        if b"/StructTreeRoot" not in raw:
            failures.append("no structure tree")
        for tag in ("Document", "H1", "P", "Table", "TH", "TD"):
            if counts[tag] == 0:
                failures.append(f"no {tag} element in the structure tree")
        if counts["Caption"] != counts["Table"]:
            failures.append(f"{counts['Table']} tables but {counts['Caption']} captions")
        alternatives = whole.count("Text alternative:")
        if counts["Figure"] != alternatives:
            failures.append(f"{counts['Figure']} figures but {alternatives} text alternatives")

    with tempfile.TemporaryDirectory() as tmp:
        run("pdftoppm", "-png", "-r", "30", a.pdf, os.path.join(tmp, "page"))
        pngs = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
        if len(pngs) != pages:
            failures.append(f"pdftoppm rendered {len(pngs)} of {pages} pages")
        for p in pngs:
            if os.path.getsize(os.path.join(tmp, p)) < 2000:
                failures.append(f"{p}: looks blank")

    for f in failures:
        print("FAIL:", f)
    print(f"{a.pdf}: {pages} pages, {'ok' if not failures else str(len(failures)) + ' failures'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
