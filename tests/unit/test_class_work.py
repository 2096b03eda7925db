"""Titles of a class's own lesson-like entries, which students do not sign up for (round 19,
item 5; bot.core.language.class_work). Titles written for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.class_work import is_class_work_title


@pytest.mark.parametrize(
    ("title", "class_work"),
    [
        ("Контрольная работа по алгебре", True),
        ("Контрольная по физике", True),
        ("Самостоятельная работа по химии", True),
        ("Проверочная работа", True),
        ("ВПР по математике", True),
        ("Диктант", True),
        ("Зачёт по физкультуре", True),
        ("Классный час", True),
        ("Урок литературы", True),
        ("Пробный ОГЭ по математике", True),
        ("Городская эстафета", False),
        ("Олимпиада по физике", False),
        ("Мастер-класс «Контрольная точка»", False),
        ("Экскурсия на урок в музей", False),
        ("Работа над проектом", False),
    ],
)
def test_class_work_titles(title: str, class_work: bool) -> None:
    assert is_class_work_title(title) is class_work
