#!/usr/bin/python3
"""An attacker against the partner pack (domain.md section 9).

For each partner pack it writes (the bundled demo area, generated areas of a few hundred
rows, and a crafted area where most counts are 1 to 4, at several period ends), this
script reads the workbook back with openpyxl and the PDF's text with poppler, as a
partner would, and tries to recover every [c] count from what is shown:
- the same count shown elsewhere (another table, sheet, chart data range or page);
- a rate, share, percentage, frequency, index or change shown with its denominator
  (counts are stored unrounded in the workbook, so a rate and its population give the
  count back exactly);
- sums a reader knows: the groups Asian to White add up to the children of known
  ethnicity, with the unknown to all children, Asian to Other to "Ethnic minority
  groups", and four 3-month reoffending cohorts to a 12-month cohort;
and any combination of these, by exact elimination over the rationals. It must recover
none. The relations are written here from the pack's published layout, independently of
the program's own disclosure code.

Usage: attack_partner_pack.py BOARDPACK_EXECUTABLE [SOURCE_DIR]
TAP output.
"""

import datetime
import os
import random
import re
import subprocess
import sys
import tempfile
from fractions import Fraction

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bp_tap import check, finish, run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
C = "[c]"
GROUPS = ["Asian", "Black", "Mixed", "Other", "White"]
MINORITIES = "Ethnic minority groups"







def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


class Attack:
    """What a reader knows: shown counts, [c] counts, ratios and sums."""

    def __init__(self):
        self.known = {}        # quantity -> Fraction
        self.hidden = set()    # quantities shown as [c] somewhere
        self.scales = []       # (x, y, factor): x = y * factor
        self.sums = []         # (total, [parts])
        self.contradictions = []
        self.small = set()     # counts of 1 to 4 shown
        self.unprinted = set() # counts never printed but implied (26 of 28: 2 were not)

    def see(self, q, value):
        if value == C:
            self.hidden.add(q)
        elif is_num(value):
            if 1 <= value <= 4:
                self.small.add(q)
            v = Fraction(value).limit_denominator(1000)
            if q in self.known and self.known[q] != v:
                self.contradictions.append((q, self.known[q], v))
            self.known.setdefault(q, v)

    def constant(self, q, value):
        """q = value (a count worked out from a shown rate and a shown denominator)."""
        if is_num(value):
            self.see(q, round(value) if abs(value - round(value)) < 1e-6 else value)

    def scale(self, x, y, factor):
        if is_num(factor) and factor != 0:
            self.scales.append((x, y, Fraction(factor)))

    def sum(self, total, parts):
        self.sums.append((total, list(parts)))

    def implied(self, q):
        """q is a count of children the pack never prints but a reader can work out."""
        self.unprinted.add(q)

    def small_implied(self):
        return {q: self.known[q] for q in self.unprinted
                if q in self.known and 1 <= self.known[q] <= 4}

    def _set(self, q, value):
        # A count is a whole number: a ratio of floats that lands within rounding
        # error of one is that number.
        nearest = round(value)
        if abs(value - nearest) < Fraction(1, 10**6):
            value = Fraction(nearest)
        if q not in self.known:
            self.known[q] = value
            return True
        return False

    def solve(self):
        progress = True
        while progress:
            progress = False
            for x, y, f in self.scales:
                if y in self.known and x not in self.known:
                    progress |= self._set(x, self.known[y] * f)
                elif x in self.known and y not in self.known:
                    progress |= self._set(y, self.known[x] / f)
            progress |= self._eliminate()
        return {q: self.known[q] for q in self.hidden if q in self.known}

    def _eliminate(self):
        unknowns = sorted({q for t, ps in self.sums for q in [t] + ps
                           if q not in self.known}, key=str)
        if not unknowns:
            return False
        index = {q: i for i, q in enumerate(unknowns)}
        rows = []
        for total, parts in self.sums:
            row = [Fraction(0)] * (len(unknowns) + 1)
            const = Fraction(0)
            for q, coef in [(total, -1)] + [(p, 1) for p in parts]:
                if q in self.known:
                    const += coef * self.known[q]
                else:
                    row[index[q]] += coef
            row[-1] = -const
            if any(row[:-1]):
                rows.append(row)
        # Reduced row echelon form, exactly.
        lead = 0
        for col in range(len(unknowns)):
            pivot = next((r for r in range(lead, len(rows)) if rows[r][col] != 0), None)
            if pivot is None:
                continue
            rows[lead], rows[pivot] = rows[pivot], rows[lead]
            p = rows[lead][col]
            rows[lead] = [v / p for v in rows[lead]]
            for r in range(len(rows)):
                if r != lead and rows[r][col] != 0:
                    f = rows[r][col]
                    rows[r] = [a - f * b for a, b in zip(rows[r], rows[lead])]
            lead += 1
        progress = False
        for row in rows:
            nz = [i for i, v in enumerate(row[:-1]) if v != 0]
            if len(nz) == 1:
                progress |= self._set(unknowns[nz[0]], row[-1] / row[nz[0]])
        return progress


