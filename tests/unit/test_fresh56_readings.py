"""Readings fresh56 added after broad23's first sight (tests/data/fresh56.md), each checked on
sentences written for the test, not on the set's posts."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2024-03-01T12:00")


def _parsed(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "26 февраля в сельской библиотеке прошла викторина «Знатоки леса».\n"
            "Ребята отвечали на вопросы и получили призы.",
            "2024-02-26",
        ),
        (
            "Вечер поэзии\n"
            "27 февраля в актовом зале гимназии состоялся вечер поэзии.\n"
            "Стихи читали ученики 9 классов.",
            "2024-02-27",
        ),
        (
            "Ученики 5 «А» класса 20.02.2024 года посетили краеведческий музей.\n"
            "Экскурсовод рассказал им об истории края.",
            "2024-02-20",
        ),
        (
            "29 февраля в школе прошел турнир по шашкам,\nв нем участвовали команды трех классов.",
            "2024-02-29",
        ),
    ],
)
def test_a_posts_only_day_told_in_the_past_is_its_reports_day(text: str, start: str) -> None:
    """A pasted post (several lines) whose only day is in a sentence told in the past tense
    alone reports that day's event: the day is read, with the doubt `past`, not dropped."""
    parsed = _parsed(text)
    assert parsed["start"] == start
    assert "past" in (parsed["doubts"] or [])


@pytest.mark.parametrize(
    "text",
    [
        # a day told in the past beside the event's own day ahead: the day ahead is the start
        "В прошлом году турнир прошел 12 февраля в спортзале школы.\n"
        "В этом году он состоится 15 марта в 10:00.",
    ],
)
def test_a_past_day_beside_the_events_own_stays_hidden(text: str) -> None:
    """The report's day is read only when the post keeps no other day: a day told in the past
    beside the event's own day ahead stays none."""
    assert _parsed(text)["start"] == "2024-03-15T10:00"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "В Казани состоится открытое первенство по настольному (большому) теннису. "
            "12 марта в спорткомплексе «Олимп» игры пройдут среди юношей.",
            "по настольному (большому) теннису",
        ),
        (
            "В Самаре пройдет городской конкурс юных (начинающих) чтецов. "
            "14 марта в библиотеке выступят ученики 5-7 классов.",
            "юных (начинающих) чтецов",
        ),
        (
            "В Туле состоится турнир по спортивной (вольной) борьбе. "
            "16 марта в Доме спорта соревнования пройдут среди девушек.",
            "по спортивной (вольной) борьбе",
        ),
    ],
)
def test_a_bracketed_adjective_in_the_subject_keeps_its_chain(text: str, phrase: str) -> None:
    """«турнир по спортивной (вольной) борьбе»: an adjective in brackets between two words of
    the kind's subject qualifies the noun after it; the subject goes on past it, not cut
    before the bracket («Турнир по спортивной»)."""
    assert phrase in str(_parsed(text)["title"])
