"""files66: the bell schedule and the school's own terms in plan files, through the real
import path, the real store (SQLite, or PostgreSQL under tests/pg_everywhere.py) and the
frozen clock of tests/plan_file_world.py (1 December 2026) (tests/data/files66.md)."""

from __future__ import annotations

import json

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.school_settings import SCHOOL_CALENDAR_KEY
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import rendered, send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events

HEADER = ["Дата", "Время", "Мероприятие", "Классы"]
BELLS = "звонки: 8:00-8:45, 8:55-9:40, 10:00-10:45, 11:05-11:50, 12:00-12:45, 12:55-13:40"


async def test_lesson_numbers_are_timed_by_the_bell_schedule(
    store: SqliteStore, planner: Planner
) -> None:
    """The curator gives the bells in chat; «после 6 урока» in a time cell is then the 6th
    lesson's end, «на 3 уроке» the 3rd lesson; «до 1 урока» (files69: a break as short as
    the schedule's shortest, ending when the first lesson starts). The calendar shows the
    bells."""
    said = rendered(await planner.handle(plan_file_world.CURATOR, BELLS))
    assert "Расписание звонков: 1) 08:00–08:45" in said, said
    shown = rendered(await planner.handle(plan_file_world.CURATOR, "учебный календарь"))
    assert "Звонки: 1) 08:00–08:45" in shown, shown
    rows = [
        HEADER,
        ["14.12", "после 6 урока", "Классный час", "8б"],
        ["15.12", "на 3 уроке", "Лекция о профессиях", "9а"],
        ["16.12", "до 1 урока", "Зарядка", "5а"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "время указано по урокам" not in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    found = {title: start for title, start, _ in await saved(store)}
    assert found == {
        "Классный час": "14.12.2026 13:40",
        "Лекция о профессиях": "15.12.2026 10:00",
        "Зарядка": "16.12.2026 07:50",
    }, found


async def test_without_a_bell_schedule_lesson_numbers_stay_asked(
    store: SqliteStore, planner: Planner
) -> None:
    """No default schedule is assumed: without the curator's bells «после 6 урока» is asked."""
    rows = [HEADER, ["14.12", "после 6 урока", "Классный час", "8б"]]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "время указано по урокам" in card, card


async def test_the_chat_reads_a_lesson_by_the_bell_schedule(
    store: SqliteStore, planner: Planner
) -> None:
    """The chat reader uses the same schedule: «после 6 урока» in a message is the 6th
    lesson's end on the card, not «Время указано по урокам…»; without the schedule it is
    asked as before."""
    before = rendered(
        await planner.handle(plan_file_world.CURATOR, "Классный час 14 декабря после 6 урока, 8б")
    )
    assert "расписание звонков я не знаю" in before, before
    await planner.handle(plan_file_world.CURATOR, "отмена")
    await planner.handle(plan_file_world.CURATOR, BELLS)
    card = rendered(
        await planner.handle(plan_file_world.CURATOR, "Классный час 14 декабря после 6 урока, 8б")
    )
    assert "13:40" in card, card
    assert "расписание звонков я не знаю" not in card, card


GRID_TITLE = ["План воспитательной работы на 2026-2027 учебный год", None, None, None, None]
GRID_HEAD = ["Направление", "I четверть", "II четверть", "III четверть", "IV четверть"]


async def test_a_quarter_grid_is_checked_by_the_schools_own_terms(
    store: SqliteStore, planner: Planner
) -> None:
    """The school set its IV quarter («4 четверть с 30 марта по 26 мая»): a day under «III
    четверть» that is in the school's IV quarter («Смотр строя 02.04»: April is an edge month
    of the III quarter, so the month check let it through) is held; a day of the spring
    vacation after the III quarter stays under it; a day in its own quarter is saved."""
    await planner.handle(plan_file_world.CURATOR, "4 четверть с 30 марта по 26 мая")
    rows = [
        GRID_TITLE,
        GRID_HEAD,
        [
            "Патриотическое",
            None,
            "Викторина 14.12 в 15:00, 5-6 кл.",
            "Смотр строя 02.04 в 12:00, 5-6 кл.\nЭкскурсия 24.03 в 10:00, 7 кл.",
            None,
        ],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:E1"]}))
    assert card.count("не в своей колонке") == 1, card
    assert "Смотр строя — 2 апреля" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert [t for t, _, _ in await saved(store)] == ["Викторина", "Экскурсия"]


async def test_without_the_schools_terms_the_ministrys_year_asks(
    store: SqliteStore, planner: Planner
) -> None:
    """No terms set: files74 changed this. 02.04 under «III четверть» passed the month check
    silently; the ministry's year the bot applies ends the III quarter's vacation on 28 March,
    so the row is asked, saying by which calendar (April may still be the III quarter of a
    school that has not set its dates: asked, never dropped), and «исправь» saves it."""
    rows = [
        GRID_TITLE,
        GRID_HEAD,
        ["Патриотическое", None, "Викторина 14.12 в 15:00, 5-6 кл.", None, None],
        ["Спортивное", None, None, "Смотр строя 02.04 в 12:00, 5-6 кл.", None],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:E1"]}))
    assert "не в своей колонке «III четверть» (по обычному календарю министерства" in card, card
    await planner.handle(plan_file_world.CURATOR, "исправь 4: 02.04.2027 12:00")
    await planner.handle(plan_file_world.CURATOR, "да")
    assert sorted(t for t, _, _ in await saved(store)) == ["Викторина", "Смотр строя"]


async def test_a_file_with_no_row_to_save_offers_no_fix_by_message(
    store: SqliteStore, planner: Planner
) -> None:
    """files74: a file whose every row is held is dropped («исправьте в файле и пришлите
    его заново»), so its line must not offer «исправь N: …», which would find no plan."""
    rows = [
        GRID_TITLE,
        GRID_HEAD,
        ["Патриотическое", None, None, "Смотр строя 02.04 в 12:00, 5-6 кл.", None],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:E1"]}))
    assert "не в своей колонке" in card, card
    assert "исправь 3" not in card, card


async def test_a_docx_caption_paragraph_states_the_year(
    store: SqliteStore, planner: Planner
) -> None:
    """A Word plan's caption is a paragraph above its table («План мероприятий на 2027/2028
    учебный год»), not a row of it: it was not read, so «14.12» went to this December and
    «15.09» was asked as next year's. The paragraph states the year as a caption row does."""
    table = [HEADER, ["15.09", "15:00", "Линейка", "5-11"], ["14.12", "15:00", "Концерт", "9а"]]
    above = ("УТВЕРЖДАЮ", "Директор", "План мероприятий на 2027/2028 учебный год")
    card = await send(planner, "plan.docx", docx([table], above=above))
    assert "Сохранить все 2" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert sorted(start for _, start, _ in await saved(store)) == [
        "14.12.2027 15:00",
        "15.09.2027 15:00",
    ]


async def test_a_docx_caption_paragraph_naming_another_school_is_said(
    store: SqliteStore,
) -> None:
    """In a city setup a Word plan captioned, above its table, «План мероприятий МБОУ «СОШ
    № 5»…» sent to «Гимназия №32»'s bot is named before «да», as a caption row is (files65)."""
    planner = Planner(
        store,
        FixedClock(plan_file_world.NOW),
        PlannerConfig(
            tz=plan_file_world.TZ,
            admins=frozenset({plan_file_world.CURATOR}),
            school_name="Гимназия №32",
        ),
    )
    table = [HEADER, ["14.12", "15:00", "Лекция о космосе", "9а"]]
    above = ("План мероприятий МБОУ «СОШ № 5» на декабрь 2026 года",)
    card = await send(planner, "plan.docx", docx([table], above=above))
    assert "«СОШ № 5»" in card, card
    own = ("План мероприятий Гимназии № 32 на декабрь",)
    card = await send(planner, "own.docx", docx([table], above=own))
    assert "СОШ" not in card, card


async def test_an_approval_date_above_the_plan_is_no_plan_year(
    store: SqliteStore, planner: Planner
) -> None:
    """«УТВЕРЖДАЮ … Приказ № 45 от «01» сентября 2026 г.» above a plan is the day it was
    approved, not the plan's year: read as «на 2026 год», «15.01» went to January 2026 (past)
    unsaid. A full date in the caption states no year; the rows are read as without one."""
    table = [HEADER, ["15.01", "15:00", "Лекция", "9а"], ["14.12", "15:00", "Концерт", "9а"]]
    above = ("УТВЕРЖДАЮ", "Приказ № 45 от «01» сентября 2026 г.", "План мероприятий")
    await send(planner, "plan.docx", docx([table], above=above))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert sorted(start for _, start, _ in await saved(store)) == [
        "14.12.2026 15:00",
        "15.01.2027 15:00",
    ]
    rows = [
        ["Утверждено 31.08.2026 г.", None, None, None],
        HEADER,
        ["20.01", "15:00", "Сбор", "9а"],
    ]
    await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:D1"]}))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert "20.01.2027 15:00" in [start for _, start, _ in await saved(store)]


async def test_a_calendar_saved_before_the_bells_still_reads(
    store: SqliteStore, planner: Planner
) -> None:
    """The bells live in the calendar's stored setting (JSON; no table changes, so no
    migration): a calendar saved before files66, with lesson hours and no «bells», is read
    as before, and the bells are added to it without losing the hours."""
    old = {
        "kind": "quarter",
        "terms": [],
        "vacations": [],
        "lessons_start": "08:00",
        "lesson_hours": [{"grades": [5, 6, 7, 8, 9], "end": "14:30", "weekdays": []}],
        "no_lessons": [5, 6],
    }
    await store.set_setting(SCHOOL_CALENDAR_KEY, json.dumps(old))
    shown = rendered(await planner.handle(plan_file_world.CURATOR, "учебный календарь"))
    assert "до 14:30" in shown, shown
    assert "Звонки" not in shown, shown
    await planner.handle(plan_file_world.CURATOR, BELLS)
    stored = json.loads(await store.get_setting(SCHOOL_CALENDAR_KEY) or "{}")
    assert stored["lesson_hours"] == old["lesson_hours"], stored
    assert stored["bells"][5] == ["12:55", "13:40"], stored
