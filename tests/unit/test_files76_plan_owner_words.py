"""files76: the partner a school plan's date cell names as the keeper of the row's day
(bot.exports.day_cells.plan_owner), in the shapes plans write it."""

from __future__ import annotations

import pytest

from bot.exports.day_cells import plan_owner


@pytest.mark.parametrize(
    ("cell", "owner"),
    [
        ("по графику БФУ", "БФУ"),
        ("по графику БФУ в декабре", "БФУ"),
        ("Согласно графику КГТУ, декабрь", "КГТУ"),
        ("согласно плану Музея янтаря", "Музея янтаря"),
        ("По плану Музея янтаря декабрь", "Музея янтаря"),
        ("по расписанию «Кванториума»", "Кванториума"),
        ("по графику ДК «Родина»", "ДК «Родина»"),
        ("по плану партнёра (КГТУ)", "КГТУ"),
        ("по плану партнёра — КГТУ", "КГТУ"),
        ("по плану организатора: Музей янтаря", "Музей янтаря"),
        ("12.12 — КГТУ", "КГТУ"),
        ("14.12.2026 (БФУ)", "БФУ"),
        ("15 декабря, Музей янтаря", "Музей янтаря"),
        ("15.12 в 15:00 – «Кванториум»", "Кванториум"),
    ],
)
def test_the_named_partner_is_read(cell: str, owner: str) -> None:
    assert plan_owner(cell) == owner


@pytest.mark.parametrize(
    "cell",
    [
        "по плану партнёра",
        "по графику музея",
        "по плану школы",
        "по плану",
        "15.12",
        "декабрь",
        "12.12 — актовый зал",
        "14.12, 16.12",
    ],
)
def test_no_one_in_particular(cell: str) -> None:
    assert plan_owner(cell) is None


def test_not_text() -> None:
    assert plan_owner(12) is None