def table(wb, name):
    for ws in wb.worksheets:
        if name in ws.tables:
            cells = ws[ws.tables[name].ref]
            header = [c.value for c in cells[0]]
            return header, [[c.value for c in r] for r in cells[1:]]
    return None, []


def col(header, name):
    return header.index(name)


def read_rate_sheet(a, wb, kind, per):
    header, rows = table(wb, "FTE_by_12_months" if kind == "fte" else "Custody_by_12_months")
    if header is None:
        return []
    ends = []
    count_col = 2
    for r in rows:
        end = r[0]
        q = (kind, end)
        ends.append(end)
        a.see(q, r[count_col])
        pop = r[3]
        if is_num(pop) and pop > 0:
            if is_num(r[5]):
                a.constant(q, r[5] * pop / per)
    _, chart = table(wb, "FTE_chart_data" if kind == "fte" else "Custody_chart_data")
    for i, r in enumerate(chart):
        if i < len(rows) and is_num(r[1]) and is_num(rows[i][3]):
            a.constant((kind, ends[i]), r[1] * rows[i][3] / per)
    return list(zip(ends, [r[3] for r in rows]))


def read_reoffending(a, wb):
    header, rows = table(wb, "Reoffending_3_month_cohorts")
    quarters = []
    for r in rows:
        start, end = r[1], r[2]
        q = ("reoff", start)
        quarters.append((start, end))
        read_cohort_row(a, q, r)
    _, chart = table(wb, "Reoffending_chart_data")
    for i, r in enumerate(chart):
        if i < len(quarters):
            q = ("reoff", quarters[i][0])
            if is_num(r[1]):
                a.scale((q, "R"), (q, "C"), r[1] / 100)
            if is_num(r[2]):
                a.scale((q, "O"), (q, "C"), r[2])
    _, rows = table(wb, "Reoffending_cohorts")
    years = {}
    for r in rows:
        if r[0] == "3-month cohort":
            read_cohort_row(a, ("reoff", r[1]), r)
        else:
            q = ("reoffy", r[1])
            years[r[1]] = r[2]
            read_cohort_row(a, q, r)
    # A 12-month cohort is the sum of its four 3-month cohorts; the year before's is in
    # the summary only as rates, so it is an unknown sum too.
    if len(quarters) == 8:
        for half in (0, 1):
            qs = quarters[half * 4:half * 4 + 4]
            y = ("reoffy", qs[0][0])
            for part in ("C", "R", "O"):
                a.sum((y, part), [(("reoff", s), part) for s, _ in qs])
    return quarters


def read_reoffending_breakdowns(a, wb, quarters):
    """The 12-month cohort by sex, age band, ethnic group and tier: each breakdown's
    children, reoffenders and reoffences add up to the cohort's; a part's percentage is its
    reoffenders over its children."""
    header, rows = table(wb, "Reoffending_breakdowns")
    if header is None or len(quarters) != 8:
        return
    y = ("reoffy", quarters[4][0])
    parts = {}
    for r in rows:
        q = ("reoff_by", r[0], r[1])
        parts.setdefault(r[0], []).append(q)
        a.see((q, "C"), r[2])
        a.see((q, "R"), r[3])
        a.see((q, "O"), r[5])
        if is_num(r[4]):
            a.scale((q, "R"), (q, "C"), r[4] / 100)
    for qs in parts.values():
        for part in ("C", "R", "O"):
            a.sum((y, part), [(q, part) for q in qs])


