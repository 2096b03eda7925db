"""The event's start among several dates and clocks (tenth round, starts13). Every case is
written for this file (none is copied from a real-post set); each rule has cases it must not
change:

- a count in thousands ("около 3 тыс. зрителей") or a distance ("от 2 км до 5 км", "на 500
  метров") is never a clock; a count of hours given for a task ("решить задачи за два часа",
  "дают на работу три часа") is a length, never the event's clock, while "работаем 2 часа"
  stays the event's length (test_post_event_day);
- a preparatory step's clock ("Регистрация — в 9:00") is not the start when the post says
  when the event itself starts with a noun ("старт — в 11:00", "открытие турнира в 10:30"),
  as it already was with a verb ("в 10 часов начнётся олимпиада");
- a sentence that refers back to the day just named ("В этот день … пройдёт …", "На этот
  день назначен …") gives that date its cue: the antecedent is the event's day;
- a fixed-date holiday celebrated ("в рамках празднования Первомая", "День защиты детей
  будут отмечать …") gives the day when no date is written.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")  # a Tuesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Лыжный марафон пройдёт 12 декабря в городском парке. Ожидается около 3 тыс. "
            "участников и болельщиков из соседних районов.",
            "2026-12-12",
            None,
        ),
        (
            "12 декабря в парке пройдёт зимний забег для всей семьи. Участники выберут "
            "дистанцию от 2 км до 5 км, победителей наградят медалями.",
            "2026-12-12",
            None,
        ),
        (
            "Финал олимпиады запланирован на 14-15 декабря в здании университета. Участникам "
            "предстоит решить задачи за два часа, старшим дают на работу три часа.",
            "2026-12-14",
            "2026-12-15",
        ),
        # unchanged: a clock with its preposition stays the clock
        (
            "Лыжный марафон пройдёт 12 декабря в городском парке. Старт около 11 часов, "
            "ожидается около 3 тыс. участников.",
            "2026-12-12T11:00",
            None,
        ),
    ],
)
def test_counts_distances_and_lengths_are_no_clocks(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "В воскресенье, 13 декабря, на стадионе пройдёт лыжная эстафета для школьников. "
            "Регистрация команд — в 9:00, старт — в 11:00. Приглашаются все желающие.",
            "2026-12-13T11:00",
        ),
        (
            "13 декабря в спортзале школы пройдёт турнир по мини-футболу среди команд 7-9 "
            "классов. Начало регистрации в 9.30, открытие турнира в 10.30.",
            "2026-12-13T10:30",
        ),
        # unchanged: the desk's clock is all the post gives
        (
            "13 декабря в спортзале школы пройдёт турнир по мини-футболу среди команд. "
            "Регистрация участников — в 9:30. Приглашаются все желающие.",
            "2026-12-13T09:30",
        ),
    ],
)
def test_a_preparatory_clock_gives_way_to_the_start_said_as_a_noun(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Весь месяц в библиотеке открыта выставка книг о зиме. 18 декабря отмечается "
            "день рождения библиотеки. В этот день в читальном зале пройдёт литературная "
            "гостиная. А 10 и 11 декабря волонтёры проведут опрос читателей.",
            "2026-12-18",
        ),
        (
            "Ну а 20 декабря в парке готовят сюрприз для выпускников. На этот день назначен "
            "большой концерт. Накануне, 19 декабря, пройдёт репетиция.",
            "2026-12-20",
        ),
        # unchanged: no reference back, the cued sentence wins
        (
            "18 декабря отмечается день рождения библиотеки. 10 декабря в читальном зале "
            "пройдёт литературная гостиная для старшеклассников.",
            "2026-12-10",
        ),
    ],
)
def test_a_day_referred_back_to_is_the_events(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


@pytest.mark.parametrize(
    ("text", "start", "now"),
    [
        (
            "В рамках празднования Первомая школьники и учителя выйдут на субботник. По "
            "традиции в этот праздничный день мы приведём в порядок школьный сад.",
            "2027-05-01",
            NOW,
        ),
        (
            "Рассказываем, как отметить праздник. В нашем районе День защиты детей будут "
            "отмечать в парке, начало в 12:00. Детей ждут игры и конкурсы.",
            "2027-06-01T12:00",
            NOW,
        ),
        # unchanged: an occasion named with «ко» is not the day of a contest before it
        (
            "Ко Дню Победы в школе проводится конкурс рисунков. Работы принимаются в "
            "кабинете 12, победителей наградят грамотами.",
            None,
            NOW,
        ),
    ],
)
def test_a_celebrated_holiday_gives_the_day(text: str, start: str | None, now: datetime) -> None:
    assert _parse(text, now).get("start") == start


def test_the_events_own_length_in_hours_still_gives_its_end() -> None:
    got = _parse(
        "Выпускники соберутся 18 декабря в актовом зале. Праздник стартует в 5 часов вечера "
        "и продлится 3 часа, родителей просят подождать у входа."
    )
    assert (got["start"], got["end"]) == ("2026-12-18T17:00", "2026-12-18T20:00")


def test_a_stamp_line_with_a_dash_is_the_publication_moment() -> None:
    got = _parse(
        "Новости\n01.12.2026 - 08:35\nЗавтра в школе №5 пройдёт учебная эвакуация. После "
        "тревоги ученики выйдут на стадион, где их встретят спасатели.",
    )
    assert got["start"] == "2026-12-02"


def test_a_line_with_a_date_a_dash_and_a_later_clock_stays_the_event() -> None:
    got = _parse(
        "Открытый урок физики\n03.12.2026 - 14:00\nПриглашаем родителей и учеников 8 классов, "
        "урок проведёт учитель года."
    )
    assert got["start"] == "2026-12-03T14:00"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Акция «Чистый двор» стартует 3 декабря в нашем районе. Она будет проводиться до "
            "20 декабря. Волонтёры будут убирать дворы и скверы.",
            "2026-12-03",
            "2026-12-20",
        ),
        (
            "Конкурс новогодних игрушек открывается 5 декабря в школьной библиотеке. Он "
            "проводится по 25 декабря, работы приносите в кабинет 14.",
            "2026-12-05",
            "2026-12-25",
        ),
        # unchanged: "проводиться" and "до" in different clauses
        (
            "Записать класс, где будет проводиться «Урок цифры», до 5 декабря могут учителя. "
            "Сам урок пройдёт 12 декабря во всех школах района.",
            "2026-12-12",
            None,
        ),
        # unchanged: "проводится" with a day of its own is the event's day
        (
            "Конкурс чтецов проводится 10 декабря в актовом зале школы. Заявки принимаются до "
            "5 декабря у классных руководителей.",
            "2026-12-10",
            None,
        ),
    ],
)
def test_held_until_a_day_is_the_lasting_of_a_span(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Из-за морозов на выходных 5-6 декабря оргкомитет решил перенести проведение "
            "школьного турнира по хоккею «Золотая шайба» среди 5-7 классов с 6 декабря на 13 "
            "декабря. Команды просим подтвердить участие.",
            "2026-12-13",
        ),
        # unchanged: a move with the old day right after the verb
        ("Концерт перенесли с 10 декабря на 17 декабря, начало в 18:00.", "2026-12-17T18:00"),
    ],
)
def test_a_move_naming_the_thing_moved_takes_the_new_day(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_a_programme_whose_labels_sit_under_their_clocks_starts_with_its_opening() -> None:
    got = _parse(
        "Турнир по робототехнике «Робо-старт»\n\n12 декабря, суббота\n09:30 – 10:00\n"
        "Регистрация команд\n10:00 – 10:20\nТоржественное открытие турнира\n10:20 – 13:00\n"
        "Заезды роботов\n13:00\nНаграждение победителей"
    )
    assert got["start"] == "2026-12-12T10:00"


def test_a_programme_without_an_opening_keeps_its_first_slot() -> None:
    got = _parse(
        "Турнир по робототехнике «Робо-старт»\n\n12 декабря, суббота\n09:30 – 10:00\n"
        "Регистрация команд\n10:00 – 13:00\nЗаезды роботов\n13:00\nНаграждение победителей"
    )
    assert got["start"] == "2026-12-12T09:30"


def test_a_start_opening_a_registration_slot_offers_the_next_clock() -> None:
    got = _parse(
        "Городской квест «Зимний город»\n\n19 декабря, суббота\n10:00 – 10:30\nРегистрация и "
        "сбор команд у входа в парк\n10:30 – 13:00\nПрохождение маршрута\n13:30\nПодведение "
        "итогов"
    )
    assert got["start"] == "2026-12-19T10:00"
    assert "several_times" in got["doubts"]  # type: ignore[operator]
    assert got["choices"] == ["2026-12-19T10:00", "2026-12-19T10:30"]


def test_a_start_opening_its_own_slot_is_not_asked() -> None:
    got = _parse(
        "Городской квест «Зимний город»\n\n19 декабря, суббота\n10:00 – 13:00\nПрохождение "
        "маршрута командами\n13:30\nПодведение итогов и награждение"
    )
    assert got["start"] == "2026-12-19T10:00"
    assert "several_times" not in got["doubts"]  # type: ignore[operator]
