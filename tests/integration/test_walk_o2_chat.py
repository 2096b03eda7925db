"""Newcomer walk 2026-12-02o, findings 11, 13, 15 and 16, as conversations through the
planner (real SQLite store, frozen clock, real templates): a student's change notice says
what changed (old → new name, place, time)."""

from __future__ import annotations

import pytest

from bot.core.replies import Reply
from tests.integration.test_conversation_changes import KGTU_REP, STUDENT, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

LECTURE = "Лекция «Искусственный интеллект» 10 декабря с 15:00 до 16:00, 9Б, ауд. 204"


async def _signed_up_student(world: World) -> None:
    await world.say(STUDENT, "я из 9Б")
    await world.say(STUDENT, "что 10 декабря?")
    [done, *_] = await world.say(STUDENT, "записаться 1")
    assert done.template == "signed_up", done.template


async def _students_notice(world: World, *said: str) -> str:
    replies: list[Reply] = []
    for text in said:
        replies = await world.say(KGTU_REP, text)
    [told] = [r for r in replies if STUDENT in r.recipients]
    return world.text(told)


# --- 13. a student's change notice says what changed ----------------------------------


async def test_a_renamed_event_names_its_old_title_to_the_student(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await _signed_up_student(world)
    text = await _students_notice(world, "назови лекцию «ИИ для школьников»", "да")
    assert "«ИИ для школьников»" in text, text
    assert "было «Лекция „Искусственный интеллект“»" in text, text


async def test_a_new_place_names_the_old_one_to_the_student(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await _signed_up_student(world)
    text = await _students_notice(world, "место: ауд. 310", "да")
    assert "ауд. 310" in text, text
    assert "Место было: ауд. 204" in text, text
    assert "Время было" not in text, text  # only what changed
    assert "было «" not in text, text


async def test_a_moved_event_names_the_old_time_to_the_student(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await _signed_up_student(world)
    text = await _students_notice(world, "перенеси лекцию на 17:00", "да")
    assert "теперь 10 декабря (чт), 17:00–18:00" in text, text
    assert "было 10 декабря (чт), 15:00–16:00" in text, text


# --- 11. a request typed at a draft's question is answered; the draft is kept ------------

CONCERT = "Новогодний концерт 25 декабря в 17:00, все классы"
DRAFT = "Экскурсия в лабораторию 15 декабря"


async def _asked_time(world: World) -> None:
    await add(world, KGTU_REP, CONCERT)
    [asked] = await world.say(KGTU_REP, DRAFT)
    assert asked.template == "ask_time", asked.template


async def test_a_cancel_at_the_time_question_is_a_cancel_and_the_draft_waits(
    world: World,
) -> None:
    await _asked_time(world)
    card, kept = await world.say(KGTU_REP, "отмени концерт")
    assert card.template == "change_card", world.text(card)
    assert "Отменить «Новогодний концерт»" in world.text(card)
    assert kept.template == "draft_kept", kept.template
    assert "Черновик «Экскурсия в лабораторию» сохранён" in world.text(kept)
    [done, *_] = await world.say(KGTU_REP, "да")
    assert done.template == "cancelled", done.template
    [asked] = await world.say(KGTU_REP, "в 11")  # the draft's question still answers
    assert asked.template == "ask_audience", world.text(asked)


@pytest.mark.parametrize(
    ("said", "template"), [("что завтра?", "no_events"), ("мои мероприятия", "my_events")]
)
async def test_a_question_at_the_time_question_is_answered_and_the_draft_kept(
    world: World, said: str, template: str
) -> None:
    await _asked_time(world)
    answer, kept = await world.say(KGTU_REP, said)
    assert answer.template == template, world.text(answer)
    assert kept.template == "draft_kept", kept.template
    assert "напишите время" in world.text(kept)
    [asked] = await world.say(KGTU_REP, "в 11")
    assert asked.template == "ask_audience", world.text(asked)


async def test_a_real_answer_is_no_request(world: World) -> None:
    await _asked_time(world)
    replies = await world.say(KGTU_REP, "в 11")
    assert [r.template for r in replies] == ["ask_audience"]


async def test_classes_typed_before_their_question_are_kept(world: World) -> None:
    await _asked_time(world)
    kept, asked = await world.say(KGTU_REP, "10 класс")
    assert kept.template == "audience_kept", world.text(kept)
    assert asked.template == "ask_time", world.text(asked)
    [card] = await world.say(KGTU_REP, "в 11")
    assert card.template == "event_card", world.text(card)  # no «Для каких классов?»
    assert "👥 10-е классы" in world.text(card)


# --- 15. a pasted plan's row «(время уточним)» loses the note once its time is given ------

PLAN = (
    "Здравствуйте! Наш план на декабрь:\n"
    "10.12 — лекция «Химия вокруг нас», 15:00, 9-11 классы\n"
    "15.12 — экскурсия в лабораторию (время уточним), 10 классы\n"
    "18.12 — мастер-класс в 14:00, 8А"
)


async def test_a_plan_rows_note_of_a_later_time_is_no_part_of_its_title(world: World) -> None:
    [summary] = await world.say(KGTU_REP, PLAN)
    assert "Экскурсия в лабораторию (строка 2) — нет времени" in world.text(summary)
    await world.say(KGTU_REP, "исправь 2: в 11")
    [saved, *_] = await world.say(KGTU_REP, "да")
    assert saved.template == "saved", world.text(saved)
    assert ("Экскурсия в лабораторию", 15, 11) in await world.titles()
