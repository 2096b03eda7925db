"""parse77: round 42's parser leftovers (tests/data/parse77.md), each reading checked on
sentences written for this file in several shapes, never a set's words."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from bot.core.drafts import at_bells
from bot.core.language.capitals import in_normal_case
from bot.core.language.intents import parse_message
from bot.core.language.next_days import day_after_written
from bot.core.language.stamped_reports import stamp_day
from bot.core.models import EventDraft, EventIntent
from bot.core.school_calendar import SchoolCalendar
from tests.title_probe import parsed as _parse

_REPORT = (
    "В школе прошла профилактическая беседа с инспектором ГИБДД. Ребята узнали о правилах"
    " дорожного движения и повторили, как переходить дорогу."
)

# a report whose only date is the publication stamp over it: the stamp's day offered, asked
# (`stamp_day`), all day — never the stamp's clock as the event's start
_STAMPED_REPORTS = [
    ("Беседа с инспектором\n12.03.2024 10:15\n" + _REPORT, "2024-03-12T12:00", "2024-03-12"),
    ("12.03.2024 10:15\nБеседа с инспектором\n" + _REPORT, "2024-03-12T12:00", "2024-03-12"),
    ("Беседа с инспектором\n12 марта 2024, 10:15\n" + _REPORT, "2024-03-12T12:00", "2024-03-12"),
    (
        "Экскурсия в пожарную часть\nОпубликовано 12.03.2024 в 10:17\nУченики 3А класса"
        " побывали на экскурсии в пожарной части №5. Инструктор рассказал о работе пожарных и"
        " показал машины.",
        "2024-03-12T12:00",
        "2024-03-12",
    ),
    # a template's dash before a Drupal stamp, its date month first beside its weekday
    (
        "- ср, 11/04/2020 - 09:27\nСотрудники ГИБДД организовали профилактическую лекцию для"
        " учеников одной из школ. Инспекторы рассказали школьникам о безопасности на дороге.",
        "2020-11-04T12:00",
        "2020-11-04",
    ),
]


@pytest.mark.parametrize(("text", "now", "start"), _STAMPED_REPORTS)
def test_a_report_dated_only_by_its_stamp_offers_the_stamp_day_asked(
    text: str, now: str, start: str
) -> None:
    got = _parse(text, now)
    assert got["intent"] == "event", got
    assert got["start"] == start, got  # the day alone: «10:15» was the site's minute
    assert got["end"] is None, got
    assert "stamp_day" in got["doubts"], got
    assert got["title"], got


def test_a_report_read_days_after_its_stamp_is_past_and_stamped() -> None:
    got = _parse("Беседа с инспектором\n12.03.2024 10:15\n" + _REPORT, "2024-03-14T12:00")
    assert got["start"] == "2024-03-12", got
    assert {"past", "stamp_day"} <= set(got["doubts"]), got


@pytest.mark.parametrize(
    "text",
    [
        # an announcement under its page's stamp: the event is ahead of the stamp, its day
        # unknown — asked as before, never the stamp's
        "Конкурс чтецов\n12.03.2024 10:15\nВ нашей школе пройдёт конкурс чтецов «Весна»."
        " Приглашаем всех желающих принять участие, заявки принимает классный руководитель.",
        # a report naming its own day: that day, no stamp doubt
        "Беседа с инспектором\n12.03.2024 10:15\n11 марта в школе прошла профилактическая"
        " беседа с инспектором ГИБДД. Ребята узнали о правилах дорожного движения.",
    ],
)
def test_a_stamp_is_never_the_day_of_an_announcement_or_of_a_dated_report(text: str) -> None:
    got = _parse(text, "2024-03-12T12:00")
    assert got["start"] in (None, "2024-03-11"), got
    assert "stamp_day" not in (got.get("doubts") or []), got


@pytest.mark.parametrize(
    ("line", "now", "day"),
    [
        (
            "ср, 11/04/2020 - 09:27",
            datetime.fromisoformat("2020-11-04T12:00"),
            date(2020, 11, 4),
        ),  # m/d/Y
        (
            "чт, 24/09/2020 - 09:00",
            datetime.fromisoformat("2020-09-24T12:00"),
            date(2020, 9, 24),
        ),  # d/m/Y
        # both readings possible, the weekday fits the day-first one: day first
        ("пт, 05/06/2020 - 09:00", datetime.fromisoformat("2020-06-06T12:00"), date(2020, 6, 5)),
        ("12.03.2024 10:15", datetime.fromisoformat("2024-03-12T12:00"), date(2024, 3, 12)),
    ],
)
def test_the_stamp_day_reads_a_month_first_slash_date_by_its_weekday(
    line: str, now: datetime, day: date
) -> None:
    text = line + "\nВ школе прошла беседа с инспектором ГИБДД. Ребята узнали о правилах."
    assert stamp_day(text, now) == day


def test_a_stamp_below_the_head_is_no_stamp_day() -> None:
    text = (
        "Беседа с инспектором\nВ школе прошла профилактическая беседа.\nРебята узнали о"
        " правилах.\nИнспектор ответил на вопросы.\n12.03.2024 10:15"
    )
    assert stamp_day(text, datetime.fromisoformat("2024-03-12T12:00")) is None


# «накануне» / «в канун» + a holiday's date, the text writing no other date: the day before
# is offered, asked (`eve_day`); never the holiday's own day, never «Канун» in the title
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Накануне 8 Марта в актовом зале пройдёт концерт для мам.",
            "2026-12-07T12:00",
            "2027-03-07",
        ),
        (
            "В канун 8 марта в 15:00 в актовом зале пройдёт концерт для мам.",
            "2026-12-07T12:00",
            "2027-03-07T15:00",
        ),
        ("Концерт для мам накануне 8 марта в 15:00, актовый зал", "2026-12-07T12:00", None),
        (
            "Накануне праздника 8 Марта в актовом зале пройдёт концерт для мам. Начало в 14:00.",
            "2026-12-07T12:00",
            "2027-03-07T14:00",
        ),
        (
            "Праздник для мам\nВ канун Международного женского дня 8 марта в зале школы"
            " состоялся праздничный концерт. Ребята пели песни и читали стихи, а мамы им"
            " аплодировали.",
            "2025-03-09T12:00",
            "2025-03-07",
        ),
        (
            "В школе накануне 12 декабря прошла линейка, посвящённая Дню Конституции. Ребята"
            " рассказали об истории Основного закона.",
            "2026-12-14T12:00",
            "2026-12-11",
        ),
    ],
)
def test_the_eve_of_a_dated_holiday_is_the_day_before_asked(
    text: str, now: str, start: str | None
) -> None:
    got = _parse(text, now)
    assert got["intent"] == "event", got
    if start is not None:
        assert got["start"] == start, got
    else:
        assert str(got["start"]).startswith("2027-03-07"), got
    assert "eve_day" in got["doubts"], got
    assert "канун" not in got["title"].lower(), got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # another date written: that one is the event's, nothing offered
        ("Накануне 8 Марта, 6 марта, в актовом зале пройдёт концерт для мам.", "2027-03-06"),
        # the adverb with its day in apposition: that day
        ("Накануне Нового года, 28 декабря, в актовом зале пройдёт ёлка.", "2026-12-28"),
        # a holiday's own day, no eve: as written
        ("8 марта в 15:00 в актовом зале пройдёт концерт для мам.", "2027-03-08T15:00"),
    ],
)
def test_a_day_written_beside_the_eve_stays(text: str, start: str) -> None:
    got = _parse(text, "2026-12-07T12:00")
    assert got["start"] == start, got
    assert "eve_day" not in got["doubts"], got


# a holiday named with no date after «накануне» / «в канун»: the day before its day, asked
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("Накануне Дня учителя в актовом зале пройдёт концерт.", "2026-09-20T12:00", "2026-10-04"),
        (
            "В канун Нового года в 17:00 в актовом зале пройдёт ёлка для 5-х классов.",
            "2026-12-07T12:00",
            "2026-12-31T17:00",
        ),
        (
            "Накануне Дня защитника Отечества в спортзале пройдут «Весёлые старты».",
            "2027-02-01T12:00",
            "2027-02-22",
        ),
        (
            "Праздник для учителей\nНакануне Дня учителя в актовом зале школы состоялся"
            " праздничный концерт. Ребята пели песни и читали стихи, а учителя им аплодировали.",
            "2025-10-06T12:00",
            "2025-10-04",
        ),
    ],
)
def test_the_eve_of_a_named_holiday_is_the_day_before_asked(
    text: str, now: str, start: str
) -> None:
    got = _parse(text, now)
    assert got["start"] == start, got
    assert "eve_day" in got["doubts"], got
    assert "накануне" not in got["title"].lower(), got
    assert "канун" not in got["title"].lower(), got


def test_a_named_holiday_itself_is_no_eve() -> None:
    got = _parse("В День учителя в актовом зале пройдёт концерт.", "2026-09-20T12:00")
    assert got["start"] == "2026-10-05", got
    assert "eve_day" not in got["doubts"], got


# «на следующий день» after a day written and a verb of moving: the event moved to the day
# after that day — never the day after the post (its stamp)
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Концерт назначили на 12 декабря, но из-за ремонта зала его перенесли на следующий"
            " день.",
            "2026-12-07T12:00",
            "2026-12-13",
        ),
        (
            "Концерт 12 декабря перенесён на следующий день, начало в 15:00.",
            "2026-12-07T12:00",
            "2026-12-13T15:00",
        ),
        (
            "День знаний перенесут\nВ этом году 1 сентября выпадает на воскресенье, поэтому"
            " праздник переносят на следующий день — понедельник. Линейки пройдут во всех школах"
            " города.\n31 июля 2024",
            "2024-07-31T12:00",
            "2024-09-02",
        ),
    ],
)
def test_a_day_moved_to_the_next_day_is_the_day_after_the_written_one(
    text: str, now: str, start: str
) -> None:
    assert _parse(text, now)["start"] == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # no day written: the day after today, as before
        ("Концерт перенесли на следующий день, 9А.", "2026-12-08"),
        # no verb of moving: the day written stays the event's
        ("Ярмарка пройдёт 19 декабря в 10:00, а на следующий день уберут зал.", "2026-12-19T10:00"),
    ],
)
def test_the_next_day_without_a_move_reads_as_before(text: str, start: str) -> None:
    assert _parse(text, "2026-12-07T12:00")["start"] == start


def test_a_stamp_is_no_day_to_count_the_next_day_from() -> None:
    text = "12.03.2024 10:15\nпоездку перенесли на следующий день."
    assert day_after_written(text, text.index("следующий"), date(2024, 3, 12)) is None


# a weekday counted in a month named without a year, told of a day just gone (a report, a
# yearly custom told the days after): this year's, not next year's
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "День открытых дверей\nКаждый год сотрудники университета отмечают первое"
            " воскресенье декабря. В этот день университет открывает двери для абитуриентов.",
            "2023-12-07T12:00",
            "2023-12-03",
        ),
        (
            "В первое воскресенье декабря в школе прошла ярмарка. Ребята продавали поделки, а"
            " вырученные деньги передали в приют.",
            "2023-12-07T12:00",
            "2023-12-03",
        ),
        # ahead: the coming one, as before
        ("В первое воскресенье декабря в школе пройдёт ярмарка.", "2023-12-07T12:00", "2024-12-01"),
        ("В первое воскресенье декабря в школе пройдёт ярмарка.", "2023-11-20T12:00", "2023-12-03"),
        ("Ярмарка пройдёт в последнюю субботу декабря.", "2023-12-07T12:00", "2023-12-30"),
    ],
)
def test_a_counted_weekday_told_of_a_day_gone_is_this_years(
    text: str, now: str, start: str
) -> None:
    assert _parse(text, now)["start"] == start


# a trip naming where it goes: that is its place, never the point its people gather at
@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Поездка в Казань для 8А 14 декабря. Сбор у школы в 7:00.", "Казань"),
        ("Сбор у школы в 7:00, выезд в Казань 14 декабря. Экскурсия по Кремлю для 8А.", "Казань"),
        ("Экскурсия в Эрмитаж 14 декабря, сбор в 9:00 у главного входа школы", "Эрмитаж"),
        ("Поездка на турбазу «Лесная» 14 декабря, сбор у школы в 8:00, 7Б", "турбаза «Лесная»"),
        ("Поездка в Великий Новгород 14 декабря, 9А", "Великий Новгород"),
        ("Экскурсия в Москву 14 декабря в 8:00 от школы", "Москва"),
        # no destination named: the gathering point is where it begins (chat54)
        ("Поход 5 декабря, сбор в 9:30 у школы", "у школы"),
        # a lower-case destination is read by the venue rules, the gathering stays apart
        ("Экскурсия в музей янтаря 14 декабря в 10:00. Собираемся у школы", "музей янтаря"),
    ],
)
def test_a_trip_is_held_where_it_goes(text: str, venue: str) -> None:
    assert _parse(text, "2026-12-07T12:00")["venue"] == venue


# a message written all in capitals reads as the same message in normal case
@pytest.mark.parametrize(
    "text",
    [
        "12 декабря в 15:00 в актовом зале школы состоится концерт «Зимние звёзды» для 5-7 классов",
        "Внимание! 15 декабря в 18:00 родительское собрание в кабинете 204",
        "Экскурсия в музей янтаря 14 декабря в 10:00, 7Б",
        "На большой перемене 12 декабря в 10:00 пройдёт флешмоб в спортзале",
        "Поездка в Казань 14 декабря, сбор у школы в 7:00, 8А",
    ],
)
def test_a_message_in_capitals_reads_as_in_normal_case(text: str) -> None:
    shouted = _parse(text.upper(), "2026-12-07T12:00")
    written = _parse(text, "2026-12-07T12:00")
    for key in ("start", "end", "venue", "title", "doubts"):
        assert shouted[key] == written[key], (key, shouted, written)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        (
            "СОТРУДНИКИ МЧС И ГИБДД ПРОВЕДУТ БЕСЕДУ В КГТУ. ПОЕЗДКА В КАЗАНЬ ДЛЯ 7Б",
            "Сотрудники МЧС и ГИБДД проведут беседу в КГТУ. Поездка в Казань для 7Б",
        ),
        # a headline in capitals over a normal text is a sign the title rules read: as written
        (
            "КОНЦЕРТ\n12 декабря в зале пройдёт концерт.",
            "КОНЦЕРТ\n12 декабря в зале пройдёт концерт.",
        ),
        ("МЧС 9А", "МЧС 9А"),  # too short to tell
    ],
)
def test_capitals_are_read_as_normal_case_keeping_abbreviations(text: str, normal: str) -> None:
    assert in_normal_case(text) == normal
    assert len(in_normal_case(text)) == len(text)


# a clock written beside a lesson phrase, checked against the school's bells: asked when the
# bells contradict it, kept unasked when they fit (6th lesson 12:55–13:40, 3rd 10:00–10:45)
_BELLS = (
    (time(8, 0), time(8, 45)),
    (time(8, 55), time(9, 40)),
    (time(10, 0), time(10, 45)),
    (time(11, 5), time(11, 50)),
    (time(12, 0), time(12, 45)),
    (time(12, 55), time(13, 40)),
    (time(13, 50), time(14, 35)),
)


def _draft(text: str) -> EventDraft:
    intent = parse_message(text, datetime.fromisoformat("2026-12-07T10:00"))
    assert isinstance(intent, EventIntent)
    return intent.draft


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Консультация по математике 15 декабря в 12:00 после 6 урока, 9а", True),
        ("Лекция 15.12 в 15:00 после 6 урока, 9а", False),
        ("Лекция 15.12 в 13:40 после 6 урока, 9а", False),
        ("Флешмоб 15 декабря в 12:30 на 3 уроке, 5б", True),
        ("Флешмоб 15 декабря в 10:10 на 3 уроке, 5б", False),
        ("В 9:00 перед 3 уроком 15 декабря линейка, 5б", False),
        ("В 11:00 перед 3 уроком 15 декабря линейка, 5б", True),
    ],
)
def test_a_clock_beside_a_lesson_is_checked_against_the_bells(text: str, asked: bool) -> None:
    draft = _draft(text)
    assert "lesson_clock" in draft.doubts, draft.doubts
    assert "lesson_time" not in draft.doubts, draft.doubts
    checked = at_bells(draft, None, SchoolCalendar(bells=_BELLS))
    assert checked.start == draft.start  # the clock written stays; only the question differs
    assert ("lesson_unread" in checked.doubts) is asked, checked.doubts
    assert "lesson_clock" not in checked.doubts


def test_a_clock_beside_a_lesson_with_no_bells_stands_unasked() -> None:
    draft = _draft("Консультация по математике 15 декабря в 12:00 после 6 урока, 9а")
    checked = at_bells(draft, None, SchoolCalendar())
    assert checked.start == draft.start
    assert not {"lesson_unread", "lesson_time", "lesson_clock"} & set(checked.doubts)


def test_a_day_moved_to_tomorrow_is_tomorrow_not_the_day_after_the_written_one() -> None:
    got = _parse("Концерт 12 декабря перенесли на завтра.", "2026-12-07T12:00")
    assert got["start"] != "2026-12-13", got
