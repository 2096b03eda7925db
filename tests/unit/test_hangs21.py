"""Patterns that backtracked polynomially over a long run of blanks, found by the hangs20 fuzz
and benchmarks/regex_growth.py (review 2026-12-02, H4, eighteenth round): each reading runs in
a child process that must finish within a generous limit (not a timed assertion of speed: the
old code took over a minute on each), and what is read is checked too."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _read_in_child(code: str) -> str:
    script = textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_contrast_after_a_long_run_of_blanks_is_read_at_once() -> None:
    """«не» + 1,000 line breaks + «x» under an open draft's card: the contrast «не X, а Y»
    tried every start of the replaced value in the run and split the blanks after it every
    way (over a minute for this one message). Each message ends; «не» + 7,990 spaces +
    «15, а 17» still moves the draft to the 17th."""
    out = _read_in_child(
        """
        from datetime import datetime
        from bot.core.dialog import Confirmation, Dialog
        from bot.core.draft_json import draft_to_json
        from bot.core.language.intents import parse_message
        from bot.core.language.understand import understand
        now = datetime(2026, 12, 2, 10, 0)
        said = "Лекция по физике 15 декабря в 10:00 в актовом зале"
        draft = draft_to_json(parse_message(said, now).draft)
        for text in ("не" + "\\n" * 1_000 + "x", "не" + " " * 7_990 + "15, а 17"):
            got = understand(text, Dialog(pending=[dict(draft)], waiting=Confirmation()), now)
            filled = getattr(got, "filled", None)
            print(type(got).__name__, filled.start if filled is not None else None)
        """
    )
    assert out.split("\n") == [
        "CardUnchanged None",
        "DraftAnswer 2026-12-17 10:00:00",
    ], out


def test_the_correction_frames_read_as_before() -> None:
    """The contrast, the named contrast and the refusal read what they read before."""
    from bot.core.language.draft_corrections import Correction, correction

    assert correction("нет, не 5-го, а 12-го") == Correction("", "12-го", "5-го")
    assert correction("не  12 ,  а 13 декабря") == Correction("", "13 декабря", "12")
    assert correction("не  , а 13") == Correction("", "13", "")
    assert correction("концерт будет не 25, а 26", named=True) == Correction("концерт", "26", "25")
    assert correction("5-го нельзя, давайте 12-го") == Correction("", "12-го", "5-го")
    assert correction("  в 14 не получится —  лучше в 15:30") == Correction("", "в 15:30", "в 14")
