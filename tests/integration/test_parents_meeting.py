"""A meeting for parents is not a students' event (newcomer walk 2026-12-02m, finding 10),
through the planner (real SQLite store, frozen clock, real templates).

A class teacher's «Родительское собрание 10 декабря в 18:00, каб. 12» is for the parents of
their class: the card says «👥 родители 10А», and, as a педсовет, it is never in a student's
list and never joinable by a student; staff still see it in the plan."""

from __future__ import annotations

import pytest

from bot.core.models import Role
from tests.integration.test_conversation_changes import CURATOR, KGTU_REP, STUDENT, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

TEACHER = 500


async def _class_teacher(world: World) -> None:
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)
    await world.say(TEACHER, "я классный руководитель 10А")


async def test_the_walks_parents_meeting_is_for_the_parents_of_the_class(world: World) -> None:
    await _class_teacher(world)
    [card] = await world.say(TEACHER, "Родительское собрание 10 декабря в 18:00, каб. 12")
    assert card.template == "event_card", world.text(card)
    assert "👥 родители 10А" in world.text(card)
    [saved] = await world.say(TEACHER, "да")
    assert saved.template == "saved"
    await add(world, KGTU_REP, "Лекция о роботах 9 декабря в 15:00, 10А")
    await world.say(STUDENT, "я из 10А")
    [listed] = await world.say(STUDENT, "что в декабре?")
    text = world.text(listed)
    assert "Лекция о роботах" in text
    assert "Родительское собрание" not in text
    [refused] = await world.say(STUDENT, "запиши меня на родительское собрание")
    assert refused.template == "signup_title_not_found"
    [staff] = await world.say(CURATOR, "что в декабре?")
    assert "Родительское собрание, каб. 12, родители 10А" in world.text(staff)


@pytest.mark.parametrize(
    "text",
    [
        "Собрание для родителей 11 декабря в 18:00, 9Б",
        "Родительский лекторий 11 декабря в 18:00 для 9Б",
        "Общешкольное родительское собрание 11 декабря в 18:00",
    ],
)
async def test_other_wordings_for_parents(world: World, text: str) -> None:
    [card] = await world.say(CURATOR, text)
    assert card.template == "event_card", world.text(card)
    assert "👥 родители" in world.text(card)


async def test_a_students_event_mentioning_parents_stays_for_students(world: World) -> None:
    """Counter-case: students with their parents are still students' guests."""
    [card] = await world.say(KGTU_REP, "Экскурсия для учеников 9Б с родителями 11 декабря в 15:00")
    assert "родители" not in world.text(card).split("👥")[1].split("\n")[0]


async def test_a_students_file_leaves_the_parents_meeting_out(world: World) -> None:
    """As with a педсовет: a 10А student's plan file for a month with only the parents'
    meeting of 10А is empty (no file); the class teacher gets the file."""
    await _class_teacher(world)
    await add(world, TEACHER, "Родительское собрание 10 декабря в 18:00, каб. 12")
    await world.say(STUDENT, "я из 10А")
    [student_file] = await world.say(STUDENT, "план на декабрь в excel")
    assert student_file.template == "export_empty", world.text(student_file)
    [staff_file] = await world.say(TEACHER, "план на декабрь в excel")
    assert staff_file.template == "export_ready"
