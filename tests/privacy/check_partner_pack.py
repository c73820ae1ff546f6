#!/usr/bin/python3
"""check_partner_pack.py OUTCOMES.csv PACK.xlsx PACK.pdf

Fails (exit 1) when the partner pack holds any child identifier or date of birth of
OUTCOMES.csv: in any cell of the workbook (text, or a date cell) read with openpyxl, in
the workbook's raw XML, or in the text of the PDF (pdftotext). Dates of birth on the
first or last day of a month are not looked for: period starts and ends are such days.
"""
import calendar
import csv
import datetime
import subprocess
import sys
import zipfile

import openpyxl


def main():
    outcomes, xlsx, pdf = sys.argv[1:4]
    children, births = set(), set()
    with open(outcomes, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            children.add(row["child_id"])
            d = datetime.date.fromisoformat(row["date_of_birth"])
            if 1 < d.day < calendar.monthrange(d.year, d.month)[1]:
                births.add(d)
    texts = set(children)
    for d in births:
        texts.add(d.isoformat())
        texts.add(d.strftime("%d/%m/%Y"))
    problems = []

    book = openpyxl.load_workbook(xlsx)
    cells = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                v = cell.value
                if v is None:
                    continue
                cells += 1
                if isinstance(v, datetime.datetime):
                    v = v.date()
                if isinstance(v, datetime.date) and v in births:
                    problems.append(f"{sheet.title}!{cell.coordinate}: a date of birth, {v}")
                elif isinstance(v, str) and any(t in v for t in texts):
                    problems.append(f"{sheet.title}!{cell.coordinate}: {v!r}")
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            data = z.read(name).decode("utf-8", "replace")
            for t in texts:
                if t in data:
                    problems.append(f"{xlsx}:{name}: {t!r}")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    for t in texts:
        if t in text:
            problems.append(f"{pdf}: {t!r}")

    if cells < 20 or len(text) < 200:
        problems.append(f"the pack looks empty ({cells} cells, {len(text)} characters of PDF text)")
    for p in problems[:20]:
        print(p)
    print(f"checked {len(children)} child identifiers and {len(births)} dates of birth "
          f"against {cells} cells and {len(text)} characters of PDF text")
    sys.exit(1 if problems else 0)


main()
