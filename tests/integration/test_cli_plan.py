"""`python -m bot export` and `python -m bot import` on a real database."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from bot.__main__ import main
from bot.core.models import Audience, NewEvent, OrgKind
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "plan.db"
    monkeypatch.setenv("BOT_DB", str(path))
    monkeypatch.setenv("BOT_TZ", "Europe/Kaliningrad")
    monkeypatch.chdir(tmp_path)
    store = await open_store(path, TZ)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    nine = Audience(grades=frozenset({9}))
    await store.add_events(
        [
            NewEvent(
                "Робототехника",
                kgtu.id,
                at("2099-12-15T15:00"),
                at("2099-12-15T16:30"),
                venue="ауд. 204",
                audience=nine,
            ),
            NewEvent(
                "Лекция",
                kgtu.id,
                at("2099-12-15T16:00"),
                at("2099-12-15T17:00"),
                audience=Audience(classes=frozenset({"10А"})),
            ),
        ],
        None,
    )
    await store.close()
    return path


def run(*argv: str) -> int:
    return main(list(argv))


async def arun(*argv: str) -> int:
    """`main` from an async test: it runs its own event loop, so give it a thread."""
    return await asyncio.to_thread(main, list(argv))


async def titles_in(path: Path) -> list[str]:
    store = await open_store(path, TZ)
    try:
        events = await store.events_between(at("2099-01-01T00:00"), None)
        return sorted(e.title for e in events)
    finally:
        await store.close()


def test_export_xlsx_and_ics(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("export", "xlsx", "--from", "2099-12-01", "--to", "2099-12-31", "-o", "p.xlsx") == 0
    assert "p.xlsx" in capsys.readouterr().out
    sheet = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert "Робототехника" in values
    assert "Лекция" in values
    assert run("export", "ics", "--from", "2099-12-01", "--class", "9б", "-o", "9b.ics") == 0
    calendar = Calendar.from_ical((tmp_path / "9b.ics").read_bytes())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Робототехника"]


def test_export_pdf_to_stdout_through_the_entry_point(db: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "export", "pdf", "--from", "2099-12-14", "-o", "-"],
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "BOT_DB": str(db)},
        timeout=120,
        check=True,
    )
    assert done.stdout.startswith(b"%PDF")
    assert b"fontTools" not in done.stderr


async def test_round_trip_export_then_import_into_a_fresh_database(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert await arun("export", "xlsx", "--from", "2099-12-01", "-o", "all.xlsx") == 0
    fresh = tmp_path / "fresh.db"
    monkeypatch.setenv("BOT_DB", str(fresh))
    assert await arun("import", "all.xlsx") == 0
    assert await titles_in(fresh) == ["Лекция", "Робототехника"]
    store = await open_store(fresh, TZ)
    try:
        [robotics] = [
            e
            for e in await store.events_between(at("2099-01-01T00:00"), None)
            if e.title == "Робототехника"
        ]
        assert (robotics.start, robotics.end) == (at("2099-12-15T15:00"), at("2099-12-15T16:30"))
        assert robotics.venue == "ауд. 204"
        org = await store.get_organisation(robotics.organisation_id)
        assert org is not None
        assert org.name == "КГТУ"
    finally:
        await store.close()


async def test_import_keeps_good_rows_and_lists_bad_ones(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_bytes(
        "Дата;Время;Название\n40.12.2099;10:00;Плохая строка\n16.12.2099;15:00;Хорошая\n".encode(
            "cp1251"
        )
    )
    assert await arun("import", "plan.csv", "--dry-run") == 1
    assert "ничего не сохранено" in capsys.readouterr().out
    assert await titles_in(db) == ["Лекция", "Робототехника"]
    assert await arun("import", "plan.csv") == 1
    out = capsys.readouterr().out
    assert "сохранено 1 мероприятие" in out
    assert "строка 2: не понял дату" in out
    assert await titles_in(db) == ["Лекция", "Робототехника", "Хорошая"]


def test_bad_input_gives_one_clear_line_and_code_2(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("import", "missing.xlsx") == 2
    assert "Нет такого файла" in capsys.readouterr().err
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 broken")
    assert run("import", "broken.xlsx") == 2
    assert "повреждён" in capsys.readouterr().err
    assert run("export", "ics", "--partner", "Неизвестные") == 2
    assert "Нет организации" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        run("export", "ics", "--from", "2099-13-01")
    assert exit_info.value.code == 2
