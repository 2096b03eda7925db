"""Attack x (tests/data/attack_2026-12-03x.md), the student side through the real chat: a
sign-up of an event that has begun is history — «не пойду» neither cancels it nor gives the
seat to the waiting list (#1); «места: N» is the number of seats, never a venue (#2)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.chat_world import one_seat_master_class

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, PETYA, VASYA, CURATOR = 10, 21, 22, 100


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner, FixedClock, int]]:
    """A one-seat master class on 8 December 15:00–16:00 for 9Б: Петя has the seat, Вася
    waits; the clock on 7 December."""
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-07T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    event_id = await one_seat_master_class(store, planner, PARTNER, (PETYA, VASYA))
    yield store, planner, clock, event_id
    await store.close()


async def status(store: SqliteStore, event_id: int, vk_id: int) -> str | None:
    person = await store.get_person_by_vk(vk_id)
    assert person is not None
    return await store.signup_status(event_id, person.id)


async def test_no_cancel_after_the_start_and_nobody_promoted(world: tuple) -> None:
    store, planner, clock, event_id = world
    assert await status(store, event_id, VASYA) == "waiting"
    clock.set(at("2026-12-08T15:20"))
    replies = await planner.handle(PETYA, "не пойду 1")
    assert [r.template for r in replies] == ["signup_cancel_started"]
    text = Renderer().render(replies[0].template, replies[0].context)
    assert "уже началось" in text
    assert "меня не было" in text
    assert await status(store, event_id, PETYA) == "going"
    assert await status(store, event_id, VASYA) == "waiting"
    [button] = await planner.handle(PETYA, "", {"a": "unsign", "id": event_id})
    assert button.template == "signup_cancel_started"
    assert await status(store, event_id, PETYA) == "going"


async def test_no_cancel_of_a_past_signup_keeps_the_figures(world: tuple) -> None:
    _, planner, clock, event_id = world
    clock.set(at("2026-12-08T16:30"))
    await planner.handle(PETYA, "", {"a": "rate", "id": event_id, "v": 5})
    await planner.handle(PETYA, "", {"a": "recommend", "id": event_id, "v": 10})
    refused = (await planner.handle(PETYA, "не пойду 1"))[-1]  # after «comment not kept»
    assert refused.template == "signup_cancel_started"
    assert "прошло" in Renderer().render(refused.template, refused.context)
    [report] = await planner.handle(CURATOR, "итоги декабря")
    total = report.context["total"]
    assert (total.signups, total.responses, total.response_rate) == (1, 1, 1.0)


async def test_seats_on_a_card_set_the_seats_not_the_venue(world: tuple) -> None:
    _, planner, _, _ = world
    await planner.handle(PARTNER, "Лекция о роботах 16 декабря в 15:00, 9Б, каб. 21, 1 место")
    for said in ("места: 3", "мест 5"):
        [card] = await planner.handle(PARTNER, said)
        assert card.template == "event_card", said
    venue = [b for row in card.buttons for b in row][4]  # ✏️ Место: «Где пройдёт …?»
    [asked] = await planner.handle(PARTNER, "", venue.payload)
    assert asked.template != "event_card"
    [card] = await planner.handle(PARTNER, "количество мест 5")
    text = Renderer().render(card.template, card.context)
    assert "📍 каб. 21" in text
    assert "Мест: 5" in text
    await planner.handle(PARTNER, "да")
    [listing] = await planner.handle(PARTNER, "мои мероприятия")
    assert "Лекция о роботах, каб. 21" in Renderer().render(listing.template, listing.context)


async def test_seats_on_a_saved_event_never_change_its_venue(world: tuple) -> None:
    """«места: N» about a saved event is its seats (a change card since leftconv20, item 1:
    tests/integration/test_left_conv20_seats.py), never its place — typed, or after «✏️
    Место»."""
    store, planner, _, event_id = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    replies = await planner.handle(PARTNER, "места: 3")
    assert [r.template for r in replies] == ["change_card"]
    card = Renderer().render(replies[0].template, replies[0].context)
    assert "Мест: 1 → 3" in card
    assert "Место:" not in card
    await planner.handle(PARTNER, "нет")
    [menu] = await planner.handle(PARTNER, "изменить 1")
    venue = [b for row in menu.buttons for b in row][2]  # ✏️ Место: «Где теперь пройдёт …?»
    [asked] = await planner.handle(PARTNER, "", venue.payload)
    assert asked.template == "ask_edit_saved"
    [answer] = await planner.handle(PARTNER, "места: 5")
    assert answer.template == "change_card"
    assert "Мест: 1 → 5" in Renderer().render(answer.template, answer.context)
    await planner.handle(PARTNER, "да")
    event = await store.get_event(event_id)
    assert (event.venue, event.capacity) == ("каб. 21", 5)


def notice_to(replies: list, vk_id: int) -> str:
    """The text of the one notice among `replies` that goes to `vk_id`."""
    [found] = [r for r in replies if vk_id in r.recipients]
    return Renderer().render(found.template, found.context)


async def test_undo_of_a_cancel_tells_the_waiting_list_it_still_waits(world: tuple) -> None:
    """#5: after «отмени» and «верни», Вася (waiting) heard «ваша запись сохранена»."""
    _, planner, _, _ = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "отмени 1")
    await planner.handle(PARTNER, "да")
    replies = await planner.handle(PARTNER, "верни")
    assert "запись сохранена" in notice_to(replies, PETYA)
    waiting = notice_to(replies, VASYA)
    assert "листе ожидания" in waiting
    assert "запись сохранена" not in waiting


async def test_a_cancelled_event_typed_again_tells_the_waiting_list_it_still_waits(
    world: tuple,
) -> None:
    _, planner, _, _ = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "отмени 1")
    await planner.handle(PARTNER, "да")
    await planner.handle(
        PARTNER, "Мастер-класс по пайке 8 декабря с 15:00 до 16:00, каб. 21, 1 место"
    )
    [card] = await planner.handle(PARTNER, "все")  # «Для каких классов?»: as saved
    assert card.template == "event_card"
    replies = await planner.handle(PARTNER, "да")
    assert "Ваша запись сохранена" in notice_to(replies, PETYA)
    waiting = notice_to(replies, VASYA)
    assert "листе ожидания" in waiting
    assert "запись сохранена" not in waiting


async def test_no_to_the_poll_ends_it(world: tuple) -> None:
    """#6: «нет» to «Оцените от 1 до 5» was «Сейчас нечего подтверждать», the poll left open."""
    store, planner, clock, event_id = world
    clock.set(at("2026-12-08T16:30"))
    [stopped] = await planner.handle(PETYA, "нет")
    assert stopped.template == "poll_stopped"
    assert await store.feedback_of([event_id]) == []


async def test_no_to_a_card_is_still_the_cards_while_a_poll_is_open(world: tuple) -> None:
    _, planner, clock, _ = world
    clock.set(at("2026-12-08T16:30"))
    await planner.handle(PARTNER, "Лекция о роботах 16 декабря в 15:00, 9Б, каб. 21")
    [dropped] = await planner.handle(PARTNER, "нет")
    assert dropped.template != "poll_stopped"
    [mine] = await planner.handle(PARTNER, "мои мероприятия")
    assert "Лекция о роботах" not in Renderer().render(mine.template, mine.context)
