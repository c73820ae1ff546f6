#!/usr/bin/python3
"""Reliability of the command line (issue "Reliability: never destroy a file, never trust a
damaged cache, never lock a user out"): each check is one numbered point of the issue,
run against the built program as a user would run it.

Usage: test_reliability.py BOARDPACK_EXECUTABLE
TAP output.
"""

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bp_tap import check, finish, run  # noqa: E402







def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write(path, text, mode="w"):
    with open(path, mode) as f:
        f.write(text)
    return path


def point_1_outputs(bp, tmp, demo):
    """1. An output that is the database, an input or another output is refused (exit 1,
    both named) and nothing changes."""
    d = os.path.join(tmp, "p1")
    os.makedirs(d)
    db = os.path.join(d, "h.db")
    r = run(bp, "--db", db, "import", "outcomes", os.path.join(demo, "outcomes.csv"))
    before = digest(db)
    bad = write(os.path.join(d, "bad.csv"),
                "outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type\n"
                "X-1,C-1,not a date,M,W1,2023-06-02,YC\n")
    bad_before = digest(bad)
    os.symlink("h.db", os.path.join(d, "link.db"))
    cases = [
        ("export --xlsx DB", ["--db", db, "export", "--xlsx", db], "this is the database"),
        ("export --pdf ./DB", ["--db", db, "export", "--pdf", "./h.db"], "this is the database"),
        ("export --xlsx a link to DB", ["--db", db, "export", "--xlsx", "link.db"],
         "this is the database"),
        ("export --xlsx DB-wal", ["--db", db, "export", "--xlsx", db + "-wal"],
         "a file of the database"),
        ("export --xlsx X --pdf X", ["--db", db, "export", "--xlsx", "X", "--pdf", "X"],
         "another file the command writes"),
        ("import --rejects DB", ["--db", db, "import", "outcomes", bad, "--skip-invalid",
                                 "--rejects", db], "this is the database"),
        ("import --rejects INPUT", ["--db", db, "import", "outcomes", bad, "--skip-invalid",
                                    "--rejects", bad], "this is the file being read"),
        ("demo-data --out DIR with the database DIR/outcomes.csv",
         ["--db", os.path.join(d, "outcomes.csv"), "demo-data", "--out", d],
         "this is the database"),
    ]
    # A database that is DIR/outcomes.csv, to be overwritten by demo-data.
    run(bp, "--db", os.path.join(d, "outcomes.csv"), "import", "outcomes",
        os.path.join(demo, "outcomes.csv"))
    odd_before = digest(os.path.join(d, "outcomes.csv"))
    for name, args, said in cases:
        if said is None:
            continue
        r = run(bp, *args, cwd=d)
        check(f"point 1: {name} is refused with exit 1, naming both",
              r.returncode == 1 and said in r.stderr, f"{r.returncode}: {r.stderr}")
    check("point 1: the database, the input and the database named outcomes.csv are unchanged",
          digest(db) == before and digest(bad) == bad_before
          and digest(os.path.join(d, "outcomes.csv")) == odd_before
          and not os.path.exists(os.path.join(d, "X")))



OUTCOMES_HEADER = ("outcome_id,child_id,date_of_birth,sex,ethnicity,outcome_date,outcome_type,"
                   "offence_date,offence_group,gravity\n")


def as_nobody():
    """A way to run the program as an ordinary user, for the read-only cases: root reads
    and writes any file. None when the tests are not root (then they are that user)."""
    if os.geteuid() != 0:
        return []
    for tool in ("/usr/bin/setpriv", "/bin/setpriv"):
        if os.path.exists(tool):
            return [tool, "--reuid=65534", "--regid=65534", "--clear-groups"]
    return None


def point_3_empty_database(bp, tmp, demo):
    """3. A 0-byte database (a kill at its first write, or ': > e.db') is a new one."""
    d = os.path.join(tmp, "p3")
    os.makedirs(d)
    db = write(os.path.join(d, "e.db"), "")
    r = run(bp, "--db", db, "import", "outcomes", os.path.join(demo, "outcomes.csv"))
    r2 = run(bp, "--db", db, "report", "--format", "json")
    check("point 3: a 0-byte database is initialised and used", r.returncode == 0 and
          r2.returncode == 0 and json.loads(r2.stdout)["fte"]["count"] >= 0, r.stderr + r2.stderr)
    fifo = os.path.join(d, "fifo.db")
    os.mkfifo(fifo)
    r = run(bp, "--db", fifo, "report")
    check("point 14: a named pipe as the database says it is not a regular file",
          r.returncode == 3 and "not a regular file" in r.stderr, r.stderr)


