"""chat65's readings underneath the chat: a section label over a short announcement, and one
event's programme whose lines carry their day and clocks. All sentences are my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents_many import parse_many
from bot.core.language.plan_prose import names_one_event
from bot.core.language.title_heading import without_chrome
from bot.core.models import EventIntent

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Анонс соревнований\nВ субботу состоится забег.", "В субботу состоится забег."),
        (
            "Афиша выходных\nВ воскресенье пройдёт чтение сказок.",
            "В воскресенье пройдёт чтение сказок.",
        ),
        ("Анонсы недели\nВ четверг выступит хор.", "В четверг выступит хор."),
    ],
)
def test_a_label_over_a_short_statement_is_cut(text: str, rest: str) -> None:
    assert without_chrome(text) == rest


@pytest.mark.parametrize(
    "text",
    [
        "Афиша\nчто будет в субботу?",  # a question under the label
        "Анонс соревнований\nзабег, 5 декабря",  # no sentence: left as it was
        "Лекция о космосе\nВ субботу состоится лекция.",  # no label
        "Новости школы\n3 декабря 2026 / 12:10\nВ пятницу пройдёт концерт.",  # a stamp below
    ],
)
def test_a_label_over_a_question_or_a_non_label_is_kept(text: str) -> None:
    assert without_chrome(text) == text


@pytest.mark.parametrize(
    ("heading", "one"),
    [
        ("Фестиваль науки «Открытие» в КГТУ", True),
        ("День открытых дверей для старшеклассников", True),
        ("Турнир по шахматам пройдёт в ДК", True),
        ("План на декабрь", False),
        ("Мероприятия недели", False),
        ("Конкурсы и выставки декабря", False),
    ],
)
def test_names_one_event(heading: str, one: bool) -> None:
    assert names_one_event(heading) is one


def test_a_programme_over_two_days_is_one_event() -> None:
    text = (
        "Турнир по шахматам в Доме культуры\n"
        "19 декабря 09:00 — регистрация участников\n"
        "19 декабря 10:00 — первый тур\n"
        "20 декабря 10:00 — финал и награждение"
    )
    [one] = parse_many(text, NOW)
    assert isinstance(one, EventIntent)
    assert one.draft.title.startswith("Турнир по шахматам")


@pytest.mark.parametrize(
    "text",
    [
        # different events under a plan's heading
        "План на декабрь\n8 декабря 15:00 — лекция о роботах\n9 декабря 14:00 — экскурсия на завод",
        # rows naming their own classes: a timetable
        "Экскурсия в музей\n8 декабря 10:00 — 9А\n8 декабря 12:00 — 9Б",
        # one activity a day, each its own event
        "Фестиваль «Зима»\n14 декабря 15:00 — лекция о снеге\n15 декабря 15:00 — экскурсия\n"
        "16 декабря 16:00 — концерт хора",
        # a festival's heading over rows weeks apart: its meetings
        "Фестиваль чтения\n3 декабря 15:00 — открытие\n24 декабря 15:00 — закрытие",
    ],
)
def test_rows_of_a_plan_stay_rows(text: str) -> None:
    assert len(parse_many(text, NOW)) >= 2
