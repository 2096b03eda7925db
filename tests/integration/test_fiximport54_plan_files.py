"""fiximport54: review53 #7 and #8 on attack53's plan-file import, through the real import
path, the real SQLite store and the frozen clock of tests/plan_file_world.py. Each test failed
before its fix (tests/data/fiximport54.md)."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner

HEADER = ["Дата", "Время", "Мероприятие", "Классы"]


saved = plan_file_world.saved_events


async def test_a_room_column_is_the_place_so_rows_in_two_rooms_are_two_events(
    store: SqliteStore, planner: Planner
) -> None:
    """«Кабинет» was no column the importer read: the room went to the notes, and two
    consultations in rooms 12 and 14 were taken for one row copied twice — the card said
    «Сохранить все 4», «да» saved 2. The room is the place; a truly repeated row is said on
    the card, before «да», and the card counts what «да» saves."""
    rows = [
        [*HEADER, "Кабинет"],
        ["14.12", "15:00", "Консультация по физике", "9А", "каб. 12"],
        ["14.12", "15:00", "Консультация по физике", "9А", "каб. 14"],
        ["15.12", "10:00", "Экскурсия", "8Б", ""],
        ["15.12", "10:00", "Экскурсия", "8Б", ""],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "Сохранить все 3" in card, card
    assert "повторя" in card, card
    answer = plan_file_world.rendered(await planner.handle(plan_file_world.CURATOR, "да"))
    assert await saved(store) == [
        ("Консультация по физике", "14.12.2026 15:00", "каб. 12"),
        ("Консультация по физике", "14.12.2026 15:00", "каб. 14"),
        ("Экскурсия", "15.12.2026 10:00", ""),
    ], answer
    assert "Сохранено ✅ 3 мероприятия" in answer, answer


async def test_an_auditorium_column_beside_a_classes_column_is_the_room(
    store: SqliteStore, planner: Planner
) -> None:
    """«Аудитория» is who comes when it is the only such column, and the room when the file
    names the classes in a column of their own («Каб.» is a room too)."""
    rows = [
        ["Дата", "Время", "Мероприятие", "Аудитория", "Классы"],
        ["14.12", "15:00", "Лекция", "201", "9А"],
        ["14.12", "15:00", "Лекция", "305", "9А"],
    ]
    await send(planner, "plan.xlsx", xlsx({"План": rows}))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved(store) == [
        ("Лекция", "14.12.2026 15:00", "ауд. 201"),
        ("Лекция", "14.12.2026 15:00", "ауд. 305"),
    ]
    classes = {str(e.audience) for e in await store.events_between(NOW, None)}
    assert len(classes) == 1, classes
    assert "9" in next(iter(classes)), classes


async def test_a_short_room_header_is_the_place(store: SqliteStore, planner: Planner) -> None:
    """«Каб.» over «12»: the place «каб. 12», not a bare number nor a note."""
    rows = [[*HEADER, "Каб."], ["14.12", "15:00", "Консультация", "9А", "12"]]
    await send(planner, "plan.xlsx", xlsx({"План": rows}))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved(store) == [("Консультация", "14.12.2026 15:00", "каб. 12")]


async def test_an_auditorium_column_alone_is_still_the_audience(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [["Дата", "Время", "Мероприятие", "Аудитория"], ["14.12", "15:00", "Лекция", "9А"]]
    await send(planner, "plan.xlsx", xlsx({"План": rows}))
    await planner.handle(plan_file_world.CURATOR, "да")
    [event] = await store.events_between(NOW, None)
    assert "9" in str(event.audience), event
    assert not event.venue, event


async def test_a_day_typed_twice_in_its_cell_is_one_day(
    store: SqliteStore, planner: Planner
) -> None:
    """«23.12⏎23.12»: the same day twice is one day — it was two lines, each flagged as the
    other's copy, counted «Сохранить все 2» and saved once."""
    rows = [
        HEADER,
        ["23.12\n23.12", "09:00", "Зарядка", "9Б"],
        ["24.12", "10:00", "Концерт", "5А"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "Сохранить все 2" in card, card
    assert "то же мероприятие" not in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved(store) == [
        ("Зарядка", "23.12.2026 09:00", ""),
        ("Концерт", "24.12.2026 10:00", ""),
    ]


async def test_merged_headings_and_approval_lines_are_no_plan_lines(
    store: SqliteStore, planner: Planner
) -> None:
    """A section heading with a day («Раздел 3. Мероприятия ко Дню Конституции 12 декабря»)
    and the approval line («Утверждаю: директор …, 30.11.2026») merged across the table were
    read as events and listed «нет времени» / «уже прошло»; an event merged so still is."""
    rows = [
        HEADER,
        ["Раздел 3. Мероприятия ко Дню Конституции 12 декабря", None, None, None],
        ["11.12", "10:00", "Классный час «Конституция»", "5-11"],
        ["Утверждаю: директор школы Иванова И.И., 30.11.2026", None, None, None],
        ["4. Мероприятия к Новому году 25 декабря", None, None, None],
        ["17 декабря в 10:00 — Единый классный час «Герои Отечества», 5-11 классы"] + [None] * 3,
    ]
    merged = {"План": ["A2:D2", "A4:D4", "A5:D5", "A6:D6"]}
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, merged))
    assert "Раздел" not in card, card
    assert "Утверждаю" not in card, card
    assert "Новому году" not in card, card
    assert "Сохранить все 2" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    titles = [t for t, _, _ in await saved(store)]
    assert len(titles) == 2, titles
    assert any("Герои" in t for t in titles), titles


async def test_a_merged_event_row_without_classes_is_saved_as_the_card_says(
    store: SqliteStore, planner: Planner
) -> None:
    """«15 декабря в 10:00 — Единый урок» merged across the row, no classes: the card said
    «все классы» and «да» then asked for the classes. It is held as a row whose classes cell
    is empty («не указаны классы»), and «да» saves what the card promised."""
    rows = [
        HEADER,
        ["14.12", "15:00", "Консультация", "9А"],
        ["15 декабря в 10:00 — Единый урок", None, None, None],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A3:D3"]}))
    assert "Единый урок — не указаны классы" in card, card
    assert "Сохранить его" in card, card
    replies = await planner.handle(plan_file_world.CURATOR, "да")
    answer = plan_file_world.rendered(replies)
    assert [r.template for r in replies][:1] == ["saved"], answer
    assert [t for t, _, _ in await saved(store)] == ["Консультация"], answer


async def test_rows_differing_only_in_a_note_column_are_two_rows(
    store: SqliteStore, planner: Planner
) -> None:
    """«Место» is the place and «Кабинет» beside it a note: two rows differing only in that
    note are not one row typed twice; a row equal in every cell is (said on the card)."""
    rows = [
        [*HEADER, "Место", "Кабинет"],
        ["14.12", "15:00", "Консультация", "9А", "школа", "12"],
        ["14.12", "15:00", "Консультация", "9А", "школа", "14"],
        ["14.12", "15:00", "Консультация", "9А", "школа", "14"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "Сохранить все 2" in card, card
    assert "строка 4 (как 3)" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert len(await saved(store)) == 2
