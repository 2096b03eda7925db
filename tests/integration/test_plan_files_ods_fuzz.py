"""Random OpenDocument spreadsheets against the .ods reader (the stray-blank cut of
bot.exports.stray.trimmed_ods and the pre-scan bot.exports.scan.scan_ods), with a fixed
seed and bounded sizes. Each file is built here as content.xml text: rows and cells with
number-rows-repeated / number-columns-repeated counts from 1 to past a million, empty,
blank (spaces, an empty string) and valued cells, spans, covered cells, row groups.

Checked for every file: it reads or is refused with an ImportFileError (never another
exception); a read grid stays within the limits; adding blank cells and rows past the
limits (a stray space in row 1,048,576 or column AMJ) changes no value the reader shows;
adding data there refuses the sheet as too large.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from xml.sax.saxutils import escape

import pytest

from bot.exports.grids import Grid, read_grids
from bot.exports.limits import DEFAULT_LIMITS
from bot.exports.problems import FileProblem, ImportFileError

SEED = 20261202
CASES = 150
LIMITS = replace(DEFAULT_LIMITS, max_sheet_rows=200, max_columns=12)
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    "<office:body><office:spreadsheet>"
)
TAIL = "</office:spreadsheet></office:body></office:document-content>"
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/"'
    ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
COUNTS = (1, 1, 1, 2, 3, 7, 50, 199, 200, 201, 1000, 1_048_000, 1_048_576)


def package(tables: list[str]) -> bytes:
    """An .ods holding `tables` (table:table elements as text)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", MANIFEST)
        z.writestr("content.xml", HEAD + "".join(tables) + TAIL)
    return out.getvalue()


def blank_cell(rng: random.Random, repeat: int = 1) -> str:
    """A cell that holds no data: spaces, an empty string, a comment, or nothing at all."""
    attrs = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return rng.choice(
        [
            f"<table:table-cell{attrs}/>",
            f'<table:table-cell{attrs} office:value-type="string"><text:p><text:s/></text:p>'
            "</table:table-cell>",
            f'<table:table-cell{attrs} office:value-type="string"><text:p> </text:p>'
            "</table:table-cell>",
            f'<table:table-cell{attrs} office:value-type="string"><text:p/></table:table-cell>',
            f'<table:table-cell{attrs} office:value-type="string" office:string-value=" "/>',
            f'<table:table-cell{attrs}><text:p><text:s text:c="3"/></text:p></table:table-cell>',
        ]
    )


def data_cell(rng: random.Random, repeat: int = 1, span: bool = True, covered: bool = True) -> str:
    attrs = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if span and rng.random() < 0.1:
        attrs += f' table:number-rows-spanned="{rng.choice((1, 2, 3, 500))}"'
        attrs += f' table:number-columns-spanned="{rng.choice((1, 2, 40))}"'
    word = escape(rng.choice(["Лекция", "9А", "14.12.2026", "к1", "a  b", "0"]))
    return rng.choice(
        [
            f'<table:table-cell{attrs} office:value-type="string"><text:p>{word}</text:p>'
            "</table:table-cell>",
            f'<table:table-cell{attrs} office:value-type="float"'
            f' office:value="{rng.randint(0, 99)}">'
            "<text:p>x</text:p></table:table-cell>",
            f'<table:table-cell{attrs} office:value-type="date" office:date-value="2026-12-14">'
            "<text:p>14.12.2026</text:p></table:table-cell>",
            f"<table:table-cell{attrs}><text:p>{word}</text:p></table:table-cell>",
            f'<table:table-cell{attrs} office:value-type="boolean" office:boolean-value="true"/>',
            f"<table:covered-table-cell{attrs}/>" if covered else "<table:table-cell/>",
        ][: 6 if covered else 5]
    )


def random_row(rng: random.Random, width: int) -> str:
    cells = []
    column = 0
    while column < width:
        repeat = rng.choice((1, 1, 1, 2, 5))
        cells.append(data_cell(rng, repeat) if rng.random() < 0.6 else blank_cell(rng, repeat))
        column += repeat
    repeat = rng.choice((1, 1, 1, 1, 2, 4))
    attrs = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{attrs}>{''.join(cells)}</table:table-row>"


def random_table(rng: random.Random, name: str) -> list[str]:
    """A table's rows (within LIMITS), as elements, maybe some in a header or group."""
    rows = [random_row(rng, rng.randint(1, 10)) for _ in range(rng.randint(1, 12))]
    if rng.random() < 0.3:
        rows[0] = f"<table:table-header-rows>{rows[0]}</table:table-header-rows>"
    if rng.random() < 0.2 and len(rows) > 2:
        rows[1:3] = [f"<table:table-row-group>{''.join(rows[1:3])}</table:table-row-group>"]
    return rows


