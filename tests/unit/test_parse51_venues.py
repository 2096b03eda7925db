"""parse51 #4: venues written loosely — a name in mismatched or angle quotation marks
(«стадион ‹Балтика>», «стадион "Балтика»», «ДК <Родина>»), a compound place noun with a
spaced dash («в школе - лицее № 8», «в центре – музее»)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.compound_dashes import joined_place_compounds
from bot.core.language.intents import parse_message
from bot.core.language.quote_marks import with_guillemets

_NOW = datetime.fromisoformat("2026-12-05T12:00")


def _parsed(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, _NOW))


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("стадион ‹Балтика> 12 мая", "стадион «Балтика» 12 мая"),
        ("ДК <Родина> и ‹Заря›", "ДК «Родина» и «Заря»"),
        ('стадион "Балтика» в 15:00', "стадион «Балтика» в 15:00"),
        ('клуб «Юность" на Ленина', "клуб «Юность» на Ленина"),
    ],
)
def test_mismatched_and_angle_marks_read_as_guillemets(text: str, normal: str) -> None:
    assert with_guillemets(text) == normal
    assert len(with_guillemets(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "если a < b и c > d",  # comparison signs around no name
        'рост 5" и 6»',  # a mark after a digit opens nothing
    ],
)
def test_other_marks_stay_as_written(text: str) -> None:
    assert with_guillemets(text) == text


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Матч 12 декабря на стадионе ‹Балтика> в 15:00", "стадион «Балтика»"),
        ("Матч 12 декабря на стадионе <Балтика> в 15:00", "стадион «Балтика»"),
        ('Матч 12 декабря на стадионе "Балтика» в 15:00', "стадион «Балтика»"),
    ],
)
def test_a_loosely_quoted_name_is_the_venues(text: str, venue: str) -> None:
    got = _parsed(text)
    assert got["venue"] == venue
    assert "Балтика" not in str(got["title"])


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Соревнования 12 декабря в школе - лицее № 8", "школа-лицей № 8"),
        ("Соревнования 12 декабря в школе – интернате № 3", "школа-интернат № 3"),
        ("Выставка 12 декабря в музее — заповеднике «Кижи»", "музей-заповедник «Кижи»"),
    ],
)
def test_a_place_noun_joined_by_a_spaced_dash_is_one_noun(text: str, venue: str) -> None:
    got = _parsed(text)
    assert got["venue"] == venue
    assert "лице" not in str(got["title"])
    assert "интернат" not in str(got["title"])


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # the dash between a place and a noun in another case opens what follows
        ("Концерт 12 декабря в школе - начало в 15:00", "школа"),
        ("Ярмарка 12 декабря в школе - приходите всей семьёй", "школа"),
    ],
)
def test_a_dash_before_another_case_joins_nothing(text: str, venue: str) -> None:
    assert _parsed(text)["venue"] == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Соревнования 12 декабря в школе-интернате № 3", "школа-интернат № 3"),
        ("Выставка 12 декабря в музее-заповеднике «Кижи»", "музей-заповедник «Кижи»"),
    ],
)
def test_a_short_message_keeps_both_halves_of_a_hyphenated_place(text: str, venue: str) -> None:
    got = _parsed(text)
    assert got["venue"] == venue
    assert not str(got["title"]).count("-")


def test_a_dash_inside_a_quoted_name_stays() -> None:
    got = _parsed("Тематический вечер «Вечер в библиотеке — аптеке для души» 12 декабря в 15:00")
    assert "библиотеке — аптеке" in str(got["title"])


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Встреча завтра в 15:00 в Зеленоградске", "Зеленоградск"),
        ("Соревнования по плаванию 12 декабря в Калининграде", "Калининград"),
        ("Турнир 14 декабря во Владимире", "Владимир"),
    ],
)
def test_a_short_message_naming_only_a_town_has_it_as_its_venue(text: str, venue: str) -> None:
    got = _parsed(text)
    assert got["venue"] == venue
    assert venue[:6] not in str(got["title"])


def test_a_town_not_in_the_locative_after_v_is_no_venue() -> None:
    got = _parsed("Открытый урок 12 декабря, ведёт учитель из Калининграда")
    assert got["venue"] is None


def test_a_trip_is_held_where_it_goes() -> None:
    """A trip's destination is its venue (parse77, meeting.trip_destination; the corpora's
    gold agrees: «экскурсия в Музей янтаря» has venue «янтаря»), the title keeping it too."""
    got = _parsed("Поездка в Зеленоградск 12 декабря")
    assert got["venue"] == "Зеленоградск"
    assert "Зеленоградск" in str(got["title"])


def test_a_word_also_read_as_a_common_noun_is_no_town() -> None:
    assert _parsed("Собрание 12 декабря в 18:00 в Телеграме")["venue"] is None


def test_a_dash_after_an_indeclinable_place_opens_a_clause() -> None:
    text = "18 декабря в 10:00 в фойе — ансамбль «Капель»"
    assert joined_place_compounds(text) == text