def read_cohort_row(a, q, r):
    a.see((q, "C"), r[3])
    a.see((q, "R"), r[4])
    a.see((q, "O"), r[5])
    if is_num(r[6]):
        a.scale((q, "R"), (q, "C"), r[6] / 100)
    if is_num(r[7]):
        a.scale((q, "O"), (q, "C"), r[7])
    if is_num(r[8]):
        a.scale((q, "O"), (q, "R"), r[8])


def read_summary(a, wb, fte_ends, custody_ends, quarters):
    header, rows = table(wb, "Headline_indicators")
    for r in rows:
        indicator, measure, now, before, change = r[0], r[1], r[3], r[4], r[5]
        if indicator in ("First time entrants", "Use of custody"):
            kind, per = ("fte", 100000) if indicator == "First time entrants" else ("custody", 1000)
            ends = fte_ends if kind == "fte" else custody_ends
            if len(ends) < 5:
                continue
            (e_now, p_now), (e_before, p_before) = ends[-1], ends[-5]
            q_now, q_before = (kind, e_now), (kind, e_before)
            if measure.startswith("Number"):
                a.see(q_now, now)
                a.see(q_before, before)
                if is_num(change):
                    a.scale(q_now, q_before, 1 + change / 100)
            else:
                if is_num(now) and is_num(p_now):
                    a.constant(q_now, now * p_now / per)
                if is_num(before) and is_num(p_before):
                    a.constant(q_before, before * p_before / per)
        elif indicator.startswith("Proven reoffending") and len(quarters) == 8:
            if "3-month" in indicator:
                q_now, q_before = ("reoff", quarters[7][0]), ("reoff", quarters[3][0])
            else:
                q_now, q_before = ("reoffy", quarters[4][0]), ("reoffy", quarters[0][0])
            part = "R" if measure.startswith("%") else "O"
            factor = (lambda v: v / 100) if part == "R" else (lambda v: v)
            if is_num(now):
                a.scale((q_now, part), (q_now, "C"), factor(now))
            if is_num(before):
                a.scale((q_before, part), (q_before, "C"), factor(before))


def read_disparity(a, wb):
    header, rows = table(wb, "Disproportionality_by_group")
    if header is None:
        return
    pops = {}
    rates = {}
    for r in rows:
        g = r[0]
        n, prev = ("disp", g), ("dispprev", g)
        a.see(n, r[1])
        a.see(prev, r[11])
        pop = r[2]
        pops[g] = pop
        if is_num(r[3]) and is_num(pop):
            a.constant(n, r[3] * pop / 100000)
            rates[g] = r[3]
        share = r[4]
        if not is_num(share) and is_num(r[6]) and is_num(r[5]):
            share = r[6] + r[5]
        if is_num(share):
            a.scale(n, ("disp", "known"), share / 100)
        if is_num(r[12]):
            a.scale(n, prev, 1 + r[12] / 100)
        if is_num(share) and is_num(r[13]):
            a.scale(prev, ("dispprev", "known"), (share - r[13]) / 100)
    rri_col = col(header, "Relative rate index")
    for r in rows:
        g = r[0]
        if g != "White" and is_num(r[rri_col]) and is_num(pops.get(g)) and is_num(pops.get("White")):
            a.scale(("disp", g), ("disp", "White"), r[rri_col] * pops[g] / pops["White"])
    _, chart = table(wb, "Disproportionality_chart_data")
    for r in chart:
        g = r[0]
        rri = next((v for v in r[1:6] if is_num(v)), None)
        if rri is not None and is_num(pops.get(g)) and is_num(pops.get("White")):
            a.scale(("disp", g), ("disp", "White"), rri * pops[g] / pops["White"])
    for name, labels in (("Disproportionality_totals",
                          {"All children": "total", "Children of known ethnicity": "known",
                           "Children of unknown ethnicity": "unknown"}),
                         ("Ethnicity_recording",
                          {"Children": "total", "Children of unknown ethnicity": "unknown"})):
        _, trows = table(wb, name)
        for r in trows:
            if r[0] in labels:
                a.see(("disp", labels[r[0]]), r[1])
            elif r[0].startswith("Unknown ethnicity, %") and is_num(r[1]):
                a.scale(("disp", "unknown"), ("disp", "total"), r[1] / 100)
    for year in ("disp", "dispprev"):
        a.sum((year, "known"), [(year, g) for g in GROUPS])
        a.sum((year, MINORITIES), [(year, g) for g in GROUPS[:4]])
    a.sum(("disp", "total"), [("disp", "known"), ("disp", "unknown")])
    read_disparity_trend(a, wb)


