"""Attack 65, #3: attack64's narrow window. A unit's COMMIT is sent and truly rolls back
(the connection drops before the server commits; the client only sees an error), and before
the gate reads whether its update's mark landed, another worker commits a redelivery of the
same update. Before the fix the gate found *that* worker's mark, took it for its own and
sent its replies too: the person heard the answer twice. Now each try writes a token of its
own with the mark and the gate looks for its own token: the redelivery's mark is not this
try's, the try counts as rolled back (its replies dropped), the update stays handled once.

Two stores on one database stand for two workers; runs on both backends (as is, and under
`-p tests.pg_everywhere`, where `open_store` opens PostgreSQL). Held beside it: a COMMIT
that lands and raises still counts as committed (attack64's #1, the token is its own).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def pair(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, SqliteStore]]:
    first = await open_store(tmp_path / "plan.db", TZ)
    second = await open_store(tmp_path / "plan.db", TZ)
    yield first, second
    await first.close()
    await second.close()


async def add_lecture(store: SqliteStore) -> None:
    org = await store.find_organisation("КГТУ")
    assert org is not None
    await store.add_events(
        [NewEvent("Лекция", org.id, at("2026-12-15T15:00"), at("2026-12-15T16:00"))], None
    )


async def handle(store: SqliteStore, update_id: str, name: str, sent: list[str]) -> None:
    """One worker's try at the update: one event written, one reply after the commit."""
    async with store.unit(update_id):
        await add_lecture(store)

        async def reply() -> None:
            sent.append(name)

        store.after_commit(reply)


async def test_a_redelivery_committed_in_the_window_is_not_taken_for_this_try(
    pair: tuple[SqliteStore, SqliteStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = pair
    await first.create_organisation("КГТУ", OrgKind.PARTNER)
    sent: list[str] = []
    gate: Any = first._gate

    async def commit_rolls_back(unit: Any) -> None:
        # the try's COMMIT is sent, the server never commits it (its transaction, mark
        # included, rolls back) and the client gets an error; meanwhile VK's redelivery of
        # the same update is committed by the other worker, before this gate reads the mark
        unit.committing = True
        await gate._abort(unit)
        await handle(second, "ev9", "redelivery", sent)
        raise ConnectionError("the connection dropped before the server committed")

    monkeypatch.setattr(gate, "_finish", commit_rolls_back)
    with pytest.raises(ConnectionError):
        await handle(first, "ev9", "first try", sent)
    assert sent == ["redelivery"]  # told once
    assert await first.count_events() == 1
    assert await first.update_handled("ev9")


async def test_a_commit_that_landed_and_raised_still_counts_as_this_try(
    pair: tuple[SqliteStore, SqliteStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Held (attack64 #1 with the token): the try's own mark is found, its reply goes once."""
    first, second = pair
    await first.create_organisation("КГТУ", OrgKind.PARTNER)
    sent: list[str] = []
    gate: Any = first._gate
    real = gate._finish

    async def lands_then_raises(unit: Any) -> None:
        await real(unit)
        raise ConnectionError("the connection dropped after the server committed")

    monkeypatch.setattr(gate, "_finish", lands_then_raises)
    await handle(first, "ev10", "first try", sent)
    assert sent == ["first try"]
    monkeypatch.undo()
    await handle(second, "ev10", "redelivery", sent)  # found handled: nothing twice
    assert sent == ["first try"]
    assert await second.count_events() == 1
