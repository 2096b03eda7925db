"""Attack w (2026-12-02) on two-event posts read by bot.core.language.post_events: posts
that collapsed to «В сообщении две даты …» and lost one event (#5), two rooms at one time
merged (#6), «Адрес тот же.» / «там же, где в прошлый раз» left in a title (#7). Sentences
written for these tests (tests/data/attack_2026-12-02w.md)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.post_events import post_events
from bot.core.language.same_venue import names_same_place, without_same_place
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")  # the parser takes naive wall-clock time
FIRST = "Лекция о космосе 12 декабря в 15:00 для 9А, ауд. 5."


def _read(text: str) -> list[tuple[str, int, str | None, set[str]]]:
    found = post_events(text, NOW)
    assert found is not None, text
    return [
        (d.title, d.start.day if d.start else 0, d.venue, set(d.audience.classes)) for d in found
    ]


def test_a_series_for_the_same_class_is_two_lectures() -> None:
    """#5 (u1): the same class, the same kind, two subjects: a series, not one lecture."""
    said = FIRST + " Также 19 декабря в 15:00 лекция о звёздах для 9А, ауд. 5."
    assert _read(said) == [
        ("Лекция о космосе", 12, "ауд. 5", {"9А"}),
        ("Лекция о звёздах", 19, "ауд. 5", {"9А"}),
    ]


def test_a_piece_with_no_title_for_another_class_is_the_first_event_again() -> None:
    """#5 (u3): «Также 19 декабря в 15:00 для 9Б там же» — the lecture again, for 9Б, there."""
    said = FIRST + " Также 19 декабря в 15:00 для 9Б там же."
    assert _read(said) == [
        ("Лекция о космосе", 12, "ауд. 5", {"9А"}),
        ("Лекция о космосе", 19, "ауд. 5", {"9Б"}),
    ]


def test_a_capital_a_after_a_rooms_number_opens_another_event() -> None:
    """#5 (u5): «…, ауд. 5. А 19 декабря в 15:00 — лекция о звёздах для 9Б.»"""
    said = FIRST + " А 19 декабря в 15:00 — лекция о звёздах для 9Б."
    assert [t[:2] for t in _read(said)] == [("Лекция о космосе", 12), ("Лекция о звёздах", 19)]


def test_two_events_joined_by_a_semicolon() -> None:
    """#5 (t15): «…, ауд. 5; лекция для 9Б 13 декабря в 15:00, ауд. 6.»"""
    said = "Лекция для 9А 12 декабря в 15:00, ауд. 5; лекция для 9Б 13 декабря в 15:00, ауд. 6."
    assert _read(said) == [("Лекция", 12, "ауд. 5", {"9А"}), ("Лекция", 13, "ауд. 6", {"9Б"})]


def test_three_events_are_three() -> None:
    """#5 (u11): the third piece, after «ауд. 7.», is not merged into the second."""
    said = (
        FIRST + " Также 19 декабря в 15:00 лекция о звёздах для 9Б, ауд. 7."
        " Также 26 декабря в 15:00 лекция о планетах для 9В."
    )
    found = _read(said)
    assert [(t, d, c) for t, d, _, c in found] == [
        ("Лекция о космосе", 12, {"9А"}),
        ("Лекция о звёздах", 19, {"9Б"}),
        ("Лекция о планетах", 26, {"9В"}),
    ]
    assert found[1][2] == "ауд. 7"


def test_two_rooms_at_one_time_are_two_sessions() -> None:
    """#6 (t9): 9А in ауд. 310 and 9Б in ауд. 311 at once — two, each in its room."""
    said = (
        "Мастер-класс 12 декабря в 15:00 для 9А, ауд. 310."
        " Также 12 декабря в 15:00 для 9Б, ауд. 311."
    )
    assert _read(said) == [
        ("Мастер-класс", 12, "ауд. 310", {"9А"}),
        ("Мастер-класс", 12, "ауд. 311", {"9Б"}),
    ]


