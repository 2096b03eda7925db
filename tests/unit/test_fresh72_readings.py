"""Readings behind the misses of tests/data/real_posts_broad33.jsonl at first sight
(tests/data/fresh72.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# a number after «в» followed by a noun in the locative names which of those things the place
# is («в 4 отряде» = in squad No. 4, «во 2 туре» = in round 2): an hour's noun after «в N» is a
# genitive («в 6 вечера», «в 3 дня», «в 7 часов»), never a locative
@pytest.mark.parametrize(
    "text",
    [
        "25 октября в 4 отряде лагеря пройдет конкурс рисунков.",
        "12 марта в 3 группе детского сада пройдет утренник для мам.",
        "Во 2 туре олимпиады, который пройдет 5 апреля, сыграют восемь команд.",
        "18 мая в 5 корпусе общежития состоится собрание жильцов.",
        "Мастер-класс по лепке пройдет 14 ноября во 2 отделении центра.",
    ],
)
def test_a_number_before_a_locative_noun_is_no_clock(text: str) -> None:
    got = _parse(text, "2019-03-01T12:00")
    assert got["start"] is not None
    assert "T" not in str(got["start"])


# what the reading leaves alone: an hour before a genitive time word, a clock before a
# preposition, a count before a genitive noun
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("25 октября в 6 вечера в клубе пройдет концерт.", "2019-10-25T18:00"),
        ("25 октября в 3 часа дня пройдет концерт.", "2019-10-25T15:00"),
        ("Концерт пройдет 25 октября в 5 в актовом зале.", "2019-10-25T17:00"),
        ("Концерт пройдет 25 октября в 7 утра.", "2019-10-25T07:00"),
    ],
)
def test_hours_before_time_words_stay_clocks(text: str, start: str) -> None:
    assert _parse(text, "2019-03-01T12:00")["start"] == start


# a numeric date opening one of a post's first lines is the news item's date when it is not
# after the post's own day and a day is written further on: with a two-digit year too
# («12.04.19»), and with a site's separator between it and the line's words («05.03.2021 - …»,
# «12.04.19 | Самара»), or alone on its line (the post path: long texts of two sentences)
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Субботник в школе\n12.04.19 | Самара\n20 апреля ученики и родители выйдут на уборку "
            "парка. Инвентарь выдадут на месте, приходите в удобной одежде.",
            "2019-04-12T12:00",
            "2019-04-20",
        ),
        (
            "05.03.2021 - Конкурс чтецов в гимназии\n3 марта в актовом зале прошел конкурс "
            "чтецов. Ребята читали стихи о весне, жюри выбрало трёх победителей.",
            "2021-03-05T12:00",
            "2021-03-03",
        ),
        (
            "Ярмарка вакансий\n18.11.22\n25 ноября в колледже пройдет ярмарка вакансий для "
            "выпускников. Работодатели расскажут о свободных местах и стажировках.",
            "2022-11-18T12:00",
            "2022-11-25",
        ),
        (
            "07.02.2020 • Лыжня школы\n9 февраля на стадионе пройдет школьная лыжня. Участвуют "
            "ученики всех классов вместе с родителями и учителями.",
            "2020-02-07T12:00",
            "2020-02-09",
        ),
    ],
)
def test_a_stamp_date_with_a_short_year_or_a_separator(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# what the reading leaves alone: a date ahead of the post's day, a date with no other day
# after it (the event's own)
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "25.04.19 — день открытых дверей в колледже. Абитуриенты узнают о специальностях и "
            "правилах приёма, посетят мастерские.",
            "2019-04-20T12:00",
            "2019-04-25",
        ),
        (
            "12.04.19 - субботник у школы, начало в 10:00. Инвентарь выдадут на месте, приходите "
            "в удобной одежде.",
            "2019-04-12T08:00",
            "2019-04-12T10:00",
        ),
    ],
)
def test_an_event_date_at_the_head_stays(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# a sign-up window opening, its noun before the date («Регистрация участников откроется 8
# октября», «Приём заявок начнётся 1 марта»), is the desk's day, not the event's, when the post
# dates something else: the day-level twin of «С 1 марта открыта запись»
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Регистрация участников откроется 8 октября на сайте школы. Олимпиада по математике "
            "пройдет 17 октября в гимназии № 3, приглашаем всех желающих.",
            "2020-10-01T12:00",
            "2020-10-17",
        ),
        (
            "Приём заявок начнётся 1 марта. Фестиваль детского творчества состоится 20 марта в "
            "Доме культуры, приглашаем школьников и родителей.",
            "2021-02-20T12:00",
            "2021-03-20",
        ),
        (
            "Регистрация на «Кросс наций» стартует 5 сентября, количество мест ограничено. Сам "
            "забег пройдет 15 сентября в парке, приходите всей семьёй.",
            "2021-09-01T12:00",
            "2021-09-15",
        ),
    ],
)
def test_a_signup_opening_day_is_not_the_events(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# what the reading leaves alone: the only day a post writes (the registration opens on the
# event's day), and an event whose own verb follows the sign-up noun's clause
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Регистрация участников начнётся 8 октября у входа в школу. Приглашаем всех учеников "
            "и родителей на осенний забег, будет весело.",
            "2020-10-01T12:00",
            "2020-10-08",
        ),
        (
            "Олимпиада откроется 8 октября в гимназии, регистрация участников до 1 октября. "
            "Приглашаем всех желающих школьников города.",
            "2020-09-20T12:00",
            "2020-10-08",
        ),
    ],
)
def test_an_event_day_beside_a_signup_stays(text: str, now: str, start: str) -> None:
    assert str(_parse(text, now)["start"]).startswith(start)


# a name in quotes tells no tense: its verb («помнит», «зовёт», «ждёт») is the name's word, so a
# day told in the past beside it is this year's, gone by
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("27 января стартовала кинопрограмма «И помнит мир».", "2025-01-28T12:00", "2025-01-27"),
        ("3 марта прошла акция «Весна зовёт» в парке.", "2024-03-05T12:00", "2024-03-03"),
        ("10 февраля открылась выставка «Лес ждёт тебя».", "2023-02-12T12:00", "2023-02-10"),
    ],
)
def test_a_verb_inside_a_quoted_name_tells_no_tense(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# what the reading leaves alone: a verb outside the quotes still tells the sentence's tense
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("27 января стартует кинопрограмма «Мир помнит».", "2025-01-20T12:00", "2025-01-27"),
        ("Акция «Весна пришла» пройдет 3 марта в парке.", "2024-02-25T12:00", "2024-03-03"),
    ],
)
def test_a_verb_outside_the_quotes_still_counts(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start
