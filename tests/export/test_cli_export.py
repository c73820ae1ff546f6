#!/usr/bin/python3
"""boardpack export from the command line, on the bundled demo area, read back by
check_workbook.py (openpyxl) and check_pdf.py (poppler).

Usage: test_cli_export.py BOARDPACK_EXECUTABLE
TAP output, one line per check.
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    if not ok and detail:
        for line in detail.rstrip().splitlines():
            print(f"# {line}")


def run(*args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def main():
    bp = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "demo.db")
        r = run(bp, "demo-data", "--out", tmp)
        check("demo-data", r.returncode == 0, r.stderr)
        for kind in ("outcomes", "population", "benchmarks", "interventions", "victims", "board",
                     "staffing", "budget", "actions"):
            r = run(bp, "--db", db, "import", kind, os.path.join(tmp, f"{kind}.csv"))
            check(f"import {kind}", r.returncode == 0, r.stderr)
        r = run(bp, "--db", db, "area", "set", "Northdale")
        check("area set", r.returncode == 0, r.stderr)

        # Usage errors: exit 1.
        r = run(bp, "--db", db, "export")
        check("export with no file is a usage error (1)", r.returncode == 1, r.stderr)
        r = run(bp, "--db", db, "export", "--xlsx", os.path.join(tmp, "x.xlsx"),
                "--profile", "board")
        check("an unknown profile is a usage error (1)", r.returncode == 1, r.stderr)

        # Invalid input: exit 2, nothing written.
        empty = os.path.join(tmp, "empty.db")
        out = os.path.join(tmp, "none.xlsx")
        r = run(bp, "--db", empty, "export", "--xlsx", out)
        check("no data is invalid input (2)", r.returncode == 2 and not os.path.exists(out),
              r.stderr)
        r = run(bp, "--db", db, "export", "--xlsx", out, "--period-end", "2024-02-15")
        check("a period end that is not a quarter end is invalid input (2)",
              r.returncode == 2 and not os.path.exists(out), r.stderr)

        # Cannot write: exit 3.
        r = run(bp, "--db", db, "export", "--pdf", os.path.join(tmp, "missing", "x.pdf"))
        check("a folder that does not exist cannot be written (3)", r.returncode == 3,
              r.stderr)

        # Both profiles, both files; nothing on stderr when it is not a terminal.
        for profile, marking in (("internal", "OFFICIAL-SENSITIVE"), ("partner", "OFFICIAL")):
            xlsx = os.path.join(tmp, f"{profile}.xlsx")
            pdf = os.path.join(tmp, f"{profile}.pdf")
            r = run(bp, "--db", db, "export", "--xlsx", xlsx, "--pdf", pdf, "--profile", profile)
            check(f"export --profile {profile}", r.returncode == 0 and r.stderr == "",
                  r.stderr)
            spec = os.path.join(tmp, f"{profile}.json")
            with open(spec, "w", encoding="utf-8") as f:
                f.write('{"profile": "%s"}' % profile)
            r = run(PYTHON, os.path.join(HERE, "check_workbook.py"), xlsx, spec)
            check(f"{profile} workbook read back by openpyxl", r.returncode == 0, r.stdout)
            r = run(PYTHON, os.path.join(HERE, "check_pdf.py"), pdf, marking, "--min-pages", "8",
                    "--text", "Text alternative:", "--board-paper")
            check(f"{profile} PDF read back by poppler", r.returncode == 0, r.stdout)

        # The plan's tables: the Plan sheet in both packs, the staff list (posts by name)
        # only in the internal one; the demo budget's deliberate £1,000 out is reported.
        r = run(PYTHON, "-c", """
import sys, openpyxl
for path, internal in ((sys.argv[1], True), (sys.argv[2], False)):
    wb = openpyxl.load_workbook(path)
    plan = wb["Plan"]
    assert "Plan_budget" in plan.tables and "Plan_actions" in plan.tables, path
    assert ("Plan_staff" in plan.tables) == internal, path
    text = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows()
                    for c in row if c.value is not None)
    assert ("Case worker (part time) 1" in text) == internal, "a staff post in " + path
    found = [ws for ws in wb.worksheets if "Budget_check" in ws.tables]
    assert found, "no budget check on the data quality sheet of " + path
    cells = found[0][found[0].tables["Budget_check"].ref]
    assert any("a difference of \u00a31,000" in str(c.value) for r in cells for c in r), path
