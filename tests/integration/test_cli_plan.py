"""`python -m bot export` and `python -m bot import` on a real database."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import date, datetime
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
    rows = [row[:7] for row in sheet.iter_rows(values_only=True)]
    days = [row[0].date() for row in rows[1:] if isinstance(row[0], datetime)]
    assert days == [date(2099, 12, 15), date(2099, 12, 15)]
    assert rows[0] == (
        "Дата",
        "День недели",
        "Время",
        "Название",
        "Организатор",
        "Аудитория",
        "Место",
    )
    assert [row[1:] for row in rows[1:]] == [
        (
            "вторник",
            "15:00–16:30",
            "Робототехника",
            "КГТУ",
            "9-е классы",
            "ауд. 204",
        ),
        ("вторник", "16:00–17:00", "Лекция", "КГТУ", "10А", None),
    ]
    assert run("export", "ics", "--from", "2099-12-01", "--class", "9б", "-o", "9b.ics") == 0
    calendar = Calendar.from_ical((tmp_path / "9b.ics").read_bytes())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Робототехника"]


def test_export_pdf_to_stdout_through_the_entry_point(db: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "export", "pdf", "--from", "2099-12-14", "-o", "-"],
        capture_output=True,
        cwd=tmp_path,
        # this checkout's code, not the editable install's (which may be another branch)
        env={**os.environ, "BOT_DB": str(db), "PYTHONPATH": str(Path(__file__).parents[2])},
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
    assert "строка 2: такой даты нет в календаре" in out  # 40.12.2099
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


def test_wrong_format_is_refused_with_code_2(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("export", "docx")
    assert exit_info.value.code == 2
    assert "invalid choice: 'docx'" in capsys.readouterr().err
    (tmp_path / "plan.pdf").write_bytes(b"%PDF-1.7")
    assert run("import", "plan.pdf") == 2
    err = capsys.readouterr().err
    assert err.strip() == (  # a PDF is named as one (newcomer walk 2026-12-01c, finding 11)
        "plan.pdf: это PDF — таблицу из него не прочитать; нужен исходный файл .xlsx, .ods, "
        ".csv или .docx."
    )
    assert run("import", str(tmp_path)) == 2
    assert "Не получилось прочитать" in capsys.readouterr().err


def test_unusable_database_or_arguments_give_one_line_and_code_2(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.db"
    assert run("export", "xlsx", "--db", str(missing)) == 2
    assert capsys.readouterr().err.startswith(f"Нет базы данных {missing}.")
    assert not missing.exists(), "exporting never creates an empty database"
    (tmp_path / "notes.db").write_text("not a database")
    assert run("export", "xlsx", "--db", "notes.db") == 2
    assert "не база данных бота" in capsys.readouterr().err
    (tmp_path / "plan.csv").write_text("Дата;Название\n16.12.2099;Лекция\n")
    assert run("import", "plan.csv", "--db", str(tmp_path / "no" / "such.db")) == 2
    assert "Нет папки для базы данных" in capsys.readouterr().err
    assert run("export", "xlsx", "--from", "2099-12-31", "--to", "2099-12-01") == 2
    assert "Период перевёрнут" in capsys.readouterr().err
    assert run("export", "ics", "--class", "девятый") == 2
    err = capsys.readouterr().err
    assert err.strip() == "Не понял класс «девятый» — нужен один класс, например 9Б."
    assert "Traceback" not in err


def test_export_of_one_partner(db: Path, tmp_path: Path) -> None:
    async def add_other() -> None:
        store = await open_store(db, TZ)
        try:
            bfu = await store.create_organisation("БФУ", OrgKind.PARTNER)
            await store.add_events(
                [NewEvent("Экскурсия", bfu.id, at("2099-12-16T10:00"), at("2099-12-16T12:00"))],
                None,
            )
        finally:
            await store.close()

    asyncio.run(add_other())
    assert run("export", "xlsx", "--from", "2099-12-01", "--partner", "бфу", "-o", "b.xlsx") == 0
    sheet = load_workbook(tmp_path / "b.xlsx").worksheets[0]
    values = {str(c.value) for row in sheet.iter_rows() for c in row if c.value}
    assert "Экскурсия" in values
    assert "Робототехника" not in values


async def test_dry_run_lists_rows_and_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_text(
        "Дата;Время;Название;Организатор;Классы\n"
        "16.12.2099;15:00–16:00;Хорошая;;9\n"
        "17.12.2099;10:00;Вторая;КГТУ;10А\n"
        "18.12.2099;;;КГТУ;\n"
    )
    fresh = tmp_path / "fresh.db"
    code = await arun("import", "plan.csv", "--dry-run", "--partner", "Новые", "--db", str(fresh))
    assert code == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "plan.csv: к сохранению 2 мероприятия, ничего не сохранено (--dry-run).",
        "строка 2: Хорошая — 16 декабря (ср), 15:00–16:00, 9-е классы (Новые) — новая организация",
        "строка 3: Вторая — 17 декабря (чт), 10:00, 10А (КГТУ) — новая организация",
        "Пропущено строк с ошибками: 1.",
        "строка 4: нет названия",
    ]
    assert not fresh.exists(), "a dry run creates no database"
    assert await arun("import", "plan.csv", "--dry-run", "--partner", "Новые") == 1
    assert "10А (КГТУ)\n" in capsys.readouterr().out, "КГТУ is known in BOT_DB"
    store = await open_store(db, TZ)
    try:
        assert await store.find_organisation("Новые") is None
    finally:
        await store.close()
    assert await titles_in(db) == ["Лекция", "Робототехника"]


async def test_rows_without_organiser_go_to_the_school_or_partner(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BOT_SCHOOL", "Гимназия №1")
    (tmp_path / "a.csv").write_text("Дата;Время;Название\n16.12.2099;15:00;Своё\n")
    (tmp_path / "b.csv").write_text("Дата;Время;Название\n17.12.2099;15:00;Чужое\n")
    assert await arun("import", "a.csv") == 0
    assert await arun("import", "b.csv", "--partner", "Музей") == 0
    assert "сохранено 1 мероприятие." in capsys.readouterr().out
    store = await open_store(db, TZ)
    try:
        events = {e.title: e for e in await store.events_between(at("2099-01-01T00:00"), None)}
        school = await store.get_organisation(events["Своё"].organisation_id)
        museum = await store.get_organisation(events["Чужое"].organisation_id)
        assert school is not None
        assert (school.name, school.kind) == ("Гимназия №1", OrgKind.SCHOOL)
        assert museum is not None
        assert (museum.name, museum.kind) == ("Музей", OrgKind.PARTNER)
    finally:
        await store.close()
