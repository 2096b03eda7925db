"""A draft whose only day is written after «до» took the last day of something for its
start (doubt64): «Увидеть «Мир красок» можно будет до 29 мая» — whatever verb governs the
«до», the day is a bound, never silently the event's day. Asked as `span_cut` (today to
that day, the running_until reading)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-05-14T12:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    "text",
    [
        "Увидеть «Мир красок» можно будет до 29 мая.",
        "Фотографии учеников будут висеть в фойе школы до 29 мая.",
    ],
)
def test_a_day_written_only_after_until_is_asked(text: str) -> None:
    got = _parse(text)
    assert got["start"] != "2026-05-29"  # the last day, never silently the first
    assert "span_cut" in got["doubts"]  # type: ignore[operator]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.span == (date(2026, 5, 14), date(2026, 5, 29))


# told begun («открылась»): a run going on, from today to that day, no longer asked
# (parse69, running_spans: the card says it goes on)
@pytest.mark.parametrize(
    "text",
    [
        "Вчера в Доме культуры открылась выставка «Мир красок». Посетить её можно будет до 29 мая.",
        "В галерее им. П. Сидорова открылась выставка рисунков. Полюбоваться «Весной» юных "
        "художников гости смогут до 29 мая.",
    ],
)
def test_a_run_told_begun_goes_on_from_today_to_that_day(text: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["doubts"]) == ("2026-05-14", "2026-05-29", ["running"])


@pytest.mark.parametrize(
    "text",
    [
        # the day is written as a start elsewhere too: not a bound only
        "Конкурс рисунков пройдёт 29 мая. Работы принимаются до 29 мая включительно.",
        # a span read whole
        "Выставка открывается 20 мая и продлится до 29 мая.",
        # «до» of a clock, not of the day
        "Концерт 29 мая с 15:00 до 17:00 в актовом зале.",
    ],
)
def test_a_day_written_as_a_start_too_is_kept(text: str) -> None:
    got = _parse(text)
    assert got["start"] is not None
    assert str(got["start"]).startswith(("2026-05-29", "2026-05-20"))
    assert "span_cut" not in (got["doubts"] or [])  # type: ignore[operator]
