"""Pasted multi-event plans misread (adversarial walk 2026-12-02l, #3, #4, #8): the parser's
reading (bot.core.language.plan_rows, programme, intents_many.parse_many). Sentences written for
these tests, not the walk's."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core import drafts
from bot.core.language.intents_many import parse_many
from bot.core.language.plan_rows import with_day_headers
from bot.core.language.programme import read_programme
from bot.core.models import EventDraft, EventIntent

NOW = datetime(2026, 12, 2, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time (Wednesday)


def _drafts(text: str) -> list[EventDraft]:
    return [i.draft for i in parse_many(text, NOW) if isinstance(i, EventIntent)]


def _rows(text: str) -> list[tuple[str, str]]:
    return [(d.title, d.start.strftime("%d.%m %H:%M") if d.start else "-") for d in _drafts(text)]


# --- #3: lines under a day header with the clock after the title ----------------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "10 декабря\nБеседа о правах ребёнка в 9:30\nКонцерт хора в 16:00\n"
            "11 декабря\nТурнир по шашкам в 13:15",
            [
                ("Беседа о правах ребёнка", "10.12 09:30"),
                ("Концерт хора", "10.12 16:00"),
                ("Турнир по шашкам", "11.12 13:15"),
            ],
        ),
        (
            "Четверг, 17 декабря:\nЭкскурсия на хлебозавод — 10.00\nВикторина по сказкам — 12:40",
            [("Экскурсия на хлебозавод", "17.12 10:00"), ("Викторина по сказкам", "17.12 12:40")],
        ),
    ],
)
def test_lines_naming_their_clock_after_the_title_take_the_headers_day(
    text: str, rows: list[tuple[str, str]]
) -> None:
    assert _rows(text) == rows


def test_a_title_led_line_under_a_header_is_given_the_day() -> None:
    lines = ["15 декабря", "Квиз по географии в 14:00", "Семинар по экологии в 16:30"]
    assert with_day_headers(lines) == [
        "15 декабря, Квиз по географии в 14:00",
        "15 декабря, Семинар по экологии в 16:30",
    ]


def test_sentences_under_a_single_header_stay_one_announcement() -> None:
    post = "15 декабря\nКонцерт хора начнётся в 18:00\nРегистрация открывается в 17:30"
    assert len(_drafts(post)) == 1


# --- #4: an undated line among dated ones -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "4 декабря в 10:00 — лекция, 9 классы\nэкскурсия в музей в 12:00, 8 классы\n"
        "7 декабря в 11:00 — олимпиада, 10 классы",
        "Квиз 8.12 в 15:00\nСеминар по экологии в 16:30\nКонцерт 9.12 в 17:00",
    ],
)
def test_an_undated_line_among_dated_ones_is_asked_its_day_never_today(text: str) -> None:
    found = _drafts(text)
    assert len(found) == 3
    undated = found[1]
    assert drafts.line_problem(undated) == "no_date"
    assert drafts.missing_field(undated, audience_asked=True) == "date"
    assert not drafts.is_complete(undated)
    assert all(drafts.is_complete(d) for d in (found[0], found[2]))


def test_the_undated_lines_clock_is_kept_for_its_day() -> None:
    text = "Квиз 8.12 в 15:00\nСеминар по экологии в 16:30\nКонцерт 9.12 в 17:00"
    [_, undated, _] = _drafts(text)
    dated = drafts.with_day(undated, date(2026, 12, 10))
    assert dated.start is not None
    assert (dated.start.date(), dated.start.strftime("%H:%M")) == (date(2026, 12, 10), "16:30")
    assert drafts.is_complete(dated)


def test_a_list_of_clocks_without_days_is_still_todays_message() -> None:
    # no row names a day: not a plan of dated rows, nothing to hold back (as before)
    found = _drafts("Квиз в 15:00, 5А")
    assert [d.start for d in found] == [NOW + timedelta(hours=5)]


# --- #8: a programme under one header ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "start", "end", "items"),
    [
        (
            "14 декабря, Фестиваль науки:\n9:30 — сбор участников\n10:00 — опыты с азотом\n"
            "11:15 — награждение",
            "Фестиваль науки",
            "14.12 09:30",
            "14.12 12:15",
            [("09:30", None, "сбор участников"), ("10:00", None, "опыты с азотом"),
             ("11:15", None, "награждение")],
        ),
        (
            "Фестиваль науки 14 декабря\n9:30-10:00 сбор участников\n10:00-11:00 опыты\n"
            "11:00-11:45 награждение",
            "Фестиваль науки",
            "14.12 09:30",
            "14.12 11:45",
            [("09:30", "10:00", "сбор участников"), ("10:00", "11:00", "опыты"),
             ("11:00", "11:45", "награждение")],
        ),
    ],
)  # fmt: skip
def test_a_programme_under_one_header_is_one_event_keeping_every_item(
    text: str, title: str, start: str, end: str, items: list[tuple[str, str | None, str]]
) -> None:
    [draft] = _drafts(text)
    assert draft.title == title
    assert draft.start is not None
    assert draft.end is not None
    assert (draft.start.strftime("%d.%m %H:%M"), draft.end.strftime("%d.%m %H:%M")) == (start, end)
    shown = [
        (s.strftime("%H:%M"), e.strftime("%H:%M") if e else None, what)
        for s, e, what in draft.programme
    ]
    assert shown == items
    assert drafts.is_complete(draft)  # the slots' clocks are no rival times to ask about
    assert draft.sessions == ()  # parts of one event, never sessions saved apart


def test_a_programme_without_its_day_is_asked_the_day_keeping_its_steps() -> None:
    [draft] = _drafts("Фестиваль науки:\n9:30 — сбор участников\n11:15 — награждение")
    assert draft.title == "Фестиваль науки"
    assert drafts.missing_field(draft, audience_asked=True) == "date"  # never a guessed day
    assert len(draft.programme) == 2
    dated = drafts.with_day(draft, date(2026, 12, 14))
    assert dated.start is not None
    assert (dated.start.date(), dated.start.strftime("%H:%M")) == (date(2026, 12, 14), "09:30")
    assert drafts.is_complete(dated)


def test_a_programme_whose_heading_names_its_day_in_a_second_line_keeps_that_day() -> None:
    [draft] = _drafts("Расписание\n16 декабря\n10.30 - сбор команд\n11.00 - старт эстафеты")
    assert draft.start is not None
    assert draft.start.strftime("%d.%m %H:%M") == "16.12 10:30"
    assert "no_date" not in draft.doubts
    assert len(draft.programme) == 2


def test_a_programme_needs_two_clock_led_lines_after_its_head() -> None:
    assert read_programme("Фестиваль науки 14 декабря\n9:30 — сбор участников") is None
    assert read_programme("14 декабря\n10:00 — квест, 4Б\n11:00 — беседа, 8А") is None  # classes
    assert read_programme("Фестиваль 14 декабря\n9:30 — сбор\nприходите все\n11:00 — финал") is None
