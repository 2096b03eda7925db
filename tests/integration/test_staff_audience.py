"""Events for the school's staff and a class teacher's own class, through the planner (real
SQLite store, frozen clock, real templates; newcomer walk 2026-12-01b, finding 8).

«для учителей» (and «для педагогов», «для классных руководителей», a «Педсовет» naming no
classes) is an audience of its own: stored as the staff's, shown as «педагоги», listed for
staff and curators, never in a student's list, never joinable by a student. A staff member's
«я классный руководитель 7А» is stored, and their events naming no classes are for 7А with
the card saying so."""

from __future__ import annotations

import pytest

from bot.core.models import Audience, Role
from tests.integration.test_conversation_changes import (
    CURATOR,
    KGTU_REP,
    STUDENT,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture

TEACHER = 500


async def _teacher(world: World) -> None:
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)


async def _stored(world: World, title: str) -> Audience:
    events = await world.store.events_between(world.clock.now(), None)
    [found] = [e for e in events if e.title == title]
    return found.audience


@pytest.mark.parametrize(
    "answer",
    ["для учителей", "для педагогов", "для классных руководителей", "учителей"],
)
async def test_for_the_teachers_answers_which_classes(world: World, answer: str) -> None:
    [asked] = await world.say(CURATOR, "Совещание 10 декабря в 16:00, актовый зал")
    assert asked.template == "ask_audience"
    [card] = await world.say(CURATOR, answer)
    assert card.template == "event_card", world.text(card)
    assert "👥 педагоги" in world.text(card)
    [saved] = await world.say(CURATOR, "да")
    assert saved.template == "saved"
    assert await _stored(world, "Совещание") == Audience(staff=True)


async def test_the_walks_message_is_taken_as_the_answer(world: World) -> None:
    """The walk's exact words, sent whole after «Для каких классов?», fill the open draft:
    no «Извините, не понял», no «несохранённый черновик» question."""
    [asked] = await world.say(CURATOR, "Совещание 10 декабря в 16:00")
    assert asked.template == "ask_audience"
    [card] = await world.say(CURATOR, "Совещание 10 декабря в 16:00, актовый зал, для учителей")
    assert card.template == "event_card", world.text(card)
    await world.say(CURATOR, "да")
    assert await _stored(world, "Совещание") == Audience(staff=True)
    assert len(await world.titles()) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Педсовет 10 декабря в 16:00, актовый зал",
        "Педагогический совет 10 декабря в 16:00",
        "Методобъединение учителей математики 10 декабря в 16:00",
    ],
)
async def test_a_staff_meeting_naming_no_classes_is_for_the_staff(world: World, text: str) -> None:
    [card] = await world.say(CURATOR, text)
    assert card.template == "event_card", world.text(card)  # not «Для каких классов?»
    assert "👥 педагоги" in world.text(card)


async def test_a_meeting_for_classes_keeps_its_classes(world: World) -> None:
    """Counter-cases: a staff word that is no audience, and students named with teachers."""
    [card] = await world.say(CURATOR, "Встреча учителей и 9-х классов 10 декабря в 16:00")
    assert card.template in {"event_card", "ask_audience"}
    await world.say(CURATOR, "нет")
    [card] = await world.say(CURATOR, "Лекция для учителей и 9-х классов 11 декабря в 15:00")
    assert card.template == "event_card"
    assert "👥 9-е классы, педагоги" in world.text(card)
    [card] = await world.say(KGTU_REP, "Мастер-класс 12 декабря в 15:00 для 9А")
    assert "педагоги" not in world.text(card)


async def test_students_never_see_or_join_a_staff_event_and_staff_do(world: World) -> None:
    await _teacher(world)
    await add(world, CURATOR, "Педсовет 2 декабря в 16:00, актовый зал")
    await add(world, CURATOR, "Совещание 3 декабря в 15:00, для педагогов")
    await add(world, KGTU_REP, "Лекция о роботах 4 декабря в 15:00, 9Б")
    await world.say(STUDENT, "я из 9Б")
    [student_list] = await world.say(STUDENT, "что на следующей неделе?")
    text = world.text(student_list)
    assert "Лекция о роботах" in text
    assert "Педсовет" not in text
    assert "Совещание" not in text
    [refused] = await world.say(STUDENT, "запиши меня на педсовет")
    assert refused.template == "signup_title_not_found"
    for vk_id in (TEACHER, CURATOR):
        [staff_list] = await world.say(vk_id, "что на следующей неделе?")
        text = world.text(staff_list)
        assert "Педсовет, актовый зал, педагоги" in text
        assert "Совещание, педагоги" in text
        assert "Лекция о роботах" in text
    # a student with no class named yet does not see it either
    [other] = await world.say(STUDENT + 50, "что на следующей неделе?")
    assert "Педсовет" not in world.text(other)


