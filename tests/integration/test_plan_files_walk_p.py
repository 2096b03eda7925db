"""Plan files that were read silently wrong (adversarial walk p, 2026-12-02; walk o #3, #4):
class ranges with letters, «кроме» in a classes cell, notes that call the row off or in doubt,
a «Кл.» column, an end-date and a duration column, a date-and-time cell with its end, the
year in the file's title. Files built with openpyxl and python-docx, read by the real
importer (and, where the reply matters, sent through the real planner into a real SQLite
store); frozen clock."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Audience
from bot.core.planner import Planner
from bot.exports.importer import ImportedRow, RowError, read_plan_book
from bot.exports.problems import RowProblem
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ
from tests.plan_file_world import rendered as text
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
WALL = NOW.replace(tzinfo=None)


def rows_of(data: bytes, name: str = "plan.xlsx", now: datetime = WALL) -> dict[str, object]:
    """Title (or «row N») -> the ImportedRow's draft or the RowError of each row."""
    found: dict[str, object] = {}
    for row in read_plan_book(data, name, now).rows:
        if isinstance(row, ImportedRow):
            found[row.draft.title] = row.draft
        else:
            found[f"row {row.row_number}"] = row
    return found


def test_letter_ranges_of_classes_name_every_class_between() -> None:
    rows = [
        ["Название", "Дата", "Время", "Классы", "Место"],
        ["Лекция 1", "14.12", "15:00", "5а-5в", "к1"],
        ["Лекция 3", "16.12", "15:00", "9А–9Г", "к3"],
    ]
    found = rows_of(xlsx({"План": rows}))
    assert found["Лекция 1"].audience == Audience(classes=frozenset({"5А", "5Б", "5В"}))  # type: ignore[attr-defined]
    nine = frozenset({"9А", "9Б", "9В", "9Г"})
    assert found["Лекция 3"].audience == Audience(classes=nine)  # type: ignore[attr-defined]


def test_krome_takes_classes_out_or_holds_the_row() -> None:
    rows = [
        ["Название", "Дата", "Время", "Классы", "Место"],
        ["Лекция 2", "15.12", "15:00", "8 классы (кроме 8В)", "к2"],
        ["Лекция 4", "17.12", "15:00", "все, кроме 11-х", "к4"],
        ["Лекция 5", "18.12", "15:00", "10-11 (кроме 10Б)", "к5"],
        ["Лекция 6", "18.12", "16:00", "9-11 классы, кроме 11-х", "к5"],
    ]
    found = rows_of(xlsx({"План": rows}))
    assert found["Лекция 4"].audience == Audience(grades=frozenset(range(1, 11)))  # type: ignore[attr-defined]
    assert found["Лекция 6"].audience == Audience(grades=frozenset({9, 10}))  # type: ignore[attr-defined]
    # a class of a grade named whole cannot be taken out without the school's class list:
    # the row is held («не понял, для каких классов»), never saved for the excluded class
    for number in (2, 4):
        error = found[f"row {number}"]
        assert isinstance(error, RowError) and error.reason is RowProblem.BAD_AUDIENCE
