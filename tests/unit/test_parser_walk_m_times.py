"""Walk m (2026-12-02): hours tied to a phone or a reception desk are office hours, never the
event's time; «24:00» of a day is the midnight at its end; an adverb between the end word
and its clock; seat limits written as «Максимум N участников» / «Группа до N человек»."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    "text",
    [
        "Запись по тел. 8-911-222-33-44 (с 9 до 17).\nКонцерт хора 20 декабря в 14:00, 5А.",
        "Приём заявок до 10 декабря по тел. 8-911-222-33-44 (с 9 до 17).\n"
        "Концерт хора 20 декабря в 14:00, 5А.",
        "Концерт хора 20 декабря в 14:00, 5А. Справки по телефону 22-33-44 с 9 до 17.",
        "Концерт хора 20 декабря в 14:00, 5А. Звоните с 9:00 до 17:00: 8 (4012) 22-33-44.",
        "Концерт хора 20 декабря в 14:00, 5А. Телефон 8-911-222-33-44, с 9 до 17.",
    ],
)
def test_hours_of_a_phone_or_desk_are_not_the_event_time(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-20T14:00"
    assert got["end"] is None


# --- «24:00» of a day is the midnight at its end; «в полночь <date>» is asked ---------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Квиз 15 января в 24:00, 8Б", "2027-01-16T00:00"),
        ("Флешмоб 20.12 в 24:00 у ёлки, 10А", "2026-12-21T00:00"),
        ("Квиз 15 января в 0:00, 8Б", "2027-01-15T00:00"),
    ],
)
def test_24_00_is_the_end_of_the_day(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_a_span_ending_at_24_00_ends_at_the_next_midnight() -> None:
    got = _parse("Квиз 15 января с 22:00 до 24:00, 8Б")
    assert (got["start"], got["end"]) == ("2027-01-15T22:00", "2027-01-16T00:00")


@pytest.mark.parametrize("text", ["Квиз в полночь 15 января, 8Б", "Квиз 15 января в полночь, 8Б"])
def test_midnight_of_a_named_day_is_asked(text: str) -> None:
    assert "midnight" in _parse(text)["doubts"]  # type: ignore[operator]


def test_tonight_midnight_is_not_asked() -> None:
    got = _parse("Квиз сегодня в полночь, 8Б")
    assert got["start"] == "2026-12-03T00:00"
    assert "midnight" not in got["doubts"]  # type: ignore[operator]


# --- an adverb between the end word and its clock; seat limits in a post ----------------------

POST_HEAD = "Добрый день! Приглашаем 7-е классы на мастер-класс по лепке 22 декабря. "


@pytest.mark.parametrize("adverb", ["ориентировочно", "примерно", "приблизительно"])
def test_an_adverb_before_the_end_clock_keeps_the_end(adverb: str) -> None:
    got = _parse(POST_HEAD + f"Начало в 11:00, окончание {adverb} в 12:40. Адрес: ул. Лесная, 3.")
    assert (got["start"], got["end"]) == ("2026-12-22T11:00", "2026-12-22T12:40")


def _capacity(text: str) -> int | None:
    intent = parse_message(text, NOW)
    draft = getattr(intent, "draft", None)
    return None if draft is None else draft.capacity


@pytest.mark.parametrize(
    ("tail", "seats"),
    [
        ("Максимум 15 участников.", 15),
        ("Группа до 12 человек.", 12),
        ("Не более 18 учеников в группе.", 18),
    ],
)
def test_a_posts_seat_limit_is_read(tail: str, seats: int) -> None:
    text = POST_HEAD + "Начало в 11:00. Адрес: ул. Лесная, 3. " + tail
    assert _capacity(text) == seats
    assert _parse(text)["start"] == "2026-12-22T11:00"


def test_a_head_count_is_never_a_time() -> None:
    got = _parse(POST_HEAD + "Начало в 11:00. В прошлом году пришли 14 человек.")
    assert got["start"] == "2026-12-22T11:00"
    assert got["end"] is None
