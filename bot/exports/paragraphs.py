"""A Word document without a plan table, whose plan is written as lines («1. 08.12 в 15.00 –
лекция «Морские профессии», 8а, 8б, акт. зал»): its paragraphs are read the way a plan pasted
into the chat is (bot.core.language.intents_many.parse_many), one row per paragraph.

Row numbers are the paragraph's place among the document's non-empty paragraphs (what the
summary calls «строка N»). Headings («План мероприятий на декабрь») are left out; other lines
that are not events are named as rows not understood. Times are the school's naive
wall-clock time, as for a chat message.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from bot.core.language.intents import parse_message
from bot.core.language.intents_many import parse_many
from bot.core.language.month_rows import dated_by_month_headings, month_heading
from bot.core.language.plan_text import is_heading
from bot.core.models import EventIntent
from bot.exports.limits import Limits, open_package
from bot.exports.problems import RowProblem

MAX_PARAGRAPHS = 300  # non-empty paragraphs read as a plan; a longer text is no pasted plan
TITLE_LINES = 10  # a plan's title block: at most this many lines before its first event


def docx_paragraphs(data: bytes, limits: Limits) -> list[str]:
    """The non-empty paragraphs of a .docx body, stripped, in order (tables not included);
    [] when python-docx cannot read it (the caller has already refused broken files)."""
    import docx

    open_package(data, limits).close()
    try:
        document = docx.Document(io.BytesIO(data))
        return [p.text.strip() for p in document.paragraphs if p.text.strip()]
    except Exception:  # a part python-docx cannot parse: no paragraphs to offer
        return []


def paragraph_rows(
    lines: Sequence[str], now: datetime, limits: Limits
) -> list[tuple[int, EventIntent | RowProblem, str]] | None:
    """(row number, the line's event or why it is not one, the line) for each non-heading
    line of a document whose paragraphs read as a plan pasted into the chat (at least two
    event lines, most of them with their own day: parse_many's rule); None otherwise.
    `now`: the school's naive wall-clock time. Lines under a month heading that open with
    a bare day («Декабрь» / «14 — Лекция, 15:00, 9А») are read as that month's day, and the
    month headings are left out (bot.core.language.month_rows)."""
    if len(lines) < 2 or len(lines) > MAX_PARAGRAPHS:
        return None
    if len(parse_many("\n".join(lines), now)) < 2:
        return None
    dated = dated_by_month_headings(list(lines))
    rows: list[tuple[int, EventIntent | RowProblem, str]] = []
    for number, line in enumerate(lines, start=1):
        if len(line) > limits.max_cell_chars:
            rows.append((number, RowProblem.TOO_LONG, line[:60]))
            continue
        if dated is not None and month_heading(line) is not None:
            continue  # «Декабрь»: it dates the lines under it
        intent = parse_message(dated[number - 1] if dated is not None else line, now)
        if isinstance(intent, EventIntent):
            rows.append((number, intent, line))
        elif not is_heading(line):
            rows.append((number, RowProblem.NOT_AN_EVENT, line))
    return rows


def paragraph_title(lines: Sequence[str], now: datetime, limits: Limits) -> list[str]:
    """The title lines of a paragraph plan, which state its year («План мероприятий на
    2026/27 учебный год»: bot.exports.title_year.stated_year; a date line below the title or
    a preamble «Утверждаю … 01.09.2026 г.» never does) and its period (files69): the heading
    lines (bot.core.language.plan_text.is_heading) before its first event line, among its
    first TITLE_LINES lines (a line over `limits.max_cell_chars` is skipped, not parsed)."""
    title: list[str] = []
    for line in lines[:TITLE_LINES]:
        if len(line) > limits.max_cell_chars:
            continue  # no title, and too long to parse (paragraph_rows names it TOO_LONG)
        if isinstance(parse_message(line, now), EventIntent):
            break
        if is_heading(line):
            title.append(line)
    return title
