"""General rules for pasted posts (issue 10): small cases written in the style partners use,
one kind each; none is a corpus text."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")


def parse(text: str, now: datetime = NOW) -> dict[str, Any]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    "text",
    [
        "13:47 Мастер-класс «Ёлочная игрушка»\nДетская библиотека приглашает ребят "
        "7 декабря в 15:00 на мастер-класс по росписи ёлочных игрушек.",
        "09:12\n\nВ музее откроется выставка\n\nВыставка «Зимние узоры» откроется "
        "7 декабря в 15:00 в малом зале музея.",
        "Музей приглашает на экскурсию\n1 декабря 2026 года 11:32\n"
        "Экскурсия «Старый город» состоится 7 декабря в 15:00, сбор у входа.",
        "12:45, 1 декабря 2026\nЭкскурсия «Старый город» состоится 7 декабря в 15:00, "
        "сбор у входа в музей. Экскурсовод расскажет о купеческих домах и мостах.",
        "Опубликовано 01.12.2026 в 10:15\nЭкскурсия «Старый город» состоится 7 декабря "
        "в 15:00, сбор у входа в музей.",
    ],
)
def test_publication_stamp_is_not_the_event_time(text: str) -> None:
    got = parse(text)
    assert got["start"] == "2026-12-07T15:00"


def test_a_round_event_time_on_its_own_line_is_kept() -> None:
    text = (
        "Лекция «Зимние созвездия» в планетарии\n7 декабря 2026 года 18:00\n"
        "Лектор расскажет, как найти на небе Орион и Большую Медведицу."
    )
    assert parse(text)["start"] == "2026-12-07T18:00"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("на след неделе в четверг экскурсия в музей, 6-е классы", "2026-12-10"),
        ("на след. неделе в среду экскурсия в музей", "2026-12-09"),
        ("экскурсия в музей в чт след недели", "2026-12-10"),
        ("на сл неделе в пятницу экскурсия в музей", "2026-12-11"),
    ],
)
def test_abbreviated_next_week(text: str, start: str) -> None:
    assert parse(text)["start"] == start


@pytest.mark.parametrize(
    ("text", "start", "end", "deadline"),
    [
        (
            "Театр 19.12 в 11:00 для 5-6 кл, кто идёт — до 15.12 сообщить классному",
            "2026-12-19T11:00",
            None,
            "2026-12-15",
        ),
        (
            "Экскурсия 19.12 в 11:00, списки сдать до четверга",
            "2026-12-19T11:00",
            None,
            "2026-12-03",
        ),
        (
            "Консультация 19.12 с 10.00 до 12.30 в кабинете 12",
            "2026-12-19T10:00",
            "2026-12-19T12:30",
            None,
        ),
    ],
)
def test_deadline_is_not_an_end_time(
    text: str, start: str, end: str | None, deadline: str | None
) -> None:
    got = parse(text)
    assert (got["start"], got["end"], got["deadline"]) == (start, end, deadline)


def test_a_past_deadline_stays_in_its_year() -> None:
    now = datetime.fromisoformat("2026-12-11T13:00")
    got = parse("Экскурсия 19.12 в 11:00, кто едет — до 10.12 сказать мне", now)
    assert (got["start"], got["deadline"]) == ("2026-12-19T11:00", "2026-12-10")


_MORE = " Лектор расскажет о звёздах и планетах. Вход свободный, приглашаются все желающие."


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Ночь науки в планетарии 7 декабря начнётся в 19:30, закрытие состоится в 22:45.",
            "2026-12-07T19:30",
            "2026-12-07T22:45",
        ),
        ("Ярмарка 10 декабря в 12:00, закрытие в 16:00.", "2026-12-10T12:00", "2026-12-10T16:00"),
        (
            "Фестиваль 10 декабря с 11:00, завершение фестиваля в 14:00.",
            "2026-12-10T11:00",
            "2026-12-10T14:00",
        ),
    ],
)
def test_closing_words_give_the_end(text: str, start: str, end: str) -> None:
    for variant in (text, text + _MORE):
        got = parse(variant)
        assert (got["start"], got["end"]) == (start, end), variant


@pytest.mark.parametrize(
    "text",
    [
        "Акция пройдёт 10 декабря в 10 муниципалитетах края.",
        "Олимпиада 10 декабря пройдёт в 3 этапа.",
        "Субботник 10 декабря пройдёт в 5 районах города.",
    ],
)
def test_a_count_is_not_a_clock_time(text: str) -> None:
    for variant in (text, text + _MORE):
        got = parse(variant)
        assert got["start"] == "2026-12-10", variant


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Фестиваль пройдёт с 25 по 3 января в парке.", "2026-12-25", "2027-01-03"),
        ("Смена в лагере с 28 по 5 февраля, 5-7 классы", "2027-01-28", "2027-02-05"),
        ("Каникулярная школа 28-05.01 в гимназии", "2026-12-28", "2027-01-05"),
        (
            "В эти дни, с 25 по 3 января, в парке проходит фестиваль ледяных скульптур, "
            "который каждый год собирает мастеров со всей области и гостей города.",
            "2026-12-25",
            "2027-01-03",
        ),
    ],
)
def test_range_whose_first_day_has_no_month(text: str, start: str, end: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"], got["doubts"]) == (start, end, [])


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Мастер-класс «Рождественский ангел» пройдёт 12 декабря в 14:00 в краеведческом "
            "музее. Часы работы: 10:00–18:00, понедельник выходной.",
            "2026-12-12T14:00",
        ),
        (
            "Режим работы библиотеки в праздники: 3, 4 января – с 10.00 до 16.00.\n"
            "4 января в 12.00 – новогодний утренник для детей.",
            "2027-01-04T12:00",
        ),
        (
            "Музей открыт с 10 до 18. Выставка «Зима» откроется 10 декабря в 12:00, "
            "приходите, вход свободный для всех.",
            "2026-12-10T12:00",
        ),
    ],
)
def test_opening_hours_are_not_the_event(text: str, start: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == (start, None)


def test_opening_hours_days_are_not_sessions() -> None:
    text = (
        "Новогодние праздники в музее\n2, 3, 4 января – музей работает с 11.00 до 17.00\n"
        "3 января в 13.00 – кукольный спектакль «Морозко» для детей и взрослых"
    )
    got = parse(text)
    assert got["start"] == "2027-01-03T13:00"
    assert all(not s["start"].endswith("T00:00") for s in got["sessions"])


def test_a_programme_under_a_schedule_heading_is_an_event() -> None:
    text = (
        "Расписание\n\n14 декабря\n\n11.00 - открытие турнира «Белая ладья»\n\n"
        "12.30 - первый тур\n\n15.00 - награждение победителей"
    )
    got = parse(text)
    assert (got["intent"], got["start"]) == ("event", "2026-12-14T11:00")


def test_a_schedule_question_stays_a_question() -> None:
    assert parse("Расписание на 14 декабря для 9Б?")["intent"] == "query"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Школьники смогут бесплатно посетить музей.\n\nВторого декабря краеведческий музей "
            "проводит тематические экскурсии для учащихся. Экскурсоводы подготовили игры и "
            "викторины для ребят.",
            "2026-12-02",
        ),
        (
            "Библиотека приглашает на встречу с писателем. Встреча пройдёт двадцать первого "
            "декабря в читальном зале, вход свободный. Писатель расскажет о новой книге.",
            "2026-12-21",
        ),
    ],
)
def test_ordinal_day_in_words_in_a_long_post(text: str, start: str) -> None:
    assert parse(text)["start"] == start


@pytest.mark.parametrize(
    "text",
    [
        "Кружок с 14 по 19 декабря ежедневно",
        "В колледже с 14 по 19 декабря проходят дни открытых дверей. Каждый день гостей "
        "знакомят с одной из специальностей, отвечают на вопросы абитуриентов и родителей.",
    ],
)
def test_a_daily_range_without_an_hour_keeps_its_days(text: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == ("2026-12-14", "2026-12-19")


def test_a_weekly_range_without_an_hour_starts_on_its_first_weekday() -> None:
    got = parse("Секция по средам с 1 по 29 декабря в спортзале")
    assert got["start"] == "2026-12-02"


def test_registration_on_a_site_is_a_deadline_and_stages_give_the_dates() -> None:
    text = (
        "Приглашаем школьников на конкурс юных поэтов «Звонкое слово». Чтобы стать "
        "участником, нужно пройти регистрацию на сайте slovo.ru до 10 декабря. "
        "Конкурс проходит в три этапа: школьный (14 – 25 декабря), городской (11 – 22 "
        "января) и финал (февраль)."
    )
    got = parse(text)
    assert (got["start"], got["end"], got["deadline"]) == ("2026-12-14", "2026-12-25", "2026-12-10")


def test_an_untied_pick_among_several_dates_is_asked_about() -> None:
    text = (
        "Городская библиотека и клуб любителей книги. Встреча читателей с автором "
        "романа «Северный ветер» 12 декабря в 18:00. Обсуждение новой книги 19 декабря, "
        "читальный зал на втором этаже, вход свободный."
    )
    got = parse(text)
    assert "several_dates" in got["doubts"]
    assert {c[:10] for c in got["choices"]} == {"2026-12-12", "2026-12-19"}


def test_a_pick_tied_to_an_event_cue_is_not_asked_about() -> None:
    text = (
        "Городская библиотека и клуб любителей книги. Встреча читателей с автором "
        "романа «Северный ветер» состоится 12 декабря. Новая книга вышла в свет "
        "1 октября, тираж уже в магазинах."
    )
    got = parse(text)
    assert (got["start"], got["doubts"]) == ("2026-12-12", [])


def test_the_first_time_range_written_is_the_events() -> None:
    text = (
        "Планетарий приглашает\n7 декабря с 18 – 23 часов\nна «Ночь астрономии».\n"
        "В программе:\nС 19.00 – 22.00 наблюдение неба в телескоп, при хорошей погоде.\n"
        "Вход по билетам."
    )
    got = parse(text)
    assert (got["start"], got["end"]) == ("2026-12-07T18:00", "2026-12-07T23:00")


@pytest.mark.parametrize(
    "text",
    [
        "Общество «Знание» приглашает на лекции в библиотеку.\n"
        "11 декабря, 18-00 - Лекция «История города» (12+).\n"
        "18 декабря, 18-00 - Лекция «Художники края» (12+).\nВход свободный.",
        "Мастер-классы в библиотеке\n11 декабря в 18.00 ч. – «Ёлочная игрушка»\n"
        "18 декабря в 18.00 ч. – «Открытка»\nЗапись по телефону.",
    ],
)
def test_programme_lines_with_unusual_clocks_are_sessions(text: str) -> None:
    got = parse(text)
    assert got["start"] == "2026-12-11T18:00"
    assert [s["start"] for s in got["sessions"]] == ["2026-12-11T18:00", "2026-12-18T18:00"]
    assert "several_dates" not in got["doubts"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Субботник второго декабря, 7-8 классы", "2026-12-02"),
        ("Концерт двадцать пятого декабря в 18:00 в актовом зале", "2026-12-25T18:00"),
        ("Лекция третьего числа в 15:00", "2026-12-03T15:00"),
        ("Собрание на двадцать первое число в 18:00", "2026-11-21T18:00"),
    ],
)
def test_ordinal_days_in_words(text: str, start: str) -> None:
    assert parse(text, datetime.fromisoformat("2026-11-20T10:00"))["start"] == start


@pytest.mark.parametrize(
    "text",
    [
        "Экскурсия 19 декабря в 11:00, регистрация до 10 декабря",
        "Городской конкурс чтецов пройдёт 19 декабря в 11:00 в библиотеке. Заявки принимаются "
        "до 10 декабря, участвуют ученики 5-8 классов, вход для зрителей свободный.",
    ],
)
def test_a_past_registration_deadline_stays_in_its_year(text: str) -> None:
    got = parse(text, datetime.fromisoformat("2026-12-11T13:00"))
    assert (got["start"], got["deadline"]) == ("2026-12-19T11:00", "2026-12-10")


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-28 07:42:47\n7 декабря в школе №12 состоится встреча с писателем. "
        "Ребята узнают, как рождаются книги, и зададут свои вопросы.",
        "2026-11-30 16:21\nВыставка рисунков откроется 7 декабря в актовом зале. "
        "На ней покажут работы учеников начальных классов.",
        "Новости школы\n2026-11-25T09:03:11\nКонцерт к Новому году пройдёт 7 декабря. "
        "Выступят хор и ансамбль народного танца.",
    ],
)
def test_a_past_iso_date_time_is_a_stamp_and_its_clock_stays_out(text: str) -> None:
    """A pasted page's ISO publication moment, seconds or not, is taken whole: the event
    keeps its own day, without the stamp's clock time."""
    assert parse(text)["start"] == "2026-12-07"


