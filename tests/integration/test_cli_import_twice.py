"""`python -m bot import` of the same plan twice (attack y, #4): a run killed after its
commit, before its line was printed, is run again by an operator who saw nothing; the rows
already stored must not be saved a second time (each twin would remind and poll the
students separately), and the second run says they are already in the plan."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.storage.postgres import PostgresStore
from bot.storage.sqlite import SqliteStore
from bot.storage.sqlite_store import open_store
from tests.integration.test_cli_plan import TZ, arun, db, titles_in

__all__ = ["db"]

PLAN = (
    "Дата;Время;Название;Классы;Место\n"
    "16.12.2099;15:00-16:00;Кружок;9Б;каб. 21\n"
    "17.12.2099;12:00-13:00;Лекция о космосе;10А;актовый зал\n"
)


async def test_the_same_plan_imported_again_saves_nothing_new(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    before = await titles_in(db)
    assert await arun("import", "plan.csv") == 0
    assert "сохранено 2 мероприятия" in capsys.readouterr().out
    assert await arun("import", "plan.csv") == 0
    out = capsys.readouterr().out
    assert "сохранено 0 мероприятий" in out
    assert "уже в плане: 2" in out
    assert await titles_in(db) == sorted([*before, "Кружок", "Лекция о космосе"])


async def test_a_changed_row_is_saved_and_the_same_one_skipped(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    capsys.readouterr()
    moved = PLAN.replace("15:00-16:00;Кружок", "17:00-18:00;Кружок")
    (tmp_path / "plan.csv").write_text(moved, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    out = capsys.readouterr().out
    assert "сохранено 1 мероприятие" in out
    assert "уже в плане: 1" in out
    assert (await titles_in(db)).count("Кружок") == 2  # 15:00 and 17:00: two events now


async def test_a_failure_mid_import_leaves_no_new_partner_behind(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new partner (--partner) and the organiser column's one were committed before
    the events' transaction: a failure in between left organisations with no events
    (ops21). The whole import is one transaction now."""
    (tmp_path / "plan.csv").write_text(
        PLAN.replace("Место\n", "Место;Организатор\n").replace("21\n", "21;Кванториум\n"),
        encoding="utf-8",
    )

    async def broken(*args: object, **kwargs: object) -> list[object]:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(SqliteStore, "add_events", broken)
    monkeypatch.setattr(PostgresStore, "add_events", broken)  # under tests/pg_everywhere
    assert await arun("import", "plan.csv", "--partner", "Новый партнёр") == 2
    monkeypatch.undo()
    store = await open_store(db, TZ)
    try:
        names = {o.name for o in await store.list_organisations()}
    finally:
        await store.close()
    assert names & {"Новый партнёр", "Кванториум"} == set()
