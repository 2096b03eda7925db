"""A file whose name lies about what it is gets an answer naming what it is and what to send
instead, not «возможно, повреждён» (newcomer walk 2026-12-01c, finding 11): a CSV text named
.xlsx is read as the CSV it is, a password-protected workbook (Office's encrypted package in
an OLE2 compound file) is asked to be saved without its password, a PDF named .docx is
named a PDF, an old .xls is asked to be saved as .xlsx. Through the planner (real SQLite
store, real templates), as /file and a VK document send them; nothing stored is lost."""

from __future__ import annotations

import struct
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.exports.grids import file_kind
from bot.plan_files import import_plan_file, pasted_table_rows
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.plan_makers import docx as docx_file
from tests.plan_makers import xlsx

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR = 1
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
CSV_TEXT = (
    "Дата;Время;Название;Классы\n"
    "15.12.2026;15:00;Лекция о мостах;9Б\n"
    "16.12.2026;11:00;Экскурсия в порт;8А\n"
)


def compound_file(*streams: str) -> bytes:
    """A minimal OLE2 compound file (MS-CFB): the 512-byte header with its signature, then
    one directory sector whose 128-byte entries name `streams` in UTF-16LE, as Excel and
    Word write them ("EncryptionInfo", "EncryptedPackage" for a file saved with a password;
    "Workbook" for an old .xls)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HH", 0x3E, 3)
    header += b"\xfe\xff" + struct.pack("<H", 9)
    header = header.ljust(512, b"\x00")
    entries = b""
    for name in ("Root Entry", *streams):
        raw = name.encode("utf-16-le") + b"\x00\x00"
        entry = raw.ljust(64, b"\x00") + struct.pack("<H", len(raw)) + b"\x02"
        entries += entry.ljust(128, b"\x00")
    return header + entries.ljust(512, b"\x00")


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    config = PlannerConfig(tz=TZ, admins=frozenset({CURATOR}))
    planner = Planner(store, FixedClock(NOW), config, pasted_tables=pasted_table_rows)
    await planner.identify(CURATOR, "Завуч")
    school = await store.create_organisation("Музей", OrgKind.PARTNER)
    await store.add_events(
        [
            NewEvent(
                "Концерт", school.id, NOW.replace(day=20, hour=12), NOW.replace(day=20, hour=13)
            )
        ],
        None,
    )
    yield store, planner
    await store.close()


async def _answer(planner: Planner, name: str, data: bytes) -> str:
    [reply] = await import_plan_file(planner, CURATOR, name, data)
    assert reply.template == "import_failed", reply.template
    return Renderer().render(reply.template, reply.context)


async def test_a_csv_text_named_xlsx_is_read_as_csv(env: tuple) -> None:
    store, planner = env
    for encoding in ("utf-8", "cp1251"):
        [summary] = await import_plan_file(planner, CURATOR, "fake.xlsx", CSV_TEXT.encode(encoding))
        assert summary.template == "import_summary", summary.template
        titles = [item["event"]["title"] for item in summary.context["items"]]
        assert titles == ["Лекция о мостах", "Экскурсия в порт"]
        await planner.handle(CURATOR, "нет")
    await import_plan_file(planner, CURATOR, "fake.xlsx", CSV_TEXT.encode())
    assert (await planner.handle(CURATOR, "да"))[0].template == "saved"
    assert len(await store.events_between(NOW, None)) == 3


async def test_a_password_protected_workbook_is_named_so(env: tuple) -> None:
    store, planner = env
    locked = compound_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")
    for name in ("locked.xlsx", "locked.docx", "locked.xls"):
        text = await _answer(planner, name, locked)
        assert "защищён паролем" in text, text
        assert "Снимите пароль" in text
        assert "повреждён" not in text
        assert "Ничего из уже сохранённого не потеряно" in text
    assert [e.title for e in await store.events_between(NOW, None)] == ["Концерт"]


async def test_an_old_excel_file_is_asked_to_be_saved_as_xlsx(env: tuple) -> None:
    _, planner = env
    old = compound_file("Workbook", "\x05SummaryInformation")
    text = await _answer(planner, "plan.xls", old)
    assert "97–2003" in text, text
    assert ".xlsx" in text
    assert "хотя назван иначе" not in text
    assert "хотя назван иначе" in await _answer(planner, "plan.xlsx", old)


async def test_a_pdf_named_docx_is_named_a_pdf(env: tuple) -> None:
    _, planner = env
    text = await _answer(planner, "scan.docx", PDF)
    assert "это PDF, хотя назван иначе" in text, text
    assert ".docx" in text
    assert "повреждён" not in text
    text = await _answer(planner, "plan.pdf", PDF)
    assert "это PDF:" in text, text


async def test_a_photo_is_named_a_picture(env: tuple) -> None:
    _, planner = env
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    assert "картинка" in await _answer(planner, "plan.xlsx", png)
    assert "картинка" in await _answer(planner, "IMG_0001.jpg", b"\xff\xd8\xff\xe0" + bytes(64))


async def test_a_word_plan_renamed_xlsx_is_read_as_word(env: tuple) -> None:
    """Newcomer walk 2026-12-01f, #17: a .docx renamed .xlsx was called «повреждён», the
    words of a truly broken file. It is a sound package of another format: read it."""
    _, planner = env
    table = [
        ["Дата", "Время", "Название", "Классы"],
        ["15.12.2026", "15:00", "Лекция о мостах", "9Б"],
    ]
    for name in ("plan.xlsx", "plan.ods"):
        [*_, summary] = await import_plan_file(planner, CURATOR, name, docx_file([table]))
        assert summary.template == "import_summary", summary.template
        assert [i["event"]["title"] for i in summary.context["items"]] == ["Лекция о мостах"]
        await planner.handle(CURATOR, "нет")
    book = xlsx({"План": table})
    assert file_kind(book, "plan.docx") == "xlsx"
    assert file_kind(docx_file([table]), "plan.xlsx") == "docx"


async def test_a_broken_package_is_still_called_damaged(env: tuple) -> None:
    _, planner = env
    text = await _answer(planner, "plan.xlsx", b"PK\x03\x04 not really a zip")
    assert "повреждён" in text


def test_real_files_keep_their_kind() -> None:
    book = xlsx({"План": [["Дата", "Название"], ["15.12.2026", "Лекция"]]})
    assert file_kind(book, "plan.xlsx") == "xlsx"
    assert file_kind(book, "plan") == "xlsx"
    assert file_kind(CSV_TEXT.encode(), "plan.csv") == "csv"
    assert file_kind(CSV_TEXT.encode(), "plan") == "csv"
    assert file_kind(b"\x00\x01binary", "plan.xlsx") == "xlsx"  # the package reader refuses it


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        ("password_protected", "защищён паролем"),
        ("old_office_format", "97–2003"),
        ("pdf", "это PDF"),
        ("image", "картинка"),
    ],
)
def test_the_cli_words_each_problem(problem: str, words: str) -> None:
    text = Renderer().render("cli/import_failed", {"path": "plan.xlsx", "problem": problem})
    assert words in text
    assert "повреждён" not in text
