"""files69: plan-file leftovers of files66 through the real import path, the real store
(SQLite, or PostgreSQL under tests/pg_everywhere.py) and the frozen clock of
tests/plan_file_world.py (1 December 2026) (tests/data/files69.md): a time before a lesson
by the bell schedule, half-year columns by the school's own quarters, and a row outside the
period its caption names."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import rendered, send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events

HEADER = ["№", "Дата", "Время", "Мероприятие", "Классы"]
BELLS = "звонки: 8:30-9:10, 9:20-10:00, 10:20-11:00, 11:15-11:55, 12:05-12:45"


async def test_a_word_plan_before_a_lesson_is_timed_by_the_bells(
    store: SqliteStore, planner: Planner
) -> None:
    """A Word plan as a school makes it (a caption paragraph, a date merged over two rows):
    «перед 3 уроком» is the break before the 3rd lesson, «до 1 урока» a break before the
    first, «на 2-3 уроках» the two lessons; nothing is asked once the bells are set."""
    await planner.handle(plan_file_world.CURATOR, BELLS)
    table = [
        HEADER,
        ["1", "14.12", "перед 3 уроком", "Линейка «Герои Отечества»", "5-7"],
        ["2", "14.12", "до 1 урока", "Зарядка с чемпионом", "5а"],
        ["3", "15.12", "на 2-3 уроках", "Урок мужества", "8б"],
    ]
    above = ("План мероприятий на декабрь 2026 года",)
    card = await send(planner, "plan.docx", docx([table], above=above, merges=[(0, 1, 1, 2, 1)]))
    assert "по урокам" not in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    found = {title: (start, end) for title, start, end in await saved(store)}
    assert found["Линейка «Герои Отечества»"][0] == "14.12.2026 10:00", found
    assert found["Зарядка с чемпионом"][0] == "14.12.2026 08:20", found
    assert found["Урок мужества"][0] == "15.12.2026 09:20", found


async def test_before_a_lesson_without_bells_is_asked_naming_the_fix(
    store: SqliteStore, planner: Planner
) -> None:
    """No bell schedule: «перед 3 уроком» is held, the line saying how to give the bells."""
    rows = [HEADER, ["1", "14.12", "перед 3 уроком", "Линейка", "5-7"]]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "задайте звонки" in card, card


HALF_TITLE = ["План воспитательной работы на 2026-2027 учебный год", None, None]
HALF_HEAD = ["Направление", "I полугодие", "II полугодие"]
HALF_ROW = [
    "Патриотическое",
    "Викторина 14.12 в 15:00, 5-6 кл.\nКонцерт 14.01 в 12:00, 7 кл.",
    "Смотр строя 20.02 в 12:00, 5-6 кл.",
]


async def test_a_half_year_grid_is_checked_by_the_schools_quarters(
    store: SqliteStore, planner: Planner
) -> None:
    """The school's III quarter starts on 11 January: «Концерт 14.01» under «I полугодие»
    (January is an edge month of the I half-year, so the months let it through) is held as
    not in its column; the others are saved."""
    await planner.handle(plan_file_world.CURATOR, "3 четверть с 11 января по 19 марта")
    rows = [HALF_TITLE, HALF_HEAD, HALF_ROW]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:C1"]}))
    assert card.count("не в своей колонке") == 1, card
    assert "Концерт — 14 января" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert sorted(t for t, _, _ in await saved(store)) == ["Викторина", "Смотр строя"]


async def test_a_half_year_grid_without_the_schools_quarters_goes_by_the_ministrys_year(
    store: SqliteStore, planner: Planner
) -> None:
    """files74 changed this: without the school's quarters the ministry's year the bot
    applies bounds «I полугодие» (its III quarter starts on 11 January), so «Концерт 14.01»
    is asked, no longer let through by the months."""
    rows = [HALF_TITLE, HALF_HEAD, HALF_ROW]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:C1"]}))
    assert card.count("не в своей колонке") == 1, card
    assert "по обычному календарю министерства" in card, card


async def test_a_row_outside_the_captions_month_is_named(
    store: SqliteStore, planner: Planner
) -> None:
    """«План мероприятий на январь 2027 г.» in a merged caption row over a row «14.12»: the
    row read 14 December 2027 silently. It is now held and named with the caption's words,
    the others saved; nothing dropped, and «исправь» with the date keeps it as written."""
    rows = [
        ["План мероприятий на январь 2027 г.", None, None, None, None],
        HEADER,
        ["1", "14.01", "15:00", "Лекция о космосе", "9а"],
        ["2", "14.12", "15:00", "Концерт", "9б"],
        ["3", "20.01", "12:00", "Смотр строя", "5-6"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:E1"]}))
    assert "14 декабря 2027 года (вт) — вне срока плана из заголовка файла («январь 2027»)" in card
    assert "исправь 4: 14.12.2027 15:00" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert sorted(t for t, _, _ in await saved(store)) == ["Лекция о космосе", "Смотр строя"]


async def test_a_word_plans_month_caption_and_a_school_year_caption(
    store: SqliteStore, planner: Planner
) -> None:
    """A Word plan captioned «ПЛАН РАБОТЫ НА ДЕКАБРЬ 2026 – ЯНВАРЬ 2027 ГОДА» (a paragraph)
    holds «03.02»; a spreadsheet «на 2026/2027 учебный год» holds a row the file dates fully
    in 2027/28 («14.09.2027»); the rows inside are saved."""
    table = [
        HEADER,
        ["1", "18.12", "15:00", "Ёлка", "1-4"],
        ["2", "03.02", "15:00", "Лыжня", "5-9"],
    ]
    above = ("УТВЕРЖДАЮ", "ПЛАН РАБОТЫ НА ДЕКАБРЬ 2026 – ЯНВАРЬ 2027 ГОДА")
    card = await send(planner, "plan.docx", docx([table], above=above))
    assert "(«декабрь 2026 – январь 2027»)" in card, card
    assert card.count("вне срока плана") == 1, card
    await planner.handle(plan_file_world.CURATOR, "да")
    rows = [
        ["План воспитательной работы на 2026/2027 учебный год", None, None, None, None],
        HEADER,
        ["1", "14.09.2027", "15:00", "Линейка", "5-11"],
        ["2", "15.01", "15:00", "Лекция", "9а"],
    ]
    card = await send(planner, "year.xlsx", xlsx({"План": rows}, {"План": ["A1:E1"]}))
    assert "(«2026/2027 учебный год»)" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert {t for t, _, _ in await saved(store)} == {"Лекция", "Ёлка"}


async def test_a_caption_naming_no_period_holds_nothing(
    store: SqliteStore, planner: Planner
) -> None:
    """«Принят на педсовете в августе 2026», «Май — месяц памяти» above the header name no
    period of the plan: nothing is held for it."""
    rows = [
        ["Принят на педсовете в августе 2026", None, None, None, None],
        ["Май — месяц памяти", None, None, None, None],
        HEADER,
        ["1", "14.12", "15:00", "Концерт", "9б"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "вне срока плана" not in card, card


async def test_with_bells_a_lesson_not_in_them_is_asked_without_blaming_the_bells(
    store: SqliteStore, planner: Planner
) -> None:
    """The bells are set (five lessons): «после 8 урока» in a plan cell, or in a chat
    message, is asked — saying the lesson is not in the schedule, not that the schedule is
    unknown; «перед 2 уроком» in the same chat is timed."""
    await planner.handle(plan_file_world.CURATOR, BELLS)
    rows = [HEADER, ["1", "14.12", "после 8 урока", "Кружок", "7а"]]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "такого урока в расписании нет" in card, card
    assert "звонков я не знаю" not in card, card
    await planner.handle(plan_file_world.CURATOR, "нет")
    said = rendered(
        await planner.handle(plan_file_world.CURATOR, "Кружок 14 декабря после 8 урока, 7а")
    )
    assert "такого урока в расписании нет" in said, said
    assert "звонков я не знаю" not in said, said
    await planner.handle(plan_file_world.CURATOR, "отмена")
    card = rendered(
        await planner.handle(plan_file_world.CURATOR, "Линейка 15 декабря перед 2 уроком, 5а")
    )
    assert "9:10" in card, card


async def test_a_word_plan_written_as_lines_checks_its_title_period(
    store: SqliteStore, planner: Planner
) -> None:
    """A Word plan without a table, its lines read as a pasted plan, titled «План
    мероприятий на январь 2027 г.»: a line «14.12 …» is held with the title's words; month
    headings inside the plan («Январь») are not taken for its title."""
    above = (
        "План мероприятий на январь 2027 г.",
        "Январь",
        "15.01 в 15:00 — лекция «Морские профессии», 8а",
        "14.12 в 15:00 — концерт хора, 5б",
        "20.01 в 12:00 — смотр строя, 6а",
    )
    card = await send(planner, "plan.docx", docx([], above=above))
    assert card.count("вне срока плана") == 1, card
    assert "(«январь 2027»)" in card, card


async def test_an_approval_cell_with_its_signer_is_no_plan_year(
    store: SqliteStore, planner: Planner
) -> None:
    """«УТВЕРЖДАЮ Директор «31» августа 2026 г.» in one merged cell above «План на декабрь»:
    the approval date made the plan «на 2026 год», so «11.01» was January 2026 (past). Now
    «11.01» is next January — outside the caption's December, so held and named."""
    rows = [
        ["УТВЕРЖДАЮ Директор МБОУ СОШ № 5 ______ «31» августа 2026 г.", None, None, None, None],
        ["План на декабрь", None, None, None, None],
        HEADER,
        ["1", "14.12", "15:00", "Ёлка", "1-4"],
        ["2", "11.01", "15:00", "Лыжня", "5-9"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:E1", "A2:E2"]}))
    assert "11 января 2027 года (пн) — вне срока плана из заголовка файла («декабрь»)" in card
    assert "уже прошло" not in card, card
