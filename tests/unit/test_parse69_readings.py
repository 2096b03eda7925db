"""Readings left by parse67, chat66 and fresh67 (tests/data/parse69.md), each checked on
sentences of our own, never a tuned post's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

TODAY = "2026-12-01T10:00"  # a Tuesday


def _parse(text: str, now: str = TODAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# 1. a run begun before today and going on past it is the span of its days, not a day gone:
# the first day as written (or today when the message names none), no question «уже прошло»
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("30 ноября открылась выставка. Она продлится до 20 декабря.", "2026-11-30"),
        ("Выставка керамики открылась 20 ноября. Она работает до 20 декабря.", "2026-11-20"),
        ("Конкурс чтецов стартовал 25 ноября, он продлится до 20 декабря.", "2026-11-25"),
        ("Ярмарка работает с 20 ноября по 20 декабря.", "2026-11-20"),
        ("Вчера открылась выставка детского рисунка. Она продлится до 20 декабря.", "2026-12-01"),
        ("Позавчера в библиотеке стартовала акция. Продлится она до 20 декабря.", "2026-12-01"),
    ],
)
def test_a_run_begun_and_going_on_is_its_span(text: str, start: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, "2026-12-20"), got
    assert got["doubts"] == ["running"], got


# what the reading leaves alone: a run ahead, a run over, a day gone with no end
@pytest.mark.parametrize(
    ("text", "start", "end", "doubts"),
    [
        ("Выставка откроется 5 декабря и продлится до 20 декабря.", "2026-12-05", "2026-12-20", []),
        ("Ярмарка работала с 10 по 20 ноября.", "2026-11-10", "2026-11-20", ["past"]),
        ("30 ноября прошёл концерт хора.", "2026-11-30", None, ["past"]),
    ],
)
def test_the_running_reading_leaves_alone(
    text: str, start: str, end: str | None, doubts: list[str]
) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["doubts"]) == (start, end, doubts), got
