"""newcomer77's two readings on sentences of my own, several shapes each: a comma clause of
the terms of attending leaves a title (and only such a clause), and «в эти дни» asks about
the asker's own days (and «в наши дни» does not)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message as parse
from bot.core.language.notices import without_attendance_terms
from bot.core.language.own_days import without_own_days
from bot.core.models import EventIntent, QueryIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")  # the school's naive wall clock


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Экскурсия «Янтарный путь» — 18 декабря в 12:00, 7–8 классы, "
            "по предварительной записи.",
            "Экскурсия «Янтарный путь»",
        ),
        ("Лекция о космосе 20 декабря в 15:00, 9 классы — по пригласительным билетам", None),
        ("Мастер-класс по лепке 21 декабря в 15:00, 5А, вход по регистрации", None),
        ("Квиз «Зимние забавы» 23 декабря в 16:00, 6Б, строго по записи!", None),
    ],
)
def test_terms_of_attending_leave_the_title(text: str, title: str | None) -> None:
    intent = parse(text, NOW)
    assert isinstance(intent, EventIntent)
    got = intent.draft.title
    for word in ("запис", "регистрац", "билет"):
        assert word not in got, got
    assert not got.endswith(("—", ",")), got
    if title is not None:
        assert got == title


@pytest.mark.parametrize(
    "title",
    [
        "Концерт по заявкам радиослушателей",  # a genre: no clause of its own
        "Экскурсия по записям дневника",
        "Экскурсия в музей по записи",  # no comma: left as written
    ],
)
def test_other_words_of_a_title_stay(title: str) -> None:
    assert without_attendance_terms(title) is title


@pytest.mark.parametrize(
    "question",
    [
        "а что ещё в школе в эти дни?",
        "что у школы в те же дни?",
        "что в эти же даты в школе?",
        "что будет в школе в дни моих мероприятий?",
        "что ещё в мои дни?",
    ],
)
def test_these_days_are_the_askers_own(question: str) -> None:
    intent = parse(question, NOW)
    assert isinstance(intent, QueryIntent), intent
    assert intent.own_days, intent
    assert intent.title is None, intent


def test_nowadays_is_no_such_phrase() -> None:
    assert without_own_days("что в наши дни читают?") == ("что в наши дни читают?", False)
    intent = parse("что в школе на этой неделе?", NOW)
    assert isinstance(intent, QueryIntent)
    assert not intent.own_days
