"""Readings behind misses last round's helpers left (tests/data/parse66.md), each checked on
sentences of our own, never the tuned sets' words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

_NOW = "2026-11-20T10:00"


def _parse(text: str, now: str = _NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# A street after «по» (dative singular) or «на» (locative), with or without a house number,
# is the street the place stands on: the venue is the place with it, and neither the street
# nor a dangling «по» is left in the venue or the title.
@pytest.mark.parametrize(
    ("text", "venue", "title"),
    [
        (
            "В воскресенье, 6 декабря, на базе ДЮСШ по ул. Лесной, 5 пройдёт турнир по шахматам.",
            "ДЮСШ, ул. Лесной, 5",
            "Турнир по шахматам",
        ),
        (
            "В субботу в спортивной школе по Садовой улице состоится первенство района по"
            " плаванию.",
            "спортивная школа, Садовая улица",
            "Первенство района по плаванию",
        ),
        (
            "Концерт 12 декабря в 18:00 в школе №5 по улице Ленина",
            "школа №5, улица Ленина",
            "Концерт",
        ),
        (
            "Турнир по шахматам 12 декабря в Доме культуры по ул. Ленина, 3",
            "Дом культуры, ул. Ленина, 3",
            "Турнир по шахматам",
        ),
        (
            "Турнир по шашкам 12 декабря в библиотеке по проспекту Мира",
            "библиотека, проспект Мира",
            "Турнир по шашкам",
        ),
    ],
)
def test_a_street_after_po_is_the_places(text: str, venue: str, title: str) -> None:
    got = _parse(text)
    assert (got["venue"], got["title"]) == (venue, title)


def test_a_street_after_po_in_a_long_post_joins_the_place() -> None:
    text = (
        "Лыжный сезон открыт\n"
        "В субботу, 12 декабря, на лыжной базе ДЮСШ по ул. Сосновой пройдёт первенство района"
        " по лыжным гонкам среди школьников. Старт в 11:00, регистрация участников с 10:00."
        " Приглашаем всех любителей лыжного спорта поддержать ребят."
    )
    assert _parse(text)["venue"] == "лыжная база ДЮСШ, ул. Сосновая"


def test_streets_as_a_route_stay_out_of_the_venue() -> None:
    got = _parse("Пробег 12 декабря в 10:00 на стадионе по улицам города")
    assert got["venue"] == "стадион"


# «в 2–4 дня» after a verb of taking place or lasting counts the days the event takes (the
# genitive singular «дня» agrees with 2–4 as a count): never a clock of 14:00–16:00. After a
# verb of starting, or with «часа», it stays the clock.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Первенство района по лыжным гонкам\n17 и 18 января на лыжной трассе у школы №2"
            " состоится первенство района по лыжным гонкам. Соревнования пройдут в два дня,"
            " в субботу спринт, в воскресенье эстафета. Приглашаются команды школ района.",
            "2027-01-17",
            "2027-01-18",
        ),
        (
            "Турнир юных математиков\nВ этом году турнир пройдет в три дня, с 7 по 9 декабря,"
            " первыми будут выступать команды старших классов, затем младшие. Участники"
            " решат задачи и защитят решения перед жюри.",
            "2026-12-07",
            "2026-12-09",
        ),
    ],
)
def test_days_counted_after_a_lasting_verb_are_no_clock(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_a_count_of_days_leaves_the_title() -> None:
    got = _parse("Олимпиада будет проходить в три дня, с 7 по 9 декабря.")
    assert got["title"] == "Олимпиада"


@pytest.mark.parametrize(
    "text",
    [
        "Концерт 5 декабря начнётся в два дня.",
        "Встреча 5 декабря в два часа дня в библиотеке.",
        "Встреча 5 декабря в 2 дня в библиотеке.",
    ],
)
def test_a_clock_in_the_afternoon_stays(text: str) -> None:
    assert _parse(text)["start"] == "2026-12-05T14:00"


# «Сегодня» opening a verbless statement of what its subject is («Сегодня X — (это) Y»,
# «Сегодня X не только Y, но и Z»: a subject in the nominative, a nominal predicate) means
# «nowadays»: it names no day, and a report's own day is read instead of today.
def test_nowadays_is_no_day_of_a_report() -> None:
    text = (
        "Масленица в библиотеке\n18 февраля сотрудники сельской библиотеки провели для детей"
        " праздник «Широкая Масленица». Ребята водили хороводы, пели песни и угощались"
        " блинами. Сегодня этот праздник — не только проводы зимы, но и повод собраться всей"
        " семьёй."
    )
    got = _parse(text, "2026-02-20T12:00")
    assert got["start"] == "2026-02-18"
    assert "past" in (got["doubts"] or [])


def test_nowadays_never_gives_today_as_the_start() -> None:
    text = (
        "Музей открыл двери\nВ субботу, 14 февраля, краеведческий музей провёл день открытых"
        " дверей для школьников. Сегодня музей — это современный культурный центр города, где"
        " проходят выставки и лекции."
    )
    assert _parse(text, "2026-11-20T12:00")["start"] != "2026-11-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "сегодня в библиотеке не только выставка, но и концерт.",  # a place: today's events
        "сегодня — 1 июня.",  # no subject
        "сегодня международный день защиты детей.",  # no predicate
        "сегодня концерт — в актовом зале.",  # the predicate is a place
    ],
)
def test_today_that_names_the_day_stays(sentence: str) -> None:
    from bot.core.language.nowadays import reads_nowadays

    assert not reads_nowadays(sentence, sentence.index("сегодня") + len("сегодня"))


def test_today_with_a_place_keeps_the_event_today() -> None:
    text = (
        "Сегодня в библиотеке не только выставка, но и концерт\nПриглашаем всех жителей района"
        " на праздничную программу, посвящённую Дню матери. Начало в 15:00, вход свободный."
    )
    assert _parse(text)["start"] == "2026-11-20T15:00"


# «можно (будет) <infinitive> … до <day>»: the thing may be done until then, so the event
# runs until that day; a sign-up said so stays a deadline.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Стартовала акция «Читаем вместе»\nСегодня в районе стартовала акция «Читаем вместе»."
            " Прочитать отрывок и снять о нём видео можно до 15 декабря. Лучшие ролики покажут"
            " на школьном канале.",
            "2026-11-20",
            "2026-12-15",
        ),
        (
            "Выставка рисунков в школьном музее\n18 ноября в школьном музее открылась выставка"
            " рисунков учеников начальных классов «Мир глазами детей». Посмотреть работы ребят"
            " и выбрать лучшую можно будет до 4 декабря.",
            "2026-11-18",
            "2026-12-04",
        ),
    ],
)
def test_open_to_do_until_a_day_is_the_end(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_a_sign_up_until_a_day_stays_a_deadline() -> None:
    from bot.core.language.open_until import open_until

    assert open_until("посмотреть работы ребят можно будет до ")
    assert not open_until("работы ребят будут в зале до ")  # no «можно»
    assert not open_until("можно, а до ")  # the clause after the mark holds no infinitive


# A headline in no tense that repeats the day the body tells in the past is the same reported
# day (a day written twice is one day): never that day a year ahead beside the report.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Итоги школьной ярмарки 12 декабря\n12 декабря состоялась благотворительная ярмарка."
            " Ученики продавали поделки и выпечку, собрано 15 тысяч рублей.\nБлаготворительность"
            " – это умение помнить о тех, кому нужна помощь. Многие ребята помогают другим"
            " регулярно, понимая, как это важно.",
            "2026-12-14T12:00",
            "2026-12-12",
        ),
        (
            "5 марта — районный конкурс чтецов «Живое слово»\n5 марта в доме культуры состоялся"
            " районный конкурс чтецов «Живое слово». В нём приняли участие ученики из восьми"
            " школ района.",
            "2026-03-07T12:00",
            "2026-03-05",
        ),
    ],
)
def test_a_headline_copying_the_reported_day_is_that_day(text: str, now: str, start: str) -> None:
    got = _parse(text, now)
    assert got["start"] == start
    assert "past" in (got["doubts"] or [])


def test_a_headline_naming_another_day_stays_ahead() -> None:
    text = (
        "Концерт 20 декабря\n12 декабря в школе прошла благотворительная ярмарка. Ученики"
        " продавали поделки и выпечку. Впереди новогодний концерт."
    )
    assert _parse(text, "2026-12-14T12:00")["start"] == "2026-12-20"


# An organisation by its abbreviations (a legal form first: «ГБОУ ООШ №32», «МБОУ СОШ №5»)
# after «В» opening a sentence is read whole, as after «в» inside one: never the lone form.
@pytest.mark.parametrize(
    ("opening", "venue"),
    [
        ("В ГБОУ ООШ №14 12 декабря", "ГБОУ ООШ №14"),
        ("В МБОУ СОШ №7 12 декабря", "МБОУ СОШ №7"),
        ("В МАОУ «Гимназия» 12 декабря", "МАОУ «Гимназия»"),
    ],
)
def test_an_organisation_opening_a_sentence_is_whole(opening: str, venue: str) -> None:
    text = (
        f"Урок безопасности\n{opening} сотрудник полиции провёл с детьми урок безопасности."
        " Ребята узнали много нового и задали вопросы."
    )
    assert _parse(text, "2026-12-14T12:00")["venue"] == venue


@pytest.mark.parametrize(
    ("street", "shown"),
    [
        ("ул. Лесной", "ул. Лесная"),  # an adjective name agrees in the dative: nominative
        ("улице Садовой", "улица Садовая"),
        ("проспекту Ленинскому", "проспект Ленинский"),
        ("ул. Макарова", "ул. Макарова"),  # a surname in the genitive: as written
        ("проспекту Мира", "проспект Мира"),
    ],
)
def test_a_street_after_po_is_shown_in_the_nominative(street: str, shown: str) -> None:
    from bot.core.language.place_words import by_street_shown

    assert by_street_shown(street) == shown
