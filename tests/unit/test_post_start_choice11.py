"""The event's start in a long post (eighth round, starts11). Every case is written for this
file (none is copied from a real-post set), each rule with one it must not change:

- a site's publication stamp is never the event's clock, in the shapes news pages print it:
  a clock alone opening the post before its headline or rubric ("09:40 Культура"), a clock
  and a date joined by a bullet with the year after a comma ("10:42 • 3 марта, 2026"), a
  date line labelled «Дата изменения:» (seconds and all), an ISO date with its clock after a
  comma ("2026-11-19, 10:05"), a rubric word before a dated line ("Спорт 19 ноября 2026
  10:05"); a programme opening with its first slot keeps it;
- in a one-day programme that names its opening ("открытие", "церемония открытия"), the
  formalities opening it (registration, lining up, the jury's meeting) are no start: the
  start is the first slot of its own, the opening at the latest; a programme naming no
  opening, or opening with an activity, or of several days keeps its first slot (the
  conventions of test_parser_broad8d, test_parser_side_dates and test_post_start_choice);
- the date after "в честь этого события" is the event's day: the occasion is the phrase
  "этого события", not the date;
- a number written "9/11" after a street's name ("на проспекте Мира, 9/11") is a house
  number, never a date;
- a day's hours longer than twelve ("с 06:00 до 21:00") keep their end: only an end that
  would wrap past midnight by more than twelve hours ("с 16 до 15") is doubted;
- the closing or the awards on a later day of a span another sentence announces ("Слёт
  пройдёт с 10 по 12 декабря" … "закрытие слёта состоится 12 декабря") are a part of the
  event: the span stays its dates; on the span's first day they keep their clock;
- a registration's clock said in prose ("регистрация начнётся в 8.30") gives way to the
  event's own announced start ("В 10 часов начнётся турнир").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-20T12:00")


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    "text",
    [
        "09:40 Культура\n57\n\nВ Твери пройдёт фестиваль детского рисунка\n\nФестиваль "
        "«Краски зимы» пройдёт 5 декабря в областной библиотеке, работы покажут гостям.",
        "11:25 «Снежный десант» в парке Победы.\nНа совещании в администрации решено "
        "провести для школьников лыжный забег. Первый забег пройдёт в субботу 5 декабря.",
        "10:42 • 19 ноября, 2026\n\nКонцерт хора пройдёт 5 декабря в большом зале "
        "филармонии. Вход свободный, места занимают по мере прихода. Для школьных групп "
        "можно заказать отдельную экскурсию по залу.",
        "Спорт 19 ноября 2026 10:05\n\nГородской турнир по шахматам пройдёт 5 декабря в "
        "шахматном клубе, приглашаются школьники.",
        "2026-11-19, 10:05\n\nГородской турнир по шахматам пройдёт 5 декабря в шахматном "
        "клубе, приглашаются школьники.",
    ],
)
def test_a_publication_stamp_gives_the_event_no_clock(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-05"


def test_a_change_stamp_gives_a_span_no_clock() -> None:
    got = _parse(
        "Конкурс кормушек\n\nКонкурс проводится с 5 по 12 декабря 2026 года. Работы "
        "принимаются в читальном зале.\n\nДата изменения: 20.11.2026 08:15:42"
    )
    assert (got["start"], got["end"]) == ("2026-12-05", "2026-12-12")


def test_a_stamps_clock_gives_way_to_the_events_own() -> None:
    got = _parse(
        "2026-11-20, 09:35\n\nСегодня в городе пройдёт турнир по шашкам среди школьников. "
        "Турнир начнётся в 16 часов в Доме спорта."
    )
    assert got["start"] == "2026-11-20T16:00"


def test_a_programme_opening_the_post_keeps_its_first_slot() -> None:
    got = _parse(
        "10:00 Открытие фестиваля\n11:00 Мастер-классы\n13:00 Концерт\nФестиваль пройдёт "
        "5 декабря в Доме культуры, приглашаем всех желающих."
    )
    assert got["start"] == "2026-12-05T10:00"


@pytest.mark.parametrize(
    ("span", "start", "end"),
    [
        ("с 06:00 до 21:00", "2026-12-05T06:00", "2026-12-05T21:00"),
        ("с 8 до 22 часов", "2026-12-05T08:00", "2026-12-05T22:00"),
    ],
)
def test_a_day_longer_than_twelve_hours_keeps_its_end(span: str, start: str, end: str) -> None:
    got = _parse(f"Акция «Читаем вместе» пройдёт 5 декабря {span} в городской библиотеке")
    assert (got["start"], got["end"]) == (start, end)
    assert "end_before_start" not in got["doubts"]  # type: ignore[operator]


def test_an_end_before_the_start_is_still_asked() -> None:
    got = _parse("Акция «Читаем вместе» пройдёт 5 декабря с 16 до 15 в городской библиотеке")
    assert got["end"] is None
    assert "end_before_start" in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Турнир по шашкам пройдёт 5 декабря в Доме спорта.\nПрограмма:\n"
            "9.00-9.30 - регистрация команд\n9.30-9.50 - построение участников\n"
            "10.00 - торжественное открытие турнира\n10.15 - первый тур\n13.00 - награждение",
            "2026-12-05T10:00",
        ),
        (
            "5 декабря в гимназии пройдёт олимпиада по химии для 8-11 классов.\nРасписание:\n"
            "8:30 – совещание жюри\n8:45 – разминка для участников\n9:00 – открытие "
            "олимпиады\n9:30 – первый тур\n12:00 – разбор заданий",
            "2026-12-05T08:45",
        ),
        (
            "Лыжные гонки пройдут 5 декабря на базе «Лесная».\nПрограмма:\n"
            "9.00 - регистрация\n9.30 - забег малышей\n10.30 - открытие соревнований\n"
            "11.00 - основной старт",
            "2026-12-05T09:30",
        ),
    ],
)
def test_formalities_before_a_programmes_opening_are_no_start(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (  # no opening named: the programme's first slot, registration included
            "Праздник двора пройдёт 5 декабря у Дома культуры.\nПрограмма:\n"
            "11:00 - 11:30 – регистрация семей\n11:30 - 13:00 – эстафеты\n13:00 – чаепитие",
            "2026-12-05T11:00",
        ),
        (  # an activity of its own before the opening
            "Лыжные гонки пройдут 5 декабря на базе «Лесная».\nПрограмма:\n"
            "9.00 - забег малышей\n9.30 - регистрация взрослых\n10.30 - открытие "
            "соревнований\n11.00 - основной старт",
            "2026-12-05T09:00",
        ),
        (  # several days: the first slot, as before
            "Слёт юных туристов пройдёт с 5 по 7 декабря на базе «Лесная».\nПрограмма первого "
            "дня:\n9.00-10.00 - регистрация\n10.00 - открытие слёта\n11.00 - конкурс песни",
            "2026-12-05T09:00",
        ),
    ],
)
def test_a_programmes_first_slot_stays_without_formalities_before_an_opening(
    text: str, start: str
) -> None:
    got = _parse(text)
    assert got["start"] == start


def test_the_date_after_an_occasion_named_back_is_the_events() -> None:
    got = _parse(
        "Городскому музею исполняется 50 лет. В честь этого события 12 декабря вход для всех "
        "посетителей будет бесплатным. Об этом сообщили в пресс-службе музея, подробности на "
        "сайте."
    )
    assert got["start"] == "2026-12-12"


def test_an_occasion_with_its_own_date_is_still_no_start() -> None:
    got = _parse(
        "В честь Дня Конституции 12 декабря школьники подготовили стенгазеты. Выставка "
        "стенгазет откроется 15 декабря в рекреации второго этажа, приходите всем классом."
    )
    assert got["start"] == "2026-12-15"


def test_a_past_date_in_a_quoted_memory_is_no_rival() -> None:
    got = _parse(
        "Городскому музею исполняется 50 лет. В честь этого события 12 декабря вход будет "
        "бесплатным.\nДиректор вспомнила первый день работы: «Это был праздник для всего "
        "города. 12 декабря 1976 года у входа выстроилась очередь. Мы водили по пять "
        "экскурсий в день»."
    )
    assert got["start"] == "2026-12-12"
    assert got["choices"] == []


def test_hours_of_a_side_news_line_stay_with_its_day() -> None:
    got = _parse(
        "Концерт хора «Подснежник» пройдёт 12 декабря в областной филармонии. Вход свободный, "
        "приглашаются школьники и их родители.\n\nЧитайте также:\n- В области 3 января с "
        "12-15 часов ожидается сильный ветер"
    )
    assert (got["start"], got["end"]) == ("2026-12-12", None)


@pytest.mark.parametrize("address", ["на проспекте Мира, 9/11", "на ул. Кирова, 5/12"])
def test_a_house_number_with_a_slash_is_no_date(address: str) -> None:
    got = _parse(
        "Побывать в закулисье старой библиотеки горожане смогут 12 декабря. В этот день в "
        f"13:00 состоится экскурсия по этажам и отделам здания {address}. Гостей проведёт "
        "сотрудник краеведческого отдела."
    )
    assert got["start"] == "2026-12-12T13:00"


def test_a_date_after_a_squares_name_stays_a_date() -> None:
    got = _parse(
        "Городской праздник пройдёт на площади Победы, 12.12 в 15:00. Приглашаем школьников "
        "и родителей, будут концерт, ярмарка и горячий чай для всех гостей."
    )
    assert got["start"] == "2026-12-12T15:00"


@pytest.mark.parametrize(
    "steps",
    [
        "В день турнира регистрация участников начнётся в 8.30. Через полчаса состоится "
        "жеребьёвка. В 10 часов начнётся первый тур.",
        "Регистрация участников начнётся в 8.30, а в 10:00 начнётся первый тур.",
    ],
)
def test_a_preparatory_clock_gives_way_to_the_announced_start(steps: str) -> None:
    got = _parse(
        "Турнир по шахматам среди школьников пройдёт 12 декабря в Доме культуры. Участвуют "
        f"команды всех школ района.\n{steps}"
    )
    assert got["start"] == "2026-12-12T10:00"


def test_a_preparatory_clock_alone_stays_the_start() -> None:
    got = _parse(
        "Турнир по шахматам среди школьников пройдёт 12 декабря в Доме культуры. Участвуют "
        "команды всех школ района.\nВ день турнира регистрация участников начнётся в 8.30. "
        "Через полчаса состоится жеребьёвка, затем участников ждут партии."
    )
    assert got["start"] == "2026-12-12T08:30"


def test_a_closing_within_the_events_span_is_a_part_of_it() -> None:
    got = _parse(
        "Слёт юных экологов пройдёт с 10 по 12 декабря на базе отдыха «Сосновый бор». В "
        "программе конкурсы, викторины и ориентирование на местности.\nПриглашаем родителей "
        "на торжественное закрытие слёта и награждение победителей, которое состоится 12 "
        "декабря в доме культуры. Отъезд от школы в 9.30."
    )
    assert (got["start"], got["end"]) == ("2026-12-10", "2026-12-12")


def test_an_awards_clock_on_the_spans_first_day_stays() -> None:
    got = _parse(
        "Слёт юных экологов пройдёт с 10 по 12 декабря на базе отдыха «Сосновый бор». В "
        "программе конкурсы, викторины и ориентирование на местности.\nТоржественное открытие "
        "слёта и награждение лучших отрядов прошлого сезона состоится 10 декабря в 11:00 у "
        "главного корпуса."
    )
    assert got["start"] == "2026-12-10T11:00"