print("ok")
""", os.path.join(tmp, "internal.xlsx"), os.path.join(tmp, "partner.xlsx"))
        check("the Plan sheet: the staff list in the internal pack only; the budget check",
              r.returncode == 0 and r.stdout.strip() == "ok", r.stdout + r.stderr)

        # The commentary (cli.md): set from the command line, shown, printed under its
        # indicator in both packs as the service's own, cleared.
        r = run(bp, "--db", db, "commentary", "set", "fte", "Entrants rose; the panel reviews.")
        check("commentary set fte", r.returncode == 0 and "saved" in r.stdout, r.stderr)
        r = run(bp, "--db", db, "commentary", "show", "fte")
        check("commentary show fte", r.stdout.strip() == "Entrants rose; the panel reviews.",
              r.stdout + r.stderr)
        r = run(bp, "--db", db, "commentary", "set", "nonsense", "x")
        check("an unknown commentary key is a usage error (1)",
              r.returncode == 1 and "nonsense" in r.stderr, r.stderr)
        note = os.path.join(tmp, "summary.txt")
        with open(note, "w", encoding="utf-8") as f:
            f.write("A steady quarter.\n")
        r = run(bp, "--db", db, "commentary", "set", "summary", "--file", note)
        check("commentary set summary --file", r.returncode == 0, r.stderr)
        for profile in ("internal", "partner"):
            xlsx = os.path.join(tmp, f"commentary-{profile}.xlsx")
            pdf = os.path.join(tmp, f"commentary-{profile}.pdf")
            r = run(bp, "--db", db, "export", "--xlsx", xlsx, "--pdf", pdf, "--profile", profile)
            check(f"export with commentary ({profile})", r.returncode == 0, r.stderr)
            r = run(PYTHON, "-c", """
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def lines(name):
    return [str(c.value) for row in wb[name].iter_rows(max_row=15) for c in row if c.value]
assert "The service's commentary: Entrants rose; the panel reviews." in lines("First time entrants")
assert "The service's commentary: A steady quarter." in lines("Summary")
print("ok")
""", xlsx)
            text = run("pdftotext", pdf, "-").stdout
            check(f"the {profile} pack prints the commentary as the service's",
                  r.stdout.strip() == "ok" and "Entrants rose; the panel reviews." in text,
                  r.stdout + r.stderr)
        r = run(bp, "--db", db, "commentary", "clear", "fte")
        r2 = run(bp, "--db", db, "commentary", "show", "fte")
        check("commentary clear fte", r.returncode == 0 and r2.stdout == "", r2.stdout)

        # The same figures in both files: the FTE rate of the report appears in the PDF.
        r = run(bp, "--db", db, "report", "--format", "text")
        rate = r.stdout.split("First time entrants: ", 1)[1].split("(", 1)[1].split(" ", 1)[0]
        text = run("pdftotext", os.path.join(tmp, "internal.pdf"), "-").stdout
        check(f"the PDF shows the report's FTE rate ({rate})", rate in text)

        # The disproportionality options: the same in report, export and chart.
        r = run(bp, "--db", db, "export", "--xlsx", os.path.join(tmp, "t.xlsx"), "--tier", "court")
        check("an unknown tier is a usage error (1)", r.returncode == 1 and "--tier" in r.stderr,
              r.stderr)
        r = run(bp, "--db", db, "report", "--years", "4")
        check("--years 4 is a usage error (1)", r.returncode == 1 and "--years" in r.stderr,
              r.stderr)
        pooled = os.path.join(tmp, "pooled.xlsx")
        r = run(bp, "--db", db, "export", "--xlsx", pooled, "--years", "2", "--stage",
                "any_outcome", "--tier", "community")
        check("export --years 2 --stage any_outcome --tier community", r.returncode == 0,
              r.stderr)
        r = run(bp, "--db", db, "report", "--format", "json", "--years", "2", "--stage",
                "any_outcome", "--tier", "community")
        disparity = json.loads(r.stdout)["disparity"]
        check("the report names the tier and the years",
              disparity["tier"] == "community" and disparity["years"] == 2, str(disparity))
        r = run(PYTHON, "-c", """
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Disproportionality"]
text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
groups = ws.tables["Disproportionality_by_group"]
first = ws[groups.ref][1][1].value
print(first)
assert "pooled over 2 financial years" in text, "no pooled line"
assert "Only outcomes of one tier are counted: community" in text, "no tier line"
""", pooled)
        asian = [g for g in disparity["groups"] if g["group"] == "Asian"][0]["count"]
        check("the pooled pack says so, names the tier and has the report's Asian count "
              f"({asian})", r.returncode == 0 and r.stdout.strip() == str(asian),
              r.stdout + r.stderr)

    print(f"1..{len(results)}")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
