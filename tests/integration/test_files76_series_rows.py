"""files76: a series in a partner's plan file. A date cell «каждую среду с 02.12 по 23.12»
was a meeting every day of the span (22 meetings, Thursdays to Tuesdays included); «по
средам» was one meeting; the same club on several rows was so many unrelated events. Now
the first is the four Wednesdays and the second a weekly series, as the chat reads the same
words; rows of one title at one hour, place and classes are saved as one series (one
series id: moved or cancelled together like a typed series). Real import path, planner
and store (tests.plan_file_world); the files built as partners make them (openpyxl,
python-docx)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import Event, OrgKind, Role
from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, TZ
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
rendered = plan_file_world.rendered

PARTNER = 40
ROWS = [
    ["№", "Мероприятие", "Дата", "Время", "Классы", "Место"],
    [1, "Кружок робототехники", "каждую среду с 02.12 по 23.12", "15:00", "8", "каб. 12"],
    [2, "Шахматный клуб", "03.12.2026", "16:00", "5", "каб. 5"],
    [3, "Шахматный клуб", "10.12.2026", "16:00", "5", "каб. 5"],
    [4, "Шахматный клуб", "17.12.2026", "16:00", "5", "каб. 5"],
    [5, "Кружок «Юный химик»", "по средам", "14:00", "7", "каб. 7"],
    [6, "Лекция о космосе", "10.12.2026", "16:00", "9", "каб. 5"],
    [7, "Лекция о космосе", "11.12.2026", "16:00", "10", "каб. 5"],
]


async def _saved(store: SqliteStore, planner: Planner, filename: str, data: bytes) -> list[Event]:
    org = await store.create_organisation("Кванториум", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Ира", org.id)
    card = rendered(await import_plan_file(planner, PARTNER, filename, data))
    assert "Сохранить" in card, card
    assert "Сохранено ✅" in rendered(await planner.handle(PARTNER, "да"))
    return await store.events_between(NOW - timedelta(days=1), None)


def _days(events: list[Event], title: str) -> list[str]:
    return [e.start.astimezone(TZ).strftime("%d.%m %a %H:%M") for e in events if e.title == title]


def _series(events: list[Event], title: str) -> set[int | None]:
    return {e.series_id for e in events if e.title == title}


async def test_weekly_cells_and_repeated_rows_are_series(
    store: SqliteStore, planner: Planner
) -> None:
    events = await _saved(store, planner, "plan.xlsx", xlsx({"План": ROWS}))
    assert _days(events, "Кружок робототехники") == [
        "02.12 Wed 15:00",
        "09.12 Wed 15:00",
        "16.12 Wed 15:00",
        "23.12 Wed 15:00",
    ]
    robots = _series(events, "Кружок робототехники")
    assert len(robots) == 1
    assert None not in robots
    chemists = [e for e in events if e.title == "Кружок «Юный химик»"]
    assert len(chemists) > 1, _days(events, "Кружок «Юный химик»")
    assert {e.start.astimezone(TZ).weekday() for e in chemists} == {2}  # Wednesdays
    assert len({e.series_id for e in chemists}) == 1
    assert chemists[0].series_id is not None
    chess = _series(events, "Шахматный клуб")
    assert len(_days(events, "Шахматный клуб")) == 3
    assert len(chess) == 1, chess
    assert None not in chess, chess
    assert not chess & robots
    # the same title for other classes is two events, not a series
    assert _series(events, "Лекция о космосе") == {None}


async def test_repeated_rows_of_a_word_table_are_one_series(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [[str(cell) for cell in row] for row in (ROWS[0], *ROWS[2:5])]
    events = await _saved(store, planner, "plan.docx", docx([rows]))
    chess = _series(events, "Шахматный клуб")
    assert len(_days(events, "Шахматный клуб")) == 3
    assert len(chess) == 1, chess
    assert None not in chess, chess
