"""A long post's timed draft lasting at most half an hour, its end's clock written in the post
(«Сбор команд с 9:30 до 9:50 …» under a tournament's day): one slot of a programme — a
gathering, an opening — read as the whole event? The bot asks the time (the doubt
`short_slot`, starts47); an end computed from a length the post states is not asked."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message

NOW = "2026-12-05T10:00"


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, datetime.fromisoformat(NOW)))


def test_a_gatherings_short_range_is_asked() -> None:
    got = _parse(
        "Школьный турнир по мини-футболу\n"
        "20 декабря в спортивном зале школы пройдёт турнир по мини-футболу среди команд 5–7 "
        "классов. Приглашаем болельщиков поддержать свои команды!\n"
        "Сбор команд с 9:30 до 9:50 у входа в спортзал, форма спортивная."
    )
    assert got["start"] == "2026-12-20T09:30"
    assert "short_slot" in got["doubts"]
    assert "short_slot" in ASKED


def test_a_length_the_post_states_is_not_asked() -> None:
    got = _parse(
        "Итоговое собеседование по русскому языку\n"
        "Собеседование пройдёт 11 февраля в школе. Собеседование начинается в 9:00 и длится "
        "около 15 минут. Результаты станут известны через неделю."
    )
    assert (got["start"], got["end"]) == ("2027-02-11T09:00", "2027-02-11T09:15")
    assert "short_slot" not in (got["doubts"] or [])


def test_an_hour_long_event_is_not_asked() -> None:
    got = _parse(
        "Школьный турнир по мини-футболу\n"
        "20 декабря в спортивном зале школы пройдёт турнир по мини-футболу среди команд 5–7 "
        "классов с 10:00 до 13:00. Приглашаем болельщиков поддержать свои команды!"
    )
    assert (got["start"], got["end"]) == ("2026-12-20T10:00", "2026-12-20T13:00")
    assert "short_slot" not in (got["doubts"] or [])


# fixparse47 (review47 finding 6): one rule whatever the message's length — a short range the
# event's own sentence writes, with no other clock in the post, is the event's time as written
# (a minute of silence, a flash mob); a slot written outside the event's sentence, or among
# other clocks (a programme), is asked.
SILENCE = "Минута молчания пройдёт 9 декабря в 11:00–11:05 во всех классах."
FLASHMOB = "Флешмоб пройдёт 12 декабря с 12:00 до 12:15 у школы."


def test_a_one_sentence_short_event_is_not_asked() -> None:
    for text in (SILENCE, FLASHMOB):
        got = _parse(text)
        assert got["end"] is not None
        assert not got["all_day"]
        assert "short_slot" not in (got["doubts"] or []), text


def test_a_two_sentence_short_event_is_not_asked() -> None:
    for text in (
        SILENCE + " Просим классных руководителей подготовить детей.",
        FLASHMOB + " Приглашаем всех учеников и родителей.",
        "Линейка памяти пройдёт 27 января с 8:00 до 8:20 в рекреации второго этажа. Форма "
        "одежды парадная.",
    ):
        got = _parse(text)
        assert got["end"] is not None
        assert not got["all_day"]
        assert "short_slot" not in (got["doubts"] or []), text


def test_a_lone_clock_elsewhere_makes_no_programme() -> None:
    got = _parse(
        "Линейка памяти пройдёт 27 января с 8:00 до 8:20 в рекреации второго этажа. "
        "Первый урок начнётся в 8:30."
    )
    assert (got["start"], got["end"]) == ("2027-01-27T08:00", "2027-01-27T08:20")
    assert "short_slot" not in (got["doubts"] or [])


def test_a_short_range_beside_another_slot_is_asked() -> None:
    got = _parse(
        "Открытие выставки пройдёт 14 декабря с 12:00 до 12:20 в холле школы. С 12:30 до "
        "14:00 — экскурсии по залам для всех классов."
    )
    assert (got["start"], got["end"]) == ("2026-12-14T12:00", "2026-12-14T12:20")
    assert "short_slot" in got["doubts"]
