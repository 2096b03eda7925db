"""files77: a club's rows (one per meeting, saved as one series by files76) in a partner's
plan file sent again with one row changed (bot.core.features.plan_updates). At main a
meeting moved to another day in the file was added as a stand-alone event and the old
meeting asked «Отменить?» (series events were never matched); a row stored exactly as it
is «moved» a stand-alone event of the same title onto its own day (a duplicate); a new
club's rows were saved as unrelated events. Real import path, planner and store
(tests.plan_file_world); the files built with openpyxl (tests.plan_makers)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import Event, OrgKind, Role
from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, TZ, rendered
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner

PARTNER = 40
HEAD = ["№", "Мероприятие", "Дата", "Время", "Классы", "Место"]
CHESS = [
    [2, "Шахматный клуб", "03.12.2026", "16:00", "5", "каб. 5"],
    [3, "Шахматный клуб", "10.12.2026", "16:00", "5", "каб. 5"],
    [4, "Шахматный клуб", "17.12.2026", "16:00", "5", "каб. 5"],
]
LECTURE = [1, "Лекция о космосе", "11.12.2026", "16:00", "9", "каб. 5"]


async def _send(planner: Planner, rows: list[list[object]]) -> str:
    data = xlsx({"План": [HEAD, *rows]})
    return rendered(await import_plan_file(planner, PARTNER, "plan.xlsx", data))


async def _events(store: SqliteStore) -> list[Event]:
    return await store.events_between(NOW - timedelta(days=1), None)


def _show(events: list[Event]) -> list[tuple[str, str, int | None, str]]:
    return [
        (e.title, e.start.astimezone(TZ).strftime("%d.%m %H:%M"), e.series_id, e.status.value)
        for e in events
    ]


async def _saved_first(store: SqliteStore, planner: Planner) -> None:
    org = await store.create_organisation("Кванториум", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Ира", org.id)
    assert "Сохранить" in await _send(planner, [LECTURE, *CHESS])
    assert "Сохранено ✅" in rendered(await planner.handle(PARTNER, "да"))


MOVED = [*CHESS[:2], [4, "Шахматный клуб", "18.12.2026", "16:00", "5", "каб. 5"]]
CHEMISTS = [
    [5, "Кружок «Юный химик»", day, "15:00", "7", "каб. 7"] for day in ("04.12.2026", "11.12.2026")
]


async def test_a_club_meeting_moved_in_the_resent_file_moves_in_its_series(
    store: SqliteStore, planner: Planner
) -> None:
    await _saved_first(store, planner)
    [series] = {e.series_id for e in await _events(store) if e.title == "Шахматный клуб"}
    offer = await _send(planner, [LECTURE, *MOVED])
    assert "было 17 декабря (чт), 16:00 → стало 18 декабря (пт), 16:00" in offer, offer
    assert "нет 1 мероприятия из прежнего" not in offer, offer
    answer = rendered(await planner.handle(PARTNER, "обнови прежние"))
    assert "Добавил новых" not in answer, answer
    assert "Отменить" not in answer, answer
    chess = [e for e in await _events(store) if e.title == "Шахматный клуб"]
    assert [(d, s) for _, d, s, _ in _show(chess)] == [
        ("03.12 16:00", series),
        ("10.12 16:00", series),
        ("18.12 16:00", series),
    ]


async def test_a_row_stored_as_it_is_never_moves_another_event_of_its_title(
    store: SqliteStore, planner: Planner
) -> None:
    """A stand-alone «Шахматный клуб» beside the club's series (typed in the chat, or saved
    by an older bot) was «moved» onto the day of a row that is already stored as it is,
    and that row's day was added again: two meetings on 3 December."""
    await _saved_first(store, planner)
    typed = "Шахматный клуб 24 декабря в 16:00, 5 классы, каб. 5"
    assert "Сохранить?" in rendered(await planner.handle(PARTNER, typed))
    assert "Сохранено ✅" in rendered(await planner.handle(PARTNER, "да"))
    late = [5, "Шахматный клуб", "24.12.2026", "16:00", "5", "каб. 5"]
    offer = await _send(planner, [LECTURE, *CHESS, late])
    assert "ничего нового" in offer, offer
    answer = rendered(await planner.handle(PARTNER, "обнови прежние"))
    assert "Перенёс" not in answer, answer
    days = [d for t, d, _, _ in _show(await _events(store)) if t == "Шахматный клуб"]
    assert days == ["03.12 16:00", "10.12 16:00", "17.12 16:00", "24.12 16:00"], days


async def test_new_club_rows_of_a_resent_file_are_one_series(
    store: SqliteStore, planner: Planner
) -> None:
    await _saved_first(store, planner)
    offer = await _send(planner, [LECTURE, *CHESS, *CHEMISTS])
    assert "Обновить прежние" in offer, offer
    answer = rendered(await planner.handle(PARTNER, "обнови прежние"))
    assert "Добавил новых (2)" in answer, answer
    chemists = {e.series_id for e in await _events(store) if e.title == "Кружок «Юный химик»"}
    assert len(chemists) == 1, chemists
    assert None not in chemists
