"""Row numbers in a plan file's summary are the ones the spreadsheet shows, also when empty
rows or columns come before the header (newcomer walk 2026-12-01b, finding 3: with three
empty rows above the header row 5 was called «строка 8» and «исправь 6: …» found no row).
Real planner, real SQLite store, real files, real templates, frozen clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import import_plan_file
from bot.render import Renderer
from bot.storage.sqlite_store import open_store
from tests.plan_makers import Cell, ods, xlsx

CURATOR = 1
TZ = ZoneInfo("Europe/Kaliningrad")


def plan(empty_rows: int, empty_columns: int) -> list[list[Cell]]:
    pad: list[Cell] = [""] * empty_columns
    return [
        *([[]] * empty_rows),
        [*pad, "Дата", "Время", "Название", "Классы"],
        [*pad, "08.12.2026", "15:00", "Лекция о профессиях", "9"],
        [*pad, "99.12.2026", "15:00", "Экскурсия в порт", "8"],
        [*pad, "17.12.2026", "", "Встреча с выпускниками", "11"],
    ]


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (lambda rows: xlsx({"План": rows}), "plan.xlsx"),
        (lambda rows: ods({"План": rows}), "plan.ods"),
    ],
)
@pytest.mark.parametrize(("empty_rows", "empty_columns"), [(3, 0), (1, 0), (0, 0), (3, 2)])
async def test_rows_are_numbered_as_the_spreadsheet_shows_them(
    tmp_path: Path,
    make: Callable[[list[list[Cell]]], bytes],
    name: str,
    empty_rows: int,
    empty_columns: int,
) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        now = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
        planner = Planner(store, FixedClock(now), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
        header = empty_rows + 1  # 1-based, as the spreadsheet shows it
        [summary] = await import_plan_file(
            planner, CURATOR, name, make(plan(empty_rows, empty_columns))
        )
        text = Renderer().render(summary.template, summary.context)
        assert f"строка {header + 1}: Лекция о профессиях" in text, text
        assert f"строка {header + 2}: такой даты нет" in text, text
        assert f"строка {header + 3}: Встреча с выпускниками — нет времени" in text, text
        fixed = await planner.handle(CURATOR, f"исправь {header + 3}: 17 декабря в 16:00")
        fixed_text = "\n".join(Renderer().render(r.template, r.context) for r in fixed)
        assert "Встреча с выпускниками" in fixed_text, fixed_text
        await planner.handle(CURATOR, "да")
        titles = {e.title for e in await store.events_between(now, None)}
        assert titles == {"Лекция о профессиях", "Встреча с выпускниками"}
    finally:
        await store.close()
