"""A corrected plan file sent again (one time changed, one row added): the summary offers
«Обновить прежние», which moves the stored event whose time changed (keeping its id and its
sign-ups, telling the curator and the signed-up student as a move does), leaves the
unchanged rows alone and adds only the new row — no duplicates. Another partner's file, a
first file and an ambiguous title get no such offer. Real planner, real SQLite store, xlsx
files built with openpyxl, frozen clock (newcomer walk 2026-12-01, finding 10)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner
from bot.core.replies import Reply
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, TZ, labels, planner_at
from tests.plan_file_world import reply_text as text
from tests.plan_makers import xlsx

CURATOR, KGTU_REP, BFU_REP, STUDENT = 100, 200, 300, 400
HEADER = ["Дата", "Время", "Мероприятие", "Классы", "Место"]
FIRST = [
    ["08.12", "15.00", "Лекция «Как устроен беспилотник»", "7а,7б", "ауд. 204"],
    ["12.12", "11.00", "Экскурсия в порт", "5-11", "КГТУ"],
    ["15.12.2026", "14:30-16:00", "Олимпиада по программированию", "9-11", "каб. 12"],
]
SECOND = [
    FIRST[0],
    ["12.12", "12.30", "Экскурсия в порт", "5-11", "КГТУ"],
    FIRST[2],
    ["20.12", "10.00", "Профпробы «Судовождение»", "9б", "КГТУ"],
]


@dataclass
class World:
    store: SqliteStore
    planner: Planner

    async def send(self, vk_id: int, rows: list[list[object]]) -> list[Reply]:
        data = xlsx({"Декабрь": [HEADER, *rows]})
        return await import_plan_file(self.planner, vk_id, "kgtu_plan_dec.xlsx", data)

    async def stored(self) -> list[tuple[int, str, str]]:
        events = await self.store.events_between(NOW, None)
        return [(e.id, e.title, e.start.astimezone(TZ).strftime("%d.%m %H:%M")) for e in events]


store = plan_file_world.store


@pytest.fixture
async def world(store: SqliteStore) -> World:
    planner = planner_at(store, curator=CURATOR)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    bfu = await store.create_organisation("БФУ", OrgKind.PARTNER)
    await store.save_person(KGTU_REP, Role.PARTNER, "Анна", kgtu.id)
    await store.save_person(BFU_REP, Role.PARTNER, "Борис", bfu.id)
    await planner.identify(CURATOR, "Завуч")
    return World(store, planner)


async def first_plan_saved(world: World) -> list[tuple[int, str, str]]:
    [summary] = await world.send(KGTU_REP, FIRST)
    assert "Обновить прежние" not in labels(summary)  # nothing stored yet: no offer
    assert "обновлённый план" not in text(summary)
    [saved, *_] = await world.planner.handle(KGTU_REP, "да")
    assert saved.template == "saved"
    return await world.stored()


async def test_a_corrected_plan_moves_the_changed_event_and_adds_only_the_new_row(
    world: World,
) -> None:
    before = await first_plan_saved(world)
    excursion = next(e for e in before if e[1] == "Экскурсия в порт")
    await world.planner.handle(STUDENT, "что 12 декабря?")
    [signed, *_] = await world.planner.handle(STUDENT, "записаться 1")
    assert signed.template == "signed_up", text(signed)

    [summary] = await world.send(KGTU_REP, SECOND)
    shown = text(summary)
    assert "🔁 Похоже, это обновлённый план: 2 строки совпадают с уже сохранёнными" in shown
    assert "Экскурсия в порт: было 12 декабря (сб), 11:00 → стало 12 декабря (сб), 12:30" in shown
    assert labels(summary)[:1] == ["Обновить прежние"]

    update = summary.buttons[0][0].payload
    [done, *notices] = await world.planner.handle(KGTU_REP, "", dict(update))
    assert done.template == "plan_updated", text(done)
    assert "Перенёс (1):\n• Экскурсия в порт — 12 декабря (сб), 12:30" in text(done)
    assert "Без изменений — не дублирую: 2 мероприятия" in text(done)
    assert "Профпробы «Судовождение» — 20 декабря (вс), 10:00" in text(done)
    told = sorted((r.recipients, r.template) for r in notices)
    assert told == [  # the new row waits for the curator's agreement (walk t, #16)
        ((CURATOR,), "agreement_waiting_notice"),
        ((CURATOR,), "change_notice"),
        ((STUDENT,), "participant_moved"),
    ], told

    after = await world.stored()
    assert len(after) == 4, after
    assert (excursion[0], "Экскурсия в порт", "12.12 12:30") in after  # the same event, moved
    assert [t for _, t, _ in after].count("Лекция «Как устроен беспилотник»") == 1
    going = await world.store.signed_up(excursion[0])
    assert [p.vk_id for p in going] == [STUDENT]  # the sign-up follows the moved event


async def test_the_typed_command_does_the_same_and_yes_saves_no_copies(
    world: World,
) -> None:
    await first_plan_saved(world)
    await world.send(KGTU_REP, SECOND)
    [done, *_] = await world.planner.handle(KGTU_REP, "обнови прежние")
    assert done.template == "plan_updated"
    assert len(await world.stored()) == 4

    await world.send(KGTU_REP, SECOND)  # the same file once more: nothing changes
    [again, *_] = await world.planner.handle(KGTU_REP, "обнови прежние")
    assert "Всё уже было сохранено так же — ничего не менял" in text(again), text(again)
    assert len(await world.stored()) == 4

    await world.send(KGTU_REP, SECOND)
    [saved, *_] = await world.planner.handle(KGTU_REP, "да")
    # every row is already stored as it is: «да» makes no copies (walk p, #15)
    assert saved.template == "plan_all_stored"
    assert len(await world.stored()) == 4


async def test_another_partners_file_with_the_same_titles_is_not_offered_an_update(
    world: World,
) -> None:
    """Counter-cases: the offer is about one's own stored events only; a title stored twice
    is ambiguous and is a new row; «обнови прежние» with nothing to update says so and
    keeps the plan pending (nothing saved, nothing lost)."""
    await first_plan_saved(world)
    [summary] = await world.send(BFU_REP, SECOND)
    assert "Обновить прежние" not in labels(summary)
    assert "обновлённый план" not in text(summary)
    [nothing] = await world.planner.handle(BFU_REP, "обнови прежние")
    assert nothing.template == "plan_update_nothing"
    assert "обновлять нечего" in text(nothing)
    assert len(await world.stored()) == 3
    [saved, *_] = await world.planner.handle(BFU_REP, "да")  # still pending
    assert saved.template == "saved"
    assert len(await world.stored()) == 7

    await world.planner.handle(BFU_REP, "Экскурсия в порт 14 декабря в 9:00 для 5 классов")
    [saved, *_] = await world.planner.handle(BFU_REP, "да")
    assert saved.template == "saved"  # БФУ now has two «Экскурсия в порт»
    [twice] = await world.send(BFU_REP, [["13.12", "09.00", "Экскурсия в порт", "5", "КГТУ"]])
    assert "обновлённый план" not in text(twice), text(twice)  # no unique match: a new row
