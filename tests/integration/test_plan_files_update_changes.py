"""A corrected plan file sent again, beyond a changed time: «Обновить прежние» also renames,
re-places and re-addresses the matched events (same ids, sign-ups kept, the signed-up student
told), and the earlier file's events that the new file leaves out are never cancelled
silently — they are listed with «Отменить их?», cancelled only on «да» (the student and the
curator told as for any cancel), kept on «нет», and a question asked in between closes the
offer without cancelling anything. Real planner, real SQLite store, xlsx files built with
openpyxl, frozen clock (newcomer walk 2026-12-01, finding 10)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from bot.core.models import Audience, Event, EventStatus, OrgKind, Role
from bot.core.planner import Planner
from bot.core.replies import Reply
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, TZ, labels, planner_at
from tests.plan_file_world import reply_text as text
from tests.plan_makers import xlsx

CURATOR, KGTU_REP, STUDENT = 100, 200, 400
HEADER = ["Дата", "Время", "Мероприятие", "Классы", "Место"]
LECTURE = ["08.12", "15.00", "Лекция «Как устроен беспилотник»", "7а,7б", "ауд. 204"]
EXCURSION = ["12.12", "11.00", "Экскурсия в порт", "5-11", "КГТУ"]
OLYMPIAD = ["15.12.2026", "14:30-16:00", "Олимпиада по программированию", "9-11", "каб. 12"]
QUIZ = ["17.12", "16.00", "Квиз «Морские узлы»", "6а", "каб. 3"]
FIRST = [LECTURE, EXCURSION, OLYMPIAD, QUIZ]


@dataclass
class World:
    store: SqliteStore
    planner: Planner

    async def send(self, rows: list[list[object]], name: str = "kgtu_plan_dec.xlsx") -> Reply:
        data = xlsx({"Декабрь": [HEADER, *rows]})
        [summary] = await import_plan_file(self.planner, KGTU_REP, name, data)
        return summary

    async def say(
        self, vk_id: int, words: str, payload: dict[str, object] | None = None
    ) -> list[Reply]:
        return await self.planner.handle(vk_id, words, payload)

    async def events(self) -> dict[str, Event]:
        everything = await self.store.events_overlapping(
            NOW, datetime(2027, 1, 1, tzinfo=TZ), include_cancelled=True
        )
        return {e.title: e for e in everything}


store = plan_file_world.store


@pytest.fixture
async def world(store: SqliteStore) -> World:
    planner = planner_at(store, curator=CURATOR)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(KGTU_REP, Role.PARTNER, "Анна", kgtu.id)
    await planner.identify(CURATOR, "Завуч")
    await store.save_person(STUDENT, Role.STUDENT, "Ученик", class_name="9Б")
    return World(store, planner)


async def saved_first(world: World, sign_up_for: str) -> dict[str, Event]:
    await world.send(FIRST)
    [saved, *_] = await world.say(KGTU_REP, "да")
    assert saved.template == "saved", text(saved)
    events = await world.events()
    [signed, *_] = await world.say(STUDENT, f"запиши меня на {sign_up_for}")
    assert signed.template == "signed_up", text(signed)
    return events


async def test_a_changed_title_venue_and_classes_update_the_same_events(world: World) -> None:
    before = await saved_first(world, "экскурсию в порт")
    second = [
        ["08.12", "15.00", "Лекция «Как устроен беспилотник»", "7а,7б,7в", "актовый зал"],
        ["12.12", "11.00", "Экскурсия в морской порт", "5-11", "КГТУ"],  # renamed
        OLYMPIAD,
        QUIZ,
    ]
    summary = await world.send(second)
    shown = text(summary)
    assert labels(summary)[:1] == ["Обновить прежние"], shown
    assert "изменились название, место или классы" in shown, shown
    assert "Экскурсия в порт: название → «Экскурсия в морской порт»" in shown, shown
    assert "место → актовый зал" in shown, shown

    [done, *notices] = await world.say(KGTU_REP, "обнови прежние")
    assert done.template == "plan_updated", text(done)
    assert "Изменил (2):" in text(done), text(done)
    assert "Без изменений — не дублирую: 2 мероприятия" in text(done), text(done)
    assert "Добавил" not in text(done)
    assert all(r.template != "plan_missing_question" for r in notices)

    after = await world.events()
    assert len(after) == 4, sorted(after)  # no duplicates
    lecture = after["Лекция «Как устроен беспилотник»"]
    assert lecture.id == before["Лекция «Как устроен беспилотник»"].id
    assert (lecture.venue, lecture.audience) == (
        "актовый зал",
        Audience(classes=frozenset({"7А", "7Б", "7В"})),
    )
    excursion = after["Экскурсия в морской порт"]
    assert excursion.id == before["Экскурсия в порт"].id  # renamed, not added
    assert excursion.start == before["Экскурсия в порт"].start
    assert [p.vk_id for p in await world.store.signed_up(excursion.id)] == [STUDENT]
    told = {r.recipients: (r.template, text(r)) for r in notices}
    assert told[(STUDENT,)][0] == "participant_updated"
    assert "«Экскурсия в морской порт»" in told[(STUDENT,)][1]
    curator = [t for r, (tpl, t) in told.items() if r == (CURATOR,)]
    assert curator, told
    assert "✏️ Изменено (КГТУ)" in curator[0], told


async def test_rows_missing_from_the_new_file_are_asked_about_and_cancelled_on_yes(
    world: World,
) -> None:
    before = await saved_first(world, "олимпиаду по программированию")
    moved_excursion = ["12.12", "12.30", "Экскурсия в порт", "5-11", "КГТУ"]
    new_row = ["20.12", "10.00", "Профпробы «Судовождение»", "9б", "КГТУ"]
    await world.send([LECTURE, moved_excursion, new_row], name="kgtu_plan_dec (2).xlsx")

    [done, question, *notices] = await world.say(KGTU_REP, "обнови прежние")
    assert done.template == "plan_updated", text(done)
    assert "Профпробы «Судовождение»" in text(done)
    assert question.template == "plan_missing_question", text(question)
    asked = text(question)
    assert "В новом файле нет 2 мероприятий из прежнего плана:" in asked, asked
    assert "• Олимпиада по программированию — 15 декабря (вт), 14:30–16:00, каб. 12" in asked
    assert "• Квиз «Морские узлы» — 17 декабря (чт), 16:00, каб. 3" in asked
    assert "Отменить их?" in asked
    assert labels(question) == ["Да, отменить", "Нет, оставить"]
    assert all(e.status is EventStatus.CONFIRMED for e in (await world.events()).values())
    # the moved excursion's curator notice went out; nothing about the olympiad yet
    assert not any(STUDENT in r.recipients for r in notices)

    [cancelled, *told] = await world.say(KGTU_REP, "да")
    assert cancelled.template == "plan_missing_cancelled", text(cancelled)
    assert "Олимпиада по программированию" in text(cancelled)
    after = await world.events()
    assert after["Олимпиада по программированию"].status is EventStatus.CANCELLED
    assert after["Квиз «Морские узлы»"].status is EventStatus.CANCELLED
    assert after["Олимпиада по программированию"].id == before["Олимпиада по программированию"].id
    for title in ("Лекция «Как устроен беспилотник»", "Экскурсия в порт"):
        assert after[title].status is EventStatus.CONFIRMED
    assert after["Профпробы «Судовождение»"].status is EventStatus.CONFIRMED
    by = {(r.template, r.recipients) for r in told}
    assert ("participant_cancelled", (STUDENT,)) in by, by
    assert ("change_notice", (CURATOR,)) in by, by
    student = next(r for r in told if r.recipients == (STUDENT,))
    assert "«Олимпиада по программированию»" in text(student)
    assert "отменено" in text(student)

    [again] = await world.say(KGTU_REP, "да")  # the question is closed: nothing more
    assert again.template == "nothing_pending", text(again)


async def test_no_keeps_the_missing_rows_and_a_new_question_closes_the_offer(
    world: World,
) -> None:
    await saved_first(world, "олимпиаду по программированию")
    await world.send([LECTURE, EXCURSION, QUIZ])
    [done, question, *_] = await world.say(KGTU_REP, "обнови прежние")
    assert "Всё уже было сохранено так же" in text(done), text(done)
    assert "В новом файле нет 1 мероприятия из прежнего плана" in text(question)
    assert "Отменить его?" in text(question)
    keep = question.buttons[0][1].payload
    [kept] = await world.say(KGTU_REP, "", dict(keep))
    assert kept.template == "plan_missing_kept", text(kept)
    olympiad = (await world.events())["Олимпиада по программированию"]
    assert olympiad.status is EventStatus.CONFIRMED
    assert [p.vk_id for p in await world.store.signed_up(olympiad.id)] == [STUDENT]
    cancel = question.buttons[0][0].payload
    [late] = await world.say(KGTU_REP, "", dict(cancel))  # a stale button does nothing
    assert late.template == "change_outdated", text(late)

    # asked again, then something else is said: «да» afterwards cancels nothing
    await world.send([LECTURE, EXCURSION, QUIZ])
    [_, question, *_] = await world.say(KGTU_REP, "обнови прежние")
    assert question.template == "plan_missing_question"
    await world.say(KGTU_REP, "мои мероприятия")
    await world.say(KGTU_REP, "да")
    olympiad = (await world.events())["Олимпиада по программированию"]
    assert olympiad.status is EventStatus.CONFIRMED


async def test_another_file_of_the_same_partner_is_not_the_earlier_file(world: World) -> None:
    """Counter-case: events saved from a different file (or typed in the chat) are not
    asked about when a corrected copy of the first file leaves them out."""
    await saved_first(world, "олимпиаду по программированию")
    await world.send([["22.12", "15.00", "Лекция о навигации", "8а", "ауд. 101"]], "jan.xlsx")
    await world.say(KGTU_REP, "да")
    await world.say(KGTU_REP, "Встреча с капитаном 23 декабря в 15:00 для 9б, актовый зал")
    await world.say(KGTU_REP, "да")
    await world.send(FIRST)
    [done, *rest] = await world.say(KGTU_REP, "обнови прежние")
    assert done.template == "plan_updated"
    assert all(r.template != "plan_missing_question" for r in rest), [r.template for r in rest]
    assert len(await world.events()) == 6
