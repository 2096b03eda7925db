"""One person's chat with the real planner over a real store, for integration tests: the
planner, the store (SQLite here; PostgreSQL under tests/pg_everywhere.py, which swaps
`open_store`), the real templates, and a frozen clock. Nothing of ours is mocked."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

CURATOR = 100  # the school's admin (PlannerConfig.admins)
SPEAKER = 200  # the person whose chat the world is
ZONE = ZoneInfo("Europe/Kaliningrad")  # partner_world's school
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZONE)  # partner_world's frozen clock (a Tuesday)
# conv42's plan (title, day of December 2026, class), each 15:00–16:00: next week (7–13
# December) 9Б's lecture on Wednesday the 9th and excursion on Thursday the 10th, 10А's
# choir rehearsal on the 9th; the week after (14–20 December) only 10А's choir concert
PLAN42 = (
    ("Лекция о космосе", 9, "9Б"),
    ("Репетиция хора", 9, "10А"),
    ("Экскурсия в музей янтаря", 10, "9Б"),
    ("Концерт хора", 16, "10А"),
)


@dataclass
class ChatWorld:
    """`vk_id`'s chat: `say` a message, `press` a button payload, `text` renders a reply."""

    store: SqliteStore
    planner: Planner
    renderer: Renderer
    vk_id: int = SPEAKER

    async def say(self, text: str) -> list[Reply]:
        return await self.planner.handle(self.vk_id, text)

    async def press(self, payload: dict[str, Any]) -> list[Reply]:
        return await self.planner.handle(self.vk_id, "", payload)

    def text(self, reply: Reply) -> str:
        return self.renderer.render(reply.template, reply.context)

    async def card_lines(self, text: str) -> list[str]:
        """The lines of the card the bot answers `text` with (then the draft is dropped)."""
        [card] = await self.say(text)
        assert card.template == "event_card", card.template
        await self.say("нет")
        return self.text(card).split("\n")


async def open_world(
    path: Path, now: datetime, role: Role, organisation: str, kind: OrgKind
) -> ChatWorld:
    """A fresh store at `path` (its zone is `now`'s, which must be a ZoneInfo) with one
    organisation and SPEAKER in it with `role`; the clock stays at `now`. Close the store."""
    assert isinstance(now.tzinfo, ZoneInfo)
    store = await open_store(path, now.tzinfo)
    planner = Planner(
        store, FixedClock(now), PlannerConfig(tz=now.tzinfo, admins=frozenset({CURATOR}))
    )
    org = await store.create_organisation(organisation, kind)
    await store.save_person(SPEAKER, role, "Ольга", org.id)
    return ChatWorld(store, planner, Renderer())


async def school_with_plan(
    tmp_path: Path, role: Role, plan: Sequence[tuple[str, int, str]], now: datetime = NOW
) -> ChatWorld:
    """SPEAKER with `role` at the school (partner_world's zone; the clock at `now`, NOW
    unless given), and КГТУ's `plan` saved: (title, day of December 2026, class) rows, each
    15:00–16:00 school time in «каб. 21» for that one class (the whole school when "")."""
    opened = await open_world(tmp_path / "plan.db", now, role, "Школа", OrgKind.SCHOOL)
    org = await opened.store.create_organisation("КГТУ", OrgKind.PARTNER)
    for title, day, class_name in plan:
        start = datetime(2026, 12, day, 15, 0, tzinfo=ZONE)
        audience = Audience(classes=frozenset({class_name})) if class_name else Audience()
        new = NewEvent(
            title, org.id, start, start + timedelta(hours=1), venue="каб. 21", audience=audience
        )
        await opened.store.add_events([new], None)
    return opened


@asynccontextmanager
async def school_chat(
    tmp_path: Path,
    role: Role,
    plan: Sequence[tuple[str, int, str]],
    class_name: str = "",
    now: datetime = NOW,
) -> AsyncIterator[ChatWorld]:
    """`school_with_plan`'s chat (the clock at `now`), opened for a test and closed after;
    a student who names `class_name` («я из 9Б») has said so first."""
    opened = await school_with_plan(tmp_path, role, plan, now)
    try:
        if class_name:
            await said(opened, f"я из {class_name}")
        yield opened
    finally:
        await opened.store.close()