def read_disparity_trend(a, wb):
    """The six-year series: a count per group and year, the children of known ethnicity,
    each share of them, and the changes over 5 years and 1 year. Unpooled (the sheet
    does not say "pooled"), its last year is the main table's and the one before the
    previous year's."""
    header, rows = table(wb, "Disproportionality_trend_counts")
    if header is None:
        return
    years = header[1:]
    pooled = any("pooled over" in str(c.value) for ws in wb.worksheets
                 if ws.title == "Disproportionality" for r in ws.iter_rows() for c in r
                 if isinstance(c.value, str))
    for r in rows:
        g = "known" if r[0] == "Children of known ethnicity" else r[0]
        for k, fy in enumerate(years):
            a.see(("disptrend", fy, g), r[1 + k])
    for fy in years:
        a.sum(("disptrend", fy, "known"), [("disptrend", fy, g) for g in GROUPS])
        a.sum(("disptrend", fy, MINORITIES), [("disptrend", fy, g) for g in GROUPS[:4]])
    if not pooled:
        for g in GROUPS + [MINORITIES, "known"]:
            a.sum(("disp", g), [("disptrend", years[-1], g)])
            a.sum(("dispprev", g), [("disptrend", years[-2], g)])
    _, rows = table(wb, "Disproportionality_trend_shares")
    shares = {}
    for r in rows:
        for k, fy in enumerate(years):
            if is_num(r[1 + k]):
                shares[(fy, r[0])] = r[1 + k]
                a.scale(("disptrend", fy, r[0]), ("disptrend", fy, "known"), r[1 + k] / 100)
    _, rows = table(wb, "Disproportionality_trend_changes")
    for r in rows:
        g = r[0]
        for first, pct, pp in ((years[0], r[1], r[2]), (years[-2], r[3], r[4])):
            if is_num(pct):
                a.scale(("disptrend", years[-1], g), ("disptrend", first, g), 1 + pct / 100)
            last_share = shares.get((years[-1], g))
            if is_num(pp) and is_num(last_share):
                a.scale(("disptrend", first, g), ("disptrend", first, "known"),
                        (last_share - pp) / 100)


def read_diversion(a, wb):
    """Diversion: outcomes by type add up to the total, this year and the year before;
    children by sex and by ethnic group add up to the children, whose percentages are
    shares of them."""
    header, rows = table(wb, "Diversion_by_type")
    if header is None:
        return
    types = []
    for r in rows:
        key = "all" if r[0].startswith("All ") else r[0]
        if key != "all":
            types.append(key)
        for c, (year, what) in enumerate((("div", "o"), ("div", "c"),
                                          ("divprev", "o"), ("divprev", "c")), start=1):
            a.see((year, what, key), r[c])
    for year in ("div", "divprev"):
        a.sum((year, "o", "all"), [(year, "o", t) for t in types])
    _, rows = table(wb, "Diversion_children")
    sexes = ("Male", "Female", "Unknown")
    groups = GROUPS + ["Unknown"]
    for i, r in enumerate(rows):
        q = ("div", "sex" if i < 3 else "group", r[0])
        a.see(q, r[1])
        if is_num(r[2]):
            a.scale(q, ("div", "c", "all"), r[2] / 100)
    a.sum(("div", "c", "all"), [("div", "sex", s) for s in sexes])
    a.sum(("div", "c", "all"), [("div", "group", g) for g in groups])
    _, rows = table(wb, "Diversion_first_outcomes")
    if len(rows) == 3:
        a.see(("div", "first"), rows[0][1])
        a.see(("div", "first_div"), rows[1][1])
        if is_num(rows[2][1]):
            a.scale(("div", "first_div"), ("div", "first"), rows[2][1] / 100)
    _, chart = table(wb, "Diversion_chart_data")
    for r in chart:
        a.see(("div", "o", r[0]), r[1] if r[1] is not None else None)
        a.see(("divprev", "o", r[0]), r[2] if r[2] is not None else None)


