"""fix77: which date cells say the day is in another's plan (bot.exports.day_cells.partner_plan)."""

from __future__ import annotations

import pytest

from bot.exports.day_cells import partner_plan


@pytest.mark.parametrize(
    "cell",
    [
        "по плану партнёра",
        "По плану партнера",
        "по графику БФУ",
        "по графику КГТУ в декабре",
        "согласно плану музея",
        "по расписанию «Кванториума»",
        "Декабрь, по плану ДДТ",
    ],
)
def test_another_organisations_plan(cell: str) -> None:
    assert partner_plan(cell)


@pytest.mark.parametrize(
    "cell",
    ["по плану", "по графику", "по плану школы", "по согласованию", "декабрь", "15.12.2026", None],
)
def test_not_a_partners_plan(cell: str | None) -> None:
    assert not partner_plan(cell)
