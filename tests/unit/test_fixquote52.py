"""fixquote52 (review51 #3, #4 and a lesser finding): the loose quote-mark rewrite and the
spaced-dash place compounds of parse51 read only what they are sure of — «<3», «->», «<10
лет», an address or a link in < > stay as written, «в музее — экскурсии» is a place and an
event, never the place «музей-экскурсия» — and the event's description keeps the text as
written (the rewrites are for reading only)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.compound_dashes import joined_place_compounds
from bot.core.language.intents import parse_message
from bot.core.language.quote_marks import loose_as_guillemets

_NOW = datetime.fromisoformat("2026-12-02T10:00")


def _parsed(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, _NOW))


# --- angle marks that hold no name ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Люблю вас <3 Встреча 12 декабря в 18:00 в каб. 21 -> потом спортзал",  # a heart, an arrow
        "Концерт 12 декабря в 18:00 <3 Ждём всех -> актовый зал",
        "дети <10 лет бесплатно, взрослые >10 лет 200 р",  # comparisons
        "Урок 12 декабря: 5 <7, но 9 > 8",
        "Пишите на <Ivanov@mail.ru> про концерт",  # an address
        "регистрация <https://vk.com/event1> до пятницы",  # a link
        "проход <Выход -> на улицу",
        "<Выход > и вход",  # a closing mark after a dash or a space
        "Сбор <Встреча у входа в 9:00> потом",  # a clock inside
        "ок <Все ребята нашего класса пойдут туда вместе с родителями> ура",  # a sentence
    ],
)
def test_angle_marks_around_no_name_stay_as_written(text: str) -> None:
    assert loose_as_guillemets(text) == text


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("стадион <Балтика> и ДК ‹Заря›", "стадион «Балтика» и ДК «Заря»"),
        ("клуб <Юность-2> на Ленина", "клуб «Юность-2» на Ленина"),
    ],
)
def test_a_name_in_angle_marks_is_still_read_as_quoted(text: str, normal: str) -> None:
    assert loose_as_guillemets(text) == normal


def test_a_heart_and_an_arrow_leave_the_event_whole() -> None:
    """Before: {"intent": "other"} — the date and clock were swallowed into a «name»."""
    got = _parsed("Люблю вас <3 Встреча 12 декабря в 18:00 в каб. 21 -> потом спортзал")
    assert got["intent"] == "event", got
    assert got["start"] == "2026-12-12T18:00", got
    assert got["venue"] == "каб. 21", got


@pytest.mark.parametrize(
    "text",
    [
        "Концерт 12 декабря в 18:00 <3 Ждём всех -> актовый зал",
        "Экскурсия 12 декабря в 10:00, дети <10 лет бесплатно, взрослые >10 лет 200 р",
        "Урок 12 декабря: 5 <7, но 9 > 8",
    ],
)
def test_no_name_is_made_of_signs(text: str) -> None:
    got = _parsed(text)
    assert "«" not in str(got["title"]), got
    assert got["description"] == text, got


def test_an_address_in_angle_marks_is_no_part_of_the_title() -> None:
    got = _parsed("Пишите на <Ivanov@mail.ru> про концерт 12 декабря в 18:00")
    assert got["title"] == "Концерт", got


# --- the description as written -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Матч 12 декабря на стадионе <Балтика> в 15:00", "стадион «Балтика»"),
        ("Соревнования 12 декабря в школе - лицее № 8", "школа-лицей № 8"),
    ],
)
def test_a_rewritten_message_keeps_its_own_words_as_the_description(text: str, venue: str) -> None:
    got = _parsed(text)
    assert got["venue"] == venue, got  # read with the rewrite
    assert got["description"] == text, got  # shown and stored as written


# --- spaced dashes: a place and an event, not a place of two -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В субботу в музее — экскурсии для 5-х классов в 11:00",
        "В четверг в школе - лекции для родителей в 18:00",
        "В школе – консультации по ОГЭ 10 декабря в 15:00",
        "Сбор у школы - автобуса ждём 12 декабря в 8:00",
        "Лекция в библиотеке — экскурсии не будет 12 декабря в 15:00",
        "В центре — презентации проектов 12 декабря",
        "В музее — лектории для школьников 12 декабря",  # a place noun that is a kind too
    ],
)
def test_a_place_then_a_dash_then_no_place_joins_nothing(text: str) -> None:
    assert joined_place_compounds(text) == text


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        ("В субботу в музее — экскурсии для 5-х классов в 11:00", "Экскурсии", "музей"),
        ("В четверг в школе - лекции для родителей в 18:00", "Лекции для родителей", "школа"),
        ("В школе – консультации по ОГЭ 10 декабря в 15:00", "Консультации по ОГЭ", "школа"),
    ],
)
def test_the_event_after_the_dash_is_the_title(text: str, title: str, venue: str) -> None:
    got = _parsed(text)
    assert (got["title"], got["venue"]) == (title, venue), got


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("в школе - лицее № 8", "в школе-лицее № 8"),
        ("в музее — заповеднике «Кижи»", "в музее-заповеднике «Кижи»"),
        ("в школе – интернате № 3", "в школе-интернате № 3"),
        ("у музея - усадьбы", "у музея-усадьбы"),
    ],
)
def test_two_place_nouns_still_join(text: str, joined: str) -> None:
    assert joined_place_compounds(text) == joined


# --- a compound noun's title in its own form -----------------------------------------------


def test_a_visited_compound_place_is_titled_in_the_nominative() -> None:
    """Before: «Квест-комнату «Загадка»» (the accusative after «посетит»)."""
    got = _parsed("Класс посетит квест-комнату «Загадка» 12 декабря в 16:00")
    assert got["title"] == "Квест-комната «Загадка»", got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # guards: a hyphenated person opening the draft is still no title
        ("Петрова-Водкина проведёт лекцию 12 декабря в 15:00 для 9Б", "Лекция"),
        ("Экскурсовод-краевед проведёт экскурсию 12 декабря в 15:00", "Экскурсия"),
    ],
)
def test_a_hyphenated_person_opening_a_draft_is_no_title(text: str, title: str) -> None:
    assert _parsed(text)["title"] == title
