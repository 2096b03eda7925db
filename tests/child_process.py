"""One reading in a child Python process, for the hang tests (tests/unit/test_review19_hangs.py,
test_hangs20.py, test_hangs21.py): a message that backtracks polynomially would stall the
test run itself, so each runs apart with a generous limit — a hang detector, not a timed
assertion of speed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 120  # seconds of wall-clock time before subprocess.TimeoutExpired fails the test


def read_in_child(code: str) -> str:
    """Run `code` (dedented) with `python -c` from the project root; its stripped stdout.
    Fails the test when the child exits non-zero (its stderr shown) or outlives LIMIT."""
    script = textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=LIMIT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
