"""organiser79: the operator's tools name partners as the chat does. The offline plan import
(`python -m bot import`: its «Организатор» column and `--partner`), `export --partner` and
the console's «/я партнёр …» matched the exact name only (organiser78's leftover): «Музея
янтаря» or «музей янтаря» made a second museum beside «Калининградский музей янтаря»,
«KГТУ» with a Latin K a second КГТУ. Now they go through organisers.known_or_new (the
chat's matcher); a name that fits two museums alike picks neither and adds none. Rows and
names are my own."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.__main__ import main
from bot.core.models import OrgKind
from bot.storage.sqlite_store import open_store
from tests.integration.console_partners import AMBER, ARTS, NOW, WHICH, after, organisations
from tests.integration.test_console import run_console

TZ = ZoneInfo("Europe/Kaliningrad")
HEADER = "Дата;Время;Название;Организатор;Классы\n"


@pytest.fixture
async def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plan database with the two museums and КГТУ; the command line's folder and zone."""
    path = tmp_path / "plan.db"
    monkeypatch.setenv("BOT_DB", str(path))
    monkeypatch.setenv("BOT_TZ", "Europe/Kaliningrad")
    monkeypatch.chdir(tmp_path)
    store = await open_store(path, TZ)
    for name in (AMBER, ARTS, "КГТУ"):
        await store.create_organisation(name, OrgKind.PARTNER)
    await store.close()
    return path


async def _import(*argv: str) -> int:
    return await asyncio.to_thread(main, ["import", *argv])


async def _owners(db: Path) -> dict[str, str]:
    """Each stored event's title and its organisation's name."""
    store = await open_store(db, TZ)
    try:
        orgs = {org.id: org.name for org in await store.list_organisations()}
        events = await store.events_between(datetime(2099, 1, 1, tzinfo=TZ), None)
        return {event.title: orgs[event.organisation_id] for event in events}
    finally:
        await store.close()


async def test_the_import_column_finds_the_known_partner(db: Path, tmp_path: Path) -> None:
    """Was: partners «Музея янтаря» and «KГТУ» added beside the known ones."""
    (tmp_path / "plan.csv").write_text(
        HEADER + "15.12.2099;15:00–16:00;Лекция о янтаре;Музея янтаря;8\n"
        "16.12.2099;10:00–11:00;Лекция о флоте;KГТУ;9\n"
    )
    assert await _import("plan.csv") == 0
    assert await _owners(db) == {"Лекция о янтаре": AMBER, "Лекция о флоте": "КГТУ"}
    assert organisations(db) == {AMBER, ARTS, "КГТУ"}


async def test_an_import_row_naming_two_museums_is_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Was: a third partner «Музей» made and the excursion filed under it. Now the row is
    refused with its reason, the other row saved, and no organisation added."""
    (tmp_path / "plan.csv").write_text(
        HEADER + "15.12.2099;15:00–16:00;Экскурсия;Музей;8\n"
        "16.12.2099;10:00–11:00;Лекция о флоте;КГТУ;9\n"
    )
    assert await _import("plan.csv") == 1
    out = capsys.readouterr().out
    assert "организатор подходит к нескольким партнёрам" in out, out
    assert await _owners(db) == {"Лекция о флоте": "КГТУ"}
    assert organisations(db) == {AMBER, ARTS, "КГТУ"}


async def test_the_partner_option_is_matched(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--partner "музей янтаря"` is the known museum (was: a new one); `--partner Музей`
    is refused, naming both; `export --partner Музея янтаря` finds it (was: «Нет
    организации»)."""
    (tmp_path / "a.csv").write_text("Дата;Время;Название;Классы\n17.12.2099;15:00;Выставка;7\n")
    assert await _import("a.csv", "--partner", "музей янтаря") == 0
    assert await _owners(db) == {"Выставка": AMBER}
    assert await _import("a.csv", "--partner", "Музей") == 2
    err = capsys.readouterr().err
    assert "«Музей» подходит к нескольким организациям" in err, err
    assert AMBER in err, err
    assert ARTS in err, err
    assert organisations(db) == {AMBER, ARTS, "КГТУ"}
    exported = ["export", "xlsx", "--from", "2099-12-01", "--partner", "Музея янтаря"]
    assert await asyncio.to_thread(main, [*exported, "-o", "m.xlsx"]) == 0
    assert (tmp_path / "m.xlsx").exists()


def test_the_console_partner_is_the_known_one(tmp_path: Path) -> None:
    """«/я партнёр музей янтаря» acts for the known museum (was: a new organisation «музей
    янтаря»); «/я партнёр Музей» with two museums asks which and adds none."""
    db = tmp_path / "console.db"
    run_console(db, "partner", f"/я партнёр {AMBER}", f"/я партнёр {ARTS}", now=NOW)
    out = run_console(
        db,
        "partner",
        "/я партнёр музей янтаря",
        "Выставка камней 20 декабря в 12:00, 5 классы",
        "да",
        "/я партнёр Музей",
        now=NOW,
    )
    assert "Сохранено ✅" in out, out
    assert WHICH in after(out, "/я партнёр Музей"), out
    assert organisations(db) == {AMBER, ARTS}
    with sqlite3.connect(db) as conn:
        [owner] = conn.execute(
            "SELECT o.name FROM events e JOIN organisations o ON o.id = e.organisation_id"
        ).fetchall()
    assert owner == (AMBER,)