def test_an_iso_date_time_ahead_is_still_the_event() -> None:
    """The rule takes only moments not ahead of the post: a date-time ahead is the event."""
    text = (
        "Лекция «Зимнее небо» пройдёт 2026-12-15 15:00 в библиотеке. "
        "Приглашаются учащиеся 5–7 классов и их родители."
    )
    assert parse(text)["start"] == "2026-12-15T15:00"


@pytest.mark.parametrize(
    "text",
    [
        "Квест «Тайны старого города» пройдёт 7 декабря в 11:00 у входа в парк. "
        "На каждой станции командам даётся 10 минут на выполнение задания.",
        "Шахматный турнир для школьников начнётся 7 декабря в 11:00 в клубе «Ладья». "
        "Участникам отводится 15 минут на обдумывание ходов, а в финале 20 минут на каждую "
        "партию.",
        "Конкурс чтецов состоится 7 декабря в 11:00 в детской библиотеке. "
        "Каждому чтецу предоставляется 5 минут на выступление.",
    ],
)
def test_a_time_allotted_to_a_part_is_not_the_events_length(text: str) -> None:
    """A duration given to a task, a stage or a performer ("10 минут на выполнение задания")
    is a part's allotment: the event keeps no invented end."""
    got = parse(text)
    assert (got["start"], got["end"]) == ("2026-12-07T11:00", None)


