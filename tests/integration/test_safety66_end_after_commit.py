"""review64's suspicion, shown (safety66): a unit whose COMMIT succeeded and whose clean-up
after it (`_end`: giving the connection back — to SQLite's gate, or asyncpg's pool, which
resets it) raised. Before, the gate took the unit for failed: the held units of other
schools were rolled back (`after_rollback` actions ran) though this unit had committed, its
replies (after-commit actions) never ran, and the error propagated (VK answered 503, whose
redelivery is then skipped as handled: the person never heard). Now the unit counts as
committed: its after-commit actions run once, its rollback actions do not, and the error
is logged. Both backends (`-p tests.pg_everywhere`: the store is PostgreSQL's)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind
from bot.storage import PlanStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[PlanStore]:
    opened = await open_store(tmp_path / "plan.db", TZ)
    yield opened
    await opened.close()


async def test_a_failure_after_the_commit_keeps_the_unit_committed(
    store: PlanStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate: Any = store._gate  # type: ignore[attr-defined]
    real_end = gate._end

    async def end_then_fail(unit: Any) -> None:
        await real_end(unit)
        if unit.update_id == "ev-end":
            raise ConnectionError("the connection broke while it was given back")

    monkeypatch.setattr(gate, "_end", end_then_fail)
    ran: list[str] = []

    async def reply() -> None:
        ran.append("reply")

    async def undo() -> None:
        ran.append("undone")

    async with store.unit("ev-end"):
        await store.create_organisation("КГТУ", OrgKind.PARTNER)
        assert store.after_commit(reply)
        assert store.after_rollback(undo)
    assert ran == ["reply"]
    assert await store.update_handled("ev-end")
    assert await store.find_organisation("КГТУ") is not None
    async with store.unit("ev-next"):  # the gate is free for the next update
        await store.create_organisation("Завод", OrgKind.PARTNER)
    assert await store.find_organisation("Завод") is not None
