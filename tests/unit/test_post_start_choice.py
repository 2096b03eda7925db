"""The event's start in a long post (seventh round, starts10): numbers that are no clock, a
side event's clock, a cue inside a quoted name, results announced with a verb. Every case is
written for this file (none is copied from a real-post set), each rule with one it must not
change:

- an age range glued to its words ("от10до 14 лет") or reaching a hundred ("от 3 до 100
  лет") is the audience's ages, never a clock range;
- a count of players ("от 3 до 6 игроков") or of rounds ("в 3 круга") is never a clock;
- a range of days written with a modifier minus or another dash ("8 ˗ 11 декабря") is a
  range;
- the clock of another dated sentence written "17-00" belongs to that sentence's day (a
  side meeting), not to the event's untimed span;
- an event cue inside a quoted name («Да будет свет») does not tie its sentence to the
  event;
- results announced with a verb before them ("будут подведены итоги", "подведут итоги")
  come after the event, like "итоги будут подведены".
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
    ("text", "ages"),
    [
        (
            "Городской турнир по настольным играм пройдёт 5 декабря в библиотеке. Играть "
            "могут ребята от10до 14 лет, приходите всей семьёй.",
            [10, 14],
        ),
        (
            "Семейный праздник пройдёт 5 декабря в парке. Приглашаем гостей от 3 до 100 лет, "
            "будет весело и вкусно.",
            [3, 100],
        ),
    ],
)
def test_ages_glued_or_up_to_a_hundred_are_no_clock(text: str, ages: list[int]) -> None:
    got = _parse(text)
    assert got["start"] == "2026-12-05"
    assert got["end"] is None
    assert got["ages"] == ages


def test_a_clock_range_beside_ages_stays_a_clock() -> None:
    got = _parse(
        "Семейный праздник пройдёт 5 декабря в парке с 12:00 до 15:00. Приглашаем гостей "
        "от 3 до 100 лет."
    )
    assert (got["start"], got["end"]) == ("2026-12-05T12:00", "2026-12-05T15:00")


@pytest.mark.parametrize(
    "text",
    [
        "Интеллектуальная игра пройдёт 5 декабря в библиотеке. В команде от 3 до 6 игроков, "
        "собирайтесь заранее.",
        "Шашечный турнир пройдёт 5 декабря в Доме культуры. Игры пройдут в 3 круга.",
    ],
)
def test_counts_of_players_and_rounds_are_no_clock(text: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == ("2026-12-05", None)


def test_a_clock_after_a_count_of_rounds_is_kept() -> None:
    got = _parse(
        "Шашечный турнир пройдёт 5 декабря в Доме культуры. Игры пройдут в 3 круга, начало в 10:00."
    )
    assert got["start"] == "2026-12-05T10:00"


@pytest.mark.parametrize("dash", ["˗", "‐", "‒", "−"])
def test_a_range_of_days_with_another_dash(dash: str) -> None:
    got = _parse(
        f"Финальные мероприятия фестиваля проводятся 8 {dash} 11 декабря 2026 года в городском "
        "музее. Приглашаем всех желающих."
    )
    assert (got["start"], got["end"]) == ("2026-12-08", "2026-12-11")


def test_a_side_meetings_dashed_clock_stays_with_its_day() -> None:
    got = _parse(
        "С 7 по 20 декабря в городском парке пройдёт зимний фестиваль. Собрание руководителей "
        "команд 3 декабря в 17-00 в кабинете 5."
    )
    assert (got["start"], got["end"]) == ("2026-12-07", "2026-12-20")


def test_the_events_own_dashed_clock_is_kept() -> None:
    got = _parse(
        "Зимний фестиваль пройдёт 7 декабря в 11-00 в городском парке. Собрание руководителей "
        "команд 3 декабря в кабинете 5."
    )
    assert got["start"] == "2026-12-07T11:00"


def test_a_cue_inside_a_quoted_name_does_not_tie_its_sentence() -> None:
    got = _parse(
        "Вторник, 8 декабря, 18:00 - лекция «Как устроен мир». Среда, 9 декабря, 18:00 - "
        "лекция «Да будет свет»."
    )
    assert got["start"] == "2026-12-08T18:00"


def test_a_cue_outside_the_quotes_still_ties() -> None:
    got = _parse(
        "Вторник, 8 декабря, 18:00 - лекция «Как устроен мир». Среда, 9 декабря, 18:00 - "
        "состоится лекция «Свет и тень»."
    )
    assert got["start"] == "2026-12-09T18:00"


@pytest.mark.parametrize(
    "results",
    [
        "20 декабря в 12:00 в читальном зале будут подведены итоги конкурса рисунков.",
        "20 декабря в 12:00 в читальном зале подведут итоги конкурса рисунков.",
    ],
)
def test_results_announced_with_a_verb_come_after_the_event(results: str) -> None:
    got = _parse(f"Неделя чтения пройдёт в библиотеках с 7 по 14 декабря. {results}")
    assert got["start"] == "2026-12-07"


@pytest.mark.parametrize(
    "stamp",
    [
        "19.11.2026 (10:40)",
        "Опубликовано editor - ср, 18.11.2026 - 16:47",
    ],
)
def test_a_publication_stamp_in_brackets_or_after_an_author_is_no_start(stamp: str) -> None:
    got = _parse(
        f"{stamp}\nВ городской библиотеке 25 ноября пройдёт встреча с писателем. Приглашаем "
        "читателей всех возрастов."
    )
    assert got["start"] == "2026-11-25"


def test_a_bracketed_clock_of_a_day_ahead_is_the_events() -> None:
    got = _parse(
        "25.11.2026 (10:40)\nВ городской библиотеке пройдёт встреча с писателем. Приглашаем "
        "читателей всех возрастов."
    )
    assert got["start"] == "2026-11-25T10:40"


@pytest.mark.parametrize(
    "limit", ["Регламент выступления 3 мин, читаем стихи о зиме.", "Время доклада - 7 минут."]
)
def test_a_performers_time_limit_is_not_the_events_length(limit: str) -> None:
    got = _parse(f"Конкурс чтецов пройдёт 5 декабря в 14:00 в библиотеке. {limit}")
    assert (got["start"], got["end"]) == ("2026-12-05T14:00", None)


def test_the_events_own_length_is_kept() -> None:
    got = _parse("Конкурс чтецов пройдёт 5 декабря в 14:00 в библиотеке. Продлится 2 часа.")
    assert (got["start"], got["end"]) == ("2026-12-05T14:00", "2026-12-05T16:00")


def test_hours_and_minutes_abbreviated_are_one_clock() -> None:
    got = _parse(
        "Городские соревнования по шашкам пройдут 5 декабря в клубе «Дебют». Начало в 13 час. "
        "30 мин., приходите заранее."
    )
    assert (got["start"], got["end"]) == ("2026-12-05T13:30", None)


@pytest.mark.parametrize(
    "stray",
    [
        "Кроме того, каждую субботу в 12.00 в фойе проходят мастер-классы.",
        "Касса открывается в 10.00, билеты лучше купить заранее.",
    ],
)
def test_a_stray_clock_gives_no_time_to_a_span_of_days(stray: str) -> None:
    got = _parse(
        "С 7 по 11 декабря в Доме культуры пройдёт неделя детского кино. Юных зрителей ждут "
        "мультфильмы и викторины. Вход свободный. Для классов можно заказать отдельный сеанс. "
        f"Справки по телефону на сайте. {stray}"
    )
    assert (got["start"], got["end"]) == ("2026-12-07", "2026-12-11")


def test_a_programme_slot_still_times_a_span_of_days() -> None:
    got = _parse(
        "С 7 по 11 декабря в Доме культуры пройдёт неделя детского кино. Программа:\n"
        "10:00 - мультфильмы\n12:00 - викторина\n14:00 - мастер-класс"
    )
    assert got["start"] == "2026-12-07T10:00"


def test_a_programmes_first_slot_of_its_own_is_the_start() -> None:
    got = _parse(
        "Лыжная эстафета пройдёт 5 декабря на базе «Снежинка». Расписание:\n"
        "9.00-9.45 - Разминка команд\n10.00 - Открытие эстафеты\n10.15 - Старт первого этапа"
    )
    assert got["start"] == "2026-12-05T09:00"


def test_a_dated_programme_line_still_times_a_span_of_days() -> None:
    got = _parse(
        "С 7 по 11 декабря в Доме культуры пройдёт неделя детского кино. Юных зрителей ждут "
        "мультфильмы и викторины. Вход свободный. Для классов можно заказать отдельный сеанс. "
        "Справки по телефону на сайте.\nПрограмма:\n7 декабря 12.00 «Снежная королева» (малый "
        "зал);\n8 декабря 11.00 «Морозко» (большой зал);"
    )
    assert got["start"] == "2026-12-07T12:00"


def test_an_arrival_slot_stays_a_camps_start() -> None:
    got = _parse(
        "Туристический слёт пройдёт 5 декабря на базе «Лесная». Программа:\n"
        "С 9.00 до 10.00 заезд команд\n10.00 - 11.00 - конкурс газет\n12.00 - эстафета"
    )
    assert got["start"] == "2026-12-05T09:00"


def test_an_anniversarys_number_is_no_clock() -> None:
    got = _parse(
        "К 10-летию клуба 5 декабря в парке состоится семейный праздник.\nВ программе:\n"
        "9.30 - зарядка\n11.00 - эстафета\n13.00 - награждение"
    )
    assert got["start"] == "2026-12-05T09:30"


@pytest.mark.parametrize(
    "later",
    [
        "Завершится праздник товарищеским матчем ветеранов. Начало матча в 16:00.",
        "По субботам в 16:00 в клубе проходят открытые тренировки.",
    ],
)
def test_the_blocks_clock_wins_over_a_later_sentences(later: str) -> None:
    got = _parse(
        "5 декабря на стадионе «Спартак» пройдёт праздник зимних видов спорта. Соревнования "
        "стартуют в 10:00 с лыжной гонки. Для малышей приготовлены эстафеты. Вход свободный. "
        f"Организаторы ждут всех желающих. {later}"
    )
    assert got["start"] == "2026-12-05T10:00"


def test_a_clock_in_a_programme_line_after_the_block_is_kept() -> None:
    got = _parse(
        "5 декабря на стадионе «Спартак» пройдёт праздник зимних видов спорта. Вход свободный. "
        "Для малышей приготовлены эстафеты. Организаторы ждут всех желающих. Приходите "
        "семьями.\n10:00 - открытие праздника\n11:00 - лыжная гонка"
    )
    assert got["start"] == "2026-12-05T10:00"


@pytest.mark.parametrize(
    ("later", "start", "end"),
    [
        ("Начало в 12:00.", "2026-12-05T12:00", None),
        ("Завершится праздник в 14:00.", "2026-12-05T10:00", "2026-12-05T14:00"),
    ],
)
def test_a_later_sentence_on_the_events_own_start_or_end_is_kept(
    later: str, start: str, end: str | None
) -> None:
    got = _parse(
        "5 декабря на стадионе «Спартак» пройдёт праздник зимних видов спорта. Вход свободный. "
        "Для малышей приготовлены эстафеты. Регистрация участников начнётся в 10:00. "
        f"Организаторы ждут всех желающих. {later}"
    )
    assert (got["start"], got["end"]) == (start, end)


def test_places_counted_with_an_adjective_are_no_clock() -> None:
    got = _parse(
        "Открытый урок покажут 5 декабря по всей стране. Трансляция пройдёт в 24 учебных "
        "заведениях области."
    )
    assert got["start"] == "2026-12-05"


def test_an_hour_before_other_words_stays_a_clock() -> None:
    got = _parse("Открытый урок покажут 5 декабря в 10 утра в актовом зале школы. Приходите.")
    assert got["start"] == "2026-12-05T10:00"


def test_a_span_told_again_from_the_events_day_gives_its_end() -> None:
    got = _parse(
        "Городская акция «Покорми птиц» стартует 7 декабря. С 7 по 20 декабря школьники будут "
        "развешивать кормушки в парках и скверах."
    )
    assert (got["start"], got["end"]) == ("2026-12-07", "2026-12-20")


def test_a_span_from_another_day_gives_no_end() -> None:
    got = _parse(
        "Городская акция «Покорми птиц» стартует 7 декабря. С 10 по 20 декабря школьники будут "
        "развешивать кормушки в парках и скверах."
    )
    assert (got["start"], got["end"]) == ("2026-12-07", None)


def test_a_sign_up_sentences_clock_does_not_silence_the_events_clock() -> None:
    got = _parse(
        "Шахматный турнир открывается в 15.30, первый тур в 16.00. Контроль времени 10 минут. "
        "Регистрация проводится 5 декабря с 14.00 до 15.00 в клубе «Ладья»."
    )
    assert got["start"] == "2026-12-05T15:30"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Шествие «Бессмертный полк» пройдёт в День Победы, сбор участников в 10:00.",
            "2027-05-09T10:00",
        ),
        (
            "Праздник двора состоится в День защиты детей. Приходите всей семьёй, будет "
            "весело и интересно.",
            "2027-06-01",
        ),
    ],
)
def test_a_holiday_on_a_fixed_date_is_its_day(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_an_occasion_named_by_its_day_gives_no_date() -> None:
    got = _parse(
        "Ко Дню Победы в школе пройдёт конкурс рисунков 3 декабря. Приглашаем всех желающих."
    )
    assert got["start"] == "2026-12-03"


def test_results_to_be_published_on_a_day_are_no_stamp() -> None:
    got = _parse(
        "Олимпиада по математике пройдёт 5 декабря в 10:00 в гимназии № 2. Результаты будут "
        "опубликованы на сайте 12 декабря 2026 в 15:00."
    )
    assert got["start"] == "2026-12-05T10:00"
