"""files60: a school's year plan as deputy heads make it, through the real import path, the
real store (SQLite, or PostgreSQL under tests/pg_everywhere.py) and the frozen clock of
tests/plan_file_world.py (1 December 2026). Each test failed before its fix
(tests/data/files60.md)."""

from __future__ import annotations

from datetime import date

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events

HEADER = ["№", "Дата", "Время", "Мероприятие", "Классы", "Ответственный"]


async def test_a_row_broken_across_a_page_keeps_its_whole_title(
    store: SqliteStore, planner: Planner
) -> None:
    """A Word table's row carried over to the next page as a row of its own (the title's end
    «мотивы»» alone, the header typed again below it): the title was saved cut to «Концерт
    хора «Зимние», its end dropped without a word (read as the caption of the table below)
    or listed «нет даты». A row with no date and no number whose every filled cell starts
    with a small letter or a closing quote goes on with the row above."""
    table = [
        HEADER,
        ["1", "14.12", "15.00-16.00", "Лекция о космосе", "9а", "Иванова"],
        ["2", "15.12", "16.00", "Концерт хора «Зимние", "5-7", "Петрова"],
        ["", "", "", "мотивы»", "", ""],
        HEADER,
        ["3", "16.12", "10.00", "Экскурсия в музей", "8б", "Сидоров А.А.,"],
        ["", "", "", "", "", "кл. рук. 8б"],
        ["4", "17.12", "11.00", "Спектакль «Морозко»", "6а", "Орлова"],
        ["", "", "", "для родителей", "", ""],
    ]
    card = await send(planner, "plan.docx", docx([table]))
    assert "нет даты" not in card, card
    assert "Концерт хора «Зимние мотивы»" in card, card
    assert "Сохранить все 4" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert [title for title, _, _ in await saved(store)] == [
        "Концерт хора «Зимние мотивы»",
        "Лекция о космосе",
        "Спектакль «Морозко» для родителей",
        "Экскурсия в музей",
    ]


