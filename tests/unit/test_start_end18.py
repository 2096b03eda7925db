"""The event's start and end (fifteenth round, starts18): the floor of the real posts this round
fixed, cited by set:line, and small sentences written for this file, one group per construction
(each with cases the rule must leave alone):

- a site's date-time line is its stamp also with slashes («17/10/2011 15:28») or a full stop
  after the clock («30 октября 2009 г., 10:00.»);
- a range's days may carry their ordinal endings («с 1-го по 5-е апреля»);
- «с 18 на 19 мая» names one night even without «ночь», unless a verb of moving stands before
  it («перенесли с 18 на 19 мая») or the days are not in a row;
- an event page's «Заканчивается: <день> в <час>» right after «Начинается: …» is the end;
- a date dating a report whose «что» names another day is the report's («Сегодня, 1 декабря,
  пресс-служба сообщила о том, что в четверг, 3 декабря, …»);
- a list of age groups shares its first item's «лет» («до 7 лет, вторая — от 8 до 12»);
- hours said with «утра»/«вечера» are the event's own hours, never a programme's slot;
- a date in a relative clause about a later stage («В финал, который состоится …») is the
  stage's, told in passing;
- «полдень» takes its place among the clocks in the order written;
- a clock of a past-tense clause after the event's timed sentence is history told;
- the end of a programme's opening slot («10:00 – 10:15 – церемония открытия») is the
  ceremony's, never the event's.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from benchmarks.corpus_score import load, real_post_results
from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")  # a Tuesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


def _span(text: str, now: datetime = NOW) -> tuple[object, object]:
    got = _parse(text, now)
    return got["start"], got["end"]


# --- the floor: real posts this round fixed (set:line), each must stay right ---------------

FIXED = [
    ("real_posts_eval15.jsonl", 6),  # «30 октября 2009 г., 10:00.»: the page's stamp
    ("real_posts_eval15.jsonl", 9),  # «с 18 на 19 мая»: one night
    ("real_posts_eval15.jsonl", 12),  # «с 1-го по 5-е апреля … с 10:00 до 17:00»
    ("real_posts_eval15.jsonl", 13),  # «17/10/2011 15:28»: the page's stamp
    ("real_posts_eval15.jsonl", 18),  # age groups «от 8 до 12» are no clocks
    ("real_posts_eval15.jsonl", 25),  # «Начинается: … Заканчивается: …»
    ("real_posts_eval15.jsonl", 27),  # «Сегодня, 21 марта, … сообщил о том, что …»
    ("real_posts_eval15.jsonl", 28),  # «14-15 сентября с 9 утра до 6 вечера»
    ("real_posts_eval15.jsonl", 50),  # «по московскому времени» (label mended to MSK − 1 h)
    ("real_posts_eval14.jsonl", 53),  # «В финал …, который состоится 19 марта»
    ("real_posts_eval11.jsonl", 52),  # «открытие назначено на полдень, затем в 15:00 …»
    ("real_posts_eval9.jsonl", 10),  # «где играл оркестр до двух часов ночи»
    ("real_posts_eval14.jsonl", 34),  # «10:00 – 10:15 – церемония открытия»: no end
]


@pytest.mark.parametrize(("name", "line"), FIXED)
def test_fixed_real_posts_stay_right(name: str, line: int) -> None:
    case = load(name)[line - 1]
    got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
    assert real_post_results(case, got)["start_end"], (name, line, got["start"], got["end"])


def test_eval15_floor_and_asks_ceiling() -> None:
    right = asked = 0
    for case in load("real_posts_eval15.jsonl"):
        got = intent_to_json(parse_message(case["text"], datetime.fromisoformat(case["now"])))
        if real_post_results(case, got)["start_end"]:
            right += 1
            asked += bool(set(got["doubts"] or []) & ASKED)
    assert right >= 56
    assert asked <= 4


# --- page stamps ----------------------------------------------------------------------------


def test_a_slashed_date_line_is_the_page_stamp() -> None:
    text = (
        "01/12/2026 09:07\nВ районе стартует турнир\nЗатем с 7 по 11 декабря пройдет "
        "районный этап турнира для школьных команд."
    )
    assert _span(text) == ("2026-12-07", "2026-12-11")


def test_a_dated_line_with_a_full_stop_is_the_page_stamp() -> None:
    text = (
        "Юные краеведы соберутся в лагере\n\n1 декабря 2026 г., 08:30.\n\nСегодня в лагере "
        "«Сказка» откроется форум краеведов. Неделю ребята будут соревноваться."
    )
    assert _span(text)[0] == "2026-12-01"


def test_an_event_line_with_a_future_clock_keeps_it() -> None:
    text = "Форум краеведов\n\n5 декабря 2026 г., 10:00.\n\nВ лагере «Сказка» откроется форум."
    assert _span(text) == ("2026-12-05T10:00", None)


# --- ranges with ordinal endings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Фестиваль пройдет с 7-го по 11-е декабря в музее.", "2026-12-07", "2026-12-11"),
        ("Фестиваль пройдет с 7-го по 11-ое декабря в музее.", "2026-12-07", "2026-12-11"),
        # the days' hours make it a daily event: its first day's hours
        (
            "Фестиваль пройдет с 7-го по 11-е декабря с 10:00 до 17:00 в музее.",
            "2026-12-07T10:00",
            "2026-12-07T17:00",
        ),
        # unchanged: grades written with endings are no days
        ("Занятия для учеников с 1-го по 4-й класс пройдут 9 декабря.", "2026-12-09", None),
    ],
)
def test_ordinal_endings_in_a_range_of_days(text: str, start: str, end: str | None) -> None:
    assert _span(text) == (start, end)


# --- a night without the word «ночь» ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Акция пройдет с 18 на 19 декабря во всех музеях города.", "2026-12-18", "2026-12-19"),
        ("Акция пройдет с 31 декабря на 1 января во всех музеях.", "2026-12-31", "2027-01-01"),
        # unchanged: a move names the new day, and days not in a row are no night
        ("Концерт перенесли с 18 на 19 декабря.", "2026-12-19", None),
        ("Концерт перенесён с 18 на 25 декабря.", "2026-12-25", None),
    ],
)
def test_a_night_from_one_day_to_the_next(text: str, start: str, end: str | None) -> None:
    assert _span(text) == (start, end)


# --- an event page's start and end labels -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Мероприятие «Лыжня». Начинается: 5 декабря 2026 в 10:00. "
            "Заканчивается: 5 декабря 2026 в 14:00.",
            "2026-12-05T10:00",
            "2026-12-05T14:00",
        ),
        (
            "Соревнование проводится с целью развития биатлона в области.\nМероприятие "
            "«Лыжня», биатлонный комплекс. Начинается: 5 декабря 2026 в 10:00. "
            "Заканчивается: 6 декабря 2026 в 14:00. Количество участников: 27.",
            "2026-12-05T10:00",
            "2026-12-06T14:00",
        ),
    ],
)
def test_the_end_label_after_the_start(text: str, start: str, end: str) -> None:
    assert _span(text) == (start, end)


# --- the day of a report ----------------------------------------------------------------------


def test_the_day_of_a_report_is_not_the_event() -> None:
    text = (
        "Юных шахматистов приглашают на турнир\nСегодня, 1 декабря, пресс-центр "
        "администрации сообщил о том, что в четверг, 3 декабря, в 13.30 в школе № 12 "
        "состоятся шахматные соревнования. В турнире примут участие первоклассники."
    )
    assert _span(text) == ("2026-12-03T13:30", None)


def test_a_report_naming_no_other_day_keeps_its_date() -> None:
    text = (
        "Юных шахматистов приглашают на турнир\nСегодня, 1 декабря, в 17:00 в школе № 12 "
        "состоятся шахматные соревнования, сообщил пресс-центр. Участвуют первоклассники."
    )
    assert _span(text)[0] == "2026-12-01T17:00"


# --- age groups -------------------------------------------------------------------------------


def test_an_age_group_list_shares_its_unit() -> None:
    text = (
        "Вокальный конкурс пройдет в культурном центре.\nПодать заявку можно до 10 декабря "
        "включительно. Будет разделение по возрастным группам, первая — до 7 лет, вторая — от "
        "8 до 12, третья — от 13 до 17, четвертая — от 18 и старше.\nКонкурс пройдет в два "
        "этапа. Первый — отборочный, он начнется 20 декабря в 12:00, а второй этап — "
        "гала-концерт, начнется 27 декабря в 18:00."
    )
    assert _span(text) == ("2026-12-20T12:00", None)


def test_a_range_after_a_sentence_end_is_no_age() -> None:
    text = "Детям до 7 лет вход свободный. Концерт 20 декабря с 12 до 14 часов в актовом зале."
    assert _span(text) == ("2026-12-20T12:00", "2026-12-20T14:00")


# --- hours said with a part of the day --------------------------------------------------------


def test_hours_with_parts_of_the_day_are_the_event_hours() -> None:
    text = (
        "Выставка кошек пройдет в городе. Любоваться питомцами жители смогут целых два "
        "дня - 12-13 декабря с 9 утра до 6 вечера в драматическом театре. Цена билета "
        "для детей - 300."
    )
    assert _span(text) == ("2026-12-12T09:00", "2026-12-12T18:00")


# --- a later stage's day in a relative clause -------------------------------------------------


def test_a_final_told_in_a_relative_clause_is_not_the_event() -> None:
    text = (
        "Второй отборочный этап лиги интеллектуальных игр состоится 9 декабря в "
        "молодёжном центре. Игрокам нужно ответить на 30 вопросов. В финал лиги, который "
        "состоится 19 декабря, выйдут 8 лучших команд.\nНачало регистрации команд — в 18:30."
    )
    assert _span(text)[0] == "2026-12-09"


# --- noon among the clocks --------------------------------------------------------------------


def test_noon_said_first_starts_the_event() -> None:
    text = (
        "В субботу, 5 декабря, пройдет фестиваль воздушных змеев. Открытие фестиваля "
        "назначено на полдень, затем в 15:00 пройдет мастер-класс."
    )
    assert _span(text) == ("2026-12-05T12:00", None)


# --- clocks of past-tense clauses -------------------------------------------------------------


def test_a_past_clause_clock_is_no_end() -> None:
    text = (
        "В субботу, 5 декабря, в 16:30 в музее начнется лекция «Город зимний». Слушатели "
        "узнают, куда можно было отправиться вечером, а где играл оркестр до двух часов "
        "ночи. Стоимость билетов – 200 рублей."
    )
    assert _span(text) == ("2026-12-05T16:30", None)


def test_a_present_clause_clock_still_ends_the_event() -> None:
    text = (
        "В субботу, 5 декабря, в 16:30 в музее начнется лекция «Город зимний». Лекция "
        "закончится в 18:00, после нее можно будет задать вопросы."
    )
    assert _span(text) == ("2026-12-05T16:30", "2026-12-05T18:00")


# --- the opening slot's end -------------------------------------------------------------------


def test_the_opening_slot_end_is_not_the_event_end() -> None:
    text = (
        "Всероссийский день бега пройдёт 5 декабря на стадионе.\nДата проведения: 5 декабря "
        "2026 г.\nПрограмма мероприятия:\n8:00 – 9:30 – регистрация участников;\n10:00 – "
        "10:15 – церемония открытия;"
    )
    assert _span(text) == ("2026-12-05T10:00", None)


def test_an_opening_slot_without_its_own_end_keeps_the_start() -> None:
    text = (
        "Всероссийский день бега пройдёт 5 декабря на стадионе.\nПрограмма мероприятия:\n"
        "9:00 – регистрация участников;\n10:00 – церемония открытия;\n10:30 – старт забега."
    )
    assert _span(text)[0] == "2026-12-05T10:00"
