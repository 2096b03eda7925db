"""A .docx plan laid out as a week grid — the days as columns, the times as rows — was
refused with «Не нашёл … строку заголовков … Нужны хотя бы столбцы «Дата» и «Название»»,
which does not say the layout is the problem. The refusal now names the layout it found and
the one that works (misc27). Files built with python-docx (tests.plan_makers), sent through
the real planner into a real SQLite store; frozen clock."""

from __future__ import annotations

import pytest

from bot.core.planner import Planner
from bot.exports.importer import ImportFileError, read_plan_book
from bot.exports.problems import FileProblem
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, send
from tests.plan_makers import docx

store = plan_file_world.store
planner = plan_file_world.planner

WALL = NOW.replace(tzinfo=None)
DATED = [
    ["Время", "Пн 14.12", "Вт 15.12", "Ср 16.12", "Чт 17.12", "Пт 18.12"],
    ["10:00", "", "Экскурсия в порт, 8Б", "", "", ""],
    ["15:00–16:00", "Лекция о мостах, 9А", "", "", "Мастер-класс по химии, 10А", ""],
]
NAMED = [
    ["", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота"],
    ["1 урок", "", "", "", "", "", ""],
    ["14:30", "Лекция о мостах", "", "Экскурсия", "", "", ""],
]


@pytest.mark.parametrize("grid", [DATED, NAMED])
def test_a_week_grid_is_refused_as_such(grid: list[list[str]]) -> None:
    data = docx([grid], above=("План на неделю 14–18 декабря",))
    with pytest.raises(ImportFileError) as refused:
        read_plan_book(data, "week.docx", WALL)
    assert refused.value.problem is FileProblem.WEEK_GRID


async def test_the_week_grid_refusal_says_which_layout_works(
    planner: Planner, store: SqliteStore
) -> None:
    shown = await send(planner, "week.docx", docx([DATED], above=("План на неделю",)))
    assert "дни по столбцам, время по строкам" in shown, shown
    assert "одна строка — одно мероприятие" in shown, shown
    assert "«Дата»" in shown, shown
    assert "«Название»" in shown, shown
    assert await store.events_between(NOW, None) == []


def test_a_table_without_a_header_that_is_no_week_grid_is_still_no_header() -> None:
    rows = [["Что-то", "Ещё"], ["1", "2"], ["3", "4"]]
    with pytest.raises(ImportFileError) as refused:
        read_plan_book(docx([rows], above=()), "notes.docx", WALL)
    assert refused.value.problem is FileProblem.NO_HEADER
