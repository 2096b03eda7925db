"""Plan import speed and memory with the limits in force, and how fast bombs are refused.

Run: `.venv/bin/python benchmarks/bench_import.py [--events 2000]` (about a minute).
Builds a plan of N events (the import's row limit by default) as .xlsx, .ods, .docx, .csv
and .tsv; hostile files (a million empty rows, a 200 MB shared-strings bomb, a zip whose
directory lies, rows repeated a million times in an .ods, the largest sheet the limits let
through to the reader); and a 200 MB document served over HTTP whose size is not announced.
Each file is read in a fresh child process, which prints: wall time (untraced run), peak
Python heap (tracemalloc, second run) and the growth of the process's peak resident set
(ru_maxrss, which includes native buffers of calamine/lxml; on Linux a child starts from
its parent's peak, so the launcher imports no bot code and the files are made in a child of
their own). Target (issue 9): every bomb refused under 1 s, peak RSS under 300 MB for any
upload up to VK's document size (200 MB).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
import resource
import struct
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 8, 25, 9, 0)  # noqa: DTZ001 - the parser's naive wall-clock time
RSS_TARGET_MIB = 300
REFUSAL_TARGET_S = 1.0
LARGEST = "sheet at the limits"


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# --- the files ------------------------------------------------------------------------


def plan_files(folder: Path, events: int) -> dict[str, Path]:
    from bot.exports.ods import plan_to_ods
    from bot.exports.samples import random_plan
    from bot.exports.texts import load_labels
    from bot.exports.xlsx import PLAN_COLUMNS, plan_to_xlsx, plan_values

    plan = random_plan(TZ, events, date(2026, 9, 1))
    rows = [r for r in plan.rows() if not r.cancelled]
    extra = random_plan(TZ, events - len(rows), date(2026, 9, 1), seed=11).rows()
    rows += [r for r in extra if not r.cancelled][: events - len(rows)]
    labels = load_labels()
    header = [labels.text("plan_columns", c) for c in PLAN_COLUMNS]
    table = [
        [
            v.strftime("%d.%m.%Y") if isinstance(v, date) else "" if v is None else str(v)
            for v in plan_values(r, TZ, labels)
        ]
        for r in rows
    ]
    paths = {
        "xlsx": folder / "plan.xlsx",
        "ods": folder / "plan.ods",
        "docx": folder / "plan.docx",
        "csv": folder / "plan.csv",
        "tsv": folder / "plan.tsv",
    }
    paths["xlsx"].write_bytes(plan_to_xlsx(rows, TZ))
    paths["ods"].write_bytes(plan_to_ods(rows, TZ))
    paths["docx"].write_bytes(_docx([header, *table]))
    for kind, delimiter in (("csv", ";"), ("tsv", "\t")):
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter).writerows([header, *table])
        paths[kind].write_bytes(out.getvalue().encode("utf-8"))
    return paths


def _docx(rows: list[list[str]]) -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("УТВЕРЖДАЮ")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _small_xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Дата", "Название"])
    ws.append([date(2026, 12, 15), "Лекция"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _with_member(data: bytes, name: str, size: int) -> bytes:
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as package, package.open(name, "w") as f:
        piece = b"<si><t>A</t></si>" * 65536
        for _ in range(size // len(piece)):
            f.write(piece)
    return out.getvalue()


def bomb_files(folder: Path) -> dict[str, Path]:
    base = _small_xlsx()
    paths = {
        "million empty rows": folder / "rows.xlsx",
        "strings bomb 200MB": folder / "strings.xlsx",
        "lying zip header": folder / "lying.xlsx",
        "ods 1M repeated": folder / "repeated.ods",
        LARGEST: folder / "widest.xlsx",
    }
    rows = b"".join(b'<row r="%d" spans="1:2"/>' % n for n in range(3, 1_000_003))
    paths["million empty rows"].write_bytes(
        _rewrite(
            base,
            "xl/worksheets/sheet1.xml",
            lambda b: b.replace(b"</sheetData>", rows + b"</sheetData>"),
        )
    )
    paths["strings bomb 200MB"].write_bytes(_with_member(base, "xl/sharedStrings.xml", 200 << 20))
    paths["lying zip header"].write_bytes(_lying(_with_member(base, "xl/media/x.bin", 64 << 20)))
    paths["ods 1M repeated"].write_bytes(_repeated_ods())
    paths[LARGEST].write_bytes(_at_the_limits())
    return paths


def _at_the_limits() -> bytes:
    """The largest sheet the limits let through to the reader: every row and column the
    limits allow filled with distinct text (refused afterwards for its number of events)."""
    from openpyxl import Workbook

    from bot.exports.limits import DEFAULT_LIMITS

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("План")
    columns = DEFAULT_LIMITS.max_columns
    ws.append(["Дата", "Название", *(f"c{n}" for n in range(columns - 2))])
    for row in range(DEFAULT_LIMITS.max_sheet_rows - 1):
        ws.append(["15.12.2026", *(f"{row}-{column}" for column in range(1, columns))])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _rewrite(data: bytes, name: str, edit: Any) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            body = zin.read(info.filename)
            zout.writestr(info.filename, edit(body) if info.filename == name else body)
    return out.getvalue()


def _lying(data: bytes) -> bytes:
    """The central directory claims 10 bytes for the last member."""
    bomb = bytearray(data)
    entry = bomb.rfind(b"PK\x01\x02")
    struct.pack_into("<I", bomb, entry + 24, 10)
    return bytes(bomb)


def _repeated_ods() -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="План")
    for values, repeat in ((["Дата", "Название"], 1), (["15.12.2026", "Лекция"], 1_000_000)):
        row = TableRow(numberrowsrepeated=repeat)
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


# --- the children -----------------------------------------------------------------------


def child_read(path: Path) -> dict[str, Any]:
    from bot.exports.importer import ImportFileError, read_plan_book

    warm = "Название;Дата;Время;Классы\nЛекция;15 дек;с 15 до 16;9 кл.\n".encode()
    read_plan_book(warm, "warm.csv", NOW)  # the language layer's one-time set-up
    base = peak_rss_mib()

    def step() -> str:
        data = path.read_bytes()
        try:
            book = read_plan_book(data, path.name, NOW)
        except ImportFileError as error:
            return f"refused: {error.problem.value}"
        good = sum(1 for r in book.rows if hasattr(r, "draft"))
        return f"{good} events, {len(book.rows) - good} bad rows"

    started = time.perf_counter()
    outcome = step()
    seconds = time.perf_counter() - started
    rss = peak_rss_mib()
    tracemalloc.start()
    step()
    _, heap = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "seconds": seconds,
        "heap": heap / 2**20,
        "rss_growth": rss - base,
        "rss": rss,
        "outcome": outcome,
    }


def child_download(size: int) -> dict[str, Any]:
    """A document of `size` bytes streamed by a local server that does not announce it."""
    from aiohttp import web

    from bot.transports.vk.documents import DocumentError, IncomingDocument, download

    async def serve(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        piece = b"\0" * (1 << 20)
        try:
            for _ in range(size // len(piece)):
                await response.write(piece)
        except (ConnectionResetError, RuntimeError):
            pass
        return response

    async def run() -> str:
        app = web.Application()
        app.router.add_get("/doc", serve)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        try:
            await download(IncomingDocument("plan.xlsx", f"http://127.0.0.1:{port}/doc", 0))
            return "downloaded"
        except DocumentError as error:
            return f"refused: {error}"
        finally:
            await runner.cleanup()

    base = peak_rss_mib()
    started = time.perf_counter()
    outcome = asyncio.run(run())
    seconds = time.perf_counter() - started
    rss = peak_rss_mib()
    return {
        "seconds": seconds,
        "heap": float("nan"),
        "rss_growth": rss - base,
        "rss": rss,
        "outcome": outcome,
    }


def child(argv: list[str]) -> None:
    """One measurement (or the file making) in this fresh process; JSON on stdout."""
    if argv[0] == "make":
        folder, events = Path(argv[1]), int(argv[2])
        made = {
            "plans": {k: str(v) for k, v in plan_files(folder, events).items()},
            "bombs": {k: str(v) for k, v in bomb_files(folder).items()},
        }
        print(json.dumps(made))
    elif argv[0] == "read":
        print(json.dumps(child_read(Path(argv[1]))))
    else:
        print(json.dumps(child_download(int(argv[1]))))


def in_child(*argv: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *argv],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def line(name: str, size: int, r: dict[str, Any]) -> str:
    heap = "   n/a" if r["heap"] != r["heap"] else f"{r['heap']:6.1f}"
    return (
        f"{name:<20} {size / 1024:9.0f} KiB  {r['seconds']:6.2f} s  heap {heap} MiB  "
        f"RSS +{r['rss_growth']:6.1f} (peak {r['rss']:6.1f}) MiB  {r['outcome']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)  # internal
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    worst_rss, worst_refusal = 0.0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made = in_child("make", str(folder), str(args.events))
        plans = {k: Path(v) for k, v in made["plans"].items()}
        bombs = {k: Path(v) for k, v in made["bombs"].items()}
        print(f"Import of a {args.events}-event plan (limits in force), each in a fresh process:")
        for kind, path in plans.items():
            r = in_child("read", str(path))
            worst_rss = max(worst_rss, r["rss"])
            print(line(kind, path.stat().st_size, r), flush=True)
        print("\nHostile files:")
        for name, path in bombs.items():
            r = in_child("read", str(path))
            worst_rss = max(worst_rss, r["rss"])
            if name != LARGEST:  # not a bomb: a file at the limits, read then refused
                worst_refusal = max(worst_refusal, r["seconds"])
            print(line(name, path.stat().st_size, r), flush=True)
        r = in_child("download", str(200 << 20))
        worst_rss, worst_refusal = max(worst_rss, r["rss"]), max(worst_refusal, r["seconds"])
        print(line("200 MB download", 200 << 20, r), flush=True)
    print(
        f"\nworst bomb refusal {worst_refusal:.2f} s (target < {REFUSAL_TARGET_S:.0f} s, "
        f"ratio {worst_refusal / REFUSAL_TARGET_S:.2f}); worst peak RSS {worst_rss:.0f} MiB "
        f"(target < {RSS_TARGET_MIB} MiB, ratio {worst_rss / RSS_TARGET_MIB:.2f})"
    )


if __name__ == "__main__":
    main()
