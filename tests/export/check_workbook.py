#!/usr/bin/python3
"""Reads a board pack workbook back with an independent reader (Debian's python3-openpyxl)
and checks it against the UK Government Analysis Function's spreadsheet guidance and
against the expectations a test gives it.

Usage: check_workbook.py WORKBOOK.xlsx [EXPECTATIONS.json]

Always checked:
  - the eight sheets, in order; a title in A1 of each and the profile on each;
  - every sheet holds Excel tables, none with a blank row; no merged cells;
  - numbers stored as numbers: no cell text that reads as a number;
  - panes frozen under the headers;
  - document properties (title, subject) and the custom "Protective marking";
  - the charts, each with alternative text; the RRI chart has error bars; under each
    comparator table its bars, the area's own hatched.

EXPECTATIONS (JSON) may add:
  "profile": "internal" | "partner"
  "forbidden": strings that must appear nowhere in the file (child identifiers)
  "cells": [{"table", "row", "column", "value", ["tol"], ["format"]}]
      row: the text of the row's first column, or "first|second" where the first
      column repeats
  "symbols": {"[c]": [[table, row, column], ...]}: exactly where a symbol stands
  "title_contains": text A1 of the Cover must contain
Exits 0 when every check passes, else prints each failure and exits 1.
"""

import datetime
import json
import re
import sys
import zipfile

import openpyxl

SHEETS = ["Cover", "Summary", "First time entrants", "Custody", "Reoffending",
          "Disproportionality", "Diversion", "Remands", "Disposals", "Offences", "Delays",
          "Cohort", "KPIs",
          "Data quality", "Notes"]
CHART_SHEETS = ["First time entrants", "Custody", "Reoffending", "Disproportionality",
                "Diversion", "Remands", "Disposals", "Offences", "Delays", "Cohort", "KPIs"]
NUMBER_AS_TEXT = re.compile(r"^\s*[+-]?[\d,]*\d(\.\d+)?\s*%?\s*$")

failures = []


def fail(message):
    failures.append(message)


def table_rows(ws, table):
    """The header and the data rows of an Excel table, as lists of cell objects."""
    rows = list(ws[table.ref])
    return [c.value for c in rows[0]], rows[1:]


def row_keys(rows):
    firsts = [str(r[0].value) for r in rows]
    keys = []
    for r in rows:
        first = str(r[0].value)
        if firsts.count(first) > 1:
            keys.append(first + "|" + str(r[1].value))
        else:
            keys.append(first)
    return keys


def find_tables(wb):
    found = {}
    for ws in wb.worksheets:
        for name in ws.tables:
            found[name] = (ws, ws.tables[name])
    return found


def check_structure(wb, profile):
    # The Plan sheet is there when any of the plan's files was imported.
    expected = SHEETS[:-2] + ["Plan"] + SHEETS[-2:] if "Plan" in wb.sheetnames else SHEETS
    if wb.sheetnames != expected:
        fail(f"sheets are {wb.sheetnames}, expected {expected}")
    for ws in wb.worksheets:
        a1 = ws["A1"].value
        if not isinstance(a1, str) or len(a1) < 10:
            fail(f"{ws.title}: no title in A1 ({a1!r})")
        a2 = ws["A2"].value or ""
        wanted = "Partner pack" if profile == "partner" else "Internal board pack"
        if profile and wanted not in a2:
            fail(f"{ws.title}: the profile is not stated under the title ({a2!r})")
        if ws.merged_cells.ranges:
            fail(f"{ws.title}: merged cells {ws.merged_cells.ranges}")
        if not ws.tables:
            fail(f"{ws.title}: no Excel table")
        if ws.freeze_panes is None:
            fail(f"{ws.title}: panes are not frozen")
        for name in ws.tables:
            header, rows = table_rows(ws, ws.tables[name])
            if any(h is None or h == "" for h in header):
                fail(f"{ws.title}/{name}: a column without a header")
            if not rows:
                fail(f"{ws.title}/{name}: no rows")
            chart_data = name.endswith("_chart_data")
            for r in rows:
                values = [c.value for c in r]
                if all(v is None or v == "" for v in values):
                    fail(f"{ws.title}/{name}: blank row {r[0].row}")
                for c in r:
                    if c.value is None and not chart_data:
                        fail(f"{ws.title}/{name}: blank cell {c.coordinate}")
                    if isinstance(c.value, str) and NUMBER_AS_TEXT.match(c.value):
                        fail(f"{ws.title}/{name}: number stored as text at "
                             f"{c.coordinate}: {c.value!r}")
                    if isinstance(c.value, float) and c.number_format == "General":
                        fail(f"{ws.title}/{name}: number without a format at {c.coordinate}")


