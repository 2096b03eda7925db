"""Issue 11 point 6 (except cancelled rows): exports tell the truth — years in the header when
the period crosses New Year or is not this school year, «10-е классы» for a whole grade, an
empty period said in words instead of an empty file (chat, console and CLI), long words
wrapped inside their day column, the class or partner in the file name."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bot.__main__ import main
from bot.core.features.files import show_years
from bot.core.models import Audience, Event, NewEvent, Organisation, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.exports.files import ExportFormat, export_file
from bot.exports.model import build_rows
from bot.exports.names import scoped_filename
from bot.exports.pdf import week_to_html, week_to_pdf
from bot.plan_files import document_maker
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
ROOT = Path(__file__).resolve().parents[2]
PARTNER, STUDENT = 200, 400
LONG_WORD = "Электроэнцефалографическихисследованийпрофориентационных"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def event(title: str, start: str, end: str, audience: Audience, event_id: int = 1) -> Event:
    return Event(
        id=event_id, title=title, organisation_id=1, start=at(start), end=at(end), audience=audience
    )


ORGS = {1: Organisation(1, "КГТУ", OrgKind.PARTNER)}


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(store, FixedClock(at("2026-11-23T10:00")), PlannerConfig(tz=TZ))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    await store.add_events(
        [
            NewEvent(
                "Лекция",
                kgtu.id,
                at("2026-12-15T15:00"),
                at("2026-12-15T16:00"),
                audience=Audience(grades=frozenset({10})),
            )
        ],
        None,
    )
    yield store, planner
    await store.close()


def test_years_are_shown_across_new_year_or_outside_this_school_year() -> None:
    today = date(2026, 11, 23)
    assert not show_years(date(2026, 12, 1), date(2026, 12, 31), today)
    assert show_years(date(2026, 12, 28), date(2027, 1, 3), today)  # crosses New Year
    assert show_years(date(2027, 9, 1), date(2027, 9, 30), today)  # next school year
    assert show_years(date(2026, 5, 1), date(2026, 5, 31), today)  # last school year
    assert not show_years(date(2027, 3, 1), None, today)


async def test_chat_export_header_has_years_when_needed(env: tuple) -> None:
    _, planner = env
    [whole_year] = await planner.handle(PARTNER, "выгрузка")
    assert whole_year.template == "export_ready"
    text = Renderer().render(whole_year.template, whole_year.context)
    assert "2026 — " in text
    assert "2027" in text
    [december] = await planner.handle(PARTNER, "план на декабрь в excel")
    assert "2026" not in Renderer().render(december.template, december.context)


async def test_empty_period_is_said_not_sent(env: tuple) -> None:
    _, planner = env
    [empty] = await planner.handle(PARTNER, "план на февраль в excel")
    assert empty.template == "export_empty"
    assert empty.document is None
    text = Renderer().render(empty.template, empty.context)
    assert "нет мероприятий" in text
    assert "пустой файл не отправляю" in text
    [week] = await planner.handle(PARTNER, "план на неделю в pdf")  # the week of 23 November
    assert week.template == "export_empty"
    [full] = await planner.handle(PARTNER, "план на декабрь в excel")
    assert full.document is not None
    # a student of another class: the only event is for the 10th grade
    await planner.handle(STUDENT, "я из 9Б")
    [other_class] = await planner.handle(STUDENT, "план на декабрь в excel")
    assert other_class.template == "export_empty"


async def test_file_names_name_the_partner_or_class(env: tuple) -> None:
    store, planner = env
    make = document_maker(store, TZ, planner.clock, "Школа")
    [reply] = await planner.handle(PARTNER, "план КГТУ на декабрь в excel")
    assert reply.document is not None
    assert (await make(reply.document)).filename == "plan-kgtu-2026-12-01--2026-12-31.xlsx"
    await planner.handle(STUDENT, "я из 10А")
    [own] = await planner.handle(STUDENT, "план на декабрь в excel")
    assert own.document is not None
    assert (await make(own.document)).filename == "plan-10a-2026-12-01--2026-12-31.xlsx"
    assert scoped_filename(ExportFormat.PDF, date(2026, 12, 7), None, "Музей янтаря") == (
        "week-muzey-yantarya-2026-12-07.pdf"
    )


def test_whole_grade_reads_as_in_the_chat() -> None:
    rows = build_rows(
        [event("Лекция", "2026-12-15T15:00", "2026-12-15T16:00", Audience(grades=frozenset({10})))],
        ORGS,
    )
    file = export_file(
        ExportFormat.XLSX, rows, TZ, first_day=date(2026, 12, 1), last_day=date(2026, 12, 31),
        generated_at=datetime(2026, 11, 23, tzinfo=UTC), school_name="Школа",
    )  # fmt: skip
    sheet = load_workbook(io.BytesIO(file.data)).worksheets[0]
    assert sheet.cell(row=2, column=6).value == "10-е классы"
    assert "10-е классы" in week_to_html(rows, date(2026, 12, 14), TZ, "Школа")


def test_week_across_new_year_has_both_years() -> None:
    html = week_to_html([], date(2026, 12, 28), TZ, "Школа")
    assert "28 декабря 2026 — 3 января 2027" in html


def test_a_long_word_wraps_inside_its_day_column() -> None:
    rows = build_rows([event(LONG_WORD, "2026-12-07T15:00", "2026-12-07T16:00", Audience())], ORGS)
    pdf = week_to_pdf(rows, date(2026, 12, 7), TZ, "Школа")
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: object) -> None:
        if text.strip():
            runs.append((text.strip(), tm[4], tm[5]))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    monday_x = next(x for text, x, _ in runs if text == "Понедельник")
    tuesday_x = next(x for text, x, _ in runs if text == "Вторник")
    pieces = [(text, x, y) for text, x, y in runs if text and text in LONG_WORD]
    assert "".join(text for text, _, _ in pieces) == LONG_WORD
    assert len({y for _, _, y in pieces}) >= 2, "the word is split over lines"
    assert all(monday_x <= x < tuesday_x for _, x, _ in pieces)


@pytest.fixture
async def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "plan.db"
    monkeypatch.setenv("BOT_DB", str(path))
    monkeypatch.setenv("BOT_TZ", "Europe/Kaliningrad")
    monkeypatch.chdir(tmp_path)
    store = await open_store(path, TZ)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.add_events(
        [NewEvent("Лекция", kgtu.id, at("2099-12-15T15:00"), at("2099-12-15T16:00"))], None
    )
    await store.close()
    return path


def test_cli_empty_period_writes_no_file(
    cli_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", "xlsx", "--from", "2099-02-01", "--to", "2099-02-28", "-o", "e.xlsx"])
    assert code == 1
    out = capsys.readouterr().out
    assert "нет мероприятий" in out
    assert "2099" in out  # not this school year: the year is shown
    assert not (tmp_path / "e.xlsx").exists()
    assert main(["export", "xlsx", "--from", "2099-12-01", "--partner", "КГТУ"]) == 0
    assert (tmp_path / "plan-kgtu-2099-12-01.xlsx").exists()
    # a PDF prints one week: the empty message names that week, not the month asked for
    # (newcomer walk 2026-12-01b finding 14)
    week = ["export", "pdf", "--from", "2099-02-04", "--to", "2099-02-28", "-o", "w.pdf"]
    assert main(week) == 1
    out = capsys.readouterr().out
    assert "2–8 февраля 2099" in out, out
    assert not (tmp_path / "w.pdf").exists()


def test_console_says_the_week_is_empty(tmp_path: Path) -> None:
    env = {**os.environ, "BOT_DB": str(tmp_path / "c.db"), "BOT_TZ": "Europe/Kaliningrad"}
    env.pop("BOT_ADMINS", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--as", "partner", "--now", "2026-11-23T10:00"],
        input="план на неделю в pdf\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    assert "пустой файл не отправляю" in done.stdout
    assert not list(tmp_path.glob("*.pdf"))
    assert not list(ROOT.glob("week-*.pdf"))


async def test_a_pdf_of_a_month_names_the_week_it_prints(env: tuple) -> None:
    """Walk 2026-12-01l, #12: «план на декабрь в pdf» said «За период декабрь … нет
    мероприятий» for a month with a lecture on 15 December: a PDF prints one week (the
    first's), and the reply must name that week, not the month, and say where the month is."""
    _, planner = env
    # since walk z (Z8) the first week of the month with an event is printed, and named
    [first] = await planner.handle(PARTNER, "план на декабрь в pdf")
    text = Renderer().render(first.template, first.context)
    assert first.document is not None, text
    assert "14–20 декабря" in text, text
    assert "первую, где есть мероприятия" in text, text
    assert "в excel" in text, text
    [ready] = await planner.handle(PARTNER, "план на 15 декабря в pdf")
    text = Renderer().render(ready.template, ready.context)
    assert ready.document is not None, text
    assert "14–20 декабря" in text, text
