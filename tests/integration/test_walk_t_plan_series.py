"""A plan file's series row («20-22.01.2027 | 15:00-16:30», a course over three days) sent
again: it is recognised as stored like the single rows («не дублирую») instead of being
saved a second time and clashing with itself, and an updated file that leaves it out asks
about it («В новом файле нет … Отменить их?») instead of keeping it silently. The same file
sent again while its plan still waits for «да» is recognised as that plan. Real planner,
real SQLite store, xlsx files built with openpyxl, frozen clock (newcomer walk 2026-12-02t,
findings 4 and 21)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from bot.core.models import Event, EventStatus, OrgKind, Role
from bot.core.planner import Planner
from bot.core.replies import Reply
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, TZ, planner_at
from tests.plan_file_world import reply_text as text
from tests.plan_makers import xlsx

CURATOR, KGTU_REP = 100, 200
HEADER = ["№ п/п", "Дата", "Время", "Название мероприятия", "Классы", "Место проведения"]
LECTURE = [1, "15.12.2026", "15:00", "Лекция «Цифровые двойники»", "10а", "ауд. 204"]
COURSES_TITLE = "Подготовительные курсы по математике"
COURSES = [2, "20-22.01.2027", "15:00-16:30", COURSES_TITLE, "11", "каб. 21"]
SCIENCE = [3, "08.02.2027", "14:00", "День российской науки: научные бои", "9а,б", "КГТУ"]
FIRST = [LECTURE, COURSES, SCIENCE]


@dataclass
class World:
    store: SqliteStore
    planner: Planner

    async def send(self, rows: list[list[object]], name: str = "kgtu_plan.xlsx") -> Reply:
        data = xlsx({"План": [HEADER, *rows]})
        [summary] = await import_plan_file(self.planner, KGTU_REP, name, data)
        return summary

    async def say(self, words: str) -> list[Reply]:
        return await self.planner.handle(KGTU_REP, words)

    async def events(self) -> list[Event]:
        return await self.store.events_overlapping(
            NOW, datetime(2027, 6, 1, tzinfo=TZ), include_cancelled=True
        )


store = plan_file_world.store


@pytest.fixture
async def world(store: SqliteStore) -> World:
    planner = planner_at(store, curator=CURATOR)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(KGTU_REP, Role.PARTNER, "Анна", kgtu.id)
    await planner.identify(CURATOR, "Завуч")
    return World(store, planner)


def courses(events: list[Event]) -> list[Event]:
    return [e for e in events if e.title == COURSES_TITLE]


async def test_a_series_row_sent_again_is_not_saved_twice(world: World) -> None:
    await world.send(FIRST)
    [saved, *_] = await world.say("да")
    assert saved.template == "saved", text(saved)
    assert len(courses(await world.events())) == 3

    new_row = [4, "10.03.2027", "15:00", "Экскурсия в лабораторию", "9а", "КГТУ"]
    await world.send([*FIRST, new_row])
    [again, *notices] = await world.say("да")
    assert again.template == "saved", text(again)
    assert "не дублирую: 3 строки" in text(again), text(again)
    assert len(courses(await world.events())) == 3  # not six
    assert not any(r.template == "clash_added" for r in notices), [text(r) for r in notices]


async def test_an_updated_file_without_the_series_row_asks_about_it(world: World) -> None:
    await world.send(FIRST)
    await world.say("да")
    moved_science = [3, "09.02.2027", "14:00", "День российской науки: научные бои", "9а,б", "КГТУ"]
    await world.send([LECTURE, moved_science], name="kgtu_plan_v2.xlsx")
    [done, *rest] = await world.say("обнови прежние")
    assert done.template == "plan_updated", text(done)
    questions = [r for r in rest if r.template == "plan_missing_question"]
    assert questions, [text(r) for r in rest]
    asked = text(questions[0])
    assert "Подготовительные курсы по математике — 20 января" in asked, asked
    assert "22 января" in asked, asked
    assert "Лекция" not in asked, asked

    [cancelled, *_] = await world.say("да")
    assert cancelled.template == "plan_missing_cancelled", text(cancelled)
    statuses = {e.status for e in courses(await world.events())}
    assert statuses == {EventStatus.CANCELLED}


async def test_an_updated_file_keeping_the_series_row_does_not_ask_about_it(world: World) -> None:
    """Counter-case: the series row repeated as stored is neither missing nor added."""
    await world.send(FIRST)
    await world.say("да")
    moved_science = [3, "09.02.2027", "14:00", "День российской науки: научные бои", "9а,б", "КГТУ"]
    await world.send([LECTURE, COURSES, moved_science], name="kgtu_plan_v2.xlsx")
    [done, *rest] = await world.say("обнови прежние")
    assert done.template == "plan_updated", text(done)
    assert not [r for r in rest if r.template == "plan_missing_question"]
    assert "Добавил" not in text(done), text(done)
    assert len(courses(await world.events())) == 3
