"""Readings left by parse69 and fresh69 (tests/data/parse70.md), each checked on sentences of
our own, never a tuned post's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core import drafts
from bot.core.language.intents import parse_message
from bot.core.models import EventDraft

TODAY = "2026-12-01T10:00"  # a Tuesday


def _parse(text: str, now: str = TODAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# 3. a plan file's row of a span of days begun before today and still going on is `running`,
# as the chat reads it; a span over by today and a single day gone stay `past`
@pytest.mark.parametrize(
    ("start", "end", "doubt"),
    [
        ("2026-11-25", "2026-12-20", "running"),
        ("2026-11-25", "2026-12-01", "running"),
        ("2026-11-20", "2026-11-30", "past"),
        ("2026-11-25", None, "past"),
    ],
)
def test_plan_row_of_a_running_span(start: str, end: str | None, doubt: str) -> None:
    row = EventDraft(
        title="Выставка рисунков",
        start=datetime.fromisoformat(start),
        end=datetime.fromisoformat(end) if end else None,
        all_day=True,
    )
    found = drafts.with_timing_doubts(row, datetime.fromisoformat(TODAY)).doubts
    assert doubt in found
    assert {"running", "past"} - {doubt} - set(found) == {"running", "past"} - {doubt}
