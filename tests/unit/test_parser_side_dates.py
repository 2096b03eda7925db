"""Dates and times in a post that are not the event's start: lead times, lengths of visits,
"until" sentences, occasions celebrated on other days, the post's own stamp at its end."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-09-29T12:00")  # a Tuesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Экскурсия 8 окт в 10:00. Автобус от школы за 30 мин до начала.", "2026-10-08T10:00"),
        ("Экскурсия 8 октября в 10:00, сбор за 15 минут до начала у входа", "2026-10-08T10:00"),
        ("Спектакль 8 октября в 18:00, приходите за полчаса до спектакля", "2026-10-08T18:00"),
        ("Поездка в театр 9 октября в 17:30, выезд за 1 час до начала", "2026-10-09T17:30"),
        ("Квиз 14 октября в 16:00. Регистрация команд за 20 мин. до старта", "2026-10-14T16:00"),
    ],
)
def test_a_lead_time_is_neither_an_end_nor_in_the_title(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert got["end"] is None
    assert "до начала" not in str(got["title"])
    assert "мин" not in str(got["title"])


@pytest.mark.parametrize(
    "text",
    [
        "3 октября в библиотеке откроется выставка. Один сеанс длится от 9 до 26 минут.",
        "3 октября в парке заработает мобильный планетарий, сеанс 15-20 минут.",
        "Квест для 5 классов 3 октября, прохождение занимает от 40 до 60 минут.",
    ],
)
def test_a_range_of_minutes_is_a_length_not_a_clock_range(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-10-03"
    assert got["end"] is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "В библиотеке имени Гайдара 5 октября откроется выставка рисунков «Осень». "
            "До 30 октября посетители смогут увидеть более ста работ. Вход свободный.",
            "2026-10-30",
        ),
        (
            "6 октября в холле колледжа откроется фотовыставка «Мой город». "
            "До 20 октября её можно посмотреть в часы работы колледжа.",
            "2026-10-20",
        ),
        (
            "Передвижная экспозиция музея приедет в наш район 2 октября.\n"
            "До 16 октября экспозиция будет открыта ежедневно, кроме понедельника.",
            "2026-10-16",
        ),
    ],
)
def test_a_sentence_opening_with_until_gives_the_last_day(text: str, end: str) -> None:
    got = _parse(text)
    assert str(got["start"])[:10] < end
    assert got["end"] == end


def test_a_deadline_opening_a_sentence_stays_a_deadline() -> None:
    got = _parse(
        "В музее 5 октября пройдет мастер-класс по гончарному делу. "
        "До 3 октября необходимо записаться по телефону. Вход свободный."
    )
    assert got["start"] == "2026-10-05"
    assert got["end"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Мобильный планетарий откроется 3 октября у станции метро. Он появился в рамках "
        "Всемирной недели космоса, которую отмечают с 4 по 10 октября.",
        "Концерт хора пройдет 3 октября в актовом зале. Праздник, который празднуют "
        "15 октября, тоже не забудем.",
    ],
)
def test_a_day_celebrated_is_not_a_rival(text: str) -> None:
    got = _parse(text)
    assert str(got["start"]).startswith("2026-10-03")
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize("stamp", ["29.09.2026 ⋅ kudago.ru", "28.09.2026", "27 сентября 2026"])
def test_the_post_stamp_at_the_end_is_not_a_rival(stamp: str) -> None:
    got = _parse(
        "В метро откроется планетарий\n\n3 октября на станции «Выставочная» заработает "
        f"мобильный планетарий. Вход бесплатный.\n\n{stamp}"
    )
    assert got["start"] == "2026-10-03"
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Сегодня музей закрыт на санитарный день. Завтра в 11:00 приглашаем школьников "
            "на экскурсию «Зимний город» по залам музея.",
            "2026-12-08T11:00",
        ),
        (
            "Библиотека сегодня не работает, а завтра в 15:00 пройдёт встреча с писателем "
            "в читальном зале. Приходите всем классом!",
            "2026-12-08T15:00",
        ),
        (
            "Завтра у нас выходной день. Послезавтра в 12:00 состоится открытие выставки "
            "детского рисунка в фойе.",
            "2026-12-09T12:00",
        ),
    ],
)
def test_a_relative_day_the_doors_are_shut_is_not_the_event(text: str, start: str) -> None:
    got = _parse(text, datetime.fromisoformat("2026-12-07T12:00"))
    assert got["start"] == start


@pytest.mark.parametrize(
    "text",
    [
        "В соответствии с письмом министерства образования и науки региона (далее — "
        "министерство) от 23.09.2026 №02-7 14 октября 2026 года проводится акция «Единый день "
        "открытых дверей». Просим обеспечить участие.",
        "Согласно распоряжению управления образования администрации городского округа "
        "от 21 сентября 2026 г. № 415-р 14 октября пройдет муниципальный конкурс чтецов. "
        "Заявки направлять на электронную почту управления.",
        "На основании документа от 01.09.2026 N 12 в школе 14.10.2026 состоится "
        "единый урок безопасности. Ответственные — классные руководители.",
    ],
)
def test_a_dated_numbered_document_is_not_the_event(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-10-14"
    assert "past" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Финал областной олимпиады по информатике пройдёт в университете с 12 по 15 "
            "октября 2026 года.\nРасписание первого дня:\n09:00 – 09:45 – регистрация\n"
            "10:00 – 14:00 – первый тур\n15:00 – 16:00 – разбор задач",
            "2026-10-12T09:00",
        ),
        (
            "Слёт юных экологов проводится с 20 по 22 октября на базе загородного лагеря.\n"
            "ПРОГРАММА\n20 октября\n11.00-12.00 заезд и размещение\n12.30-13.30 открытие слёта"
            "\n21 октября\n10.00-13.00 полевой практикум",
            "2026-10-20T11:00",
        ),
        (
            "Турнир по мини-футболу среди школьных команд состоится с 5 по 7 ноября в "
            "спорткомплексе «Юность». Порядок проведения: 8:30-9:00 — мандатная комиссия, "
            "9:15 — парад открытия.",
            "2026-11-05T08:30",
        ),
    ],
)
def test_a_programme_slot_does_not_end_a_several_day_event(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert got["end"] is None


def test_a_one_day_event_keeps_its_time_range_from_the_next_sentence() -> None:
    got = _parse(
        "Мастер-класс по росписи пряников пройдёт 14 октября в библиотеке. "
        "Время проведения: 15:00 – 16:30, приходите с хорошим настроением."
    )
    assert got["start"] == "2026-10-14T15:00"
    assert got["end"] == "2026-10-14T16:30"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "День семейного отдыха пройдёт в парке 10 октября. С 12:00 до 17:00 на главной "
            "аллее будут работать площадки. В 13:00 и 15:00 начнутся мастер-классы по "
            "рисованию.",
            "2026-10-10T12:00",
            "2026-10-10T17:00",
        ),
        (
            "Фестиваль науки состоится 17 октября в Доме молодёжи. Программа с 10.00 до 16.00, "
            "научное шоу покажут в 11.00 и в 14.00, лекции идут весь день.",
            "2026-10-17T10:00",
            "2026-10-17T16:00",
        ),
    ],
)
def test_times_inside_the_events_range_are_its_programme(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert got["end"] == end


def test_sessions_outside_a_registration_window_stay_sessions() -> None:
    got = _parse(
        "Спектакль «Морозко» покажут 17 октября в ДК. Регистрация зрителей с 9:00 до 9:30. "
        "Показы в 10:00 и в 12:00."
    )
    assert got["start"] == "2026-10-17T10:00"
    assert [s["start"] for s in got["sessions"]] == [  # type: ignore[attr-defined]
        "2026-10-17T10:00",
        "2026-10-17T12:00",
    ]


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Торжественная линейка в День знаний в 9:00 во дворе школы",
            "2026-08-20T10:00",
            "2026-09-01T09:00",
        ),
        (
            "В первый день учебного года в 10:00 — экскурсия для первоклассников",
            "2026-08-31T10:00",
            "2026-09-01T10:00",
        ),
        (
            "Планируем квест в первый день нового учебного года, в 12:00",
            "2026-10-01T10:00",
            "2027-09-01T12:00",
        ),
    ],
)
def test_the_first_school_day_is_1_september_ahead(text: str, now: str, start: str) -> None:
    got = _parse(text, datetime.fromisoformat(now))
    assert got["start"] == start


def test_a_poster_ko_dnyu_znaniy_is_an_occasion_not_a_day() -> None:
    got = _parse(
        "Конкурс рисунков ко Дню знаний 25 августа в 11:00",
        datetime.fromisoformat("2026-08-20T10:00"),
    )
    assert got["start"] == "2026-08-25T11:00"


@pytest.mark.parametrize(
    "head", ["Тула. 31 августа. ИНТЕРФАКС-ЦЕНТР — ", "Калининград, 31.08.2026. Пресс-служба: "]
)
def test_a_news_dateline_is_not_the_event(head: str) -> None:
    got = _parse(
        f"{head}городской зоопарк в первый день нового учебного года проведет семейный "
        "праздник «Первый раз в ЗООкласс». Уроки в импровизированной школе проведут "
        "персонажи мультфильмов.",
        datetime.fromisoformat("2026-08-31T12:00"),
    )
    assert got["start"] == "2026-09-01"


@pytest.mark.parametrize(
    "text",
    [
        "Уважаемые родители! Сообщаем, что концерт хоровой студии, запланированный на 5 "
        "декабря, отменяется в связи с карантином. О новой дате сообщим дополнительно.",
        "Уважаемые коллеги! В связи с неблагоприятными погодными условиями лыжные "
        "соревнования 5 декабря переносятся. Новая дата будет объявлена позже.",
        "Уважаемые партнёры! Экскурсия в музей янтаря, назначенная на 3 декабря, переносится "
        "на неопределённый срок в связи с ремонтом зала. Просим учесть при планировании.",
        "К сожалению, спектакль «Морозко» 6 декабря не состоится по техническим причинам. "
        "Приносим извинения всем зрителям, билеты можно вернуть в кассе.",
    ],
)
def test_a_called_off_event_is_never_saved_on_its_old_day(text: str) -> None:
    got = _parse(text, datetime.fromisoformat("2026-12-01T12:00"))
    assert got["start"] is None  # the bot asks; nothing is saved on the cancelled day


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Внимание! Мастер-класс по робототехнике, который должен был состояться 3 декабря, "
            "перенесён на 10 декабря. Начало в 15:00, кабинет 204.",
            "2026-12-10T15:00",
        ),
        (
            "Встреча с писателем 4 декабря отменена. Приглашаем вас на литературную гостиную "
            "11 декабря в 16:00 в читальном зале библиотеки.",
            "2026-12-11T16:00",
        ),
        (
            "Приглашаем на лыжные гонки 12 декабря в 11:00 в парке Победы. В случае сильного "
            "мороза соревнования переносятся, о чём сообщим заранее.",
            "2026-12-12T11:00",
        ),
        (
            "Спектакль «Снежная королева» 6 декабря не состоится по техническим причинам. "
            "Билеты действительны на спектакль 13 декабря в 12:00.",
            "2026-12-13T12:00",
        ),
    ],
)
def test_the_day_that_still_holds_is_kept(text: str, start: str) -> None:
    got = _parse(text, datetime.fromisoformat("2026-12-01T12:00"))
    assert got["start"] == start


@pytest.mark.parametrize(
    ("text", "start", "deadline"),
    [
        (
            "Фестиваль детского творчества пройдёт в три этапа.\nПриём заявок: 1 октября - 20 "
            "октября.\nКонкурсный просмотр: 28 октября.\nЗаявки направлять в оргкомитет.",
            "2026-10-28",
            "2026-10-20",
        ),
        (
            "Открытый турнир по шахматам среди школьников.\nРегистрация — с 2 по 9 октября на "
            "сайте федерации.\nТурнир состоится 17 октября в шахматном клубе.",
            "2026-10-17",
            "2026-10-09",
        ),
        (
            "Конкурс чтецов «Живая классика». Подача заявок: 5.10 – 15.10. Финал конкурса "
            "пройдет 24 октября в актовом зале гимназии.",
            "2026-10-24",
            "2026-10-15",
        ),
    ],
)
def test_a_labelled_registration_window_is_not_the_event(
    text: str, start: str, deadline: str
) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert got["deadline"] == deadline


@pytest.mark.parametrize(
    "text",
    [
        "Участникам турнира необходимо 3 октября с 09:20 до 09:45 пройти регистрацию. "
        "Торжественное открытие турнира состоится 3 октября в 10:00 в спортзале.",
        "3 октября с 8:30 до 9:00 — сбор команд у главного входа. Старт эстафеты состоится "
        "3 октября в 10:00 на стадионе школы.",
    ],
)
def test_the_events_own_time_beats_a_same_day_registration_slot(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-10-03T10:00"
    assert got["end"] is None


@pytest.mark.parametrize(
    "follow",
    [
        "4, 5 и 6 октября соревнования продолжатся, начало также в 10:00.",
        "Закрытие фестиваля и награждение — 6 октября в 15:00.",
        "Турнир завершится 6 октября торжественным награждением.",
    ],
)
def test_the_same_event_going_on_later_is_not_a_rival(follow: str) -> None:
    got = _parse(
        f"Торжественное открытие турнира состоится 3 октября в 10:00 в спортзале. {follow}"
    )
    assert got["start"] == "2026-10-03T10:00"
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Кружок 5 октября, телефон 8-800-000-00-00", "2026-10-05"),
        ("Кружок 5 октября в 15:00, тел. 55-10-20", "2026-10-05T15:00"),
        ("Запись на мастер-класс 7 октября по тел. +7 (4012) 20-30-40", "2026-10-07"),
        ("Экскурсия 7 октября, справки по номеру 8 912 345-67-89", "2026-10-07"),
        ("Консультация 9 октября в 16:30, телефон: 2-30-40", "2026-10-09T16:30"),
    ],
)
def test_a_phone_number_is_never_a_time(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert got["end"] is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Кружок 5 октября с 10-00 до 12-00", "2026-10-05T10:00", "2026-10-05T12:00"),
        ("Лекция 8 октября 10:00-11:30", "2026-10-08T10:00", "2026-10-08T11:30"),
    ],
)
def test_clock_ranges_with_dashes_stay_times(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    "tail",
    [
        "Списки участников направить до 20 октября.",
        "Заявки направляются до 20 октября на почту оргкомитета.",
        "Списки команд — до 20 октября классным руководителям.",
    ],
)
def test_a_list_sent_by_a_day_is_a_deadline(tail: str) -> None:
    got = _parse(
        "Уважаемые коллеги! Олимпиада по физике состоится 29 октября в 10:00 на базе "
        f"университета. {tail}"
    )
    assert got["start"] == "2026-10-29T10:00"
    assert got["deadline"] == "2026-10-20"


@pytest.mark.parametrize(
    "text",
    [
        "Лекторий «Наука рядом». 14 сентября 2025 года мы уже говорили о космосе, а 14 октября "
        "2026 года в 15:00 поговорим о генетике. Место: конференц-зал БФУ.",
        "Фестиваль «Осенние ритмы» впервые прошёл 20.10.2024, собрав 300 участников. В этом "
        "году он состоится 14.10.2026 в 15:00 в городском парке.",
        "12 октября 2025 г. 09:41 | Просмотров: 120\nШкольников приглашают на турнир по шахматам. "
        "Турнир пройдёт 14 октября 2026 года в 15:00 в шахматном клубе.",
    ],
)
def test_a_date_with_a_past_year_is_a_past_reference(text: str) -> None:
    got = _parse(text)
    assert got["start"] == "2026-10-14T15:00"
    assert not got["doubts"]


def test_a_running_exhibition_that_opened_in_the_past_keeps_its_range() -> None:
    got = _parse(
        "В музее с 20 сентября 2026 года по 30 октября 2026 года проходит выставка «Янтарь "
        "Балтики». Экскурсии для школьных групп — по предварительной записи."
    )
    assert got["end"] == "2026-10-30"


@pytest.mark.parametrize(
    "sentence",
    [
        "5 октября — последний день приёма документов на конкурс.",
        "Обратите внимание: 5 октября – последний срок подачи заявок.",
    ],
)
def test_a_day_named_the_last_day_of_applications_is_a_deadline(sentence: str) -> None:
    got = _parse(f"{sentence} Сам конкурс пройдет 17 октября в актовом зале школы.")
    assert got["start"] == "2026-10-17"
    assert got["deadline"] == "2026-10-05"
