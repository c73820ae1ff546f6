#!/usr/bin/python3
"""Small numbers are said in counts, never as percentages (issue "Trust", 4).

The bundled demo area has 2 custodial sentences in the 12 months to December 2023 and 3
in the 12 months to December 2024: "up 48.5%" (of the rate) was headlined. Where a count
is below 10 in either period the change is said in counts ("up from 2 to 3"), in the
text report and in both packs, whose change cell is [z]; and an internal pack marks a
percentage on fewer than 10 children [u] beside the number.

Usage: test_small_numbers.py BOARDPACK_EXECUTABLE SOURCE_DIR
TAP output.
"""

import os
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bp_tap import check, finish, run  # noqa: E402







def summary_rows(xlsx):
    ws = openpyxl.load_workbook(xlsx)["Summary"]
    return [[c.value for c in r] for r in ws[ws.tables["Headline_indicators"].ref][1:]]


def main():
    bp, source = sys.argv[1], sys.argv[2]
    demo = os.path.join(source, "data", "demo")
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "demo.db")
        for kind in ("outcomes", "population", "benchmarks", "interventions", "victims", "board"):
            run(bp, "--db", db, "import", kind, os.path.join(demo, f"{kind}.csv"))
        run(bp, "--db", db, "area", "set", "Northdale")
        text = run(bp, "--db", db, "report", "--period-end", "2024-12-31").stdout
        custody = next(line for line in text.splitlines() if line.startswith("Use of custody"))
        check("the text report says the custody change in counts",
              "up from 2 to 3 on the previous year" in custody and "%" not in custody, custody)
        fte = next(line for line in text.splitlines() if line.startswith("First time entrants"))
        check("a change between counts of 10 or more is still a percentage (48 to 56)",
              "up 15.5% on the previous year" in fte, fte)

        for profile in ("internal", "partner"):
            xlsx = os.path.join(tmp, f"{profile}.xlsx")
            r = run(bp, "--db", db, "export", "--profile", profile, "--xlsx", xlsx,
                    "--period-end", "2024-12-31")
            rows = summary_rows(xlsx)
            rate = next(r for r in rows if r[0] == "Use of custody" and r[1].startswith("Rate"))
            number = next(r for r in rows if r[0] == "Use of custody"
                          and r[1].startswith("Number"))
            if profile == "internal":
                check("the internal pack's custody change cells are [z], the reading in counts",
                      rate[5] == "[z]" and number[5] == "[z]"
                      and "up from 2 to 3 on the year before" in rate[10]
                      and "%" not in rate[10].split("Published")[0], str(rate))
            else:
                # 3 and 2 are counts of 1 to 4: the partner pack hides them and their change.
                check("the partner pack suppresses the counts of 1 to 4 and their change",
                      rate[3] == "[c]" and rate[5] == "[c]" and "2 to 3" not in rate[10],
                      str(rate))

        # A cohort of fewer than 10 children: its percentage is marked [u] in the internal
        # pack, and shown so (a number with "[u]" in its format).
        small = os.path.join(tmp, "small.csv")
        lines = ["outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type,"
                 "offence_date"]
        # Five children cautioned in April-June 2022 (a 3-month cohort of 5), two of whom
        # reoffend in August 2022.
        for i in range(5):
            lines.append(f"S-{i},C-{i},2008-05-14,M,W1,2022-05-0{i + 1},YC,2022-04-0{i + 1}")
        for i in range(2):
            lines.append(f"R-{i},C-{i},2008-05-14,M,W1,2022-09-0{i + 1},RO,2022-08-0{i + 1}")
        lines.append("L-1,C-9,2008-05-14,M,W1,2024-03-30,YC,2024-03-01")
        with open(small, "w") as f:
            f.write("\n".join(lines) + "\n")
        db2 = os.path.join(tmp, "small.db")
        run(bp, "--db", db2, "import", "outcomes", small)
        xlsx = os.path.join(tmp, "small.xlsx")
        r = run(bp, "--db", db2, "export", "--xlsx", xlsx, "--period-end", "2024-03-31")
        wb = openpyxl.load_workbook(xlsx)
        ws = wb["Reoffending"]
        cells = ws[ws.tables["Reoffending_cohorts"].ref]
        quarter = [c for c in cells[1]]
        check("the internal pack shows 40.0% of a cohort of 5 as a number marked [u]",
              r.returncode == 0 and quarter[3].value == 5 and abs(quarter[6].value - 40.0) < 1e-9
              and "[u]" in quarter[6].number_format,
              f"{r.stderr} {[c.value for c in quarter]} {quarter[6].number_format}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
