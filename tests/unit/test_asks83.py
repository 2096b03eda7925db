"""asks83: doubts the bot asked about readings that are in fact certain (tests/data/asks83.md).
Each rule is checked on sentences written for this file: one reading that no longer asks and
one beside it that still must."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent

_MONDAY = "2026-12-07T10:00"  # 12 December 2026 is a Saturday, 16 December a Wednesday


def _draft(text: str, now: str = _MONDAY) -> EventDraft:
    intent = parse_message(text, datetime.fromisoformat(now))
    assert isinstance(intent, EventIntent)
    return intent.draft


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # «среды» after an adjective of its own is the environment, not a Wednesday
        (
            "В рамках недели охраны окружающей среды 12 декабря в 11:00 школьники высадят"
            " ели в сквере у гимназии.",
            False,
        ),
        ("Экологический десант природной среды, 12 декабря, в 11:00 у лицея №3.", False),
        # a Wednesday written beside a Saturday's date: still asked
        ("В среду, 12 декабря, в 11:00 школьники высадят ели в сквере у гимназии.", True),
        ("Со среды, 17 декабря, в 11:00 в библиотеке открыта выставка рисунков.", True),
        ("Со среды, 16 декабря, в 11:00 в библиотеке открыта выставка рисунков.", False),
    ],
)
def test_the_environment_before_a_date_is_no_weekday(text: str, asked: bool) -> None:
    draft = _draft(text)
    assert ("weekday_mismatch" in draft.doubts) is asked, draft.doubts


_BEFORE_EASTER = "2027-04-20T10:00"  # 1 May 2027 is a Saturday, the eve of Orthodox Easter


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the feast «Христово Воскресение», before or after «Христово», names no Sunday
        (
            "Накануне Светлого Христова Воскресения, 1 мая, в 12:00 воскресная школа"
            " приглашает детей на мастер-класс по росписи пасхальных яиц.",
            False,
        ),
        ("Перед праздником Воскресения Христова, 1 мая, в 12:00 — ярмарка у храма.", False),
        # «воскресение» misspelt for Sunday beside a Saturday's date: still asked
        ("В воскресение, 1 мая, в 12:00 — ярмарка поделок в школьном дворе.", True),
        ("Воскресенье, 1 мая, 12:00 — ярмарка поделок в школьном дворе.", True),
    ],
)
def test_the_feast_of_easter_is_no_sunday(text: str, asked: bool) -> None:
    draft = _draft(text, _BEFORE_EASTER)
    assert ("weekday_mismatch" in draft.doubts) is asked, draft.doubts


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a weekday told in the past (a day gone by) beside a day ahead: two days
        (
            "Ярмарка ремёсел пройдёт завтра в 11:00 в школьном дворе. Первую ярмарку"
            " провели в четверг в спортзале.",
            False,
        ),
        (
            "Завтра в 15:00 в актовом зале — спектакль театральной студии. Генеральную"
            " репетицию показали в пятницу.",
            False,
        ),
        # the weekday said of the coming day: the day and the weekday disagree, asked
        ("Ярмарка ремёсел пройдёт завтра, в четверг, в 11:00 в школьном дворе.", True),
        # told in the past beside a day gone by: one day written two ways, still asked
        ("Вчера в школьном дворе прошла ярмарка ремёсел. Её провели в пятницу.", True),
    ],
)
def test_a_weekday_told_in_the_past_contradicts_no_day_ahead(text: str, asked: bool) -> None:
    draft = _draft(text)
    assert ("weekday_mismatch" in draft.doubts) is asked, draft.doubts


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a count of couples or lessons above a school day's lessons names no lesson
        (
            "Новогодний бал для отличников пройдёт 19 декабря в Доме культуры. Участниками"
            " станут 24 пары старшеклассников.",
            False,
        ),
        ("Неделя истории 14 декабря: в гимназии пройдут 12 уроков мужества.", False),
        # a lesson of the day: the bells decide, the hour is asked
        ("Репетиция новогоднего бала 19 декабря после 6 урока в актовом зале.", True),
        ("Классный час 19 декабря на 10 уроке, 11б.", True),
    ],
)
def test_a_count_of_pairs_is_no_lesson(text: str, asked: bool) -> None:
    draft = _draft(text)
    assert ("lesson_time" in draft.doubts) is asked, draft.doubts


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the lesson's sentence says its clock in hours: the writer told the hour
        (
            "Родителей первоклассников ждут 16 декабря на втором уроке с 9 часов 15 минут"
            " до 10 часов в кабинете 12.",
            False,
        ),
        ("Собрание 16 декабря в час дня, после 5 урока, в актовом зале.", False),
        # no clock in the sentence: the bells decide, the hour is asked
        ("Родителей первоклассников ждут 16 декабря на втором уроке в кабинете 12.", True),
        # hours of a length, no clock of the day: still asked
        ("Олимпиада 16 декабря после 3 урока, на работу даётся 2 часа.", True),
    ],
)
def test_a_clock_in_hours_beside_a_lesson_is_told(text: str, asked: bool) -> None:
    draft = _draft(text)
    assert ("lesson_time" in draft.doubts) is asked, draft.doubts
    assert ("lesson_clock" in draft.doubts) is not asked, draft.doubts


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # «днём» the noun «день» in the instrumental names a day, not the daytime
        ("Ярмарку 12 декабря объявили днём открытых дверей: приходите в колледж.", False),
        ("12 декабря гимназия считает днём рождения школы: концерт в актовом зале.", False),
        ("Поздравим учителей с Днём учителя! Концерт 12 декабря в актовом зале.", False),
        ("Новым школьным днём ремёсел станет 12 декабря: ярмарка во дворе.", False),
        # the adverb: the daytime, the hour is asked
        ("Ярмарка ремёсел 12 декабря днём в школьном дворе.", True),
        ("В субботу днём, 12 декабря, ярмарка ремёсел в школьном дворе.", True),
        ("Днём гости посетят мастер-классы, 12 декабря, в школьном дворе.", True),
    ],
)
def test_the_noun_day_in_the_instrumental_is_no_daytime(text: str, asked: bool) -> None:
    draft = _draft(text)
    assert ("vague_time" in draft.doubts) is asked, draft.doubts