def read_remand(a, wb):
    """Remands: the children by what followed add up to the children remanded, and the
    percentages are shares of them."""
    header, rows = table(wb, "Remands_by_type")
    if header is None:
        return
    for r in rows:
        key = ("remandprev", "all") if r[0].endswith("before") else \
              ("remand", "all") if r[0].startswith("All ") else ("remand", r[0])
        a.see(key + ("o",), r[1])
        a.see(key + ("c",), r[2])
    _, rows = table(wb, "Remands_followed_by")
    parts = []
    for r in rows:
        q = ("remand", "then", r[0])
        parts.append(q)
        a.see(q, r[1])
        if is_num(r[2]):
            a.scale(q, ("remand", "all", "c"), r[2] / 100)
    a.sum(("remand", "all", "c"), parts)
    _, chart = table(wb, "Remands_chart_data")
    for r in chart:
        a.see(("remand", "then", r[0]), r[1] if r[1] is not None else None)


def read_disposals(a, wb):
    """The disposal mix: the tiers add up to all outcomes, this year and the year before;
    the percentages are shares of all outcomes."""
    header, rows = table(wb, "Disposals_by_tier")
    if header is None:
        return
    tiers = []
    for r in rows:
        key = "all" if r[0].startswith("All ") else r[0]
        if key != "all":
            tiers.append(key)
        a.see(("disp_tier", key), r[1])
        a.see(("disp_tier_before", key), r[3])
        if is_num(r[2]):
            a.scale(("disp_tier", key), ("disp_tier", "all"), r[2] / 100)
    a.sum(("disp_tier", "all"), [("disp_tier", t) for t in tiers])
    a.sum(("disp_tier_before", "all"), [("disp_tier_before", t) for t in tiers])


def read_offences(a, wb):
    """Proven offences: the groups add up to all offences, and so do the gravity bands,
    this year and the year before; the percentages are shares of all offences; the chart
    data repeats the groups."""
    for name, tag in (("Offences_by_group", "off_group"), ("Offences_by_gravity", "off_band")):
        header, rows = table(wb, name)
        if header is None:
            return
        parts = []
        for r in rows:
            key = "all" if r[0].startswith("All ") else r[0]
            if key != "all":
                parts.append(key)
            # Both tables share one total.
            q = ("off", "all") if key == "all" else (tag, key)
            q0 = ("off_before", "all") if key == "all" else (tag + "_before", key)
            a.see(q, r[1])
            a.see(q0, r[3])
            if is_num(r[2]):
                a.scale(q, ("off", "all"), r[2] / 100)
        a.sum(("off", "all"), [(tag, p) for p in parts])
        a.sum(("off_before", "all"), [(tag + "_before", p) for p in parts])
    _, chart = table(wb, "Offences_chart_data")
    for r in chart:
        a.see(("off_group", r[0]), r[1] if r[1] is not None else None)
        a.see(("off_group_before", r[0]), r[2] if r[2] is not None else None)


def read_cohort(a, wb):
    """The cohort: each breakdown adds up to the children, whose percentages are shares."""
    header, rows = table(wb, "Cohort_profile")
    if header is None:
        return
    parts = {}
    for r in rows:
        if r[0] == "All":
            a.see(("cohort", "before" if "before" in r[1] else "all"), r[2])
            continue
        q = ("cohort", r[0], r[1])
        parts.setdefault(r[0], []).append(q)
        a.see(q, r[2])
        if is_num(r[3]):
            a.scale(q, ("cohort", "all"), r[3] / 100)
    for qs in parts.values():
        a.sum(("cohort", "all"), qs)


