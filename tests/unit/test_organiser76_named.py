"""organiser76: the outside organiser an announcement names (organiser_named) and the
correction typed under a card; the matching of a name to a known organisation
(features.organisation_names.organisation_named). Sentences are my own, in several shapes."""

from __future__ import annotations

import pytest

from bot.core.features.organisation_names import organisation_named
from bot.core.language.organiser_named import SCHOOL, named_organiser, organiser_said
from bot.core.models import Organisation, OrgKind


@pytest.mark.parametrize(
    ("text", "organiser"),
    [
        # the host inviting or holding, before its verb
        (
            "Калининградский музей янтаря приглашает учащихся 7–9 классов на занятие "
            "«Янтарная сказка» 16 декабря в 15:00",
            "Калининградский музей янтаря",
        ),
        ("Городская библиотека приглашает 5-е классы на встречу 12 декабря в 15:00", None),
        ("КГТУ открывает двери! 17 декабря в 14:00 День открытых дверей, 10–11 классы", "КГТУ"),
        (
            "В рамках проекта #ЯнтарныйДекабрь Музей янтаря проводит экскурсию для 5-х "
            "классов 21 декабря в 10:30",
            "Музей янтаря",
        ),
        (
            "Добрый день! Областной театр кукол проводит спектакль 20 декабря в 12:00, 1–4 классы",
            "Областной театр кукол",
        ),
        # after the verb of hosting
        (
            "Экскурсию проводит Музей Мирового океана, 12 декабря в 10:00, 7А",
            "Музей Мирового океана",
        ),
        ("Мероприятие организует КГТУ: лекция 12 декабря в 15:00 для 11 классов", "КГТУ"),
        # a label
        ("Лекция о флоте 12 декабря в 15:00, 9А. Организатор: КГТУ", "КГТУ"),
        (
            "Конкурс чтецов 14 декабря в 11:00, 5–6 классы.\nОрганизатор — Областная библиотека "
            "им. Н. А. Некрасова, тел. 21-35-47",
            "Областная библиотека им. Н. А. Некрасова",
        ),
        ("Организаторы: Центр «Вектор». Квест 15 декабря в 16:00, 7Б", "Центр «Вектор»"),
        # a heading or a signature that is only a name
        (
            "📚 Библиотека им. Чехова 📚\nУважаемые педагоги! 16 декабря с 15:30 до 17:00 "
            "литературный квест для 8-х классов",
            "Библиотека им. Чехова",
        ),
        ("Субботник 12 декабря в 10:00, 7–9 классы\nС уважением, КГТУ", "КГТУ"),
        (
            "Мастер-класс 13 декабря в 12:00, 6А\nМузей изобразительных искусств",
            "Музей изобразительных искусств",
        ),
    ],
)
def test_an_outside_organiser_is_read(text: str, organiser: str | None) -> None:
    if organiser is None:  # «Городская библиотека приглашает»: read too, as written
        organiser = "Городская библиотека"
    assert named_organiser(text) == organiser


@pytest.mark.parametrize(
    "text",
    [
        # no organiser at all
        "Классный час 16 декабря в 14:00, 9А",
        "Педсовет 17 декабря в 16:00, актовый зал",
        # a venue is not its host
        "Экскурсия в музей янтаря 12 декабря в 10:00, 9Б",
        "Экскурсия в музей янтаря\n12 декабря в 10:00, 9Б",
        "Олимпиада 12 декабря в 10:00 в Музее янтаря, 9А",
        "Лекция 12 декабря в 15:00, 9А\nАктовый зал",
        # a helper is not the organiser
        "Концерт 12 декабря в 15:00 в актовом зале при поддержке Музея янтаря, 5А",
        "Турнир 14 декабря в 11:00 совместно с КГТУ, 8–9 классы",
        # a person is no organisation; the school's own council is written in lower case
        "Мастер-класс 12 декабря в 15:00 для 8Б. Проводит Иванова Мария Петровна",
        "Мастер-класс 12 декабря в 15:00 для 8Б. Организатор: Иванова М. П.",
        "Ярмарка 20 декабря в 12:00, 1–11 классы. Организатор: совет старшеклассников",
    ],
)
def test_no_outside_organiser(text: str) -> None:
    assert named_organiser(text) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("организатор — школа", SCHOOL),
        ("Организатор - наша школа", SCHOOL),
        ("организатор: мы сами", SCHOOL),
        ("организатор: КГТУ", "КГТУ"),
        ("поменяй организатора на Музей янтаря", "Музей янтаря"),
        ("организатор Библиотека им. Чехова", "Библиотека им. Чехова"),
        ("кто организатор?", None),
        ("организатор?", None),
        ("место: ауд. 204", None),
    ],
)
def test_a_correction_of_the_organiser(text: str, said: str | None) -> None:
    assert organiser_said(text) == said


ORGS = [
    Organisation(1, "Школа", OrgKind.SCHOOL),
    Organisation(2, "Музей янтаря", OrgKind.PARTNER),
    Organisation(3, "КГТУ", OrgKind.PARTNER),
    Organisation(4, "Музей Мирового океана", OrgKind.PARTNER),
]


@pytest.mark.parametrize(
    ("name", "org_id"),
    [
        ("Калининградский музей янтаря", 2),  # one name inside the other
        ("Музея янтаря", 2),  # another case
        ("Музей янтяря", 2),  # a typo
        ("кгту", 3),
        ("школа", 1),  # the school's very name
        ("Детская школа искусств", None),  # not the school «Школа»
        ("Музей", None),  # two museums: none guessed
        ("Библиотека им. Чехова", None),  # new: the card asks
    ],
)
def test_a_named_organiser_is_matched(name: str, org_id: int | None) -> None:
    found = organisation_named(name, ORGS)
    assert (found.id if found else None) == org_id