def point_7_read_only_and_foreign(bp, tmp, demo):
    """7. A read-only database is reported on, charted and exported; a database in a
    read-only folder too; a foreign SQLite file is refused before anything is written."""
    d = os.path.join(tmp, "p7")
    os.makedirs(d)
    db = os.path.join(d, "ro.db")
    for kind in ("outcomes", "population", "benchmarks"):
        run(bp, "--db", db, "import", kind, os.path.join(demo, f"{kind}.csv"))
    run(bp, "--db", db, "report")  # the case cache is saved
    user = as_nobody()
    if user is None:
        check("point 7: read-only cases # SKIP no setpriv to run as an ordinary user", True)
    else:
        os.chmod(tmp, 0o755)  # the ordinary user must reach the files below it
        out = os.path.join(tmp, "p7out")
        os.makedirs(out)
        os.chmod(out, 0o777)
        os.chmod(db, 0o444)
        os.chmod(d, 0o755)
        before = digest(db)
        r = subprocess.run(user + [bp, "--db", db, "report"], capture_output=True, text=True)
        r2 = subprocess.run(user + [bp, "--db", db, "export", "--xlsx",
                                    os.path.join(out, "ro.xlsx")], capture_output=True, text=True)
        r3 = subprocess.run(user + [bp, "--db", db, "chart", "fte", "--out",
                                    os.path.join(out, "ro.png")], capture_output=True, text=True)
        r4 = subprocess.run(user + [bp, "--db", db, "import", "outcomes",
                                    os.path.join(demo, "outcomes.csv")], capture_output=True,
                            text=True)
        check("point 7: a read-only database is reported on, exported and charted",
              r.returncode == 0 and "First time entrants" in r.stdout and r2.returncode == 0
              and r3.returncode == 0, r.stderr + r2.stderr + r3.stderr)
        check("point 7: an import into it says the database is read-only, and changes nothing",
              r4.returncode == 3 and "read-only" in r4.stderr and digest(db) == before,
              r4.stderr)
        # A writable file in a folder that is not: SQLite cannot keep its files beside it.
        os.chmod(db, 0o666)
        os.chmod(d, 0o555)
        r = subprocess.run(user + [bp, "--db", db, "report"], capture_output=True, text=True)
        check("point 7: a database in a read-only folder is reported on, not called damaged",
              r.returncode == 0 and "damaged" not in r.stderr, r.stderr)
        os.chmod(d, 0o755)
    foreign = os.path.join(d, "foreign.db")
    con = sqlite3.connect(foreign)
    con.execute("PRAGMA user_version = 2")
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    before = digest(foreign)
    r = run(bp, "--db", foreign, "report")
    check("point 7: a foreign SQLite file (user_version 2) is refused, byte for byte unchanged",
          r.returncode == 3 and "another program" in r.stderr and digest(foreign) == before,
          r.stderr)


