"""Messages that made a reader backtrack for minutes (review19, 2026-12-02): each is read in
a child process that must finish within a generous limit (the old code took minutes or
more on each: cubic backtracking over the blanks the Scanner leaves where it took words),
and the reading itself is checked too."""

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


def test_a_long_run_of_classes_after_na_is_read_at_once() -> None:
    """«на» + 400 × «10 классы» (4,000 characters): _DURATION_MARKED's three \\s* over the
    blanked classes. Its classes are read."""
    out = _read_in_child(
        """
        from datetime import datetime
        from bot.core.language.intents import parse_message
        from bot.core.models import EventIntent
        text = "Лекция 15 декабря в 10:00 на " + "10 классы " * 400 + "x"
        intent = parse_message(text, datetime(2026, 12, 2, 10, 0))
        draft = intent.draft if isinstance(intent, EventIntent) else None
        print(sorted(draft.audience.grades) if draft else type(intent).__name__)
        """
    )
    assert out == "[10]", out