def check_package(path, profile, forbidden):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        texts = {n: z.read(n).decode("utf-8", errors="strict") for n in names
                 if n.endswith(".xml") or n.endswith(".rels")}
    for n, text in texts.items():
        for f in forbidden:
            if f in text:
                fail(f"{n}: holds the forbidden text {f!r} (a child identifier?)")
        if "worksheets/sheet" in n and re.search(r"<v>-?\d+,\d+</v>", text):
            fail(f"{n}: a number written with a decimal comma")
    custom = texts.get("docProps/custom.xml", "")
    m = re.search(r'name="Protective marking"[^>]*>\s*<vt:lpwstr>([^<]*)<', custom)
    if not m:
        fail("no custom document property 'Protective marking'")
    elif profile:
        wanted = "OFFICIAL-SENSITIVE" if profile == "internal" else "OFFICIAL"
        if m.group(1) != wanted:
            fail(f"Protective marking is {m.group(1)!r}, expected {wanted!r}")
    drawings = {n: t for n, t in texts.items() if re.match(r"xl/drawings/drawing\d+\.xml$", n)}
    descriptions = []
    for n, t in sorted(drawings.items()):
        for frame in re.findall(r"<xdr:graphicFrame.*?</xdr:graphicFrame>", t, re.S):
            d = re.search(r'<xdr:cNvPr [^>]*descr="([^"]*)"', frame)
            if not d or len(d.group(1)) < 40:
                fail(f"{n}: a chart without alternative text")
            else:
                descriptions.append(d.group(1))
    # The KPIs sheet has a chart only when a KPI with a percentage was calculated (its
    # interventions, victims or board files were imported): then its chart data is there.
    chart_sheets = [n for n in CHART_SHEETS
                    if n != "KPIs" or any("KPIs_chart_data" in t for t in texts.values())]
    charts = [t for n, t in texts.items() if re.match(r"xl/charts/chart\d+\.xml$", n)]
    # Under a comparator table, the bars of its rows, each point styled (c:dPt), the
    # area's own hatched: one per table in an internal pack; a partner pack leaves out the chart of a
    # table with a [c] in it, which Excel would draw as a bar of 0.
    comparator_tables = sum(len(re.findall(r'displayName="[A-Za-z_]*_comparators"', t))
                            for n, t in texts.items() if n.startswith("xl/tables/"))
    comparator_charts = [t for t in charts if "<c:dPt>" in t and "<c:barChart>" in t]
    if profile == "internal" and len(comparator_charts) != comparator_tables:
        fail(f"{len(comparator_charts)} comparator charts, expected {comparator_tables}")
    elif len(comparator_charts) > comparator_tables:
        fail(f"{len(comparator_charts)} comparator charts for {comparator_tables} tables")
    expected = len(chart_sheets) + len(comparator_charts)
    if len(descriptions) != expected:
        fail(f"{len(descriptions)} charts with alternative text, expected {expected}")
    if len(charts) != expected:
        fail(f"{len(charts)} charts, expected {expected}")
    if charts and not any("<c:errBars>" in t for t in charts):
        fail("no chart has error bars (the RRI chart's confidence intervals)")
    return descriptions


def cell_value(tables, table, row, column):
    if table not in tables:
        fail(f"no table {table}")
        return None
    ws, t = tables[table]
    header, rows = table_rows(ws, t)
    if column not in header:
        fail(f"{table}: no column {column!r} (columns: {header})")
        return None
    keys = row_keys(rows)
    if row not in keys:
        fail(f"{table}: no row {row!r} (rows: {keys})")
        return None
    return rows[keys.index(row)][header.index(column)]


def check_cells(tables, cells):
    for e in cells:
        cell = cell_value(tables, e["table"], e["row"], e["column"])
        if cell is None:
            continue
        where = f"{e['table']} [{e['row']}] [{e['column']}]"
        want = e["value"]
        got = cell.value
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            if not isinstance(got, (int, float)):
                fail(f"{where}: {got!r} is not a number (expected {want})")
            elif abs(got - want) > e.get("tol", 1e-9):
                fail(f"{where}: {got} != {want}")
        elif isinstance(want, str) and want.startswith("date:"):
            if not isinstance(got, datetime.datetime) or got.date().isoformat() != want[5:]:
                fail(f"{where}: {got!r} is not the date {want[5:]}")
        elif got != want:
            fail(f"{where}: {got!r} != {want!r}")
        if "format" in e and cell.number_format != e["format"]:
            fail(f"{where}: number format {cell.number_format!r}, expected {e['format']!r}")


def check_symbols(tables, symbols):
    for symbol, expected in symbols.items():
        want = {tuple(x) for x in expected}
        got = set()
        for name, (ws, t) in tables.items():
            if name == "Symbols":  # the table that explains them
                continue
            header, rows = table_rows(ws, t)
            for key, r in zip(row_keys(rows), rows):
                for h, c in zip(header, r):
                    if c.value == symbol:
                        got.add((name, key, h))
        for x in sorted(want - got):
            fail(f"{symbol} expected but not found at {x}")
        for x in sorted(got - want):
            fail(f"{symbol} found where it should not be: {x}")


def main():
    path = sys.argv[1]
    expect = {}
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as f:
            expect = json.load(f)
    profile = expect.get("profile")
    wb = openpyxl.load_workbook(path)
    check_structure(wb, profile)
    check_package(path, profile, expect.get("forbidden", []))
    if not wb.properties.title or not wb.properties.subject:
        fail("document title or subject not set")
    tables = find_tables(wb)
    check_cells(tables, expect.get("cells", []))
    check_symbols(tables, expect.get("symbols", {}))
    if "title_contains" in expect and expect["title_contains"] not in (wb["Cover"]["A1"].value
                                                                      or ""):
        fail(f"Cover A1 {wb['Cover']['A1'].value!r} lacks {expect['title_contains']!r}")
    for f in failures:
        print("FAIL:", f)
    print(f"{path}: {'ok' if not failures else str(len(failures)) + ' failures'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
