"""staff74 (staff72, left 2): a corrected plan file whose «обнови прежние» makes a row
staff-only, or narrows it to classes that leave a signed-up student out, withdraws the
sign-up as a chat edit does (the student told why, the reply says how many), in the same
message's transaction. Real planner, real SQLite store, xlsx files built with openpyxl,
frozen clock (tests/integration/test_plan_files_update_changes.py's world)."""

from __future__ import annotations

import pytest

from bot.core.models import Audience
from tests.integration.test_plan_files_update_changes import (
    EXCURSION,
    KGTU_REP,
    LECTURE,
    OLYMPIAD,
    QUIZ,
    STUDENT,
    World,
    saved_first,
)
from tests.integration.test_plan_files_update_changes import store as store  # the fixture
from tests.integration.test_plan_files_update_changes import world as world  # the fixture
from tests.plan_file_world import reply_text as text

STAFF_OLYMPIAD = [*OLYMPIAD[:3], "педагоги", OLYMPIAD[4]]
NARROWED_OLYMPIAD = [*OLYMPIAD[:3], "10-11", OLYMPIAD[4]]


async def _updated(world: World, olympiad: list[object]) -> list:  # type: ignore[type-arg]
    summary = await world.send([LECTURE, EXCURSION, olympiad, QUIZ], name="kgtu_plan_dec (2).xlsx")
    assert "Обновить прежние" in text(summary), text(summary)
    assert "🚫 «Обновить прежние» снимет запись 1 ученика" in text(summary), text(summary)
    return await world.say(KGTU_REP, "обнови прежние")


@pytest.mark.parametrize(
    ("row", "why"),
    [
        (STAFF_OLYMPIAD, "теперь только для педагогов — ученики на это мероприятие не идут"),
        (NARROWED_OLYMPIAD, "теперь для 10–11 классов — ваш класс не приглашён"),
    ],
)
async def test_a_file_update_leaving_the_student_out_withdraws_the_sign_up(
    world: World, row: list[object], why: str
) -> None:
    """Before: «✏️ Изменения в мероприятии «Олимпиада по программированию»: … Классы были:
    9–11 классы. Ваша запись сохранена.»"""
    before = await saved_first(world, "олимпиаду по программированию")
    olympiad = before["Олимпиада по программированию"]
    [done, *notices] = await _updated(world, row)
    assert done.template == "plan_updated", text(done)
    assert "🚫 Снята запись 1 ученика" in text(done), text(done)
    [told] = [r for r in notices if STUDENT in r.recipients]
    shown = text(told)
    assert told.template == "participant_withdrawn", shown
    assert why in shown, shown
    assert "сохранена" not in shown, shown
    assert await world.store.signed_up(olympiad.id) == []


async def test_a_failed_withdrawal_leaves_the_file_update_undone(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = await saved_first(world, "олимпиаду по программированию")
    olympiad = before["Олимпиада по программированию"]
    await world.send([LECTURE, EXCURSION, STAFF_OLYMPIAD, QUIZ], name="kgtu_plan_dec (2).xlsx")

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(world.store, "cancel_signup", broken)
    [failed] = await world.say(KGTU_REP, "обнови прежние")
    monkeypatch.undo()
    assert failed.template == "error", text(failed)
    stored = await world.store.get_event(olympiad.id)
    assert stored is not None
    assert stored.audience == Audience(grades=frozenset({9, 10, 11})), stored.audience
    assert [p.vk_id for p in await world.store.signed_up(olympiad.id)] == [STUDENT]