def point_8_12_numbers(bp, tmp, demo):
    """8, 12. Only decimal numbers are imported as benchmark values; the JSON report is
    valid JSON for any number a database may already hold (1e17, 1e-300)."""
    d = os.path.join(tmp, "p8")
    os.makedirs(d)
    db = os.path.join(d, "n.db")
    run(bp, "--db", db, "import", "outcomes", os.path.join(demo, "outcomes.csv"))
    bad = write(os.path.join(d, "hex.csv"),
                "indicator,period_start,period_end,area_type,area_name,value\n"
                "FTE_RATE,2023-04-01,2024-03-31,NATIONAL,England and Wales,0x10\n")
    r = run(bp, "--db", db, "import", "benchmarks", bad)
    check("point 12: a hexadecimal benchmark value is refused with its line and column",
          r.returncode == 2 and "hex.csv:2: column value:" in r.stderr, r.stderr)
    report = json.loads(run(bp, "--db", db, "report", "--format", "json").stdout)
    end = report["period"]["end"]
    start = report["period"]["start"]
    # A database written before that rule may hold such values already.
    con = sqlite3.connect(db)
    import_id = con.execute("SELECT max(id) FROM import_log").fetchone()[0]
    days = lambda iso: (__import__("datetime").date.fromisoformat(iso) -
                        __import__("datetime").date(1970, 1, 1)).days
    for area, value in (("England and Wales", 1e17), ("London", 1e-300)):
        con.execute("INSERT INTO benchmark (indicator, period_start, period_end, area_type, "
                    "area_name, row_hash, import_id, value_text, value) "
                    "VALUES ('FTE_RATE', ?, ?, 'NATIONAL', ?, 0, ?, ?, ?)",
                    (days(start), days(end), area, import_id, repr(value), value))
    con.commit()
    con.close()
    r = run(bp, "--db", db, "report", "--format", "json")

    def refuse(name):
        raise ValueError(name)
    try:
        parsed = json.loads(r.stdout, parse_constant=refuse)
        values = sorted(b["value"] for b in parsed["fte"]["benchmarks"])
        ok = values == [1e-300, 1e17]
    except ValueError as e:
        ok, values = False, str(e)
    check("point 8: the JSON report with 1e17 and 1e-300 parses strictly, with those values",
          r.returncode == 0 and ok, f"{values}\n{r.stdout[:300]}")


def point_9_10_11_16_rows(bp, tmp, demo):
    """9, 10, 11, 16. Lines cut short, rows written another way, undefined Windows-1252
    bytes, and a quoted CRLF."""
    d = os.path.join(tmp, "p9")
    os.makedirs(d)
    db = os.path.join(d, "r.db")
    short = write(os.path.join(d, "short.csv"), OUTCOMES_HEADER +
                  "O-1,C-1,2008-05-14,M,W1,2023-06-02,YC,2023-05-01,THEFT,3\n"
                  "O-2,C-2,2008-05-14,M,W1,2023-06-02,YC\n")
    r = run(bp, "--db", db, "import", "outcomes", short)
    check("point 9: a line with fewer values than the header is an error naming the line",
          r.returncode == 2 and "short.csv:3: the line has 7 values but the header has 10"
          in r.stderr, r.stderr)
    iso = write(os.path.join(d, "iso.csv"), OUTCOMES_HEADER +
                "O-1,C-1,2008-05-14,M,W1,2023-06-02,YC,2023-05-01,THEFT,6\n"
                "O-2,C-2,2009-01-30,F,B2,2024-01-12,RO,2024-01-02,VATP,3\n")
    uk = write(os.path.join(d, "uk.csv"), OUTCOMES_HEADER +
               "O-1,C-1,14/05/2008,Male,W1,02/06/2023,YC,01/05/2023,THEFT,06\n"
               "O-2,C-2,30/01/2009,Female,B2,12/01/2024,RO,02/01/2024,VATP,03\n")
    run(bp, "--db", db, "import", "outcomes", iso)
    version = sqlite3.connect(db).execute(
        "SELECT value FROM meta WHERE key = 'data_version'").fetchone()[0]
    r = run(bp, "--db", db, "import", "outcomes", uk)
    version2 = sqlite3.connect(db).execute(
        "SELECT value FROM meta WHERE key = 'data_version'").fetchone()[0]
    check("point 10: the same rows with UK dates, 'Male' and gravity '06' are unchanged",
          r.returncode == 0 and "0 new, 0 updated, 2 unchanged" in r.stdout
          and version == version2, r.stdout + r.stderr)
    cp = os.path.join(d, "cp1252.csv")
    with open(cp, "wb") as f:
        f.write(OUTCOMES_HEADER.encode())
        for n, byte in enumerate((0x81, 0x8D, 0x8F, 0x90, 0x9D)):
            f.write(b"X-%c,C-%d,2008-05-14,M,W1,2023-06-02,YC,,,\n" % (byte, n))
    db2 = os.path.join(d, "cp.db")
    r = run(bp, "--db", db2, "import", "outcomes", cp)
    ids = sorted(row[0] for row in sqlite3.connect(db2).execute("SELECT outcome_id FROM outcome"))
    check("point 11: the five undefined Windows-1252 bytes give five distinct IDs",
          r.returncode == 0 and len(set(ids)) == 5 and "\ufffd" not in "".join(ids),
          r.stdout + r.stderr + repr(ids))
    crlf = os.path.join(d, "crlf.csv")
    with open(crlf, "wb") as f:
        f.write(OUTCOMES_HEADER.encode())
        f.write(b'O-9,"C-9\r\nsecond line",2008-05-14,M,W1,2023-06-02,YC,,,\n')
    db3 = os.path.join(d, "crlf.db")
    r = run(bp, "--db", db3, "import", "outcomes", crlf)
    child = sqlite3.connect(db3).execute("SELECT child_id FROM outcome").fetchone()
    check("point 16: a quoted value holding CRLF is kept as written",
          r.returncode == 0 and child is not None and child[0] == "C-9\r\nsecond line",
          repr(child))


