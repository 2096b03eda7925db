"""doubt60: «Мероприятие пройдёт 12 декабря» after a sentence naming two events of different
kinds (a concert and a fair) has no one referent; the title kept one of them silently. The
draft now carries `several_events` and the other event's name is offered beside the title
(event_referent.rival_event). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.event_referent import rival_event
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")


def _read(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


def test_two_events_then_one_generic_referent_is_asked() -> None:
    text = (
        "Лекция об астероидах и ярмарка поделок «Снежинка».\n"
        "Мероприятие пройдёт 12 декабря в 15:00."
    )
    got = _read(text)
    assert got["start"] == "2026-12-12T15:00"
    assert "several_events" in got["doubts"], got
    title = str(got["title"])
    offered = rival_event(text, title)
    assert offered is not None
    assert {title.split()[0].lower(), offered.split()[0].lower()} == {"лекция", "ярмарка"}


def test_a_long_post_with_the_events_in_other_cases_is_asked() -> None:
    text = (
        "В этом году ученики начальной школы готовят большой концерт хора, а родители "
        "проводят ярмарку поделок. Мероприятие состоится 12 декабря в актовом зале школы, "
        "начало в 15:00."
    )
    got = _read(text)
    assert "several_events" in got["doubts"], got
    assert rival_event(text, str(got["title"])) is not None


def test_a_title_holding_both_events_is_not_asked() -> None:
    got = _read("Концерт хора и ярмарка поделок. Мероприятие пройдёт 12 декабря в 15:00.")
    assert "several_events" not in got["doubts"], got


def test_a_plural_referent_is_not_asked() -> None:
    got = _read("Конкурс рисунков и викторина по истории. Мероприятия пройдут 12 декабря в 15:00.")
    assert "several_events" not in got["doubts"], got


def test_one_event_with_a_dependent_kind_is_not_asked() -> None:
    """«награждение победителей конкурса»: the contest is the awards' complement (genitive)."""
    got = _read("Награждение победителей конкурса чтецов. Мероприятие пройдёт 12 декабря в 15:00.")
    assert "several_events" not in got["doubts"], got


def test_parts_of_an_event_named_before_are_not_asked() -> None:
    """«В рамках мероприятия …»: the kinds are parts of the one event named before."""
    got = _read(
        "Праздничное мероприятие к юбилею школы состоится 12 декабря. В рамках мероприятия "
        "запланированы концерт хора и выставка рисунков. Мероприятие пройдёт в актовом зале, "
        "начало в 15:00."
    )
    assert "several_events" not in got["doubts"], got
