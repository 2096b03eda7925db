"""organiser77: the one matcher of organisations' names (features.organisation_names) —
partial names typed in queries, case forms, typos, clipped words; several fits reported
(the caller asks which); a one-word partner's name never taking a longer name of another
body; Latin look-alike letters read as the Cyrillic ones (tests/data/organiser77.md).
Names are my own, in several shapes."""

from __future__ import annotations

import pytest

from bot.core.features.organisation_names import (
    fold_lookalikes,
    organisation_named,
    organisations_matching,
)
from bot.core.models import Organisation, OrgKind

ORGS = [
    Organisation(1, "Лицей № 2", OrgKind.SCHOOL),
    Organisation(2, "Музей изобразительных искусств", OrgKind.PARTNER),
    Organisation(3, "Музей истории города", OrgKind.PARTNER),
    Organisation(4, "БФУ им. И. Канта", OrgKind.PARTNER),
    Organisation(5, "Гимназия № 40", OrgKind.PARTNER),
    Organisation(6, "МЧС", OrgKind.PARTNER),
    Organisation(7, "Политехнический техникум", OrgKind.PARTNER),
    Organisation(8, "Маяк", OrgKind.PARTNER),  # a sailing club
    Organisation(9, "Областная детская библиотека", OrgKind.PARTNER),
]


def _ids(name: str, orgs: list[Organisation] = ORGS) -> list[int]:
    return [org.id for org in organisations_matching(name, orgs)]


@pytest.mark.parametrize(
    ("typed", "org_id"),
    [
        # a query's partial name, in any case
        ("БФУ", 4),
        ("бфу", 4),
        ("у БФУ", None),  # «у» is the query's, not the name's: the parser strips it
        ("гимназии 40", 5),
        ("гимназии № 40", 5),
        ("Гимназией №40", 5),
        ("гимназии", 5),  # the one gymnasium, its number left out
        ("библиотеки", 9),
        ("детской библиотеки", 9),
        ("Областной библиотекой", 9),
        ("музея истории", 3),
        ("Музею изобразительных искусств", 2),
        ("изобразительных искусств", 2),  # two words of the name, no body word
        ("техникума", 7),
        ("политеха", 7),  # a clipped word of the name
        ("Маяка", 8),
        # a longer spelling of a known name, the same body
        ("Калининградский политехнический техникум", 7),
        ("Областная детская библиотека им. А. П. Гайдара", 9),
        # typos
        ("Музей истории горада", 3),
        ("Политехнический техникм", 7),
        # the school
        ("лицей № 2", 1),
        ("Лицей 2", 1),
    ],
)
def test_a_name_in_any_shape_finds_its_one_organisation(typed: str, org_id: int | None) -> None:
    found = organisation_named(typed, ORGS)
    assert (found.id if found else None) == org_id


@pytest.mark.parametrize(
    ("typed", "ids"),
    [
        ("музея", [2, 3]),
        ("Музей", [2, 3]),
        ("музеем", [2, 3]),
        ("Музеи", [2, 3]),
    ],
)
def test_a_name_fitting_two_partners_names_both(typed: str, ids: list[int]) -> None:
    """«музея» with two museums: both are reported, so the caller asks which — never the
    first of them, never none (a new third «Музей»)."""
    assert _ids(typed) == ids
    assert organisation_named(typed, ORGS) is None


@pytest.mark.parametrize(
    "typed",
    [
        "Дом детского творчества «Маяк»",  # another body holding the club's name as a word
        "Кафе «Маяк»",
        "Гостиница Маяк",
    ],
)
def test_a_one_word_partner_does_not_take_a_longer_name_of_another_body(typed: str) -> None:
    """«Маяк» (a sailing club) is not «Кафе «Маяк»»: the longer name's body word («кафе»)
    is not the club's. Was the club (its one word inside the longer name's words)."""
    assert _ids(typed) == []


@pytest.mark.parametrize(
    ("typed", "known"),
    [
        ("Маяка", "Маяк"),
        ("Маяк", "Маяк"),
        ("Центр «Маяк»", None),  # another body: a new partner, the card asks
    ],
)
def test_a_one_word_partner_keeps_its_own_name(typed: str, known: str | None) -> None:
    orgs = [
        Organisation(1, "Школа", OrgKind.SCHOOL),
        Organisation(2, "Музей истории маяка", OrgKind.PARTNER),
        Organisation(3, "Маяк", OrgKind.PARTNER),
    ]
    found = organisation_named(typed, orgs)
    assert (found.name if found else None) == known


def test_a_word_of_a_longer_name_is_not_that_partner_when_it_is_not_its_body() -> None:
    """«Маяка» with only «Музей истории маяка» known: one word in another's name that is not
    its body word — the museum is not meant (was the museum, «маяка» inside its name)."""
    orgs = [Organisation(1, "Музей истории маяка", OrgKind.PARTNER)]
    assert _ids("Маяка", orgs) == []
    assert _ids("музея", orgs) == [1]
    assert _ids("истории маяка", orgs) == [1]


@pytest.mark.parametrize(
    ("typed", "org_id"),
    [
        ("MЧС", 6),  # Latin M
        ("МЧC", 6),  # Latin C
        ("мчc", 6),
        ("БФУ им. И. Kанта", 4),  # Latin K inside a Russian word
        ("Mузей истории города", 3),
        ("Гимназия № 4O", None),  # a Latin O in a number is no letter of a Russian word
    ],
)
def test_latin_look_alike_letters_are_read_as_cyrillic(typed: str, org_id: int | None) -> None:
    found = organisation_named(typed, ORGS)
    assert (found.id if found else None) == org_id


def test_look_alikes_are_folded_only_in_russian_words() -> None:
    assert fold_lookalikes("KГТУ") == "КГТУ"
    assert fold_lookalikes("Mузeй «Арт»") == "Музей «Арт»"
    assert fold_lookalikes("IT-куб, KFC") == "IT-куб, KFC"  # Latin words stay Latin


@pytest.mark.parametrize(
    ("typed", "known"),
    [
        ("Гимназия № 4", "Гимназия № 40"),
        ("гимназии 41", "Гимназия № 40"),
        ("Клуб «Парус-3»", "Клуб «Парус»"),
        ("Клуб «Парус»", "Клуб «Парус-3»"),
    ],
)
def test_numbers_that_differ_are_never_one(typed: str, known: str) -> None:
    orgs = [Organisation(1, known, OrgKind.PARTNER)]
    assert _ids(typed, orgs) == []


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_no_name_means_no_organisation(typed: str | None) -> None:
    assert organisations_matching(typed, ORGS) == []