def read_delays(a, wb):
    """Delays: the latest four quarters' outcomes add up to the 12 months', the four before
    to the year before's."""
    header, rows = table(wb, "Delays_12_months")
    if header is None:
        return
    for r in rows:
        year = "now" if r[1] == "the 12 months" else "before"
        a.see(("delays", r[0], year), r[2])
        a.see(("delays_over90", r[0], year), r[6])
    _, quarters = table(wb, "Delays_by_quarter")
    for c, kind in ((1, "Court sentences"), (3, "Out-of-court outcomes")):
        qs = []
        for i, r in enumerate(quarters):
            q = ("delays_q", kind, i)
            qs.append(q)
            a.see(q, r[c])
        if len(qs) == 8:
            a.sum(("delays", kind, "now"), qs[4:])
            a.sum(("delays", kind, "before"), qs[:4])


NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")


def read_kpi_row(a, kpi, period, r, first):
    """Columns first..first+3: the number, of how many, the percentage, not recorded. The
    number and the rest of the whole add up to it; the percentage is their share."""
    part, whole = ("kpi", kpi, period, "part"), ("kpi", kpi, period, "whole")
    rest = ("kpi", kpi, period, "rest")
    if kpi == "Management board attendance":
        return  # partner agencies' places, not children
    a.see(part, r[first])
    if kpi == "Serious violence":
        if is_num(r[first + 1]) and is_num(r[first + 2]):
            a.constant(part, r[first + 2] * r[first + 1] / 100000)
        return
    a.see(whole, r[first + 1])
    a.see(("kpi", kpi, period, "unknown"), r[first + 3])
    a.implied(rest)
    a.sum(whole, [part, rest])
    if is_num(r[first + 2]):
        a.scale(part, whole, r[first + 2] / 100)


def read_kpis(a, wb):
    """The KPIs: each headline's number of its whole in the quarter and the 12 months, and
    of each KPI its 8 quarters; the quarter's row is the last of the 8."""
    header, rows = table(wb, "KPIs")
    if header is None:
        return
    quarter = header[2].split(":")[0]
    for r in rows:
        if not (is_num(r[2]) or r[2] == C):
            continue
        read_kpi_row(a, r[0], quarter, r, 2)
        read_kpi_row(a, r[0], "year", r, 6)
    for key in ("accommodation", "ete", "send", "mental_health", "substance_misuse", "oocd",
                "board", "wider_services", "serious_violence", "victims"):
        header, quarters = table(wb, "KPI_" + key)
        if header is None:
            continue
        kpi = KPI_TITLES[key]
        for r in quarters:
            read_kpi_row(a, kpi, r[0], r, 1)


KPI_TITLES = {
    "accommodation": "Suitable accommodation", "ete": "Education, training and employment",
    "send": "Special educational needs (SEND/ALN)",
    "mental_health": "Mental health and emotional wellbeing",
    "substance_misuse": "Substance misuse", "oocd": "Out-of-court disposals completed",
    "board": "Management board attendance", "wider_services": "Links to wider services",
    "serious_violence": "Serious violence", "victims": "Victims",
}


def read_pdf(a, pdf):
    """The PDF's text: the totals and the groups' counts (the first part of the table of
    children by ethnic group, whose first number is the count) as printed, each a count
    seen again."""
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True).stdout
    totals = {"All children": ("disp", "total"),
              "Children of known ethnicity": ("disp", "known"),
              "Children of unknown ethnicity": ("disp", "unknown")}
    groups = {g: ("disp", g) for g in GROUPS}
    # A long label wraps in its column: "Ethnic minority" then "groups" under it.
    groups["Ethnic minority"] = ("disp", MINORITIES)
    seen = 0
    in_groups = in_trend = False
    done = set()
    for line in text.splitlines():
        stripped = line.strip()
        if re.match(r"Table \d+[A-Z]?:", stripped):
            # The table of groups, by its title (its number moves as sheets gain tables).
            in_groups = bool(re.match(r"Table \d+: Children (cautioned or sentenced|"
                                      r"sentenced) in .* by ethnic", stripped))
            # The six-year series has a row "Children of known ethnicity" of its own,
            # whose first number is its first year's.
            in_trend = bool(re.search(r"by ethnic group, each|each year from|^Table \d+: Share of "
                                      r"children", stripped))
        if in_trend:
            continue
        labels = dict(totals)
        if in_groups:
            # Only the first part of a table printed in parts holds the counts.
            labels.update({k: v for k, v in groups.items() if k not in done})
        for label, q in labels.items():
            rest = stripped[len(label):]
            if label == "Ethnic minority" and rest.startswith(" groups"):
                rest = rest[len(" groups"):]
            if stripped.startswith(label) and rest.startswith("  "):
                done.add(label)
                first = rest.split()[0]
                if first == C:
                    a.see(q, C)
                    seen += 1
                elif NUMBER.match(first):
                    a.see(q, float(first.replace(",", "")))
                    seen += 1
    return seen


