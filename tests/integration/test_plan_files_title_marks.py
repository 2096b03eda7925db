"""A plan file's row whose title cell itself says it is cancelled or moved (newcomer walk
2026-12-01k, #7): «Викторина (ОТМЕНЕНО)», «Викторина ОТМЕНЕНА» were «готовы к сохранению».
A cancel mark set apart in the title refuses the row as a status column does (the summary
names it as cancelled); a move mark is read as a note («перенесено на 22.12» holds the row
with both days as buttons) and is taken out of the title; a title that merely speaks of a
cancel or a move («Лекция об отмене крепостного права», «Лекция «Как перенесли
столицу»», «Турнир не отменяется») is an event like any other. xlsx and csv through the
real import path into a real SQLite store, real templates, frozen clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ, buttons
from tests.plan_file_world import rendered as text
from tests.plan_makers import xlsx

HEADER = ["Дата", "Время", "Название", "Классы"]
ROWS = [
    ["14.12", "10:00", "Викторина по биологии (ОТМЕНЕНО)", "6"],
    ["14.12", "12:00", "Смотр строя и песни ОТМЕНЁН", "7"],
    ["15.12", "10:00", "ОТМЕНА: Шахматный турнир", "8"],
    ["15.12", "12:00", "Лекция об отмене крепостного права", "9"],
    ["16.12", "10:00", "Лекция «Как перенесли столицу»", "10"],
    ["16.12", "12:00", "Кросс не отменяется", "11"],
    ["17.12", "10:00", "Ярмарка поделок — перенесено на 23.12", "5"],
]

store = plan_file_world.store
planner = plan_file_world.planner


def _csv(rows: list[list[str]]) -> bytes:
    return "\n".join(";".join(row) for row in rows).encode("utf-8")


@pytest.mark.parametrize(
    ("name", "make"), [("plan.xlsx", lambda r: xlsx({"План": r})), ("plan.csv", _csv)]
)
async def test_a_cancel_mark_in_the_title_skips_the_row_and_a_move_mark_holds_it(
    store: SqliteStore, planner: Planner, name: str, make: Callable[[list[list[str]]], bytes]
) -> None:
    data = make([HEADER, *ROWS])
    [summary] = await import_plan_file(planner, CURATOR, name, data)
    shown = text([summary])
    for row in (2, 3, 4):
        assert f"строка {row}: мероприятие отмечено как отменённое" in shown, shown
    ready = shown.split("Строки с ошибками")[0]
    for cancelled in ("Викторина", "Смотр", "Шахмат"):
        assert cancelled not in ready, shown
    for title in ("Лекция об отмене крепостного права", "Лекция «Как перенесли столицу»"):
        assert title in ready, shown
    assert "Кросс не отменяется" in ready, shown
    held = shown.split("Не сохраню")[-1]
    assert "Ярмарка поделок — в файле отмечен перенос на 23 декабря (ср), 10:00" in held, shown
    offered = buttons(summary)
    await planner.handle(CURATOR, "", dict(offered["Строка 8: 23 декабря (ср), 10:00"].payload))
    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved", text([saved])
    stored = {
        e.title: f"{e.start.astimezone(TZ):%d.%m %H:%M}"
        for e in await store.events_between(NOW, None)
    }
    assert stored == {
        "Лекция об отмене крепостного права": "15.12 12:00",
        "Лекция «Как перенесли столицу»": "16.12 10:00",
        "Кросс не отменяется": "16.12 12:00",
        "Ярмарка поделок": "23.12 10:00",  # the mark is no part of the saved title
    }
