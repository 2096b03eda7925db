"""bot.core.held: another school's writes stand or fall with this school's message (ops21).
Fake stores record how each unit ended; the real ones run in
tests/e2e/test_vk_city_attack.py (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from bot.core.held import Action, WaitCycleError, drop, hold, holding


class Other:
    """Another school's store: its units, and how each one ended."""

    def __init__(self) -> None:
        self.ended: list[str] = []

    @asynccontextmanager
    async def unit(self, update_id: str | None) -> AsyncIterator[object]:
        try:
            yield object()
        except BaseException:
            self.ended.append("rolled back")
            raise
        self.ended.append("committed")

    def after_commit(self, action: Action) -> bool:
        return False

    def after_rollback(self, action: Action) -> bool:
        return False


class Writer(Other):
    """This school's store with an update's unit open: the actions wait for its end."""

    def __init__(self) -> None:
        super().__init__()
        self.on_commit: list[Action] = []
        self.on_rollback: list[Action] = []

    def after_commit(self, action: Action) -> bool:
        self.on_commit.append(action)
        return True

    def after_rollback(self, action: Action) -> bool:
        self.on_rollback.append(action)
        return True


async def test_a_failed_message_rolls_the_other_schools_unit_back_at_once() -> None:
    other = Other()

    async def message() -> None:
        async with holding(Writer()):
            assert await hold(other) is not None
            raise ConnectionError("this school's dialog could not be stored")

    with pytest.raises(ConnectionError):
        await message()
    assert other.ended == ["rolled back"]


@pytest.mark.parametrize(
    ("outcome", "ended"), [("commit", "committed"), ("roll back", "rolled back")]
)
async def test_the_other_schools_unit_waits_for_this_updates_end(outcome: str, ended: str) -> None:
    writer, other = Writer(), Other()
    async with holding(writer):
        await hold(other)
    assert other.ended == []  # held open: this update has not ended yet
    for action in writer.on_commit if outcome == "commit" else writer.on_rollback:
        await action()
    assert other.ended == [ended]


async def test_without_an_open_update_the_other_school_commits_with_the_message() -> None:
    other = Other()
    async with holding(Other()):  # no unit open: after_commit refuses
        await hold(other)
        assert other.ended == []
    assert other.ended == ["committed"]


async def test_a_unit_dropped_for_its_own_failure_is_not_committed_later() -> None:
    writer, other = Writer(), Other()
    async with holding(writer):
        held = await hold(other)
        assert held is not None
        await drop(held)
    for action in writer.on_commit:
        await action()
    assert other.ended == ["rolled back"]


async def test_outside_a_message_nothing_is_held() -> None:
    assert await hold(Other()) is None


async def test_two_messages_reaching_into_each_others_store_the_second_gives_way() -> None:
    """Review z2, #1: A's message holds a unit of B while B's message, not ended yet, holds
    one of A; on PostgreSQL each would wait for the other's row locks until the time limit
    (a cycle through one task's two connections, which the server cannot see). The second
    to reach raises WaitCycleError; once the first has ended, the reach is free again."""
    a, b = Writer(), Writer()
    reached, go_on = asyncio.Event(), asyncio.Event()

    async def message_in_b() -> None:
        async with holding(b):
            await hold(a)
            reached.set()
            await go_on.wait()

    task = asyncio.create_task(message_in_b())
    await reached.wait()
    with pytest.raises(WaitCycleError):
        async with holding(a):
            await hold(b)
    go_on.set()
    await task
    for action in b.on_commit:  # B's update commits: its held unit of A ends
        await action()
    async with holding(a):
        assert await hold(b) is not None  # no message of B reaches A any more
    assert a.ended == ["committed"]


class Failing(Other):
    """Another school's store whose COMMIT fails."""

    @asynccontextmanager
    async def unit(self, update_id: str | None) -> AsyncIterator[object]:
        async with super().unit(update_id) as unit:
            yield unit
        raise ConnectionError("COMMIT failed")


@pytest.mark.parametrize(
    ("outcome", "other", "done"),
    [
        ("commit", Other(), ["journal entry done"]),
        ("roll back", Other(), []),
        ("commit", Failing(), []),  # the entry stays for the city's tick
    ],
)
async def test_what_follows_a_held_commit_runs_only_once_it_has_committed(
    outcome: str, other: Other, done: list[str]
) -> None:
    """bot.core.features.school_journal: the writer's journal entry is done only once the
    other school's part has committed — never when it rolled back or its COMMIT failed."""
    writer, marked = Writer(), list[str]()

    async def then() -> None:
        marked.append("journal entry done")

    async with holding(writer):
        await hold(other, then=then)
    for action in writer.on_commit if outcome == "commit" else writer.on_rollback:
        await action()
    assert marked == done


async def test_nothing_follows_a_held_unit_dropped_for_its_own_failure() -> None:
    writer, other, marked = Writer(), Other(), list[str]()

    async def then() -> None:
        marked.append("journal entry done")

    async with holding(writer):
        held = await hold(other, then=then)
        assert held is not None
        await drop(held)
    for action in writer.on_commit:
        await action()
    assert (other.ended, marked) == (["rolled back"], [])
