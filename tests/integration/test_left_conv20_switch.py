"""Left open by attack x #1 (leftconv20, item 3): a sign-up of an event that has begun is
kept (`Students.cancel` refuses it), so the overlap «Переписаться» of a student at a begun
event did nothing and offered itself again. Now a clash with a begun sign-up offers no switch
and says why; a switch button pressed anyway (an older message) changes nothing and says
the same. Through the real chat over a real store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.actions import ButtonAction, payload
from bot.core.models import NewEvent, OrgKind
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PETYA = 21


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner, FixedClock, list]]:
    """A festival 8 December 12:00–18:00 and a master class 15:00–16:00 the same day; Петя
    (9Б) signed up for the festival the day before."""
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-07T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({100})))
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    events = await store.add_events(
        [
            NewEvent("Фестиваль науки", org.id, at("2026-12-08T12:00"), at("2026-12-08T18:00")),
            NewEvent(
                "Мастер-класс по пайке", org.id, at("2026-12-08T15:00"), at("2026-12-08T16:00")
            ),
        ],
        None,
    )
    await planner.handle(PETYA, "я из 9Б")
    await planner.handle(PETYA, "", payload(ButtonAction.SIGNUP, id=events[0].id))
    yield store, planner, clock, events
    await store.close()


async def _status(store: SqliteStore, event_id: int) -> str | None:
    person = await store.get_person_by_vk(PETYA)
    assert person is not None
    return await store.signup_status(event_id, person.id)


async def test_a_begun_signup_offers_no_switch_and_says_why(world: tuple) -> None:
    store, planner, clock, (festival, master) = world
    assert await _status(store, festival.id) == "going"
    [before] = await planner.handle(PETYA, "", payload(ButtonAction.SIGNUP, id=master.id))
    assert before.template == "signup_overlap"
    assert before.buttons  # not begun yet: «Переписаться»
    clock.set(at("2026-12-08T13:00"))
    [reply] = await planner.handle(PETYA, "", payload(ButtonAction.SIGNUP, id=master.id))
    text = Renderer().render(reply.template, reply.context)
    assert reply.template == "signup_overlap", reply
    assert reply.buttons == (), reply.buttons
    assert "уже началось" in text, text
    assert "ничего не изменил" in text, text
    switch = payload(ButtonAction.SWITCH, **{"from": festival.id, "to": master.id})
    [pressed] = await planner.handle(PETYA, "", switch)  # the button of the day before
    text = Renderer().render(pressed.template, pressed.context)
    assert "уже началось" in text, text
    assert "ничего не изменил" in text, text
    assert await _status(store, festival.id) == "going"
    assert await _status(store, master.id) is None