def point_13_stale_temporaries(bp, tmp, demo):
    """13. What a killed import left beside its rejects file (child-level rows) goes on
    the next run; another writer's file, whose process runs, stays."""
    d = os.path.join(tmp, "p13")
    os.makedirs(d)
    db = os.path.join(d, "t.db")
    bad = write(os.path.join(d, "bad.csv"), OUTCOMES_HEADER +
                "O-1,C-1,not a date,M,W1,2023-06-02,YC,,,\n"
                "O-2,C-2,2008-05-14,M,W1,2023-06-02,YC,,,\n")
    # A process id that cannot be running (above pid_max), and this test's own.
    stale = write(os.path.join(d, ".bad-rejects.csv.4194400.AbCdEf"), "C-1,child data\n")
    alive = write(os.path.join(d, f".bad-rejects.csv.{os.getpid()}.GhIjKl"), "in use\n")
    r = run(bp, "--db", db, "import", "outcomes", bad, "--skip-invalid")
    check("point 13: a killed import's rejects temporary is removed; a live writer's is not",
          r.returncode == 0 and not os.path.exists(stale) and os.path.exists(alive),
          r.stdout + r.stderr + str(os.listdir(d)))


def point_15_two_populations(bp, tmp, demo):
    """15. Two population totals for one year: which is used, and why, is said."""
    d = os.path.join(tmp, "p15")
    os.makedirs(d)
    db = os.path.join(d, "p.db")
    run(bp, "--db", db, "import", "outcomes", os.path.join(demo, "outcomes.csv"))
    year = json.loads(run(bp, "--db", db, "report", "--format", "json").stdout)["period"]["end"][:4]
    pop = write(os.path.join(d, "pop.csv"), "year,age,count,source\n"
                f"{year},10-17,26092,Local estimate {year}\n"
                f"{year},10-17,26500,ONS mid-year estimate {year}\n")
    run(bp, "--db", db, "import", "population", pop)
    report = json.loads(run(bp, "--db", db, "report", "--format", "json").stdout)
    text = run(bp, "--db", db, "report").stdout
    check("point 15: the ONS estimate is used, and the report names the other and why",
          report["fte"]["population"] == 26500 and "Local estimate" in (report["fte"]["note"] or "")
          and "Two 10-17 populations are held" in text, json.dumps(report["fte"]["note"]))



