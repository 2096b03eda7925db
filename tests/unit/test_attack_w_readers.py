"""Attack w (2026-12-02), #4 and #9: the pure readers behind the fixes — a short answer to
«Как назвать «Спектакль»?» (title_offer_answers.offer_answer) and a post that calls an earlier event
off beside a new one (replacements.replaced_reference)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.edit_phrases import parse_edit
from bot.core.language.intents import parse_message
from bot.core.language.replacements import replaced_reference
from bot.core.language.title_offer_answers import offer_answer
from bot.core.models import EventIntent

OFFER = "Спектакль «Зайкина избушка»"
NOW = datetime(2026, 12, 7, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("text", "picked"),
    [
        ("первое", OFFER),
        ("1", OFFER),
        ("давай первый вариант", OFFER),
        ("да", OFFER),
        ("ок", OFFER),
        ("второе", "Спектакль"),
        ("оставьте как есть", "Спектакль"),
        ("пусть будет так", "Спектакль"),
        ("нет", "Спектакль"),
        ("Кукольный спектакль", None),
        ("Сказка «Зайкина избушка»", None),
    ],
)
def test_offer_answer(text: str, picked: str | None) -> None:
    assert offer_answer(text, OFFER, "Спектакль") == picked


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "Концерт «Зима» 20 декабря в 12:00 для 5А, актовый зал. "
            "Концерт «Щелкунчик» отменён, будет концерт «Зима».",
            "концерт «щелкунчик»",
        ),
        (
            "Концерт «Щелкунчик» отменён. Вместо него концерт «Зима» 20 декабря в 12:00 для 5А.",
            "концерт «щелкунчик»",
        ),
        ("Концерт хора 15 декабря не состоится.", None),
        ("Экскурсия 12 декабря в 15:00 для 9А отменена.", None),
        ("Лекция 12 декабря в 15:00 для 9А. Если пойдёт дождь, экскурсия отменяется.", None),
        ("Концерт «Щелкунчик» отменён. Подробности позже.", None),
        ("Концерт хора 15 декабря в 12:00 для 5А, актовый зал. Концерт отменён.", None),
        ("Концерт хора 15 декабря в 12:00 для 5А, актовый зал. Концерт хора отменяется.", None),
    ],
)
def test_replaced_reference(text: str, reference: str | None) -> None:
    assert replaced_reference(text, NOW) == reference


@pytest.mark.parametrize(
    ("text", "title", "reference", "number"),
    [
        ("переименуй лекцию в Лекция «ИИ в медицине»", "Лекция «ИИ в медицине»", "лекцию", None),
        ("назови её Концерт «Зима»", "Концерт «Зима»", "", None),
        ("переименуй 1 в Экскурсия «Завод»", "Экскурсия «Завод»", "", 1),
        ("переименуй лекцию в «ИИ в медицине»", "ИИ в медицине", "лекцию", None),
        ("переименуй лекцию в Продажа курсов КГТУ", "Продажа курсов КГТУ", "лекцию", None),
        ("назови экскурсию 17 декабря «Янтарь»", "Янтарь", "экскурсию 17 декабря", None),
    ],
)
def test_a_rename_keeps_the_kind_written_before_the_quoted_name(
    text: str, title: str, reference: str, number: int | None
) -> None:
    """Attack w, #2: «в Лекция «ИИ в медицине»» lost «Лекция» to the event's reference."""
    edit = parse_edit(text)
    assert edit is not None
    assert (edit.value, edit.reference, edit.number) == (title, reference, number)


def test_a_day_already_past_is_never_offered_as_the_events_day() -> None:
    """Attack w, #12 (t12): «… Также 12 декабря 2025 в 15:00 была лекция …» offered a button
    «12 декабря (пт), 15:00» in 2025; the lecture is on 12 December 2026, asked nothing."""
    read = parse_message(
        "Лекция о космосе 12 декабря в 15:00 для 9А, ауд. 5. "
        "Также 12 декабря 2025 в 15:00 была лекция о звёздах.",
        NOW,
    )
    assert isinstance(read, EventIntent)
    assert read.draft.choices == ()
    assert "several_dates" not in read.draft.doubts
    assert read.draft.start == datetime(2026, 12, 12, 15, 0)  # noqa: DTZ001 - wall-clock time
