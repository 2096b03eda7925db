"""Venue readings behind the venue misses of the tuned real-post sets (tests/data/venue83.md),
each checked on sentences of our own, never the sets' words."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.title_probe import parsed, parsed_venue

NOW = datetime.fromisoformat("2026-11-30T10:00")

# a report tells what happened with a verb in the past: a school named by a bare number
# («в гимназии 12») keeps its number before «прошла», «состоялся», as before «пройдёт»
_PAST_NUMBERED = [
    (
        "Олимпиада по химии\nВпервые, 3 ноября в гимназии 12 прошла олимпиада по химии среди "
        "учеников девятых классов. Ребята решали задачи три часа.",
        "гимназия 12",
    ),
    (
        "Встреча с ветеранами\nВчера в лицее 8 состоялась встреча с ветеранами. Ребята "
        "подготовили концерт и подарки для гостей праздника.",
        "лицей 8",
    ),
    (
        "Шашки\nВ субботу в школе 140 прошёл турнир по шашкам для младших классов. Победили "
        "ученики третьего «Б», им вручили грамоты.",
        "школа 140",
    ),
]


@pytest.mark.parametrize(("text", "venue"), _PAST_NUMBERED)
def test_a_school_by_its_bare_number_in_a_report(text: str, venue: str) -> None:
    assert parsed_venue(text, NOW) == venue


# the number is the school's only when the clause goes on with a verb or a mark: a month or
# a counted noun after it is no part of the name
def test_a_date_or_a_count_after_the_school_is_no_number_of_it() -> None:
    dated = (
        "Ярмарка поделок\nВ школе 15 ноября прошла ярмарка поделок. Ребята продали всё, а "
        "деньги отдали в приют для животных."
    )
    counted = (
        "Забег\n14 ноября в гимназии 300 учеников приняли участие в осеннем забеге. Самым "
        "быстрым вручили медали и грамоты."
    )
    assert parsed_venue(dated, NOW) == "школа"
    assert parsed_venue(counted, NOW) == "гимназия"


# a kindergarten or a school named by its number and by a name in quotes: both are the
# place's, and the quote is no name of the event («Утренник», not «Утренник «Берёзка»»)
_NUMBERED_AND_NAMED = [
    (
        "Утренник\n14 декабря в МАДОУ № 21 «Берёзка» пройдёт утренник для малышей. Приглашаем "
        "родителей, начало в 10:00.",
        "МАДОУ № 21 «Берёзка»",
        "Утренник",
    ),
    (
        "День открытых дверей\nВ МБДОУ №7 «Ромашка» 12 ноября прошёл день открытых дверей. "
        "Родители посмотрели занятия и поиграли с детьми.",
        "МБДОУ №7 «Ромашка»",
        "День открытых дверей",
    ),
]


@pytest.mark.parametrize(("text", "venue", "title"), _NUMBERED_AND_NAMED)
def test_a_numbered_institution_keeps_its_quoted_name(text: str, venue: str, title: str) -> None:
    got = parsed(text, "2026-11-30T10:00")
    assert (got["venue"], got["title"]) == (venue, title)


# a quote after the number that names a kind of event, or several things (a plural), is the
# event's name, not the school's
def test_an_event_named_after_the_number_stays_the_events() -> None:
    text = (
        "Старты\n14 декабря в МБОУ СОШ №5 «Весёлые старты» пройдут для третьих классов. "
        "Приглашаем родителей, начало в 10:00."
    )
    got = parsed(text, "2026-11-30T10:00")
    assert got["venue"] == "МБОУ СОШ №5"
    assert "Весёлые старты" in got["title"]


# after a settlement's kind the name keeps its own case: a two-word name in the nominative
# («в селе Сосновый Бор») is the whole name, not its first word; a region after a one-word
# name («в селе Каменное Тверской области») is no part of it
_SETTLEMENTS = [
    ("в селе Сосновый Бор", "Сосновый Бор"),
    ("в деревне Малая Топь", "Малая Топь"),
    ("в селе Каменное Тверской области", "Каменное"),
]


@pytest.mark.parametrize(("where", "venue"), _SETTLEMENTS)
def test_a_settlements_two_word_name_after_its_kind(where: str, venue: str) -> None:
    text = (
        f"Ярмарка\nЯрмарка мёда откроется 8 декабря в 11:00 {where}. Пасечники привезут "
        "липовый и гречишный мёд со всего района."
    )
    assert parsed_venue(text, NOW) == venue


# a part of a town named by its quote right after «в» is where in the town the event is held;
# as the genitive of another place («в лесу микрорайона «…»») it is no place by itself
def test_a_microdistrict_by_its_quoted_name_is_the_place() -> None:
    text = (
        "Лыжня зовёт\nГонка «Лыжня зовёт» пройдёт в Самаре. Старт в 11:00 20 декабря в "
        "микрорайоне «Южный». Участвуют все желающие, взрослые и дети."
    )
    assert parsed_venue(text, NOW) == "микрорайон «Южный»"


def test_a_microdistrict_owning_another_place_is_not_taken_alone() -> None:
    text = (
        "Лыжня зовёт\nГонка «Лыжня зовёт» пройдёт в Самаре 20 декабря. Старт в 11:00 в лесу "
        "микрорайона «Северный». Участвуют все желающие."
    )
    assert parsed_venue(text, NOW) != "микрорайон «Северный»"
