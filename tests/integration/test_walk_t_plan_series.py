"""A plan file's series row («20-22.01.2027 | 15:00-16:30», a course over three days) sent
again: it is recognised as stored like the single rows («не дублирую») instead of being
saved a second time and clashing with itself, and an updated file that leaves it out asks
about it («В новом файле нет … Отменить их?») instead of keeping it silently. The same file
sent again while its plan still waits for «да» is recognised as that plan. Real planner,
real SQLite store, xlsx files built with openpyxl, frozen clock (newcomer walk 2026-12-02t,
findings 4 and 21)."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    planner_replies: list[Reply] = field(default_factory=list)  # the last file's replies

    async def send(self, rows: list[list[object]], name: str = "kgtu_plan.xlsx") -> Reply:
        data = xlsx({"План": [HEADER, *rows]})
        self.planner_replies = await import_plan_file(self.planner, KGTU_REP, name, data)
        return self.planner_replies[0]

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


async def test_the_same_file_sent_again_while_pending_is_that_plan(world: World) -> None:
    first = await world.send(FIRST)
    again = await world.send(FIRST, name="kgtu_plan (1).xlsx")  # re-sent after no answer
    assert again.template == "plan_already_pending", text(again)
    assert "уже ждёт подтверждения" in text(again), text(again)
    [summary] = [r for r in world.planner_replies if r.template == first.template]
    assert "добавь" not in text(summary), text(summary)
    [saved, *_] = await world.say("да")
    assert saved.template == "saved", text(saved)
    assert "3 мероприятия (5 встреч)" in text(saved), text(saved)
    assert len(courses(await world.events())) == 3
    [nothing] = await world.say("да")  # no plan was put aside to come back
    assert nothing.template == "nothing_pending", text(nothing)


async def test_a_line_fix_at_the_add_or_replace_question_asks_it_first(world: World) -> None:
    await world.send(FIRST)
    lab = [2, "10.03.2027", "15:00", "Экскурсия в лабораторию", "9а", "КГТУ"]
    question = await world.send([LECTURE, lab], name="kgtu_march.xlsx")
    assert question.template == "draft_choice", text(question)
    first, *more = await world.say("исправь 2: в 16:00")
    assert not more, [(first.template, text(first))]
    assert first.template == "draft_choice_line_first", text(first)
    assert "Сначала скажите, что сделать с новым планом" in text(first), text(first)
    assert "«замени»" in text(first), text(first)
    [replaced, *_] = await world.say("замени")
    assert "3. Экскурсия в лабораторию" in text(replaced), text(replaced)  # its sheet row
    [fixed, *_] = await world.say("исправь 3: в 16:00")
    assert fixed.template == "plan_line_fixed", text(fixed)
    assert "Экскурсия в лабораторию" in text(fixed), text(fixed)
    await world.say("да")
    [lab_event] = [e for e in await world.events() if e.title == "Экскурсия в лабораторию"]
    assert lab_event.start == datetime(2027, 3, 10, 16, 0, tzinfo=TZ)
    assert not courses(await world.events())  # the first plan was replaced, not kept


async def test_an_updated_file_counts_no_clash_of_a_row_with_the_event_it_updates(
    world: World,
) -> None:
    await world.send(FIRST)
    await world.say("да")
    moved_science = [3, "08.02.2027", "15:00", "День российской науки: научные бои", "9а,б", "КГТУ"]
    summary = await world.send([LECTURE, COURSES, moved_science], name="kgtu_plan_v2.xlsx")
    shown = text(summary)
    assert "Обновить прежние" in shown or "обнови прежние" in shown, shown
    assert "похоже на то же мероприятие" not in shown, shown
    assert "Накладок:" not in shown, shown
    assert "Накладок нет" in shown, shown
    assert "2 строки совпадают с уже сохранёнными" in shown, shown  # the series too
