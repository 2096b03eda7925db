"""A weekly кружок through the planner and the notification loop on one real store and one
hand-moved clock (newcomer walk 2026-12-01b, findings 6 and 15):

- «запиши меня на все» after the кружок's meetings are listed answers with ONE message
  listing every meeting (it sent one confirmation per meeting);
- the organiser is asked how it went once per series — after its first held meeting — not
  after each of its 8 meetings; each signed-up student is still asked after every meeting,
  once; a cancelled first meeting passes the question on to the next held one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import EventStatus, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.scheduling import NotificationLoop
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, KGTU_REP, ANNA, BORIS = 100, 200, 400, 401
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)  # Tuesday, as in the walk
SERIES = "Кружок робототехники по средам в 15:00 с 9 декабря по 27 января, 7а, каб. 12"


@dataclass
class World:
    store: SqliteStore
    planner: Planner
    clock: FixedClock
    loop: NotificationLoop
    sent: list[Reply] = field(default_factory=list)
    renderer: Renderer = field(default_factory=Renderer)

    async def say(self, vk_id: int, text: str) -> list[Reply]:
        return await self.planner.handle(vk_id, text)

    def text(self, reply: Reply) -> str:
        return self.renderer.render(reply.template, reply.context)

    async def walk_until(self, end: datetime, step: timedelta) -> list[tuple[str, int, int]]:
        """Tick the loop every `step` until `end`: (template, vk id, event id) per message."""
        start = len(self.sent)
        moment = self.clock.now()
        while moment < end:
            moment += step
            self.clock.set(moment)
            await self.loop.tick()
        return [
            (r.template, peer, int(r.context["event"]["id"]))
            for r in self.sent[start:]
            if r.template in {"reminder", "poll", "poll_nudge"}  # not the Monday digest
            for peer in r.recipients
        ]


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(NOW)
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(KGTU_REP, Role.PARTNER, "Анна Сергеевна", kgtu.id)
    sent: list[Reply] = []

    async def send(reply: Reply) -> None:
        sent.append(reply)

    world = World(store, planner, clock, NotificationLoop(store, clock, TZ, send), sent)
    yield world
    await store.close()


async def _series(world: World) -> list[int]:
    """The кружок saved by КГТУ: its 8 meetings' ids in time order."""
    [card] = await world.say(KGTU_REP, SERIES)
    assert card.template == "event_card", world.text(card)
    assert (await world.say(KGTU_REP, "да"))[0].template == "saved"
    events = await world.store.events_between(NOW, None)
    assert len(events) == 8
    return [e.id for e in events]


async def _join_all(world: World, vk_id: int) -> list[Reply]:
    await world.say(vk_id, "я из 7А")
    [which] = await world.say(vk_id, "запиши меня на кружок робототехники")
    assert which.template == "signup_which"
    return await world.say(vk_id, "запиши меня на все")


async def test_joining_every_meeting_is_one_message_listing_them(world: World) -> None:
    ids = await _series(world)
    done = await _join_all(world, ANNA)
    assert [r.template for r in done] == ["signed_up_many"]  # was 8 messages
    text = world.text(done[0])
    assert "Вы записаны ✅ на 8 мероприятий" in text
    assert text.count("✅ Кружок робототехники — ") == 8
    assert "9 декабря (ср), 15:00" in text
    assert "27 января (ср), 15:00" in text
    assert "Напомню перед каждым, о первом — 8 декабря в 15:00 и 9 декабря в 14:00" in text
    anna = await world.store.get_person_by_vk(ANNA)
    assert anna is not None
    going = await world.store.events_of_person(anna.id, NOW)
    assert sorted(e.id for e, status in going if status == "going") == ids


async def test_one_message_names_what_could_not_be_joined(world: World) -> None:
    """Counter-case: a cancelled meeting and a number beyond the list are lines of the same
    message, and two numbers keep their two ordinary replies."""
    ids = await _series(world)
    await world.say(BORIS, "я из 7А")
    [which] = await world.say(BORIS, "запиши меня на кружок робототехники")
    assert which.template == "signup_which"
    await world.store.set_event_status(ids[1], EventStatus.CANCELLED, None)
    [one] = await world.say(BORIS, "запиши меня на 1, 2, 3 и 9")
    assert one.template == "signed_up_many"
    statuses = [(i["number"], i["status"]) for i in one.context["items"]]
    assert statuses == [(1, "going"), (2, "unavailable"), (3, "going"), (9, "not_listed")]
    text = world.text(one)
    assert "на 2 мероприятия" in text
    assert "№2: записаться нельзя" in text
    assert "№9: нет в последнем списке" in text
    [which] = await world.say(BORIS, "запиши меня на кружок робототехники")
    two = await world.say(BORIS, "запиши меня на 4 и 5")
    assert [r.template for r in two] == ["signed_up", "signed_up"]


async def test_the_organiser_is_asked_once_per_series_students_after_each(world: World) -> None:
    ids = await _series(world)
    await _join_all(world, ANNA)  # every meeting
    await world.say(BORIS, "я из 7А")
    await world.say(BORIS, "запиши меня на кружок робототехники")
    await world.say(BORIS, "запиши меня на 2 и 3")  # the 16th and the 23rd only
    got = await world.walk_until(datetime(2027, 1, 30, 12, 0, tzinfo=TZ), timedelta(hours=3))
    polls = Counter((peer, event) for kind, peer, event in got if kind == "poll")
    assert [event for (peer, event) in polls if peer == KGTU_REP] == [ids[0]]  # was all 8
    assert sorted(event for (peer, event) in polls if peer == ANNA) == ids
    assert sorted(event for (peer, event) in polls if peer == BORIS) == ids[1:3]
    assert set(polls.values()) == {1}  # each poll once
    nudges = [(peer, event) for kind, peer, event in got if kind == "poll_nudge"]
    assert [event for peer, event in nudges if peer == KGTU_REP] == [ids[0]]
    organiser_poll = next(
        r for r in world.sent if r.template == "poll" and KGTU_REP in r.recipients
    )
    assert "Это первая встреча серии" in world.text(organiser_poll)
    student_poll = next(r for r in world.sent if r.template == "poll" and ANNA in r.recipients)
    assert "первая встреча серии" not in world.text(student_poll)


async def test_a_cancelled_first_meeting_passes_the_question_to_the_next(world: World) -> None:
    ids = await _series(world)
    await world.store.set_event_status(ids[0], EventStatus.CANCELLED, None)
    got = await world.walk_until(datetime(2026, 12, 31, 12, 0, tzinfo=TZ), timedelta(hours=2))
    asked = [event for kind, peer, event in got if kind == "poll" and peer == KGTU_REP]
    assert asked == [ids[1]]


async def test_a_single_event_still_asks_its_organiser(world: World) -> None:
    """Counter-case: an event of no series keeps its organiser's poll."""
    await world.say(KGTU_REP, "Лекция о роботах 3 декабря с 15:00 до 16:00, 7а")
    await world.say(KGTU_REP, "да")
    got = await world.walk_until(datetime(2026, 12, 4, 12, 0, tzinfo=TZ), timedelta(hours=1))
    assert [(kind, peer) for kind, peer, _ in got if kind == "poll"] == [("poll", KGTU_REP)]
