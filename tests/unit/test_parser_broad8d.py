"""The event's own date and time among several (issue 10, points 1, 2 and 4): numbers that are
no clock time, a part's time limit, a date's block of undated sentences, a later slot's range.
Small cases written for each rule, in other words than the posts of real_posts_broad8d.jsonl;
each rule also has a case it must leave as it was."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")


def parse(text: str, now: datetime = NOW) -> dict[str, Any]:
    return intent_to_json(parse_message(text, now))


# an ordinal ("в 15-й раз", "в 3-м туре") is a count, never an hour
@pytest.mark.parametrize(
    "text",
    [
        "Городской фестиваль «Зимняя сказка» пройдёт 12 декабря. В этом году праздник "
        "проводится уже в 15-й раз, организаторы ждут гостей из всех районов.",
        "Конкурс юных чтецов состоится 12 декабря в библиотеке. Конкурс проходит в 7-й раз, "
        "в нём участвуют школьники из всех школ города.",
        "Турнир по шахматам состоится 12 декабря в шахматном клубе. Победители сыграют "
        "в 2-м туре областного первенства, который начнётся позже.",
    ],
)
def test_an_ordinal_is_no_hour(text: str) -> None:
    got = parse(text)
    assert got["start"] == "2026-12-12"


def test_a_plain_hour_after_v_is_still_read() -> None:
    got = parse(
        "Городской фестиваль «Зимняя сказка» пройдёт 12 декабря в 15 часов на главной "
        "площади. Гостей ждут концерт и ярмарка."
    )
    assert got["start"] == "2026-12-12T15:00"


# a decimal head-count ("7,9 тысячи школьников") is taken whole: "7," alone read as 19:00
@pytest.mark.parametrize(
    "text",
    [
        "С 20 по 23 декабря в цирке пройдёт новогоднее представление. Его посмотрят около "
        "7,9 тысячи школьников из всех районов области.",
        "С 20 по 23 декабря в цирке пройдёт новогоднее представление. На праздник "
        "придут 2,5 тысячи детей и их родители.",
        "С 20 по 23 декабря в цирке пройдёт новогоднее представление. Всего будет выдано "
        "около 3,2 тыс. пригласительных билетов.",
    ],
)
def test_a_decimal_count_is_no_time(text: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == ("2026-12-20", "2026-12-23")


def test_a_count_does_not_hide_a_clock_written_with_a_comma_elsewhere() -> None:
    got = parse(
        "Новогоднее представление пройдёт 20 декабря в 11:00 в цирке. Его посмотрят около "
        "7,9 тысячи школьников из всех районов области."
    )
    assert got["start"] == "2026-12-20T11:00"


# "в 11-00 часов" is 11:00, not the hours 11 to 0 (which made an hour-long event)
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Районный конкурс чтецов состоится 5 декабря в 11-00 часов в Доме культуры.", "11:00"),
        ("Лекция о космосе пройдёт 5 декабря в 18-00 часов в городской библиотеке.", "18:00"),
        ("Собрание родителей первоклассников 5 декабря в 17-00 часов, актовый зал.", "17:00"),
    ],
)
def test_hour_dash_zero_zero_is_a_clock(text: str, start: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == (f"2026-12-05T{start}", None)


def test_an_hour_range_with_dash_stays_a_range() -> None:
    got = parse("Приём документов 5 декабря с 9-12 часов в кабинете 14 колледжа.")
    assert (got["start"], got["end"]) == ("2026-12-05T09:00", "2026-12-05T12:00")


# "(а не с 14 на 15 мая, как сообщалось ранее)": the night's first day is no clock
@pytest.mark.parametrize(
    "text",
    [
        "Акция «Ночь в библиотеке» пройдёт 19 декабря (а не с 12 на 13 декабря, как "
        "сообщалось ранее). Программа начнётся в 18:00 в читальном зале.",
        "Новогодний вечер в школе пройдёт 19 декабря, не с 13 на 14 декабря, как было в "
        "объявлении. Вечер начнётся в 18:00 в актовом зале.",
        "Фестиваль пройдёт 19 декабря (ранее сообщалось о ночи с 9 на 10 декабря). Начало "
        "программы в 18:00 на главной площади.",
    ],
)
def test_a_hidden_nights_first_day_is_no_clock(text: str) -> None:
    got = parse(text)
    assert got["start"] == "2026-12-19T18:00"


def test_a_night_span_of_the_event_keeps_both_days() -> None:
    got = parse(
        "Акция «Ночь кино» пройдёт в ночь с 19 на 20 декабря во всех кинотеатрах города. "
        "Вход свободный, приглашаются все желающие."
    )
    assert (got["start"], got["end"]) == ("2026-12-19", "2026-12-20")


# a limit set on a part ("выступление не более 3 минут") is not the event's length
@pytest.mark.parametrize(
    "text",
    [
        "Конкурс чтецов состоится 5 декабря в 12:00 в библиотеке. Регламент одного "
        "выступления не более 3 минут.",
        "Конкурс чтецов состоится 5 декабря в 12:00 в библиотеке. Выступление не должно "
        "превышать 5 минут, допускается музыкальное сопровождение.",
        "Фестиваль видеороликов пройдёт 5 декабря в 12:00 в молодёжном центре. Ролик "
        "должен длиться максимум 2 минуты.",
    ],
)
def test_a_parts_time_limit_is_not_the_events_length(text: str) -> None:
    got = parse(text)
    assert (got["start"], got["end"]) == ("2026-12-05T12:00", None)


def test_the_events_own_length_still_sets_its_end() -> None:
    got = parse(
        "Лекция о космосе состоится 5 декабря в 12:00 в библиотеке. Продолжительность "
        "1 час, вход свободный."
    )
    assert (got["start"], got["end"]) == ("2026-12-05T12:00", "2026-12-05T13:00")


# a date's block: the undated sentences after it ("Место встречи — у входа в 11:30.")
@pytest.mark.parametrize(
    "text",
    [
        "Праздник в парке продлится два дня. В субботу, 12 декабря, пройдёт конкурс снежных "
        "фигур. Место встречи — у главного входа в 11:30. В воскресенье, 13 декабря, "
        "в 12:00 пройдёт концерт на летней эстраде.",
        "Программа выходных в музее. В субботу, 12 декабря, состоится мастер-класс по "
        "росписи игрушек. Сбор участников в фойе в 11:30. В воскресенье, 13 декабря, "
        "в 14:00 пройдёт экскурсия по залам.",
        "Каникулы в библиотеке. 12 декабря пройдёт игра «Зимние загадки». Начало в 11:30, "
        "вход свободный. 13 декабря в 15:00 состоится показ мультфильмов.",
    ],
)
def test_a_dates_time_in_the_next_sentence_keeps_the_first_day(text: str) -> None:
    got = parse(text)
    assert got["start"] == "2026-12-12T11:30"


@pytest.mark.parametrize(
    "text",
    [
        "С 12 по 14 декабря в парке пройдёт зимний фестиваль. 12 декабря состоится "
        "открытие. Начало в 12:00. 14 декабря пройдёт закрытие фестиваля. Начало в 16:30.",
        "С 12 по 14 декабря в школе пройдёт неделя науки. 12 декабря пройдёт конференция. "
        "Начало в 10:00. 14 декабря состоится награждение. Начало в 15:00.",
        "С 12 по 14 декабря пройдёт турнир по шахматам. 12 и 13 декабря состоится турнир "
        "по быстрым шахматам. Начало в 11:00. 14 декабря пройдёт сеанс одновременной "
        "игры. Начало в 10:30.",
    ],
)
def test_a_later_days_own_start_is_not_the_first_days(text: str) -> None:
    got = parse(text)
    assert got["start"] is not None
    assert got["start"].startswith("2026-12-12")
    assert not got["start"].endswith(("16:30", "15:00", "10:30"))


def test_a_single_date_keeps_its_time_from_the_next_sentence() -> None:
    got = parse(
        "Конкурс «Зимние узоры» состоится 12 декабря в Доме творчества. Начало в 11:00, "
        "просим не опаздывать."
    )
    assert got["start"] == "2026-12-12T11:00"


# a time range in a later sentence than the start is a slot of the programme, not the end
@pytest.mark.parametrize(
    "text",
    [
        "В парке 12 декабря откроют зимний сезон. Основная программа начнётся в 15:00. "
        "С 16:30 до 17:00 на сцене выступят творческие коллективы, после — ледяной квест.",
        "Праздник двора пройдёт 12 декабря у дома культуры. Начало праздника в 12:00. "
        "С 13:00 до 13:30 пройдёт розыгрыш призов для детей.",
        "Ярмарка ремёсел откроется 12 декабря на площади. Открытие в 11:00. С 12:00 до 12:40 "
        "на сцене выступит фольклорный ансамбль, затем мастер-классы.",
    ],
)
def test_a_later_sentences_range_is_a_slot(text: str) -> None:
    got = parse(text)
    assert got["end"] is None
    assert got["start"] is not None
    assert got["start"].startswith("2026-12-12T1")


def test_a_range_in_the_starts_own_sentence_still_ends_it() -> None:
    got = parse(
        "Экскурсия в музей состоится 12 декабря: выход из школы в 10.20, экскурсия "
        "10.45-11.30, возвращение к обеду. Сопровождают классные руководители."
    )
    assert (got["start"], got["end"]) == ("2026-12-12T10:20", "2026-12-12T11:30")


# opening hours are taken whole: "с 18:00 до 23:00" once left "3:00" to be read as a time
@pytest.mark.parametrize(
    "text",
    [
        "Акция «Ночь в библиотеке» пройдёт 19 декабря. Библиотеки будут работать с 18:00 "
        "до 23:00, вход свободный.",
        "Выставка «Зимний лес» откроется 19 декабря. Музей работает с 10:00 до 22:00, "
        "билеты продаются в кассе.",
        "Фестиваль света пройдёт 19 декабря. Парк открыт с 17:00 до 21:00, вход свободный "
        "для всех желающих.",
    ],
)
def test_opening_hours_leave_no_clock_behind(text: str) -> None:
    got = parse(text)
    assert got["start"] == "2026-12-19"
    assert ":00" not in (got["title"] or "")


def test_an_events_own_hours_are_still_read() -> None:
    got = parse("Акция «Ночь в библиотеке» пройдёт 19 декабря с 18:00 до 23:00 в читальном зале.")
    assert (got["start"], got["end"]) == ("2026-12-19T18:00", "2026-12-19T23:00")


# a programme of timed lines after an untimed event sentence: its first slot's end is not the
# event's end ("11.00−12.00, центральная сцена. Открытие праздника")
@pytest.mark.parametrize(
    "text",
    [
        "12 декабря в парке состоится городской праздник «Зимние забавы».\nПрограмма:\n"
        "11.00−12.00, центральная сцена. Открытие праздника, концерт.\n"
        "12.00−12.30, конкурс снежных фигур.\n13.00−14.00, катание на санях.",
        "В субботу, 12 декабря, в Доме культуры пройдёт фестиваль детского творчества.\n"
        "10:00 – 10:40 – открытие и приветствие гостей\n10:40 – 12:00 – выступления "
        "коллективов\n12:00 – 13:00 – мастер-классы",
        "Школьный день науки пройдёт 12 декабря в гимназии.\nРасписание:\n"
        "9.00-9.45 - регистрация и открытие\n10.00-12.00 - работа секций\n"
        "12.30-13.00 - подведение итогов",
    ],
)
def test_a_programmes_first_slot_does_not_end_the_event(text: str) -> None:
    got = parse(text)
    assert got["start"] is not None
    assert got["start"].startswith("2026-12-12T")
    assert got["end"] is None


def test_an_event_sentence_with_its_own_hours_keeps_its_end() -> None:
    got = parse(
        "Планетарий приглашает 12 декабря с 18 – 23 часов на «Ночь науки».\nВ программе:\n"
        "18.00 - лекция о тёмной энергии\n19.00 - полнокупольный фильм\n"
        "20.30 - фильм-шоу «Рождение Вселенной»"
    )
    assert (got["start"], got["end"]) == ("2026-12-12T18:00", "2026-12-12T23:00")


# a sign-up window ("с 9:30 до 11:40 начнется прием заявок") is the desk's hours, not the start
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Лыжная гонка пройдёт 12 декабря на базе «Снежинка». 12 декабря с 9:30 до 11:40 "
            "начнется приём заявок и выдача номеров. В 10:30 стартует эстафета школьников.",
            "2026-12-12T10:30",
        ),
        (
            "Турнир по волейболу состоится 12 декабря в спорткомплексе. Регистрация команд "
            "школ, колледжей и всех желающих будет проходить с 9.00 до 10.30. Первые игры "
            "начнутся в 11.00.",
            "2026-12-12T11:00",
        ),
        (
            "12 декабря музей проводит конкурс чтецов «Родное слово». Заявки принимаются "
            "до 5 декабря по электронной почте или по телефонам в рабочие дни с 09.00 до "
            "17.00.",
            "2026-12-12",
        ),
    ],
)
def test_a_signup_window_is_not_the_start(text: str, start: str) -> None:
    got = parse(text)
    assert got["start"] == start


@pytest.mark.parametrize(
    "text",
    [
        "Соревнования пройдут 12 декабря с 10:00 до 14:00 в спорткомплексе, регистрация "
        "команд по телефону.",
        "Праздник пройдёт 12 декабря в парке.\nПрограмма:\n10:00 - 10:30 – регистрация "
        "участников\n10:30 - 12:00 – эстафеты\n12:00 - 13:00 – награждение",
    ],
)
def test_the_events_own_range_or_a_programme_slot_stays(text: str) -> None:
    got = parse(text)
    assert got["start"] == "2026-12-12T10:00"


# a site's date line opening with the weekday is a publication stamp, its clock no start
@pytest.mark.parametrize(
    "text",
    [
        "Вторник, 01 декабря 2026 09:26\n\nКонкурс песни «Память сердца»\n\n18.12.2026 "
        "в 10:00 в сельском клубе состоится конкурс военно-патриотической песни.",
        "Понедельник, 30 ноября 2026 11:47\nВ библиотеке пройдёт вечер поэзии\n"
        "Вечер поэзии «Зимние строки» состоится 18 декабря в 10:00 в читальном зале.",
        "Среда, 25 ноября 2026 9:13\nШкольников приглашают на экскурсию\nЭкскурсия в "
        "краеведческий музей пройдёт 18 декабря в 10:00, сбор у входа.",
    ],
)
def test_a_weekday_date_line_is_a_stamp(text: str) -> None:
    got = parse(text)
    assert got["start"] == "2026-12-18T10:00"


def test_a_weekday_with_the_events_date_and_time_is_the_event() -> None:
    got = parse(
        "Пятница, 18 декабря 2026 18:00\nКонцерт хора «Зимние голоса» в актовом зале школы, "
        "вход свободный для родителей и гостей."
    )
    assert got["start"] == "2026-12-18T18:00"


# venues: a circus is a place; a "дом" named by a capitalised adjective is a building
@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Сегодня, 12 декабря, в Омском государственном цирке пройдёт слёт юных "
            "волонтёров. Фильм о спортсменах покажут на большом экране, начало в 12:00.",
            "цирк",
        ),
        (
            "Новогоднее представление для школьников пройдёт 20 декабря в 12:00 в "
            "государственном цирке. Пригласительные билеты раздадут в школах города.",
            "цирк",
        ),
        (
            "Открытие выставки молодых художников состоится 20 декабря в 13:00 в "
            "Губернаторском доме. Зрители познакомятся с творчеством шести авторов.",
            "губернаторский дом",
        ),
    ],
)
def test_a_circus_and_a_named_house_are_venues(text: str, needle: str) -> None:
    got = parse(text)
    assert needle in (got["venue"] or "").lower()


def test_a_house_in_small_letters_stays_no_venue() -> None:
    got = parse(
        "Праздник двора пройдёт 20 декабря в 13:00 возле нашего дома, во дворе по "
        "улице Садовой. Приглашаются все жители и их дети."
    )
    assert "дом" not in (got["venue"] or "").lower()
