"""A report of a recent day that names a later one (doubt75, report_ahead.py): the post's
headline tells a happening in the past, its lead dates it, and only a later sentence dates
something ahead. Which day the card is for cannot be read from the grammar, so the reported day
is offered beside the day ahead (`several_dates`) instead of the day ahead kept silently.
Sentences our own, in several shapes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.report_ahead import headline_reports
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")  # a Monday


def _draft(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


# a headline told in the past, its lead dating a recent day, a later day picked: the reported
# day is offered beside the pick
ASKED = [
    (
        "В школе прошёл турнир по шахматам\n"
        "5 декабря в школе №3 прошёл турнир по шахматам среди учеников 5–7 классов. "
        "В нём участвовали сорок ребят. "
        "Победители выступят на городском турнире 20 декабря.",
        [date(2026, 12, 20), date(2026, 12, 5)],
    ),
    (
        "В городе начался фестиваль науки\n"
        "В понедельник, 7 декабря, в городе начался фестиваль науки для школьников. "
        "Мероприятия фестиваля проводятся во всех районах. "
        "А 9 декабря в парке будут работать площадки детских технопарков.",
        [date(2026, 12, 9), date(2026, 12, 7)],
    ),
    (
        "Ученики дали старт акции «Добрые крышечки»\n"
        "3 декабря ученики школы №5 провели акцию «Добрые крышечки» у входа в школу. "
        "Ребята собрали двадцать килограммов крышек. "
        "Самые крупные акции пройдут 12 и 13 декабря.",
        [date(2026, 12, 12), date(2026, 12, 3)],
    ),
    (
        "На олимпиаде по физике выступили 120 школьников\n"
        "В минувшую субботу, 5 декабря, прошёл муниципальный этап олимпиады по физике. "
        "Победители отправятся на региональный этап, который состоится 15 января.",
        [date(2027, 1, 15), date(2026, 12, 5)],
    ),
]


@pytest.mark.parametrize(("post", "offered"), ASKED)
def test_a_report_with_a_day_ahead_is_asked(post: str, offered: list[date]) -> None:
    draft = _draft(post)
    assert "several_dates" in draft.doubts, draft.doubts
    assert [c.date() for c in draft.choices] == offered


def test_an_announcing_headline_is_not_asked() -> None:
    draft = _draft(
        "В школе пройдёт турнир по шахматам\n"
        "5 декабря в школе №3 прошёл отборочный тур. "
        "Турнир по шахматам пройдёт 20 декабря в актовом зале."
    )
    assert draft.start == datetime.fromisoformat("2026-12-20T00:00")
    assert "several_dates" not in draft.doubts


def test_a_report_of_a_month_ago_is_history_not_a_rival() -> None:
    draft = _draft(
        "В школе прошёл турнир по шахматам\n"
        "10 ноября в школе №3 прошёл турнир по шахматам. "
        "Победители выступят на городском турнире 20 декабря."
    )
    assert "several_dates" not in draft.doubts


def test_a_report_without_a_headline_line_is_not_asked() -> None:
    draft = _draft(
        "5 декабря в школе №3 прошёл турнир по шахматам среди учеников 5–7 классов. "
        "Победители выступят на городском турнире 20 декабря."
    )
    assert "several_dates" not in draft.doubts


def test_a_side_line_told_in_the_past_is_not_the_report() -> None:
    draft = _draft(
        "Школьники рассказали о каникулах\n"
        "Читайте также: Мужчины стали больше интересоваться парфюмом (05.12.2026 14:30)\n"
        "20 декабря в музее пройдёт акция «Ночь в музее»."
    )
    assert draft.start is not None
    assert draft.start.date() == date(2026, 12, 20)
    assert "several_dates" not in draft.doubts


def test_the_headline_reader() -> None:
    told = "волонтёры дали старт акции\n24 апреля провели акцию."
    assert headline_reports(told) == (0, len("волонтёры дали старт акции"))
    assert headline_reports("игра «зарница» пройдёт в каспийске\n16 апреля начнётся игра.") is None
    assert headline_reports("зарница 2.0\n16 апреля начнётся игра.") is None
    assert headline_reports("5 декабря прошёл турнир\nпобедители выступят 20 декабря.") is None
    assert headline_reports("в школе прошёл турнир") is None  # one line: no headline
