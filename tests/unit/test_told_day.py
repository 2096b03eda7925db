"""told_day and post_other_events.report_day: a day a report tells. A day dated to a past
year in words is that year's; today told in the past tense alone is asked (`past`); a
report's past day is not the event of a post whose other sentence invites to a new one
(fixreport58)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent


def _draft(text: str, now: datetime) -> EventDraft:
    got = parse_message(text, now)
    assert isinstance(got, EventIntent)
    return got.draft


WEDNESDAY = datetime.fromisoformat("2026-12-09T19:00")


@pytest.mark.parametrize(
    "text",
    [
        "9 декабря в библиотеке прошла встреча с писателем.\nСпасибо гостям за вопросы!",
        "Сегодня ребята из 6Б побывали в театре кукол.\nВсем очень понравилось!",
        "В среду шестиклассники посетили выставку минералов.\nВпечатлений масса!",
        "Ученики 7 класса 09.12.2026 съездили на экскурсию на завод.",
    ],
)
def test_today_told_in_the_past_is_asked(text: str) -> None:
    draft = _draft(text, WEDNESDAY)
    assert draft.start is not None
    assert draft.start.date() == WEDNESDAY.date()
    assert "past" in draft.doubts


@pytest.mark.parametrize(
    "text",
    [
        "9 декабря в библиотеке пройдёт встреча с писателем.\nПриходите!",
        "Сегодня в библиотеке встреча с писателем для 6Б.",
        "В среду шестиклассники посетят выставку минералов.",
    ],
)
def test_today_announced_is_not_asked(text: str) -> None:
    draft = _draft(text, WEDNESDAY.replace(hour=9))
    assert "past" not in draft.doubts


DECEMBER = datetime.fromisoformat("2026-12-05T12:00")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("В прошлом году 3 апреля прошла ярмарка поделок. Она снова будет.", (2025, 4, 3)),
        ("В позапрошлом году 20 мая прошёл слёт. Теперь он пройдёт летом.", (2024, 5, 20)),
        ("Год назад, 10 октября, ребята сажали деревья у школы.", (2025, 10, 10)),
    ],
)
def test_a_past_year_in_words_dates_the_day(text: str, day: tuple[int, int, int]) -> None:
    draft = _draft(text, DECEMBER)
    assert draft.start is not None
    assert draft.start.date() == date(*day)
    assert "past" in draft.doubts


def test_a_past_year_in_another_clause_keeps_the_day_ahead() -> None:
    text = "В прошлом году конкурс собрал 200 участников, а 14 марта он пройдёт снова."
    draft = _draft(text, DECEMBER)
    assert draft.start is not None
    assert draft.start.date() == date(2027, 3, 14)


NOVEMBER = datetime.fromisoformat("2026-11-25T12:00")


def test_an_invitation_after_a_report_keeps_its_own_venue() -> None:
    text = (
        "Мы рассказывали, что 18 ноября в школе прошёл турнир по шашкам. "
        "Теперь приглашаем 6А на новый турнир в клубе «Ладья»!"
    )
    draft = _draft(text, NOVEMBER)
    assert draft.venue is not None
    assert "Ладья" in draft.venue
    assert draft.start is None or draft.start.date() != date(2026, 11, 18)


def test_a_report_alone_keeps_its_day() -> None:
    text = (
        "20 ноября в спортзале прошла игра «Зарница». "
        "Ребята показали отличные результаты и получили грамоты."
    )
    draft = _draft(text, NOVEMBER)
    assert draft.start is not None
    assert draft.start.date() == date(2026, 11, 20)
    assert "past" in draft.doubts


def test_a_report_with_an_outlook_keeps_its_day() -> None:
    text = (
        "20 ноября в спортзале прошла игра «Зарница». "
        "Победители будут участвовать в городском этапе, ждём их успехов."
    )
    draft = _draft(text, NOVEMBER)
    assert draft.start is not None
    assert draft.start.date() == date(2026, 11, 20)
    assert "past" in draft.doubts
