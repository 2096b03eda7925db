"""Prose paragraphs of one announcement against a plan's rows (route44): dated lines that
are sentences and name one event's parts («… пройдёт выставка …», «Торжественное закрытие
выставки состоится …») are one post; rows opening with their day, numbered rows, a table's
cells and sentences naming different events stay a plan's rows. Sentences our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents_many import parse_many
from bot.core.language.plan_prose import is_prose_row, parts_of_one_event
from bot.core.models import EventIntent

NOW = datetime(2026, 11, 23, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time

ONE_POST = [
    "С 7 по 20 декабря в выставочном зале музея пройдёт выставка детского рисунка «Зимняя"
    " сказка».\nЭкскурсии по будням в 11:00 и 14:00.\n"
    "Торжественное закрытие выставки состоится 10 января в 15:00.",
    "Конкурс чтецов «Живое слово» пройдёт 10 декабря в 14:00 в актовом зале.\n"
    "Финал конкурса состоится 17 декабря в 15:00.",
]

PLANS = [
    # rows opening with their day, verbs and all
    "10 декабря в 15:00 состоится лекция «Тайны космоса», 9А.\n"
    "17 декабря в 11:00 пройдёт экскурсия в краеведческий музей, 7Б.",
    # a numbered list of one exhibition's parts: the writer made them rows
    "1. Открытие выставки «Зимняя сказка» состоится 10 декабря в 15:00.\n"
    "2. Закрытие выставки состоится 20 декабря в 15:00.",
    # a table pasted from Excel
    "Открытие выставки\t10.12.2026\t15:00\t5А\nЗакрытие выставки\t20.12.2026\t15:00\t5А",
    # two events of one kind, each a sentence
    "Лекция по физике пройдёт 9 декабря в 15:00 в актовом зале, 9А.\n"
    "Лекция по химии пройдёт 16 декабря в 15:00 в актовом зале, 9Б.",
]


@pytest.mark.parametrize("text", ONE_POST)
def test_one_events_paragraphs_are_one_post(text: str) -> None:
    found = parse_many(text, NOW)
    assert len(found) == 1, [getattr(i, "draft", i) for i in found]


@pytest.mark.parametrize("text", PLANS)
def test_plan_shapes_stay_plans(text: str) -> None:
    found = parse_many(text, NOW)
    assert len(found) == 2, found
    assert all(isinstance(i, EventIntent) for i in found), found


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("Торжественное закрытие выставки состоится 10 января в 15:00.", True),
        ("10 января в 15:00 состоится закрытие выставки.", False),
        ("2. Закрытие выставки состоится 20 декабря в 15:00.", False),
        ("Закрытие выставки — 10 января в 15:00", False),
        ("Закрытие выставки\t10.01.2027\t15:00", False),
    ],
)
def test_prose_rows(line: str, prose: bool) -> None:
    assert is_prose_row(line) is prose


@pytest.mark.parametrize(
    ("titles", "parts"),
    [
        (["Выставка детского рисунка «Зимняя сказка»", "Торжественное закрытие выставки"], True),
        (["Финал конкурса", "Конкурс чтецов"], True),
        (["Лекция по физике", "Лекция по химии"], False),
        (["Лекция «Тайны космоса»", "Экскурсия в краеведческий музей"], False),
    ],
)
def test_parts_of_one_event(titles: list[str], parts: bool) -> None:
    assert parts_of_one_event(titles) is parts
