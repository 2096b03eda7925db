"""parse78: round 43's parser leftovers (tests/data/parse78.md), each reading checked on
sentences written for this file in several shapes, never a set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.stamped_reports import stamp_moment
from tests.title_probe import parsed as _parse

# 1. a short paste (a chat line, not post.is_long) under its page's stamp: the stamp is when
# it was put up, never the event's clock; a report's day is the stamp's, asked (`stamp_day`)


@pytest.mark.parametrize(
    ("text", "now", "start", "doubts"),
    [
        (
            "12.03.2024 10:15\nВ школе прошла беседа с инспектором ГИБДД.",
            "2024-03-14T12:00",
            "2024-03-12",
            {"past", "stamp_day"},
        ),
        (
            "Беседа с инспектором\n12.03.2024 10:15\nИнспектор провёл беседу с 5А классом.",
            "2024-03-12T12:00",
            "2024-03-12",
            {"stamp_day"},
        ),
        (
            "Опубликовано 12 марта 2024, 10:15\nВ библиотеке состоялась встреча с поэтом.",
            "2024-03-13T12:00",
            "2024-03-12",
            {"past", "stamp_day"},
        ),
    ],
)
def test_a_short_paste_under_its_stamp_is_the_stamps_day_asked_never_its_clock(
    text: str, now: str, start: str, doubts: set[str]
) -> None:
    got = _parse(text, now)
    assert got["intent"] == "event", got
    assert got["start"] == start, got  # the day alone: «10:15» was the site's minute
    assert doubts <= set(got["doubts"]), got


def test_a_short_pasted_announcement_under_its_stamp_asks_its_day() -> None:
    got = _parse(
        "Конкурс чтецов\n12.03.2024 10:15\nВ школе пройдёт конкурс чтецов. Приглашаем всех.",
        "2024-03-12T12:00",
    )
    assert got["intent"] == "event", got
    assert got["start"] is None, got  # never 10:15, the stamp's minute
    assert "no_date" in got["doubts"], got


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        # the event's own day beside the stamp: that day
        ("12.03.2024 10:15\nЯрмарка 15 марта в 14:00 в актовом зале.", "2024-03-12T12:00",
         "2024-03-15T14:00"),
        # a plan's row: a moment over an event's name, no sentence — the event's moment
        ("12.12.2026 15:00\nКонцерт в актовом зале", "2026-12-12T16:00", "2026-12-12T15:00"),
        ("12.12.2026 15:00\nКонцерт в актовом зале", "2026-12-07T10:00", "2026-12-12T15:00"),
        # one line: the writer's own moment
        ("12.03.2024 10:15 беседа с инспектором", "2024-03-12T09:00", "2024-03-12T10:15"),
    ],
)  # fmt: skip
def test_a_moment_that_is_no_pasted_stamp_keeps_its_reading(
    text: str, now: str, start: str
) -> None:
    got = _parse(text, now)
    assert got["start"] == start, got
    assert "stamp_day" not in got["doubts"], got


# 2. «перенесли на завтра» after a written day: that day is the old one


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт 12 декабря перенесли на завтра.", "2026-12-01"),
        ("Концерт, назначенный на 12 декабря, перенесён на завтра, начало в 15:00.",
         "2026-12-01T15:00"),
        ("Концерт 12 декабря перенесли на послезавтра, в 15:00", "2026-12-02T15:00"),
        ("Ярмарка 10 декабря переносится на следующую среду.", "2026-12-09"),
        ("Внимание! Ярмарку 9 декабря переносим на пятницу.", "2026-12-04"),
    ],
)  # fmt: skip
def test_a_move_to_a_relative_day_or_weekday_leaves_the_written_day(text: str, start: str) -> None:
    got = _parse(text, "2026-11-30T10:00")  # a Monday
    assert got["start"] == start, got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт 12 декабря перенесли на 14 декабря.", "2026-12-14"),
        ("Концерт 12 декабря в 15:00. Репетицию перенесли на завтра.", "2026-12-12T15:00"),
        ("Концерт перенесли на завтра.", "2026-12-01"),
    ],
)
def test_moves_read_before_are_unchanged(text: str, start: str) -> None:
    assert _parse(text, "2026-11-30T10:00")["start"] == start


# 3. a stamped report's «сегодня» / «вчера» count from the stamp's day


_LATER = "2024-03-14T12:00"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Соревнования по волейболу\n12.03.2024 10:15\nСегодня в спортивном зале школы"
            " прошли соревнования по волейболу среди 7-8 классов. Команды показали хорошую"
            " игру, победителей наградили грамотами.",
            "2024-03-12",
        ),
        (
            "12.03.2024 10:15\nВчера в спортивном зале школы прошли соревнования по волейболу"
            " среди 7-8 классов. Команды показали хорошую игру, победителей наградили.",
            "2024-03-11",
        ),
        (
            "Опубликовано 12 марта 2024, 16:20\nСегодня в актовом зале состоялся концерт для"
            " ветеранов. Ученики подготовили песни и стихи.",
            "2024-03-12",
        ),
        ("12.03.2024 10:15\nСегодня прошла линейка.", "2024-03-12"),  # a short paste too
    ],
)
def test_a_stamped_reports_relative_day_counts_from_the_stamp(text: str, start: str) -> None:
    got = _parse(text, _LATER)
    assert got["start"] == start, got
    assert "past" in got["doubts"], got


def test_without_a_stamp_relative_days_count_from_now() -> None:
    got = _parse("Сегодня в школе прошли соревнования по волейболу.", _LATER)
    assert got["start"] == "2024-03-14", got
    now = datetime.fromisoformat(_LATER)
    assert stamp_moment("Сегодня в школе прошли соревнования.", now) == now
    # a stamp over no relative day: nothing to count
    assert stamp_moment("12.03.2024 10:15\nВ школе прошли соревнования.", now) == now


# 4. a street address after a lower-case destination: the venue, not the title


@pytest.mark.parametrize(
    ("text", "venue", "title"),
    [
        ("Экскурсия в музей янтаря 12 декабря в 10:00, пр. Мира, 4", "пр. Мира, 4",
         "Экскурсия в музей янтаря"),
        ("Экскурсия в музей янтаря 12 декабря в 10:00 (пр. Мира, 4)", "пр. Мира, 4",
         "Экскурсия в музей янтаря"),
        ("Экскурсия в музей янтаря по адресу пр. Мира, 4 12 декабря в 10:00", "пр. Мира, 4",
         "Экскурсия в музей янтаря"),
        ("Поход в планетарий 12 декабря в 11:00, пр-кт Победы, 2", "пр-кт Победы, 2",
         "Поход в планетарий"),
    ],
)  # fmt: skip
def test_a_prospect_address_is_the_venue_not_the_title(text: str, venue: str, title: str) -> None:
    got = _parse(text, "2026-11-30T10:00")
    assert got["venue"] == venue, got
    assert got["title"] == title, got


def test_and_so_on_is_no_prospect() -> None:
    got = _parse(
        "Мастер-класс 12 декабря, принести краски, кисти и пр. Начало в 10:00", "2026-11-30T10:00"
    )
    assert got["start"] == "2026-12-12T10:00", got
    assert "пр." not in (got["venue"] or ""), got


# 5. «там же» / «здесь же» / «в том же месте»: a place said by pointing back, never a title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("12 декабря в 15:00 там же пройдёт ярмарка", "Ярмарка"),
        ("Там же 12 декабря в 15:00 состоится ярмарка", "Ярмарка"),
        ("12 декабря в 15:00 ярмарка там же", "Ярмарка"),
        ("Ярмарка 12 декабря в 15:00, там же, где в прошлый раз", "Ярмарка"),
        ("12 декабря в 15:00 в том же месте встреча с ветеранами", "Встреча с ветеранами"),
        ("Концерт 12 декабря в 15:00 в актовом зале. Здесь же пройдёт ярмарка.", "Концерт"),
    ],
)
def test_a_place_said_back_is_no_part_of_the_title(text: str, title: str) -> None:
    got = _parse(text, "2026-11-30T10:00")
    assert got["title"] == title, got
    assert got["start"] == "2026-12-12T15:00", got


# 6. a season's first day in a long post («в первый день весны»), a dateline before it too


_FESTIVAL = (
    " в клубе «Знай и умей» состоится фестиваль детского творчества. В нем примут участие"
    " школьники, каждая команда подготовит выставку работ."
)


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("Волгоград, 27 февраля. В первый день весны" + _FESTIVAL, "2013-02-27T12:00",
         "2013-03-01"),
        ("В первый день весны" + _FESTIVAL, "2013-02-27T12:00", "2013-03-01"),
        ("Москва, 28 мая. В первый день лета" + _FESTIVAL, "2013-05-28T12:00", "2013-06-01"),
        ("В последний осенний день" + _FESTIVAL, "2013-11-20T12:00", "2013-11-30"),
    ],
)  # fmt: skip
def test_a_long_posts_season_edge_is_its_day(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# 7. a hard-wrapped report: the verb on the next line tells its day gone


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Выставка\n«Дети против войны»\n4 мая во всех\nобщеобразовательных школах района"
            " состоялась выставка рисунков «Дети против\nвойны».\nВоспитанники изображали на"
            " белом листе праздничные салюты, военную технику на параде.",
            "2023-05-05T12:00",
            "2023-05-04",
        ),
        (
            "Концерт для ветеранов\n5 декабря в актовом зале нашей\nшколы прошёл концерт для"
            " ветеранов педагогического\nтруда. Ученики подготовили песни и стихи, ветераны"
            " поблагодарили ребят.",
            "2023-12-07T12:00",
            "2023-12-05",
        ),
        # told ahead, wrapped the same: the coming day, as before
        (
            "Концерт для ветеранов\n5 декабря в актовом зале нашей\nшколы пройдёт концерт для"
            " ветеранов педагогического\nтруда. Ученики подготовят песни и стихи, приглашаем"
            " всех.",
            "2023-12-03T12:00",
            "2023-12-05",
        ),
    ],
)
def test_a_hard_wrapped_reports_day_is_this_years(text: str, now: str, start: str) -> None:
    got = _parse(text, now)
    assert got["start"] == start, got
    assert "other_year" not in got["doubts"], got


# 8. the news' source («Об этом ТАСС сообщили в ОАО «…»») is no venue when a place is named


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Завод «Искра» в честь юбилея проведёт день открытых дверей. Об этом ТАСС сообщили"
            " в ОАО «Искра». Посетить завод гости смогут 15 сентября.",
            "Завод «Искра»",
        ),
        (
            "Концерт пройдёт 15 сентября в Доме культуры «Октябрь». Как рассказали в МБУ"
            " «Центр культуры», вход свободный. Ждём всех.",
            "Дом культуры «Октябрь»",
        ),
    ],
)
def test_the_news_source_is_no_venue(text: str, venue: str) -> None:
    assert _parse(text, "2018-09-12T12:00")["venue"] == venue