def attack(xlsx, pdf):
    wb = openpyxl.load_workbook(xlsx)
    a = Attack()
    fte = read_rate_sheet(a, wb, "fte", 100000)
    custody = read_rate_sheet(a, wb, "custody", 1000)
    quarters = read_reoffending(a, wb)
    read_reoffending_breakdowns(a, wb, quarters)
    read_summary(a, wb, fte, custody, quarters)
    read_disparity(a, wb)
    read_diversion(a, wb)
    read_remand(a, wb)
    read_disposals(a, wb)
    read_offences(a, wb)
    read_cohort(a, wb)
    read_delays(a, wb)
    read_kpis(a, wb)
    pdf_lines = read_pdf(a, pdf)
    return a, a.solve(), pdf_lines


def suppression_accounted(partner, internal):
    """The [c] cells of the partner workbook's tables (chart data aside) against the
    note that counts them and the internal pack's list of them."""
    wb = openpyxl.load_workbook(partner)
    cells = 0
    for ws in wb.worksheets:
        for name, t in ws.tables.items():
            if name.endswith("_chart_data") or name == "Symbols":
                continue
            cells += sum(1 for r in ws[t][1:] for c in r if c.value == C)
    _, notes = table(wb, "Notes")
    note = next((r[1] for r in notes if str(r[1]).startswith("Suppression in this pack")), "")
    counted = sum(int(n) for n in re.findall(r"(\d+) cells", note))
    _, listed = table(openpyxl.load_workbook(internal), "Partner_pack_suppression")
    listed_cells = len([r for r in listed if r[0] != "[z]"])
    ok = note != "" and counted == cells and listed_cells == cells
    return ok, f"[c] cells {cells}, counted in the note {counted}, listed {listed_cells}"


# --- the areas ---------------------------------------------------------------------------

def small_area(directory, seed):
    """A crafted area of about 40 children over five years: most counts are 1 to 4."""
    rng = random.Random(seed)
    codes = ["A1", "B2", "M1", "O2", "W1", "W1", "W1", "NS"]
    kinds = ["YC", "YCC", "RO", "YRO", "DTO", "CD", "CR", "TRIAGE", "REMAND_YDA"]
    lines = ["outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type,"
             "offence_date,offence_group,gravity,release_date"]
    n = 0
    for child in range(40):
        dob = datetime.date(2005 + rng.randrange(6), rng.randrange(1, 13), rng.randrange(1, 28))
        eth = rng.choice(codes)
        sex = rng.choice("MF")
        for _ in range(rng.randrange(1, 4)):
            day = datetime.date(2020, 4, 1) + datetime.timedelta(days=rng.randrange(1800))
            age = (day - dob).days / 365.25
            if age < 10.2 or age > 17.8:
                continue
            kind = rng.choice(kinds)
            offence = day - datetime.timedelta(days=rng.randrange(10, 90))
            release = ""
            if kind == "DTO":
                release = (day + datetime.timedelta(days=120)).isoformat()
            n += 1
            lines.append(f"S-{n:04d},C-{child:03d},{dob.isoformat()},{sex},{eth},"
                         f"{day.isoformat()},{kind},{offence.isoformat()},THEFT,3,{release}")
    with open(os.path.join(directory, "outcomes.csv"), "w") as f:
        f.write("\n".join(lines) + "\n")
    pop = ["year,age,sex,ethnicity,count,source"]
    for year in range(2019, 2026):
        pop.append(f"{year},10-17,All,All,{9000 + year},ONS mid-year estimate {year}")
    for g, count in zip(GROUPS, (700, 400, 350, 150, 7400)):
        pop.append(f"2021,10-17,All,{g},{count},Census 2021")
    with open(os.path.join(directory, "population.csv"), "w") as f:
        f.write("\n".join(pop) + "\n")


