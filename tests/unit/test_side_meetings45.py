"""A meeting held for a contest or a concert, written in a short chat message (starts45).

starts44 decided that a judges', team representatives' or parents' meeting dated in a
contest's or concert's post is no rival start and no part of its title; the rule lived in
the pasted-post reading only, so a chat message of two sentences («Турнир по шахматам
15 января. Заседание судейской коллегии 28 декабря.») still asked both days and glued the
meeting into the title. The meeting's sentence is now set aside in chat messages too —
across the year's turn, without a verb, weeks before — while its day stays in the
description."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-05T10:00")


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        (  # across the year's turn, no verb, 18 days before
            "Турнир по шахматам 15 января. Заседание судейской коллегии 28 декабря.",
            "2027-01-15",
            "Турнир по шахматам",
        ),
        (
            "Приглашаем на концерт 20 декабря в 17:00. Собрание для родителей — 18 декабря.",
            "2026-12-20T17:00",
            "Концерт",
        ),
        (
            "Турнир по волейболу пройдёт 19 декабря в 10:00. Судейское совещание 11 декабря "
            "в 16:00.",
            "2026-12-19T10:00",
            "Турнир по волейболу",
        ),
        (  # the meeting first, three weeks before
            "Совещание представителей команд 8 декабря в 15:00. Первенство по баскетболу "
            "29 декабря в 10:00.",
            "2026-12-29T10:00",
            "Первенство по баскетболу",
        ),
        (
            "Фестиваль хоров 24 декабря в 12:00! 22 декабря состоится родительское собрание.",
            "2026-12-24T12:00",
            "Фестиваль хоров",
        ),
    ],
)
def test_a_meeting_in_a_chat_message_is_no_rival_and_no_title(
    text: str, start: str, title: str
) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "several_dates" not in (got.get("doubts") or []), got
    assert got["title"] == title, got
    assert got["description"] == text  # the meeting's day is still there to read


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Родительское собрание 18 декабря в 18:00 в актовом зале.", "2026-12-18T18:00"),
        (  # the second sentence names no day: the meeting is the event
            "Собрание для родителей 18 декабря в 18:00. Приходите все.",
            "2026-12-18T18:00",
        ),
        (  # two meetings: neither is a side of the other
            "Родительское собрание 18 декабря. Совещание классных руководителей 16 декабря.",
            "2026-12-18",
        ),
    ],
)
def test_a_message_about_a_meeting_stays_the_meeting(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "собрание" in got["title"].lower(), got


@pytest.mark.parametrize(
    "text",
    [
        # a meeting after the event is not held for it
        "Экскурсия в музей 10 декабря. Родительское собрание 12 декабря в 18:00.",
        # a ceremony is an occasion of its own, a master-class another kind of event
        "Концерт 20 декабря в 17:00. Торжественное собрание 18 декабря в 15:00.",
        "Турнир по шахматам 20 декабря в 10:00. Мастер-класс 18 декабря в 15:00.",
        # review46 H2: a meeting with a clock of its own is an event of its own
        "Родительское собрание 9 декабря в 18:00. Новогодний утренник 26 декабря в 11:00.",
        "Совещание 10 декабря в 15:00. Каникулы с 29 декабря.",
        "Собрание родителей 9А класса 15 декабря в 18:00. Олимпиада по математике 20 декабря.",
        # no clock, but two weeks before: maybe a meeting of its own — asked, never dropped
        "Фестиваль хоров 24 декабря в 12:00! 10 декабря состоится родительское собрание.",
    ],
)
def test_other_side_events_are_still_offered(text: str) -> None:
    got = _parse(text)
    assert "several_dates" in (got.get("doubts") or []), got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (  # a pasted post: across the year's turn, no verb
            "Турнир по шахматам среди школьных команд пройдёт 15 января в 10:00 в актовом зале "
            "школы. Заседание судейской коллегии 28 декабря.",
            "2027-01-15T10:00",
        ),
        (  # three weeks before, no verb
            "Турнир по волейболу среди школьных команд пройдёт 29 декабря в 10:00 в спортзале "
            "школы. Судейское совещание 8 декабря в 16:00.",
            "2026-12-29T10:00",
        ),
    ],
)
def test_a_meeting_in_a_pasted_post_stays_no_rival(text: str, start: str) -> None:
    """Guard: the pasted-post reading (starts44) already held across the year's turn."""
    got = _parse(text)
    assert got["start"] == start, got
    assert "several_dates" not in (got.get("doubts") or []), got
    assert "совещани" not in got["title"].lower()
    assert "заседани" not in got["title"].lower()
