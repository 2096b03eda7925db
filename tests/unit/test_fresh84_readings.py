"""Readings behind misses of tests/data/real_posts_broad45.jsonl at first sight
(tests/data/fresh84.md), each checked on posts of our own, never the set's words."""

from __future__ import annotations

import pytest

from tests.title_probe import parsed as _parse

# a report naming its event and its day, and a later date that only dates some other act (a
# decision, a count, a choice): the report's day is the post's, asked as a past day
_REPORT_THEN_AN_ACT = [
    (
        "День открытых дверей прошёл в колледже 6 апреля. Гостей было очень много, многие "
        "спрашивали про бюджетные места. 10 апреля мы окончательно определимся с их числом.",
        "2025-04-08T10:00",
        "2025-04-06",
    ),
    (
        "Экскурсия на хлебозавод прошла 14 ноября. Ребята увидели, как пекут батоны. "
        "Как сообщили родители, 20 ноября они решат, куда поехать в следующий раз.",
        "2024-11-16T12:00",
        "2024-11-14",
    ),
    (
        "В библиотеке 3 марта состоялась викторина для четвероклассников. Победители "
        "получили грамоты. 12 марта мы уточним у учителей, кто из ребят поедет дальше.",
        "2023-03-06T09:00",
        "2023-03-03",
    ),
]


@pytest.mark.parametrize(
    ("text", "now", "day"), _REPORT_THEN_AN_ACT, ids=["count", "choice", "who"]
)
def test_a_report_outranks_a_date_that_announces_nothing(text: str, now: str, day: str) -> None:
    got = _parse(text, now)
    assert got["start"] == day, got
    assert "past" in got["doubts"], got


# the later date announces an event (a cue, a noun of an event's kind, a clock, or the sentence
# after it names one): the post is about that event, as before
_REPORT_THEN_AN_EVENT = [
    (
        "Экскурсия на хлебозавод прошла 14 ноября. Ребятам понравилось. 20 ноября в 10:00 "
        "ребята поедут в краеведческий музей.",
        "2024-11-16T12:00",
        "2024-11-20",
    ),
    (
        "Экскурсия на хлебозавод прошла 14 ноября. Ребятам понравилось. 20 ноября ребята "
        "снова поедут на завод. Встреча пройдёт в цехе выпечки.",
        "2024-11-16T12:00",
        "2024-11-20",
    ),
    (
        "День открытых дверей прошёл в колледже 6 апреля. Гостей было много. 12 апреля "
        "мастер-класс по выпечке для девятиклассников.",
        "2025-04-08T10:00",
        "2025-04-12",
    ),
]


@pytest.mark.parametrize(
    ("text", "now", "day"), _REPORT_THEN_AN_EVENT, ids=["clock", "next-sentence", "kind"]
)
def test_a_later_date_naming_an_event_keeps_the_pick(text: str, now: str, day: str) -> None:
    got = _parse(text, now)
    assert (got["start"] or "")[:10] == day, got
