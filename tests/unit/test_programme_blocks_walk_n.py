"""Two programmes pasted one after another (adversarial walk 2026-12-02n, #2): each heading
with its steps is its own event, never one event with two sessions. Sentences written for
these tests."""

from __future__ import annotations

from datetime import datetime

from bot.core.language.intents_many import parse_many
from bot.core.language.programme import programme_blocks
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday

TWO = (
    "15 декабря, Ярмарка профессий, 10-11 классы:\n"
    "9:30 — сбор в холле\n"
    "10:00 — встречи с работодателями\n"
    "17 декабря, Турнир знатоков, 6 классы:\n"
    "13:00 — жеребьёвка\n"
    "13:30 — игра"
)


def test_each_heading_with_its_steps_is_its_own_event() -> None:
    drafts = [i.draft for i in parse_many(TWO, NOW) if isinstance(i, EventIntent)]
    assert [(d.title, d.start, len(d.programme), d.sessions) for d in drafts] == [
        ("Ярмарка профессий", datetime.fromisoformat("2026-12-15T09:30"), 2, ()),
        ("Турнир знатоков", datetime.fromisoformat("2026-12-17T13:00"), 2, ()),
    ]
    assert [sorted(d.audience.grades) for d in drafts] == [[10, 11], [6]]


def test_blocks_are_found_only_when_every_block_is_a_programme() -> None:
    assert programme_blocks(TWO) is not None
    one = "15 декабря, Ярмарка профессий:\n9:30 — сбор в холле\n10:00 — встречи"
    assert programme_blocks(one) is None
    prose_between = TWO.replace("17 декабря, Турнир знатоков, 6 классы:", "Приходите все!\nЖдём")
    assert programme_blocks(prose_between) is None
