"""Hostile plan files (issue 9, point 7): every bomb is refused with a reason the planner
words, and reading stays within the limits. The files are built here with zipfile."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import textwrap
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.exports.importer import (
    FileProblem,
    ImportedRow,
    ImportFileError,
    RowError,
    RowProblem,
    read_plan,
)
from bot.exports.limits import DEFAULT_LIMITS, Limits
from bot.render import Renderer
from tests.plan_makers import docx, ods, rewrite_member, xlsx

NOW = datetime(2026, 11, 23, 10, 0)  # noqa: DTZ001 - the parser's naive wall-clock time
ROOT = Path(__file__).resolve().parents[2]
SHEET = "xl/worksheets/sheet1.xml"
PLAN = {"План": [["Дата", "Название"], [date(2026, 12, 15), "Лекция"]]}


def refused(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> FileProblem:
    with pytest.raises(ImportFileError) as caught:
        read_plan(data, name, NOW, limits=limits)
    return caught.value.problem


def with_member(data: bytes, name: str, size: int, chunk: bytes = b"A") -> bytes:
    """`data` plus a member of `size` repeated bytes, written in pieces (never whole)."""
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as package, package.open(name, "w") as f:
        piece = chunk * (1 << 20)
        for _ in range(size // len(piece)):
            f.write(piece)
    return out.getvalue()


def test_a_shared_strings_bomb_is_refused_before_parsing() -> None:
    bomb = with_member(xlsx(PLAN), "xl/sharedStrings2.xml", 200 << 20)
    assert len(bomb) < 1 << 20  # 200 MB unpacked, a few hundred KB sent
    assert refused(bomb, "plan.xlsx") is FileProblem.UNPACKED_TOO_LARGE


def test_a_zip_whose_directory_lies_about_sizes_is_refused() -> None:
    """The central directory says 10 bytes; the member unpacks to 64 MB."""
    bomb = bytearray(with_member(xlsx(PLAN), "xl/media/big.bin", 64 << 20))
    directory = bomb.rfind(b"PK\x01\x02", 0, bomb.rfind(b"PK\x05\x06"))
    while directory >= 0:
        name_length = struct.unpack_from("<H", bomb, directory + 28)[0]
        name = bytes(bomb[directory + 46 : directory + 46 + name_length])
        if name == b"xl/media/big.bin":
            struct.pack_into("<I", bomb, directory + 24, 10)  # uncompressed size
            break
        directory = bomb.rfind(b"PK\x01\x02", 0, directory)
    assert directory >= 0
    assert refused(bytes(bomb), "plan.xlsx") in (
        FileProblem.UNREADABLE,
        FileProblem.UNPACKED_TOO_LARGE,
    )


def test_a_highly_compressed_member_is_refused_by_its_ratio() -> None:
    limits = replace(DEFAULT_LIMITS, max_unpacked=1 << 30)  # only the ratio can catch it
    bomb = with_member(xlsx(PLAN), "xl/media/big.bin", 8 << 20)
    assert refused(bomb, "plan.xlsx", limits) is FileProblem.UNPACKED_TOO_LARGE


def million_empty_rows() -> bytes:
    rows = b"".join(b'<row r="%d" spans="1:2"/>' % n for n in range(3, 1_000_003))
    return rewrite_member(
        xlsx(PLAN), SHEET, lambda body: body.replace(b"</sheetData>", rows + b"</sheetData>")
    )


def test_a_million_empty_rows_are_refused() -> None:
    assert refused(million_empty_rows(), "plan.xlsx") is FileProblem.SHEET_TOO_LARGE


def test_a_value_far_to_the_right_is_refused() -> None:
    far = b'<c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>'
    data = rewrite_member(xlsx(PLAN), SHEET, lambda body: body.replace(b"</row>", far, 1))
    assert refused(data, "plan.xlsx") is FileProblem.SHEET_TOO_LARGE


def test_ods_rows_repeated_a_million_times_are_refused() -> None:
    data = ods({"План": [["Дата", "Название"], ["15.12.2026", "Лекция"]]})
    repeated = rewrite_member(
        data,
        "content.xml",
        lambda body: body.replace(
            b"<table:table-row>", b'<table:table-row table:number-rows-repeated="1000000">', 2
        ),
    )
    assert refused(repeated, "plan.ods") is FileProblem.SHEET_TOO_LARGE
    # LibreOffice's own trailing filler of empty rows is fine
    assert len(read_plan(data, "plan.ods", NOW)) == 1


def test_a_docx_table_over_the_row_limit_is_refused() -> None:
    rows = [["Дата", "Название"]] + [["15.12.2026", f"Лекция {n}"] for n in range(30)]
    limits = replace(DEFAULT_LIMITS, max_sheet_rows=20)
    assert refused(docx([rows]), "plan.docx", limits) is FileProblem.SHEET_TOO_LARGE


def test_a_csv_with_too_many_lines_or_a_giant_field_is_refused() -> None:
    lines = "Название;Дата\n" + "\n" * 20_000
    assert refused(lines.encode(), "plan.csv") is FileProblem.SHEET_TOO_LARGE
    giant = 'Название;Дата\n"' + "x" * 200_000 + '";15.12.2026\n'
    assert refused(giant.encode(), "plan.csv") is FileProblem.UNREADABLE


def test_a_long_cell_loses_its_row_only() -> None:
    text = "Название;Дата\n" + "Я" * 3000 + ";15.12.2026\nЛекция;16.12.2026\n"
    long_row, lecture = read_plan(text.encode(), "plan.csv", NOW)
    assert isinstance(long_row, RowError)
    assert long_row.reason is RowProblem.TOO_LONG
    assert isinstance(lecture, ImportedRow)


def test_control_characters_never_reach_a_draft() -> None:
    text = "Название;Дата;Место\nЛек\x01ция\x1b[31m;15.12.2026;зал\x7f №1\n"
    (row,) = read_plan(text.encode(), "plan.csv", NOW)
    assert isinstance(row, ImportedRow)
    assert row.draft.title == "Лекция[31m"
    assert row.draft.venue == "зал №1"


@pytest.mark.parametrize(
    "problem", ["unpacked_too_large", "sheet_too_large", "too_large", "unreadable"]
)
def test_every_refusal_is_worded_in_russian(problem: str) -> None:
    text = Renderer().render("import_failed", {"problem": problem, "filename": "plan.xlsx"})
    assert "plan.xlsx" in text
    assert "Ничего из уже сохранённого не потеряно" in text
    cli = Renderer().render("cli/import_failed", {"problem": problem, "path": "plan.xlsx"})
    assert cli.startswith("plan.xlsx: ")


def test_bombs_are_refused_under_a_memory_limit(tmp_path: Path) -> None:
    """In a child process whose address space is capped: the refusal must not need memory."""
    bombs = {
        "rows.xlsx": million_empty_rows(),
        "strings.xlsx": with_member(xlsx(PLAN), "xl/sharedStrings2.xml", 200 << 20),
    }
    for name, data in bombs.items():
        (tmp_path / name).write_bytes(data)
    script = textwrap.dedent(
        f"""
        import resource, sys
        from datetime import datetime
        from pathlib import Path
        from bot.exports.importer import ImportFileError, read_plan
        limit = 1 << 30
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        for path in sorted(Path({str(tmp_path)!r}).iterdir()):
            try:
                read_plan(path.read_bytes(), path.name, datetime(2026, 11, 23))
                print(path.name, "read")
            except ImportFileError as error:
                print(path.name, error.problem.value)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "rows.xlsx",
        "sheet_too_large",
        "strings.xlsx",
        "unpacked_too_large",
    ]


def billion_laughs() -> bytes:
    """An XML entity bomb: ten levels of ten references (10^9 "lol"s) in one cell."""
    entities = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (level, b"&lol%d;" % (level - 1) * 10) for level in range(1, 10)
    )
    lecture = b"&#1051;&#1077;&#1082;&#1094;&#1080;&#1103;"  # "Лекция" as openpyxl writes it

    def edit(body: bytes) -> bytes:
        body = body.replace(lecture, b"&lol9;")
        return (
            b'<?xml version="1.0"?><!DOCTYPE worksheet ['
            + entities
            + b"]>"
            + body.split(b"?>", 1)[-1]  # openpyxl writes no XML declaration
        )

    return rewrite_member(xlsx(PLAN), SHEET, edit)


def test_an_xml_entity_bomb_is_never_expanded() -> None:
    data = billion_laughs()
    assert b"&lol9;" in zipfile.ZipFile(io.BytesIO(data)).read(SHEET)
    assert refused(data, "plan.xlsx") is FileProblem.UNREADABLE
