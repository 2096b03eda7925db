"""The same lecture for the same classes in the same room, typed again for another hour of
the same day, is flagged «похоже на то же мероприятие» on the new event's card, on the move
card and in «накладки», instead of «Накладок нет ✅» (newcomer walk 2026-12-01c, finding 6
and B10/B11), through the planner (real SQLite store, frozen clock, real templates)."""

from __future__ import annotations

from tests.integration.test_conversation_changes import (
    BFU_REP,
    CURATOR,
    KGTU_REP,
    World,
    add,
    labels,
)
from tests.integration.test_conversation_changes import world as world  # the fixture

PLANNED = "Лекция о беспилотниках 9 декабря с 16:00 до 17:00, 9А и 9Б, ауд. 204"
EARLIER = "Лекция о беспилотниках 9 декабря с 15:00 до 16:00, 9А и 9Б, ауд. 204"


async def test_the_card_of_the_same_lecture_an_hour_earlier_warns(world: World) -> None:
    await add(world, KGTU_REP, PLANNED)
    [card] = await world.say(BFU_REP, EARLIER)  # another organiser: a clash
    assert card.template == "event_card"
    text = world.text(card)
    assert "Накладок нет" not in text, text
    assert "похоже на то же мероприятие" in text, text
    assert [c["reasons"] for c in card.context["clashes"]] == [["duplicate"]]


async def test_ones_own_lecture_an_hour_earlier_is_offered_as_its_update(world: World) -> None:
    """The organiser's own: the update offer, and never listed as a clash with the event it
    would update (newcomer walk 2026-12-01i, #9)."""
    await add(world, KGTU_REP, PLANNED)
    [card] = await world.say(KGTU_REP, EARLIER)
    text = world.text(card)
    assert "Накладок нет" not in text, text
    assert "Похоже, это ваше уже сохранённое мероприятие" in text, text
    assert card.context["clashes"] == [], text
    assert "Накладки" not in text, text


async def test_the_move_card_to_the_same_day_warns(world: World) -> None:
    await add(world, KGTU_REP, PLANNED)
    await world.say(  # two days on: offered as a correction too (walk 2026-12-01g, #3)
        KGTU_REP, "Лекция о беспилотниках 11 декабря с 15:00 до 16:00, 9А и 9Б, ауд. 204"
    )
    [second, *_] = await world.say(KGTU_REP, "добавить ещё одно")
    assert second.template == "saved", second.template
    [card] = await world.say(KGTU_REP, "нет, давайте всё-таки 9 декабря в 15:00")
    assert card.template == "change_card", card.template
    text = world.text(card)
    assert "Накладок на новом времени нет" not in text, text
    assert "похоже на то же мероприятие" in text, text


async def test_the_curators_clash_list_shows_the_pair(world: World) -> None:
    await add(world, KGTU_REP, PLANNED)
    await world.say(KGTU_REP, EARLIER)  # the organiser's own event again: «да» would update it
    [saved, *_] = await world.say(KGTU_REP, "сохранить как новое")  # walk 2026-12-01e, #11
    assert saved.template == "saved"
    replies = await world.say(CURATOR, "накладки")
    text = "\n".join(world.text(r) for r in replies)
    assert "похоже на то же мероприятие" in text, text


async def test_another_room_at_another_hour_is_no_clash(world: World) -> None:
    await add(world, KGTU_REP, PLANNED)
    [card] = await world.say(
        KGTU_REP, "Лекция о беспилотниках 9 декабря с 12:00 до 13:00, 9А и 9Б, ауд. 305"
    )
    text = world.text(card)
    assert card.context["clashes"] == [], text
    assert "похоже на то же мероприятие" not in text, text
    # the organiser's own lecture at another hour: offered as its correction or a second
    # session (newcomer walk 2026-12-01g, #3), never as a clash
    assert "Добавить ещё одно" in labels(world, card)
