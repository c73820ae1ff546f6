#!/usr/bin/python3
"""The area is set, never guessed (issue "Trust", 2; cli.md "The area and its comparators").

The YJB's data summaries list the area beside its named neighbours. With benchmarks that
name only neighbours (Redbridge, Barking and Dagenham) and no area set, the report, the
JSON and the pack must say "area not set" and never take a neighbour's figure for the
area's own; once the area is set, its own row is shown and only that one. A database of
the schema before the area was stored keeps the area it was reported as when its
benchmarks named exactly one service, and is left unset when they named several.
The comparator figures are Havering's YJS Data Summary 118 as its plan publishes them.

Usage: test_area.py BOARDPACK_EXECUTABLE
TAP output.
"""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bp_tap import check, finish, run  # noqa: E402


HEADER = "indicator,period_start,period_end,area_type,area_name,numerator,denominator,value,rank,rank_of,source\n"
NEIGHBOURS = (HEADER +
              "FTE_RATE,2024-01-01,2024-12-31,YJS,Redbridge,60,33930,177,80,154,YJS Data Summary 118\n"
              "FTE_RATE,2024-01-01,2024-12-31,YJS,Barking and Dagenham,66,28797,229,120,154,YJS Data Summary 118\n"
              "FTE_RATE,2024-01-01,2024-12-31,FAMILY,YJS Family Average,113,70982,160,,,YJS Data Summary 118\n")
OWN = (HEADER +
       "FTE_RATE,2024-01-01,2024-12-31,YJS,Havering,47,26092,180,90,154,YJS Data Summary 118\n")






def write(path, text):
    with open(path, "w") as f:
        f.write(text)
    return path


def fte_table(xlsx):
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["First time entrants"]
    cells = ws[ws.tables["FTE_by_12_months"].ref]
    header = [c.value for c in cells[0]]
    return header, [[c.value for c in r] for r in cells[1:]]


def cover_area(xlsx):
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Cover"]
    for r in ws[ws.tables["About_this_pack"].ref]:
        if r[0].value == "Area":
            return r[1].value
    return None


