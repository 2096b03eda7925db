"""A Russian date word typed with a Latin look-alike letter is read, not silently taken for
today, and a hidden right-to-left override never reaches a saved title (newcomer walk
2026-12-01c, findings 1 and 5), through the planner (real SQLite store, frozen clock)."""

from __future__ import annotations

import pytest

from tests.integration.test_conversation_changes import KGTU_REP, World
from tests.integration.test_conversation_changes import world as world  # the fixture

# (what was typed, the day shown and stored); NOW is Monday 23 November
LATIN_SLIPS = [
    ("Лекция 10 дeкaбря в 15:00, 9Б, ауд. 305", "10 декабря"),  # Latin "e" and "a"
    ("Лекция 10 декабря в 15:00, 9Б".replace("к", "k"), "10 декабря"),  # Latin "k"
    ("Экскурсия в чeтверг в 15:00, 9Б", "26 ноября"),  # Latin "e" in the weekday
    ("Экскурсия зaвтра в 15:00, 9Б", "24 ноября"),  # Latin "a" in the relative day
    ("Мастер-класс 11 декабря в 15:00, 9Б".replace("с", "c"), "11 декабря"),  # Latin "c"
]


@pytest.mark.parametrize(("typed", "day"), LATIN_SLIPS)
async def test_a_latin_look_alike_letter_does_not_make_the_event_today(
    world: World, typed: str, day: str
) -> None:
    replies = await world.say(KGTU_REP, typed)
    card = replies[-1]
    assert card.template in ("event_card", "ask_audience"), world.text(card)
    assert day in world.text(card)
    if card.template == "event_card":
        await world.say(KGTU_REP, "да")
        assert [d for _, d, _ in await world.titles()] == [int(day.split()[0])]


async def test_a_hidden_direction_override_never_reaches_the_saved_title(world: World) -> None:
    await world.say(KGTU_REP, "Лекция\u202e о стали\u200b 16 декабря в 15:00, 9Б")
    await world.say(KGTU_REP, "да")
    [(title, day, hour)] = await world.titles()
    assert (day, hour) == (16, 15)
    assert "\u202e" not in title
    assert "\u200b" not in title
    assert title.startswith("Лекция о стали")


async def test_latin_names_and_words_stay_as_written(world: World) -> None:
    await world.say(KGTU_REP, "Zoom-лекция про IT-куб 16 декабря в 15:00, 9Б")
    await world.say(KGTU_REP, "да")
    [(title, _, _)] = await world.titles()
    assert "Zoom" in title
    assert "IT" in title