async def test_a_capitalised_row_without_a_date_is_not_joined(
    store: SqliteStore, planner: Planner
) -> None:
    """Counter-case: a row of its own with no date («Акция «Покормите птиц»», capitalised)
    is still listed «нет даты», never glued to the title above."""
    rows = [
        HEADER,
        ["1", "14.12", "15:00", "Лекция", "9А", "Иванова"],
        ["2", "", "", "Акция «Покормите птиц»", "1-4", "Сидорова"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "строка 3: нет даты" in card, card
    assert "Лекция — 14 декабря" in card, card


async def test_a_week_of_a_month_is_held_as_a_period_not_the_school_years_first_week(
    store: SqliteStore, planner: Planner
) -> None:
    """«2-я неделя» under «ДЕКАБРЬ» was read as 31 August and held as «31 августа (пн) уже
    прошло»: the row's real problem (a week, no day) was hidden behind a wrong date."""
    rows = [
        HEADER,
        ["ДЕКАБРЬ", None, None, None, None, None],
        [1, "2-я неделя", None, "Неделя математики", "5-11", "МО математики"],
        [2, "14", "10:00", "Урок мужества", "7-9", "Иванова"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A2:F2"]}))
    assert "августа" not in card, card
    # files65: the week's days are offered (test_files65_plan_files)
    assert "Неделя математики — указана неделя 7–11 декабря" in card, card


async def test_a_date_of_a_past_school_year_is_named_with_its_year(
    store: SqliteStore, planner: Planner
) -> None:
    """Last year's plan sent by mistake: «12.12.2025» was listed «12 декабря (пт) уже
    прошло» on 1 December 2026 — a December still ahead; the year makes the reason plain."""
    rows = [
        HEADER,
        [1, date(2025, 12, 12), "10:00", "Урок мужества", "7-9", "Иванова"],
        [2, "20.01.2026", "11:00", "Лыжня России", "5-11", "Петров"],
        [3, "14.12", "10:00", "Концерт", "9А", "Орлова"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "12 декабря 2025 года (пт) уже прошло" in card, card
    assert "20 января 2026 года (вт) уже прошло" in card, card


async def test_a_plan_with_a_column_per_quarter_is_read_cell_by_cell(
    store: SqliteStore, planner: Planner
) -> None:
    """«Направление | I четверть | II четверть | III четверть | IV четверть», the events
    written out in the cells with their days: the file was refused as having no header.
    Each cell part is an event line; one naming no day is reported, a past one held."""
    rows = [
        ["План воспитательной работы на 2026-2027 учебный год", None, None, None, None],
        ["Направление", "I четверть", "II четверть", "III четверть", "IV четверть"],
        [
            "Патриотическое",
            "Урок мужества 12.10 в 10:00, 7-9 кл.",
            "Урок мужества 12.12 в 10:00, 7-9 кл.",
            "Смотр строя 20.02 в 12:00, 5-6 кл.",
            "Вахта памяти 7.05 в 11:00, 8-11 кл.",
        ],
        [
            "Спорт",
            None,
            "Турнир по шахматам 14.12 в 15:00, 5а,б,в\nВеселые старты 22.12 в 14:00, 2-4 кл.",
            "Лыжня России в течение четверти",
            None,
        ],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:E1"]}))
    assert "строку заголовков" not in card, card
    assert "Сохранить все 5" in card, card
    assert "Лыжня России" in card, card  # named, not lost
    assert "Урок мужества — 12 октября (пн) уже прошло" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert [(t, when) for t, when, _ in await saved(store)] == [
        ("Вахта памяти", "07.05.2027 11:00"),
        ("Веселые старты", "22.12.2026 14:00"),
        ("Смотр строя", "20.02.2027 12:00"),
        ("Турнир по шахматам", "14.12.2026 15:00"),
        ("Урок мужества", "12.12.2026 10:00"),
    ]


async def test_a_grades_vacation_does_not_hide_the_other_grades_lessons(
    store: SqliteStore, planner: Planner
) -> None:
    """«Утренник» for 1–4 at 10:00 during the 1st grade's extra February week: the card
    warned of the 1st grade's vacation only, and 2–4, at their lessons till 12:35, were
    not warned at all — a grade's own vacation ended the day's check."""
    rows = [
        ["Дата", "Время", "Мероприятие", "Классы"],
        ["15.02", "10:00", "Утренник", "1-4"],
        ["17.02", "10:00", "Утренник для первых", "1"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "15 февраля (пн): дополнительные каникулы у 1-х классов" in card, card
    assert "15 февраля (пн): уроки у 2–4 классов, обычно до 12:35" in card, card
    assert "17 февраля (ср): дополнительные каникулы у 1-х классов" in card, card
    assert "17 февраля (ср): уроки" not in card, card


async def test_a_file_written_in_small_letters_keeps_its_rows_apart(
    store: SqliteStore, planner: Planner
) -> None:
    """Counter-case: in a file whose titles open with small letters, a dateless row below
    «лекция» is its own row («нет даты»), never «лекция экскурсия»."""
    rows = [
        ["Дата", "Время", "Мероприятие", "Ответственный"],
        ["14.12", "15:00", "лекция", "иванова"],
        [None, None, "экскурсия", None],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "строка 3: нет даты" in card, card
    assert "лекция — 14 декабря" in card.casefold(), card


async def test_a_quarters_past_day_is_never_offered_for_next_year(
    store: SqliteStore, planner: Planner
) -> None:
    """A quarter column pins its days to the school year planned: «Кросс 20.09» under «I
    четверть» (no caption naming the year) was offered as «имеется в виду 2027 год?» —
    «да» would have saved a first-quarter race in September 2027."""
    rows = [
        ["Направление", "I четверть", "II четверть"],
        ["Спорт", "Кросс 20.09 в 10:00, 5-11", "Турнир 14.12 в 15:00, 5а"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "2027" not in card, card
    assert "Кросс — 20 сентября (вс) уже прошло" in card, card


async def test_a_quarter_grid_under_a_calendar_year_keeps_its_days_in_that_year(
    store: SqliteStore, planner: Planner
) -> None:
    """fixfiles62 (review60 #8): a quarter grid under «План мероприятий на 2027 год» was
    saved in the school year 2026–27 without a word (12.12.2026, 20.02.2027, 12 October
    held «уже прошло»), the summary listing «12 декабря (сб)» with no year. The caption's
    calendar year holds every day of the grid: 12.10.2027 and 12.12.2027 (the I and II
    quarters of 2027–28), 20.02.2027 and 07.05.2027 (the III and IV of 2026–27); the summary
    names the year of the days outside the school year under way."""
    rows = [
        ["План мероприятий на 2027 год", None, None, None, None],
        ["Направление", "I четверть", "II четверть", "III четверть", "IV четверть"],
        [
            "Патриотическое",
            "Урок мужества 12.10 в 10:00, 7-9 кл.",
            "Урок мужества 12.12 в 10:00, 7-9 кл.",
            "Смотр строя 20.02 в 12:00, 5-6 кл.",
            "Вахта памяти 7.05 в 11:00, 8-11 кл.",
        ],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:E1"]}))
    assert "уже прошло" not in card, card
    assert "Сохранить все 4" in card, card
    assert "12 декабря 2027 года" in card, card
    assert "12 октября 2027 года" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert sorted(when for _, when, _ in await saved(store)) == sorted(
        ["12.10.2027 10:00", "12.12.2027 10:00", "20.02.2027 12:00", "07.05.2027 11:00"]
    )


async def test_a_dateless_event_in_small_letters_is_not_glued_to_the_row_above(
    store: SqliteStore, planner: Planner
) -> None:
    """fixfiles62 (review60 #9): a real event of its own written in small letters under a
    dated row («мастер-класс «Ёлочная игрушка»» under «Лекция о космосе») was glued onto it
    («Лекция о космосе мастер-класс «Ёлочная игрушка»»), the row gone from the list. A
    cell opening with a kind of event, its quotes closed, is a title of its own: the row is
    held «нет даты», as before files60. A title's end below an open quote still joins."""
    rows = [
        HEADER,
        ["1", "14.12", "15:00", "Лекция о космосе", "9А", "Иванова"],
        ["", "", "", "мастер-класс «Ёлочная игрушка»", "", ""],
        ["2", "15.12", "16:00", "Концерт «Песни", "5-7", "Петрова"],
        ["", "", "", "концерта»", "", ""],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "строка 3: нет даты" in card, card
    assert "Лекция о космосе — 14 декабря" in card, card
    assert "Концерт «Песни концерта»" in card, card
