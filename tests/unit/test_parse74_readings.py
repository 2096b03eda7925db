"""Parser leftovers of run72, newcomer72 and parse72 (tests/data/parse74.md), each checked
on sentences of our own in several shapes, never a tuned post's words."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.opening_hours import opening_hours_phrase
from bot.core.language.understanding.new_messages import new_message
from bot.core.models import EventDraft

TODAY = "2026-12-07T10:00"  # a Monday


def _parse(text: str, now: str = TODAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


def _chat_draft(text: str, now: str = TODAY) -> EventDraft:
    """The one draft a typed message gives the chat (hours asked or not: new_message)."""
    found = new_message(text, datetime.fromisoformat(now))
    drafts = getattr(found, "drafts", ())
    assert len(drafts) == 1, found
    draft = drafts[0]
    assert isinstance(draft, EventDraft)
    return draft


# 1. a run's opening hours told after its dates: the run, all day, its hours not asked
@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "С 1 по 31 декабря в Музее янтаря открыта выставка «Зимний янтарь» для 5–11 "
            "классов. Выставка работает ежедневно с 10:00 до 18:00.",
            date(2026, 12, 1),
            date(2026, 12, 31),
        ),
        (
            "Выставка «Город» с 10 по 31 декабря в краеведческом музее. Музей открыт для "
            "посетителей ежедневно с 10 до 18.",
            date(2026, 12, 10),
            date(2026, 12, 31),
        ),
        (
            "Выставка кукол с 10 по 31 декабря в библиотеке, часы работы: вт–вс 10:00–18:00",
            date(2026, 12, 10),
            date(2026, 12, 31),
        ),
        (
            "Фотовыставка «Море» с 12 по 27 декабря. Галерея работает с 11 до 19.",
            date(2026, 12, 12),
            date(2026, 12, 27),
        ),
        (  # an exhibition's one clock range beside its days (visited_hours), going on
            "Выставка в музее работает с 29 ноября по 20 декабря с 10:00 до 18:00.",
            date(2026, 11, 29),
            date(2026, 12, 20),
        ),
    ],
)
def test_opening_hours_after_a_runs_dates_are_the_runs_hours(
    text: str, first: date, last: date
) -> None:
    draft = _chat_draft(text)
    assert draft.all_day, draft
    assert draft.time_known, draft  # no «Во сколько …?»
    assert draft.recurrence is None, draft
    assert not draft.sessions, draft
    assert draft.start is not None
    assert draft.end is not None
    assert (draft.start.date(), draft.end.date()) == (first, last)


# a week or more of an exhibition's same hours every day, written beside its days: one run
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Выставка «Янтарь» с 14.12 по 27.12 ежедневно, кроме понедельника, с 10:00 до "
            "18:00, 5-9 кл",
            "2026-12-14",
            "2026-12-27",
        ),
        (
            "Фотовыставка «Город» с 10 по 25 декабря, ежедневно с 11 до 19",
            "2026-12-10",
            "2026-12-25",
        ),
        ("Ярмарка мастеров 14–22 декабря, 10:00–17:00", "2026-12-14", "2026-12-22"),
    ],
)
def test_an_exhibitions_daily_hours_over_a_week_are_one_run(
    text: str, start: str, end: str
) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["all_day"], got["recurrence"]) == (
        start,
        end,
        True,
        None,
    ), got


# …while a workshop's hours stay its daily meetings, and a fair of two days keeps its hours
@pytest.mark.parametrize(
    "text",
    [
        "Мастер-класс с 10 по 20 декабря ежедневно с 10:00 до 12:00",
        "Ярмарка 12–13 декабря с 10 до 14.",
        "Выставка 14–16 декабря с 10:00 до 18:00",
    ],
)
def test_other_daily_hours_stay_a_daily_repeat(text: str) -> None:
    got = _parse(text)
    rec = got["recurrence"]
    assert isinstance(rec, dict), got
    assert rec["freq"] == "daily", got


def test_the_hours_phrase_the_card_shows() -> None:
    assert (
        opening_hours_phrase(
            "Выставка с 1 по 31 декабря. Выставка работает ежедневно с 10:00 до 18:00."
        )
        == "Выставка работает ежедневно с 10:00 до 18:00"
    )
    assert (
        opening_hours_phrase(
            "Выставка с 7.12 по 20.12 ежедневно, кроме понедельника, с 10:00 до 18:00"
        )
        == "Ежедневно, кроме понедельника, с 10:00 до 18:00"
    )
    assert opening_hours_phrase("Лекция 9 декабря с 15:00 до 16:00") is None
    assert (
        opening_hours_phrase("Выставка 1–20 декабря, 10:00–18:00", any_range=True) == "10:00–18:00"
    )
    assert opening_hours_phrase("Выставка 1–20 декабря", any_range=True) is None  # days only


# 2. days a holiday programme or a repeat skips, wherever they are written
@pytest.mark.parametrize(
    ("text", "start", "dates", "weekdays"),
    [
        (
            "С 28 декабря по 8 января в ДК «Юность» новогодняя программа «Зимняя сказка». "
            "Сеансы ежедневно в 11:00 и 14:00 (кроме 1 и 2 января). Для учащихся 2–6 классов.",
            "2026-12-28T11:00",
            ["2027-01-01", "2027-01-02"],
            None,
        ),
        (
            "Новогодняя программа «Зимняя сказка» с 28 декабря по 8 января ежедневно в 11:00, "
            "кроме 31 декабря и 1 января",
            "2026-12-28T11:00",
            ["2026-12-31", "2027-01-01"],
            None,
        ),
        (
            "Каникулярная программа в библиотеке с 28 декабря по 8 января ежедневно в 12:00, "
            "кроме понедельника",
            "2026-12-29T12:00",  # 28 December is a Monday
            None,
            [0],
        ),
        (
            "Каникулярная программа в библиотеке с 28 декабря по 8 января ежедневно в 12:00, "
            "выходной — понедельник",
            "2026-12-29T12:00",
            None,
            [0],
        ),
        (
            "Мастер-классы в музее с 28 декабря по 5 января в 12:00. Понедельник — выходной.",
            "2026-12-29T12:00",
            None,
            [0],
        ),
    ],
)
def test_skipped_days_are_left_out_of_the_series(
    text: str, start: str, dates: list[str] | None, weekdays: list[int] | None
) -> None:
    got = _parse(text)
    rec = got["recurrence"]
    assert isinstance(rec, dict), got
    assert got["start"] == start, got
    assert rec.get("except_dates") == dates, got
    assert rec.get("except_weekdays") == weekdays, got
    assert rec["until"] in ("2027-01-08", "2027-01-05"), got
    assert "выходн" not in str(got["title"]).lower(), got
    assert "several_dates" not in got["doubts"], got  # type: ignore[operator]


def test_a_holiday_programmes_name_is_no_holiday_period() -> None:
    """«Каникулярная программа …»: the adjective names no vacation, the day is read."""
    got = _parse("Каникулярная программа с 28 декабря по 8 января ежедневно в 12:00")
    assert got["start"] == "2026-12-28T12:00", got
    got = _parse("Экскурсия в каникулы в 10:00")
    assert got["start"] is None, got  # the noun still names a period: its day asked


def test_an_exception_of_no_days_is_no_exception() -> None:
    got = _parse("Лекция 9 декабря в 15:00 для всех классов, кроме 5-х")
    assert (got["start"], got["recurrence"]) == ("2026-12-09T15:00", None), got


# 3. a short chat line telling a run begun with no day: today, asked (`begun_today`)
@pytest.mark.parametrize(
    "text",
    [
        "В лагерях стартовала смена.",
        "В лагере стартовала смена",
        "Стартовала смена.",
        "В школе открылась выставка рисунков",
    ],
)
def test_a_short_line_of_a_run_begun_is_today_asked(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-07", got
    assert got["all_day"], got
    assert "begun_today" in got["doubts"], got  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    ["Началось!", "Началась смена?", "Начался приём заявок на конкурс", "Смена закончилась."],
)
def test_a_short_line_naming_nothing_begun_is_no_event(text: str) -> None:
    assert _parse(text)["intent"] != "event", text


# 4. a plural naming the whole contest begins it once, as the noun named before does
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Турнир по шахматам пройдёт с 9 по 11 декабря. Соревнования начнутся в 10:00",
            "2026-12-09T10:00",
            "2026-12-11",  # the run's last day (its end the midnight after it)
        ),
        (
            "Спартакиада школьников пройдёт с 9 по 11 декабря. Состязания стартуют в 9:30",
            "2026-12-09T09:30",
            "2026-12-11",  # the run's last day (its end the midnight after it)
        ),
    ],
)
def test_a_whole_contests_plural_opens_the_run(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["recurrence"]) == (start, end, None), got


@pytest.mark.parametrize(
    "text",
    [
        "Турнир по мини-футболу пройдёт с 9 по 11 декабря. Игры начнутся в 10:00",
        "Первенство города по плаванию с 9 по 11 декабря. Соревнования начинаются в 10:00",
    ],
)
def test_parts_or_each_days_beginning_stay_daily(text: str) -> None:
    got = _parse(text)
    assert got["recurrence"] is not None, got
