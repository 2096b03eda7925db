"""Schools named in messages (bot.core.language.schools), the city's command wordings, and
what bot.core.language.understand makes of them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.dialog import Dialog
from bot.core.language.commands import Command, CommandKind, parse_command
from bot.core.language.meaning import AddEvents, AddForSchools, MineAtSchool
from bot.core.language.schools import (
    SchoolMention,
    for_schools,
    matches,
    mine_at_school,
    resolve,
)
from bot.core.language.understand import understand
from bot.core.ports import SchoolRef
from bot.core.school_calendar import school_year_first_day

NOW = datetime.fromisoformat("2026-11-30T12:00")  # the school's wall clock
G32 = SchoolRef("g32", "Гимназия №32", ("32-я гимназия",))
L23 = SchoolRef("l23", "МАОУ лицей № 23")
S5 = SchoolRef("s5", "Школа №5", ("СОШ 5",))
LIEN = SchoolRef("lien", "Лицей-интернат естественных наук", ("ЛИЕН",))
REFS = (G32, L23, S5, LIEN)


def kinds(text: str) -> list[tuple[str | None, str | None]]:
    found = for_schools(text)
    assert found is not None, text
    return [(m.kind, m.number) for m in found[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Лекция 15 декабря в 15:00 для гимназии №32 и лицея №23",
            [("гимназия", "32"), ("лицей", "23")],
        ),
        ("Лекция 15 декабря в 15:00 для гимназии № 32", [("гимназия", "32")]),
        ("Лекция 15 декабря в 15:00 для 32-й гимназии", [("гимназия", "32")]),
        ("Лекция 15 декабря в 15:00 для гимназии 32", [("гимназия", "32")]),
        ("Лекция 15 декабря в 15:00 для СОШ №5", [("школа", "5")]),
        (
            "Экскурсия 3 марта в 10:00 для гимназии №32, лицея №23 и школы №5",
            [("гимназия", "32"), ("лицей", "23"), ("школа", "5")],
        ),
        (
            "Для гимназии №32 и для лицея №23: лекция 15 декабря в 15:00",
            [("гимназия", "32"), ("лицей", "23")],
        ),
        ("Лекция 15 декабря в 15:00 ДЛЯ ЛИЦЕЯ №023", [("лицей", "23")]),
    ],
)
def test_schools_an_event_is_for(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Концерт для школьников 5 мая в 14:00",  # «школьников» is not a school's kind
        "Лекция для 9 классов 15 декабря в 15:00",
        "Концерт для школы 5 мая в 14:00",  # «5 мая» is a day, not school №5
        "Соревнования 24 марта в школе №86",  # a venue, not the schools it is for
        "Традиционная линейка 5 сентября в 11 часов в зале гимназии № 4",
        "Лекция в лицее 15 декабря",
    ],
)
def test_no_schools_where_none_are_meant(text: str) -> None:
    assert for_schools(text) is None


def test_the_phrase_leaves_the_message() -> None:
    found = for_schools(
        "Лекция «ИИ в медицине» 15 декабря в 15:00, КГТУ, для гимназии №32 и лицея №23"
    )
    assert found is not None
    assert found[1] == "Лекция «ИИ в медицине» 15 декабря в 15:00, КГТУ"
    found = for_schools("Для гимназии №32: лекция 15 декабря в 15:00, 9 классы")
    assert found is not None
    assert "гимнази" not in found[1].lower()


def test_a_mention_matches_a_school_by_kind_and_number_or_by_name() -> None:
    assert matches(SchoolMention("гимназия", "32", "гимназии №32"), G32)
    assert matches(SchoolMention("лицей", "23", "лицея 23"), L23)  # «МАОУ лицей № 23»
    assert matches(SchoolMention("школа", "5", "сош №5"), S5)
    assert not matches(SchoolMention("лицей", "32", "лицея №32"), G32)  # a lyceum is no gymnasium
    assert not matches(SchoolMention("гимназия", "3", "гимназии №3"), G32)
    assert matches(SchoolMention(None, None, "лицее-интернате естественных наук"), LIEN)
    assert matches(SchoolMention(None, None, "лиен"), LIEN)
    assert not matches(SchoolMention(None, None, "лицее"), LIEN)


def test_resolve_keeps_order_drops_repeats_and_reports_unknown() -> None:
    mentions = [
        SchoolMention("лицей", "23", "лицея №23"),
        SchoolMention("гимназия", "32", "гимназии №32"),
        SchoolMention("гимназия", "32", "32-й гимназии"),
        SchoolMention("гимназия", "99", "гимназии №99"),
    ]
    found, unknown = resolve(mentions, REFS)
    assert found == [L23, G32]
    assert [m.written for m in unknown] == ["гимназии №99"]


@pytest.mark.parametrize(
    ("text", "kind", "number"),
    [
        ("мои события в лицее №23", "лицей", "23"),
        ("Мои мероприятия в гимназии 32?", "гимназия", "32"),
        ("наши события в 32-й гимназии", "гимназия", "32"),
        ("мои события в лицее-интернате", None, None),
        ("мои события в 23 лицее", "лицей", "23"),
        ("Наши мероприятия во 2 школе!", "школа", "2"),
        ("мои события в 2 школах", None, None),
    ],
)
def test_my_events_in_another_school(text: str, kind: str | None, number: str | None) -> None:
    mention = mine_at_school(text)
    assert mention is not None
    assert (mention.kind, mention.number) == (kind, number)
    assert understand(text, Dialog(), NOW) == MineAtSchool(mention)


def test_plain_my_events_stays_the_old_command() -> None:
    assert mine_at_school("мои события") is None
    assert understand("мои события", Dialog(), NOW) == Command(CommandKind.MINE)


@pytest.mark.parametrize(
    "text",
    [
        "итоги по городу",
        "Итоги по городу!",
        "отчёт по городу",
        "сводка по городу",
        "статистика по всем школам",
        "итоги всех школ",
        "городской отчёт",
    ],
)
def test_city_report_wordings(text: str) -> None:
    assert parse_command(text) == Command(CommandKind.CITY_REPORT)


@pytest.mark.parametrize("text", ["итоги", "отчёт", "итоги по городу и области за 2020 год"])
def test_not_the_city_report(text: str) -> None:
    command = parse_command(text)
    assert command is None or command.kind is not CommandKind.CITY_REPORT


def test_understand_gives_one_event_for_the_schools_without_the_phrase() -> None:
    text = (
        "Лекция «ИИ в медицине» 15 декабря в 15:00, КГТУ, 9–11 классы, для гимназии №32 и лицея №23"
    )
    intent = understand(text, Dialog(), NOW)
    assert isinstance(intent, AddForSchools)
    assert [(m.kind, m.number) for m in intent.schools] == [("гимназия", "32"), ("лицей", "23")]
    assert intent.draft.start == datetime.fromisoformat("2026-12-15T15:00")
    assert intent.draft.audience.grades == frozenset({9, 10, 11})
    assert "гимнази" not in intent.draft.title.lower()
    assert "лице" not in (intent.draft.venue or "").lower()
    assert "лице" not in intent.draft.title.lower()


def test_a_school_phrase_without_an_event_is_not_an_event_for_schools() -> None:
    intent = understand("для гимназии №32 и лицея №23", Dialog(), NOW)
    assert not isinstance(intent, AddForSchools)
    plain = understand("Концерт для школьников 5 мая в 14:00, 5 классы", Dialog(), NOW)
    assert isinstance(plain, AddEvents)


def test_the_school_year_starts_on_the_first_of_september() -> None:
    assert school_year_first_day(date(2026, 11, 30)) == date(2026, 9, 1)
    assert school_year_first_day(date(2027, 3, 1)) == date(2026, 9, 1)
    assert school_year_first_day(date(2027, 9, 1)) == date(2027, 9, 1)


def test_a_pasted_plan_stays_a_plan_when_a_line_names_a_school() -> None:
    text = (
        "Лекция 15 декабря в 15:00, 9 классы, для гимназии №32\n"
        "Экскурсия 17 декабря в 12:00, 10 классы"
    )
    intent = understand(text, Dialog(), NOW)
    assert isinstance(intent, AddEvents)
    assert len(intent.drafts) == 2