@asynccontextmanager
async def curator_world(path: Path, now: datetime) -> AsyncIterator[ChatWorld]:
    """The curator's chat (CURATOR, one of PlannerConfig.admins, typing as the school's own
    staff) in a fresh store at `path`, the clock at `now` (aware, ZoneInfo); closed after."""
    opened = await open_world(path, now, Role.STAFF, "Школа", OrgKind.SCHOOL)
    opened.vk_id = CURATOR
    try:
        yield opened
    finally:
        await opened.store.close()


@pytest.fixture
async def partner_world(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """A partner's (КГТУ) chat, the clock at NOW (1 Dec 2026 10:00, Kaliningrad); the store
    is closed after the test. A test module takes it by name: `world = chat_world.partner_world`."""
    opened = await open_world(tmp_path / "plan.db", NOW, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        yield opened
    finally:
        await opened.store.close()


@pytest.fixture
async def plan_student(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """A student of 9Б (signed up to nothing) and PLAN42. A test module takes it under its
    own name: `student = chat_world.plan_student`."""
    async with school_chat(tmp_path, Role.STUDENT, PLAN42, "9Б") as opened:
        yield opened


@pytest.fixture
async def plan_teacher(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """A teacher (staff) of the school with no class of their own, and PLAN42
    (`teacher = chat_world.plan_teacher`)."""
    async with school_chat(tmp_path, Role.STAFF, PLAN42) as opened:
        yield opened


@pytest.fixture
async def class_teacher(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """9Б's class teacher (who has said so) and PLAN42 (`teacher = chat_world.class_teacher`)."""
    async with school_chat(tmp_path, Role.STAFF, PLAN42) as opened:
        await said(opened, "я классный руководитель 9Б")
        yield opened


async def said(world: ChatWorld, text: str, vk_id: int | None = None) -> tuple[list[str], str]:
    """`text` said in `world` (by `vk_id`, the world's own speaker when None): the replies'
    templates and their texts joined by new lines."""
    replies = await world.planner.handle(world.vk_id if vk_id is None else vk_id, text)
    return [r.template for r in replies], "\n".join(world.text(r) for r in replies)


async def each_answered(world: ChatWorld, texts: Sequence[str], template: str, *words: str) -> None:
    """Each of `texts` said in `world` (by its speaker) gets one reply, `template`, and
    that reply holds every one of `words`; a failure names the text and the answer."""
    for text in texts:
        templates, answer = await said(world, text)
        assert templates == [template], (text, answer)
        for word in words:
            assert word in answer, (text, word, answer)


def own(replies: list[Reply]) -> list[Reply]:
    """The replies to whoever wrote (`Reply.recipients` empty), without the notices the same
    turn sends to others — e.g. the curator's «⏳ Ждёт вашего согласования» after a partner's
    «да» (attack v, #24: the configured admins get it even before they have written)."""
    return [r for r in replies if not r.recipients]


async def one_seat_master_class(
    store: SqliteStore, planner: Planner, partner_vk: int, students: Sequence[int]
) -> int:
    """КГТУ's (its partner Анна is `partner_vk`) one-seat «Мастер-класс по пайке» on
    8 December 2026 15:00–16:00 (the store's zone) in каб. 21. Each of `students` says he is
    from 9Б, looks at this week and signs up to it, in order: the first has the seat, the
    others wait. The clock must be in that week. Returns the event's id. Shared by the
    seats change (leftconv20) and attack x's student tests."""
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(partner_vk, Role.PARTNER, "Анна", org.id)
    start = datetime(2026, 12, 8, 15, 0, tzinfo=store.tz)
    [event] = await store.add_events(
        [
            NewEvent(
                "Мастер-класс по пайке",
                org.id,
                start,
                start.replace(hour=16),
                venue="каб. 21",
                capacity=1,
            )
        ],
        None,
    )
    for student in students:
        await planner.handle(student, "я из 9Б")
        await planner.handle(student, "что на этой неделе?")
        await planner.handle(student, "записаться 1")
    return event.id
