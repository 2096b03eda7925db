"""Readings behind the misses of tests/data/real_posts_broad35.jsonl at first sight
(tests/data/fresh74.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.sentences import sentences
from bot.core.language.stamps import take_stamps
from bot.core.language.title_heading import is_chrome
from bot.core.language.tokens import Scanner


def _parse(text: str, now: str) -> dict[str, Any]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# a long report whose span is written with dots and the year only on its last day: the last
# day closes the span (its year dates both), never a report's day alone to be hidden
_REPORT_TAIL = (
    " в колледже состоялись классные часы по теме «Мой выбор», на которых выступили "
    "психолог и инспектор по делам несовершеннолетних. Кураторы рассказали родителям об "
    "итогах первого семестра и о планах на каникулы."
)


@pytest.mark.parametrize(
    ("span", "first", "last"),
    [
        ("12.03. — 14.03.2023 года", "2023-03-12", "2023-03-14"),
        ("С 12.03 по 14.03.2023 г.", "2023-03-12", "2023-03-14"),
        ("12.03-14.03.2023", "2023-03-12", "2023-03-14"),
        ("С 5.10. по 7.10.2022", "2022-10-05", "2022-10-07"),
    ],
)
def test_a_dotted_span_of_a_long_report_keeps_its_last_day(
    span: str, first: str, last: str
) -> None:
    got = _parse(span + _REPORT_TAIL, last + "T18:00")
    assert (got["start"], got["end"]) == (first, last)


# a full stop closing a numeric day right before a dash or «по» and another day ends no
# sentence: «12.03. — 14.03.2023» is one span; a bare day ending a sentence before a capital
# word still ends it
def test_a_dotted_first_day_before_a_dash_ends_no_sentence() -> None:
    text = "Встречи 12.03. — 14.03.2023 года прошли в зале «Кто мы?» с гостями. Все довольны."
    assert len(sentences(text)) == 2
    assert len(sentences("Встречи с 12.03. по 14.03.2023 в зале. Приходите.")) == 2
    assert len(sentences("Экскурсия 12.03. Сбор в 9.00 у школы.")) == 2


# numbers joined by dots to letters are a group's or a specialty's code, never a day and month
@pytest.mark.parametrize(
    "text",
    [
        "Песню исполнит группа 3.ТМ.7.2 на празднике колледжа.",
        "Стенгазету к концерту выпустили студенты группы 1.ПК.11.4 отделения связи.",
        "Танец подготовила группа 4.ДО.8.1, её поздравили кураторы.",
    ],
)
def test_a_dotted_code_with_letters_is_no_date(text: str) -> None:
    got = _parse(text, "2024-03-01T12:00")
    assert got.get("start") is None


def test_a_dotted_code_leaves_the_written_day_to_the_event() -> None:
    got = _parse("Концерт группы 2.СД.9.3 пройдет 5 апреля в актовом зале.", "2024-03-01T12:00")
    assert got["start"] == "2024-04-05"
    # a weekday glued to its date by a dot is no code: «вт.10.12»
    assert _parse("Концерт вт.10.12 в зале.", "2024-12-02T12:00")["start"] == "2024-12-10"


# a line made only of a date's words — a weekday, the day, the month, the year with «г.» — is a
# blog's dateline, never the post's heading
@pytest.mark.parametrize(
    "line",
    ["среда, 14 марта 2018 г.", "Суббота, 2 ноября 2019 года", "Понедельник, 12 января"],
)
def test_a_dateline_is_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["Суббота 3 мая экскурсия", "12 мая концерт в ДК"])
def test_a_dated_heading_with_its_event_is_no_dateline(line: str) -> None:
    assert not is_chrome(line)


# a numeric date with its year closing the first line after the headline's sentence has ended
# («… посетили цирк. 17.03.2024») stands apart from it: the item's stamp, even when the
# headline names a day and a class of its own («15 марта», «3А»)
@pytest.mark.parametrize(
    ("text", "now"),
    [
        (
            "15 марта учащиеся 3а класса посетили цирк «арена». 17.03.2024\n\n"
            "15 марта учащиеся посетили цирк, где посмотрели новую программу.",
            "2024-03-17T12:00",
        ),
        (
            "2 октября ребята 8б класса побывали на заводе! 04.10.2023\n"
            "2 октября ребята побывали в цехах завода. Экскурсия была интересной.",
            "2023-10-05T09:00",
        ),
    ],
)
def test_a_day_after_the_headlines_closed_sentence_is_its_stamp(text: str, now: str) -> None:
    sc = Scanner(text)
    assert take_stamps(sc, datetime.fromisoformat(now)) == 1
    stamp = text.index(".20")
    assert not sc.is_free(stamp - 5, stamp + 5)


def test_a_headline_day_in_the_headlines_own_sentence_stays() -> None:
    # the day inside the headline's sentence, digits before it: not taken as a stamp
    text = "Концерт 5 классов пройдёт 28.11.2024\nНачало в 18:00 в актовом зале. Вход 28 ноября."
    sc = Scanner(text)
    take_stamps(sc, datetime.fromisoformat("2024-11-20T12:00"))
    assert sc.is_free(text.index("28.11"), text.index("28.11") + 10)


# a mark typed after a space and glued to the next word («… «Спящая красавица» .Каждый …»)
# still ends its sentence: the next sentence's tense is not the report's
def test_a_mark_after_a_space_glued_to_the_next_word_ends_the_sentence() -> None:
    parts = sentences("Ребята посмотрели балет «Щелкунчик» .Каждый зритель запомнит этот вечер.")
    assert len(parts) == 2


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Культпоход\n\nШестиклассники умеют и учиться, и отдыхать. 10.03 ребята вместе с "
            "учителем посетили кукольный театр-спектакль «Морозко» .Такие походы всегда "
            "сплачивают класс и дарят новые впечатления.",
            "2023-03-13T12:00",
            "2023-03-10",
        ),
        (
            "В субботу, 4.11, наш класс побывал в планетарии на программе «Звёзды» .Это "
            "запоминается надолго, такие поездки помогают учиться с интересом.",
            "2023-11-07T12:00",
            "2023-11-04",
        ),
    ],
)
def test_a_report_with_a_misplaced_mark_keeps_its_recent_day(
    text: str, now: str, start: str
) -> None:
    assert _parse(text, now)["start"] == start
