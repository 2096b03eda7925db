"""files74: plan files as schools make them — a two-row header («Сроки проведения» merged over
«I полугодие | II полугодие»), dates as text and as Excel dates — through the real import
path, the real store (SQLite, or PostgreSQL under tests/pg_everywhere.py) and the frozen
clock of tests/plan_file_world.py (1 December 2026, no school terms set unless a test sets
them). All rows are my own."""

from __future__ import annotations

from datetime import datetime

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events
CURATOR = plan_file_world.CURATOR

CAPTION = "План воспитательной работы на 2026/2027 учебный год"
# «Мероприятие» and «Классы» merged down over two rows, «Сроки проведения» across the
# half-years' columns: the header as a deputy head draws it in Excel
TWO_ROW_HEADER = [
    [CAPTION, None, None, None],
    ["Мероприятие", "Классы", "Сроки проведения", None],
    [None, None, "I полугодие", "II полугодие"],
]
MERGED = {"План": ["A1:D1", "A2:A3", "B2:B3", "C2:D2"]}


def _half_year_plan(*rows: list[object]) -> bytes:
    return xlsx({"План": [*TWO_ROW_HEADER, *rows]}, MERGED)


async def test_a_two_row_header_reads_both_half_year_columns(
    store: SqliteStore, planner: Planner
) -> None:
    """The half-years under a merged «Сроки проведения» are the columns of the days: the
    second half-year's Excel dates are read, the second header row is no event row."""
    plan = _half_year_plan(
        ["Концерт к Новому году", "5-9", "24.12 в 15:00", None],
        ["Лыжня России", "5-7", None, datetime(2027, 2, 20, 11, 0)],  # noqa: DTZ001
    )
    card = await send(planner, "plan.xlsx", plan)
    assert "строка 3" not in card, card
    assert "нет даты" not in card, card
    await planner.handle(CURATOR, "да")
    assert await saved(store) == [
        ("Концерт к Новому году", "24.12.2026 15:00", ""),
        ("Лыжня России", "20.02.2027 11:00", ""),
    ]


async def test_a_day_outside_its_half_year_is_asked_never_saved_silently(
    store: SqliteStore, planner: Planner
) -> None:
    """No school terms set: the ministry's year the bot applies bounds the half-years (the
    I quarter … the II quarter's end, the winter vacation included; then the II half-year).
    «17.01» under «I полугодие» and an Excel date of 20 December under «II полугодие» are
    held «не в своей колонке», the others saved."""
    plan = _half_year_plan(
        ["Турнир по шахматам", "8", "17.01 в 15:00", None],
        ["Концерт к Новому году", "5-9", "24.12 в 15:00", None],
        ["Смотр строя", "5", None, datetime(2026, 12, 20, 15, 0)],  # noqa: DTZ001
        ["Ёлка для начальной школы", "1-4", "29.12 в 11:00", None],
        ["Лыжня России", "5-7", None, "20.02 в 11:00"],
    )
    card = await send(planner, "plan.xlsx", plan)
    assert "строка 4: Турнир по шахматам — 17 января (вс) — не в своей колонке" in card, card
    assert "строка 6: Смотр строя — 20 декабря (вс) — не в своей колонке" in card, card
    assert "«I полугодие» (по обычному календарю министерства" in card, card
    assert "«II полугодие» (по обычному календарю министерства" in card, card
    await planner.handle(CURATOR, "да")
    assert await saved(store) == [
        ("Ёлка для начальной школы", "29.12.2026 11:00", ""),
        ("Концерт к Новому году", "24.12.2026 15:00", ""),
        ("Лыжня России", "20.02.2027 11:00", ""),
    ]


async def test_the_day_asked_is_saved_once_the_author_writes_it(
    store: SqliteStore, planner: Planner
) -> None:
    plan = _half_year_plan(
        ["Турнир по шахматам", "8", "17.01 в 15:00", None],
        ["Концерт к Новому году", "5-9", "24.12 в 15:00", None],
    )
    await send(planner, "plan.xlsx", plan)
    await planner.handle(CURATOR, "исправь 4: 17.01.2027 15:00")
    await planner.handle(CURATOR, "да")
    assert await saved(store) == [
        ("Концерт к Новому году", "24.12.2026 15:00", ""),
        ("Турнир по шахматам", "17.01.2027 15:00", ""),
    ]


async def test_the_schools_own_quarters_still_rule(store: SqliteStore, planner: Planner) -> None:
    """Guard: a school whose III quarter starts on 18 January has the winter vacation to the
    17th, so «17.01» under «I полугодие» is in its column."""
    await planner.handle(CURATOR, "3 четверть с 18 января по 19 марта")
    plan = _half_year_plan(["Турнир по шахматам", "8", "17.01 в 15:00", None])
    card = await send(planner, "plan.xlsx", plan)
    assert "не в своей колонке" not in card, card
    await planner.handle(CURATOR, "да")
    assert await saved(store) == [("Турнир по шахматам", "17.01.2027 15:00", "")]


