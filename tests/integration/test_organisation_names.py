"""Which organisation a typed name means
(bot.core.features.organisation_names.organisation_named): as stored, inside it, or in
another case — «мероприятия Музея Мирового океана» (walk 2026-12-01k, #11: «Не нашёл
организатора «Музея Мирового»»), «отзывы по колледжу связи»."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.features.organisation_names import organisation_named
from bot.core.models import Organisation, OrgKind, Role
from tests.chat_world import CURATOR, NOW, open_world

ORGS = [
    Organisation(1, "Музей Мирового океана", OrgKind.PARTNER),
    Organisation(2, "Колледж связи", OrgKind.PARTNER),
    Organisation(3, "Историко-краеведческий музей", OrgKind.PARTNER),
    Organisation(4, "КГТУ", OrgKind.PARTNER),
]


@pytest.mark.parametrize(
    ("typed", "org_id"),
    [
        ("КГТУ", 4),
        ("кгту", 4),
        ("Музея Мирового", 1),  # a query's capitalised words, in the genitive
        ("Музею Мирового океана", 1),
        ("колледжа связи", 2),
        ("Колледжем", 2),
        ("краеведческого музея", 3),
    ],
)
def test_a_name_in_any_case_finds_its_organisation(typed: str, org_id: int) -> None:
    found = organisation_named(typed, ORGS)
    assert found is not None
    assert found.id == org_id


@pytest.mark.parametrize("typed", ["музея", "Театра", "Политеха"])
def test_a_name_that_fits_two_or_none_finds_nothing(typed: str) -> None:
    """«музея» fits two museums: nothing is guessed."""
    assert organisation_named(typed, ORGS) is None


async def test_a_curator_asks_for_a_partners_events_by_its_name_in_the_genitive(
    tmp_path: Path,
) -> None:
    world = await open_world(
        tmp_path / "plan.db", NOW, Role.PARTNER, "Музей Мирового океана", OrgKind.PARTNER
    )
    try:
        await world.say("Лекция о китах 15 декабря в 15:00, 7 классы")
        await world.say("да")
        curator = replace(world, vk_id=CURATOR)
        await curator.say("привет")
        [listing] = await curator.say("мероприятия Музея Мирового океана в декабре")
        text = curator.text(listing)
        assert "Лекция о китах" in text, text
        assert "Не нашёл" not in text
    finally:
        await world.store.close()
