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


# 3. one event told over days in a row is its span of days, whether two days («12 и 13», read
# so before), three («12, 13 и 14») or a range and the day after it; days apart stay sessions,
# two events on two days stay asked
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Праздник двора пройдёт 12 и 13 декабря.", "2026-12-12", "2026-12-13"),
        ("Праздник двора пройдёт 12, 13 и 14 декабря.", "2026-12-12", "2026-12-14"),
        (
            "Слёт отрядов пройдёт в пятницу, субботу и воскресенье, 11, 12 и 13 декабря.",
            "2026-12-11",
            "2026-12-13",
        ),
        ("Каток будет работать 30, 31 декабря и 1 января.", "2026-12-30", "2027-01-01"),
        ("Сборы пройдут с 10 по 12 декабря и 13 декабря.", "2026-12-10", "2026-12-13"),
        ("Ярмарка пройдёт в субботу и воскресенье, 12–13 декабря.", "2026-12-12", "2026-12-13"),
    ],
)
def test_one_event_on_days_in_a_row_is_their_span(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["sessions"]) == (start, end, []), got


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("Праздник двора пройдёт 12, 14 и 16 декабря.", 3),
        ("Мастер-классы пройдут 12, 13 и 14 декабря в 15:00.", 3),
        # a plural kind tells several events, one a day
        ("Органные концерты пройдут три вечера подряд: 12, 13 и 14 декабря.", 3),
    ],
)
def test_days_apart_or_at_a_clock_stay_sessions(text: str, sessions: int) -> None:
    got = _parse(text)
    assert len(got["sessions"] or []) == sessions, got


def test_two_events_on_two_days_stay_two() -> None:
    got = _parse("12 декабря пройдёт концерт хора, 13 декабря — спектакль театра.")
    assert got["end"] is None, got
    assert "several_dates" in got["doubts"], got
