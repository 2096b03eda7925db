"""Attack 64, #4: a COMMIT that lands and then raises (the server committed, the
acknowledgement was lost with the connection). The organiser's «да» to a move: the move is
saved, and before the fix the retry found the update handled and returned — the replies of
the try that landed were dropped with its "failed" unit, so the organiser never heard
«Перенесено» (review60, #5b). Now the gate asks whether its own mark landed and, if it did,
the try counts as committed: its replies go out once, nothing is written twice. Both
backends (run under `-p tests.pg_everywhere` too).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_attack56_fanout import until
from tests.e2e.test_faults_delivery import FIRST, ORGANISER, at, lecture, received

SORRY = "что-то пошло не так"


def _commit_lands_then_raises(store: Any, monkeypatch: pytest.MonkeyPatch, times: int) -> list[str]:
    """Make the first `times` units of updates commit and then raise; the ids they hit."""
    gate = store._gate
    real = gate._finish
    hit: list[str] = []

    async def lands_then_raises(unit: Any) -> None:
        await real(unit)
        if len(hit) < times and unit.update_id is not None and not unit.duplicate:
            hit.append(unit.update_id)
            raise ConnectionError("the connection dropped after the server committed")

    monkeypatch.setattr(gate, "_finish", lands_then_raises)
    return hit


async def test_a_move_whose_commit_lands_and_raises_is_told_once(
    clocked_bot: tuple[Running, FixedClock], monkeypatch: pytest.MonkeyPatch
) -> None:
    running, _ = clocked_bot
    vk = running.vk
    store = running.app.store
    event_id = await lecture(running, 3)
    before = await store.get_event(event_id)
    assert before is not None
    vk.push_message(ORGANISER, "перенеси лекцию о роботах на 17.12 в 16:00")
    await vk.wait_text(ORGANISER, "Перенести «Лекция о роботах»?")
    hit = _commit_lands_then_raises(store, monkeypatch, 1)
    vk.push_message(ORGANISER, "да")
    await vk.wait_text(ORGANISER, "Перенесено", within=15)
    assert len(hit) == 1
    await until(lambda: len(received(vk, "перенесено")) >= 3)
    moved = await store.get_event(event_id)
    assert moved is not None
    assert (moved.start, moved.version) == (at("2026-12-17T16:00"), before.version + 1)
    counts = received(vk, "перенесено")
    assert {counts[FIRST + i] for i in range(3)} == {1}, dict(counts)
    assert received(vk, "Перенесено")[ORGANISER] == 1
    assert not received(vk, SORRY)
    # a later message is answered as usual: nothing stuck behind the doubtful commit
    vk.push_message(ORGANISER, "мои мероприятия")
    await vk.wait_text(ORGANISER, "Лекция о роботах", within=15)
    assert received(vk, "Перенесено")[ORGANISER] == 1
