#!/usr/bin/python3
# boardpack-e2e.py: a new user's first session, driven through the accessibility bus
#
#   boardpack-e2e.py BOARDPACK OUTDIR
#
# Starts BOARDPACK on an empty database, opens the demo data from the empty state, visits
# every page (saving a screenshot of each to OUTDIR), exports the board pack from the
# main menu and checks the workbook and the PDF exist. Run by run-e2e.sh, inside a
# session bus with the accessibility bus and toolkit-accessibility on (design.md).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys
import time

from dogtail.config import config

config.searchShowingOnly = False  # GTK 4.8 does not report "showing" reliably
config.defaultDelay = 0.3
config.searchCutoffCount = 20
config.logDebugToFile = False
config.logDebugToStdOut = False  # stdout is TAP

from dogtail import predicate  # noqa: E402
from dogtail.tree import root  # noqa: E402

PAGES = [
    ("Overview", "overview"),
    ("First time entrants", "fte"),
    ("Custody", "custody"),
    ("Reoffending", "reoffending"),
    ("Disproportionality", "disparity"),
    ("Data", "data"),
]


def fail(message):
    print("not ok - " + message, flush=True)
    sys.exit(1)


def wait_for(what, find, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = find()
            if found:
                return found
        except Exception:  # the tree changes under us while the window builds
            pass
        time.sleep(0.3)
    fail("timed out waiting for " + what)


def find(node, role, name=None, contains=None):
    def matches(n):
        if n.roleName != role:
            return False
        if name is not None and n.name != name:
            return False
        return contains is None or contains in n.name

    return node.findChild(matches, retry=False, requireResult=False)


def click(node):
    # A GtkMenuButton's accessible holds the button that has the action.
    if "click" not in node.actions:
        node = node.findChild(lambda n: "click" in n.actions, retry=False)
    node.doActionNamed("click")


def screenshot(outdir, name):
    path = os.path.join(outdir, name + ".png")
    subprocess.run(["import", "-window", "root", path], check=True)
    print("# screenshot " + path, flush=True)


def main():
    boardpack, outdir = sys.argv[1], sys.argv[2]
    home = os.environ["HOME"]
    os.makedirs(outdir, exist_ok=True)
    database = os.path.join(home, "boardpack.db")

    proc = subprocess.Popen([boardpack, "--db", database])
    try:
        app = wait_for("the application on the accessibility bus",
                       lambda: root.application("boardpack"))
        print("1..4", flush=True)

        demo = wait_for("the empty state", lambda: find(app, "push button", contains="demo data"))
        screenshot(outdir, "empty")
        click(demo)
        wait_for("the demo data's Overview",
                 lambda: find(app, "push button", contains="First time entrants: "))
        print("ok 1 - the empty state opens the demo data", flush=True)

        time.sleep(1)
        for title, name in PAGES:
            tab = wait_for("the tab " + title, lambda: find(app, "page tab", name=title))
            click(tab)
            time.sleep(1.0)
            screenshot(outdir, name)
        headline = find(app, "image", name="First time entrants")
        if headline is None or "per 100,000" not in headline.description:
            fail("the first time entrants chart has no text alternative")
        print("ok 2 - every page visited", flush=True)

        menu = wait_for("the main menu", lambda: find(app, "push button", name="Main menu"))
        click(menu)
        item = wait_for("Export board pack… in the main menu",
                        lambda: find(app, "menu item", contains="Export board pack"))
        click(item)
        dialog_export = wait_for("the export dialog",
                                 lambda: find(app, "push button", contains="Export Export"))
        time.sleep(0.5)
        screenshot(outdir, "export-dialog")
        click(dialog_export)
        wait_for("the export to finish",
                 lambda: find(app, "label", name="Board pack exported"), timeout=120)
        screenshot(outdir, "export-done")
        print("ok 3 - the board pack exported", flush=True)

        packs = [f for f in os.listdir(home) if f.endswith((".xlsx", ".pdf"))]
        documents = os.path.join(home, "Documents")
        if os.path.isdir(documents):
            packs += [f for f in os.listdir(documents) if f.endswith((".xlsx", ".pdf"))]
        if not any(f.endswith(".xlsx") for f in packs) or not any(f.endswith(".pdf") for f in packs):
            fail("the workbook and PDF are not in the home folder: %r" % packs)
        print("ok 4 - the workbook and the PDF exist: %s" % ", ".join(sorted(packs)), flush=True)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
