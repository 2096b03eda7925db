"""Plan sheets with months as columns («Декабрь | Январь | Февраль»), one row per activity or
per partner, the days in the cells — day numbers alone or «12 — Лекция …» — are read: each day
of a cell is an event on that day of the column's month in the school year being planned,
titled by the row's activity (or the cell's text, the row's partner being the organiser);
the row's time and classes apply to each. A cell part naming no day is listed by its row;
a sheet with a single month column is still refused politely. Files built with openpyxl,
sent through the real import path into a real SQLite store, frozen clock (newcomer walk
2026-12-01, finding 17)."""

from __future__ import annotations

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ, planner_at
from tests.plan_file_world import rendered as text
from tests.plan_makers import xlsx

KGTU_REP = 2

ACTIVITIES = [
    ["План профориентационной работы, 2 полугодие"],
    [],
    ["Мероприятие", "Классы", "Время", "Декабрь", "Январь", "Февраль"],
    ["Экскурсия на завод «Янтарь»", "8а", "10:00", "8, 22", None, 12],
    ["Лекция «Профессии моря»", "9-11", "15.00", None, "20", "3 и 17"],
    ["Итого", None, None, None, None, None],
]
PARTNERS = [
    ["Партнёр", "Классы", "Время", "Декабрь", "Январь 2027"],
    ["КГТУ", "9а", "15:00", "12 – Экскурсия в порт", "20 — Лекция «Океан»; 27 – Мастер-класс"],
    ["Музей янтаря", "5-6", "11:00", None, "15: Квест по музею\nуточняется"],
]


store = plan_file_world.store


@pytest.fixture
async def planner(store: SqliteStore) -> Planner:
    made = planner_at(store)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(KGTU_REP, Role.PARTNER, "Анна", kgtu.id)
    await made.identify(CURATOR, "Завуч")
    return made


async def stored(store: SqliteStore) -> list[tuple[str, str, str, str]]:
    orgs = {o.id: o.name for o in await store.list_organisations()}
    return sorted(
        (
            e.start.astimezone(TZ).strftime("%Y-%m-%d %H:%M"),
            e.title,
            ", ".join(sorted(e.audience.classes) or map(str, sorted(e.audience.grades))),
            orgs[e.organisation_id],
        )
        for e in await store.events_between(NOW, None)
    )


async def test_day_numbers_under_month_columns_with_the_activity_in_the_first_column(
    store: SqliteStore, planner: Planner
) -> None:
    data = xlsx({"Полугодие": ACTIVITIES})
    summary = text(await import_plan_file(planner, KGTU_REP, "grid.xlsx", data))
    assert "Не нашёл" not in summary, summary
    assert "6 мероприятий готовы к сохранению" in summary, summary
    assert "Экскурсия на завод «Янтарь» — 12 февраля (пт), 10:00" in summary, summary
    saved = text(await planner.handle(KGTU_REP, "да"))
    assert "Сохранено" in saved, saved
    assert await stored(store) == [
        ("2026-12-08 10:00", "Экскурсия на завод «Янтарь»", "8А", "КГТУ"),
        ("2026-12-22 10:00", "Экскурсия на завод «Янтарь»", "8А", "КГТУ"),
        ("2027-01-20 15:00", "Лекция «Профессии моря»", "9, 10, 11", "КГТУ"),
        ("2027-02-03 15:00", "Лекция «Профессии моря»", "9, 10, 11", "КГТУ"),
        ("2027-02-12 10:00", "Экскурсия на завод «Янтарь»", "8А", "КГТУ"),
        ("2027-02-17 15:00", "Лекция «Профессии моря»", "9, 10, 11", "КГТУ"),
    ]


async def test_day_and_title_in_cells_one_row_per_partner(
    store: SqliteStore, planner: Planner
) -> None:
    data = xlsx({"Партнёры": PARTNERS})
    summary = text(await import_plan_file(planner, CURATOR, "partners.xlsx", data))
    assert "4 мероприятия готовы к сохранению" in summary, summary
    assert "строка 3: не понял дату («уточняется»)" in summary, summary
    assert "Лекция «Океан» — 20 января (ср), 15:00" in summary, summary
    saved = text(await planner.handle(CURATOR, "да"))
    assert "Сохранено" in saved, saved
    assert await stored(store) == [
        ("2026-12-12 15:00", "Экскурсия в порт", "9А", "КГТУ"),
        ("2027-01-15 11:00", "Квест по музею", "5, 6", "Музей янтаря"),
        ("2027-01-20 15:00", "Лекция «Океан»", "9А", "КГТУ"),
        ("2027-01-27 15:00", "Мастер-класс", "9А", "КГТУ"),
    ]


async def test_a_grid_days_lines_are_edited_by_the_number_shown(
    store: SqliteStore, planner: Planner
) -> None:
    """Several events share a file row: lines are numbered 1..n and «исправь N» edits the
    line shown as N, not the first event of a row."""
    rows = [
        ["Мероприятие", "Классы", "Время", "Декабрь", "Январь"],
        ["Лекция о шахматах", "5а", "14:00", "2", None],
        ["Турнир по шахматам", "5а", None, "9, 16", "20"],
    ]
    summary = text(await import_plan_file(planner, KGTU_REP, "no_time.xlsx", xlsx({"Л": rows})))
    assert "• 1 (строка 2): Лекция о шахматах — 2 декабря (ср), 14:00" in summary, summary
    assert "• 3 (строка 3): Турнир по шахматам — нет времени" in summary, summary
    fixed = text(await planner.handle(KGTU_REP, "исправь 3: 16 декабря в 15:00"))
    assert "Исправил строку 3" in fixed, fixed
    await planner.handle(KGTU_REP, "сохрани без 2 и 4")
    assert await stored(store) == [
        ("2026-12-02 14:00", "Лекция о шахматах", "5А", "КГТУ"),
        ("2026-12-16 15:00", "Турнир по шахматам", "5А", "КГТУ"),
    ]


async def test_one_month_column_or_months_in_prose_are_still_refused(
    store: SqliteStore, planner: Planner
) -> None:
    """Counter-cases: a single month column is no grid (too easily a heading), so the polite
    «no header» reply stands and nothing stored is touched."""
    await planner.handle(KGTU_REP, "Лекция 10 декабря в 15:00 для 9а")
    await planner.handle(KGTU_REP, "да")
    before = await stored(store)
    rows = [["Мероприятие", "Декабрь"], ["Турнир", "9"], ["Лекция", "16"]]
    refused = text(await import_plan_file(planner, KGTU_REP, "one.xlsx", xlsx({"Л": rows})))
    assert "Не нашёл" in refused, refused
    assert "Ничего из уже сохранённого не потеряно" in refused, refused
    assert await stored(store) == before
