"""Newcomer walk 2026-12-03aa, Z1: a sports school's plan file titled «… на декабрь 2026 –
январь 2027 г.» had its yearless rows («18.12», «22 декабря») saved in December 2027 — the
title's only year with «г.» was taken for the whole file. Files built with openpyxl, read by
the real importer and sent through the real planner into a real SQLite store."""

from __future__ import annotations

from datetime import date

from bot.core.planner import Planner
from bot.exports.importer import ImportedRow, read_plan_book
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ
from tests.plan_file_world import rendered as text
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner
HEADER = ["№ п/п", "Мероприятие", "Дата", "Время", "Место проведения", "Классы"]
ROWS = [
    [1, "Весёлые старты", "15.12.2026", "14.30-15.30", "спортзал школы", "3-4 кл."],
    [2, "Первенство по мини-футболу", "18.12", "15:00", "ДЮСШ №3, зал 2", "7-8 кл."],
    [3, "Мастер-класс по настольному теннису", "22 декабря", "16.00", "ДЮСШ №3", "6А, 6Б"],
    [4, "Встреча по волейболу", "19.01", "с 15 до 17", "спортзал школы", "9-11"],
]


def _book(title: str) -> bytes:
    return xlsx({"Декабрь-январь": [[title], [], HEADER, *ROWS]})


def _years(title: str) -> dict[str, tuple[int, int]]:
    """Title -> (year, month) of each row read under `title`."""
    rows = read_plan_book(_book(title), "plan.xlsx", NOW.replace(tzinfo=None)).rows
    found = {}
    for row in rows:
        if isinstance(row, ImportedRow) and row.draft.start is not None:
            found[row.draft.title] = (row.draft.start.year, row.draft.start.month)
    return found


def test_a_title_spanning_the_new_year_dates_each_month_in_its_year() -> None:
    for title in (
        "План совместных мероприятий ДЮСШ №3 и школы на декабрь 2026 – январь 2027 г.",
        "План мероприятий на декабрь 2026 г. – январь 2027 г.",
        "План на период с декабря 2026 по январь 2027 года",
    ):
        assert _years(title) == {
            "Весёлые старты": (2026, 12),
            "Первенство по мини-футболу": (2026, 12),
            "Мастер-класс по настольному теннису": (2026, 12),
            "Встреча по волейболу": (2027, 1),
        }, title


def test_one_stated_year_still_dates_every_row() -> None:
    found = _years("План мероприятий на 2027 год")
    assert found["Первенство по мини-футболу"] == (2027, 12)
    assert found["Встреча по волейболу"] == (2027, 1)


async def test_the_summary_of_such_a_file_names_no_other_year(
    store: SqliteStore, planner: Planner
) -> None:
    title = "План совместных мероприятий на декабрь 2026 – январь 2027 г."
    replies = await import_plan_file(planner, CURATOR, "plan.xlsx", _book(title))
    summary = text(replies)
    assert "2027 года" not in summary.split("Встреча по волейболу")[0], summary
    await planner.handle(CURATOR, "да")
    saved = {e.title: e.start.astimezone(TZ).date() for e in await store.events_between(NOW, None)}
    assert saved["Первенство по мини-футболу"] == date(2026, 12, 18), saved
    assert saved["Мастер-класс по настольному теннису"] == date(2026, 12, 22), saved
