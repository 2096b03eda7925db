"""fixchat49: review49's chat findings 2 and 3. (2) A bare «будет/пройдёт/состоится» in a
message ending with «?» asks about the plan only when the «?» is that verb's own clause: an
announcement followed by a question of its own («…, сможете прийти?», «— кто участвует?»),
an add request («Добавьте, пожалуйста: …») or a condition («если будет автобус») stays an
event. (3) «до 15.12» on an open card is a date (15 December), not the end 15:12. Sentences
our own; the clock is Tuesday 1 December 2026."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.end_answers import end_on_card
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent, QueryIntent

NOW = datetime.fromisoformat("2026-12-01T10:00")  # the parser takes naive wall-clock time

# --- 2: an announcement followed by a question of its own is an event -------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ребята, 12 декабря в 10:00 будет субботник, сможете прийти?", "2026-12-12T10:00"),
        ("Завтра в 15:00 пройдёт собрание, все придут?", "2026-12-02T15:00"),
        ("Спектакль пройдёт 14 декабря в 19:00, а вы придёте?", "2026-12-14T19:00"),
        ("12 декабря в 11:00 состоится турнир по шахматам — кто участвует?", "2026-12-12T11:00"),
        (
            "Концерт 12 декабря в 18:00 будет в актовом зале, кто сможет помочь с залом?",
            "2026-12-12T18:00",
        ),
        ("Добавьте, пожалуйста: 12 декабря в 10:00 будет экскурсия в музей?", "2026-12-12T10:00"),
        ("Поставьте экскурсию 12 декабря в 10:00, будет автобус?", "2026-12-12T10:00"),
        (
            "Можно ли поставить экскурсию 12 декабря в 10:00, если будет автобус?",
            "2026-12-12T10:00",
        ),
        ("Запишите: 9 декабря в 15:00 пройдёт лекция о космосе?", "2026-12-09T15:00"),
    ],
)
def test_an_announcement_with_its_own_question_stays_an_event(text: str, start: str) -> None:
    """Before (chat49): a plan question, the draft lost («Начиная с … мероприятий нет»)."""
    got = parse_message(text, NOW)
    assert isinstance(got, EventIntent), got
    assert got.draft.start is not None, got
    assert got.draft.start.isoformat(timespec="minutes") == start, got


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("а экскурсия точно будет в субботу в 15:00?", date(2026, 12, 5)),
        ("В каб. 21 будет ли собрание в четверг?", date(2026, 12, 3)),
        ("ребята, экскурсия точно будет в субботу?", date(2026, 12, 5)),
        ("Концерт будет 12 декабря, в актовом зале?", date(2026, 12, 12)),
        ("Скажите, пожалуйста, концерт будет 12 декабря?", date(2026, 12, 12)),
        ("Подскажите, собрание пройдёт в четверг?", date(2026, 12, 3)),
        ("у 9Б будут занятия в четверг?", date(2026, 12, 3)),
        ("Экскурсия будет в субботу, как обычно?", date(2026, 12, 5)),
    ],
)
def test_the_verb_in_the_question_s_own_clause_still_asks(text: str, day: date) -> None:
    """Guards: chat49's questions, a verbless clause after the verb («, в актовом зале?»)
    and a verb of asking before it («Скажите, …», «Подскажите, …») still ask the plan."""
    got = parse_message(text, NOW)
    assert isinstance(got, QueryIntent), got
    assert got.start == day, got


# --- 3: «до 15.12» on an open card is a date, not an end --------------------------------

START = datetime.fromisoformat("2026-12-12T10:00")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("до 15.12", START),
        ("до 10.05", datetime.fromisoformat("2026-12-12T09:00")),
        ("до 14.01", START),
        ("нет, до 15.12", START),
    ],
)
def test_a_day_and_month_after_until_is_no_end(text: str, start: datetime) -> None:
    """Before (chat49): «до 15.12» gave the end 15:12 («12 декабря, 10:00–15:12»)."""
    assert end_on_card(text, start) is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("до 13.30", "13:30"),
        ("до 15:12", "15:12"),
        ("до 15 ч", "15:00"),
        ("до 15.12 ч", "15:12"),
        ("до 12.00", "12:00"),
        ("окончание в 13.30", "13:30"),
    ],
)
def test_a_clock_after_until_is_still_an_end(text: str, end: str) -> None:
    """Guards: minutes past 12 or «00», a colon, or «ч» make a clock."""
    got = end_on_card(text, START)
    assert got is not None, text
    assert got.strftime("%H:%M") == end, got
