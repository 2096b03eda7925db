"""Safety41 #3, through the real entry point (one Callback API app, three communities;
SQLite files, or PostgreSQL schemas under tests.pg_everywhere): «Отбросить» of a stuck city
journal part deleted it for good and only logged who did it. Now the writer's store keeps an
audit row with the delete (who, which part, when), and both schools' curators read it in
«что не дошло?»; a forged or second press writes none."""

from __future__ import annotations

import pytest

from tests.e2e import test_safety40_stuck_parts as safety40
from tests.e2e.test_safety40_stuck_parts import (
    CURATOR_C,
    GROUP_C,
    TITLE,
    answer,
    pressed,
    stuck_button,
    stuck_move,
)
from tests.e2e.test_vk_city import CURATOR_A, CURATOR_B, GROUP_A, GROUP_B, STUDENT_B, City

town = safety40.town


async def test_a_dismissal_is_audited_and_shown_to_both_curators(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, origin = await stuck_move(town, monkeypatch)
    await answer(town, GROUP_B, CURATOR_B, "не дошло")
    drop = stuck_button(town, GROUP_B, CURATOR_B, "Отбросить")
    for group, peer in ((GROUP_B, STUDENT_B), (GROUP_C, CURATOR_C)):  # refused: no audit
        await pressed(town, group, peer, drop)
    assert await town.a.store.school_changes_dismissed() == []

    assert "Больше не пытаюсь" in await pressed(town, GROUP_B, CURATOR_B, drop)
    await pressed(town, GROUP_A, CURATOR_A, drop)  # found nothing: no second row
    [audit] = await town.a.store.school_changes_dismissed()
    assert (audit["origin"], audit["by_vk_id"], audit["by_school"]) == (origin, CURATOR_B, "l23")
    assert audit["at"].tzinfo is not None

    for group, peer, other in (
        (GROUP_A, CURATOR_A, "до школы Лицей №23"),
        (GROUP_B, CURATOR_B, "из школы Гимназия №32"),
    ):
        shown = await answer(town, group, peer, "что не дошло?")
        assert "Отброшено" in shown, shown
        assert TITLE in shown, shown
        assert other in shown, shown
        assert "куратор школы Лицей №23" in shown, shown  # who
    assert "Отброшено" not in await answer(town, GROUP_C, CURATOR_C, "что не дошло?")
