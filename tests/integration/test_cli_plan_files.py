"""`python -m bot export|import` with .ods and .docx, cancelled events and hostile files."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.__main__ import main
from bot.core.models import Audience, EventStatus, NewEvent, OrgKind
from bot.storage.sqlite_store import open_store
from tests.plan_makers import docx, xlsx
from tests.unit.test_import_limits import PLAN, with_member

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
    events = await store.add_events(
        [
            NewEvent(
                "Робототехника",
                kgtu.id,
                at("2099-12-15T15:00"),
                at("2099-12-15T16:30"),
                venue="ауд. 204",
                audience=Audience(grades=frozenset({9})),
            ),
            NewEvent("Лекция", kgtu.id, at("2099-12-16T16:00"), at("2099-12-16T17:00")),
            NewEvent("Отменённый квиз", kgtu.id, at("2099-12-17T10:00"), at("2099-12-17T11:00")),
        ],
        None,
    )
    await store.set_event_status(events[2].id, EventStatus.CANCELLED, None)
    await store.close()
    return path


async def arun(*argv: str) -> int:
    return await asyncio.to_thread(main, list(argv))


async def titles_in(path: Path) -> list[str]:
    store = await open_store(path, TZ)
    try:
        return sorted(e.title for e in await store.events_between(at("2099-01-01T00:00"), None))
    finally:
        await store.close()


async def test_ods_round_trip(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert await arun("export", "ods", "--from", "2099-12-01", "-o", "plan.ods") == 0
    monkeypatch.setenv("BOT_DB", str(tmp_path / "fresh.db"))
    assert await arun("import", "plan.ods") == 0
    assert await titles_in(tmp_path / "fresh.db") == ["Лекция", "Робототехника"]


async def test_cancelled_events_exported_on_request_are_not_imported(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("export", "xlsx", "--from", "2099-12-01", "--with-cancelled", "-o", "all.xlsx")
    assert await arun(*args) == 0
    monkeypatch.setenv("BOT_DB", str(tmp_path / "fresh.db"))
    capsys.readouterr()
    assert await arun("import", "all.xlsx") == 0  # a cancelled row is not an error
    out = capsys.readouterr().out
    assert "отмечено как отменённое" in out
    assert await titles_in(tmp_path / "fresh.db") == ["Лекция", "Робототехника"]


async def test_a_word_plan_is_imported(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = docx(
        [
            [
                ["Мероприятие", "Дата", "Время", "Классы"],
                ["Концерт", "20.12.2099", "18:00", "все классы"],
                ["Ярмарка", "", "12:00", "5–7 кл."],
            ]
        ],
        merges=[(0, 1, 1, 2, 1)],
    )
    (tmp_path / "plan.docx").write_bytes(plan)
    assert await arun("import", "plan.docx") == 0
    assert "сохранено 2 мероприятия" in capsys.readouterr().out
    titles = await titles_in(db)
    assert {"Концерт", "Ярмарка"} <= set(titles)


async def test_hostile_files_exit_2_with_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bomb.xlsx").write_bytes(with_member(xlsx(PLAN), "xl/x.xml", 100 << 20))
    assert await arun("import", "bomb.xlsx") == 2
    assert "похоже на zip-бомбу" in capsys.readouterr().err
    with (tmp_path / "huge.csv").open("wb") as f:
        f.truncate(6 * 1024 * 1024)  # sparse: refused by its size, never read
    assert await arun("import", "huge.csv") == 2
    assert "файл больше 5 МБ" in capsys.readouterr().err
    assert await titles_in(db) == ["Лекция", "Робототехника"]


async def test_a_workbook_of_month_sheets_names_them(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = ["Дата", "Время", "Название"]
    book = xlsx(
        {
            "Титул": [["УТВЕРЖДАЮ"]],
            "Декабрь": [
                header,
                ["20.12.2099", "18:00", "Концерт"],
                ["32.12.2099", "10:00", "Ошибка"],
            ],
            "Январь": [header, ["20.01.2100", "11:00", "Олимпиада"]],
        }
    )
    (tmp_path / "months.xlsx").write_bytes(book)
    assert await arun("import", "months.xlsx") == 1
    out = capsys.readouterr().out
    assert "прочитано — «Декабрь», «Январь»; пропущено без заголовка — «Титул»." in out
    assert "лист «Декабрь», строка 3: такой даты нет в календаре" in out
    assert {"Концерт", "Олимпиада"} <= set(await titles_in(db))


async def test_a_row_without_time_is_listed_not_saved(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As in the chat, a dated row without a time is not saved as all-day: the import lists
    it with the reason and exits 1 (not everything was saved); --dry-run says the same."""
    plan = xlsx(
        {
            "План": [
                ["Мероприятие", "Дата", "Время", "Классы"],
                ["Концерт", "20.12.2099", "18:00", "все классы"],
                ["Олимпиада", "21.12.2099", "", "8 классы"],
            ]
        }
    )
    (tmp_path / "plan.xlsx").write_bytes(plan)
    assert await arun("import", "--dry-run", "plan.xlsx") == 1
    dry = capsys.readouterr().out
    assert "строка 3: Олимпиада — нет времени" in dry
    assert await arun("import", "plan.xlsx") == 1
    out = capsys.readouterr().out
    assert "сохранено 1 мероприятие" in out
    assert "строка 3: Олимпиада — нет времени" in out
    titles = await titles_in(db)
    assert "Концерт" in titles
    assert "Олимпиада" not in titles
