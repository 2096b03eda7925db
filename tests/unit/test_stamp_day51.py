"""Never silently wrong on a long post (issue 10 point 4), doubt51: a start on the post's own
day read only from a numeric date with its year on the post's first two lines — a page's
date line stamps.py did not take — is asked, in sentences of our own.

At first sight broad17 and broad18 (read by main f5f914e3) had four silent wrong starts of
this shape («… комплекса ГТО 09.09.2025», «27.02.2017 День открытых дверей …», «11.01.2024 12
января …», «… для сильной страны 11.02.2019»): the item's date taken for the event's day.
stamps.py takes those shapes since; the doubt covers the shapes it does not know. The guards:
a post that says the event is today («Сегодня …»), a post naming no other day, a day written
in the body, a start on another day than the post's."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.start_doubts import stamp_day
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-14T12:00")  # a Monday

REPORT = (
    "В минувшую субботу 12 декабря в актовом зале лицея № 3 прошла ярмарка профессий для "
    "учеников 8–11 классов. Ребята узнали о двадцати профессиях."
)


def draft_of(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    "head",
    [
        "Ярмарка профессий 14.12.26",  # a two-digit year closing the headline
        "Новости | 14.12.2026 | Ярмарка профессий",  # a site's rubric line
        "Ярмарка профессий\n14.12.2026 | Просмотров: 120",  # the date beside a view count
    ],
)
def test_the_posts_own_day_from_its_date_line_is_asked(head: str) -> None:
    draft = draft_of(f"{head}\n{REPORT}")
    assert (
        draft.start is None or draft.start.date() != NOW.date() or ("several_dates" in draft.doubts)
    ), draft


def test_a_date_line_day_is_a_stamp_day() -> None:
    text = "ярмарка профессий 14.12.26\nв минувшую субботу 12 декабря прошла ярмарка."
    assert stamp_day(text, date(2026, 12, 14), NOW)


def test_today_said_in_words_is_no_stamp_day() -> None:
    text = "ярмарка профессий 14.12.26\nсегодня в лицее проходит ярмарка. следующая - 19 декабря."
    assert not stamp_day(text, date(2026, 12, 14), NOW)


def test_a_lone_date_line_is_no_stamp_day() -> None:
    text = "ярмарка профессий 14.12.26\nв лицее прошла ярмарка профессий для старшеклассников."
    assert not stamp_day(text, date(2026, 12, 14), NOW)


def test_the_day_written_in_the_body_is_no_stamp_day() -> None:
    text = "ярмарка профессий 14.12.26\nярмарка пройдет 14 декабря, а 12 декабря была другая."
    assert not stamp_day(text, date(2026, 12, 14), NOW)


def test_another_day_than_the_posts_is_no_stamp_day() -> None:
    text = "ярмарка профессий 19.12.26\nв минувшую субботу 12 декабря прошла ярмарка."
    assert not stamp_day(text, date(2026, 12, 19), NOW)


def test_the_event_said_to_be_today_is_not_asked() -> None:
    text = (
        "Ярмарка профессий 14.12.26\nСегодня в актовом зале лицея № 3 проходит ярмарка "
        "профессий для учеников 8–11 классов. Следующая ярмарка пройдёт 19 декабря."
    )
    assert "several_dates" not in draft_of(text).doubts
