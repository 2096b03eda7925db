"""A day written without a year, sent between January and August, whose day of this school
year has passed («15.10», «20 ноября» in February, «28.12» in January, «31 декабря» on
1 January) is next year's — the next school year's — and is asked about, as «4 ноября» is in
December: a plan file's or a pasted plan's row is listed with «…имеется в виду 2027 год?» (the
summary's «да» saves it in that year: newcomer walk 2026-12-01i, #2), the
chat asks before the card, and «Сохранено» shows a year that is not this calendar year (newcomer
walk 2026-12-01h, findings 1, 2, 6). Real planner, real SQLite store, real xlsx file, real
templates, frozen clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import import_plan_file, pasted_table_rows
from bot.render import Renderer
from bot.storage.sqlite_store import open_store
from tests.chat_world import open_world
from tests.plan_makers import xlsx

CURATOR = 1
STUDENT = 301
TZ = ZoneInfo("Europe/Kaliningrad")
FEBRUARY = datetime(2027, 2, 1, 10, 0, tzinfo=TZ)
AFTER_HOLIDAYS = datetime(2027, 1, 11, 10, 0, tzinfo=TZ)
HEADER = ["Дата", "Время", "Мероприятие", "Классы"]
ROWS = [
    ["15.10", "15:00", "Осенний квест", "5-9"],
    ["20 ноября", "15:00", "Лекция о профессиях", "9"],
    ["10.02", "15:00", "Мастер-класс", "8"],
    ["12.11.2027", "11:00", "Олимпиада следующего года", "10"],
]


async def test_a_february_plan_file_asks_about_last_autumns_days(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        config = PlannerConfig(tz=TZ, admins=frozenset({CURATOR}))
        planner = Planner(store, FixedClock(FEBRUARY), config)
        [summary] = await import_plan_file(
            planner, CURATOR, "plan.xlsx", xlsx({"План": [HEADER, *ROWS]})
        )
        text = Renderer().render(summary.template, summary.context)
        ready, held = text.split("Год не указан")
        assert "Осенний квест" in held, text
        assert "Лекция о профессиях" in held, text
        assert held.count("имеется в виду 2027 год?") == 2, text
        assert "Мастер-класс — 10 февраля (ср)" in ready, text  # this school year: no year
        # its year was written, in the next school year: saved, with the year shown
        assert "Олимпиада следующего года — 12 ноября 2027 года (пт)" in ready, text
        [saved, *_] = await planner.handle(CURATOR, "да")
        assert saved.template == "saved", saved.template
        stored = {e.title for e in await store.events_between(FEBRUARY, None)}
        assert stored == {title for _, _, title, _ in ROWS}, stored
    finally:
        await store.close()


async def test_a_december_row_sent_in_january_is_asked_in_a_pasted_plan(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        config = PlannerConfig(tz=TZ, admins=frozenset({CURATOR}))
        planner = Planner(
            store, FixedClock(AFTER_HOLIDAYS), config, pasted_tables=pasted_table_rows
        )
        [summary] = await planner.handle(
            CURATOR,
            "Новогодний концерт 28.12 в 15:00, 5-9 классы, актовый зал\n"
            "Лекция о космосе 14.01 в 15:00, 9 классы",
        )
        text = Renderer().render(summary.template, summary.context)
        held = text.split("Год не указан")[1]
        assert "Новогодний концерт" in held, text
        assert "имеется в виду 2027 год?" in held, text
        assert "Лекция о космосе" not in held, text
    finally:
        await store.close()


async def test_new_years_eve_typed_on_new_years_day_is_asked_with_its_year(
    tmp_path: Path,
) -> None:
    now = datetime(2027, 1, 1, 1, 0, tzinfo=TZ)
    world = await open_world(tmp_path / "plan.db", now, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        [ask] = await world.say("Лекция 31 декабря в 15:00, 9 классы")
        assert ask.template == "ask_date", world.text(ask)
        assert "имеется в виду 31 декабря 2027 года (пт)?" in world.text(ask)
    finally:
        await world.store.close()


async def test_saved_shows_a_year_that_is_not_this_calendar_year(tmp_path: Path) -> None:
    world = await open_world(tmp_path / "plan.db", FEBRUARY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        [ask] = await world.say("Лекция о профессиях 20 ноября в 15:00, 9 классы")
        assert "имеется в виду 20 ноября 2027 года (сб)?" in world.text(ask), world.text(ask)
        [card] = await world.say("да")
        assert "20 ноября 2027 года (сб), 15:00" in world.text(card), world.text(card)
        [saved, *_] = await world.say("да")
        assert "«Лекция о профессиях», 20 ноября 2027 года (сб), 15:00" in world.text(saved)
        await world.say("Лекция о космосе 10 февраля в 15:00, 9 классы")
        [saved, *_] = await world.say("да")
        assert "«Лекция о космосе», 10 февраля (ср), 15:00." in world.text(saved)
    finally:
        await world.store.close()


async def test_saved_in_december_shows_the_coming_januarys_year(tmp_path: Path) -> None:
    december = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
    world = await open_world(tmp_path / "plan.db", december, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        [card] = await world.say("Лекция 15 января в 15:00, 9 классы")
        # the card names the year «Сохранено» will name (walk 2026-12-01i, #10)
        assert "15 января 2027 года (пт), 15:00" in world.text(card), world.text(card)
        [saved, *_] = await world.say("да")
        assert "«Лекция», 15 января 2027 года (пт), 15:00." in world.text(saved)
        [mine] = await world.say("мои мероприятия")
        assert "15 января 2027 года (пт)" in world.text(mine), world.text(mine)
    finally:
        await world.store.close()


async def test_a_students_list_in_december_names_januarys_year(tmp_path: Path) -> None:
    """«мои мероприятия» of a student: the January sign-up has its year, December's none."""
    december = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
    world = await open_world(tmp_path / "plan.db", december, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        for text in ("Лекция 15 января в 15:00, 9 классы", "Концерт 20 декабря в 12:00, 9 классы"):
            await world.say(text)
            await world.say("да")
        student = replace(world, vk_id=STUDENT)
        for event in await world.store.events_between(december, december.replace(year=2027)):
            await student.press({"a": "signup", "id": event.id})
        [mine] = await student.say("мои мероприятия")
        text = student.text(mine)
        assert "Концерт — 20 декабря (вс), 12:00" in text, text
        assert "Лекция — 15 января 2027 года (пт), 15:00" in text, text
    finally:
        await world.store.close()
