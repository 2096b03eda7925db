"""Readings behind the misses of tests/data/real_posts_broad34.jsonl at first sight
(tests/data/fresh73.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _title(text: str, now: str = "2024-03-01T12:00") -> str:
    got = intent_to_json(parse_message(text, datetime.fromisoformat(now)))
    return str(got.get("title") or "")


# a name keeps the nominative whatever case its kind takes, so a capitalised noun read in the
# nominative right after a kind in an oblique case («на фестивале Радуга», «к празднику
# Сабантуй») cannot be governed by it: it is the event's own name, written without quotes
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Все желающие смогут 12 мая поучаствовать в фестивале Радуга.", "радуга"),
        ("Команда школы 12 мая примет участие в празднике Навруз.", "навруз"),
        ("Наши танцоры 14 мая выступят на конкурсе Звездопад в Доме культуры.", "звездопад"),
    ],
)
def test_an_unquoted_name_after_an_oblique_kind_is_the_title(text: str, name: str) -> None:
    assert name in _title(text).lower()


# after a kind's genitive complement, a capitalised nominative noun that closes the clause (a
# comma, a bracket or the sentence's end after it) is the name as well: the genitive chain
# cannot go on in the nominative
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Районный праздник народов Севера Хейро, подготовленный клубом «Северок», прошел "
            "21 июня в селе Сосновка.",
            "хейро",
        ),
        (
            "Областной конкурс юных чтецов Родник (Родничок), учрежденный министерством, "
            "пройдет 3 марта в областной библиотеке.",
            "родник",
        ),
    ],
)
def test_a_name_closing_a_genitive_chain_is_the_title(text: str, name: str) -> None:
    assert name in _title(text).lower()


# what the reading leaves alone: a person after the kind, a plural that may open the next
# clause, a noun in an oblique case (a genitive complement), a name already in quotes, and a
# name right after a common noun of the chain, which is that noun's own («пруда Рассвет»)
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Команда школы 12 мая примет участие в празднике с Иваном Петровым.", "иван"),
        ("Команда 12 мая примет участие в празднике Дети читают стихи.", "дети"),
        ("Школьники 9 мая выступят на фестивале Москвы.", "«москв"),
        ("12 апреля в школе пройдет конкурс рисунков «Космос».", "««"),
        (
            "Школьники 20 апреля примут участие в акции по уборке пруда Рассвет, которую "
            "проводит администрация.",
            "«рассвет»",
        ),
        (
            "Ученики 20 апреля примут участие в акции по уборке сквера Дружба, которую готовит "
            "управа.",
            "«дружба»",
        ),
    ],
)
def test_persons_places_and_genitives_are_no_name(text: str, absent: str) -> None:
    assert absent not in _title(text).lower()


def _parse(text: str, now: str = "2024-03-01T12:00") -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# a question mark never opens a word: one after a space and right before a letter, closed by
# another right after a word, is a quote mark a page lost in its encoding («в центре ?Радуга?»)
# and reads as «…», so the sentence does not end at it
@pytest.mark.parametrize(
    ("text", "start", "title", "venue"),
    [
        (
            "12 марта в центре ?Радуга? (зал 2) откроется выставка ?Юный техник?.",
            "2024-03-12",
            "юный техник",
            "радуга",
        ),
        (
            "Конкурс ?Мастер на все руки? пройдет 15 апреля в 10:00 в клубе ?Факел?.",
            "2024-04-15T10:00",
            "мастер на все руки",
            None,
        ),
    ],
)
def test_question_marks_around_a_name_are_quote_marks(
    text: str, start: str, title: str, venue: str | None
) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert title in str(got["title"]).lower()
    if venue is not None:
        assert venue in str(got["venue"]).lower()


# a question stays a question: a mark after a word, before a space or another mark
@pytest.mark.parametrize(
    "text",
    [
        "Кто придет 12 марта на концерт? Ждем ответа до пятницы.",
        "Игра Что?Где?Когда? пройдет 12 марта в 15:00.",
    ],
)
def test_a_question_mark_after_a_word_is_as_written(text: str) -> None:
    assert "«" not in str(_parse(text).get("title") or "")
