"""The start and end of a long post, and when the parser must doubt its pick (third round).

Each rule is tried with sentences of our own in other words (not copied from the corpora),
and with at least one that it must not change:
- "N дня" with 2–4 and no prefix is a count of days by agreement, never a clock time;
- "за N минут" is a time limit or a lead time, never the event's length;
- a post that says "по местному времени" gives its start in local time, even when another
  of its times is in Moscow time;
- a day inside the pick's span of several days, announced by its own sentence as held within
  a frame ("в рамках недели", "в ходе фестиваля"), is offered beside the span (several_dates).
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
    ("text", "start", "end"),
    [
        (
            "Школа программирования приглашает на курс, 3 дня с 04.01.2027 по 06.01.2027, "
            "с 11:00 до 14:00. Запись у классного руководителя.",
            "2027-01-04T11:00",
            "2027-01-04T14:00",
        ),
        (
            "Смена в лагере «Юнга» продлится 2 дня: 12 декабря в 9:00 сбор у школы, "
            "отъезд на автобусе.",
            "2026-12-12T09:00",
            None,
        ),
        (
            "Олимпиада по химии 10 декабря в 10:00, участникам дается 4 дня на апелляцию.",
            "2026-12-10T10:00",
            None,
        ),
    ],
)
def test_days_counted_are_no_clock_time(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт 12 декабря в 4 дня в актовом зале", "2026-12-12T16:00"),
        ("Экскурсия 12 декабря, начало в 3 дня", "2026-12-12T15:00"),
    ],
)
def test_hour_of_the_afternoon_still_read(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


@pytest.mark.parametrize(
    "text",
    [
        "Квиз для старшеклассников 5 декабря в 15:00 в библиотеке. Командам нужно "
        "за 40 минут ответить на 30 вопросов.",
        "Зимний забег 5 декабря в 15:00 на стадионе, участники пробегут дистанцию за 20 минут.",
        "Экскурсия в музей 5 декабря в 15:00, просим собраться за 15 минут до начала у входа.",
    ],
)
def test_within_minutes_is_no_length(text: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-12-05T15:00", None)


def test_length_still_read() -> None:
    got = _parse("Экскурсия в музей 5 декабря в 15:00, продолжительность 40 минут.")
    assert (got["start"], got["end"]) == ("2026-12-05T15:00", "2026-12-05T15:40")


@pytest.mark.parametrize(
    "text",
    [
        "Диктант проводится 5 декабря 2026 года. Начало в 12.00 по местному времени. "
        "Онлайн-форма открыта с 00.00 до 23.59 по московскому времени 5 декабря.",
        "Тестирование по математике пройдёт 5 декабря. Старт в 12:00 (по местному времени), "
        "результаты появятся на сайте в 18:00 МСК.",
        "Международная акция пройдёт 5 декабря в 12:00 по местному времени во всех регионах.",
    ],
)
def test_local_time_is_not_moved(text: str) -> None:
    assert _parse(text)["start"] == "2026-12-05T12:00"


def test_moscow_time_still_moved() -> None:
    got = _parse("Вебинар для учителей пройдёт 5 декабря в 12:00 по московскому времени.")
    assert got["start"] == "2026-12-05T11:00"  # the school's zone is Kaliningrad


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "С 7 по 13 декабря в городе пройдёт Неделя науки. В рамках недели в среду, "
            "9 декабря, в школе состоится лекция о космосе.",
            "2026-12-09",
        ),
        (
            "Фестиваль технического творчества пройдёт с 1 по 6 декабря. В ходе фестиваля "
            "3 декабря в школе № 5 состоится турнир роботов.",
            "2026-12-03",
        ),
        (
            "Декада математики пройдёт с 1 по 10 декабря. В программе декады 4 декабря "
            "состоится олимпиада для 5–7 классов.",
            "2026-12-04",
        ),
    ],
)
def test_event_within_a_frame_is_offered(text: str, day: str) -> None:
    got = _parse(text)
    assert "several_dates" in got["doubts"]  # type: ignore[operator]
    assert any(c.startswith(day) for c in got["choices"])  # type: ignore[attr-defined]


def test_day_of_a_programme_is_not_offered() -> None:
    got = _parse(
        "Фестиваль технического творчества пройдёт с 1 по 6 декабря в технопарке. "
        "3 декабря состоится турнир роботов, 5 декабря — выставка проектов."
    )
    assert got["start"] == "2026-12-01"
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Ярмарка 5 декабря с полудня до шести часов вечера",
            "2026-12-05T12:00",
            "2026-12-05T18:00",
        ),
        (
            "Новогодняя дискотека 5 декабря с восьми вечера до полуночи",
            "2026-12-05T20:00",
            "2026-12-06T00:00",
        ),
        ("Субботник 5 декабря с 9 утра до полудня", "2026-12-05T09:00", "2026-12-05T12:00"),
    ],
)
def test_noon_and_midnight_bound_a_range(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_noon_alone_still_read() -> None:
    assert _parse("Ярмарка 5 декабря в полдень")["start"] == "2026-12-05T12:00"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Городская библиотека готовит каникулы для школьников.\n«С 21 по 25 декабря у нас "
            "пройдут мастер-классы и громкие чтения», — рассказала директор библиотеки.",
            "2026-12-21",
            "2026-12-25",
        ),
        (
            "В технопарке ждут юных изобретателей. «Выставка роботов откроется 12 декабря, "
            "приходите всей семьёй!» — пригласил руководитель технопарка.",
            "2026-12-12",
            None,
        ),
        (
            "Музей подготовил программу к празднику. «Экскурсии начнутся 14 декабря и продлятся "
            "неделю», — уточнили в музее.",
            "2026-12-14",
            None,
        ),
    ],
)
def test_dates_in_direct_speech_are_read(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_date_in_a_quoted_name_stays_in_the_title() -> None:
    got = _parse("Конкурс «Весна 2027» пройдёт 12 декабря в актовом зале.")
    assert got["start"] == "2026-12-12"
    assert "2027" in str(got["title"])


@pytest.mark.parametrize(
    "text",
    [
        "Муниципальный этап олимпиады по праву пройдёт в корпусе школы № 504. Начало в 10:00, "
        "приглашаются учащиеся 9-х и 11-х классов.",
        "Открытое первенство по шахматам среди школьников пройдёт в шахматном клубе. "
        "Регистрация участников с 9:30, первый тур начнётся в 10:00.",
        "Уважаемые коллеги! Приглашаем учащихся на встречу с ветеранами в музее школы. "
        "Встреча состоится в 15:00, просим подтвердить участие.",
    ],
)
def test_post_with_a_time_but_no_day_asks_the_day(text: str) -> None:
    got = _parse(text)
    assert got["intent"] == "event"
    assert got["start"] is None  # the bot asks the day; never today or tomorrow by default


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Сегодня в школе № 504 пройдёт муниципальный этап олимпиады. Начало в 15:00, "
            "участники приедут из 9-х и 11-х классов.",
            "2026-11-20T15:00",
        ),
        (
            "Лекция о космосе для учащихся в субботу в 15:00 в кабинете 204. Приглашаем "
            "учащихся 9-х и 11-х классов, запись у классного руководителя.",
            "2026-11-21T15:00",
        ),
        ("Кружок робототехники в 15:00", "2026-11-20T15:00"),  # a chat line: today
    ],
)
def test_a_day_named_or_a_chat_line_keeps_its_day(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "date 2026-10-02 Уже в ближайшую субботу, 28 ноября, в парке «Юность» пройдёт "
            "городской турнир по мини-футболу среди школьных команд. Заявки принимает "
            "учитель физкультуры.",
            "2026-11-28",
        ),
        (
            "2026-11-20\nВ эту пятницу, 27 ноября, в библиотеке им. Гайдара состоится встреча "
            "с детским писателем для учащихся 5–7 классов.",
            "2026-11-27",
        ),
        (
            "Опубликовано: 2026-11-19. Экскурсия в Музей Мирового океана для 8 классов пройдёт "
            "3 декабря, сбор у школы.",
            "2026-12-03",
        ),
    ],
)
def test_a_pages_own_iso_date_is_no_day_of_the_event(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_an_iso_date_ahead_is_still_read() -> None:
    got = _parse(
        "Лекция о космосе для 9 классов пройдёт 2026-12-15 в актовом зале, вход свободный."
    )
    assert got["start"] == "2026-12-15"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "На 3 декабря анонсирована всероссийская онлайн-викторина для школьников, "
            "сообщается на сайте министерства. Участвовать могут ученики 5–11 классов.",
            "2026-12-03",
        ),
        (
            "Городской смотр строя и песни назначен на 4 декабря, сообщили в управлении "
            "образования. Школы готовят отряды уже сейчас.",
            "2026-12-04",
        ),
        (
            "Как рассказали в пресс-службе, на 5 декабря назначена встреча школьников "
            "с космонавтом. Вопросы гостю можно прислать заранее.",
            "2026-12-05",
        ),
    ],
)
def test_a_date_announced_in_a_report_is_the_events(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_a_report_of_a_passed_day_is_still_hidden() -> None:
    got = _parse(
        "Олимпиада по физике для 9–11 классов состоится 4 декабря в школе № 5. Об этом "
        "18 ноября сообщили в пресс-службе управления образования."
    )
    assert got["start"] == "2026-12-04"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Онлайн-урок 3 декабря стартует в 11.00 по Москве, ссылка у классного руководителя.",
            "2026-12-03T10:00",
        ),
        ("Трансляция концерта 3 декабря начнётся в 19:00 по Москве.", "2026-12-03T18:00"),
    ],
)
def test_a_time_by_moscow_is_moved(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_a_tour_of_moscow_is_not_moscow_time() -> None:
    got = _parse("Экскурсия по Москве 3 декабря в 10:00 для 9 классов")
    assert got["start"] == "2026-12-03T10:00"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "Экскурсии на хлебозавод для 4-х классов: 4а - 3.12 в 9:30, 4б - 4.12 в 9:30, "
            "4в - 5.12 в 11:00. Сопровождают классные руководители.",
            ["2026-12-03T09:30", "2026-12-04T09:30", "2026-12-05T11:00"],
        ),
        (
            "Занятия в технопарке по группам: младшая группа — 7 декабря в 15:00; старшая "
            "группа — 8 декабря в 15:00. Форма одежды спортивная, сменная обувь обязательна.",
            ["2026-12-07T15:00", "2026-12-08T15:00"],
        ),
        (
            "Профориентационные встречи в колледже: 7 дек в 10:00, 9 дек в 12:00. "
            "Приглашаются учащиеся 8–9 классов, запись у классного руководителя.",
            ["2026-12-07T10:00", "2026-12-09T12:00"],
        ),
    ],
)
def test_dated_times_of_groups_are_sessions_not_rivals(text: str, starts: list[str]) -> None:
    got = _parse(text)
    assert got["start"] == starts[0]
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]
    assert [s["start"] for s in got["sessions"]] == starts  # type: ignore[attr-defined,index]


def test_dated_times_in_separate_sentences_stay_rivals() -> None:
    got = _parse(
        "Лекция о космосе состоится 7 декабря в 15:00 в актовом зале. Повторная лекция "
        "состоится 14 декабря в 15:00, запись у классного руководителя."
    )
    assert "several_dates" in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "Театр юного зрителя 5 декабря приглашает на премьеру сказки «Снежная королева». "
        "К премьере театр готовит абонементы, продажа которых начнётся с 12 декабря.",
        "Премьера спектакля «Снежная королева» состоится 5 декабря в ТЮЗе. Продажа билетов "
        "откроется с 12 декабря на сайте театра.",
        "Концерт хора «Радуга» пройдёт 5 декабря в филармонии. Продажи билетов стартуют "
        "со 12 декабря в кассах.",
    ],
)
def test_a_sales_window_opening_is_not_offered(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-05"
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]


def test_a_later_performance_is_still_offered() -> None:
    got = _parse(
        "Премьера спектакля «Снежная королева» состоится 5 декабря в ТЮЗе. Повторный показ "
        "пройдёт 12 декабря, билеты в кассе театра."
    )
    assert "several_dates" in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "4 декабря в России отмечается День информатики. Школьный клуб программистов "
            "проведёт в этот день турнир для 7–9 классов, начало в 14:00.",
            "2026-12-04T14:00",
        ),
        (
            "Накануне праздника: 9 декабря страна отмечает День Героев Отечества. В тот же день "
            "в актовом зале состоится встреча школьников с ветеранами, начало в 11:00.",
            "2026-12-09T11:00",
        ),
        (
            "12 декабря празднуется День Конституции. Библиотека приглашает учащихся в этот "
            "праздник на интеллектуальную игру, сбор в 13:00 в читальном зале.",
            "2026-12-12T13:00",
        ),
    ],
)
def test_an_occasion_referred_back_to_is_the_events_day(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_an_occasion_in_passing_stays_hidden() -> None:
    got = _parse(
        "29 ноября в России отмечается День матери. Концерт для мам пройдёт 27 ноября "
        "в 15:00 в актовом зале школы, приглашаются все классы."
    )
    assert got["start"] == "2026-11-27T15:00"


@pytest.mark.parametrize(
    "text",
    [
        "В субботу, 5 декабря, на стадионе «Юность» пройдёт школьная эстафета «Зимние старты».\n"
        "Выдача номеров:\n5 декабря | 9:00 - 10:00\n5 декабря | 10:30 - 12:00 для младших классов\n"
        "Приглашаются команды 5–11 классов.",
        "Городской турнир по шахматам для школьников состоится 5 декабря во Дворце творчества. "
        "Регистрация участников 5 декабря с 9:30 до 10:00. Жеребьёвка 5 декабря в 10:15.",
        "5 декабря в парке пройдёт семейный фестиваль «Зимние забавы». Мастер-классы для малышей "
        "5 декабря с 11:00 до 13:00. Конкурсы для старших 5 декабря с 14:00 до 16:00.",
    ],
)
def test_several_slots_of_the_day_ask_the_time(text: str) -> None:
    got = _parse(text)
    assert str(got["start"]).startswith("2026-12-05")
    assert "several_times" in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "Городской турнир по шахматам для школьников состоится 5 декабря в 10:00 во Дворце "
        "творчества. Регистрация участников 5 декабря с 9:30 до 10:00. Жеребьёвка 5 декабря "
        "в 10:15.",
        "Городской турнир по шахматам для школьников состоится 5 декабря во Дворце творчества. "
        "Регистрация участников 5 декабря с 9:30 до 10:00, просим не опаздывать.",
    ],
)
def test_a_time_of_its_own_or_one_slot_is_not_asked(text: str) -> None:
    assert "several_times" not in _parse(text)["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "Коллеги! В чт 26.11 в 14:30 в актовом зале лекция для 10 классов «Как устроен ИИ». "
            "Сопровождающий от класса обязателен, списки мне до ср 12ч",
            "2026-11-25",
        ),
        ("Экскурсия в музей в чт 26.11 в 14:30, деньги сдать до пн 18:00", "2026-11-23"),
        ("Лекция 26.11 в 14:30 в актовом зале, списки до 24.11 в 12 часов", "2026-11-24"),
    ],
)
def test_a_deadlines_hour_is_no_time_of_the_event(text: str, deadline: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"], got["deadline"]) == ("2026-11-26T14:30", None, deadline)
    assert "weekday_mismatch" not in got["doubts"]  # type: ignore[operator]


def test_a_range_of_short_weekdays_is_no_deadline() -> None:
    got = _parse("Репетиции хора с пн до ср в 15:00 в актовом зале")
    assert got["deadline"] is None
