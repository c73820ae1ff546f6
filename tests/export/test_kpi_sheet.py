#!/usr/bin/python3
"""The workbook's KPIs sheet read back with openpyxl, against `report --format json`:
every KPI's quarter and 12 months in the summary table, and each of its 8 quarters in
its own table, the same numbers to the last digit; in the partner pack no KPI count of
1 to 4, and no percentage shown whose number is not.

Usage: test_kpi_sheet.py BOARDPACK_EXECUTABLE
TAP output, one line per check.
"""

import json
import math
import os
import subprocess
import sys
import tempfile

import openpyxl

results = []

# kpis.md section 4: each KPI's headline as (number, of, percentage or rate, not
# recorded) from its JSON period; None where the KPI has no such figure.
HEADLINES = {
    "accommodation": ("suitable", "known", "pct", "unknown"),
    "ete": ("suitable", "known", "pct", "unknown"),
    "send": ("with_plan", "identified", "plan_pct", "unknown"),
    "mental_health": ("attending", "offered", "attending_pct", "unknown"),
    "substance_misuse": ("attending", "offered", "attending_pct", "unknown"),
    "oocd": ("completed", None, "completed_pct", "unknown"),
    "board": ("senior_attended", "senior_expected", "attendance_pct", None),
    "wider_services": ("any", "known", "any_pct", "unknown"),
    "serious_violence": ("children", "population", "rate_per_100k", None),
    "victims": ("rj_engaged", "consented", "rj_engaged_pct", None),
}


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    if not ok and detail:
        for line in str(detail).rstrip().splitlines():
            print(f"# {line}")


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def headline(key, period):
    part, whole, value, unknown = HEADLINES[key]
    number = period[part]
    of = period[whole] if whole else period["completed"] + period["not_completed"]
    return number, of, period[value], period[unknown] if unknown else None


def rows(ws, name):
    ref = ws.tables[name].ref
    cells = ws[ref]
    header = [c.value for c in cells[0]]
    return header, [[c.value for c in r] for r in cells[1:]]


def same(got, want):
    if isinstance(want, float):
        return isinstance(got, (int, float)) and math.isclose(got, want, rel_tol=0,
                                                              abs_tol=1e-9)
    return got == want


def check_internal(ws, kpis):
    header, summary = rows(ws, "KPIs")
    check("the summary table has a row per KPI", len(summary) == len(HEADLINES),
          f"{len(summary)} rows")
    for key, row in zip(HEADLINES, summary):
        q = headline(key, kpis[key]["quarter"])
        y = headline(key, kpis[key]["year"])
        want = [q[0], q[1], q[2], "[z]" if q[3] is None else q[3], y[0], y[1], y[2]]
        got = row[2:9]
        check(f"KPIs: {key}: the quarter and the 12 months as in the JSON",
              all(same(g, w) for g, w in zip(got, want)), f"got {got}\nwant {want}")
        header, quarters = rows(ws, "KPI_" + key)
        series = kpis[key]["series"]
        bad = []
        for period, r in zip(series, quarters):
            n, of, v, missing = headline(key, period)
            want = [n, of, v, "[z]" if missing is None else missing]
            if not all(same(g, w) for g, w in zip(r[1:5], want)):
                bad.append(f"{period['end']}: got {r[1:5]} want {want}")
        check(f"KPI_{key}: its 8 quarters as in the JSON series",
              len(quarters) == 8 and len(series) == 8 and not bad, "\n".join(bad))


def check_partner(ws):
    small = []
    shown_share = []
    header, summary = rows(ws, "KPIs")
    for r in summary:
        if r[0] == "Management board attendance":
            continue
        for h, v in zip(header, r):
            if isinstance(v, int) and 1 <= v <= 4 and ("Number" in h or "Of" in h):
                small.append(f"KPIs {r[0]} {h}: {v}")
    for name in ws.tables:
        # board attendance counts partners' places at meetings, not children
        if not name.startswith("KPI_") or name == "KPI_board":
            continue
        header, body = rows(ws, name)
        for r in body:
            for h, v in zip(header, r):
                if isinstance(v, (int, float)) and not isinstance(v, bool) \
                        and ("Number" in h or "Of" in h or "Not recorded" in h) \
                        and 1 <= v <= 4:
                    small.append(f"{name} {r[0]} {h}: {v}")
            for i, h in enumerate(header):
                if h and h.endswith("Number") and r[i] == "[c]":
                    pct = header.index(h.replace("Number", "% or rate"))
                    if r[pct] != "[c]":
                        shown_share.append(f"{name} {r[0]} {header[pct]}: {r[pct]}")
    check("partner: no KPI count of 1 to 4", not small, "\n".join(small[:10]))
    check("partner: no percentage shown on a hidden number", not shown_share,
          "\n".join(shown_share[:10]))


def main():
    bp = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "demo.db")
        r = run(bp, "demo-data", "--out", tmp)
        check("demo-data", r.returncode == 0, r.stderr)
        for kind in ("outcomes", "population", "benchmarks", "interventions", "victims", "board"):
            r = run(bp, "--db", db, "import", kind, os.path.join(tmp, f"{kind}.csv"))
            check(f"import {kind}", r.returncode == 0, r.stderr)
        run(bp, "--db", db, "area", "set", "Northdale")
        r = run(bp, "--db", db, "report", "--format", "json")
        check("report --format json", r.returncode == 0, r.stderr)
        kpis = json.loads(r.stdout)["kpis"]
        for profile in ("internal", "partner"):
            xlsx = os.path.join(tmp, f"{profile}.xlsx")
            r = run(bp, "--db", db, "export", "--xlsx", xlsx, "--profile", profile)
            check(f"export --profile {profile}", r.returncode == 0, r.stderr)
            ws = openpyxl.load_workbook(xlsx)["KPIs"]
            if profile == "internal":
                check_internal(ws, kpis)
            else:
                check_partner(ws)

    print(f"1..{len(results)}")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
