"""Students through the planner: sign-ups, waiting list, overlaps, polls, change notices."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER, ANNA, BORIS, VERA = 10, 21, 22, 23


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner, FixedClock, list[int]]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-12-01T10:00"))
    planner = Planner(store, clock, PlannerConfig(tz=TZ))
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
    events = await store.add_events(
        [
            NewEvent(
                "Экскурсия", org.id, at("2026-12-15T15:00"), at("2026-12-15T17:00"), capacity=1
            ),
            NewEvent("Лекция", org.id, at("2026-12-15T16:00"), at("2026-12-15T17:00")),
        ],
        None,
    )
    yield store, planner, clock, [e.id for e in events]
    await store.close()


async def press(planner: Planner, vk_id: int, **payload: object) -> list[Reply]:
    return await planner.handle(vk_id, "", payload)


async def test_list_offers_sign_up_buttons_and_sign_up_works(env: tuple) -> None:
    store, planner, _, ids = env
    [listing] = await planner.handle(ANNA, "что 15 декабря?")
    payloads = [b.payload for row in listing.buttons for b in row]
    assert payloads == [{"a": "signup", "id": ids[0]}, {"a": "signup", "id": ids[1]}]
    [done] = await press(planner, ANNA, a="signup", id=ids[0])
    assert done.template == "signed_up"
    person = await store.get_person_by_vk(ANNA)
    assert person is not None
    assert await store.signup_status(ids[0], person.id) == "going"


async def test_overlapping_sign_up_is_refused_with_a_switch(env: tuple) -> None:
    store, planner, _, ids = env
    await press(planner, ANNA, a="signup", id=ids[0])
    [refusal] = await press(planner, ANNA, a="signup", id=ids[1])
    assert refusal.template == "signup_overlap"
    assert refusal.context["other"]["title"] == "Экскурсия"
    [switch] = [b for row in refusal.buttons for b in row]
    replies = await press(planner, ANNA, **switch.payload)
    assert replies[-1].template == "signed_up"
    person = await store.get_person_by_vk(ANNA)
    assert person is not None
    assert await store.signup_status(ids[0], person.id) == "cancelled"
    assert await store.signup_status(ids[1], person.id) == "going"


async def test_waiting_list_moves_up_and_the_student_is_told(env: tuple) -> None:
    _, planner, _, ids = env
    await press(planner, ANNA, a="signup", id=ids[0])
    [waiting] = await press(planner, BORIS, a="signup", id=ids[0])
    assert waiting.template == "signup_waiting"
    replies = await press(planner, ANNA, a="unsign", id=ids[0])
    assert [r.template for r in replies] == ["signup_cancelled", "signup_promoted"]
    assert replies[1].recipients == (BORIS,)
    [mine] = await planner.handle(BORIS, "мои мероприятия")
    assert [i["status"] for i in mine.context["items"]] == ["going"]


async def test_move_and_cancel_tell_signed_up_students(env: tuple) -> None:
    _, planner, _, ids = env
    await press(planner, ANNA, a="signup", id=ids[1])
    await planner.handle(PARTNER, "что 15 декабря?")
    await planner.handle(PARTNER, "перенеси 2 на 18:00")
    replies = await planner.handle(PARTNER, "да")
    notices = [r for r in replies if r.template == "participant_moved"]
    assert [r.recipients for r in notices] == [(ANNA,)]
    assert "18:00" in Renderer().render(notices[0].template, notices[0].context)
    await planner.handle(PARTNER, "отмени 2")
    replies = await planner.handle(PARTNER, "да")
    assert [r.recipients for r in replies if r.template == "participant_cancelled"] == [(ANNA,)]


async def test_poll_answers_one_per_person_changeable_for_a_week(env: tuple) -> None:
    store, planner, clock, ids = env
    await press(planner, ANNA, a="signup", id=ids[1])
    clock.set(at("2026-12-15T18:00"))
    [ask] = await press(planner, ANNA, a="rate", e=ids[1], v=4)
    assert ask.template == "poll_recommend"
    assert sum(len(row) for row in ask.buttons) == 11  # 0–10 (chat80; it was 1–10)
    [comment] = await planner.handle(ANNA, "9")
    assert comment.template == "poll_comment"
    [thanks] = await planner.handle(ANNA, "Было интересно!")
    assert thanks.template == "poll_thanks"
    await press(planner, ANNA, a="rate", e=ids[1], v=5)  # changed within 7 days
    answers = await store.feedback_of([ids[1]])
    assert len(answers) == 1
    assert (answers[0]["rating"], answers[0]["recommend"]) == (5, 9)
    assert answers[0]["comment"] == "Было интересно!"
    assert "person_id" not in answers[0]
    clock.set(at("2026-12-15T17:00") + timedelta(days=7, minutes=1))
    [closed] = await press(planner, ANNA, a="rate", e=ids[1], v=1)
    assert closed.template == "poll_closed"


async def test_only_participants_answer(env: tuple) -> None:
    _, planner, clock, ids = env
    clock.set(at("2026-12-15T18:00"))
    [refused] = await press(planner, VERA, a="rate", e=ids[1], v=1)
    assert refused.template == "poll_not_participant"


async def test_reminder_preferences_by_message(env: tuple) -> None:
    store, planner, _, _ = env
    [off] = await planner.handle(ANNA, "не напоминай")
    assert off.template == "reminders_off"
    person = await store.get_person_by_vk(ANNA)
    assert person is not None
    assert await store.reminder_prefs(person.id) == (False, None)
