"""A plan file's row whose note or status says the event was moved («перенесено на 22.12»,
«перенос на январь») is held back, never saved on the old date unseen: the new day the note
names and the date as written are offered as two buttons; a note saying it was cancelled
anywhere («Мероприятие отменено») refuses the row like a status column does; a total row
(«Итого: 6 мероприятий») is skipped quietly; a day without a time and a span of days without a
time are both held with «нет времени» until «исправь N: в 15:00» / «исправь N: весь день»
(newcomer walk 2026-12-01e, findings 5 and 19). Files built with openpyxl, the real import
path into a real SQLite store, real templates, frozen clock."""

from __future__ import annotations

from datetime import datetime

from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ, buttons
from tests.plan_file_world import rendered as text
from tests.plan_makers import xlsx

HEADER = ["Дата", "Время", "Название", "Классы", "Примечание", "Статус"]

store = plan_file_world.store
planner = plan_file_world.planner


async def stored(store: SqliteStore) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for e in await store.events_between(NOW, None):
        start = e.start.astimezone(TZ)
        found.setdefault(e.title, []).append(
            f"{start:%d.%m}" + (" весь день" if e.all_day else f" {start:%H:%M}")
        )
    return {title: sorted(days) for title, days in found.items()}


async def test_a_note_moving_the_event_holds_the_row_with_both_days_as_buttons(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        HEADER,
        ["16.12", "15:00", "Лекция о мостах", "8", "перенесено на 22.12", ""],
        ["17.12", "15:00", "Профпроба", "8", "", "перенесено"],
        ["17.12", "16:00", "Экскурсия", "9", "Перенос на январь", ""],
        ["18.12", "15:00", "Квиз", "10", "перенесено с 14.12", ""],
        ["18.12", "16:00", "Концерт", "5", "Мероприятие отменено", ""],
        ["19.12", "12:00", "Турнир", "6", "не отменяется, взять форму", ""],
    ]
    [summary] = await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": rows}))
    shown = text([summary])
    held = shown.split("Не сохраню")[-1]
    assert "Лекция о мостах — в файле отмечен перенос на 22 декабря (вт), 15:00" in held, shown
    assert "Профпроба — в файле отмечен перенос, а новой даты нет" in held, shown
    assert "Экскурсия — в файле отмечен перенос, а новой даты нет" in held, shown
    assert "строка 6: мероприятие отмечено как отменённое" in shown, shown
    assert "Квиз" not in held, shown  # moved from 14.12: the date column is the new one
    assert "Турнир" not in held, shown  # «не отменяется»
    offered = buttons(summary)
    assert "Строка 2: 22 декабря (вт), 15:00" in offered, list(offered)
    assert "Строка 2: 16 декабря (ср), 15:00" in offered, list(offered)

    await planner.handle(CURATOR, "", dict(offered["Строка 2: 22 декабря (вт), 15:00"].payload))
    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved", text([saved])
    assert await stored(store) == {
        "Лекция о мостах": ["22.12 15:00"],  # the pressed day, never 16.12 unseen
        "Квиз": ["18.12 15:00"],
        "Турнир": ["19.12 12:00"],
    }


async def test_a_total_row_is_skipped_and_days_without_a_time_are_held_alike(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        ["№ п/п", "Дата", "Время", "Мероприятие", "Классы"],
        [1, "15.12", "15:00", "Лекция", "9"],
        [2, "25.12", "", "Классный час", "5-11"],
        [3, "21.12-25.12", "", "Неделя театра", "5-9"],
        [4, "с 21 по 23 декабря", "", "Турнир по шахматам", "5-11"],
        [5, "28.12-29.12", "весь день", "Зимние сборы", "10"],
        [None, "Итого: 5 мероприятий"],
        ["Всего", None, None, "5"],
    ]
    [summary] = await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": rows}))
    shown = text([summary])
    assert "Строки с ошибками" not in shown, shown  # the total rows are no errors
    held = shown.split("Не сохраню")[-1]
    assert "Классный час — нет времени" in held, shown
    assert "Неделя театра — нет времени (21 декабря (пн) — 25 декабря (пт))" in held, shown
    assert "Турнир по шахматам — нет времени" in held, shown
    assert "Зимние сборы" not in held, shown  # «весь день» written: saved as it is

    await planner.handle(CURATOR, "исправь 4: весь день")
    await planner.handle(CURATOR, "исправь 5: в 15:00")
    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved", text([saved])
    assert await stored(store) == {
        "Лекция": ["15.12 15:00"],
        "Неделя театра": ["21.12 весь день"],  # one event over the five days
        "Турнир по шахматам": ["21.12 15:00", "22.12 15:00", "23.12 15:00"],
        "Зимние сборы": ["28.12 весь день"],
    }
    [week] = [e for e in await store.events_between(NOW, None) if e.title == "Неделя театра"]
    assert week.end.astimezone(TZ) == datetime(2026, 12, 26, tzinfo=TZ)
