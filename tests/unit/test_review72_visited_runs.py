"""review72: only a long run of a visited kind (an exhibition, an exposition, a fair) clashes
with nothing by students; a week-long trip, camp or shift is attended whole (safety72 §6).
Titles are my own."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.remind_moments import reads_after_about
from bot.core.models import NewEvent
from bot.core.run_ends import is_visited_kind, is_visited_run

ZONE = ZoneInfo("Europe/Moscow")


@pytest.mark.parametrize(
    ("title", "visited"),
    [
        ("Выставка детских рисунков", True),
        ("Книжная выставка к юбилею писателя", True),
        ("Фотовыставка «Зимний город»", True),
        ("Выставка-ярмарка ремёсел", True),
        ("Экспозиция старинных часов", True),
        ("Арт-инсталляция во дворе", True),
        ("Новогодняя ярмарка", True),
        ("Поездка в Санкт-Петербург", False),
        ("Лагерь актива", False),
        ("Профильная смена «Юный физик»", False),
        ("Неделя науки", False),
        ("Турнир роботов", False),
        ("Экскурсия на выставку кошек", False),  # an excursion is attended whole
        ("«Выставка»", False),  # a quoted name alone tells no kind
        ("", False),
    ],
)
def test_visited_kinds(title: str, visited: bool) -> None:
    assert is_visited_kind(title) is visited


def _week(title: str, days: int) -> NewEvent:
    start = datetime(2026, 12, 7, tzinfo=ZONE)
    return NewEvent(title, 1, start, start + timedelta(days=days), all_day=True)


@pytest.mark.parametrize(
    ("event", "visited"),
    [
        (_week("Выставка рисунков", 8), True),
        (_week("Поездка в Санкт-Петербург", 8), False),  # a week's trip takes its class
        (_week("Выставка рисунков", 3), False),  # a short run clashes whatever its kind
    ],
)
def test_visited_runs(event: NewEvent, visited: bool) -> None:
    assert is_visited_run(event) is visited


# --- review72: «о лекции о космосе» kept after «про» read «про лекции о космосе» -----------


@pytest.mark.parametrize(
    ("words", "reads"),
    [
        ("лекции о космосе", False),  # «напомни о лекции …»: prepositional, not «про лекции»
        ("репетиции хора", False),
        ("концерте", False),
        ("экскурсию", True),
        ("соревнования", True),  # plural: «про соревнования»
        ("концерт хора", True),
    ],
)
def test_prepositional_words_do_not_read_after_about(words: str, reads: bool) -> None:
    assert reads_after_about(words) is reads
