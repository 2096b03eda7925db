"""Attack 61: an update whose every try failed (attack60's leftover). Over Long Poll nothing
reads it again once its batch's position is saved, and each try's apology was an
after-commit action of the unit that rolled back: the person heard nothing. They are now
told once that it did not work (the «error» reply, sent outside any unit), nothing of the
update is kept, and the same words said again are done once.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.ports import FixedClock
from bot.transports.vk.updates import UNIT_TRIES
from tests.e2e.conftest import Running
from tests.e2e.test_attack56_fanout import until
from tests.e2e.test_faults_delivery import FIRST, ORGANISER, at, lecture, received

SORRY = "что-то пошло не так"


async def test_an_update_that_fails_every_try_gets_one_apology_and_leaves_nothing(
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
    gate = store._gate
    real = gate._finish
    failed: list[bool] = []

    async def commit_fails(unit: Any) -> None:
        if len(failed) < UNIT_TRIES and unit.update_id is not None:
            failed.append(True)
            raise ConnectionError("the database went away at COMMIT")
        await real(unit)

    monkeypatch.setattr(gate, "_finish", commit_fails)
    vk.push_message(ORGANISER, "да")
    await vk.wait_text(ORGANISER, SORRY, within=15)
    assert len(failed) == UNIT_TRIES
    kept = await store.get_event(event_id)
    assert kept is not None
    assert (kept.start, kept.version) == (before.start, before.version)  # nothing half-saved
    assert not received(vk, "перенесено")
    assert received(vk, SORRY)[ORGANISER] == 1
    # the question still stands: «да» again is done, once
    vk.push_message(ORGANISER, "да")
    await vk.wait_text(ORGANISER, "Перенесено", within=15)
    await until(lambda: len(received(vk, "перенесено")) >= 3)
    moved = await store.get_event(event_id)
    assert moved is not None
    assert (moved.start, moved.version) == (at("2026-12-17T16:00"), before.version + 1)
    counts = received(vk, "перенесено")
    assert {counts[FIRST + i] for i in range(3)} == {1}, dict(counts)
    assert received(vk, SORRY)[ORGANISER] == 1
