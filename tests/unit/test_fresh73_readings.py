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
