"""Readings behind the misses of tests/data/real_posts_broad20.jsonl at first sight
(tests/data/fresh52.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# A sentence that opens with «Например» / «К примеру» gives one item of the day's programme as
# an example: its clock is when that item begins, never the whole event's start.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "15 апреля в городском парке пройдёт День птиц. В течение дня гостей ждут"
            " мастер-классы и экскурсии. Например, в 14 часов у пруда начнётся лекция"
            " орнитолога.",
            "2025-04-10T12:00",
            "2025-04-15",
        ),
        (
            "Музей приглашает на День семьи 8 июля. Программа насыщенная: к примеру, в 16:00"
            " в малом зале покажут мультфильмы, а вечером выступит детский хор.",
            "2024-07-01T12:00",
            "2024-07-08",
        ),
    ],
)
def test_an_example_of_the_programme_does_not_give_the_start(
    text: str, now: str, start: str
) -> None:
    assert _parse(text, now)["start"] == start


def test_the_events_own_clock_beside_an_example_is_kept() -> None:
    text = (
        "15 апреля в 11:00 в городском парке начнётся День птиц. Например, в 14 часов у"
        " пруда пройдёт лекция орнитолога."
    )
    assert _parse(text, "2025-04-10T12:00")["start"] == "2025-04-15T11:00"


# A span of days said first («с 12 по 14 мая … сыграют»), then each day's session in its own
# sentence: the sessions lie inside the span, so the event is the span, from its first day —
# never the one session whose sentence happens to say «состоится».
def test_sessions_inside_an_earlier_span_leave_the_span_the_event() -> None:
    text = (
        "Юные шашисты с 12 по 14 мая сразятся на трёх площадках города. Первый тур 12 мая в"
        " 15:00 примет Дом детского творчества. 13 мая в 11:00 в библиотеке состоится"
        " командный турнир. 14 мая в 12:00 в шахматном клубе пройдёт семейный турнир."
    )
    got = _parse(text, "2023-05-08T12:00")
    # the span's first day (its first session's clock may come with it), never the 13th; an
    # end left unread is asked about (the sessions' different clocks are not a daily series)
    assert str(got["start"]).startswith("2023-05-12")
    assert got["end"] in ("2023-05-14", "2023-05-14T12:00") or got["doubts"]


# review52: an example that gives the start for groups of classes («для 5–6 классов начало в
# 10:00») is the event's schedule, not one item of a programme: its first clock is the start.
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Соревнования пройдут 12 декабря в спортзале. Например, для 5–6 классов начало в"
            " 10:00, для 7–8 классов — в 12:00.",
            "2026-12-12T10:00",
        ),
        (
            "Диктант напишут 14 декабря в актовом зале. К примеру, начало для 9 классов в 11:00.",
            "2026-12-14T11:00",
        ),
    ],
)
def test_an_example_giving_the_start_for_classes_keeps_its_clock(text: str, start: str) -> None:
    assert _parse(text, "2026-12-05T12:00")["start"] == start
