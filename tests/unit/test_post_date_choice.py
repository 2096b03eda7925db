"""Which of a long post's dates is the event's, and when the parser should not ask.

Four general signs, each tried with sentences of our own (not copied from the corpora):
a date with its year alone on a line and not after today is the site's stamp, wherever the
line is; a past verb elsewhere in a sentence does not make a date announced in its own clause
past; a day that has just passed is a report, so an equally tied date ahead is the pick
and the passed day is not offered beside it; a
later day with its own clock time, shortly after a timed pick, is a later session (listed,
not asked about), while a day weeks later or before the pick is still offered.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-20T12:00")


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Школьники области приедут в Калининград на финал турнира юных физиков\n"
            "20.11.2026\n"
            "Финалисты поборются за кубок 5 декабря в корпусе университета на ул. Невского.",
            "2026-12-05",
        ),
        (
            "Новости образования: в городе пройдёт фестиваль робототехники для детей\n"
            "18 ноября 2026 г.\n"
            "Команды школ покажут своих роботов 12 декабря в парке «Юность».",
            "2026-12-12",
        ),
    ],
)
def test_a_dated_line_not_after_today_is_a_stamp_wherever_it_stands(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_a_lone_dated_line_ahead_stays_the_event() -> None:
    text = (
        "Спектакль «Снежная королева» для учащихся начальной школы, продолжительность 1 час.\n"
        "7 декабря 2026\n"
        "Билеты в кассе театра."
    )
    assert _parse(text)["start"] == "2026-12-07"


def test_a_past_verb_outside_the_dates_clause_does_not_make_it_past() -> None:
    text = (
        "Выставка рисунков работает 25 ноября в фойе второго этажа. "
        "Отборочный тур прошли двенадцать команд, а финал состоится 4 декабря в 15:00."
    )
    assert _parse(text)["start"] == "2026-12-04T15:00"


@pytest.mark.parametrize(
    "text",
    [
        "14 ноября библиотека стала площадкой для проведения викторины по истории края. "
        "Второй тур викторины состоится 2 декабря.",
        "17 ноября краеведческий музей приглашал пятиклассников на урок истории города. "
        "Для шестиклассников урок пройдёт 2 декабря в зале истории города.",
    ],
)
def test_a_day_just_passed_loses_to_one_ahead(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-02"
    assert not {"year_guessed", "several_dates"} & set(got["doubts"] or [])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        (
            "23 ноября в 19:00 посетителям планетария расскажут о кольцах Сатурна. "
            "24 ноября в 19:00 любителям астрономии покажут лунные моря.",
            ["2026-11-23T19:00", "2026-11-24T19:00"],
        ),
        (
            "Торжественное открытие фестиваля состоится 25 ноября, в 13.45. "
            "Начало соревнований 26 ноября, в 10.00 часов.",
            ["2026-11-25T13:45", "2026-11-26T10:00"],
        ),
    ],
)
def test_later_timed_days_are_sessions_not_rivals(text: str, sessions: list[str]) -> None:
    got = _parse(text)
    assert got["start"] == sessions[0]
    assert "several_dates" not in (got["doubts"] or [])
    assert [s["start"] for s in got["sessions"]] == sessions  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        # the other timed day is weeks later: another event, not a session
        "Встреча с писателем пройдёт 23 ноября в 15:00 в городской библиотеке. "
        "Мастер-класс по книжной иллюстрации пройдёт 4 декабря в 15:00 в той же библиотеке.",
        # the other timed day comes before the pick: which is meant is not clear
        "Мастер-класс по книжной иллюстрации пройдёт 24 ноября в 15:00 в городской библиотеке. "
        "Встреча с писателем пройдёт 23 ноября в 15:00 в той же библиотеке.",
    ],
)
def test_other_dates_are_still_offered_when_not_sessions(text: str) -> None:
    assert "several_dates" in (_parse(text)["doubts"] or [])


def test_a_dated_line_with_the_sites_host_is_a_stamp_not_a_rival() -> None:
    text = (
        "Литературный марафон для школьников — 6 декабря в Доме книги: подробности\n"
        "20.11.2026 NEWS-KALININGRAD.RU\n\n"
        "Марафон чтецов для учеников 5–9 классов с мастер-классами и книжной ярмаркой."
    )
    got = _parse(text)
    assert got["start"] == "2026-12-06"
    assert "several_dates" not in (got["doubts"] or [])
