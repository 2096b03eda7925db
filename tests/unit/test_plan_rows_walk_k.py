"""Pasted lists the dated-row count misread as one event (newcomer walk 2026-12-01k, #1), two
dates each with its own clock (#4): the parser's reading (bot.core.language.plan_rows,
intents_many.parse_many, draft_assembly). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.intents_many import parse_many
from bot.core.language.plan_rows import day_header, is_undated_row, with_day_headers
from bot.core.language.plan_text import skipped_lines
from bot.core.models import EventDraft, EventIntent

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time (Tuesday)


def _drafts(text: str) -> list[EventDraft]:
    return [i.draft for i in parse_many(text, NOW) if isinstance(i, EventIntent)]


def _dated(text: str) -> list[tuple[str, set[str]]]:
    return [
        (d.start.strftime("%d.%m %H:%M"), set(d.audience.classes))
        for d in _drafts(text)
        if d.start is not None
    ]


# --- a list with undated items --------------------------------------------------------------

HALF_DATED = [
    (
        "Квест по истории города 14.12 в 11.00, 6А\n"
        "Спектакль «Морозко» 16 декабря с 12 до 13, 3Б\n"
        "Беседа о безопасности 18.12 в 13:00, 4В\n"
        "Турнир по шахматам после каникул, 7Г\n"
        "Открытый урок на следующей неделе в 16:00\n"
        "Ярмарка в конце месяца",
        [("14.12 11:00", {"6А"}), ("16.12 12:00", {"3Б"}), ("18.12 13:00", {"4В"})],
        ["Турнир по шахматам после каникул, 7Г", "Ярмарка в конце месяца"],
    ),
    (
        "1. Викторина «Зимние слова» 9 декабря в 14:30, 2А\n"
        "2. Поход в кинотеатр 11.12 в 15:00, 8Б\n"
        "3. Новогодняя ярмарка после каникул\n"
        "4. Конкурс чтецов в конце месяца, 5В",
        [("09.12 14:30", {"2А"}), ("11.12 15:00", {"8Б"})],
        ["3. Новогодняя ярмарка после каникул", "4. Конкурс чтецов в конце месяца, 5В"],
    ),
]


@pytest.mark.parametrize(("text", "rows", "skipped"), HALF_DATED)
def test_undated_items_of_a_list_never_merge_its_dated_rows_into_one_event(
    text: str, rows: list[tuple[str, set[str]]], skipped: list[str]
) -> None:
    assert _dated(text) == rows
    shown = skipped_lines(text, len(parse_many(text, NOW)), NOW)
    assert [line for line in skipped if line not in shown] == []


def test_prose_lines_still_outvote_two_dated_lines() -> None:
    post = (
        "Лекция о космосе 12 декабря в 15:00\n"
        "Повтор лекции 19 декабря в 15:00\n"
        "Приглашаются учащиеся 8-11 классов.\n"
        "Вход свободный, ждём всех желающих!"
    )
    assert len(_drafts(post)) == 1  # one announcement, as before


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Турнир по шахматам после каникул, 7Г", True),
        ("Открытый урок на следующей неделе", True),
        ("• Новогодняя школьная ярмарка в конце месяца", True),
        ("Лекция будет интересной и полезной.", False),
        ("Приглашаются учащиеся 8-11 классов.", False),
        ("Ждём вас!", False),
    ],
)
def test_an_undated_list_item_is_a_noun_phrase_opening_with_the_activity(
    line: str, row: bool
) -> None:
    assert is_undated_row(line) is row


# --- a timetable grouped by day headers ------------------------------------------------------

GROUPED = [
    (
        "17 декабря:\n9:00 — квест «Тайны замка», 4Б\n13:00 — беседа о профессиях, 8А\n"
        "18 декабря:\n14:00 — концерт, 2В",
        [("17.12 09:00", {"4Б"}), ("17.12 13:00", {"8А"}), ("18.12 14:00", {"2В"})],
    ),
    (
        "Пятница, 11 декабря\n10.30 экскурсия на завод\n12.00 встреча с ветераном\n"
        "Суббота, 12 декабря\n11.00 соревнования по плаванию",
        [("11.12 10:30", set()), ("11.12 12:00", set()), ("12.12 11:00", set())],
    ),
    (  # one day only, but every line for its own class: a plan, never one event for all
        "22.12 (вт):\n8:30 — зарядка с чемпионом, 3А\n9:40 — урок мужества, 10Б",
        [("22.12 08:30", {"3А"}), ("22.12 09:40", {"10Б"})],
    ),
]


@pytest.mark.parametrize(("text", "rows"), GROUPED)
def test_a_day_header_gives_its_day_to_the_lines_under_it(
    text: str, rows: list[tuple[str, set[str]]]
) -> None:
    assert _dated(text) == rows
    assert skipped_lines(text, len(parse_many(text, NOW)), NOW) == ()


def test_one_days_programme_under_a_header_stays_one_event() -> None:
    programme = "Программа форума\n15 декабря\n10:00 — регистрация\n11:00 — открытие"
    lines = programme.split("\n")
    assert with_day_headers(lines) == lines
    assert len(_drafts(programme)) == 1


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("17 декабря:", "17 декабря"),
        ("Пятница, 18 декабря", "18 декабря"),
        ("22.12 (вт):", "22.12"),
        ("17 декабря в 15:00 — концерт", None),
        ("Экскурсия 17.12", None),
    ],
)
def test_a_day_header_names_a_day_and_nothing_else(line: str, day: str | None) -> None:
    assert day_header(line) == day


# --- two dates, each with its own clock ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("Лекция 21.12 в 13:00 и 22.12 в 16:30, 10Б", ["21.12 13:00", "22.12 16:30"]),
        ("Беседа 17 декабря в 9:15 или 18 декабря в 12:40", ["17.12 09:15", "18.12 12:40"]),
        ("Семинар в 14:00 15.12 или 16.12, 7А", ["15.12 14:00", "16.12 14:00"]),
    ],
)
def test_each_offered_day_keeps_the_clock_written_with_it(text: str, choices: list[str]) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    assert [c.strftime("%d.%m %H:%M") for c in intent.draft.choices] == choices
    assert intent.draft.sessions == ()  # «16.12» after «и» is a day, never a clock 16:12


# --- clock spans with a spaced dash, and listed slots (#5) ----------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Семинар 18 декабря 14-00 - 15-30, 7Б", "14:00", "15:30"),
        ("Семинар 18.12 14-00 – 15-30, 7Б", "14:00", "15:30"),
        ("Семинар 18.12 с 9-15 - 10:45", "09:15", "10:45"),
        ("Концерт 19 декабря в 14 - 16, 5В", "14:00", "16:00"),
        ("Тренинг 22 декабря в 8:45 - 10, 6Г", "08:45", "10:00"),
        ("Тренинг 22.12 в 8.45 - 10 в актовом зале", "08:45", "10:00"),
    ],
)
def test_a_span_with_a_spaced_dash_keeps_its_end_and_leaves_the_title(
    text: str, start: str, end: str
) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    draft = intent.draft
    assert draft.start is not None
    assert draft.end is not None
    assert (draft.start.strftime("%H:%M"), draft.end.strftime("%H:%M")) == (start, end)
    assert "-" not in draft.title
    assert not any(ch.isdigit() for ch in draft.title)


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("Урок мира 18 декабря в 10 - 11 классах", {10, 11}),
        ("Экскурсия 18 декабря в 9:30 - 11 классы", {11}),
    ],
)
def test_a_number_of_classes_after_the_dash_is_never_an_end_hour(
    text: str, grades: set[int]
) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.end is None
    assert set(intent.draft.audience.grades) == grades


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Тренинг 22.12 13.00-14.00, 14.00-15.00, 9В", ["13:00-14:00", "14:00-15:00"]),
        (
            "Мастер-класс 23 декабря 9:00 - 10:00 и 10:30 - 11:30, 7А",
            ["09:00-10:00", "10:30-11:30"],
        ),
        (
            "Консультации 17.12 10:00-11:00; 12:00-13:00; 15:00-16:00",
            ["10:00-11:00", "12:00-13:00", "15:00-16:00"],
        ),
    ],
)
def test_slots_listed_one_after_another_are_sessions(text: str, slots: list[str]) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    got = [f"{s:%H:%M}-{e:%H:%M}" for s, e in intent.draft.sessions if e is not None]
    assert got == slots
