"""A plan file's row whose «День недели» contradicts its date is held back (as before) and is
now settled in the chat: the summary offers the two readings — the date as written, or the
day of that weekday — as two buttons per row, and the pressed one is saved. File built with
openpyxl, sent through the real import path into a real SQLite store, frozen clock (newcomer
walk 2026-12-01, finding 7)."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ, buttons
from tests.plan_file_world import rendered as text
from tests.plan_makers import xlsx

ROWS = [
    ["Дата", "День недели", "Время", "Мероприятие", "Классы", "Место"],
    ["16.12", "среда", "15.00", "Профпроба", "8-е классы", "каб. 12"],
    ["19.12", "пятница", "12.00", "Турнир по робофутболу", "5-7", ""],
    ["22.12 (пт)", "", "16.00", "Лекция о космосе", "9", ""],
]

store = plan_file_world.store
planner = plan_file_world.planner


async def stored(store: SqliteStore) -> dict[str, str]:
    events = await store.events_between(NOW, None)
    return {e.title: e.start.astimezone(TZ).strftime("%d.%m %H:%M") for e in events}


async def test_each_contradicting_row_gets_its_two_readings_as_buttons(
    store: SqliteStore, planner: Planner
) -> None:
    [summary] = await import_plan_file(planner, CURATOR, "weekdays.xlsx", xlsx({"План": ROWS}))
    offered = buttons(summary)
    assert list(offered) == [
        "Сохранить всё",
        "Не сохранять",
        "Строка 3: 19 декабря (сб), 12:00",
        "Строка 3: 18 декабря (пт), 12:00",
        "Строка 4: 22 декабря (вт), 16:00",
        "Строка 4: 25 декабря (пт), 16:00",
    ], list(offered)
    assert [len(row) for row in summary.buttons] == [2, 2, 2]  # one row per held-back line

    friday = offered["Строка 3: 18 декабря (пт), 12:00"].payload
    fixed = await planner.handle(CURATOR, "", dict(friday))
    assert "Исправил строку 3" in text(fixed), text(fixed)
    assert "Турнир по робофутболу" not in text(fixed).split("Не сохраню")[-1]
    left = buttons(fixed[-1])
    assert "Строка 3: 18 декабря (пт), 12:00" not in left  # settled: no buttons for it
    as_written = left["Строка 4: 22 декабря (вт), 16:00"].payload
    await planner.handle(CURATOR, "", dict(as_written))

    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved", text([saved])
    assert await stored(store) == {
        "Профпроба": "16.12 15:00",
        "Турнир по робофутболу": "18.12 12:00",  # the weekday's day, as pressed
        "Лекция о космосе": "22.12 16:00",  # the date as written, as pressed
    }


async def test_a_plan_without_contradictions_gets_no_day_buttons(planner: Planner) -> None:
    """Counter-case: rows whose weekday agrees (or is absent), and a row held back for
    another reason (no time), get only the save / discard buttons."""
    rows = [ROWS[0], ROWS[1], ["17.12", "чт", "", "Классный час", "8а", ""]]
    [summary] = await import_plan_file(planner, CURATOR, "ok.xlsx", xlsx({"План": rows}))
    assert list(buttons(summary)) == ["Сохранить всё", "Не сохранять"]
