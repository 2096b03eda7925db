"""bot.core.features.same_event over a real store: what each key counts as "the same event"
(a school's «stored already» check and the other schools' copies of a move or cancel)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.features.same_event import STORED_KEY, TWIN_KEY, find_same
from bot.core.models import Audience, Event, EventStatus, NewEvent, OrgKind, Role
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Asia/Omsk")
START = datetime(2026, 12, 15, 19, 0, tzinfo=TZ)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    opened = await open_store(tmp_path / "plan.db", TZ)
    yield opened
    await opened.close()


async def lecture(store: SqliteStore) -> tuple[NewEvent, Event, int]:
    """КГТУ's partner stores one lecture: the event as wanted, as stored, and its author."""
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    author = (await store.save_person(7300, Role.PARTNER, "Анна", org.id)).id
    wanted = NewEvent(
        "Лекция",
        org.id,
        START,
        START + timedelta(hours=1),
        audience=Audience(grades=frozenset({10})),
        venue="ауд. 204",
        created_by=author,
    )
    [stored] = await store.add_events([wanted], author)
    return wanted, stored, author


async def test_both_keys_find_the_authors_event_at_the_same_moment(store: SqliteStore) -> None:
    wanted, stored, author = await lecture(store)
    elsewhere = replace(wanted, start=START.astimezone(ZoneInfo("Europe/Kaliningrad")))
    for key, own in ((STORED_KEY, True), (TWIN_KEY, False)):
        found = await find_same(store, [elsewhere], author, key, same_organisation=own)
        assert [e.id for e in found or []] == [stored.id], key


async def test_another_room_or_classes_is_another_event_only_for_the_stored_key(
    store: SqliteStore,
) -> None:
    wanted, stored, author = await lecture(store)
    for changed in (
        replace(wanted, venue="актовый зал"),
        replace(wanted, audience=Audience(grades=frozenset({11}))),
    ):
        assert await find_same(store, [changed], author, STORED_KEY, same_organisation=True) is None
        twins = await find_same(store, [changed], author, TWIN_KEY, same_organisation=False)
        assert [e.id for e in twins or []] == [stored.id]


async def test_no_match_by_another_author_another_time_or_once_cancelled(
    store: SqliteStore,
) -> None:
    wanted, stored, author = await lecture(store)
    later = replace(wanted, end=wanted.end + timedelta(minutes=30))
    for key in (STORED_KEY, TWIN_KEY):
        assert await find_same(store, [wanted], author + 1, key, same_organisation=False) is None
        assert await find_same(store, [later], author, key, same_organisation=False) is None
    await store.update_events([replace(stored, status=EventStatus.CANCELLED)], author)
    for key in (STORED_KEY, TWIN_KEY):
        assert await find_same(store, [wanted], author, key, same_organisation=False) is None
