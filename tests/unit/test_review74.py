"""review74: what the round-41 review of the first wave's diff found wrong for a user, each
fixed with the sentences that showed it (my own, tests/data/review74.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.features import staff_only
from bot.core.features.staff_only import Withdrawn
from bot.core.language.going_runs import held_now
from bot.core.language.intents import parse_message
from bot.core.language.opening_hours import opening_hours_phrase
from bot.core.models import DayPeriod, Event
from bot.core.month_days import day_of_period
from bot.render import Renderer

TODAY = "2026-12-06T10:00"  # a Sunday


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(TODAY)))


# 1. «кроме 6 января» of a weekly series: the phrase was taken (never the event's day) and then
# dropped, since only a daily repeat kept it — the holiday's meeting was stored unasked
@pytest.mark.parametrize(
    ("text", "start", "skipped"),
    [
        (
            "Кружок рисования по средам в 15:00 с 9 декабря по 27 января, кроме 6 января",
            "2026-12-09T15:00",
            ["2027-01-06"],
        ),
        (
            "Секция по плаванию каждый вторник в 16:00, кроме 29 декабря",
            "2026-12-08T16:00",
            ["2026-12-29"],
        ),
        (  # the first meeting skipped: the series opens a week later
            "Кружок рисования по средам в 15:00 с 6 января по 27 января, кроме 6 января",
            "2027-01-13T15:00",
            ["2027-01-06"],
        ),
    ],
)
def test_a_weekly_series_leaves_out_the_dates_it_skips(
    text: str, start: str, skipped: list[str]
) -> None:
    got = _parse(text)
    rec = got["recurrence"]
    assert isinstance(rec, dict), got
    assert rec["freq"] == "weekly", got
    assert got["start"] == start, got
    assert rec.get("except_dates") == skipped, got
    assert "except_weekdays" not in rec, got


def test_a_weekly_series_keeps_no_weekday_off_of_a_place() -> None:
    """«выходной — понедельник» beside a Tuesday series: no meeting of it is on a Monday."""
    got = _parse("Секция по плаванию каждый вторник в 16:00. Выходной — понедельник.")
    rec = got["recurrence"]
    assert isinstance(rec, dict), got
    assert got["start"] == "2026-12-08T16:00", got
    assert "except_weekdays" not in rec, got
    assert "except_dates" not in rec, got


# 2. an exhibition's range of ages, grades or people was shown on the card as its hours
# («🕙 «С 7 до 14» — это часы работы») and kept its span from being asked for hours
@pytest.mark.parametrize(
    "text",
    [
        "Выставка детских рисунков для детей с 7 до 14 лет в школьном музее с 1 по 25 декабря",
        "Выставка «Зимняя сказка» в музее с 1 по 25 декабря, для детей с 7 до 14 лет",
        "Выставка поделок учащихся с 5 до 9 класса в галерее с 1 по 25 декабря",
        "Фотовыставка в музее с 1 по 25 декабря, группы с 10 до 25 человек",
        "Выставка открыта ежедневно для детей с 6 до 12 лет",
    ],
)
def test_a_range_of_ages_or_grades_is_no_opening_hours(text: str) -> None:
    assert opening_hours_phrase(text, any_range=True) is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Выставка в музее с 1 по 25 декабря, с 10 до 18", "С 10 до 18"),
        ("Выставка для детей с 7 до 14 лет с 1 по 25 декабря, с 10 до 18 ч", "С 10 до 18"),
        (
            "Выставка с 1 по 25 декабря ежедневно с 10 до 17, для 5–9 классов",
            "Ежедневно с 10 до 17",
        ),
    ],
)
def test_hours_beside_a_range_of_ages_are_still_read(text: str, hours: str) -> None:
    assert opening_hours_phrase(text, any_range=True) == hours


# 3. «2026 г. Р…»: the birth years' «г.р.» was read in a date's year and the next word's first
# letter — the year and «Р» taken out, the day lost: «25 декабря ождественский концерт»
@pytest.mark.parametrize(
    ("text", "title", "start"),
    [
        (
            "25 декабря 2026 г. Рождественский концерт в актовом зале в 17:00",
            "Рождественский концерт",
            "2026-12-25T17:00",
        ),
        (
            "7 января 2027 г. Рождество: праздничный концерт в ДК в 12:00",
            "Рождество: праздничный концерт в ДК",
            "2027-01-07T12:00",
        ),
        (
            "15 января 2027 г. Рождественская ярмарка в актовом зале в 12:00",
            "Рождественская ярмарка",
            "2027-01-15T12:00",
        ),
    ],
)
def test_a_dates_year_before_a_word_is_no_birth_year(text: str, title: str, start: str) -> None:
    got = _parse(text)
    assert (got["title"], got["start"]) == (title, start), got
    assert got["grades"] == [], got


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("Шахматный турнир для юношей 2010-2011 г.р. 15 января в 10:00", [9, 10]),
        ("Турнир для юношей 2010–2011 гг.р. 15 января в 10:00", [9, 10]),
        ("Турнир 15 января в 10:00, участники 2012 г р", [8]),
    ],
)
def test_birth_years_written_short_are_still_grades(text: str, grades: list[int]) -> None:
    assert _parse(text)["grades"] == grades


# 4. a month line's day number: only a clock may follow it, never a number of something else
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("10, 11 классы", "10, 11 классы"),
        ("5, 6 урок", "5, 6 урок"),
        ("10 11 классы", "10 11 классы"),
        ("15 в 10 утра", "15.03.2027 в 10 утра"),
        ("15, 14:00-15:30", "15.03.2027, 14:00-15:30"),
        ("15 с 9 до 11", "15.03.2027 с 9 до 11"),
    ],
)
def test_only_a_clock_follows_a_month_lines_day(text: str, read: str) -> None:
    march = DayPeriod(date(2027, 3, 1), date(2027, 3, 31), "month", written="март")
    assert day_of_period(text, march) == read


# 5. a process going on («идёт подготовка к празднику, которая продлится до 25 декабря») is no
# run the later day is a part of: the rehearsal on 20 December was stored 6–25 December
@pytest.mark.parametrize(
    ("text", "title", "start"),
    [
        (
            "В школе идёт подготовка к новогоднему празднику, которая продлится до 25 декабря. "
            "Ребята украшают классы и готовят номера. 20 декабря в актовом зале пройдёт "
            "генеральная репетиция концерта. Приглашаем родителей помочь с костюмами.",
            "Генеральная репетиция концерта",
            "2026-12-20",
        ),
        (
            "В гимназии проходит регистрация участников конкурса проектов, которая продлится "
            "до 25 декабря. Участники готовят проекты по экологии. 20 декабря в актовом зале "
            "состоится защита проектов. Приглашаем всех желающих поддержать ребят.",
            "Защита проектов",
            "2026-12-20",
        ),
    ],
)
def test_a_process_going_on_makes_no_run_of_a_later_day(text: str, title: str, start: str) -> None:
    got = _parse(text)
    assert (got["title"], got["start"], got["end"]) == (title, start, None), got


def test_an_events_own_last_day_after_a_process_still_ends_it() -> None:
    """«подготовка к фестивалю, который продлится до 20 декабря»: «который» is the festival's,
    so the opening on 15 December runs to the 20th (as at 6e15306b)."""
    got = _parse(
        "В городе идёт подготовка к фестивалю «Зимние звёзды», который продлится до 20 декабря. "
        "Ребята репетируют каждый день. 15 декабря в Доме культуры состоится открытие "
        "фестиваля. Приглашаем всех желающих."
    )
    assert (got["start"], got["end"]) == ("2026-12-15", "2026-12-20"), got


@pytest.mark.parametrize(
    "sentence",
    [
        "в школе идёт подготовка к новогоднему празднику, которая продлится до 25 декабря",
        "в гимназии проходит приём заявок на конкурс, который продлится до 25 декабря",
        "в школе идёт ремонт спортзала, который продлится до 20 декабря",
    ],
)
def test_a_process_is_not_held_now(sentence: str) -> None:
    assert not held_now(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "месячник финансовой грамотности проходит в области до 8 октября",
        "в крае идёт муниципальный этап олимпиады, который продлится до 12 декабря",
        "сейчас проходит акция «добрые крышечки», которая продлится до 20 декабря",
    ],
)
def test_an_event_going_on_is_held_now(sentence: str) -> None:
    assert held_now(sentence)


# 6. a one-line «begun» with no event named: a state or the weather became an event of today
# («Начался карантин.» → «Карантин», asked for its classes)
@pytest.mark.parametrize(
    "text",
    ["Начался карантин.", "Началась метель.", "Начался карантин в лагерях.", "Начался ремонт."],
)
def test_a_state_begun_is_no_event(text: str) -> None:
    assert _parse(text)["intent"] != "event", text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("В лагерях стартовала смена.", "Смена"),
        ("Стартовал турнир.", "Турнир"),
        ("Началась акция", "Акция"),
    ],
)
def test_an_event_begun_on_one_line_is_still_read(text: str, title: str) -> None:
    got = _parse(text)
    assert (got["intent"], got["title"]) == ("event", title), got
    assert "begun_today" in got["doubts"], got  # type: ignore[operator]


# 7. «Обновил план» after rows leaving students out different ways named the first row's reason
# for all («ученики на мероприятие только для педагогов не идут» of a row narrowed to 10–11)
def _withdrawn(vk_id: int, why: str, *, waiting: bool = False) -> Withdrawn:
    start = datetime(2026, 12, 16, 15, 0, tzinfo=UTC)
    event = Event(id=vk_id, title="Олимпиада", organisation_id=1, start=start, end=start)
    return Withdrawn(vk_id, vk_id, event, waiting, why)


def test_withdrawals_of_several_reasons_name_none_of_them() -> None:
    mixed = staff_only.summary([_withdrawn(1, "staff"), _withdrawn(2, "other_class")])
    assert mixed == {"students": 2, "waiting": 0, "why": "several"}
    context = {"moved": [], "changed": [], "added": [], "same": 0, "withdrawing": mixed}
    shown = Renderer().render("plan_updated", context)
    assert "🚫 Снята запись 2 учеников: на эти мероприятия их больше не приглашают" in shown
    assert "только для педагогов" not in shown, shown
    one = staff_only.summary([_withdrawn(1, "parents"), _withdrawn(2, "parents", waiting=True)])
    assert one == {"students": 2, "waiting": 1, "why": "parents"}
