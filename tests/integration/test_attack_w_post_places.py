"""Attack w (2026-12-02) #8 and #7 over a real store (SQLite), a frozen clock and the real
templates: a two-event post saying «там же» with no place before it takes the writer's last
place, or asks «Где пройдёт …?» for each event, rather than save both with none; «Там же
19 декабря …» loses the phrase from its title. Sentences written for these tests
(tests/data/attack_2026-12-02w.md)."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld
from tests.integration.test_walk_t_agreement import _events, _say

world = chat_world.partner_world

POST = (
    "Лекция о космосе 12 декабря в 15:00 для 9А. "
    "Также 19 декабря в 15:00 лекция о звёздах для 9Б, там же."
)


async def test_a_posts_same_place_is_the_writers_last_one(world: ChatWorld) -> None:
    """#8 (v2): after an event in ауд. 310, «… Также … для 9Б, там же.» with no place in the
    first: both are shown and saved in ауд. 310, as a single post's «там же» is."""
    await _say(world, "Мастер-класс по пайке 10 декабря в 15:00 для 9А, ауд. 310")
    await _say(world, "да")
    _, shown = await _say(world, POST)
    assert "Сохранить оба?" in shown, shown
    await _say(world, "да")
    stored = await _events(world)
    assert {t: e.venue for t, e in stored.items()} == {
        "Мастер-класс по пайке": "ауд. 310",
        "Лекция о космосе": "ауд. 310",
        "Лекция о звёздах": "ауд. 310",
    }


async def test_a_posts_same_place_with_none_known_asks_where(world: ChatWorld) -> None:
    """#8: the same post from a partner with no earlier event: «да» asks the first's place,
    saves it, then asks the second's; nothing is stored with no place unasked."""
    templates, shown = await _say(world, POST)
    assert "Сохранить оба?" in shown, shown
    templates, shown = await _say(world, "да")
    assert templates == ["ask_edit"], (templates, shown)
    assert "Где пройдёт «Лекция о космосе»?" in shown, shown
    assert await _events(world) == {}
    await _say(world, "ауд. 5")
    templates, shown = await _say(world, "да")
    assert "Где пройдёт «Лекция о звёздах»?" in shown, shown
    await _say(world, "ауд. 7")
    await _say(world, "да")
    stored = await _events(world)
    assert {t: e.venue for t, e in stored.items()} == {
        "Лекция о космосе": "ауд. 5",
        "Лекция о звёздах": "ауд. 7",
    }


async def test_there_opening_a_post_leaves_the_title(world: ChatWorld) -> None:
    """#7 (u12): a partner with no earlier event is asked where, the title without «Там же»."""
    templates, shown = await _say(world, "Там же 19 декабря в 15:00 лекция о звёздах для 9Б.")
    assert templates == ["ask_edit"], (templates, shown)
    assert "Где пройдёт «Лекция о звёздах»?" in shown, shown