def test_also_never_stays_in_a_title() -> None:
    """#6 (t10): «Экскурсия. Также» was the merged title."""
    said = "Экскурсия 12 декабря в 10:00 для 8А. Также 12 декабря в 10:00 для 8Б."
    assert [(t, c) for t, _, _, c in _read(said)] == [("Экскурсия", {"8А"}), ("Экскурсия", {"8Б"})]


@pytest.mark.parametrize(
    "tail",
    [
        " Также 19 декабря в 15:00 лекция о звёздах для 9Б. Адрес тот же.",
        " Также 19 декабря в 15:00 лекция о звёздах для 9Б. Место: там же, где в прошлый раз.",
        " Также 19 декабря в 15:00 лекция о звёздах для 9Б, адрес тот же, но вход со двора.",
        " Также 19 декабря в 15:00 лекция о звёздах для 9Б, место то же, что в прошлый раз.",
    ],
)
def test_the_same_place_phrase_leaves_every_title(tail: str) -> None:
    """#7 (u10, u8, u7), #8 (v3): the phrase fills the place; no title keeps it or its tail."""
    assert _read(FIRST + tail) == [
        ("Лекция о космосе", 12, "ауд. 5", {"9А"}),
        ("Лекция о звёздах", 19, "ауд. 5", {"9Б"}),
    ]


def test_a_same_place_sentence_after_another_kind_places_the_later_event() -> None:
    """#7: «Адрес тот же.» after the later piece speaks of it, whatever its kind."""
    said = (
        "Экскурсия 12 декабря в 15:00 для 9А, ауд. 5."
        " Также 19 декабря в 15:00 лекция о звёздах для 9А. Адрес тот же."
    )
    assert [(t, v) for t, _, v, _ in _read(said)] == [
        ("Экскурсия", "ауд. 5"),
        ("Лекция о звёздах", "ауд. 5"),
    ]


def test_there_opening_a_dated_post_is_its_place() -> None:
    """#7 (u12): «Там же 19 декабря в 15:00 лекция …» names the place as the last one; the
    title loses the phrase and keeps its capital."""
    said = "Там же 19 декабря в 15:00 лекция о звёздах для 9Б."
    assert names_same_place(said)
    assert without_same_place("Там же лекция о звёздах") == "Лекция о звёздах"
    assert not names_same_place("Сбор у проходной, там же выдадим пропуска 19 декабря.")


@pytest.mark.parametrize("room", ["ауд. 5", "актовый зал"])
def test_a_sentence_opening_with_a_day_a_time_and_a_dash_is_another_event(room: str) -> None:
    """#5 (u6): «…, ауд. 5. 19 декабря в 15:00 — лекция о звёздах для 9Б.» with no «А»."""
    said = (
        f"Лекция о космосе 12 декабря в 15:00 для 9А, {room}."
        " 19 декабря в 15:00 — лекция о звёздах для 9Б."
    )
    assert _read(said) == [
        ("Лекция о космосе", 12, room, {"9А"}),
        ("Лекция о звёздах", 19, room, {"9Б"}),
    ]


def test_a_schedules_lines_stay_one_posts() -> None:
    """A line of a schedule opening with a day, a time and a dash is not cut off by the
    rule above: «3 января в 12.00 – …» on its own line stays as it was read."""
    said = (
        "В музее проводятся праздничные мероприятия:\n"
        "3 января в 12.00 – «Новогодний фейерверк» для 5А\n"
        "5 января в 12.00 – праздничное представление для 6Б"
    )
    assert post_events(said, NOW) is None


@pytest.mark.parametrize(
    "said",
    [
        "Спектакль 20 декабря в 12:00 для 5А, актовый зал, организатор — ООО «Праздник».",
        "Спектакль 20 декабря в 12:00 для 5А в актовом зале."
        " Режиссёр спектакля «народный артист» Иванов.",
    ],
)
def test_who_organises_or_directs_is_no_title(said: str) -> None:
    """#14 (t4, t5): «организатор — …» and a sentence of the director are who, not what."""
    parsed = parse_message(said, NOW)
    assert isinstance(parsed, EventIntent)
    assert parsed.draft.title == "Спектакль"
