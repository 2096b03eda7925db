"""files65: lesson-anchored times, quarter grids and weeks of a month in plan files, through
the real import path, the real store (SQLite, or PostgreSQL under tests/pg_everywhere.py)
and the frozen clock of tests/plan_file_world.py (1 December 2026). Each test failed before
its fix (tests/data/files65.md)."""

from __future__ import annotations

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import rendered, send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events

HEADER = ["Дата", "Время", "Мероприятие", "Классы"]


async def test_after_lessons_is_read_as_the_grades_lessons_end(
    store: SqliteStore, planner: Planner
) -> None:
    """«после уроков» in the time cell was «не понял время»: the school calendar knows when
    the grades' lessons end, so the row starts then (the latest end of its grades)."""
    await planner.handle(plan_file_world.CURATOR, "уроки у 5–9 до 14:30, у 10–11 до 15:20")
    rows = [
        HEADER,
        ["14.12", "после уроков", "Совет старшеклассников", "9-10"],
        ["15.12", "15:00", "Лекция о космосе", "9а"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "не понял время" not in card, card
    assert "Сохранить все 2" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    found = {title: start for title, start, _ in await saved(store)}
    assert found["Совет старшеклассников"] == "14.12.2026 15:20", found


async def test_after_lessons_without_the_lessons_end_is_asked_clearly(
    store: SqliteStore, planner: Planner
) -> None:
    """No lesson hours set: «после уроков» is held with a question that says why (the end of
    lessons is not known) and how to answer, never «не понял время»."""
    rows = [
        HEADER,
        ["14.12", "после уроков", "Совет старшеклассников", "9-10"],
        ["15.12", "15:00", "Лекция о космосе", "9а"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "не понял время" not in card, card
    assert "написано «после уроков», а когда у этих классов кончаются уроки, я не знаю" in card
    answer = rendered(await planner.handle(plan_file_world.CURATOR, "исправь 2: 15:30"))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert [when for _, when, _ in await saved(store)] == [
        "15.12.2026 15:00",
        "14.12.2026 15:30",
    ], answer


async def test_a_lesson_number_in_the_time_cell_is_asked_as_a_clock(
    store: SqliteStore, planner: Planner
) -> None:
    """«после 6 урока», «на 7 уроке»: the bell schedule decides, and the bot does not know
    it; the row is kept (with its day) and asked its hour, not refused «не понял время»."""
    rows = [
        HEADER,
        ["14.12", "после 6 урока", "Классный час", "8б"],
        ["15.12", "на 7 уроке", "Лекция о профессиях", "9а"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "не понял время" not in card, card
    assert card.count("время указано по урокам") == 2, card


async def test_a_day_outside_its_columns_quarter_is_held(
    store: SqliteStore, planner: Planner
) -> None:
    """A quarter grid's cell whose day is not in its column's quarter («Урок мужества 12.12»
    under «III четверть»: a slip of the day or of the column) was saved on 12 December
    silently; it is held and the row says why. A day at a quarter's edge month stays."""
    rows = [
        ["План воспитательной работы на 2026-2027 учебный год", None, None, None, None],
        ["Направление", "I четверть", "II четверть", "III четверть", "IV четверть"],
        [
            "Патриотическое",
            None,
            "Турнир по шахматам 14.12 в 15:00, 5-7 кл.",
            "Урок мужества 12.12 в 10:00, 7-9 кл.\nСмотр строя 20.02 в 12:00, 5-6 кл.",
            "Вахта памяти 30.03 в 11:00, 8-11 кл.",
        ],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:E1"]}))
    assert "не в своей колонке" in card, card
    assert card.count("не в своей колонке") == 1, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert [t for t, _, _ in await saved(store)] == [
        "Вахта памяти",
        "Смотр строя",
        "Турнир по шахматам",
    ]


async def test_a_week_of_a_month_offers_that_weeks_days(
    store: SqliteStore, planner: Planner
) -> None:
    """«2-я неделя» under «ДЕКАБРЬ» was held with the generic «напишите точный день»; the
    week is known (7–13 December, the week of the 1st being the first), so its school days
    are offered as buttons, as the chat does for «на следующей неделе»; a press dates the
    row at its own time."""
    rows = [
        ["№", "Дата", "Время", "Мероприятие", "Классы"],
        ["ДЕКАБРЬ", None, None, None, None],
        [1, "2-я неделя", "14:00", "Неделя математики", "5-11"],
        [2, "15", "10:00", "Урок мужества", "7-9"],
    ]
    replies = await plan_file_world.import_plan_file(
        planner, plan_file_world.CURATOR, "plan.xlsx", xlsx({"План": rows})
    )
    card = rendered(replies)
    assert "неделя 7–11 декабря" in card, card
    shown = [label for r in replies for label in plan_file_world.labels(r)]
    assert [label for label in shown if label.startswith("3:")] == [
        "3: пн 7.12",
        "3: вт 8.12",
        "3: ср 9.12",
        "3: чт 10.12",
        "3: пт 11.12",
    ], shown
    labels = [b.payload for r in replies for row in r.buttons for b in row]
    texts = [str(p) for p in labels]
    days = [t for t in texts if "исправь 3:" in t]
    assert len(days) == 5, texts
    assert "07.12.2026 14:00" in days[0], days
    assert "11.12.2026 14:00" in days[-1], days
    await planner.handle(plan_file_world.CURATOR, "исправь 3: 09.12.2026 14:00")
    await planner.handle(plan_file_world.CURATOR, "да")
    assert [(t, when) for t, when, _ in await saved(store)] == [
        ("Неделя математики", "09.12.2026 14:00"),
        ("Урок мужества", "15.12.2026 10:00"),
    ]


async def test_another_schools_plan_is_named_before_it_is_saved(store: SqliteStore) -> None:
    """A city's school (Гимназия №32) sent a plan whose caption names another school («МБОУ
    СОШ № 5»): the summary offered to save its events into the gymnasium's plan without a
    word. The caption's school is named above the summary, which still waits for «да»; a
    caption naming this school, or none, adds nothing."""
    planner = Planner(
        store,
        FixedClock(plan_file_world.NOW),
        PlannerConfig(
            tz=plan_file_world.TZ,
            admins=frozenset({plan_file_world.CURATOR}),
            school_name="Гимназия №32",
        ),
    )
    other = [
        ["План мероприятий МБОУ «СОШ № 5» на декабрь 2026 года", None, None, None],
        HEADER,
        ["14.12", "15:00", "Лекция о космосе", "9а"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": other}, {"План": ["A1:D1"]}))
    assert "«СОШ № 5»" in card, card
    assert "Гимназия №32" in card, card
    assert await saved(store) == []
    own = [["План мероприятий Гимназии № 32 на декабрь", None, None, None], *other[1:]]
    card = await send(planner, "own.xlsx", xlsx({"План": own}, {"План": ["A1:D1"]}))
    assert "СОШ" not in card, card
    assert "Гимназия №32" not in card, card


async def test_a_weekday_before_a_date_that_disagrees_is_asked_not_moved_a_year(
    store: SqliteStore, planner: Planner
) -> None:
    """«вт 7 дек» (7 December 2026 is a Monday): the day was moved to 7 December 2027 (a
    Tuesday) and held «7 декабря в этом учебном году уже прошло — имеется в виду 2027 год?»
    on 1 December — a false reason, and «да» saved a year later. As for «7.12 (вт)», the
    date stands and the weekday's day of that week is offered beside it."""
    rows = [
        HEADER,
        ["вт 7 дек", "15:00", "Лекция о космосе", "9а"],
        ["Пн, 14.12", "15:00", "Урок мужества", "7-9"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "уже прошло" not in card, card
    assert "2027" not in card, card
    assert "7 декабря (пн) — понедельник, а написан другой день недели" in card, card
    assert "Урок мужества — 14 декабря (пн), 15:00" in card, card
