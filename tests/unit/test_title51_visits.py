"""A visit to a place and a performer's appearance as the event's name (title51): when no kind
word stands beside a name, a reader takes the visit («посетят музей» -> «Посещение музея»,
«Вход в зоопарк») or the performance («Хор … выступит» -> «Выступление хора …») as the event.
Sentences of my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.title_visits import (
    appearance,
    opened_places,
    visits,
    with_headline_performer,
)
from tests.title_probe import card_title

NOW = datetime.fromisoformat("2026-03-02T10:00")


def _visit(text: str) -> str | None:
    found = visits(text, (0, len(text)))
    return found[0][1] if found else None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ребята 5А посетят краеведческий музей", "Посещение краеведческого музея"),
        ("Во время каникул школьники смогут посетить музеи бесплатно", "Посещение музеев"),
        ("Учащиеся побывают в городском планетарии", "Посещение городского планетария"),
        (
            "Старшеклассники посетили Уральскую горную академию",
            "Посещение Уральской горной академии",
        ),
        ("Вход в городской зоопарк будет бесплатным", "Посещение городского зоопарка"),
    ],
)
def test_a_visit_to_a_place_is_named_by_its_act(text: str, title: str) -> None:
    assert _visit(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "Школьники посетят выставку «Космос»",  # a kind of event: the kind's own rule
        "Директор посетил родителей учеников",  # people, not a place
        "Подробности можно узнать, посетив сайт гимназии",  # a site is no place to go to
        "Вход свободный",  # no place after it
    ],
)
def test_no_visit_without_a_place_object(text: str) -> None:
    assert _visit(text) is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Хор детской музыкальной школы выступит в филармонии",
            "Выступление хора детской музыкальной школы",
        ),
        (
            "Народный ансамбль «Калинка» выступит перед ветеранами",
            "Выступление народного ансамбля «Калинка»",
        ),
    ],
)
def test_a_performer_heading_the_line_names_the_appearance(line: str, title: str) -> None:
    assert appearance(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "Концерт выступит",  # nonsense, but a kind: its own rule
        "Директор школы выступит на совещании",  # a person speaking, no performance
        "Хор детской музыкальной школы готовится к конкурсу",  # no verb of performing
    ],
)
def test_no_appearance_without_a_performing_group(line: str) -> None:
    assert appearance(line) is None


def test_a_post_about_a_museum_visit_is_titled_by_the_visit() -> None:
    text = (
        "В каникулы школьники смогут бесплатно посетить музеи\n\n"
        "Городские музеи откроют свои двери для ребят с 4 по 10 января. "
        "Губернатор надеется, что к этой акции присоединятся и частные галереи."
    )
    title = card_title(text, NOW)
    assert "музе" in title.lower()


def test_a_post_about_a_choir_appearance_is_titled_by_the_choir() -> None:
    text = (
        "Хор гимназии № 3 выступит в областной филармонии\n\n"
        "Коллектив готовится к большому концерту, который пройдёт 14 марта в 18:00 "
        "в областной филармонии."
    )
    title = card_title(text, NOW)
    assert "хор" in title.lower()


@pytest.mark.parametrize(
    ("title", "line", "expected"),
    [
        ("Большой концерт", "Хор гимназии выступит в филармонии", "Большой концерт хора гимназии"),
        (
            "Концерт",
            "Оркестр народных инструментов выступит в сквере",
            "Концерт оркестра народных инструментов",
        ),
        ("Концерт «Весна»", "Хор гимназии выступит в филармонии", "Концерт «Весна»"),  # named
        ("Большой концерт", "Концерт пройдёт в филармонии", "Большой концерт"),  # no group
    ],
)
def test_a_bare_concert_takes_the_headline_performer(title: str, line: str, expected: str) -> None:
    assert with_headline_performer(title, line) == expected


def _opened(text: str) -> str | None:
    found = opened_places(text, (0, len(text)))
    return found[0][1] if found else None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("На площади у цирка развёрнут детский автогородок", "Детский автогородок"),
        (
            "С 1 июля откроется летний читальный зал «Книжный двор»",
            "Открытие летнего читального зала «Книжный двор»",
        ),
        (
            "Для ребят будут работать: с 2 июня — пришкольные лагеря с дневным пребыванием",
            "Пришкольные лагеря с дневным пребыванием",
        ),
        (
            "В субботу открывает сезон Малая северная железная дорога",
            "Открытие сезона Малой северной железной дороги",
        ),
        ("Ледовый каток в городском парке начнёт работу в декабре", "Ледовый каток"),
    ],
)
def test_a_place_opening_or_working_is_the_event(text: str, title: str) -> None:
    assert _opened(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "Школа начнёт работу после ремонта",  # an institution at work, no event
        "В музее откроется выставка «Лето»",  # a kind of event: the kind's own rule
        "Родители будут работать в комиссии",  # people
        "Регистрация откроется 5 мая",  # no place
    ],
)
def test_no_opened_place_without_a_place_subject(text: str) -> None:
    assert _opened(text) is None


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "С 10 часов 7 марта на площади у цирка развёрнут детский автогородок.\n\n"
            "Здесь будет конкурсная программа: дети покажут знание правил дорожного движения.",
            "автогородок",
        ),
        (
            "В субботу, 7 марта, открывает сезон Малая северная железная дорога. "
            "В честь открытия в 10:00 состоится праздничный концерт.",
            "железной дороги",
        ),
    ],
)
def test_a_post_about_a_place_opening_is_titled_by_the_place(text: str, needle: str) -> None:
    assert needle in card_title(text, NOW).lower()
