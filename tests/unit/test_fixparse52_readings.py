"""review51 findings 1, 2 and 5 and fixparse51's open point, in sentences of our own.

1. Only the main clause tells the tense: a past verb in a subordinate clause («…, кто не сдал
   зачёт», «…, на которую записались 5 классов») leaves a nominal announcement's weekday the
   coming one, and a short participle of setting a day («была назначена», «был перенесён»)
   announces it.
2. A headline in capitals before today's date («НОВОГОДНИЙ КОНЦЕРТ – 5 декабря») is the
   event's own day, not an agency's dateline: only a town or an agency opens one.
3. A part of day times a clock only with nothing but a preposition between them.
4. A later sentence about another event («ещё один спектакль») is no later session."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.stamps import _agency_dateline
from bot.core.language.told_past import told_in_past
from bot.core.models import EventIntent

WEDNESDAY = datetime.fromisoformat("2026-12-02T10:00")


def draft_of(text: str, now: datetime):  # type: ignore[no-untyped-def]
    intent = parse_message(text, now)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("В пятницу в 15:00 пересдача для тех, кто не сдал зачёт", "2026-12-04T15:00"),
        ("В субботу в 10:00 экскурсия для тех, кто сдал деньги", "2026-12-05T10:00"),
        ("Экскурсия, на которую записались 5 классов, в субботу в 10:00", "2026-12-05T10:00"),
        (
            "В четверг в 16:00 консультация в кабинете, где раньше была библиотека",
            "2026-12-03T16:00",
        ),
        (
            "В пятницу в 17:00 собрание для родителей, чьи дети пропустили, и тех, кто болел",
            "2026-12-04T17:00",
        ),
        ("В пятницу была назначена встреча с родителями в 18:00", "2026-12-04T18:00"),
        ("В субботу была запланирована экскурсия в музей в 11:00", "2026-12-05T11:00"),
        ("Напоминаю, в субботу у нас был перенесён концерт на 15:00", "2026-12-05T15:00"),
    ],
)
def test_a_past_verb_outside_the_main_clause_keeps_the_coming_day(text: str, start: str) -> None:
    draft = draft_of(text, WEDNESDAY)
    assert draft.start == datetime.fromisoformat(start)
    assert "past" not in draft.doubts


@pytest.mark.parametrize(
    "text",
    [
        "В субботу прошла ярмарка, где побывали 5 классов",
        "Напомним, что в субботу прошла ярмарка",  # the clause after an address holds the day
        "В субботу в музее прошла экскурсия, которую провёл директор",
    ],
)
def test_a_past_main_clause_is_still_told_in_the_past(text: str) -> None:
    at = re.search("субботу", text)
    assert at is not None
    assert told_in_past(text, at.start(), at.end())


POST_DAY = datetime.fromisoformat("2026-12-05T09:00")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "НОВОГОДНИЙ КОНЦЕРТ – 5 декабря\nПриглашаем всех родителей и гостей на новогодний "
            "концерт нашей школы. Ребята подготовили песни и танцы. Начало в 18:00 в актовом "
            "зале. Вход свободный, просим взять сменную обувь. Ждём всех!",
            "2026-12-05T18:00",
        ),
        (
            "ДЕНЬ ОТКРЫТЫХ ДВЕРЕЙ - 5 декабря\nПриглашаем будущих первоклассников и их "
            "родителей познакомиться со школой. Начало в 11:00 в актовом зале. Вход свободный.",
            "2026-12-05T11:00",
        ),
        (
            "ШАХМАТНЫЙ ТУРНИР, 5 декабря\nПриглашаем учеников 3-5 классов на турнир. Начало в "
            "14:00 в кабинете 12.",
            "2026-12-05T14:00",
        ),
    ],
)
def test_a_capitals_headline_is_no_dateline(text: str, start: str) -> None:
    assert draft_of(text, POST_DAY).start == datetime.fromisoformat(start)


@pytest.mark.parametrize(
    "line",
    [
        "ТВЕРЬ - 4 дек. Команда школы заняла первое место.",
        "НИЖНИЙ НОВГОРОД, 4 декабря — РИА Новости. Команда школы заняла первое место.",
        "МОСКВА (ТАСС), 4 декабря. Команда школы заняла первое место.",
    ],
)
def test_a_town_in_capitals_still_opens_a_dateline(line: str) -> None:
    m = re.search(r"4 дек[а-я.]*", line)
    assert m is not None
    assert _agency_dateline(line, m, POST_DAY)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Экскурсия 12 декабря: утром музей, в 4 отъезд домой", "2026-12-12T16:00"),
        ("Сбор 12 декабря утром в 7", "2026-12-12T07:00"),
        ("Поход 12 декабря, выходим утром в 6", "2026-12-12T06:00"),
    ],
)
def test_a_part_of_day_times_only_the_clock_beside_it(text: str, start: str) -> None:
    assert draft_of(text, WEDNESDAY).start == datetime.fromisoformat(start)


SPRING = datetime.fromisoformat("2027-05-20T10:00")
PREMIERE = (
    "Театральная студия «Маска» приглашает на премьеру спектакля «Снежная королева»! 2 июня "
    "в 18:00 в актовом зале школы. "
)


@pytest.mark.parametrize(
    "later",
    [
        "4 июня в 17:00 ещё один спектакль студии — «Морозко». Вход свободный.",
        "4 июня в 17:00 другой концерт студии, «Зимние песни». Вход свободный.",
    ],
)
def test_a_sentence_about_another_event_is_no_later_session(later: str) -> None:
    draft = draft_of(PREMIERE + later, SPRING)
    assert draft.start == datetime.fromisoformat("2027-06-02T18:00")
    assert all(at.date() != date(2027, 6, 4) for at, _ in draft.sessions)


def test_a_repeat_of_the_same_event_stays_a_later_session() -> None:
    draft = draft_of(PREMIERE + "4 июня в 17:00 ещё один показ. Вход свободный.", SPRING)
    assert datetime.fromisoformat("2027-06-04T17:00") in [at for at, _ in draft.sessions]


@pytest.mark.parametrize("head", ["ДЕНЬ РОССИИ – 12 июня", "ДЕНЬ МОСКВЫ, 12 июня"])
def test_a_holiday_named_after_a_place_is_no_dateline(head: str) -> None:
    text = head + "\nПриглашаем всех на праздничный концерт у школы. Начало в 11:00."
    m = re.search(r"12 июня", text)
    assert m is not None
    assert not _agency_dateline(text, m, datetime.fromisoformat("2027-06-12T08:00"))
