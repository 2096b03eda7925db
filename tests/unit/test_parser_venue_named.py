"""Places named the ways other sites name them (issue 10, point 5): a page's heading
("Афиша Псковского планетария на май"), an organisation's abbreviation with its address in
brackets, a village written undeclined ("в Менделеево"), "на базе …" of a place or an
organisation, and an event named like a place ("Летняя школа пройдёт …"), which is no venue.
Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.places import find_venue

NOW = datetime.fromisoformat("2026-11-30T10:00")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Афиша Новосибирского планетария на декабрь\n6 декабря 2026, воскресенье\n"
            "«Путешествие к звёздам». Начало в 12.00, 14.00\nДля детей 5-8 лет. Вместе с "
            "героями вы совершите путешествие по Солнечной системе и узнаете много нового.",
            "Новосибирский планетарий",
        ),
        (
            "Репертуар Молодёжного театра на декабрь\n5 декабря, суббота\n«Снежная королева». "
            "Начало в 11.00. Сказка для всей семьи о дружбе и смелости, 6+. Билеты в кассе.",
            "Молодёжный театр",
        ),
    ],
)
def test_a_pages_heading_names_the_place(text: str, venue: str) -> None:
    assert intent_to_json(parse_message(text, NOW))["venue"] == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Ежегодно турнир проводит ДЮСШ №3 (ул. Гагарина, 12а). Принять участие могут все "
            "школьники города.",
            "ДЮСШ №3 (ул. Гагарина, 12а)",
        ),
        (
            "Конкурс пройдёт 5 мая. Организатор — МАУ ДО ДДТ «Гармония» (пр. Мира, 5). "
            "Заявки до 1 мая.",
            "МАУ ДО ДДТ «Гармония» (пр. Мира, 5)",
        ),
    ],
)
def test_an_organisation_with_its_address_in_brackets(text: str, venue: str) -> None:
    assert find_venue(text, None) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Фестиваль «Ритм науки» — 31 января в Менделеево: подробная информация. Семейный "
            "фестиваль для детей и взрослых.",
            "Менделеево",
        ),
        ("Летняя школа пройдёт в Пушкино с 1 по 10 июля. Заявки до 1 июня.", "Пушкино"),
        ("Слёт юных экологов соберётся в Комарово 12 мая. Заявки до 1 мая.", "Комарово"),
    ],
)
def test_an_undeclined_village(text: str, venue: str) -> None:
    assert find_venue(text, None) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Зимний лагерь «Снежинка» состоится с 3 по 7 января на базе отдыха «Лесная». Ждём.",
            "база отдыха «Лесная»",
        ),
        ("Турнир пройдёт 5 мая на базе МАОУ СОШ № 5. Ждём всех.", "МАОУ СОШ № 5"),
        (
            "Сборы пройдут на базе спортивной школы олимпийского резерва 5 мая. Ждём.",
            "спортивная школа олимпийского резерва",
        ),
    ],
)
def test_na_baze(text: str, venue: str) -> None:
    assert find_venue(text, None) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "В субботу, 12 декабря, в 18:00 Новгородская областная филармония приглашает на "
            "концерт «Зимние грёзы». Адрес: ул. Чудинцева, 11/62.",
            "Новгородская областная филармония, ул. Чудинцева, 11/62",
        ),
        (
            "12 декабря в 15:00 на площадке «Точка кипения» Томского университета (пр. Ленина, "
            "36) состоится стратегическая сессия для старшеклассников. Вход по регистрации.",
            "площадка «Точка кипения» Томского университета (пр. Ленина, 36)",
        ),
        (
            "Приглашаем на мастер-класс, который состоится 13 декабря в 14:00 в творческой "
            "мастерской «Глина» (пр-т Победы, 112). Для детей 7–12 лет.",
            "творческая мастерская «Глина» (пр-т Победы, 112)",
        ),
        (
            "Фестиваль робототехники пройдёт 5–6 декабря в Экспоцентре (Москва, "
            "Краснопресненская наб., 14). Участие бесплатное.",
            "Экспоцентр, Краснопресненская наб., 14",  # the abbreviation keeps its dot
        ),
    ],
)
def test_places_named_with_their_address_or_host(text: str, venue: str) -> None:
    assert find_venue(text, None) == venue


def test_a_destination_inside_the_event_is_not_its_venue() -> None:
    text = (
        "Областной музей приглашает школьников на День науки 12 декабря. С 11:00 до 17:00 в "
        "музее пройдут лекции и опыты. Гости смогут заглянуть в мастерскую «Юный химик» и "
        "пройти квест."
    )
    assert find_venue(text, None) == "Областной музей"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Занятие 5 декабря в 16:00 в студии «Арт-класс»", "студия «Арт-класс»"),
        ("Турнир 5 декабря в 15:00 в спортзале школы №7", "спортзал школы №7"),
        ("Концерт 5 декабря в 15:00 в актовом зале гимназии № 40", "актовый зал гимназии № 40"),
    ],
)
def test_chat_lines_name_a_studio_or_another_schools_hall(text: str, venue: str) -> None:
    assert intent_to_json(parse_message(text, NOW))["venue"] == venue
