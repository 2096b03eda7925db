"""A clock belongs to a weekly schedule only inside that schedule's own clause (fixparse47,
review47 finding 1): «Приходите с 10:00, а по будням приём заявок с 9:00 до 15:00» writes the
event's clock in one clause and a desk's hours in the next; the sentence as a whole is no
schedule's. A clause ends at «;» or at a comma followed by «а»/«но». When a clock shares its
clause with no schedule but the sentence names one, the bot asks rather than drops."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.start_doubts import weekly_clock

NOW = "2026-12-05T09:00"


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, datetime.fromisoformat(NOW)))


def test_the_review_fair_keeps_its_invited_clock() -> None:
    """12 December 2026 is a Saturday; the weekday desk hours are another clause's."""
    got = _parse(
        "Ярмарка пройдёт 12 декабря на площади. Приходите с 10:00, а по будням приём заявок "
        "в администрации с 9:00 до 15:00."
    )
    assert (got["start"], got["all_day"]) == ("2026-12-12T10:00", False)


def test_the_review_exhibition_keeps_its_awaited_clock() -> None:
    got = _parse(
        "Выставка детского рисунка откроется 12 декабря в библиотеке. Ждём вас в 12:00, а в "
        "остальные дни библиотека работает по будням с 10:00 до 18:00."
    )
    assert (got["start"], got["all_day"]) == ("2026-12-12T12:00", False)


def test_a_start_clause_before_a_semicolon_is_the_events() -> None:
    """19 December 2026 is a Saturday; the club's Tuesdays follow a «;»."""
    got = _parse(
        "Турнир по шашкам состоится 19 декабря в спортзале школы. Начало в 11:00; секция "
        "шашек занимается по вторникам с 16:00."
    )
    assert (got["start"], got["all_day"]) == ("2026-12-19T11:00", False)
    assert "weekly_time" not in got["doubts"]


def test_a_gathering_clause_before_но_is_the_events() -> None:
    """13 December 2026 is a Sunday; the box office's Saturdays follow «, но»."""
    got = _parse(
        "Спектакль покажут 13 декабря в актовом зале. Сбор зрителей в 17:30, но касса открыта "
        "по субботам с 10:00 до 14:00."
    )
    assert (got["start"], got["all_day"]) == ("2026-12-13T17:30", False)


def test_a_schedule_clause_still_owns_its_clock() -> None:
    """The schedule's clock in the schedule's own clause is still not the event's."""
    text = (
        "ярмарка пройдёт 12 декабря на площади. приходите, а по будням с 9:00 до 15:00 "
        "принимаются заявки."
    )
    sentences = [(0, 38), (39, len(text))]
    assert weekly_clock(text, sentences, (0, 38), (9, 0)) == frozenset(range(5))


def test_days_are_read_only_inside_the_schedule() -> None:
    """«среди» and «рабочая группа» elsewhere in the clause name no weekday."""
    text = "среди прочего рабочая группа по субботам и воскресеньям в 15:00 проводит экскурсии."
    assert weekly_clock(text, [(0, len(text))], (200, 210), (15, 0)) == frozenset({5, 6})


def test_an_unsure_clause_is_asked_not_dropped() -> None:
    """The clock shares no clause with the schedule and no start word: asked, all seven days
    possible, so the draft is never made all-day silently."""
    text = "ярмарка 12 декабря. в 10:00 будет шумно, а по будням заявки принимают."
    got = weekly_clock(text, [(0, 19), (20, len(text))], (0, 19), (10, 0))
    assert got == frozenset(range(7))
