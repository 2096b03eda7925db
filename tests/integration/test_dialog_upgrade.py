"""After an upgrade a conversation stored in the pre-version format goes on where it stopped,
and a state from an unknown (newer) version is dropped without harm."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core import draft_json
from bot.core.dialog import DIALOG_VERSION
from bot.core.models import Audience, EventDraft, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, STUDENT = 10, 21


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner, int, int]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 12, 16, 10, 0, tzinfo=TZ))
    planner = Planner(store, clock, PlannerConfig(tz=TZ))
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    partner = await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    student = await store.save_person(STUDENT, Role.STUDENT, "Вера")
    [past] = await store.add_events(
        [
            NewEvent(
                "Лекция",
                org.id,
                datetime(2026, 12, 15, 15, tzinfo=TZ),
                datetime(2026, 12, 15, 16, tzinfo=TZ),
            )
        ],
        None,
    )
    await store.sign_up(past.id, student.id)
    yield store, planner, partner.id, past.id
    await store.close()


def old_state(**changes: Any) -> dict[str, Any]:
    """A state as the pre-version Dialog.dump() wrote it."""
    state: dict[str, Any] = {
        "pending": [],
        "asking": None,
        "audience_asked": False,
        "last_event": None,
        "listed": [],
        "poll_event": None,
    }
    return {**state, **changes}


async def test_a_draft_waiting_for_its_time_gets_it_after_the_upgrade(env: tuple) -> None:
    store, planner, partner_id, _ = env
    draft = EventDraft(
        title="Мастер-класс",
        start=datetime.fromisoformat("2026-12-20T00:00"),  # drafts are wall-clock (naive)
        all_day=True,
        time_known=False,
        audience=Audience(grades=frozenset({9})),
    )
    await store.set_dialog(
        partner_id, old_state(pending=[draft_json.draft_to_json(draft)], asking="time")
    )
    [card] = await planner.handle(PARTNER, "в 15:00")
    assert card.template == "event_card"
    assert card.context["event"]["title"] == "Мастер-класс"
    stored = await store.get_dialog(partner_id)
    assert stored is not None
    assert stored["version"] == DIALOG_VERSION
    [saved] = await planner.handle(PARTNER, "да")
    assert saved.template == "saved"


async def test_a_poll_waiting_for_its_score_gets_it_after_the_upgrade(env: tuple) -> None:
    store, planner, _, event_id = env
    student = await store.get_person_by_vk(STUDENT)
    await store.save_feedback(event_id, student.id, "student", rating=4, attended=1)
    await store.set_dialog(student.id, old_state(asking="recommend", poll_event=event_id))
    [comment] = await planner.handle(STUDENT, "9")
    assert comment.template == "poll_comment"
    [answer] = await store.feedback_of([event_id])
    assert answer["recommend"] == 9


async def test_a_state_of_a_newer_version_is_dropped(env: tuple) -> None:
    store, planner, partner_id, _ = env
    await store.set_dialog(
        partner_id, {"version": DIALOG_VERSION + 1, "waiting": {"kind": "undo", "steps": 3}}
    )
    [reply] = await planner.handle(PARTNER, "да")
    assert reply.template == "nothing_pending"  # not misread as pending drafts
    assert (await store.get_dialog(partner_id) or {})["version"] == DIALOG_VERSION