def point_2_damaged_cache(bp, tmp, demo):
    """2. A damaged case cache is never read: a byte out of range, or junk, gives the same
    report as the tables, with one note saying the cache was rebuilt."""
    d = os.path.join(tmp, "p2")
    os.makedirs(d)
    db = os.path.join(d, "c.db")
    for kind in ("outcomes", "population"):
        run(bp, "--db", db, "import", kind, os.path.join(demo, f"{kind}.csv"))
    good = run(bp, "--db", db, "report", "--format", "json").stdout
    import random
    rng = random.Random(7)
    for name, damage in (
            ("an ethnic group byte of 200", lambda b: b.__setitem__(21, 200)),
            ("an outcome type byte of 200", lambda b: b.__setitem__(20, 200)),
            ("junk in every seventh byte",
             lambda b: [b.__setitem__(i, rng.randrange(256)) for i in range(0, len(b), 7)]),
            ("a blob cut short", None)):
        con = sqlite3.connect(db)
        blob = bytearray(con.execute("SELECT records FROM case_cache").fetchone()[0])
        if damage is None:
            blob = blob[:len(blob) - 24]
        else:
            damage(blob)
        con.execute("UPDATE case_cache SET records = ?", (bytes(blob),))
        con.commit()
        con.close()
        r = run(bp, "--db", db, "report", "--format", "json")
        again = run(bp, "--db", db, "report", "--format", "json")
        check(f"point 2: a cache with {name} is rebuilt: the same report, said once",
              r.returncode == 0 and r.stdout == good and "was damaged" in r.stderr
              and again.stdout == good and "damaged" not in again.stderr, r.stderr)


