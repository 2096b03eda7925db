"""A Russian school's annual plan as it is really laid out: the headings «№ / Содержание работы /
Сроки / Ответственные / Участники» (and «Наименование мероприятия», «Дата и время
проведения», «Срок»), a month or a period where the day should be («декабрь», «в течение
месяца» — held back, never put on the 1st), and month section rows («ДЕКАБРЬ», «Январь 2027
г.») with bare day numbers under them. Each file is built with openpyxl, sent through the
real import path (bot.plan_files.import_plan_file -> Planner) into a real SQLite store,
with a frozen clock; what is stored and what the person is told (the ru templates) are
checked (newcomer walk 2026-12-01, findings 5 and 4)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from bot.core.planner import Planner
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, NOW, TZ, planner_at, rendered, send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store


async def save(planner: Planner) -> str:
    return rendered(await planner.handle(CURATOR, "да"))


async def stored(store: SqliteStore) -> dict[str, datetime]:
    return {e.title: e.start.astimezone(TZ) for e in await store.events_between(NOW, None)}


def at(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=TZ)


# Finding 5: the annual plan's headings, exact days read, month-only cells held back

ANNUAL_ROWS = [
    [1, "Лекция о профессиях", "10.12.2026 14.00", "Иванова Т.В.", "9а"],
    [2, "Акция «Покорми птиц»", "декабрь", "Петрова Н.В.", "1-4"],
    [3, "Классный час «Мои права»", "15.12, 15.00", "Кл. руководители", "7б"],
    [4, "Олимпиада по математике", "в течение месяца", "", "9-11"],
    [5, "Конкурс чтецов", "в течение года", "", "5-6"],
    [6, "Турслёт", "2 четверть", "", "8"],
    [7, "Зимние забавы", "первая неделя декабря", "", "3"],
]


@pytest.mark.parametrize(
    "header",
    [
        ["№", "Содержание работы", "Сроки", "Ответственные", "Участники"],
        [
            "№ п/п",
            "Наименование мероприятия",
            "Дата и время проведения",
            "Ответственный",
            "Участники",
        ],
        ["№", "Мероприятие", "Срок", "Ответственные", "Участники"],
        ["№", "Содержание работы", "Сроки проведения", "Ответственные", "Участники"],
    ],
)
async def test_annual_plan_headings_are_read_and_month_only_rows_held_back(
    store: SqliteStore, header: list[str]
) -> None:
    planner = planner_at(store)
    data = xlsx(
        {"План на год": [["План работы школы на 2026/2027 учебный год"], [], header, *ANNUAL_ROWS]}
    )
    text = await send(planner, "annual_srok.xlsx", data)
    # files75: «декабрь» and «в течение года» are runs through the month / the school year
    assert "4 мероприятия готовы к сохранению" in text, text
    assert "Не нашёл" not in text, text
    ready, held = text.split("Не сохраню")
    assert "Лекция о профессиях — 10 декабря (чт), 14:00" in ready, text
    assert "Классный час «Мои права» — 15 декабря (вт), 15:00" in ready, text
    assert "Акция «Покорми птиц» — декабрь, 1–4 классы" in ready, text
    assert "Конкурс чтецов — 1 сентября — 31 мая, 5–6 классы" in ready, text
    for title in (
        "Олимпиада по математике",
        "Турслёт",
        "Зимние забавы",
    ):
        assert f"{title} — указан только" in held, text  # files74: the month or term named
    assert "1 декабря" not in text, text  # a month is never its first day
    assert "Сохранено" in await save(planner)
    events = {e.title: e for e in await store.events_between(NOW, None)}
    assert {t: e.start.astimezone(TZ) for t, e in events.items()} == {
        "Лекция о профессиях": at(date(2026, 12, 10), time(14, 0)),
        "Классный час «Мои права»": at(date(2026, 12, 15), time(15, 0)),
        "Акция «Покорми птиц»": at(date(2026, 12, 1), time()),  # all through December
        "Конкурс чтецов": at(date(2026, 9, 1), time()),  # September to May
    }
    assert events["Акция «Покорми птиц»"].all_day
    assert events["Лекция о профессиях"].audience.classes == frozenset({"9А"})
    description = events["Лекция о профессиях"].details.description or ""
    assert "Иванова Т.В." in description  # «Ответственные» kept as a note


async def test_a_month_only_row_is_fixed_by_its_number_and_then_saved(store: SqliteStore) -> None:
    planner = planner_at(store)
    header = ["№", "Содержание работы", "Сроки", "Ответственные", "Участники"]
    await send(planner, "annual.xlsx", xlsx({"План": [header, *ANNUAL_ROWS[:2]]}))
    [fixed, summary] = await planner.handle(CURATOR, "исправь 3: 16 декабря в 13:00")
    assert fixed.template == "plan_line_fixed"
    assert "только месяц" not in Renderer().render(summary.template, summary.context)
    await save(planner)
    assert (await stored(store))["Акция «Покорми птиц»"] == at(date(2026, 12, 16), time(13, 0))


async def test_a_file_of_month_only_rows_saves_them_as_runs_through_their_months(
    store: SqliteStore,
) -> None:
    """files75 (files74 held both, saving nothing): each row is a run all through its month."""
    planner = planner_at(store)
    header = ["Содержание работы", "Сроки", "Участники"]
    rows = [["Акция «Покорми птиц»", "декабрь", "1-4"], ["Зимние игры", "Январь 2027 г.", "5"]]
    text = await send(planner, "annual.xlsx", xlsx({"План": [header, *rows]}))
    assert "2 мероприятия готовы к сохранению" in text, text
    assert "Акция «Покорми птиц» — декабрь, 1–4 классы" in text, text
    assert "Зимние игры — январь 2027, 5-е классы" in text or "Зимние игры — январь" in text, text
    assert "указан только срок" not in text, text
    await save(planner)
    assert await stored(store) == {
        "Акция «Покорми птиц»": at(date(2026, 12, 1), time()),
        "Зимние игры": at(date(2027, 1, 1), time()),
    }


async def test_a_srok_column_in_a_table_without_event_titles_is_not_a_plan(
    store: SqliteStore,
) -> None:
    """Counter-case: «Сроки» beside «Этап» / «Показатель» (a work schedule, a report form)
    makes no plan: such a table is named as skipped, the plan table beside it is read, and
    a file of such tables alone gets the polite «no header» reply, nothing stored."""
    planner = planner_at(store)
    schedule = [["Этап", "Сроки", "Ответственный"], ["Сбор заявок", "до 10.12", "Иванова"]]
    plan = [["Мероприятие", "Срок", "Участники"], ["Лекция о космосе", "17.12.2026 15:00", "8"]]
    text = await send(planner, "plan.docx", docx([schedule, plan]))
    assert "таблица 1" in text or "Таблица 1" in text, text  # named as skipped
    assert "Лекция о космосе — 17 декабря (чт), 15:00" in text, text
    assert "Сбор заявок" not in text, text
    await save(planner)
    assert set(await stored(store)) == {"Лекция о космосе"}

    other = planner_at(store)
    text = await send(other, "schedule.xlsx", xlsx({"Лист1": schedule}))
    assert "Не нашёл в «schedule.xlsx» строку заголовков" in text, text
    assert "Ничего из уже сохранённого не потеряно" in text, text
    assert set(await stored(store)) == {"Лекция о космосе"}


# Finding 4: month section rows and bare day numbers under them

POLUGODIE_HEADER = [
    "Дата проведения",
    "Наименование мероприятия",
    "Участники",
    "Время начала",
    "Социальный партнёр",
]


def polugodie() -> bytes:
    rows: list[list[object]] = [
        ["УТВЕРЖДАЮ", "", "", "", "Директор ____ /Смирнова О.П./"],
        [],
        ["План совместных мероприятий на второе полугодие"],
        [],
        POLUGODIE_HEADER,
        ["ДЕКАБРЬ"],
        [9, "Урок мужества «Герои Отечества»", "8-е классы", time(13, 0), "Музей Мирового океана"],
        [date(2026, 12, 23), "Спектакль «Щелкунчик»", "1-4 классы", 0.4375, "Драмтеатр"],
        ["ЯНВАРЬ"],
        [3, "Каток с классом", "6А", time(12, 0), ""],
        ["22", "Лекция о профессии инженера", "10-11 классы", "14.00", ""],
        ["ФЕВРАЛЬ"],
        [23, "Военно-спортивная игра «Зарница»", "5-7 кл", "10.00", ""],
        [30, "Несуществующий день", "5", "10.00", ""],
        ["Март 2027 г."],  # in the date column alone, with its year
        [8, "Праздничный концерт", "все классы", "11.00", ""],
        [25, "Экскурсия в Музей янтаря", "7в", "10.00", ""],
    ]
    merged = ["A3:E3", "A6:E6", "A9:E9", "A12:E12"]
    return xlsx({"Лист1": rows}, merged={"Лист1": merged})


async def test_bare_days_take_the_month_of_the_section_row_above(store: SqliteStore) -> None:
    planner = planner_at(store)
    text = await send(planner, "plan_polugodie.xlsx", polugodie())
    assert "7 мероприятий готовы к сохранению" in text, text
    assert "не понял дату" not in text, text
    assert "строка 14: такой даты нет в календаре («30.02.2027»)" in text, text
    assert "Каток с классом — 3 января (вс), 12:00" in text, text
    assert "День защитника Отечества" in text, text  # 23.02 now reaches the holiday check
    assert "Сохранено" in await save(planner)
    assert await stored(store) == {
        "Урок мужества «Герои Отечества»": at(date(2026, 12, 9), time(13, 0)),
        "Спектакль «Щелкунчик»": at(date(2026, 12, 23), time(10, 30)),
        "Каток с классом": at(date(2027, 1, 3), time(12, 0)),
        "Лекция о профессии инженера": at(date(2027, 1, 22), time(14, 0)),
        "Военно-спортивная игра «Зарница»": at(date(2027, 2, 23), time(10, 0)),
        "Праздничный концерт": at(date(2027, 3, 8), time(11, 0)),
        "Экскурсия в Музей янтаря": at(date(2027, 3, 25), time(10, 0)),
    }


async def test_sections_of_a_plan_sent_in_summer_belong_to_the_coming_school_year(
    store: SqliteStore,
) -> None:
    june = datetime(2026, 6, 20, 10, 0, tzinfo=TZ)
    planner = planner_at(store, june)
    rows = [
        ["Дата", "Мероприятие", "Время", "Классы"],
        ["Сентябрь"],
        [1, "Линейка", "9.00", "1-11"],
        ["Январь"],
        [15, "Лыжня", "11.00", "5"],
    ]
    text = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "2 мероприятия готовы к сохранению" in text, text
    await save(planner)
    found = {e.title: e.start.astimezone(TZ) for e in await store.events_between(june, None)}
    assert found == {
        "Линейка": at(date(2026, 9, 1), time(9, 0)),
        "Лыжня": at(date(2027, 1, 15), time(11, 0)),
    }


async def test_a_bare_day_without_a_month_section_above_is_still_refused(
    store: SqliteStore,
) -> None:
    """Counter-cases: no section above; a merged heading that is no month («Декабрь — месяц
    здоровья»); a month-only row that is an event of its own (since files75 a run through its
    month; it gives no month to the bare day below it)."""
    planner = planner_at(store)
    rows = [
        POLUGODIE_HEADER,
        [9, "Урок без месяца", "8", "13.00", ""],
        ["Декабрь — месяц здоровья"],
        [10, "Зарядка", "5", "9.00", ""],
        ["декабрь", "Акция «Покорми птиц»", "1-4", "", ""],
        [11, "Лекция", "6", "14.00", ""],
        ["15.12.2026", "Настоящее мероприятие", "7", "15.00", ""],
    ]
    data = xlsx({"Лист1": rows}, merged={"Лист1": ["A3:E3"]})
    text = await send(planner, "plan.xlsx", data)
    assert "строка 2: не понял дату («9»)" in text, text
    assert "строка 4: не понял дату («10»)" in text, text
    assert "строка 6: не понял дату («11»)" in text, text
    assert "Акция «Покорми птиц» — декабрь" in text, text  # files75: a run through December
    assert "2 мероприятия готовы к сохранению" in text, text
    await save(planner)
    assert await stored(store) == {
        "Настоящее мероприятие": at(date(2026, 12, 15), time(15, 0)),
        "Акция «Покорми птиц»": at(date(2026, 12, 1), time()),
    }