def test_a_plain_length_of_the_event_is_still_read() -> None:
    """The event's own length, with no part named after it, still gives the end."""
    text = (
        "Мастер-класс по лепке пройдёт 7 декабря в 11:00 в библиотеке. "
        "Занятие длится 90 минут, материалы выдаются на месте."
    )
    assert parse(text)["end"] == "2026-12-07T12:30"


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "Конкурс чтецов пройдёт 7 декабря в библиотеке. Участвуют учащиеся с 1 по 6 классы.",
            list(range(1, 7)),
        ),
        (
            "Экскурсия для школьников со 2-го по 4-й класс пройдёт 7 декабря в музее. "
            "Сбор у входа.",
            [2, 3, 4],
        ),
        (
            "Викторина «Знатоки природы» состоится 7 декабря в школьной библиотеке.\n\n"
            "Младшая группа – учащиеся с 5 по 7 классы;\nстаршая группа – с 8 по 11 классы.",
            list(range(5, 12)),
        ),
    ],
)
def test_a_grade_span_in_words_is_the_audience_never_a_clock(text: str, grades: list[int]) -> None:
    """ "с 1 по 6 классы" names the classes: no clock time is read from "с 1 по 6"."""
    got = parse(text)
    assert (got["start"], got["grades"]) == ("2026-12-07", grades)


def test_a_clock_range_in_words_stays_a_time() -> None:
    """Without a class word after it, "с 10 по 12 часов" is still the event's hours."""
    got = parse("Приём документов с 10 по 12 часов 7 декабря в кабинете 204.")
    assert (got["start"], got["end"]) == ("2026-12-07T10:00", "2026-12-07T12:00")
