"""attack z2 (2026-12-03), #1: an event that is over is the plan's record — its organiser's
old «Перенести» / «Отменить» / «✏️» buttons (under a notice, a clash list, «мои
мероприятия» of last week) neither move nor cancel it. Before, the cancel button cancelled
a held, already rated event («❌ … отменено. Извините за изменения!» to its students an hour
after it), and the move button moved it to a later day with its poll answers, while the same
words («перенеси мастер-класс на 20 декабря», «отмени мастер-класс») were refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import EventStatus, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, STUDENT = 10, 21


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@dataclass
class Held:
    store: SqliteStore
    planner: Planner
    event_id: int

    async def press(self, payload: dict[str, object], *then: str) -> list[Reply]:
        replies = await self.planner.handle(PARTNER, "", payload)
        for text in then:
            replies += await self.planner.handle(PARTNER, text)
        for reply in replies:
            assert reply.template != "error"
            Renderer().render(reply.template, reply.context)
        return replies

    async def unchanged(self) -> None:
        event = await self.store.get_event(self.event_id)
        assert event is not None
        assert event.status is not EventStatus.CANCELLED
        assert event.start == at("2026-12-08T16:00")
        [answer] = await self.store.feedback_of([self.event_id])
        assert answer["rating"] == 4


@pytest.fixture
async def held(tmp_path: Path) -> AsyncIterator[Held]:
    """«Мастер-класс» on 8 December 16:00–17:30, Петя signed up and rated it 4 at 18:30."""
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-01T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ))
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    anna = await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    await store.save_person(STUDENT, Role.STUDENT, "Петя", class_name="9Б")
    new = NewEvent("Мастер-класс", org.id, at("2026-12-08T16:00"), at("2026-12-08T17:30"))
    [event] = await store.add_events([new], anna.id)
    [signed] = await planner.handle(STUDENT, "", {"a": "signup", "id": event.id})
    assert signed.template == "signed_up"
    clock.set(at("2026-12-08T18:30"))
    await planner.handle(STUDENT, "", {"a": "rate", "e": event.id, "v": 4})
    yield Held(store, planner, event.id)
    await store.close()


async def test_the_cancel_button_of_a_held_event_changes_nothing(held: Held) -> None:
    replies = await held.press({"a": "cancel_event", "id": held.event_id}, "да")
    assert replies[0].template == "edit_event_over"
    await held.unchanged()


async def test_the_move_button_of_a_held_event_changes_nothing(held: Held) -> None:
    payload = {"a": "move_event", "id": held.event_id}
    replies = await held.press(payload, "20 декабря в 16:00", "да")
    assert replies[0].template == "edit_event_over"
    await held.unchanged()


async def test_the_edit_button_of_a_held_event_changes_nothing(held: Held) -> None:
    payload = {"a": "edit_event", "id": held.event_id, "f": "when"}
    replies = await held.press(payload, "20 декабря в 16:00", "да")
    assert replies[0].template == "edit_event_over"
    await held.unchanged()
