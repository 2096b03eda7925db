"""fixdoubt58: a run begun today leads the post only when no later sentence holds a dated
event of its own; when one does, the dated event leads and the begun day is offered beside it
(several_dates), never dropped unsaid. A school holiday period never «began» as an event."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.told_past import began

NOW = "2026-12-05T12:00"


def _parsed(text: str, now: str = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


def test_holidays_begun_today_leave_the_dated_event_its_day_and_clock() -> None:
    text = (
        "Сегодня начались зимние каникулы у третьеклассников.\n"
        "27 декабря в 10:00 в актовом зале ёлка для 3-х классов."
    )
    got = _parsed(text)
    assert got["start"] == "2026-12-27T10:00"


def test_a_school_term_is_no_event_that_began() -> None:
    assert not began("Сегодня началась третья четверть.")
    assert not began("Вчера у нас начались летние каникулы.")
    assert not began("Сегодня начался новый учебный год.")
    assert began("Сегодня открылась неделя физики.")


def test_a_dated_timed_event_leads_over_an_exhibition_opened_today() -> None:
    text = (
        "Сегодня в библиотеке открылась выставка фотографий «Родной край».\n"
        "14 декабря в 16:00 — встреча с автором снимков для 7-х классов."
    )
    got = _parsed(text)
    assert got["start"] == "2026-12-14T16:00"
    assert "several_dates" in got["doubts"]  # the opened exhibition's day is offered


def test_a_dated_event_beside_an_exhibition_opened_today_is_asked_about() -> None:
    text = (
        "Сегодня в музее открылась выставка «Старинные игрушки».\n"
        "9 декабря в 12:00 — мастер-класс по росписи для 3-х классов."
    )
    got = _parsed(text)
    assert got["start"] == "2026-12-09T12:00"
    days = {str(c)[:10] for c in got["choices"]}  # type: ignore[attr-defined]
    assert {"2026-12-05", "2026-12-09"} <= days