async def test_a_staff_meeting_clashes_with_staff_not_with_students(world: World) -> None:
    await add(world, CURATOR, "Педсовет 10 декабря в 16:00, актовый зал")
    [card] = await world.say(KGTU_REP, "Лекция 10 декабря в 16:00, 9Б, ауд. 204")
    assert card.context["clashes"] == []  # other people, other room
    await world.say(KGTU_REP, "нет")
    [card] = await world.say(CURATOR, "Семинар для учителей 10 декабря в 16:30, каб. 12")
    assert [(c["event"]["title"], c["reasons"]) for c in card.context["clashes"]] == [
        ("Педсовет", ["audience"])  # the same teachers, in another room
    ]


async def test_a_class_teacher_is_remembered_and_their_events_default_to_the_class(
    world: World,
) -> None:
    await _teacher(world)
    [set_reply, *_] = await world.say(TEACHER, "я классный руководитель 7А")  # curators asked
    assert set_reply.template == "class_teacher_set"
    assert "классный руководитель 7А" in world.text(set_reply)
    teacher = await world.store.get_person_by_vk(TEACHER)
    assert teacher is not None
    assert (teacher.role, teacher.class_name) == (Role.STAFF, "7А")
    [card] = await world.say(TEACHER, "Классный час 16 декабря в 14:30, каб. 12")
    assert card.template == "event_card"  # not «Для каких классов?»
    assert "👥 7А — ваш класс" in world.text(card)
    await world.say(TEACHER, "да")
    assert await _stored(world, "Классный час") == Audience(classes=frozenset({"7А"}))
    # classes named, and the staff's own meeting, are kept as written; no «ваш класс» line
    [card] = await world.say(TEACHER, "Экскурсия 17 декабря в 15:00 для 8Б")
    assert "ваш класс" not in world.text(card)
    await world.say(TEACHER, "да")
    assert await _stored(world, "Экскурсия") == Audience(classes=frozenset({"8Б"}))
    [card] = await world.say(TEACHER, "Педсовет 18 декабря в 16:00")
    assert "👥 педагоги" in world.text(card)
    await world.say(TEACHER, "нет")
    # the card's «Классы» button still changes it
    [card] = await world.say(TEACHER, "Родительское собрание 19 декабря в 18:00")
    assert "👥 родители 7А — ваш класс" in world.text(card)  # walk 2026-12-02m #10
    [edit] = [b for row in card.buttons for b in row if b.context.get("field") == "audience"]
    [asked] = await world.press(TEACHER, dict(edit.payload))
    assert asked.template == "ask_edit", asked.template
    [card] = await world.say(TEACHER, "все")
    assert "ваш класс" not in world.text(card)
    await world.say(TEACHER, "да")
    assert await _stored(world, "Родительское собрание") == Audience(parents=True)


async def test_a_staff_member_without_a_class_is_still_asked(world: World) -> None:
    await _teacher(world)
    [asked] = await world.say(TEACHER, "Классный час 16 декабря в 14:30")
    assert asked.template == "ask_audience"
    # a student's «я из 9Б» keeps its reply; a partner's events never default
    [student] = await world.say(STUDENT, "я классный руководитель 9Б")
    assert student.template == "class_set"
    [partner] = await world.say(KGTU_REP, "Лекция 16 декабря в 15:00")
    assert partner.template == "ask_audience"


async def test_a_class_teacher_asks_for_their_class(world: World) -> None:
    await _teacher(world)
    await add(world, KGTU_REP, "Лекция о роботах 3 декабря в 15:00, 7А")
    await add(world, KGTU_REP, "Экскурсия 4 декабря в 15:00, 8Б")
    [unknown] = await world.say(TEACHER, "что у моего класса на следующей неделе?")
    assert unknown.template == "own_class_unknown"
    assert "я классный руководитель 7А" in world.text(unknown)
    await world.say(TEACHER, "я классный руководитель 7А")
    [mine] = await world.say(TEACHER, "что у моего класса на следующей неделе?")
    assert mine.template == "events_list"
    text = world.text(mine)
    assert "7А" in text.splitlines()[0]
    assert "Лекция о роботах" in text
    assert "Экскурсия" not in text
    [everything] = await world.say(TEACHER, "что на следующей неделе?")
    assert "Экскурсия" in world.text(everything)  # the whole school's plan, as before


async def test_a_students_file_leaves_the_staffs_events_out(world: World) -> None:
    """A student who has named no class asks for the plan as a file: a month with only a
    педсовет is empty for them (no file), while staff get the file."""
    await _teacher(world)
    await add(world, CURATOR, "Педсовет 10 декабря в 16:00, актовый зал")
    [student_file] = await world.say(STUDENT + 60, "план на декабрь в excel")
    assert student_file.template == "export_empty", world.text(student_file)
    [staff_file] = await world.say(TEACHER, "план на декабрь в excel")
    assert staff_file.template == "export_ready"
    await add(world, KGTU_REP, "Лекция о роботах 11 декабря в 15:00, 9Б")
    [student_file] = await world.say(STUDENT + 60, "план на декабрь в excel")
    assert student_file.template == "export_ready"  # the students' lecture is in it
