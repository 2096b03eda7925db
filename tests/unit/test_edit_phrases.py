"""bot.core.language.edit_phrases: the forms of a saved event's place, classes or title
changed in words (newcomer walk 2026-12-01e, #11), and what they must not take."""

from __future__ import annotations

import pytest

from bot.core.dialog import EditableField
from bot.core.language.edit_phrases import EditCommand, asks_by_verb, parse_edit

VENUE, AUDIENCE, TITLE = EditableField.VENUE, EditableField.AUDIENCE, EditableField.TITLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("место: ауд. 204", EditCommand(VENUE, "ауд. 204")),
        ("Место проведения — актовый зал", EditCommand(VENUE, "актовый зал")),
        ("классы: 9А, 9Б", EditCommand(AUDIENCE, "9А, 9Б")),
        ("название: Лекция о космосе.", EditCommand(TITLE, "Лекция о космосе")),
        ("поменяй классы на 9А, 9Б", EditCommand(AUDIENCE, "9А, 9Б")),
        ("поменяй аудиторию на 310 для 1", EditCommand(VENUE, "310", 1)),
        (
            "измени место у дня открытых дверей: ауд. 310",
            EditCommand(VENUE, "ауд. 310", reference="дня открытых дверей"),
        ),
        ("смени название лекции на Космос", EditCommand(TITLE, "Космос", reference="лекции")),
        ("перенеси лекцию в актовый зал", EditCommand(VENUE, "актовый зал", reference="лекцию")),
        ("перенеси 1 в ауд. 310", EditCommand(VENUE, "ауд. 310", 1)),
        ("перенесите её в спортзал", EditCommand(VENUE, "спортзал")),
        ("назови её «Лекция о космосе»", EditCommand(TITLE, "Лекция о космосе")),
        ("переименуй 2 в Неделю науки", EditCommand(TITLE, "Неделю науки", 2)),
        ("изменить 1", EditCommand(None, "", 1)),
        ("отредактировать лекцию", EditCommand(None, "", reference="лекцию")),
        # walk 2026-12-02t, #12: a list number after the label; the classes narrowed
        (
            "место 2: Музей янтаря, пл. Победы, 1",
            EditCommand(VENUE, "Музей янтаря, пл. Победы, 1", 2),
        ),
        ("классы у 3 — 9А", EditCommand(AUDIENCE, "9А", 3)),
        (
            "на день открытых дверей только 10-11 классы, девятые не нужно",
            EditCommand(AUDIENCE, "10-11 классы", reference="день открытых дверей"),
        ),
        ("для 2 только 10 классы", EditCommand(AUDIENCE, "10 классы", 2)),
        ("только 9А и 9Б", EditCommand(AUDIENCE, "9А и 9Б")),
        ("добавьте 10 классы", EditCommand(AUDIENCE, "10 классы", adds=True)),
        ("добавь к 2 ещё 9А", EditCommand(AUDIENCE, "9А", 2, adds=True)),
        (
            "добавьте в лекцию 11 классы тоже",
            EditCommand(AUDIENCE, "11 классы", reference="лекцию", adds=True),
        ),
    ],
)
def test_edit_forms(text: str, expected: EditCommand) -> None:
    assert parse_edit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "перенеси лекцию на 17:00",  # a move
        "перенеси концерт на 30 декабря в 16 мск",
        "концерт переносится с 10 на 12 декабря",
        "измени время у лекции на 17:00",  # a move by move_phrases
        "изменить дату лекции",
        "перенеси лекцию в другой раз",  # no place named
        "место\nауд. 204",  # two lines: a post
        "Лекция о космосе 15 декабря в 15:00, ауд. 204",
        "только завтра",  # no classes after «только»
        "на лекцию только в 15:00",
        "только 10 декабря",
        "добавьте лекцию 15 декабря в 15:00",  # a new event, no classes added
    ],
)
def test_not_edits(text: str) -> None:
    assert parse_edit(text) is None


@pytest.mark.parametrize(
    ("text", "by_verb"),
    [  # walk t (2026-12-02), #11: a day in a request about a saved event is that event's day
        ("назови экскурсию 17 декабря «Янтарь в искусстве»", True),
        ("Переименуйте лекцию 10 декабря в «Космос»", True),
        ("измени место у лекции 15 декабря: ауд. 310", True),
        ("Тема: Космос, 15 декабря в 15:00, 9 классы", False),
        ("Экскурсия «Янтарь в искусстве» 17 декабря в 10:00", False),
    ],
)
def test_a_request_by_verb(text: str, by_verb: bool) -> None:
    assert asks_by_verb(text) is by_verb
