"""Left open by attack x #2 (tests/data/attack_2026-12-03x.md): the seats of a saved event
could not be changed in chat. Now «места: 3», «мест 40», «без ограничения мест» give a
change card like the other fields (leftconv20, item 1): more seats move the waiting list up
in the order it queued and tell those moved up; fewer seats than are signed up drop nobody
(the card and the reply say so); «верни» takes the seats back; only the owner or a curator
may. Over a real store (SQLite; PostgreSQL under tests/pg_everywhere), a frozen clock and
the real templates; sentences written for these tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.actions import ButtonAction, payload
from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.chat_world import one_seat_master_class

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, MUSEUM, CURATOR = 10, 11, 100
PETYA, VASYA, KOLYA, SASHA = 21, 22, 23, 24


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


World = tuple[SqliteStore, Planner, int]


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    """A one-seat master class of КГТУ on 8 December 15:00 for 9Б: Петя has the seat, Вася
    and then Коля wait; the clock on 7 December; another partner (the museum) too."""
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(
        store, FixedClock(at("2026-12-07T10:00")), PlannerConfig(tz=TZ, admins=frozenset({CURATOR}))
    )
    event_id = await one_seat_master_class(store, planner, PARTNER, (PETYA, VASYA, KOLYA))
    museum = await store.create_organisation("Музей", OrgKind.PARTNER)
    await store.save_person(MUSEUM, Role.PARTNER, "Ирина", museum.id)
    yield store, planner, event_id
    await store.close()


def text(replies: list[Reply], vk_id: int | None = None) -> str:
    """The replies to the writer (`vk_id` None) or the notices to `vk_id`, rendered."""
    wanted = [r for r in replies if (vk_id in r.recipients if vk_id else not r.recipients)]
    return "\n".join(Renderer().render(r.template, r.context) for r in wanted)


async def statuses(store: SqliteStore, event_id: int) -> list[str | None]:
    found = []
    for vk_id in (PETYA, VASYA, KOLYA):
        person = await store.get_person_by_vk(vk_id)
        assert person is not None
        found.append(await store.signup_status(event_id, person.id))
    return found


async def seats(store: SqliteStore, event_id: int) -> int | None:
    event = await store.get_event(event_id)
    assert event is not None
    return event.capacity


async def test_more_seats_move_the_waiting_list_up_in_order(world: World) -> None:
    store, planner, event_id = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    card = await planner.handle(PARTNER, "места: 2")
    assert [r.template for r in card] == ["change_card"], card
    assert "Мест: 1 → 2" in text(card)
    assert "Из листа ожидания получат место: 1 ученик" in text(card)
    assert await seats(store, event_id) == 1  # nothing before «да»
    done = await planner.handle(PARTNER, "да")
    assert done[0].template == "updated", done
    assert "Мест: 1 → 2" in text(done)
    assert "получили место: 1 ученик" in text(done)
    assert await seats(store, event_id) == 2
    assert await statuses(store, event_id) == ["going", "going", "waiting"]
    assert "Освободилось место! Вы записаны на «Мастер-класс по пайке»" in text(done, VASYA)
    assert text(done, PETYA) == ""  # his seat is as it was: nothing to tell
    assert text(done, KOLYA) == ""
    undone = await planner.handle(PARTNER, "верни")
    assert undone[0].template == "undone", undone
    assert await seats(store, event_id) == 1
    # a true undo (leftconv21, item 1): Вася back at the head of the waiting list
    assert await statuses(store, event_id) == ["going", "waiting", "waiting"]


async def test_no_limit_moves_everyone_up(world: World) -> None:
    store, planner, event_id = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    card = await planner.handle(PARTNER, "без ограничения мест")
    assert "Мест: 1 → без ограничения" in text(card)
    assert "получат место: 2 ученика" in text(card)
    done = await planner.handle(PARTNER, "да")
    assert await seats(store, event_id) is None
    assert await statuses(store, event_id) == ["going", "going", "going"]
    assert "Освободилось место!" in text(done, KOLYA)


async def test_fewer_seats_than_signed_up_drop_nobody(world: World) -> None:
    store, planner, event_id = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    await planner.handle(PARTNER, "мест 40")
    await planner.handle(PARTNER, "да")
    assert await statuses(store, event_id) == ["going", "going", "going"]
    card = await planner.handle(PARTNER, "места: 1")
    assert "Мест: 40 → 1" in text(card)
    assert "Записано уже 3 ученика — на 2 больше, чем мест. Никого не вычёркиваю" in text(card)
    done = await planner.handle(PARTNER, "да")
    assert "все записи сохранены" in text(done)
    assert await seats(store, event_id) == 1
    assert await statuses(store, event_id) == ["going", "going", "going"]
    await planner.handle(SASHA, "я из 9Б")
    await planner.handle(SASHA, "что на этой неделе?")
    await planner.handle(SASHA, "записаться 1")
    sasha = await store.get_person_by_vk(SASHA)
    assert sasha is not None
    assert await store.signup_status(event_id, sasha.id) == "waiting"


async def test_the_same_seats_and_no_event_in_view_are_said_so(world: World) -> None:
    store, planner, event_id = world
    [asked] = await planner.handle(PARTNER, "места: 5")  # nothing looked at yet
    assert asked.template == "seats_which_event"
    assert "изменить N" in text([asked])
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    [same] = await planner.handle(PARTNER, "места: 1")
    assert same.template == "edit_same"
    assert await seats(store, event_id) == 1


async def test_the_curator_may_change_the_seats_by_the_edit_button(world: World) -> None:
    store, planner, event_id = world
    button = payload(ButtonAction.EDIT_EVENT, id=event_id, f="venue")
    [asked] = await planner.handle(CURATOR, "", button)
    assert asked.template == "ask_edit_saved"
    card = await planner.handle(CURATOR, "мест 3")
    assert "Мест: 1 → 3" in text(card), text(card)
    done = await planner.handle(CURATOR, "да")
    assert await seats(store, event_id) == 3
    assert "Изменено куратором" in text(done, PARTNER)
    assert "Мест было: 1, теперь: 3" in text(done, PARTNER), text(done, PARTNER)
    assert await statuses(store, event_id) == ["going", "going", "going"]


async def test_nobody_else_changes_the_seats(world: World) -> None:
    """Another partner's button and words, a forged «да», a student's words; and the
    owner's open card answered «да» by someone else: nothing stored."""
    store, planner, event_id = world
    button = payload(ButtonAction.EDIT_EVENT, id=event_id, f="venue")
    refused = await planner.handle(MUSEUM, "", button)
    assert all(r.template != "ask_edit_saved" for r in refused), refused
    replies = await planner.handle(MUSEUM, "места: 5")
    assert all(r.template != "change_card" for r in replies), replies
    confirm = payload(ButtonAction.CONFIRM_CHANGE, v=1, id=event_id, k="edit")
    replies = await planner.handle(MUSEUM, "", confirm)
    assert all(r.template != "updated" for r in replies), replies
    await planner.handle(PETYA, "изменить 1")
    [student] = await planner.handle(PETYA, "места: 5")
    assert student.template == "not_understood"
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 1")
    await planner.handle(PARTNER, "места: 5")  # the owner's card is open…
    replies = await planner.handle(MUSEUM, "да")  # …but this «да» is another chat's
    assert all(r.template != "updated" for r in replies), replies
    assert await seats(store, event_id) == 1
    assert await statuses(store, event_id) == ["going", "waiting", "waiting"]


async def test_a_cancelled_event_typed_again_counts_its_signups_alike(world: World) -> None:
    """leftconv20, item 5 (attack x #5's left-over): the card said «записи сохранятся (3
    ученика)» counting the waiting list, the reply «сохранены (1 ученик)». Both now say
    who goes and who waits."""
    _, planner, _ = world
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "отмени 1")
    await planner.handle(PARTNER, "да")
    await planner.handle(
        PARTNER, "Мастер-класс по пайке 8 декабря с 15:00 до 16:00, каб. 21, 1 место"
    )
    card = await planner.handle(PARTNER, "все")  # «Для каких классов?»: as saved
    assert "записи сохранятся (1 ученик, 2 ученика в листе ожидания)" in text(card), text(card)
    done = await planner.handle(PARTNER, "да")
    assert "записи на него сохранены (1 ученик, 2 ученика в листе ожидания)" in text(done), text(
        done
    )
