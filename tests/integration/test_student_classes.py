"""A student's class and the events they may join, through the planner (real SQLite store,
frozen clock, real templates; newcomer walk 2026-12-01h, finding 3): an event for named
classes or grades takes sign-ups only from students of those classes; a student who has
not named a class may still sign up (the bot cannot know their class)."""

from __future__ import annotations

from tests.integration.test_conversation_changes import (
    CURATOR,
    OTHER_STUDENT,
    STUDENT,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture


async def _status(world: World, vk_id: int, title: str) -> str | None:
    person = await world.store.get_person_by_vk(vk_id)
    assert person is not None
    [event] = [
        e for e in await world.store.events_between(world.clock.now(), None) if e.title == title
    ]
    return await world.store.signup_status(event.id, person.id)


async def test_another_classes_student_is_refused_by_title_and_the_seat_stays(
    world: World,
) -> None:
    await add(world, CURATOR, "Экскурсия 18 декабря в 12:00, 11А, мест: 1")
    await world.say(STUDENT, "я из 9А")
    [refusal] = await world.say(STUDENT, "запиши меня на экскурсию")
    assert refusal.template == "signup_unavailable"
    text = world.text(refusal)
    assert "11А" in text
    assert "9А" in text
    assert "прошло" not in text
    assert await _status(world, STUDENT, "Экскурсия") is None
    await world.say(OTHER_STUDENT, "я из 11А")
    [done] = await world.say(OTHER_STUDENT, "запиши меня на экскурсию")
    assert done.template == "signed_up"


async def test_a_grade_event_takes_its_classes_and_a_classless_student(world: World) -> None:
    await add(world, CURATOR, "Лекция 18 декабря в 12:00, 9 классы")
    await world.say(STUDENT, "я из 9Б")
    [done] = await world.say(STUDENT, "запиши меня на лекцию")
    assert done.template == "signed_up"
    # a student who named no class is not refused: nobody said which class they are in
    [done] = await world.say(OTHER_STUDENT, "запиши меня на лекцию")
    assert done.template == "signed_up"
    assert await _status(world, OTHER_STUDENT, "Лекция") == "going"
