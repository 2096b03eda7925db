"""Round 50: a week, month or ten-day period announced with what it is devoted to is a title
candidate (title_periods.py). Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.title_periods import announced_periods
from tests.title_probe import card_title

DECEMBER = datetime.fromisoformat("2026-12-01T10:00")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "С 7 по 12 декабря в школе пройдёт тематическая Неделя, посвящённая 100-летию "
            "детской библиотеки.",
            "Тематическая Неделя, посвящённая 100-летию детской библиотеки",
        ),
        (
            "1 декабря стартовал Месячник правовых знаний для учеников средней школы.",
            "Месячник правовых знаний",
        ),
        ("В гимназии пройдёт неделя химии и биологии.", "Неделя химии и биологии"),
        ("Объявлена декада «Читаем вместе» для младших классов.", "Декада «Читаем вместе»"),
    ],
)
def test_an_announced_period_with_its_complement_is_a_candidate(text: str, wanted: str) -> None:
    assert [phrase for _, phrase in announced_periods(text)] == [wanted]


@pytest.mark.parametrize(
    "text",
    [
        "Через неделю начнутся каникулы.",  # a span of time, no complement
        "На этой неделе пройдёт концерт хора.",
        "Неделю назад открылась выставка рисунков.",
        "Ребята готовились к празднику целую неделю.",  # no announcing verb
    ],
)
def test_a_period_of_time_is_no_candidate(text: str) -> None:
    assert list(announced_periods(text)) == []


def test_a_post_titles_an_announced_week_by_what_it_is_devoted_to() -> None:
    text = (
        "В нашем районе с 7 по 12 декабря пройдёт тематическая Неделя, посвящённая 100-летию "
        "детской библиотеки. Будут организованы встречи с писателями «Книга всегда с нами», "
        "конкурс рисунков «Моя библиотека» и викторины."
    )
    assert "100-летию детской библиотеки" in card_title(text, DECEMBER)
