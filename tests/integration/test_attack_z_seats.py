"""attack z (tests/data/attack_2026-12-03z.md), #1: a seats reply whose number cannot be
taken — «места: 0», «места: -3», «места: 10000», «места: много» — became the place of the
saved event («Место: каб. 21 → -3», its students told of the new place) or of the draft's
card («📍 много»). Now it is asked for in digits and nothing changes. The world of
test_left_conv20_seats (a one-seat master class, Петя going, Вася and Коля waiting)."""

from __future__ import annotations

import pytest

from tests.integration.test_left_conv20_seats import (
    PARTNER,
    World,
    at,
    seats,
    statuses,
    text,
    world,
)

__all__ = ["world"]  # the fixture, imported for the tests below


async def venue(world: World) -> str | None:
    store, _, event_id = world
    event = await store.get_event(event_id)
    assert event is not None
    return event.venue


@pytest.mark.parametrize(
    "said", ["места: 0", "места: -3", "места: минус 3", "места: 10000", "места: много", "0 мест"]
)
async def test_seats_of_a_saved_event_not_a_number_change_nothing(world: World, said: str) -> None:
    store, planner, event_id = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    [asked] = await planner.handle(PARTNER, said)
    assert asked.template == "seats_unreadable", asked
    assert "цифрами, от 1 до 5000" in text([asked])
    done = await planner.handle(PARTNER, "да")
    assert [r for r in done if r.recipients] == []  # nobody told of anything
    assert await venue(world) == "каб. 21"
    assert await seats(store, event_id) == 1
    assert await statuses(store, event_id) == ["going", "waiting", "waiting"]


async def test_a_drafts_seats_not_a_number_keep_its_card(world: World) -> None:
    store, planner, _ = world
    await planner.handle(PARTNER, "Лекция о роботах 10 декабря в 15:00, 9Б, каб. 5")
    [asked] = await planner.handle(PARTNER, "места: два")
    assert asked.template == "seats_unreadable", asked
    card = await planner.handle(PARTNER, "места: 2")
    assert "📍 каб. 5" in text(card)
    await planner.handle(PARTNER, "да")
    saved = await store.events_between(at("2026-12-10T00:00"), at("2026-12-11T00:00"))
    assert [(e.title, e.venue, e.capacity) for e in saved] == [("Лекция о роботах", "каб. 5", 2)]


@pytest.mark.parametrize("scope", ["на все", "для всех встреч", "всей серии"])
async def test_the_seats_of_a_series_answered_for_all_change_the_series(
    world: World, scope: str
) -> None:
    """attack z #4: «на все» at «Изменить только эту встречу, всю серию или …?» was a sign-up
    to every event of the list (a partner's: «записываются только ученики»), the change
    dropped."""
    store, planner, _ = world
    await planner.handle(
        PARTNER, "Кружок пайки каждую среду в 16:00 с 9 декабря по 30 декабря, 9Б, каб. 7, 1 место"
    )
    await planner.handle(PARTNER, "да")
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 2")
    [asked] = await planner.handle(PARTNER, "места: 2")
    assert asked.template == "change_scope", asked
    card = await planner.handle(PARTNER, scope)
    assert [r.template for r in card] == ["change_card"], card
    assert "(4 встречи серии)" in text(card)
    await planner.handle(PARTNER, "да")
    meetings = await store.events_between(at("2026-12-09T00:00"), at("2026-12-31T00:00"))
    assert [e.capacity for e in meetings if e.title == "Кружок пайки"] == [2, 2, 2, 2]
