"""attack76: a name a pasted post gives its organiser must not land on another partner
because one name's letters sit inside the other's («Океан» in «Музей Мирового океана»), and
the school written another way («МАОУ СОШ №5») is the school, not a new partner
(features.organisation_names.organisation_named; tests/data/attack76.md). Names are my own."""

from __future__ import annotations

import pytest

from bot.core.features.organisation_names import organisation_named
from bot.core.language.organiser_named import SCHOOL, named_organiser, organiser_said
from bot.core.models import Organisation, OrgKind

ORGS = [
    Organisation(1, "МАОУ СОШ № 5 г. Калининграда", OrgKind.SCHOOL),
    Organisation(2, "Океан", OrgKind.PARTNER),  # a swimming club
    Organisation(3, "ДК", OrgKind.PARTNER),
    Organisation(4, "КГТУ им. Петра Великого", OrgKind.PARTNER),
    Organisation(5, "Арт", OrgKind.PARTNER),
    Organisation(6, "Калининградский музей янтаря", OrgKind.PARTNER),
]


@pytest.mark.parametrize(
    ("name", "org_id"),
    [
        ("Музей Мирового океана", None),  # was «Океан»: «океан» inside «океана»
        ("Океанариум", None),  # was «Океан»
        ("ДКЖ", None),  # was «ДК»
        ("Артек", None),  # was «Арт»
        ("МАОУ СОШ №5", 1),  # was a new partner twin of the school
        ("СОШ № 5", 1),
        ("маоу сош № 5 г. калининграда", 1),
        ("Школа № 5", None),  # another wording: a new name, the card asks
        ("КГТУ", 4),  # one name inside the other, as words: still matched
        ("Музей янтаря", 6),
        ("Музея янтаря", 6),  # another case
        ("Калининградский музей янтяря", 6),  # a typo
        ("Океан", 2),
    ],
)
def test_a_name_is_matched_by_words_not_by_letters(name: str, org_id: int | None) -> None:
    found = organisation_named(name, ORGS)
    assert (found.id if found else None) == org_id


def test_a_one_word_name_is_not_another_partners_longer_name() -> None:
    """«Океан» (a new swimming club) is not the museum «Музей Мирового океана»: one word of
    another's name in another case is no match (was the museum, and «организатор: Океан»
    could not undo it)."""
    orgs = [
        Organisation(1, "Школа", OrgKind.SCHOOL),
        Organisation(2, "Музей Мирового океана", OrgKind.PARTNER),
    ]
    assert organisation_named("Океан", orgs) is None
    assert organisation_named("Музея Мирового океана", orgs) is orgs[1]


@pytest.mark.parametrize(
    "text",
    [
        "Наша школа приглашает учащихся 7 классов на лекцию о звёздах 28 декабря в 15:00",
        "Лекция о звёздах 28 декабря в 15:00, 7В. Организатор: Школа",
        "Лекция о звёздах 28 декабря в 15:00, 7В. Организатор: наша школа",
        "Школа приглашает родителей на собрание 28 декабря в 18:00, актовый зал",
    ],
)
def test_a_post_naming_the_school_itself_names_no_outside_organiser(text: str) -> None:
    """Was «Наша школа» / «Школа»: in a school called otherwise (the console's «МАОУ СОШ № 5
    г. Калининграда») «да» added a partner «Наша школа» and gave it the school's event."""
    assert named_organiser(text) is None


@pytest.mark.parametrize(
    "name",
    ["А" * 3000, "Клуб" + "б" * 200, "«" + "Звезда" * 40 + "»"],
)
def test_an_endless_name_is_no_organisers_name(name: str) -> None:
    """Was the whole 3,000-letter word: «да» made it a partner, shown on every card, list
    and export line of its events."""
    text = f"Лекция о звёздах 28 декабря в 15:00, 7В. Организатор: {name}"
    assert named_organiser(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Лекция 28 декабря в 15:00, 7В. Организатор: 🎄 Клуб «Звезда» 🎄", "Клуб «Звезда»"),
        ("Школа № 5 приглашает учащихся 7 классов на концерт 28 декабря в 15:00", "Школа № 5"),
        ("Лекция 28 декабря в 15:00, 7В. Организатор: КГТУ", "КГТУ"),
    ],
)
def test_a_name_of_a_reasonable_length_is_still_read(text: str, name: str) -> None:
    assert named_organiser(text) == name


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Гимназия № 7", "Гимназия № 1"),
        ("Лицей № 23", "Лицей № 28"),
        ("Школа № 12", "Школа № 13"),
        ("Детская школа искусств № 3", "Детская школа искусств № 5"),
        ("ДЮСШ «Янтарь-2»", "ДЮСШ «Янтарь»"),
        ("ДЮСШ «Янтарь»", "ДЮСШ «Янтарь-2»"),
    ],
)
def test_organisations_numbered_otherwise_are_never_one(name: str, known: str) -> None:
    """Was the known one (a «typo» within 88, or one name's words inside the other's): the
    gymnasium № 7's event filed under № 1, whose people could move and cancel it."""
    orgs = [Organisation(1, "Школа", OrgKind.SCHOOL), Organisation(2, known, OrgKind.PARTNER)]
    assert organisation_named(name, orgs) is None


@pytest.mark.parametrize(
    ("name", "known"),
    [("Лицей 23", "Лицей № 23 им. А. С. Пушкина"), ("Гимназия №1", "Гимназия № 1")],
)
def test_the_same_number_written_otherwise_is_one(name: str, known: str) -> None:
    orgs = [Organisation(1, "Школа", OrgKind.SCHOOL), Organisation(2, known, OrgKind.PARTNER)]
    assert organisation_named(name, orgs) is orgs[1]


@pytest.mark.parametrize(
    "text",
    ["организатор: я", "организатор — нет", "организатор: никто", "организатор не нужен"],
)
def test_a_correction_naming_nobody_outside_keeps_the_school(text: str) -> None:
    """Was a new partner «я», «нет», «никто», «не нужен» on the card («такого партнёра у меня
    ещё нет … добавит «нет» в партнёры»): the one who types it means no outside organiser."""
    assert organiser_said(text) == SCHOOL
