"""Regressions found by the review of round 45 (/work/wt/review45.md items 3, 4, 5), each
checked with the review's inputs and a sentence of other words (fixparse45)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


# review45 #3: a clock in a later clause of the booking sentence («…, спектакль в 18:00»,
# «…, оно начинается в 15:00») is the event's; only a clock of the booking clause is the desk's
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Спектакль «Щелкунчик» 14 декабря в театре. Бронирование билетов возможно на "
            "сайте, спектакль в 18:00.",
            "2026-12-14T18:00",
        ),
        (
            "Мастер-класс по лепке 12 декабря в библиотеке. Приглашаем записаться на занятие, "
            "оно начинается в 15:00.",
            "2026-12-12T15:00",
        ),
        (
            "Экскурсия в краеведческий музей 9 декабря. Записаться можно у классного "
            "руководителя, экскурсия в 11:00.",
            "2026-12-09T11:00",
        ),
    ],
)
def test_the_event_s_clock_after_the_booking_clause_is_kept(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got


# review45 #5: «весь день» + an animate plural that reads genitive (= accusative) and a clause
# with a finite verb after it: the noun is the verb's object, «день» is no name's first word
@pytest.mark.parametrize(
    "text",
    [
        "Весь день гостей праздника 12 декабря будут развлекать аниматоры в парке Победы.",
        "Весь день малышей 12 декабря будут учить лепить снеговиков в детском саду.",
    ],
)
def test_all_day_before_a_clause_makes_no_day_name(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-12", got
    assert not got["title"].startswith("День"), got


# the name reading stays where a noun phrase follows «весь день» / «целый день»
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Весь день здоровья 12 декабря пройдёт в парке Победы.", "День здоровья"),
        ("Весь день учителей 12 декабря в школе.", "День учителей"),
    ],
)
def test_all_day_before_a_noun_phrase_keeps_the_day_name(text: str, title: str) -> None:
    got = _parse(text)
    assert got["title"].startswith(title), got


# review45 #4 (too much): a solemn or festive assembly dedicated to an occasion is a ceremony
# of its own, not the contest's meeting: its day is offered beside the contest's, as before
@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Конкурс чтецов «Живое слово» пройдёт 15 декабря в 14:00 в актовом зале. "
            "Торжественное собрание, посвящённое Дню Героев Отечества, состоится 9 декабря в "
            "10:00.",
            "2026-12-09",
        ),
        (
            "Турнир по волейболу пройдёт 12 декабря в 10:00 в спортзале. Праздничное собрание, "
            "посвящённое юбилею школы, состоится 8 декабря в 15:00.",
            "2026-12-08",
        ),
    ],
)
def test_a_dedicated_assembly_is_offered_as_another_event(text: str, other: str) -> None:
    got = _parse(text)
    assert "several_dates" in got["doubts"], got
    assert any(other in str(c) for c in got["choices"]), got


def test_the_contest_s_own_meeting_is_still_not_offered() -> None:
    got = _parse(
        "Конкурс чтецов пройдёт 15 декабря в 14:00 в актовом зале. Совещание членов жюри "
        "состоится 14 декабря в 16:00."
    )
    assert got["start"] == "2026-12-15T14:00", got
    assert "several_dates" not in got["doubts"], got
