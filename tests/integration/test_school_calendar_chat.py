"""The school calendar through the planner: set in chat, then felt by every check."""

from __future__ import annotations

import asyncio
import io
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from bot.__main__ import main
from bot.core.digest import DigestDue, digest_reply
from bot.core.models import Audience, EventDraft, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.core.school_calendar import SchoolCalendar, calendar_from_json
from bot.core.school_settings import SCHOOL_CALENDAR_KEY, load_school_calendar
from bot.exports.files import ExportFormat
from bot.exports.importer import ImportedRow
from bot.plan_files import export_plan
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.integration.test_console import run_console

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, PARTNER, STUDENT = 100, 200, 400
NINE = Audience(grades=frozenset({9}))


def wall(text: str) -> datetime:
    """A naive school wall-clock time, as drafts hold it."""
    return datetime.fromisoformat(text)


@dataclass
class World:
    store: SqliteStore
    planner: Planner
    renderer: Renderer

    async def say(self, vk_id: int, text: str) -> list[Reply]:
        return await self.planner.handle(vk_id, text)

    async def text(self, vk_id: int, message: str) -> str:
        replies = await self.say(vk_id, message)
        return "\n".join(self.renderer.render(r.template, r.context) for r in replies)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=TZ))  # Monday
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    await planner.identify(CURATOR, "Завуч")
    yield World(store, planner, Renderer())
    await store.close()


async def test_curator_sets_the_vacation_and_the_card_warns(world: World) -> None:
    before = await world.text(PARTNER, "Экскурсия в музей 29 декабря в 11:00, 9 классы")
    assert "каникулы" not in before  # the default winter starts on 31 December
    assert "уроки у 9-х классов, обычно до 14:25 (школа ещё не указала время уроков)" in before
    await world.say(PARTNER, "нет")
    confirmed = await world.text(CURATOR, "Каникулы с 29 декабря по 11 января")
    assert "Записал ✅ зимние каникулы: 29 декабря — 11 января (14 дней)" in confirmed
    [card] = await world.say(PARTNER, "Экскурсия в музей 29 декабря в 11:00, 9 классы")
    assert card.template == "event_card"
    assert [w["kind"] for w in card.context["calendar"]] == ["vacation"]
    text = world.renderer.render(card.template, card.context)
    assert "Учебный календарь:\n📅 29 декабря (вт): зимние каникулы" in text
    # a calendar warning is not a clash between events, but the holiday meeting is named as a
    # problem instead of a plain «Накладок нет ✅» (newcomer walk 2026-12-02m, finding 12)
    assert "Накладок с другими мероприятиями нет, но 29 декабря приходится" in text
    answer = await world.text(STUDENT, "когда каникулы?")
    assert "Ближайшие зимние каникулы: 29 декабря — 11 января (14 дней)" in answer
    assert "стандартному графику" not in answer


async def test_free_time_after_a_vacation_card_is_never_a_lesson_morning(world: World) -> None:
    """Newcomer walk 2026-12-01, finding 9: before the school gives its lesson hours the
    proposals for a 5th-grade class avoid the usual lessons (till 13:30), and a school-day
    morning event is flagged as probably in lessons."""
    await world.say(CURATOR, "Каникулы с 29 декабря по 11 января")
    await world.say(CURATOR, "да")
    text = await world.text(PARTNER, "экскурсия по музею янтаря 29 декабря в 11 для 5б")
    assert "29 декабря (вт): зимние каникулы" in text
    slot_lines = [line for line in text.splitlines() if line.startswith("• ")]
    assert slot_lines, text
    for line in slot_lines:  # «• 12 января (вт), 13:30–14:30»
        weekday, clock = line.split("(")[1][:2], line.split(", ")[-1][:5]
        assert weekday in {"сб", "вс"} or clock >= "13:30", text
    await world.say(PARTNER, "нет")
    morning = await world.text(PARTNER, "экскурсия 14 декабря с 10 до 12, 8б")
    assert "14 декабря (пн): уроки у 8-х классов, обычно до 14:25" in morning


