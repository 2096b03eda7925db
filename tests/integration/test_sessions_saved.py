"""Several sessions of one event are saved as linked events (one series), not one pick:
"1, 8, 15 и 22 декабря", "в 11:30 или в 12:30", "по средам с 2 по 23 декабря".
Real planner, real SQLite store, frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core import drafts
from bot.core.models import Event, EventDraft, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER = 200
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # Monday


@dataclass
class World:
    store: SqliteStore
    planner: Planner

    async def save(self, text: str) -> str:
        [card] = await self.planner.handle(PARTNER, text)
        assert card.template == "event_card"
        [saved] = await self.planner.handle(PARTNER, "да")
        assert saved.template == "saved"
        return Renderer().render(card.template, card.context)

    async def stored(self) -> list[Event]:
        return await self.store.events_between(NOW, None)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(store, FixedClock(NOW), PlannerConfig(tz=TZ, admins=frozenset()))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    yield World(store, planner)
    await store.close()


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=TZ)


async def test_listed_days_become_one_series(world: World) -> None:
    card = await world.save("Кружок робототехники 1, 8, 15 и 22 декабря в 15:00, 9 классы")
    assert "Сеансы (4)" in card
    events = await world.stored()
    assert [e.start for e in events] == [_at(1, 15), _at(8, 15), _at(15, 15), _at(22, 15)]
    assert {e.title for e in events} == {"Кружок робототехники"}
    [series] = {e.series_id for e in events}
    assert series is not None
    assert await world.store.events_of_series(series) == events


async def test_two_times_of_one_day_are_two_linked_events(world: World) -> None:
    await world.save("Экскурсия в музей 3 декабря в 11:30 или в 12:30, 9 классы")
    events = await world.stored()
    assert [e.start for e in events] == [_at(3, 11, 30), _at(3, 12, 30)]
    assert events[0].series_id is not None
    assert events[0].series_id == events[1].series_id


async def test_sessions_keep_their_own_ends(world: World) -> None:
    await world.save("Мастер-класс 2 и 9 декабря с 15:00 до 16:30, 9 классы")
    events = await world.stored()
    assert [(e.start, e.end) for e in events] == [
        (_at(2, 15), _at(2, 16, 30)),
        (_at(9, 15), _at(9, 16, 30)),
    ]
    assert all(e.end_given for e in events)


async def test_weekly_with_a_span_starts_on_the_spans_first_weekday(world: World) -> None:
    await world.save("Кружок робототехники по средам с 2 по 23 декабря в 15:00, 9 классы")
    events = await world.stored()
    assert [e.start for e in events] == [_at(2, 15), _at(9, 15), _at(16, 15), _at(23, 15)]
    assert len({e.series_id for e in events}) == 1


async def test_separate_posts_get_separate_series(world: World) -> None:
    await world.save("Кружок робототехники 1 и 8 декабря в 15:00, 9 классы")
    await world.save("Кружок шахмат 2 и 9 декабря в 15:00, 10 классы")
    events = await world.stored()
    assert len({e.series_id for e in events}) == 2


def wall(day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A naive school wall-clock time in December 2026, as the parser's drafts hold."""
    return datetime.fromisoformat(f"2026-12-{day:02d}T{hour:02d}:{minute:02d}")


def _draft(**kw: object) -> EventDraft:
    base: dict[str, object] = {
        "title": "Лекция",
        "start": wall(1, 15),
        "sessions": (
            (wall(1, 15), None),
            (wall(8, 15), None),
        ),
    }
    return EventDraft(**{**base, **kw})  # type: ignore[arg-type]


def test_a_session_without_an_end_lasts_as_long_as_the_first() -> None:
    draft = _draft(end=wall(1, 17))
    events = drafts.to_new_events(draft, organisation_id=1, tz=TZ, created_by=None, series_id=7)
    assert [(e.end - e.start) for e in events] == [timedelta(hours=2)] * 2
    assert {e.series_id for e in events} == {7}


def test_all_day_sessions_are_whole_days() -> None:
    draft = _draft(
        start=wall(1),
        all_day=True,
        sessions=((wall(1), None), (wall(8), None)),
    )
    events = drafts.to_new_events(draft, organisation_id=1, tz=TZ, created_by=None)
    assert [(e.start.date(), e.end.date(), e.all_day) for e in events] == [
        (date(2026, 12, 1), date(2026, 12, 2), True),
        (date(2026, 12, 8), date(2026, 12, 9), True),
    ]


def test_a_new_time_moves_every_days_session() -> None:
    moved = drafts.with_time(_draft(), time(16), None)
    assert [s for s, _ in moved.sessions] == [wall(1, 16), wall(8, 16)]


def test_one_time_named_for_a_days_choice_of_times_ends_the_sessions() -> None:
    draft = _draft(sessions=((wall(1, 11, 30), None), (wall(1, 12, 30), None)))
    assert drafts.with_time(draft, time(12, 30), None).sessions == ()


def test_another_day_drops_the_sessions_a_listed_day_keeps_them() -> None:
    assert drafts.with_day(_draft(), date(2026, 12, 3)).sessions == ()
    assert len(drafts.with_day(_draft(), date(2026, 12, 8)).sessions) == 2
