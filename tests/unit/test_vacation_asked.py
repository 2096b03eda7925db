"""An event placed «в каникулы» on purpose (bot.core.language.vacation_asked)."""

from __future__ import annotations

import pytest

from bot.core.language.vacation_asked import names_vacation


@pytest.mark.parametrize(
    "text",
    [
        "в зимние каникулы провести для 7–8 классов интенсив",
        "Интенсив в каникулы, с 11:00 до 14:00",
        "на весенних каникулах — турнир",
        "во время каникул приглашаем",
        "В ближайшие каникулы",
    ],
)
def test_vacation_is_named(text: str) -> None:
    assert names_vacation(text)


@pytest.mark.parametrize(
    "text",
    [
        "после каникул встретимся снова",
        "до каникул успеем",
        "только не в каникулы",
        "Интенсив 30 декабря 11:00-14:00",
    ],
)
def test_no_vacation_is_named(text: str) -> None:
    assert not names_vacation(text)
