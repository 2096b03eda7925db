"""Choosing the event's own date in long posts, and doubts that fire only when they should:
small cases in other words than the real posts (other institutions, other dates)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.doubts import in_planned_year
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


def _doubts(got: dict[str, object]) -> list[str]:
    return list(got["doubts"])  # type: ignore[call-overload]


# --- other_year: only outside the school year being planned ---------------------------------


@pytest.mark.parametrize(
    ("day", "today", "planned"),
    [
        (date(2027, 9, 1), date(2027, 8, 25), True),  # 1 September seen from late August
        (date(2027, 9, 15), date(2027, 6, 20), True),  # June: the coming year is planned
        (date(2027, 3, 10), date(2026, 10, 5), True),  # the same school year
        (date(2027, 10, 1), date(2027, 3, 1), False),  # March: next autumn is another year
        (date(2027, 11, 20), date(2026, 11, 30), False),  # a year ahead
        (date(2026, 5, 10), date(2026, 9, 20), False),  # last school year
        (date(2027, 1, 20), date(2026, 12, 1), True),
    ],
)
def test_planned_school_year(day: date, today: date, planned: bool) -> None:
    assert in_planned_year(day, today) is planned


def test_first_of_september_announced_in_august_is_not_another_year() -> None:
    got = _parse(
        "Торжественная линейка, посвящённая Дню знаний, состоится 1 сентября в 9:00 "
        "во дворе гимназии. Приглашаем первоклассников и их родителей.",
        "2028-08-24T12:00",
    )
    assert got["start"] == "2028-09-01T09:00"
    assert "other_year" not in _doubts(got)


def test_a_date_next_autumn_seen_in_spring_is_another_year() -> None:
    got = _parse("Лекция в планетарии 14.10.2027 в 15:00", "2027-03-01T10:00")
    assert got["start"] == "2027-10-14T15:00"
    assert "other_year" in _doubts(got)


# --- weekdays: only the one written with the event's date is checked ------------------------


def test_weekday_of_another_day_in_the_programme_is_not_a_mismatch() -> None:
    text = (
        "Фестиваль робототехники пройдёт 13 марта в технопарке «Кванториум». "
        "Участники соберут модели и покажут их жюри. "
        "В четверг программа продолжится открытыми занятиями для младших школьников."
    )
    got = _parse(text, "2027-03-02T10:00")  # 13 March 2027 is a Saturday
    assert got["start"] == "2027-03-13"
    assert "weekday_mismatch" not in _doubts(got)


def test_weekday_written_with_the_date_is_still_checked() -> None:
    text = (
        "Уважаемые коллеги! Открытый урок астрономии состоится в среду, 13 марта, в 12:00 "
        "в актовом зале библиотеки имени Гайдара. Приглашаются учащиеся 7 классов."
    )
    got = _parse(text, "2027-03-02T10:00")  # 13 March 2027 is a Saturday, not a Wednesday
    assert "weekday_mismatch" in _doubts(got)


@pytest.mark.parametrize(
    "text",
    [
        "Ребята 7Б, в четверг 10.12 поездка в музей мирового океана, выезд в 9:00. "
        "Деньги на билеты сдать до понедельника",
        "7-е классы, олимпиада по биологии в четверг 10 дек в 14:00, каб 31. "
        "Кто пишет — фамилии учителю до вторника",
    ],
)
def test_answer_bound_by_a_weekday_is_a_deadline_not_the_event_weekday(text: str) -> None:
    got = _parse(text, "2026-12-03T10:00")  # 10 December 2026 is a Thursday
    assert str(got["start"]).startswith("2026-12-10")
    assert "weekday_mismatch" not in _doubts(got)
    assert got["deadline"] in ("2026-12-07", "2026-12-08")


def test_weekday_range_with_do_is_not_a_deadline() -> None:
    got = _parse("Неделя математики с понедельника до среды, 5-7 классы", "2026-12-03T10:00")
    assert got["deadline"] is None


# --- a night spanning two dates, letters' subject lines, days inside the event's span ------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Библиотека приглашает на «Библионочь» в ночь с 24 на 25 апреля",
            "2027-04-24",
            "2027-04-25",
        ),
        (
            "Акция «Ночь искусств» пройдёт в ночь с 3 на 4 ноября в краеведческом музее",
            "2027-11-03",
            "2027-11-04",
        ),
        (
            "Дежурство волонтёров в ночь с 31 декабря на 1 января с 22:00 до 6:00",
            "2026-12-31T22:00",
            "2027-01-01T06:00",
        ),
    ],
)
def test_night_from_one_date_to_the_next(text: str, start: str, end: str) -> None:
    got = _parse(text, "2026-11-30T10:00")
    assert (got["start"], got["end"]) == (start, end)


def test_subject_line_about_holding_is_not_the_event_sentence() -> None:
    text = (
        "03.02.2027 - О проведении городской олимпиады по краеведению\n"
        "Уважаемые руководители! Информируем о проведении олимпиады среди учащихся 5-9 классов.\n"
        "Первый тур олимпиады проводится с 8 февраля по 12 февраля 2027 года (включительно)."
    )
    got = _parse(text, "2027-02-02T10:00")
    assert (got["start"], got["end"]) == ("2027-02-08", "2027-02-12")


def test_a_day_inside_the_event_span_is_part_of_the_programme_not_a_rival() -> None:
    text = (
        "С 12 по 18 апреля в городском парке пройдёт неделя детской книги. "
        "В среду, 14 апреля, в читальном зале состоится встреча с писателем. "
        "15 и 16 апреля библиотекари проведут громкие чтения для младших школьников."
    )
    got = _parse(text, "2027-04-01T10:00")
    assert (got["start"], got["end"]) == ("2027-04-12", "2027-04-18")
    assert "several_dates" not in _doubts(got)


def test_a_rival_range_is_offered_by_its_first_day() -> None:
    text = (
        "Отборочный тур фестиваля пройдёт с 3 по 5 марта в школе искусств. "
        "Финал фестиваля пройдёт с 20 по 22 марта в областной филармонии."
    )
    got = _parse(text, "2027-02-20T10:00")
    assert got["start"] == "2027-03-03"
    assert "several_dates" in _doubts(got)
    assert "2027-03-20" in got["choices"]  # type: ignore[operator]


# --- reported speech, counts of rounds, an афиша of dated lines ------------------------------


def test_a_date_of_reported_speech_is_not_the_event_day() -> None:
    text = (
        "14.03.2027 Сотрудники городской станции юных натуралистов напомнили о правилах "
        "участия в конкурсе скворечников. Выставка работ пройдёт 27 марта в фойе станции. "
        "Работы принимаются до 20 марта."
    )
    got = _parse(text, "2027-03-14T12:00")
    assert got["start"] == "2027-03-27"
    assert got["deadline"] == "2027-03-20"


def test_as_reported_the_event_clause_keeps_its_date() -> None:
    text = (
        "Как напомнили в пресс-службе музея, ночь кино пройдёт 9 апреля в 19:00. "
        "Вход по пригласительным билетам для учащихся 8-11 классов."
    )
    got = _parse(text, "2027-04-01T12:00")
    assert got["start"] == "2027-04-09T19:00"


@pytest.mark.parametrize("count", ["в 2 тура", "в 3 этапа", "в 2 смены", "в 4 потока"])
def test_a_count_of_rounds_is_never_a_time(count: str) -> None:
    text = (
        f"Турнир юных химиков проводится {count}. "
        "Первый тур состоится 18 марта с 10.00 до 13.00 часов в лицее №5, "
        "следующий — по итогам первого."
    )
    got = _parse(text, "2027-03-01T10:00")
    assert (got["start"], got["end"]) == ("2027-03-18T10:00", "2027-03-18T13:00")


def test_an_afisha_of_dated_lines_is_an_event_not_a_question() -> None:
    text = (
        "Афиша детской филармонии на март\n"
        "6 марта, суббота\n"
        "Концерт «Сказки в музыке». Начало в 11.00\n"
        "Для детей 6-9 лет, с родителями.\n"
        "13 марта, суббота\n"
        "Концерт «Весёлые духовые». Начало в 12.00\n"
    )
    got = _parse(text, "2027-03-01T10:00")
    assert got["intent"] == "event"
    assert got["start"] == "2027-03-06T11:00"


def test_a_short_question_about_the_afisha_stays_a_question() -> None:
    assert _parse("Афиша на 6 марта?", "2027-03-01T10:00")["intent"] == "query"


# --- postponed events: the new date is the event's, the old one is no rival ----------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Спектакль школьного театра, назначенный на 9 апреля, переносится на 16 апреля, "
            "начало в 17:00.",
            "2027-04-16T17:00",
        ),
        ("Встреча с ветеранами 6.04 перенесена на 13.04 в 11:00", "2027-04-13T11:00"),
        ("Зачёт по ПДД переносится с 7 на 14 апреля, в 12:30, каб. 21", "2027-04-14T12:30"),
        (
            "Вместо пятницы, 9 апреля, субботник проведём в субботу, 10 апреля, в 10:00",
            "2027-04-10T10:00",
        ),
    ],
)
def test_postponed_event_takes_its_new_date(text: str, start: str) -> None:
    got = _parse(text, "2027-04-01T10:00")
    assert got["start"] == start
    assert "several_dates" not in _doubts(got)


def test_a_move_word_without_a_new_date_changes_nothing() -> None:
    got = _parse(
        "Поход 10 апреля в 8:00. В дождь его перенесут, следите за новостями.", "2027-04-01T10:00"
    )
    assert got["start"] == "2027-04-10T08:00"


def test_nach_abbreviation_is_the_start_not_an_hour_long() -> None:
    got = _parse("Концерт хора 22.04, нач в 17:30, вход свободный", "2027-04-01T10:00")
    assert (got["start"], got["end"]) == ("2027-04-22T17:30", None)
    got = _parse("Консультация 22.04 в 15:00 на 1 ч", "2027-04-01T10:00")
    assert got["end"] == "2027-04-22T16:00"  # "на 1 ч" is still an hour


# --- "или" between days is a choice; a time beside another day is that day's ---------------


def test_one_day_or_another_is_offered_as_a_choice() -> None:
    got = _parse(
        "Мастер-класс по керамике: 17 или 18 апреля, по выбору, начало в 12:00", "2027-04-01T10:00"
    )
    assert got["start"] == "2027-04-17T12:00"
    assert "several_dates" in _doubts(got)
    assert "2027-04-18T12:00" in got["choices"]  # type: ignore[operator]


def test_two_consecutive_days_with_i_stay_one_event() -> None:
    got = _parse("Выездной лагерь актива 17 и 18 апреля", "2027-04-01T10:00")
    assert (got["start"], got["end"]) == ("2027-04-17", "2027-04-18")


def test_time_written_beside_another_day_is_not_the_event_time() -> None:
    text = (
        "Первенство города по настольному теннису пройдёт 24–25 апреля в спортшколе №2. "
        "Заявки — до 20 апреля. Совещание представителей команд 23 апреля в 17:00."
    )
    got = _parse(text, "2027-04-01T10:00")
    assert (got["start"], got["end"]) == ("2027-04-24", "2027-04-25")
    assert got["deadline"] == "2027-04-20"


def test_time_written_beside_the_event_day_in_another_sentence_is_kept() -> None:
    text = (
        "Первенство города по настольному теннису пройдёт 24 апреля в спортшколе №2. "
        "Регистрация участников 24 апреля с 9:00, начало игр в 10:00."
    )
    got = _parse(text, "2027-04-01T10:00")
    assert str(got["start"]).startswith("2027-04-24T")


# --- deadlines named by a label, registration windows ---------------------------------------


@pytest.mark.parametrize(
    ("lead", "deadline"),
    [
        ("Срок подачи заявок — 7 мая.", "2027-05-07"),
        ("Последний день регистрации: 6 мая.", "2027-05-06"),
        ("Дедлайн — 5 мая.", "2027-05-05"),
        ("Крайний срок сдачи работ 4 мая.", "2027-05-04"),
    ],
)
def test_labelled_deadline_is_kept_and_never_the_event_day(lead: str, deadline: str) -> None:
    text = f"{lead} Конкурс мультфильмов «Мой город» пройдёт 15 мая в 13:00 в кинотеатре «Заря»."
    got = _parse(text, "2027-04-20T10:00")
    assert got["start"] == "2027-05-15T13:00"
    assert got["deadline"] == deadline
    assert "several_dates" not in _doubts(got)


@pytest.mark.parametrize(
    "text",
    [
        "Приём заявок: с 22 апреля по 7 мая. Фестиваль пройдёт 15 мая в 13:00 в ДК.",
        "Регистрация с 22 апреля, концерт 15 мая в 13:00",
    ],
)
def test_registration_window_opening_is_not_the_event_day(text: str) -> None:
    got = _parse(text, "2027-04-20T10:00")
    assert got["start"] == "2027-05-15T13:00"
    assert "several_dates" not in _doubts(got)


def test_stage_held_within_a_term_is_still_the_event() -> None:
    got = _parse(
        "Школьный этап конкурса проводится в срок с 10 мая по 17 мая 2027 года (включительно).",
        "2027-04-20T10:00",
    )
    assert (got["start"], got["end"]) == ("2027-05-10", "2027-05-17")


# --- publication stamps on a line of their own ----------------------------------------------

_FEST = (
    "В городском музее пройдёт семейный фестиваль «Зимние забавы» 19 декабря. "
    "Приглашаем учащихся 2-5 классов с родителями."
)


@pytest.mark.parametrize(
    "stamp", ["04.12.2026 15:20", "4 декабря 2026 | 15:20", "03 декабря 2026, 09:00 | Новости"]
)
def test_a_dated_stamp_line_is_not_the_event_time(stamp: str) -> None:
    got = _parse(f"{stamp}\n{_FEST}", "2026-12-04T16:00")
    assert got["start"] == "2026-12-19"


def test_a_dated_line_ahead_of_the_post_is_the_event() -> None:
    text = (
        "Программа:\n19 декабря 2026, 18:00\n"
        "Новогодний концерт хора в ДК, вход свободный. Ждём всех!"
    )
    got = _parse(text, "2026-12-04T16:00")
    assert got["start"] == "2026-12-19T18:00"


# --- a bracketed date beside another one is an aside ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В рамках Декады экологии (с 12 по 22 апреля) 14 апреля в 12:00 состоится субботник.",
        "В рамках Декады экологии (с 12 по 22 апреля) 14 апреля в 12:00 в сквере у лицея "
        "состоится субботник. Приглашаются ученики 6-8 классов с родителями.",
    ],
)
def test_bracketed_period_beside_the_event_date_is_an_aside(text: str) -> None:
    assert _parse(text, "2027-04-01T10:00")["start"] == "2027-04-14T12:00"


def test_a_lone_bracketed_date_is_still_read() -> None:
    got = _parse("Каникулы у 5-х классов (с 12 по 18 апреля)", "2027-04-01T10:00")
    assert (got["start"], got["end"]) == ("2027-04-12", "2027-04-18")


# --- days the doors are shut are never the event's, nor rivals ------------------------------


def test_closed_days_are_not_rivals() -> None:
    text = (
        "Режим работы краеведческого музея в майские праздники:\n"
        "1, 2, 3 мая – выходные дни\n"
        "Приглашаем 8 мая в 11.00 на квест «Тайны старого города» для учащихся 5-7 классов.\n"
        "Телефон для справок в кассе музея."
    )
    got = _parse(text, "2027-04-26T10:00")
    assert got["start"] == "2027-05-08T11:00"
    assert "several_dates" not in _doubts(got)


# --- listed sessions keep the time; the day a registration opens is no rival ----------------


def test_listed_days_in_parentheses_keep_the_time_after_them() -> None:
    text = (
        "Технический колледж проводит экскурсии по мастерским для учащихся 7–9 классов. "
        "Экскурсии проходят по четвергам в апреле (8, 15, 22 и 29 апреля) с 15:00 до 16:00."
    )
    got = _parse(text, "2027-04-01T10:00")
    assert (got["start"], got["end"]) == ("2027-04-08T15:00", "2027-04-08T16:00")
    sessions = got["sessions"]
    assert isinstance(sessions, list)
    assert len(sessions) == 4
    assert all(s["start"].endswith("T15:00") for s in sessions)


@pytest.mark.parametrize(
    "text",
    [
        "С 1 апреля открыта запись на летнюю смену «Робостарт», которая пройдёт с 7 по 20 июня "
        "2027 года в загородном лагере.",
        "Уважаемые коллеги! 29 марта стартовал приём заявок на фестиваль «Весенняя капель». "
        "Гала-концерт фестиваля состоится 24 апреля в 12.00 в ДК «Октябрь».",
    ],
)
def test_the_day_registration_opens_is_not_a_rival(text: str) -> None:
    got = _parse(text, "2027-04-01T10:00")
    assert got["start"] in ("2027-06-07", "2027-04-24T12:00")
    assert "several_dates" not in _doubts(got)


# --- payment deadlines, a weekday between "до" and the date, lessons of another day ---------


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Поездка в театр 6Б в пт 16.04, сбор в 17:30. Деньги сдать до ср 14.04", "2027-04-14"),
        (
            "Экскурсия на ГЭС 16 апреля в 9:00, оплатить до 12 апреля классному руководителю",
            "2027-04-12",
        ),
    ],
)
def test_payment_deadline_is_kept_and_is_no_rival(text: str, deadline: str) -> None:
    got = _parse(text, "2027-04-05T10:00")
    assert str(got["start"]).startswith("2027-04-16T")
    assert got["deadline"] == deadline
    assert "several_dates" not in _doubts(got)


def test_lesson_time_of_another_day_is_not_doubted_for_the_event() -> None:
    text = (
        "Весенний бал для 10-11 классов состоится 23 апреля в 18:00 в актовом зале. "
        "Репетиция вальса 20 апреля после 6 урока. Костюмы сдать до 19 апреля."
    )
    got = _parse(text, "2027-04-05T10:00")
    assert got["start"] == "2027-04-23T18:00"
    assert "lesson_time" not in _doubts(got)
    assert got["deadline"] == "2027-04-19"


def test_card_labels_are_an_event_not_a_question() -> None:
    text = "Когда: 22 апреля, 16:00\nГде: городская библиотека\nЧто: встреча с писателем"
    got = _parse(text, "2027-04-05T10:00")
    assert got["intent"] == "event"
    assert got["start"] == "2027-04-22T16:00"
    assert _parse("Когда экскурсия в музей?", "2027-04-05T10:00")["intent"] == "query"


def test_a_day_outside_the_listed_sessions_stays_doubted() -> None:
    text = (
        "Факультет химии приглашает школьников на цикл опытов «Химия на кухне». "
        "Первое занятие — 4 мая в 15:00, следующие — 11 и 18 мая. Лаборатория 105."
    )
    got = _parse(text, "2027-04-20T10:00")
    assert got["start"] == "2027-05-04T15:00" or "several_dates" in _doubts(got)


def test_listed_sessions_of_one_event_are_not_doubted() -> None:
    got = _parse("Кружок робототехники 4, 11 и 18 мая в 15:00, каб. 12", "2027-04-20T10:00")
    assert got["start"] == "2027-05-04T15:00"
    assert "several_dates" not in _doubts(got)
    assert len(got["sessions"]) == 3  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Первое занятие кружка 4 мая в 15:00, дальше 11 и 18 мая", "2027-05-04T15:00"),
        ("Зачёт 6 мая, пересдача с 12 по 14 мая", "2027-05-06"),
    ],
)
def test_the_day_written_first_starts_even_before_a_later_list(text: str, start: str) -> None:
    got = _parse(text, "2027-04-20T10:00")
    assert got["start"] == start
    assert "several_dates" in _doubts(got)  # the later days are offered, never dropped


# --- a competition in stages starts with its first stage -----------------------------------


def test_later_stages_are_no_rivals_of_the_first() -> None:
    text = (
        "Уважаемые коллеги! Информируем о проведении городского конкурса исследовательских работ. "
        "Школьный этап конкурса проводится с 12 по 16 апреля 2027 года. "
        "Городской этап конкурса проводится с 26 по 30 апреля 2027 года."
    )
    got = _parse(text, "2027-04-01T10:00")
    assert (got["start"], got["end"]) == ("2027-04-12", "2027-04-16")
    assert "several_dates" not in _doubts(got)


def test_a_remote_selection_stage_keeps_the_later_stage_offered() -> None:
    text = (
        "Конкурс чтецов «Весеннее слово» проводится в два этапа. "
        "Заочный отборочный этап пройдёт с 5 по 12 апреля, работы присылают по видео. "
        "Очный этап состоится 24 апреля в 12:00 в городской библиотеке."
    )
    got = _parse(text, "2027-04-01T10:00")
    start = str(got["start"])
    assert start.startswith("2027-04-24") or "several_dates" in _doubts(got)


def test_weekday_in_quoted_speech_is_another_day_but_a_quoted_name_stays() -> None:
    text = (
        "Фестиваль «Наука рядом» пройдёт 11 и 12 сентября с 12:00 до 18:00 в парке. "
        "«В воскресенье ребята смогут сами собрать электрическую цепь и посмотреть в "
        "микроскоп», — рассказал организатор."
    )
    got = _parse(text, "2027-09-01T10:00")  # 11 September 2027 is a Saturday
    assert str(got["start"]).startswith("2027-09-11T12:00")
    assert "weekday_mismatch" not in _doubts(got)
    named = (
        "Семейная программа «Воскресенье в музее» пройдёт 11 сентября в 12:00. "
        "Приглашаем учащихся 1-4 классов с родителями, вход свободный."
    )
    assert "Воскресенье" in str(_parse(named, "2027-09-01T10:00")["title"])


# --- what comes after the event: the next meeting, the results -------------------------------


def test_the_next_meeting_of_a_series_is_not_the_announced_one() -> None:
    text = (
        "Клуб юных историков: 15 апреля\n"
        "Тема занятия — «Кенигсберг в XVIII веке». Ведущий — научный сотрудник музея. "
        "Занятие пройдёт в лектории, начало в 16:00. Следующее занятие клуба запланировано "
        "на 29 апреля."
    )
    got = _parse(text, "2027-04-05T10:00")
    assert got["start"] == "2027-04-15T16:00"


def test_the_next_meeting_is_the_event_when_the_other_one_is_past() -> None:
    text = (
        "Вчера, 4 апреля, в клубе прошла встреча с краеведом. Следующая встреча "
        "запланирована на 18 апреля, начало в 16:00. Приглашаем всех желающих."
    )
    assert _parse(text, "2027-04-05T10:00")["start"] == "2027-04-18T16:00"


def test_announcing_results_is_not_the_event() -> None:
    text = (
        "Итоги школьного этапа конкурса будут подведены 9 апреля. Городской этап конкурса "
        "пройдёт с 20 по 24 апреля 2027 года. Приглашаем победителей школьного этапа."
    )
    got = _parse(text, "2027-04-05T10:00")
    assert (got["start"], got["end"]) == ("2027-04-20", "2027-04-24")


# --- a gathering time before the event's own time range; a clock is no day list ------------


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Поход в зоопарк 4Б во вторник 13.04, сбор в 9:40, экскурсия 10.00-11.30",
            "2027-04-13T11:30",
        ),
        ("Начало в 10:00. Мастер-классы с 11:00 до 13:00, 13 апреля, ДК", None),
        ("Старт в 10 часов 13 апреля, дистанции от 1 до 3 км", None),
    ],
)
def test_a_later_time_range_ends_an_outing_that_gathers_earlier(text: str, end: str | None) -> None:
    got = _parse(text, "2027-04-05T10:00")
    assert str(got["start"]).startswith("2027-04-13T")
    assert got["end"] == end


def test_clock_minutes_are_not_a_day_of_a_list() -> None:
    got = _parse("Конференция в 14:30, 15 апреля, актовый зал", "2027-04-05T10:00")
    assert (got["start"], got["end"]) == ("2027-04-15T14:30", None)
    assert got["sessions"] == []