def main():
    bp = sys.argv[1]
    demo_dir = None
    with tempfile.TemporaryDirectory() as tmp:
        demo_dir = os.path.join(tmp, "demo")
        r = run(bp, "demo-data", "--out", demo_dir)
        check("demo-data", r.returncode == 0, r.stderr)
        db = os.path.join(tmp, "havering.db")
        for kind in ("outcomes", "population"):
            r = run(bp, "--db", db, "import", kind, os.path.join(demo_dir, f"{kind}.csv"))
            check(f"import {kind}", r.returncode == 0, r.stderr)
        neighbours = write(os.path.join(tmp, "neighbours.csv"), NEIGHBOURS)
        r = run(bp, "--db", db, "import", "benchmarks", neighbours)
        check("import benchmarks that name only neighbours", r.returncode == 0, r.stderr)

        # Not set: nothing is guessed.
        r = run(bp, "--db", db, "area")
        check("area says none is set and lists the services the benchmarks name",
              r.returncode == 0 and "No area is set" in r.stdout
              and "Barking and Dagenham, Redbridge" in r.stdout, r.stdout + r.stderr)
        r = run(bp, "--db", db, "report")
        text = r.stdout
        check("the text report says area not set and names no neighbour as the area's own",
              r.returncode == 0 and text.startswith("Area not set")
              and "published Redbridge" not in text and "published Barking" not in text
              and "Redbridge:" not in text, text)
        r = run(bp, "--db", db, "report", "--format", "json")
        report = json.loads(r.stdout)
        yjs = [b for b in report["fte"]["benchmarks"] if b["area_type"] == "YJS"]
        check("the JSON has area null and every YJS row own: false (a neighbour)",
              report["area"] is None and len(yjs) == 2 and not any(b["own"] for b in yjs),
              json.dumps(report["fte"]["benchmarks"], indent=1))
        xlsx = os.path.join(tmp, "unset.xlsx")
        pdf = os.path.join(tmp, "unset.pdf")
        r = run(bp, "--db", db, "export", "--xlsx", xlsx, "--pdf", pdf)
        check("export with no area set", r.returncode == 0, r.stderr)
        header, rows = fte_table(xlsx)
        published = [row[9] for row in rows]
        check("the pack's 'as published' column is the area's, and holds no neighbour's 177 "
              "or 229", header[9] == "Area as published by the YJB"
              and 177 not in published and 229 not in published, f"{header[9]}: {published}")
        pdf_text = run("pdftotext", pdf, "-").stdout
        check("the pack's cover says the area is not set, in the workbook and the PDF",
              str(cover_area(xlsx)).startswith("Area not set") and "Area not set" in pdf_text
              and "Redbridge" not in pdf_text.split("\n\n")[0], cover_area(xlsx))

        # Set to an area the benchmarks do not name: a warning, still no own figure.
        r = run(bp, "--db", db, "area", "set", "Havering")
        check("area set Havering warns that no benchmark names it",
              r.returncode == 0 and "warning" in r.stderr and "Redbridge" in r.stderr,
              r.stdout + r.stderr)
        r = run(bp, "--db", db, "report", "--format", "json")
        report = json.loads(r.stdout)
        check("the JSON names the area; the neighbours stay own: false",
              report["area"] == "Havering"
              and not any(b["own"] for b in report["fte"]["benchmarks"]))

        # Its own published figure: shown, and only it.
        own = write(os.path.join(tmp, "own.csv"), OWN)
        r = run(bp, "--db", db, "import", "benchmarks", own)
        check("import the area's own published figure", r.returncode == 0, r.stderr)
        r = run(bp, "--db", db, "report", "--format", "json")
        report = json.loads(r.stdout)
        owned = [b for b in report["fte"]["benchmarks"] if b["own"]]
        check("only Havering's row is own: true (47 of 26,092 published as 180)",
              len(owned) == 1 and owned[0]["area_name"] == "Havering"
              and owned[0]["value"] == 180, json.dumps(owned))
        r = run(bp, "--db", db, "report")
        check("the text report gives the area's own published figure and rank",
              "published Havering 180, position 90 of 154" in r.stdout, r.stdout)
        r = run(bp, "--db", db, "export", "--xlsx", xlsx)
        header, rows = fte_table(xlsx)
        check("the pack shows Havering's 180 as published, never a neighbour's",
              header[9] == "Havering as published by the YJB" and rows[-1][9] == 180,
              f"{header[9]}: {[row[9] for row in rows]}")

        # Unset again.
        r = run(bp, "--db", db, "area", "set", "")
        r2 = run(bp, "--db", db, "area")
        check("area set '' unsets it", r.returncode == 0 and "No area is set" in r2.stdout,
              r.stdout + r2.stdout)

        # Migration from schema 2, which guessed: one service named keeps it as the area,
        # several leave it unset.
        for name, csv_text, expected in (("one", OWN, "Havering"), ("several", NEIGHBOURS, None)):
            old = os.path.join(tmp, f"old-{name}.db")
            r = run(bp, "--db", old, "import", "benchmarks", write(
                os.path.join(tmp, f"old-{name}.csv"), csv_text))
            con = sqlite3.connect(old)
            con.execute("DELETE FROM meta WHERE key = 'area_name'")
            # What migrations 4, 5, 7, 8, 9 and 10 added, so that it is a database of schema 2
            # again (7 and 9 also rebuilt the import log, which migrating again rebuilds the
            # same).
            con.execute("DROP INDEX IF EXISTS outcome_unknown_ethnicity")
            con.execute("ALTER TABLE case_cache DROP COLUMN checksum")
            for table in ("intervention", "victim", "board_attendance", "kpi_cache", "staff",
                          "budget_line", "plan_action", "commentary"):
                con.execute(f"DROP TABLE {table}")
            con.execute("PRAGMA user_version = 2")
            con.commit()
            con.close()
            r = run(bp, "--db", old, "report", "--format", "json")
            r2 = run(bp, "--db", old, "area")
            got = r2.stdout.strip()
            ok = (got == expected) if expected else got.startswith("No area is set")
            con = sqlite3.connect(old)
            version = con.execute("PRAGMA user_version").fetchone()[0]
            rows_kept = con.execute("SELECT COUNT(*) FROM benchmark").fetchone()[0]
            con.close()
            check(f"a schema-2 database whose benchmarks name {name} service(s) migrates "
                  f"with {'that area' if expected else 'no area set'} and loses nothing",
                  ok and version >= 3 and rows_kept == csv_text.count("\n") - 1,
                  f"{got}, version {version}, rows {rows_kept}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