async def test_what_is_on_during_the_vacation_uses_the_school_s_dates(world: World) -> None:
    await world.say(PARTNER, "Квест в музее 11 января в 12:00, 9 классы")
    await world.say(PARTNER, "да")
    [default] = await world.say(STUDENT, "что на каникулах?")
    assert default.template == "no_events"  # the default winter ends on Sunday 10 January
    assert (default.context["start"], default.context["end"]) == (
        date(2026, 12, 31),
        date(2027, 1, 10),
    )
    await world.say(CURATOR, "каникулы с 29 декабря по 11 января")
    listed = await world.text(STUDENT, "что на зимних каникулах?")
    assert "Квест" in listed  # the title; «в музее» is its venue
    # the school's own dates; the coming holidays are named by their season, which needs no
    # years (chat80, newcomer78 W6: was «29 декабря 2026 — 11 января 2027»)
    assert "Зимние каникулы: 29 декабря — 11 января" in listed


async def test_only_a_curator_changes_the_calendar(world: World) -> None:
    [reply] = await world.say(PARTNER, "каникулы с 29 декабря по 11 января")
    assert reply.template == "school_year_not_allowed"
    [reply] = await world.say(STUDENT, "по субботам не учимся")
    assert reply.template == "school_year_not_allowed"
    assert await world.store.get_setting(SCHOOL_CALENDAR_KEY) is None
    default = await world.text(STUDENT, "каникулы")
    assert "31 декабря — 10 января" in default
    assert "стандартному графику" in default


async def test_lessons_are_flagged_and_free_slots_avoid_them(world: World) -> None:
    await world.say(CURATOR, "уроки у 5–9 до 14:30, у 10–11 до 15:20")
    await world.say(CURATOR, "по субботам не учимся")
    calendar = await load_school_calendar(world.store)
    assert calendar.lessons_end(10, 1) == time(15, 20)
    assert 5 in calendar.no_lessons
    [card] = await world.say(PARTNER, "Лекция о космосе 15 декабря в 11:00, 10А")
    [warning] = card.context["calendar"]
    assert (warning["kind"], warning["grades"], warning["lessons_end"]) == (
        "lessons",
        [10],
        time(15, 20),
    )
    text = world.renderer.render(card.template, card.context)
    assert "уроки у 10-х классов до 15:20" in text
    assert card.context["slots"], "free times are proposed"
    for slot in card.context["slots"]:
        local = slot["start"].astimezone(TZ)
        assert local.time() >= time(15, 20) or local.weekday() == 5
    after = await world.say(PARTNER, "Лекция о космосе 15 декабря в 15:30, 10А")
    assert after[0].context["calendar"] == []
    overview = await world.text(CURATOR, "учебный календарь")
    assert "10–11 кл. — до 15:20" in overview
    assert "По субботам уроков нет." in overview


