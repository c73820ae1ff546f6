"""bp_tap: what the Python tests share: TAP lines, and running the built program.

    sys.path.insert(0, <tests/>); from bp_tap import check, run, finish
"""

import subprocess

results = []


def check(name, ok, detail=""):
    """One TAP line; the detail follows as comments when the check fails."""
    results.append(bool(ok))
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    if not ok and detail:
        for line in str(detail).rstrip().splitlines():
            print(f"# {line}")


def run(*args, cwd=None, env=None):
    """Runs a command and returns its CompletedProcess, output as text."""
    return subprocess.run(list(args), capture_output=True, text=True, cwd=cwd, env=env)


def finish():
    """The TAP plan; the exit status for sys.exit()."""
    print(f"1..{len(results)}")
    return 0 if all(results) else 1
