"""Attack 53: plan files as schools really make them, through the real import path, the real
SQLite store and the frozen clock of tests/plan_file_world.py. Each test failed before its fix
(tests/data/attack53.md)."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, TZ, send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner

HEADER = ["Дата", "Время", "Мероприятие", "Классы"]


async def saved_days(store: SqliteStore) -> list[tuple[str, str]]:
    events = await store.events_between(NOW, None)
    return sorted((e.title, e.start.astimezone(TZ).strftime("%d.%m.%Y %H:%M")) for e in events)


async def test_days_written_on_separate_lines_of_one_date_cell_are_each_saved(
    store: SqliteStore, planner: Planner
) -> None:
    """«14.12⏎15.12» (Alt+Enter in Excel, a line break in a Word cell) is two days, as
    «14.12, 15.12» is; the second day was dropped without a word."""
    rows = [
        HEADER,
        ["14.12\n15.12", "15:00", "Консультация по физике", "9А"],
        ["16.12.2026\n18.12.2026", "10:00", "Репетиция хора", "5-7"],
        ["21 декабря\n23 декабря", "12:00", "Мастер-класс", "8Б"],
        ["22.12.2026 24.12.2026", "14:00", "Тренировка", "10А"],
    ]
    answer = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved_days(store) == [
        ("Консультация по физике", "14.12.2026 15:00"),
        ("Консультация по физике", "15.12.2026 15:00"),
        ("Мастер-класс", "21.12.2026 12:00"),
        ("Мастер-класс", "23.12.2026 12:00"),
        ("Репетиция хора", "16.12.2026 10:00"),
        ("Репетиция хора", "18.12.2026 10:00"),
        ("Тренировка", "22.12.2026 14:00"),
        ("Тренировка", "24.12.2026 14:00"),
    ], answer


async def test_a_date_and_its_clock_on_two_lines_stay_one_event(
    store: SqliteStore, planner: Planner
) -> None:
    """The counter-case: «14.12⏎10.00» is a day and its clock, never two days."""
    rows = [HEADER, ["14.12\n10.00", "", "Лекция о космосе", "9А"]]
    answer = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved_days(store) == [("Лекция о космосе", "14.12.2026 10:00")], answer


async def test_an_end_clock_before_the_start_is_held_not_a_day_long_event(
    store: SqliteStore, planner: Planner
) -> None:
    """«10:00» to «09:00» (a slip: the end column or «10:00-09:00») was saved 10:00 to 09:00
    of the next day — a 23-hour event holding its classes and place, where the chat asks
    (end_before_start, draft_assembly.MAX_OVERNIGHT). A night past midnight stays."""
    rows = [
        ["Дата", "Начало", "Окончание", "Мероприятие"],
        ["14.12", "10:00", "09:00", "Лекция о космосе"],
        ["15.12", "10:00-09:00", "", "Экскурсия в музей"],
        ["16.12", "с 14 до 13", "", "Мастер-класс"],
        ["17.12", "18:00", "02:00", "Новогодняя дискотека"],
        ["18.12", "22:00-01:00", "", "Ночь кино"],
    ]
    answer = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "Строки с ошибками" in answer, answer
    held = answer.split("Строки с ошибками")[1]
    for line in ("строка 2: конец раньше", "строка 3: конец раньше", "строка 4: конец раньше"):
        assert line in held, answer
    await planner.handle(plan_file_world.CURATOR, "да")
    events = await store.events_between(NOW, None)
    spans = {e.title: (e.end - e.start).total_seconds() / 3600 for e in events}
    assert spans == {"Новогодняя дискотека": 8, "Ночь кино": 3}, spans


async def test_a_workbook_of_a_month_per_sheet_gives_bare_day_numbers_their_sheets_month(
    store: SqliteStore, planner: Planner
) -> None:
    """Sheets «Декабрь» and «Январь» with day numbers in the date column: each row was
    refused «bad date» though its sheet names the month, as a «ДЕКАБРЬ» section row does;
    January's days are next January's (the plan is sent in December)."""
    header = ["Число", "Время", "Мероприятие", "Классы"]
    book = {
        "Декабрь": [header, [14, "15:00", "Лекция о космосе", "9А"], ["28", "10:00", "Ёлка", "5"]],
        "Январь": [header, [12, "10.00-11.30", "Экскурсия в музей", "8Б"]],
        "Примечания": [["Ответственный: Иванова"]],
    }
    answer = await send(planner, "plan.xlsx", xlsx(book))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved_days(store) == [
        ("Ёлка", "28.12.2026 10:00"),
        ("Лекция о космосе", "14.12.2026 15:00"),
        ("Экскурсия в музей", "12.01.2027 10:00"),
    ], answer


async def test_a_sheet_named_otherwise_keeps_refusing_a_bare_day(
    store: SqliteStore, planner: Planner
) -> None:
    """The counter-case: a sheet «План» (no month) gives a bare «14» no month: the row is
    listed as a bad date, never put in some month."""
    rows = [["Число", "Время", "Мероприятие"], [14, "15:00", "Лекция о космосе"]]
    answer = await send(planner, "plan.xlsx", xlsx({"План": rows, "Лист2": [["x"]]}))
    assert "строка 2: не понял дату" in answer, answer
    assert await saved_days(store) == []


async def test_a_date_cell_that_shows_no_year_is_read_as_it_shows(
    store: SqliteStore, planner: Planner
) -> None:
    """«12.01» typed into Excel in December is stored as 12 January of the *current* year
    and shown «12.01» (a «ДД.ММ» or «Д ММММ» format): the plan's January row was held
    «12 января уже прошло» though the file says nothing of 2026. A cell whose format shows
    no year is read as it shows, like the text «12.01»: next January. A format that shows
    the year keeps the stored date (the counter-case: asked as past, never moved)."""
    from datetime import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Дата", "Время", "Мероприятие", "Классы"])
    cells = [  # what Excel stored: naive wall-clock dates, the year its own guess
        [datetime(2026, 12, 14), "15:00", "Лекция о космосе", "9А"],  # noqa: DTZ001
        [datetime(2026, 1, 12), "10:00", "Экскурсия в музей", "8Б"],  # noqa: DTZ001
        [datetime(2026, 1, 20, 14, 0), None, "Мастер-класс", "7В"],  # noqa: DTZ001
        [datetime(2026, 1, 21), "12:00", "Консультация", "11А"],  # noqa: DTZ001
    ]
    for row in cells:
        ws.append(row)
    for row, shown in ((2, "DD.MM"), (3, "DD.MM"), (4, "D MMMM H:MM"), (5, "DD.MM.YYYY")):
        ws.cell(row=row, column=1).number_format = shown
    import io

    data = io.BytesIO()
    wb.save(data)
    answer = await send(planner, "plan.xlsx", data.getvalue())
    assert "21 января" in answer, answer
    assert "уже прошло" in answer, answer
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved_days(store) == [
        ("Лекция о космосе", "14.12.2026 15:00"),
        ("Мастер-класс", "20.01.2027 14:00"),
        ("Экскурсия в музей", "12.01.2027 10:00"),
    ], answer


async def test_a_row_repeated_in_the_same_file_is_saved_once(
    store: SqliteStore, planner: Planner
) -> None:
    """A row copied twice in Excel (the same title, day, time, classes and place) was saved
    twice by «да», though the same row sent in a second file is never saved again
    (plan_copies.stored_copies): two identical events for 9А, sign-ups split between them.
    Saved once, and «Сохранено» says the repeat was not saved; a row differing in its
    classes stays an event of its own."""
    rows = [
        [*HEADER, "Место"],
        ["14.12", "15:00", "Лекция о космосе", "9А", "актовый зал"],
        ["14.12", "15:00", "Лекция о космосе", "9А", "актовый зал"],
        ["14.12", "15:00", "лекция о космосе ", "9а", "Актовый зал"],
        ["14.12", "15:00", "Лекция о космосе", "9Б", "актовый зал"],
        ["15.12", "10:00", "Экскурсия в музей", "8Б", ""],
    ]
    await send(planner, "plan.xlsx", xlsx({"План": rows}))
    replies = await planner.handle(plan_file_world.CURATOR, "да")
    answer = plan_file_world.rendered(replies)
    assert await saved_days(store) == [
        ("Лекция о космосе", "14.12.2026 15:00"),
        ("Лекция о космосе", "14.12.2026 15:00"),
        ("Экскурсия в музей", "15.12.2026 10:00"),
    ], answer
    classes = sorted(str(e.audience) for e in await store.events_between(NOW, None))
    assert len(set(classes)) == 3, classes
    assert "Сохранено ✅ 3 мероприятия" in answer, answer
    assert "2 строки" in answer, answer


async def test_an_unclosed_quote_in_a_csv_never_swallows_the_rows_below(
    store: SqliteStore, planner: Planner
) -> None:
    """«"Умники и умницы» with no closing quote (a CSV typed by hand or written by a program
    that does not double quotes): the CSV reader ran on to the next quote, so the rows below
    became the title's text and were never events. Each line is a row again; a quoted cell
    legitimately holding a line break stays one cell (the counter-case)."""
    text = (
        "Дата;Время;Мероприятие;Классы\n"
        '14.12;15:00;"Умники и умницы;9А\n'
        "15.12;10:00;Экскурсия в музей;8Б\n"
        "16.12;12:00;Мастер-класс;7В\n"
        '17.12;14:00;"Лекция\nо космосе";9Б\n'
    )
    answer = await send(planner, "plan.csv", text.encode("cp1251"))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved_days(store) == [
        ("Лекция о космосе", "17.12.2026 14:00"),
        ("Мастер-класс", "16.12.2026 12:00"),
        ("Умники и умницы", "14.12.2026 15:00"),
        ("Экскурсия в музей", "15.12.2026 10:00"),
    ], answer


async def test_a_whole_event_written_across_a_merged_row_is_read_not_skipped(
    store: SqliteStore, planner: Planner
) -> None:
    """«12 декабря в 10:00 — Единый классный час …» merged across the table's row was
    skipped without a word as a heading («ДЕКАБРЬ», «Раздел 2. …»). A merged row naming one
    day is read as a plan's line is; headings, and spans («Неделя математики (14–19
    декабря)», «Каникулы с 29.12 по 11.01»), stay quiet."""
    rows = [
        HEADER,
        ["14.12", "15:00", "Лекция о космосе", "9А"],
        ["17 декабря в 10:00 — Единый классный час «Герои Отечества», 5-11 классы", "", "", ""],
        ["Раздел 2. Патриотическое воспитание", "", "", ""],
        ["Неделя математики (14–19 декабря)", "", "", ""],
        ["16.12", "10:00", "Экскурсия в музей", "8Б"],
    ]
    merged = {"План": ["A3:D3", "A4:D4", "A5:D5"]}
    answer = await send(planner, "plan.xlsx", xlsx({"План": rows}, merged=merged))
    assert "строка 3" in answer, answer
    assert "строка 4" not in answer, answer
    assert "строка 5" not in answer, answer
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved_days(store) == [
        ("Единый классный час «Герои Отечества»", "17.12.2026 10:00"),
        ("Лекция о космосе", "14.12.2026 15:00"),
        ("Экскурсия в музей", "16.12.2026 10:00"),
    ], answer


async def test_a_date_cell_naming_two_days_it_cannot_list_is_asked_not_halved(
    store: SqliteStore, planner: Planner
) -> None:
    """«14.12 или 15.12», «14.12 (пн)⏎15.12 (вт)», «14.12 10.10»: two days in a date cell
    that is no list the importer knows were read as the first day, the second dropped (or
    the clock) without a word. Such a row is listed as a date not understood; a span
    («14.12 - 15.12») and a day with its clock («14.12 10.00») are read as before."""
    rows = [
        HEADER,
        ["14.12 или 15.12", "15:00", "Консультация по физике", "9А"],
        ["16.12 (ср)\n17.12 (чт)", "10:00", "Репетиция хора", "5"],
        ["18.12 10.10", "", "Тренировка", "10А"],
        ["21.12 10.00", "", "Лекция о космосе", "9Б"],
    ]
    answer = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    errors = answer.split("Строки с ошибками")[-1]
    for number in (2, 3, 4):
        assert f"строка {number}: не понял дату" in errors, answer
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved_days(store) == [("Лекция о космосе", "21.12.2026 10:00")], answer
