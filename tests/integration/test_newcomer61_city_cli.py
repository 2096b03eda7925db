"""A city's IT person at the command line (newcomer61): the schools live in one PostgreSQL
database, one schema each (`school_<key>`), and the CLI must reach ONE school's plan —
`export`, `import` and `school-year` take `--school KEY` as `copy-db` does. Without it the
commands read and wrote the database's default schema, which no school of the city uses: an
export said «нет мероприятий», an import landed where no worker reads it.

Runs against the session's real PostgreSQL server (`pg_database`); `main` is the real CLI.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.__main__ import main
from bot.core.models import Audience, NewEvent, OrgKind
from bot.storage import open_store

TZ = ZoneInfo("Europe/Kaliningrad")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def arun(*argv: str) -> int:
    """`main` runs its own event loop: give it a thread."""
    return await asyncio.to_thread(main, list(argv))


async def add_event(url: str, school: str, title: str) -> None:
    store = await open_store(url, TZ, school=school)
    try:
        org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        await store.add_events(
            [
                NewEvent(
                    title,
                    org.id,
                    at("2099-12-15T15:00"),
                    at("2099-12-15T16:00"),
                    audience=Audience(grades=frozenset({9})),
                )
            ],
            None,
        )
    finally:
        await store.close()


async def titles(url: str, school: str) -> list[str]:
    store = await open_store(url, TZ, school=school)
    try:
        return sorted(e.title for e in await store.events_between(at("2099-01-01T00:00"), None))
    finally:
        await store.close()


@pytest.fixture
def city(pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("BOT_DB", pg_database)
    monkeypatch.setenv("BOT_TZ", "Europe/Kaliningrad")
    monkeypatch.chdir(tmp_path)
    return pg_database


async def test_export_with_school_shows_that_school_only(
    city: str, capsys: pytest.CaptureFixture[str]
) -> None:
    await add_event(city, "g32", "Лекция гимназии")
    await add_event(city, "l23", "Лекция лицея")
    code = await arun("export", "ics", "--school", "g32", "--from", "2099-12-01", "-o", "-")
    out = capsys.readouterr().out
    assert code == 0
    assert "Лекция гимназии" in out
    assert "Лекция лицея" not in out


async def test_import_with_school_stores_into_that_school(
    city: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await add_event(city, "g32", "Лекция гимназии")
    await add_event(city, "l23", "Лекция лицея")
    (tmp_path / "plan.csv").write_text(
        "Дата;Время;Название;Классы;Место\n16.12.2099;15:00-16:00;Кружок;9Б;каб. 21\n",
        encoding="utf-8",
    )
    assert await arun("import", "plan.csv", "--school", "l23") == 0
    assert await titles(city, "l23") == ["Кружок", "Лекция лицея"]
    assert await titles(city, "g32") == ["Лекция гимназии"]


async def test_school_year_with_school_sets_that_schools_calendar(
    city: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await add_event(city, "g32", "Лекция гимназии")  # the city's schools (review64b: a key
    await add_event(city, "l23", "Лекция лицея")  # no school has is refused)
    (tmp_path / "year.txt").write_text("каникулы с 28 декабря по 10 января\n", encoding="utf-8")
    assert await arun("school-year", "year.txt", "--school", "l23") == 0
    capsys.readouterr()
    assert await arun("school-year", "--school", "l23") == 0
    assert "28 декабря" in capsys.readouterr().out
    assert await arun("school-year", "--school", "g32") == 0
    assert "28 декабря" not in capsys.readouterr().out


async def test_a_bad_school_key_is_refused(city: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert await arun("export", "ics", "--school", "G 32", "-o", "-") == 2
    assert "G 32" in capsys.readouterr().err


async def test_db_option_takes_a_postgresql_url_as_bot_db_does(
    city: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--db postgresql://…` was made a path («postgresql:/bot:…»): a SQLite error that
    printed the password in clear and a thread's traceback. It is BOT_DB's URL now."""
    await add_event(city, "g32", "Лекция гимназии")
    monkeypatch.setenv("BOT_DB", "unused.db")
    code = await arun(
        "export", "ics", "--db", city, "--school", "g32", "--from", "2099-12-01", "-o", "-"
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Лекция гимназии" in out.out
    assert not await asyncio.to_thread(Path("unused.db").exists)


async def test_a_city_database_without_school_names_its_schools(
    city: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without `--school` on a city's database `export` read the default schema and said
    «нет мероприятий» (and `import` stored where no school reads): it refuses, in Russian,
    naming the schools' keys."""
    await add_event(city, "g32", "Лекция гимназии")
    await add_event(city, "l23", "Лекция лицея")
    assert await arun("export", "ics", "--from", "2099-12-01", "-o", "-") == 2
    out = capsys.readouterr()
    assert "укажите школу — --school g32" in out.err
    assert "g32, l23" in out.err
    assert "BEGIN:VCALENDAR" not in out.out


async def test_school_year_on_a_city_database_without_school_refuses(
    city: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await add_event(city, "g32", "Лекция гимназии")
    (tmp_path / "year.txt").write_text("каникулы с 28 декабря по 10 января\n", encoding="utf-8")
    assert await arun("school-year", "year.txt") == 2
    assert "укажите школу — --school g32" in capsys.readouterr().err


async def test_console_on_a_city_database_without_school_refuses(
    city: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The console would have chatted over tables no school uses (its plan empty, what was
    typed saved where no worker reads it)."""
    await add_event(city, "g32", "Лекция гимназии")
    assert await arun("console", "--as", "student") == 2
    assert "укажите школу — --school g32" in capsys.readouterr().err