async def test_days_off_in_plans_moves_overview_digest_and_export(world: World) -> None:
    [summary] = await world.say(
        PARTNER,
        "Лекция 1 января в 12:00, 9 классы\nЭкскурсия 23 февраля в 10:00, 8 классы\n"
        "Мастер-класс 15 декабря в 16:00, 9 классы",
    )
    flagged = [[w["reason"] for w in item["calendar"]] for item in summary.context["items"]]
    assert flagged == [["Новогодние каникулы", "winter"], ["День защитника Отечества"], []]
    text = world.renderer.render(summary.template, summary.context)
    assert "нерабочий день — День защитника Отечества" in text
    await world.say(PARTNER, "да")
    await world.say(PARTNER, "мои мероприятия")  # 1: Мастер-класс, 2: Лекция, 3: Экскурсия
    [card, *_] = await world.say(PARTNER, "перенеси 1 на 31 декабря")
    assert card.template == "change_card", card.template  # a move waits for «да» (issue 11)
    assert [w["kind"] for w in card.context["calendar"]] == ["day_off", "vacation"]
    [moved, *_] = await world.say(PARTNER, "да")
    assert moved.template == "moved", moved.template
    assert [w["kind"] for w in moved.context["calendar"]] == ["day_off", "vacation"]
    overview = await world.text(CURATOR, "накладки")
    assert "📅 Учебный календарь (2)" in overview  # 23 February is beyond the 60 days
    curator = await world.store.get_person_by_vk(CURATOR)
    assert curator is not None
    digest = await digest_reply(world.store, DigestDue("k", curator, date(2026, 12, 28)), TZ)
    text = world.renderer.render(digest.template, digest.context)
    assert "📅 Учебный календарь (2)" in text
    assert "31 декабря (чт): выходной день (перенесён с 4 января)" in text
    assert "1 января (пт): нерабочий день — Новогодние каникулы" in text
    export = await export_plan(
        world.store,
        TZ,
        ExportFormat.XLSX,
        date(2026, 12, 1),
        date(2027, 2, 28),
        now=datetime(2026, 11, 23, 10, 0, tzinfo=TZ),
        school_name="Школа",
    )
    sheet = openpyxl.load_workbook(io.BytesIO(export.data)).worksheets[0]
    header = [c.value for c in sheet[1]]
    column = header.index("Учебный календарь")
    notes = {row[3]: row[column] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert notes["Экскурсия"] == "23.02: нерабочий день — День защитника Отечества"
    assert notes["Мастер-класс"] == (
        "31.12: выходной день (перенесён с 4 января)\n31.12: зимние каникулы"
    )


async def test_an_imported_file_names_its_rows_in_a_vacation(world: World) -> None:
    await world.say(CURATOR, "уроки у 9 до 14:30")
    rows = [
        ImportedRow(2, EventDraft("Лекция", wall("2026-12-15T16:00"), audience=NINE)),
        ImportedRow(3, EventDraft("Квест", wall("2027-01-05T12:00"), audience=NINE)),
        ImportedRow(4, EventDraft("Семинар", wall("2026-12-16T10:00"), audience=NINE)),
    ]
    [summary] = await world.planner.handle_import(CURATOR, "plan.xlsx", rows)
    assert summary.template == "import_summary"
    text = world.renderer.render(summary.template, summary.context)
    assert "Учебный календарь (2):" in text
    assert "Строка 3. Квест:\n📅 5 января (вт): нерабочий день — Новогодние каникулы" in text
    assert "Строка 4. Семинар:\n📅 16 декабря (ср): уроки у 9-х классов до 14:30" in text
    assert "Строка 2" not in text


async def test_until_the_end_of_the_quarter_follows_the_school(world: World) -> None:
    weekly = "Кружок каждый вторник в 15:00 до конца четверти, 9 классы"
    [card] = await world.say(PARTNER, weekly)
    assert card.context["recurrence"].until == date(2026, 12, 30)
    assert card.context["occurrences"] == 6  # 24.11 … 29.12
    await world.say(PARTNER, "нет")
    await world.say(CURATOR, "2 четверть до 19 декабря")
    [card] = await world.say(PARTNER, weekly)
    assert card.context["recurrence"].until == date(2026, 12, 19)
    assert card.context["occurrences"] == 4  # 24.11, 1.12, 8.12, 15.12
    answer = await world.text(STUDENT, "когда конец четверти?")
    assert "заканчивается 19 декабря (сб)" in answer


async def test_a_pasted_school_year_is_applied_at_once(world: World) -> None:
    text = await world.text(
        CURATOR,
        "1 четверть с 1 сентября по 23 октября\n"
        "каникулы с 26 декабря по 10 января\n"
        "уроки у 10-11 до 15:20\n"
        "по субботам не учимся",
    )
    assert "1 четверть: 1 сентября — 23 октября" in text
    assert "зимние каникулы: 26 декабря — 10 января (16 дней)" in text
    assert "уроки с 08:00: у 10–11 кл. до 15:20" in text
    assert "По субботам уроков нет" in text
    calendar = await load_school_calendar(world.store)
    year = calendar.year_of(date(2026, 12, 1))
    assert year.terms[1].end == date(2026, 12, 25)
    assert calendar.lessons_end(11, 2) == time(15, 20)
    assert calendar.lessons_end(11, 5) is None
    [student] = await world.say(
        STUDENT, "1 четверть с 1 сентября по 23 октября\nпо субботам не учимся"
    )
    assert student.template == "school_year_not_allowed"


async def test_an_unreadable_setting_falls_back_to_the_default(world: World) -> None:
    await world.store.set_setting(SCHOOL_CALENDAR_KEY, "{not json")
    answer = await world.text(STUDENT, "когда каникулы?")
    assert "31 декабря — 10 января" in answer
    [card] = await world.say(PARTNER, "Лекция 4 ноября 2027 в 12:00, 9 классы")
    assert card.template == "event_card"
    assert [w["reason"] for w in card.context["calendar"]] == ["День народного единства"]
    [asked] = await world.say(CURATOR, "сбрось учебный календарь")
    assert asked.template == "school_year_reset_question"
    [reset] = await world.say(CURATOR, "да")
    assert reset.template == "school_year_set"
    raw = await world.store.get_setting(SCHOOL_CALENDAR_KEY)
    assert raw is not None
    assert calendar_from_json(json.loads(raw)) == SchoolCalendar()


def test_console_curator_sets_the_vacation_and_a_partner_is_warned(tmp_path: Path) -> None:
    """The real `python -m bot console` process: the setting is stored and read back by the
    next session, the card warns, and «когда каникулы?» answers from the school's dates."""
    db = tmp_path / "console.db"
    now = "2026-11-23T10:00"
    curator = run_console(db, "curator", "каникулы с 29 декабря по 11 января", now=now)
    assert "зимние каникулы: 29 декабря — 11 января (14 дней)" in curator
    partner = run_console(
        db, "partner", "Экскурсия 5 января в 11:00, 9 классы", "когда каникулы?", now=now
    )
    assert "📅 5 января (вт): нерабочий день — Новогодние каникулы" in partner
    assert "Ближайшие зимние каникулы: 29 декабря — 11 января (14 дней)" in partner
    later = run_console(db, "partner", "Экскурсия 11 января в 11:00, 9 классы", now=now)
    assert "📅 11 января (пн): зимние каникулы" in later


def test_cli_sets_the_school_year_from_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m bot school-year FILE`: all lines or nothing; then the year is printed."""
    db = tmp_path / "plan.db"
    monkeypatch.setenv("BOT_DB", str(db))
    monkeypatch.setenv("BOT_TZ", "Europe/Kaliningrad")
    bad = tmp_path / "bad.txt"
    bad.write_text("каникулы с 29 декабря по 11 января\nканикулы зимой\n", encoding="utf-8")
    assert main(["school-year", str(bad)]) == 1
    assert "• каникулы зимой" in capsys.readouterr().out
    assert asyncio.run(_stored(db)) == SchoolCalendar()
    good = tmp_path / "year.txt"
    good.write_text(
        "Календарный учебный график:\n# зима\nканикулы с 29 декабря по 11 января\n\n"
        "уроки у 10–11 до 15:20\nпо субботам не учимся\n",
        encoding="utf-8",
    )
    assert main(["school-year", str(good)]) == 0
    out = capsys.readouterr().out
    assert "зимние каникулы: 29 декабря — 11 января (14 дней)" in out
    assert "Учебный год 20" in out  # with its years: «Учебный год 2026/27:»
    stored = asyncio.run(_stored(db))
    [winter] = stored.vacations
    assert (winter.start.month, winter.start.day, (winter.end - winter.start).days) == (12, 29, 13)
    assert stored.lessons_end(10, 0) == time(15, 20)
    assert 5 in stored.no_lessons
    assert main(["school-year", str(tmp_path / "missing.txt")]) == 2
    assert main(["school-year", "--reset"]) == 0
    assert asyncio.run(_stored(db)) == SchoolCalendar()


async def _stored(db: Path) -> SchoolCalendar:
    store = await open_store(db, TZ)
    try:
        return await load_school_calendar(store)
    finally:
        await store.close()


async def test_the_reset_asks_first_and_names_what_is_lost(world: World) -> None:
    """Newcomer walk 2026-12-01e, #21: «сбрось учебный календарь» wiped the school's own
    quarters and vacations at once. Now a confirmation names them; «нет» or any other
    message keeps them, only «да» resets."""
    await world.say(CURATOR, "каникулы с 28 декабря по 10 января\n2 четверть до 25 декабря")
    before = await world.store.get_setting(SCHOOL_CALENDAR_KEY)
    [asked] = await world.say(CURATOR, "сбрось учебный календарь")
    assert asked.template == "school_year_reset_question"
    text = world.renderer.render(asked.template, asked.context)
    assert "28 декабря — 10 января" in text
    assert "2 четверть" in text
    assert await world.store.get_setting(SCHOOL_CALENDAR_KEY) == before
    [kept] = await world.say(CURATOR, "нет")
    assert kept.template == "school_year_reset_kept"
    assert await world.store.get_setting(SCHOOL_CALENDAR_KEY) == before
    await world.say(CURATOR, "сбрось учебный календарь")
    other = await world.say(CURATOR, "что на следующей неделе?")
    assert "school_year_reset_kept" in [r.template for r in other]
    [nothing] = await world.say(CURATOR, "да")
    assert nothing.template != "school_year_set"
    assert await world.store.get_setting(SCHOOL_CALENDAR_KEY) == before
    await world.say(CURATOR, "сбрось учебный календарь")
    [reset] = await world.say(CURATOR, "да")
    assert reset.template == "school_year_set"
    assert (await load_school_calendar(world.store)).is_default


def _lost_lines(text: str) -> list[str]:
    """The «• …» lines of a reset question (what it says would be removed)."""
    return [line.removeprefix("• ") for line in text.split("\n") if line.startswith("• ")]


async def test_the_reset_names_only_what_the_calendar_shows(world: World) -> None:
    """Newcomer walk 2026-12-01g, #10: the reset card listed «учебные дни недели» and «время
    уроков» — the first never shown by «учебный календарь», the second without its hours.
    Every line the card says it removes is now a line «учебный календарь» shows."""
    await world.say(CURATOR, "учимся по субботам\nуроки у 5–9 до 14:30, у 10–11 до 15:20")
    shown = await world.text(STUDENT, "учебный календарь")
    assert "По субботам уроки есть" in shown, shown
    [asked] = await world.say(CURATOR, "сбрось учебный календарь")
    card = world.renderer.render(asked.template, asked.context)
    lost = _lost_lines(card)
    assert lost, card
    assert "учебные дни недели" not in card, card
    assert "время уроков" not in card, card
    for line in lost:  # each fact of each line: «уроки с 08:00: 5–9 кл. — до 14:30, …»
        for fact in re.split(r": |, ", line):
            assert fact.casefold() in shown.casefold(), (fact, shown)
    assert any("14:30" in line for line in lost), card
    assert any("субботам" in line for line in lost), card


async def test_undo_right_after_the_reset_brings_the_calendar_back(world: World) -> None:
    """Newcomer walk 2026-12-01g, #10: «верни» after a reset said «Нечего возвращать»."""
    await world.say(CURATOR, "каникулы с 28 декабря по 10 января\nучимся по субботам")
    before = await world.store.get_setting(SCHOOL_CALENDAR_KEY)
    await world.say(CURATOR, "сбрось учебный календарь")
    [reset] = await world.say(CURATOR, "да")
    assert "верни" in world.renderer.render(reset.template, reset.context)
    assert (await load_school_calendar(world.store)).is_default
    [undone] = await world.say(CURATOR, "верни")
    assert undone.template == "school_year_reset_undone", undone.template
    assert "28 декабря — 10 января" in world.renderer.render(undone.template, undone.context)
    assert await world.store.get_setting(SCHOOL_CALENDAR_KEY) == before
    [again] = await world.say(CURATOR, "верни")  # once: nothing more to undo
    assert again.template == "undo_nothing"


async def test_undo_after_a_later_calendar_change_says_it_cannot(world: World) -> None:
    """A calendar changed after the reset is never overwritten by «верни»: it says so."""
    await world.say(CURATOR, "каникулы с 28 декабря по 10 января")
    await world.say(CURATOR, "сбрось учебный календарь")
    await world.say(CURATOR, "да")
    await world.say(CURATOR, "4 четверть до 26 мая")
    after = await world.store.get_setting(SCHOOL_CALENDAR_KEY)
    [refused] = await world.say(CURATOR, "верни")
    assert refused.template == "school_year_reset_not_undone", refused.template
    assert "уже меняли" in world.renderer.render(refused.template, refused.context)
    assert await world.store.get_setting(SCHOOL_CALENDAR_KEY) == after


async def test_undo_long_after_the_reset_says_it_is_too_late(world: World) -> None:
    """Too late, the refusal repeats the school's own vacations the reset removed, to type
    again (newcomer walk 2026-12-01i, #4: it offered generic example dates)."""
    await world.say(CURATOR, "каникулы с 28 декабря по 10 января")
    await world.say(CURATOR, "сбрось учебный календарь")
    await world.say(CURATOR, "да")
    clock = world.planner.clock
    assert isinstance(clock, FixedClock)
    clock.set(datetime(2026, 11, 23, 11, 0, tzinfo=TZ))  # an hour later
    [refused] = await world.say(CURATOR, "верни")
    assert refused.template == "school_year_reset_not_undone", refused.template
    text = world.renderer.render(refused.template, refused.context)
    assert "15 минут" in text, text
    assert "28 декабря — 10 января" in text, text
    assert (await load_school_calendar(world.store)).is_default


async def test_a_reset_can_be_undone_after_undoing_a_later_move(world: World) -> None:
    """Newcomer walk 2026-12-01i, #4: reset the calendar, move an event, «верни» (the move),
    «верни» again said «Нечего возвращать» and the school's own vacations were gone. A later
    change is undone first, then the reset, each within its window."""
    await world.say(CURATOR, "каникулы с 28 декабря по 10 января")
    before = await world.store.get_setting(SCHOOL_CALENDAR_KEY)
    await world.say(CURATOR, "сбрось учебный календарь")
    await world.say(CURATOR, "да")
    await world.say(CURATOR, "Собрание 9 классов 10 декабря в 15:00, актовый зал")
    [saved, *_] = await world.say(CURATOR, "да")
    assert saved.template == "saved", saved.template
    [card] = await world.say(CURATOR, "перенеси собрание на 16:00")
    assert card.template == "change_card", card.template
    await world.say(CURATOR, "да")
    [undone_move, *_] = await world.say(CURATOR, "верни")
    assert undone_move.template == "undone", undone_move.template
    [undone_reset] = await world.say(CURATOR, "верни")
    assert undone_reset.template == "school_year_reset_undone", undone_reset.template
    assert await world.store.get_setting(SCHOOL_CALENDAR_KEY) == before
    [again] = await world.say(CURATOR, "верни")
    assert again.template == "undo_nothing"