def point_4_parallel_creation(bp, tmp, demo):
    """4. Four imports started at once into a database that does not exist all succeed."""
    failures = []
    for attempt in range(5):
        db = os.path.join(tmp, f"p4-{attempt}.db")
        procs = [subprocess.Popen([bp, "--db", db, "import", "outcomes",
                                   os.path.join(demo, "outcomes.csv")],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
        for p in procs:
            out, err = p.communicate()
            if p.returncode != 0:
                failures.append(err)
    check("point 4: 20 imports, four at once into new databases, all succeed", not failures,
          "\n".join(failures[:3]))


def point_5_6_17_busy(bp, tmp, demo):
    """5, 6, 17. While a long import holds the database: a second import waits and
    succeeds; a report does not wait for it; an export reads one state of the data."""
    d = os.path.join(tmp, "p5")
    os.makedirs(d)
    big = os.path.join(d, "big")
    run(bp, "demo-data", "--out", big, "--rows", "150000", "--seed", "9")
    db = os.path.join(d, "b.db")
    run(bp, "--db", db, "import", "outcomes", os.path.join(demo, "outcomes.csv"))
    run(bp, "--db", db, "import", "population", os.path.join(demo, "population.csv"))
    before = json.loads(run(bp, "--db", db, "report", "--format", "json").stdout)["fte"]["count"]
    # No saved cache: the report below must build one and try to save it while the
    # import holds the write lock (it used to wait the busy timeout, 5 s, to do so).
    con = sqlite3.connect(db)
    con.execute("DELETE FROM case_cache")
    con.commit()
    con.close()
    import time
    first = subprocess.Popen([bp, "--db", db, "import", "outcomes",
                              os.path.join(big, "outcomes.csv")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    start = time.monotonic()
    report = run(bp, "--db", db, "report", "--format", "json")
    report_seconds = time.monotonic() - start
    xlsx = os.path.join(d, "during.xlsx")
    export = run(bp, "--db", db, "export", "--xlsx", xlsx)
    second = run(bp, "--db", db, "import", "benchmarks", os.path.join(demo, "benchmarks.csv"))
    out, err = first.communicate()
    check("point 5: a second import while the first holds the database waits, then succeeds",
          first.returncode == 0 and second.returncode == 0, err + second.stderr)
    check(f"point 17: a report during an import does not wait for it "
          f"({report_seconds:.2f} s)", report.returncode == 0 and report_seconds < 3.0,
          report.stderr)
    after = json.loads(run(bp, "--db", db, "report", "--format", "json").stdout)["fte"]["count"]
    import openpyxl
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Data quality"]
    imports = [r[1].value for r in ws[ws.tables["Imports"].ref][1:]]
    ws = wb["Summary"]
    counted = [r[3].value for r in ws[ws.tables["Headline_indicators"].ref][1:]
               if r[1].value == "Number of children"][0]
    consistent = (counted == after) if imports.count("outcomes") == 2 else (counted == before)
    check("point 6: an export during an import lists the imports whose figures it counts",
          export.returncode == 0 and before != after and consistent,
          f"imports {imports}, counted {counted}, before {before}, after {after}")



def point_14_messages(bp, tmp, demo):
    """14. Each message says what is wrong with the value and what is accepted."""
    d = os.path.join(tmp, "p14")
    os.makedirs(d)
    db = os.path.join(d, "m.db")
    run(bp, "--db", db, "import", "outcomes", os.path.join(demo, "outcomes.csv"))
    cases = [
        ("population", "year,age,count\n1900,10-17,26092\n",
         "the year must be a calendar year from 1990 to 2100"),
        ("population", "year,age,count\n2022,10-17,9223372036854775807\n",
         "the count must be a whole number from 0 to 2,147,483,647"),
        ("outcomes", OUTCOMES_HEADER + "O-1,C-1,+2008-05-14,M,W1,2023-06-02,YC,,,\n",
         "remove the sign before the year"),
        ("outcomes", OUTCOMES_HEADER + "O-1,C-1,12008-05-14,M,W1,2023-06-02,YC,,,\n",
         "the year must have four digits, from 1900 to 2999"),
    ]
    for i, (kind, text, said) in enumerate(cases):
        path = write(os.path.join(d, f"m{i}.csv"), text)
        r = run(bp, "--db", db, "import", kind, path)
        check(f"point 14: {said!r}", r.returncode == 2 and said in r.stderr, r.stderr)
    twice = os.path.join(d, "bom2.csv")
    with open(twice, "wb") as f:
        f.write(b"\xef\xbb\xbf\xef\xbb\xbf" + OUTCOMES_HEADER.encode())
    r = run(bp, "--db", db, "import", "outcomes", twice)
    check("point 14: a double byte order mark is named, not a missing column",
          r.returncode == 2 and "two byte order marks" in r.stderr, r.stderr)
    utf32 = os.path.join(d, "utf32.csv")
    with open(utf32, "wb") as f:
        f.write(OUTCOMES_HEADER.encode("utf-32"))
    r = run(bp, "--db", db, "import", "outcomes", utf32)
    check("point 14: UTF-32 is called UTF-32", r.returncode == 2 and "UTF-32" in r.stderr
          and "UTF-16" not in r.stderr, r.stderr)
    r = run(bp, "--db", db, "report", "--period-end", "9999-12-31")
    check("point 14: --period-end 9999-12-31 says the years accepted",
          r.returncode == 1 and "from 1900 to 2999" in r.stderr, r.stderr)



def point_14_full_disk(bp, tmp, demo):
    """14. A full disk: our words, no libxlsxwriter "[ERROR]" line naming a temporary
    file, and nothing left behind. Needs a tiny file system (a tmpfs, as root)."""
    d = os.path.join(tmp, "p14disk")
    os.makedirs(d)
    db = os.path.join(tmp, "p14disk.db")
    for kind in ("outcomes", "population", "benchmarks"):
        run(bp, "--db", db, "import", kind, os.path.join(demo, f"{kind}.csv"))
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24k", "tmpfs", d],
        capture_output=True).returncode == 0
    if not mounted:
        check("point 14: a full disk # SKIP cannot mount a tiny tmpfs here", True)
        return
    try:
        r = run(bp, "--db", db, "export", "--xlsx", os.path.join(d, "p.xlsx"))
        check("point 14: a full disk is said in our words, with no library line, nothing left",
              r.returncode == 3 and "the disk is full" in r.stderr and "[ERROR]" not in r.stderr
              and os.listdir(d) == [], r.stderr + str(os.listdir(d)))
    finally:
        subprocess.run(["umount", d], capture_output=True)


def main():
    bp = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        demo = os.path.join(tmp, "demo")
        r = run(bp, "demo-data", "--out", demo, "--rows", "400")
        check("demo-data", r.returncode == 0, r.stderr)
        point_1_outputs(bp, tmp, demo)
        point_3_empty_database(bp, tmp, demo)
        point_7_read_only_and_foreign(bp, tmp, demo)
        point_8_12_numbers(bp, tmp, demo)
        point_9_10_11_16_rows(bp, tmp, demo)
        point_13_stale_temporaries(bp, tmp, demo)
        point_15_two_populations(bp, tmp, demo)
        point_2_damaged_cache(bp, tmp, demo)
        point_4_parallel_creation(bp, tmp, demo)
        point_5_6_17_busy(bp, tmp, demo)
        point_14_messages(bp, tmp, demo)
        point_14_full_disk(bp, tmp, demo)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