def far_blanks(rng: random.Random, rows_used: int) -> str:
    """Blank rows and cells past LIMITS: empty repeated rows down to row 1,048,575 (or a few
    past the row limit) and a blank cell there, or a blank cell far right of the data."""
    gap = rng.choice((LIMITS.max_sheet_rows - rows_used + 1, 1_048_575 - rows_used, 5000))
    filler = rng.choice(
        [
            f'<table:table-row table:number-rows-repeated="{gap}"/>',
            f'<table:table-row table:number-rows-repeated="{gap}">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
        ]
    )
    lead = rng.choice(("", '<table:table-cell table:number-columns-repeated="16383"/>'))
    far_row = f"<table:table-row>{lead}{blank_cell(rng)}</table:table-row>"
    wide = (
        '<table:table-row><table:table-cell table:number-columns-repeated="16000"/>'
        f"{blank_cell(rng, rng.choice((1, 3, 1000)))}</table:table-row>"
    )
    right = (
        f'<table:table-row><table:table-cell table:number-columns-repeated="{LIMITS.max_columns}"/>'
        f"{blank_cell(rng)}</table:table-row>"
    )
    return rng.choice([filler + far_row, wide, filler + far_row + wide, right])


def rows_of(rows: list[str]) -> int:
    """How many sheet rows the row elements take (their repeats counted)."""
    text = "".join(rows)
    count = 0
    for part in text.split("<table:table-row")[1:]:
        if part.startswith("-group") or part.startswith("s"):
            continue
        head = part.split(">", 1)[0]
        found = head.split('table:number-rows-repeated="')
        count += int(found[1].split('"')[0]) if len(found) > 1 else 1
    return count


def shown(grids: list[Grid]) -> list[list[list[str]]]:
    """Every grid's values as text, trailing empty cells and rows dropped (what a reader
    of the sheet sees; blank cells are spaces at most)."""
    out = []
    for grid in grids:
        rows = [[str(v).strip() if v is not None else "" for v in row] for row in grid.rows]
        rows = [row[: max((i + 1 for i, v in enumerate(row) if v), default=0)] for row in rows]
        while rows and not rows[-1]:
            rows.pop()
        out.append(rows)
    return out


def read(data: bytes) -> list[Grid] | FileProblem:
    try:
        return read_grids(data, "fuzz.ods", LIMITS)
    except ImportFileError as error:
        return error.problem


def test_random_ods_files_read_or_are_refused_and_far_blanks_change_nothing() -> None:
    rng = random.Random(SEED)
    checked = stray = 0
    for case in range(CASES):
        tables = [random_table(rng, f"Лист{n}") for n in range(rng.randint(1, 3))]
        plain = package(
            [
                f'<table:table table:name="Лист{n}">{"".join(t)}</table:table>'
                for n, t in enumerate(tables)
            ]
        )
        first = read(plain)
        if isinstance(first, FileProblem):  # spans too large and the like: refused politely
            continue
        for grid in first:
            assert len(grid.rows) <= LIMITS.max_sheet_rows, case
            assert all(len(row) <= LIMITS.max_columns for row in grid.rows), case
        which = rng.randrange(len(tables))
        far = list(tables)
        far[which] = [*tables[which], far_blanks(rng, rows_of(tables[which]))]
        data = package(
            [
                f'<table:table table:name="Лист{n}">{"".join(t)}</table:table>'
                for n, t in enumerate(far)
            ]
        )
        second = read(data)
        assert not isinstance(second, FileProblem), (case, second)
        assert shown(second) == shown(first), case
        for grid in second:
            assert len(grid.rows) <= LIMITS.max_sheet_rows, case
        checked += 1
        stray += 1
        far[which] = [
            *tables[which],
            far_blanks(rng, rows_of(tables[which]))
            + (
                f'<table:table-row table:number-rows-repeated="{LIMITS.max_sheet_rows}"/>'
                f"<table:table-row>{data_cell(rng, span=False, covered=False)}</table:table-row>"
            ),
        ]
        data = package(
            [
                f'<table:table table:name="Лист{n}">{"".join(t)}</table:table>'
                for n, t in enumerate(far)
            ]
        )
        assert read(data) is FileProblem.SHEET_TOO_LARGE, case
    assert checked > CASES // 2  # most files read: the property was checked, not skipped


@pytest.mark.parametrize("count", ["-1", "x", "1e9", " "])
def test_a_repeat_count_that_is_no_number_is_called_damaged(count: str) -> None:
    blank = blank_cell(random.Random(1))
    row = f'<table:table-row table:number-rows-repeated="{count}">{blank}</table:table-row>'
    data = package([f'<table:table table:name="Лист1">{row}</table:table>'])
    assert read(data) is FileProblem.UNREADABLE
