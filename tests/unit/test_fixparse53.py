"""fixparse53 (review52 #3, #5, #6 and the unread-year gaps): a scheduling passive in a
sentence whose clause about the event is past is a report; a spaced-dash place compound whose
second half is an inanimate noun in the governed case, a place noun or followed by a name, is
one place; a closing angle mark after one space keeps a capitalised name; a slip year after a
date range is asked."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.compound_dashes import joined_place_compounds
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message
from bot.core.language.quote_marks import loose_as_guillemets
from bot.core.language.told_past import told_in_past

SATURDAY = datetime.fromisoformat("2026-12-05T10:00")


def _parsed(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, SATURDAY))


# --- 1. «была назначена» with a past clause about the event -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В пятницу была назначена встреча с директором, на которой обсудили итоги четверти.",
        "В четверг была запланирована экскурсия в музей, где ребята увидели старинные карты.",
        "3 декабря был назначен классный час, на котором поговорили о безопасности.",
    ],
)
def test_a_scheduling_passive_with_a_past_clause_about_the_event_is_a_report(text: str) -> None:
    day = next(w for w in ("В пятницу", "В четверг", "3 декабря") if w in text)
    at = text.index(day)
    assert told_in_past(text, at, at + len(day))
    got = _parsed(text)
    assert str(got["start"]).startswith("2026-12-0"), got
    assert got["doubts"], got


@pytest.mark.parametrize(
    "text",
    [
        "В пятницу была назначена встреча с директором, на которой обсудим итоги четверти.",
        "В пятницу была назначена встреча с директором, на которую записались 5 классы.",
        "В пятницу была назначена встреча с директором.",
    ],
)
def test_a_scheduling_passive_without_a_past_clause_about_the_event_plans(text: str) -> None:
    at = text.index("В пятницу")
    assert not told_in_past(text, at, at + len("В пятницу"))


# --- 2. spaced-dash compounds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("экскурсия в музее — квартире Пушкина", "музее-квартире"),
        ("экскурсия в музее — панораме", "музее-панораме"),
        ("занятие в центре — лаборатории", "центре-лаборатории"),
        ("отдых в санатории — профилактории", "санатории-профилактории"),
        ("экскурсия в доме — музее Чехова", "доме-музее"),
    ],
)
def test_a_place_noun_of_two_with_a_looser_second_half_is_joined(text: str, joined: str) -> None:
    assert joined in joined_place_compounds(text)


@pytest.mark.parametrize(
    "text",
    [
        "в музее — экскурсии для 5-х классов",
        "в школе - лекции для родителей",
        "у школы - автобуса не будет",
        "в доме — тишина",
        "в музее — картины Шишкина",
    ],
)
def test_a_dash_opening_what_follows_joins_nothing(text: str) -> None:
    assert joined_place_compounds(text) == text


def test_the_venue_of_a_museum_flat_keeps_its_name() -> None:
    got = _parsed("12 декабря в 15:00 экскурсия в музее — квартире Пушкина.")
    assert "квартир" in str(got["venue"]).lower(), got
    assert "квартир" not in str(got["title"]).lower(), got


# --- 3. a space before a closing angle mark -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Концерт на стадионе <Балтика > 12 декабря", "Концерт на стадионе «Балтика»  12 декабря"),
        ("Игра в ДК ‹Заря ›, вход свободный", "Игра в ДК «Заря» , вход свободный"),
        ("Концерт на стадионе <Балтика >", "Концерт на стадионе «Балтика» "),
    ],
)
def test_one_space_before_a_closing_angle_mark_keeps_a_capitalised_name(
    text: str, normal: str
) -> None:
    assert loose_as_guillemets(text) == normal  # same length: offsets stay valid


def test_the_stadium_keeps_its_name_with_a_spaced_closing_mark() -> None:
    got = _parsed("Концерт на стадионе <Балтика > 12 декабря в 15:00.")
    assert "Балтика" in str(got["venue"]), got


@pytest.mark.parametrize("text", ["<Выход > и вход", "ДК <заря > ждёт", "ДК <Заря >>"])
def test_a_spaced_closing_mark_without_a_name_before_stays(text: str) -> None:
    assert loose_as_guillemets(text) == text


# --- 4. a slip year after a date range ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Выставка с 15 по 20 декабря 2207 года в холле", "Смена с 15 по 20 декабря 1026 года"],
)
def test_a_slip_year_after_a_date_range_is_asked(text: str) -> None:
    got = _parsed(text)
    assert set(got["doubts"]) & ASKED, got  # type: ignore[arg-type]


def test_a_readable_year_after_a_range_is_not_asked() -> None:
    got = _parsed("Выставка с 15 по 20 декабря 2026 года в холле")
    assert str(got["start"]).startswith("2026-12-15"), got
    assert "impossible_date" not in got["doubts"], got  # type: ignore[operator]
