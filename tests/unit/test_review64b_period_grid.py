"""review64b: a year plan laid out by quarters (bot/exports/period_grid.py) whose rows are
numbered: the line of work beside the quarters is the events' note, not the row's number."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.exports.grids import Grid
from bot.exports.importer import ImportedRow, plan_from_grids
from bot.exports.limits import DEFAULT_LIMITS

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 (the school's wall-clock time)


@pytest.mark.parametrize(
    "header",
    [
        ["№", "Направление", "I четверть", "II четверть"],
        ["№ п/п", "Направление работы", "1 четверть", "2 четверть"],
        ["", "", "I четверть", "II четверть"],  # the line of work's column left unheaded
        ["Направление", "I четверть", "II четверть", "Ответственный"],
    ],
)
def test_the_line_of_work_is_the_events_note(header: list[object]) -> None:
    """Before: under «№ | Направление | I четверть …» the note was «1: Урок мужества …»
    (the row's number), the line of work «Патриотическое» lost."""
    at = header.index("I четверть") if "I четверть" in header else 2
    row: list[object] = [""] * len(header)
    row[at - 1] = "Патриотическое"
    if at > 1:
        row[0] = "1"
    row[at + 1] = "Урок мужества 12.12 в 10:00, 7–9 кл."
    rows = [["План на 2026-2027 учебный год"], header, row]
    book = plan_from_grids([Grid(0, "План", rows)], NOW, None, DEFAULT_LIMITS)
    [found] = [r for r in book.rows if isinstance(r, ImportedRow)]
    assert found.draft.description == "Патриотическое: Урок мужества 12.12 в 10:00, 7–9 кл."


def _cell_events(cell: str) -> list[tuple[str | None, str]]:
    rows = [["Направление", "I четверть", "II четверть"], ["Спортивное", "", cell]]
    book = plan_from_grids([Grid(0, "План", rows)], NOW, None, DEFAULT_LIMITS)
    return [
        (r.draft.title, r.draft.description or "") if isinstance(r, ImportedRow) else (None, "")
        for r in book.rows
    ]


def test_a_dayless_clause_after_a_semicolon_goes_with_the_event_before() -> None:
    """Before: «Урок мужества 12.12 в 10:00; отв. Иванова А.А.» made a second part, held
    «не понял дату «отв. Иванова А.А.»», and the event's note lost who answers for it."""
    assert _cell_events("Урок мужества 12.12 в 10:00; отв. Иванова А.А.") == [
        ("Урок мужества", "Спортивное: Урок мужества 12.12 в 10:00; отв. Иванова А.А.")
    ]


def test_events_after_semicolons_and_a_dayless_line_stay_apart() -> None:
    """Guard: «;» between two dated events still parts them; a line of its own with no day
    is still held «не понял дату»."""
    got = _cell_events("Кросс 12.12; Эстафета 19.12\nАкция «Чистый двор»")
    assert [title for title, _ in got] == ["Кросс", "Эстафета", None]