# an annual plan with a «Сроки» column and month section rows merged across the table
ANNUAL_HEAD = [
    [CAPTION, None, None, None],
    ["№", "Мероприятие", "Сроки", "Классы"],
]


async def test_a_month_only_row_is_a_run_through_its_month(
    store: SqliteStore, planner: Planner
) -> None:
    """«в течение месяца» under the «ЯНВАРЬ» section and «март» in the «Сроки» column name a
    month, no day: files74 held them for a day; files75 saves them as runs through their
    month (all day, 1st to last), no clash with the Excel-dated row inside January."""
    rows = [
        *ANNUAL_HEAD,
        ["ЯНВАРЬ", None, None, None],
        [1, "Неделя безопасности", "в течение месяца", "1-4"],
        [2, "Конкурс чтецов", datetime(2027, 1, 20, 14, 0), "5"],  # noqa: DTZ001
        ["МАРТ", None, None, None],
        [3, "Кросс", "март", "5-11"],
    ]
    plan = xlsx({"План": rows}, {"План": ["A1:D1", "A3:D3", "A6:D6"]})
    card = await send(planner, "plan.xlsx", plan)
    assert "• строка 4: Неделя безопасности — январь, 1–4 классы" in card, card
    assert "• строка 7: Кросс — март, 5–11 классы" in card, card
    assert "Накладок нет" in card, card
    await planner.handle(CURATOR, "да")
    assert await saved(store) == [
        ("Конкурс чтецов", "20.01.2027 14:00", ""),
        ("Кросс", "01.03.2027 00:00", ""),
        ("Неделя безопасности", "01.01.2027 00:00", ""),
    ]


async def test_a_whole_term_in_a_period_column_names_the_terms_days(
    store: SqliteStore, planner: Planner
) -> None:
    """«в течение полугодия» under «II полугодие» is the school's III and IV quarters (the
    ministry's 11 January – 26 May until the school sets its own): files74 held it for a
    day; files75 saves it as a run through the half-year's months, January to May."""
    plan = _half_year_plan(
        ["Концерт к Новому году", "5-9", "24.12 в 15:00", None],
        ["Акция «Чистый двор»", "5-11", None, "в течение полугодия"],
    )
    card = await send(planner, "plan.xlsx", plan)
    assert "• строка 5: Акция «Чистый двор» — 1 января — 31 мая, 5–11 классы" in card, card
    assert "указан только срок" not in card, card
    await planner.handle(CURATOR, "да")
    assert ("Акция «Чистый двор»", "01.01.2027 00:00", "") in await saved(store)


async def test_a_clock_alone_for_a_line_with_no_day_is_answered_politely(
    store: SqliteStore, planner: Planner
) -> None:
    """«исправь 5: в 14:00» on a line held for its day (a half-year named) crashed the fix
    (drafts.with_time on a draft with no start): now «не понял», the line kept."""
    plan = _half_year_plan(
        ["Концерт к Новому году", "5-9", "24.12 в 15:00", None],
        ["Акция «Чистый двор»", "5-11", None, "в течение полугодия"],
    )
    await send(planner, "plan.xlsx", plan)
    answer = plan_file_world.rendered(await planner.handle(CURATOR, "исправь 5: в 14:00"))
    assert "Не понял" in answer or "не понял" in answer, answer
    again = plan_file_world.rendered(await planner.handle(CURATOR, "исправь 5: 15.02.2027"))
    assert "Акция «Чистый двор» (строка 5) — нет времени (15 февраля (пн))" in again, again
    await planner.handle(CURATOR, "да")
    assert [t for t, _, _ in await saved(store)] == ["Концерт к Новому году"]


async def test_a_term_in_the_dates_column_names_the_schools_own_days(
    store: SqliteStore, planner: Planner
) -> None:
    """«в III четверти» in a «Сроки» cell is the school's own III quarter once it set it."""
    await planner.handle(CURATOR, "3 четверть с 18 января по 19 марта")
    rows = [*ANNUAL_HEAD, [1, "Смотр строя", "в III четверти", "5-7"]]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:D1"]}))
    assert "указан только срок «в III четверти» (18 января — 19 марта 2027)" in card, card


async def test_birth_years_in_the_classes_cell_are_grades_by_the_rows_day(
    store: SqliteStore, planner: Planner
) -> None:
    """«2010–2012 г.р.» in a «Участники» cell was «не понял, для каких классов»: the grades of
    those children in the school year of the row's day (born in Y: grade 1 from September of
    Y + 7), so 8–10 in December 2026 and 9–11 in September 2027."""
    rows = [
        ["Дата", "Время", "Мероприятие", "Участники"],
        ["12.12.2026", "10:00", "Первенство по мини-футболу", "2010–2012 г.р."],
        [datetime(2027, 9, 15), "11:00", "Кросс нации", "юноши 2010-2012 годов рождения"],  # noqa: DTZ001
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "не понял, для каких классов" not in card, card
    assert "Первенство по мини-футболу — 12 декабря (сб), 10:00, 8–10 классы" in card, card
    assert "Кросс нации — 15 сентября 2027 года (ср), 11:00, 9–11 классы" in card, card
