"""`python -m bot import` of a file whose row was moved in the chat since (newcomer walk
2026-12-03z, Z7): the row is the event already saved — same partner, title and the slot
the file gave it — so it is not saved a second time beside the moved one; `--dry-run` says
the same, and names where the event is now."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.storage.sqlite_store import open_store
from tests.integration.test_cli_plan import TZ, arun, at, db, titles_in

__all__ = ["db"]

PLAN = (
    "Дата;Время;Название;Классы;Место;Организатор\n"
    "16.12.2099;15:00-16:00;Кондитер;9Б;каб. 21;Колледж сервиса\n"
    "17.12.2099;12:00-13:00;Лекция о космосе;10А;актовый зал;Колледж сервиса\n"
)


async def _move(db: Path, title: str, days: int, new_title: str | None = None) -> None:
    """What «перенеси …» in the chat writes: the stored event's new start and end."""
    store = await open_store(db, TZ)
    try:
        [event] = [
            e for e in await store.events_between(at("2099-01-01T00:00"), None) if e.title == title
        ]
        moved = replace(
            event,
            start=event.start + timedelta(days=days),
            end=event.end + timedelta(days=days),
            title=new_title or event.title,
        )
        await store.update_event(moved, None)
    finally:
        await store.close()


async def test_a_row_moved_in_the_chat_is_not_saved_again(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    capsys.readouterr()
    await _move(db, "Кондитер", 1)
    before = await titles_in(db)

    assert await arun("import", "plan.csv", "--dry-run") == 0
    dry = capsys.readouterr().out
    assert "к сохранению 0 мероприятий" in dry
    assert "уже в плане: 2" in dry
    assert "Кондитер — 16 декабря" in dry
    assert "в плане теперь: Кондитер — 17 декабря" in dry

    assert await arun("import", "plan.csv") == 0
    out = capsys.readouterr().out
    assert "сохранено 0 мероприятий" in out
    assert "уже в плане: 2" in out
    assert "в плане теперь: Кондитер — 17 декабря" in out
    assert await titles_in(db) == before


async def test_a_row_renamed_and_moved_in_the_chat_is_not_saved_again(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    await _move(db, "Кондитер", 2, new_title="Мастер-класс «Кондитер»")
    before = await titles_in(db)
    capsys.readouterr()
    assert await arun("import", "plan.csv") == 0
    assert "сохранено 0 мероприятий" in capsys.readouterr().out
    assert await titles_in(db) == before


async def test_a_row_the_file_moves_is_still_a_new_event(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Guard: only a slot the stored event once had is its own; another is a new event."""
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    assert await arun("import", "plan.csv") == 0
    await _move(db, "Кондитер", 1)
    (tmp_path / "plan.csv").write_text(PLAN.replace("16.12.2099", "20.12.2099"), encoding="utf-8")
    capsys.readouterr()
    assert await arun("import", "plan.csv", "--dry-run") == 0
    assert "к сохранению 1 мероприятие" in capsys.readouterr().out
    assert await arun("import", "plan.csv") == 0
    assert "сохранено 1 мероприятие" in capsys.readouterr().out
    assert (await titles_in(db)).count("Кондитер") == 2
