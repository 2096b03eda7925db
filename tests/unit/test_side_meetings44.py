"""A meeting held for a contest is no rival start (starts44, decided).

A judges' sitting, a meeting of the teams' representatives or leaders, a parents' meeting
dated in a contest's post belong to the contest the way its closing and its awards do: a part
that never starts it, so it is not offered as another day of the contest (`several_dates`;
answering with it saved the contest on the meeting's day). The opening ceremony may start the
event and stays offered; a side event of another kind (a master-class) is a rival as before;
a post about the meeting alone is the meeting's; a meeting written as an event of its own
(«Также 22 декабря … родительское собрание») is read apart by post_events.py."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")
CHESS = "Турнир по шахматам среди школьников\n\nТурнир пройдёт 20 декабря в шахматном клубе, "


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Городская олимпиада по математике для 5–8 классов\n\nОлимпиада состоится 17 декабря "
            "в 10:00 в городской гимназии. Родительское собрание участников пройдёт 15 декабря в "
            "18:00 в актовом зале. Участникам иметь при себе ручку и сменную обувь.",
            "2026-12-17T10:00",
        ),
        (
            CHESS + "начало в 11:00. 18 декабря состоится совещание представителей команд в "
            "17:00 в кабинете № 5. Заявки принимаются до 15 декабря.",
            "2026-12-20T11:00",
        ),
        (
            CHESS + "начало в 11:00. Судейское совещание пройдёт 19 декабря в 16:00 в "
            "кабинете директора.",
            "2026-12-20T11:00",
        ),
    ],
)
def test_a_meeting_for_the_contest_is_no_rival(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "several_dates" not in got["doubts"], got["choices"]


@pytest.mark.parametrize(
    "side",
    [
        "Торжественное открытие турнира состоится 19 декабря в 17:00 в актовом зале.",
        "Мастер-класс гроссмейстера состоится 19 декабря в 17:00 в актовом зале школы.",
    ],
)
def test_an_opening_or_another_event_is_still_offered(side: str) -> None:
    got = _parse(CHESS + "начало в 11:00. " + side)
    assert got["start"] == "2026-12-20T11:00"
    assert "several_dates" in got["doubts"]
    assert "2026-12-19T17:00" in got["choices"]


def test_a_post_about_the_meeting_is_the_meetings() -> None:
    got = _parse(
        "Уважаемые родители!\n\nРодительское собрание 7 «А» класса состоится 10 декабря в "
        "18:00 в кабинете № 21. Повестка: итоги четверти, подготовка к празднику 25 декабря."
    )
    assert got["start"] == "2026-12-10T18:00"
