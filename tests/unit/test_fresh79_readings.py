"""Readings behind misses of tests/data/real_posts_broad40.jsonl at first sight
(tests/data/fresh79.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

import pytest

from bot.core.language.told_past import told_in_past
from tests.title_probe import parsed as _parse

# an abbreviation in capitals is no verb: lower-cased, «ДДЮТ», «ЦДЮТ» end as a present
# «-ют» (pymorphy3 guesses «ддют» a verb), which made a report's day a year ahead
_ABBREVIATED_REPORTS = [
    ("4 марта в ДДЮТ прошёл концерт для мам.", "2019-03-04"),
    ("В ЦДЮТ 2 марта состоялась выставка поделок.", "2019-03-02"),
    ("1 марта на базе ОДЮТ прошла игра «Зарница».", "2019-03-01"),
    ("Ученики побывали в СДЮТ 28 февраля, где прошёл мастер-класс.", "2019-02-28"),
]


@pytest.mark.parametrize(("text", "start"), _ABBREVIATED_REPORTS)
def test_an_abbreviation_in_capitals_tells_no_tense(text: str, start: str) -> None:
    got = _parse(text, "2019-03-05T12:00")
    assert got["start"] == start, got
    assert "past" in got["doubts"], got


# the same in a post of two sentences, where a quoted name's own verb («"Весна идёт"») made the
# report's day a rival the post reading dropped: the report's day is read from the post's own
# case too (post_other_events.report_day, reported_dates)
_ABBREVIATED_POSTS = [
    (
        '2 марта в ЦДЮТ прошел праздник "Весна идёт", приуроченный к празднику. '
        "В программе праздника были песни, танцы.",
        "2019-03-02",
    ),
    (
        '1 марта в ОДЮТ прошла выставка "Мама улыбается", посвящённая маме. '
        "В экспозиции выставки были рисунки, поделки.",
        "2019-03-01",
    ),
    (
        'Праздник весны\n\n2 марта в ЦДЮТ прошел праздник "Весна идёт", приуроченный к '
        "празднику. В программе праздника были песни, танцы.",
        "2019-03-02",
    ),
]


@pytest.mark.parametrize(("text", "start"), _ABBREVIATED_POSTS)
def test_a_post_reporting_a_day_at_an_abbreviated_centre_keeps_it(text: str, start: str) -> None:
    got = _parse(text, "2019-03-05T12:00")
    assert got["start"] == start, got


def test_an_abbreviation_leaves_a_present_verb_its_tense() -> None:
    # the sentence's own verb still tells: an announcement stays ahead
    assert not told_in_past("4 марта в ДДЮТ проходят концерты.", 0, 7)
    assert told_in_past("4 марта в ДДЮТ прошли концерты.", 0, 7)
    # a text in capitals throughout keeps its words as they are (no abbreviation to drop)
    assert not told_in_past("4 МАРТА В ДДЮТ ПРОХОДЯТ КОНЦЕРТЫ.".lower(), 0, 7)


# a weekday counted within a named month («в последнюю субботу октября») in a sentence told in
# the past is this year's, as «29 октября … прошла» is: a report posted after it, never a day
# a year ahead; told ahead it stays the coming one
_COUNTED_REPORTS = [
    ("В последнюю субботу октября в библиотеке прошла встреча с писателем.", "2022-10-29"),
    ("В первое воскресенье октября в школе прошёл праздник урожая.", "2022-10-02"),
    ("Во вторую пятницу октября пятиклассники побывали в музее.", "2022-10-14"),
    ("Ребята собрались в клубе «Ровесник» в последнюю субботу октября на форум.", "2022-10-29"),
]


@pytest.mark.parametrize(("text", "start"), _COUNTED_REPORTS)
def test_a_counted_weekday_told_in_the_past_is_this_years(text: str, start: str) -> None:
    got = _parse(text, "2022-11-03T12:00")
    assert got["start"] == start, got
    assert "other_year" not in got["doubts"], got


@pytest.mark.parametrize(
    "text",
    [
        "В последнюю субботу октября в библиотеке пройдёт встреча с писателем.",
        "В первое воскресенье октября в школе будет праздник урожая.",
    ],
)
def test_a_counted_weekday_told_ahead_is_the_coming_one(text: str) -> None:
    assert _parse(text, "2022-11-03T12:00")["start"].startswith("2023-10-"), text


def test_a_counted_weekday_long_gone_stays_ahead() -> None:
    # half a year back and more is history: the rule of the coming month keeps it
    got = _parse("В последнюю субботу апреля прошёл субботник.", "2022-11-03T12:00")
    assert got["start"] == "2023-04-29", got
