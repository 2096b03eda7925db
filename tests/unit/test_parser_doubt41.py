"""Never silently wrong on a long post (issue 10 point 4), round 41: a start whose clock is
written only in the post's stamp — the news page's publication line at its head — is asked,
in sentences of our own.

A news item pasted with its head keeps the moment it was put up: «20.11.2026 (12:40)»,
«12:40 / 20.11.2026», «20 ноября, 12:40». bot/core/language/stamps.py takes the shapes it
knows; a shape it does not know leaves the clock to the temporal rules, which give it to the
event of a later day. The doubt `stamp_time` (start_doubts.stamp_clock) asks the time then:
the clock is written only on the post's first lines, before any line naming the event's day,
on lines opening with the clock or naming only days not after the post's own. Each guard is a
post where the head's clock is the event's own or the event's sentence writes its clock."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-20T10:00")

BODY = (
    "В субботу, 28 ноября, в городском парке пройдёт традиционная «Лыжня здоровья» для "
    "школьников. Участников ждут эстафеты, горячий чай и награждение победителей. "
    "Приглашаются команды всех школ района."
)


def parse(text: str, now: datetime = NOW) -> dict[str, Any]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    "head",
    [
        "20.11.2026 (12:40)\nЛыжня здоровья соберёт школьников\n",  # the clock in brackets
        "12:40 / 20.11.2026\nЛыжня здоровья соберёт школьников\n",  # clock first, a slash
        "20 ноября, 12:40\nЛыжня здоровья соберёт школьников\n",  # today's date, no year
        "Пт, 20.11 12:40\nЛыжня здоровья соберёт школьников\n",  # a weekday, a short date
        "12:40 20 ноября\nЛыжня здоровья соберёт школьников\n",  # clock then today's date
    ],
)
def test_clock_of_the_publication_line_is_asked(head: str) -> None:
    got = parse(head + BODY)
    assert got["start"] == "2026-11-28T12:40"  # the clock the temporal rules gave the day
    assert "stamp_time" in got["doubts"]
    assert "stamp_time" in ASKED


def test_stamp_clock_beside_the_event_sentence_clock_is_asked() -> None:
    """The event's sentence writes its own clock («в 11:00»), yet the draft's start is the
    stamp's: whichever rule gave it, a clock written only in the publication line is asked."""
    text = (
        "20.11.2026 (12:40)\nЛыжня здоровья соберёт школьников\n"
        "В субботу, 28 ноября, в 11:00 в городском парке пройдёт традиционная «Лыжня "
        "здоровья». Участников ждут эстафеты и горячий чай."
    )
    got = parse(text)
    if got["start"] == "2026-11-28T12:40":
        assert "stamp_time" in got["doubts"]
    else:
        assert got["start"] == "2026-11-28T11:00"


def test_stamp_of_yesterday_in_a_site_head_is_asked() -> None:
    """A stamp a day older than the reading under the site's rubric, the event a week ahead."""
    text = (
        "Новости образования\n"
        "16:30 / 19.11.2026\n"
        "Школьники города напишут экологический диктант\n"
        "27 ноября в школах города пройдёт экологический диктант для учеников 5–11 классов. "
        "Задания подготовили преподаватели педагогического университета. Победители получат "
        "дипломы и приглашение на зимнюю школу."
    )
    got = parse(text)
    assert got["start"] == "2026-11-27T16:30"
    assert "stamp_time" in got["doubts"]


@pytest.mark.parametrize(
    "text",
    [
        (  # the head's clock is the event's, written again in the event's sentence
            "Лыжня здоровья — в 12:00\nШкольники выйдут на лыжню\n"
            "В субботу, 28 ноября, в 12:00 в городском парке пройдёт традиционная «Лыжня "
            "здоровья». Участников ждут эстафеты и горячий чай."
        ),
        (  # the first line names the event's day with its clock: an announcement's head
            "28 ноября, 12:00 — «Лыжня здоровья»\nВ городском парке пройдёт традиционная "
            "лыжная эстафета для школьников. Участников ждут горячий чай и награждение "
            "победителей. Приглашаются команды всех школ района."
        ),
        (  # a programme's clock after the day's line: the event's slot, not a stamp
            "Лыжня здоровья — 28 ноября\n12:30 — сбор команд у входа в парк\n13:00 — старт "
            "эстафеты\nВ городском парке пройдёт традиционная «Лыжня здоровья» для школьников. "
            "Участников ждут эстафеты, горячий чай и награждение победителей."
        ),
        (  # a programme's slot opening with its range, the day written in words above it
            "Ярмарка ремёсел в школьном дворе\nВ субботу, двадцать восьмого ноября, во дворе "
            "школы пройдёт ярмарка ремёсел.\n12:00–15:00 — мастер-классы для детей и "
            "взрослых;\n15:00–16:00 — концерт школьного хора.\nВход свободный, приглашаются "
            "ученики всех классов и их родители. Ярмарку готовят учителя технологии и "
            "родительский комитет."
        ),
        (  # a clock at the head with a day ahead of the post's own: the event's, written first
            "Начало в 12:40, 28.11.2026\nЛыжня здоровья соберёт школьников\n" + BODY
        ),
    ],
)
def test_head_clock_of_the_event_is_not_doubted(text: str) -> None:
    got = parse(text)
    assert got["start"] is not None
    assert "stamp_time" not in (got.get("doubts") or [])
