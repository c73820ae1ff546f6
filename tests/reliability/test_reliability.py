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

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    if not ok and detail:
        for line in str(detail).rstrip().splitlines():
            print(f"# {line}")


def run(bp, *args, cwd=None, env=None):
    return subprocess.run([bp, *args], capture_output=True, text=True, cwd=cwd, env=env)


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


def main():
    bp = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        demo = os.path.join(tmp, "demo")
        r = run(bp, "demo-data", "--out", demo, "--rows", "400")
        check("demo-data", r.returncode == 0, r.stderr)
        point_1_outputs(bp, tmp, demo)
    print(f"1..{len(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
