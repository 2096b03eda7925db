"""The rules behind adversarial walk l (findings 5, 6, 7) and walk k (an unspaced hour range),
on small cases written for them, with counter-cases:

- a number right after a noun it numbers («группа 2», «команда 3», «№ 4», «поток 1») is that
  noun's number, never the first day of a range of days («группа 2 — 8 декабря» is 8
  December); a noun already qualified by an adjective («основной тур 12 — 19 апреля») or any
  other word keeps the range;
- a bare hour written right before a lone class letter («в 5 б») is a class, not an hour; when
  the letter is also a word («а», «в»: «в 11 а потом …») it is a class only when the message
  gives its clock time elsewhere («в 5 а, … в 15:00»);
- «в 14-16», «с 10-12» (two hours joined by a hyphen, the second no clock's minutes: not a
  multiple of five) are a span of hours; «в 14-30», «в 15-00», «в 14-20» stay clocks, and
  grades and ages («в 7-9 классах», «в 14-16 лет») are no time;
- a pasted plan's line with a move mark («— перенос на 14:30», «— перенесено на 15 декабря»)
  gets the new time or day, and the mark leaves its title.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.audience import parse_audience
from bot.core.language.intents import parse_message
from bot.core.language.intents_many import parse_many
from bot.core.models import EventDraft, EventIntent

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday


def at(written: str) -> datetime:
    """A naive school wall-clock time written in ISO form."""
    return datetime.fromisoformat(written)


def draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


def start(text: str) -> str | None:
    found = draft(text)
    return found.start.isoformat(timespec="minutes") if found.start else None


@pytest.mark.parametrize(
    ("text", "first_day"),
    [
        ("Олимпиада, группа 2 — 8 декабря в 15:00", "2026-12-08T15:00"),
        ("Тренировка: команда 3 - 10 декабря в 16:00", "2026-12-10T16:00"),
        ("Зачёт, поток 1 – 9 декабря в 12:00", "2026-12-09T12:00"),
        ("Консультация, класс 5 — 11 декабря в 14:00", "2026-12-11T14:00"),
        ("Спектакль, смена 2 — 12 декабря в 11:00", "2026-12-12T11:00"),
        ("Соревнования, этап 3 — 14 декабря в 10:00", "2026-12-14T10:00"),
        ("Квиз, тур 2 — 15 декабря в 17:00", "2026-12-15T17:00"),
        ("Лекция для группы № 4 — 16 декабря в 15:00", "2026-12-16T15:00"),
    ],
)
def test_a_numbered_noun_is_no_range_start(text: str, first_day: str) -> None:
    found = draft(text)
    assert (start(text), found.recurrence) == (first_day, None)


@pytest.mark.parametrize(
    ("text", "first_day"),
    [
        ("Выставка 2 — 8 декабря", "2026-12-02"),
        ("Основной тур 12 — 19 декабря", "2026-12-12"),
        ("Летняя смена 14 – 20 декабря", "2026-12-14"),
        ("Работа группы с 3 по 9 декабря", "2026-12-03"),
    ],
)
def test_ranges_of_days_stay_ranges(text: str, first_day: str) -> None:
    found = draft(text)
    assert found.start is not None
    assert found.start.date().isoformat() == first_day
    assert found.end is not None or found.recurrence is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Классный час в 5 а, 10 декабря в 15:00", "2026-12-10T15:00"),
        ("Экскурсия 10 декабря в 15:00, сбор в 5 а", "2026-12-10T15:00"),
        ("Родительское собрание в 6 б 10 декабря в 18:30", "2026-12-10T18:30"),
        ("Встреча в 7 г 11 декабря в 14:00", "2026-12-11T14:00"),
        # counter-cases: a word after the hour, or no other clock
        ("Субботник 9 декабря в 11 а потом чаепитие", "2026-12-09T11:00"),
        ("Встреча 9 декабря в 5 в актовом зале", "2026-12-09T17:00"),
    ],
)
def test_a_class_after_v_is_no_hour(text: str, expected: str) -> None:
    assert start(text) == expected


def test_a_class_after_v_beside_a_clock_is_the_audience() -> None:
    found = draft("Классный час в 5 а, 10 декабря в 15:00")
    assert (found.title, set(found.audience.classes)) == ("Классный час", {"5А"})
    assert set(parse_audience("Встреча в 8 а, потом чаепитие").classes) == set()


def test_a_class_letter_that_is_no_word_never_makes_an_hour() -> None:
    found = draft("Экскурсия 10 декабря, собираемся в 7 б")
    assert (found.start, found.time_known) == (at("2026-12-10T00:00"), False)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Экскурсия 10 декабря в 14-16", ("2026-12-10T14:00", "2026-12-10T16:00")),
        ("Ярмарка 11 декабря с 10-12", ("2026-12-11T10:00", "2026-12-11T12:00")),
        ("Турнир 12 декабря в 9-11", ("2026-12-12T09:00", "2026-12-12T11:00")),
        ("Концерт 12 декабря в 16-18, актовый зал", ("2026-12-12T16:00", "2026-12-12T18:00")),
    ],
)
def test_two_hours_joined_by_a_hyphen_are_a_span(text: str, span: tuple[str, str]) -> None:
    found = draft(text)
    assert found.start is not None
    assert found.end is not None
    assert (found.start.isoformat(timespec="minutes"), found.end.isoformat(timespec="minutes")) == (
        span
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Турнир 10 декабря в 14-30", "2026-12-10T14:30"),
        ("Турнир 10 декабря в 15-00", "2026-12-10T15:00"),
        ("Турнир 10 декабря в 14-20", "2026-12-10T14:20"),
        ("Турнир 10 декабря в 15:00 в 7-9 классах", "2026-12-10T15:00"),
        ("Лагерь 10 декабря в 15:00 для детей в 14-16 лет", "2026-12-10T15:00"),
    ],
)
def test_clocks_grades_and_ages_with_a_hyphen_stay_as_they_were(text: str, expected: str) -> None:
    assert start(text) == expected


def test_grades_with_a_hyphen_are_no_time() -> None:
    found = draft("Олимпиада 10 декабря в 10-11 классах")
    assert (found.time_known, set(found.audience.grades)) == (False, {10, 11})


def test_ages_with_a_hyphen_are_no_time() -> None:
    assert draft("Соревнования 10 декабря среди команд в 14-16 лет").time_known is False


def _plan(text: str) -> list[EventDraft]:
    intents = parse_many(text, NOW)
    assert all(isinstance(i, EventIntent) for i in intents), intents
    return [i.draft for i in intents if isinstance(i, EventIntent)]


def test_a_plan_line_moved_to_a_new_time_gets_it() -> None:
    drafts = _plan(
        "Лекция о космосе 10 декабря в 15:00, 9 классы\n"
        "Турнир по шашкам 11 декабря в 12:00, 4Б — перенос на 14:30\n"
        "Спектакль 14 декабря в 11:00, 2А"
    )
    moved = drafts[1]
    assert (moved.title, moved.start) == ("Турнир по шашкам", at("2026-12-11T14:30"))
    assert drafts[0].start == at("2026-12-10T15:00")


def test_a_plan_line_moved_to_a_new_day_keeps_its_time() -> None:
    drafts = _plan(
        "Лекция о космосе 10 декабря в 15:00, 9 классы\n"
        "Концерт 12 декабря в 13:00, 5А (перенесено на 15 декабря)\n"
        "Турнир 16 декабря в 12:00, 4Б — перенесли на 17.12 в 10:00"
    )
    assert [(d.title, d.start) for d in drafts[1:]] == [
        ("Концерт", at("2026-12-15T13:00")),
        ("Турнир", at("2026-12-17T10:00")),
    ]


def test_a_moved_plan_line_keeps_its_length() -> None:
    drafts = _plan(
        "Лекция о космосе 10 декабря в 15:00, 9 классы\n"
        "Турнир по шашкам 11 декабря с 12:00 до 13:30, 4Б — перенос на 14:30"
    )
    assert (drafts[1].start, drafts[1].end) == (
        at("2026-12-11T14:30"),
        at("2026-12-11T16:00"),
    )


def test_a_title_about_a_move_is_no_move_mark() -> None:
    drafts = _plan(
        "Лекция «Как перенесли столицу» 10 декабря в 15:00, 9 классы\n"
        "Турнир по шашкам 11 декабря в 12:00, 4Б"
    )
    assert drafts[0].start == at("2026-12-10T15:00")
