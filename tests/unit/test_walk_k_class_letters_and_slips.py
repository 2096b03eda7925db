"""The rules behind newcomer walk 2026-12-01k, findings 2, 3, 8 and 10, on small cases written
for them, with counter-cases:

- a class letter written apart from its grade («10 А»), quoted («7 «Б»») or as a Latin
  look-alike («9A») is a class where a class list may stand; a letter that is a word of the
  sentence («в 10 а потом», «10 а также», «в 9 и в 10») is not;
- a dotted pair with no such month («16.14») is a date slipped on its month — asked, never
  today at 16:14 — unless a reader takes it for a clock (after «в», in a range, or with the
  day named elsewhere);
- «мест 12» is a limit of 12 places, as «12 мест» is.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.audience import parse_audience
from bot.core.language.intents import parse_message
from bot.core.language.own_class import stated_class
from bot.core.models import EventDraft, EventIntent

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday


def draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("11 Б", {"11Б"}),
        ("для 4 Г", {"4Г"}),
        ("6 а, 6 б, 6 в", {"6А", "6Б", "6В"}),
        ("3 Д и 3 Е", {"3Д", "3Е"}),
        ("2 «В»", {"2В"}),
        ('8 "Ж"', {"8Ж"}),
        ("10«Б»", {"10Б"}),
        ("4 А, б", {"4А", "4Б"}),  # a bare letter after a class written apart
        ("7 Г классы", {"7Г"}),
        ("3A", {"3А"}),  # Latin A
        ("6B, 6E", {"6В", "6Е"}),  # Latin B and E in upper case look like В and Е
        ("11H", {"11Н"}),
        ("5e", {"5Е"}),  # Latin «e» looks like «е» in lower case too
        ("4 Б\n", {"4Б"}),
        # counter-cases: a word of the sentence, or a Latin letter that looks like no class
        ("в 10 а потом обед", set()),
        ("для 10 а также родителей", set()),
        ("в 9 и в 10", set()),
        ("к 5 в 12:00", set()),
        ("в 8 а, потом", set()),  # a lower-case word after a preposition of time
        ("7b", set()),  # lower-case «b» is no «в»
        ("забег 5k", set()),
        ("в 10 AM", set()),
        ("3D-принтер", set()),
    ],
)
def test_classes_written_apart_quoted_or_latin(text: str, classes: set[str]) -> None:
    assert set(parse_audience(text).classes) == classes


def test_grades_joined_by_and_stay_grades() -> None:
    found = parse_audience("для 10 и 11 классов")
    assert (set(found.grades), set(found.classes)) == ({10, 11}, set())


def test_a_class_written_apart_leaves_the_title() -> None:
    found = draft("Семинар по робототехнике 9 декабря в 15:00, 4 Г и 4 Д")
    assert (found.title, set(found.audience.classes)) == ("Семинар по робототехнике", {"4Г", "4Д"})


def test_a_conjunction_after_a_clock_is_left_to_the_title() -> None:
    found = draft("Субботник 9 декабря в 11 а потом чаепитие")
    assert found.audience.is_everyone
    assert found.start == datetime.fromisoformat("2026-12-09T11:00")


@pytest.mark.parametrize(
    ("text", "name"),
    [("я из 7A", "7А"), ("я из 4 «Д»", "4Д"), ("учусь в 11H", "11Н"), ("я из 7b", None)],
)
def test_a_student_states_a_quoted_or_latin_class(text: str, name: str | None) -> None:
    found = stated_class(text)
    assert (found.class_name if found else None) == name


@pytest.mark.parametrize(
    "text",
    [
        "Зарядка 20.15 9-30, 3Б",  # another clock: the pair is the date
        "Зарядка 20.15, 3Б",  # nothing names the day
        "Зарядка 20.00.2026 в 9:30, 3Б",  # a year: no clock at all
        "Зарядка 20.15.2026 в 9:30, 3Б",
        "Зарядка 27.14, 3Б",  # no such hour either
    ],
)
def test_a_date_with_no_such_month_is_asked(text: str) -> None:
    found = draft(text)
    assert found.start is None
    assert "date_typo" in found.doubts
    assert found.title == "Зарядка"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Зарядка в 20.15, 3Б", datetime.fromisoformat("2026-12-02T20:15")),  # after «в»: a clock
        (
            "Зарядка 9 декабря 20.15, 3Б",
            datetime.fromisoformat("2026-12-09T20:15"),
        ),  # the day is named
        ("Зарядка 9.12 20.15, 3Б", datetime.fromisoformat("2026-12-09T20:15")),
        ("Зарядка в пятницу 20.15, 3Б", datetime.fromisoformat("2026-12-04T20:15")),
        ("Зарядка завтра 20.15, 3Б", datetime.fromisoformat("2026-12-03T20:15")),
        (
            "Зарядка 18.15-19.00, 3Б",
            datetime.fromisoformat("2026-12-02T18:15"),
        ),  # a range of clocks
    ],
)
def test_the_pair_is_a_clock_where_a_reader_expects_one(text: str, start: datetime) -> None:
    found = draft(text)
    assert found.start == start
    assert "date_typo" not in found.doubts


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Квест 9 декабря в 15:00, 6 классы, мест 8", 8),
        ("Квест 9 декабря в 15:00, 6 классы, каб. 12, мест 30", 30),
        ("Квест 9 декабря в 15:00, 6 классы, количество мест 45", 45),
        ("Квест 9 декабря в 15:00, 6 классы, мест 16 человек", 16),
        ("Квест 9 декабря в 15:00, 6 классы, мест — 24", 24),
        # counter-cases: a day or a clock after the noun, or «место» (a place)
        ("Квест, мало мест 9 декабря в 15:00, 6 классы", None),
        ("Квест 9 декабря, 6 классы, мест 15:00", None),
        ("Квест 9 декабря в 15:00, 6 классы, место 3", None),
    ],
)
def test_the_seat_count_after_its_noun(text: str, places: int | None) -> None:
    found = draft(text)
    assert found.capacity == places
    if places is not None:
        assert "мест" not in found.title


@pytest.mark.parametrize(
    "text",
    [
        "Спектакль 21 декабря в 13:00 для 7 а также 8 б",  # walk 12-01l, #1
        "Квиз 22 декабря в 14:00: 3 а потом 4 Б",
    ],
)
def test_one_letter_apart_read_as_a_word_reads_no_other_apart(text: str) -> None:
    """«7 а также 8 б»: reading «8 б» alone dropped the 7th grades unseen; no class is read
    apart then, so the bot asks for the classes."""
    audience = parse_audience(text)
    assert audience.classes == frozenset()
    assert audience.grades == frozenset()


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("Семинар 18 декабря в 16:00 в кабинете 11 Б", "11"),  # walk 12-01l, #2
        ("Зачёт 18 декабря в 9:00, каб. 7 В", "7"),
        ("Консультация 18 декабря в 14:00, ауд. 3A", "3"),
    ],
)
def test_a_rooms_number_and_letter_are_no_class(text: str, room: str) -> None:
    found = parse_message(text, NOW)
    assert isinstance(found, EventIntent)
    assert found.draft.audience.classes == frozenset()
    assert found.draft.venue is not None
    assert room in found.draft.venue