def areas(bp, tmp, source):
    demo = os.path.join(source, "data", "demo")
    yield "the bundled demo area", demo, ["", "2024-03-31", "2023-12-31"]
    for seed in (3, 11):
        d = os.path.join(tmp, f"generated-{seed}")
        os.makedirs(d)
        r = run(bp, "demo-data", "--out", d, "--rows", "500", "--seed", str(seed))
        if r.returncode != 0:
            check(f"demo-data --rows 500 --seed {seed}", False, r.stderr)
            continue
        yield f"a generated area of 500 rows (seed {seed})", d, ["", "2024-06-30"]
    for seed in (1, 2, 5):
        d = os.path.join(tmp, f"small-{seed}")
        os.makedirs(d)
        small_area(d, seed)
        yield f"a crafted area of 40 children (seed {seed})", d, ["", "2024-03-31", "2023-09-30"]


def main():
    bp = sys.argv[1]
    source = sys.argv[2] if len(sys.argv) > 2 else ROOT
    with tempfile.TemporaryDirectory() as tmp:
        for name, d, ends in areas(bp, tmp, source):
            db = os.path.join(tmp, os.path.basename(d) + ".db")
            ok = True
            for kind in ("outcomes", "population", "benchmarks", "interventions", "victims",
                         "board"):
                path = os.path.join(d, kind + ".csv")
                if os.path.exists(path):
                    r = run(bp, "--db", db, "import", kind, path)
                    ok &= r.returncode == 0
                    if r.returncode:
                        check(f"{name}: import {kind}", False, r.stderr)
            if not ok:
                continue
            for end in ends:
                tag = end or "the default period end"
                base = os.path.join(tmp, f"{os.path.basename(d)}-{end or 'default'}")
                args = ["--period-end", end] if end else []
                r = run(bp, "--db", db, "export", "--profile", "partner", "--xlsx",
                        base + ".xlsx", "--pdf", base + ".pdf", *args)
                if r.returncode != 0:
                    check(f"{name}, {tag}: partner export", False, r.stderr)
                    continue
                a, recovered, pdf_lines = attack(base + ".xlsx", base + ".pdf")
                detail = "\n".join(f"{q} = {v}" for q, v in sorted(recovered.items(), key=str))
                check(f"{name}, {tag}: none of {len(a.hidden)} suppressed counts can be "
                      f"worked back", not recovered, detail)
                check(f"{name}, {tag}: no count of 1 to 4 is shown",
                      not a.small, ", ".join(map(str, sorted(a.small, key=str))))
                implied = a.small_implied()
                check(f"{name}, {tag}: no count of 1 to 4 can be worked out from a number "
                      f"and its whole", not implied,
                      "\n".join(f"{q} = {v}" for q, v in sorted(implied.items(), key=str)))
                check(f"{name}, {tag}: the PDF prints the disproportionality totals and "
                      f"groups, and they agree with the workbook",
                      pdf_lines >= 9 and not a.contradictions, str(a.contradictions))
                if end == "":
                    # The attacker is no straw man: on the internal pack it sees every
                    # count, and the same relations hold between them.
                    r = run(bp, "--db", db, "export", "--xlsx", base + "-internal.xlsx",
                            "--pdf", base + "-internal.pdf")
                    ai, _, _ = attack(base + "-internal.xlsx", base + "-internal.pdf")
                    sums_hold = all(
                        ai.known[t] == sum(ai.known[p] for p in ps)
                        for t, ps in ai.sums
                        if t in ai.known and all(p in ai.known for p in ps))
                    check(f"{name}: the internal pack hides nothing and its sums hold",
                          r.returncode == 0 and not ai.hidden and sums_hold
                          and not ai.contradictions)
                    check(f"{name}: the partner pack's notes count its [c] cells by rule, "
                          f"and the internal pack lists each of them",
                          *suppression_accounted(base + ".xlsx", base + "-internal.xlsx"))
    return finish()


if __name__ == "__main__":
    sys.exit(main())
