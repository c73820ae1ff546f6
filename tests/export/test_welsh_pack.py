#!/usr/bin/python3
"""A Welsh board pack against the English one, from the command line on the demo area.

Usage: test_welsh_pack.py BOARDPACK_EXECUTABLE LOCALEDIR
TAP output, one line per check.

`export --language cy` and `--language en` write the same pack in two languages:
  - every sheet name and every heading of the Welsh workbook is the Welsh catalogue's
    translation of the English one (looked up here with Python's own gettext, not the
    program's), and differs from the English;
  - every number in every cell is identical, in the same place;
  - the Welsh PDF is in Welsh ("Tudalen 1 o N"), with the same numbers as the English
    (its page count may differ: Welsh is longer);
  - with no --language the pack follows LANGUAGE (the interface language).
"""

import csv
import gettext
import os
import re
import subprocess
import sys
import tempfile

from openpyxl import load_workbook

results = []


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    if not ok and detail:
        for line in str(detail).rstrip().splitlines()[:40]:
            print(f"# {line}")


def run(*args, env=None):
    return subprocess.run(args, capture_output=True, text=True, env=env)


def main():
    bp, localedir = sys.argv[1], sys.argv[2]
    cy = gettext.translation("boardpack", localedir, ["cy"])
    env = dict(os.environ, BOARDPACK_LOCALEDIR=localedir, LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "demo.db")
        r = run(bp, "demo-data", "--out", tmp, env=env)
        check("demo-data", r.returncode == 0, r.stderr)
        for kind in ("outcomes", "population", "benchmarks", "interventions", "victims", "board"):
            r = run(bp, "--db", db, "import", kind, os.path.join(tmp, f"{kind}.csv"), env=env)
            check(f"import {kind}", r.returncode == 0, r.stderr)
        r = run(bp, "--db", db, "area", "set", "Northdale", env=env)
        check("area set", r.returncode == 0, r.stderr)

        packs = {}
        for lang in ("en", "cy"):
            xlsx, pdf = os.path.join(tmp, f"{lang}.xlsx"), os.path.join(tmp, f"{lang}.pdf")
            r = run(bp, "--db", db, "export", "--language", lang, "--xlsx", xlsx, "--pdf", pdf,
                    env=env)
            check(f"export --language {lang}", r.returncode == 0, r.stderr)
            packs[lang] = (xlsx, pdf)

        en = load_workbook(packs["en"][0])
        cyw = load_workbook(packs["cy"][0])
        check("the same number of sheets", len(en.sheetnames) == len(cyw.sheetnames),
              f"{en.sheetnames} / {cyw.sheetnames}")

        for name_en, name_cy in zip(en.sheetnames, cyw.sheetnames):
            expected = cy.gettext(name_en)
            check(f"sheet '{name_en}' is '{name_cy}' in Welsh",
                  name_cy == expected and name_cy != name_en,
                  f"expected {expected!r} from the catalogue")

        numbers_differ = []
        number_count = 0
        headings = []
        for ws_en, ws_cy in zip(en.worksheets, cyw.worksheets):
            for row_en, row_cy in zip(ws_en.iter_rows(), ws_cy.iter_rows()):
                for c_en, c_cy in zip(row_en, row_cy):
                    v_en, v_cy = c_en.value, c_cy.value
                    if isinstance(v_en, (int, float)) and not isinstance(v_en, bool):
                        number_count += 1
                        if v_en != v_cy:
                            numbers_differ.append(f"{ws_en.title}!{c_en.coordinate}: "
                                                  f"{v_en!r} / {v_cy!r}")
                    elif isinstance(v_en, str) and c_en.font is not None and c_en.font.b:
                        headings.append((ws_en.title, c_en.coordinate, v_en, v_cy))
        check(f"all {number_count} numbers identical in the same cells",
              number_count > 100 and not numbers_differ, "\n".join(numbers_differ[:20]))

        # Bold text is a heading: each is Welsh. A heading that is data (an area's name,
        # a code) reads the same in both.
        # Area names are data (the benchmarks file's), shown as published.
        with open(os.path.join(tmp, "benchmarks.csv"), encoding="utf-8") as f:
            areas = {row["area_name"] for row in csv.DictReader(f)}
        untranslated = [f"{s}!{c}: {e!r} -> {w!r}" for s, c, e, w in headings
                        if w == e and cy.gettext(e) != e and e not in areas]
        welsh = [h for h in headings if h[3] != h[2]]
        check(f"headings in Welsh ({len(welsh)} of {len(headings)} bold cells differ)",
              len(headings) > 10 and not untranslated and len(welsh) >= len(headings) * 0.8,
              "\n".join(untranslated[:20]))

        text = {lang: run("pdftotext", "-layout", packs[lang][1], "-").stdout
                for lang in ("en", "cy")}
        pages = {lang: int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", packs[lang][1]).stdout,
                                     re.M).group(1)) for lang in ("en", "cy")}
        footers_cy = re.findall(r"Tudalen (\d+) o (\d+)", text["cy"])
        check(f"the Welsh PDF numbers its {pages['cy']} pages in Welsh ('Tudalen 1 o N')",
              len(footers_cy) == pages["cy"]
              and all(int(n) == pages["cy"] for _, n in footers_cy)
              and "Page 1 of" not in text["cy"], footers_cy[:3])
        for word in ("Newydd-ddyfodiaid", "Aildroseddu", "anghymesuredd", "Cyfiawnder"):
            check(f"the Welsh PDF says '{word}'", word.lower() in text["cy"].lower())
        # The figures of the PDF (numbers with decimals: rates, percentages, indices,
        # intervals) are the same in both. Welsh is longer, so pages, page references
        # and wrapped times differ: whole numbers and times are left out; and an
        # indicator's page shows as many of a series' latest rows as fit, so a figure may
        # be printed a different number of times: the sets are compared.
        figures = {lang: sorted(set(re.findall(r"(?<![\d:.,])\d{1,3}(?:,\d{3})*\.\d{1,3}(?![\d:])",
                                               text[lang]))) for lang in ("en", "cy")}
        check(f"the Welsh PDF has the English PDF's {len(figures['en'])} figures",
              len(figures["en"]) > 50 and figures["en"] == figures["cy"],
              f"only English: {sorted(set(figures['en']) - set(figures['cy']))[:20]}\n"
              f"only Welsh: {sorted(set(figures['cy']) - set(figures['en']))[:20]}")

        # No --language: the interface language decides.
        follow = os.path.join(tmp, "follow.xlsx")
        r = run(bp, "--db", db, "export", "--xlsx", follow, env=dict(env, LANGUAGE="cy"))
        check("with LANGUAGE=cy and no --language the pack is Welsh",
              r.returncode == 0 and load_workbook(follow).sheetnames == cyw.sheetnames,
              r.stderr)

    print(f"1..{len(results)}")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
