"""Left open after the age change of round 19 (leftconv20, item 2): the students signed up
for a saved event whose age range changed were told «Изменения … Ваша запись сохранена»
with nothing about the age. Now the notice says the age was and is; a student whose class
is usually outside the new range keeps the sign-up (the class is only a guess at the age)
and is told so, with «не пойду» to withdraw. The notices are replies with recipients, which
the transports send through the outbox like every change notice. Real store and templates."""

from __future__ import annotations

from bot.core.models import Event, Role
from tests import chat_world
from tests.chat_world import ChatWorld, own, said

world = chat_world.partner_world

NINTH, SEVENTH = 301, 302


async def _tournament_with_students(world: ChatWorld) -> Event:
    """A tournament for 7–11 classes with no age, saved by the partner; a 9Б and a 7А
    student signed up."""
    await said(world, "Турнир по шахматам 16 декабря в 15:00, 7–11 классы, каб. 5")
    own(await world.say("да"))
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    for vk_id, name in ((NINTH, "9Б"), (SEVENTH, "7А")):
        student = await world.store.save_person(vk_id, Role.STUDENT, "Ученик", None, name)
        assert await world.store.sign_up(event.id, student.id) == "going"
    return event


def _notice(world: ChatWorld, replies: list, vk_id: int) -> str:
    [found] = [r for r in replies if vk_id in r.recipients]
    assert found.dedupe_key, found  # an outbox notice, sent once
    return world.text(found)


async def test_students_hear_the_new_age_and_those_outside_it_are_told(world: ChatWorld) -> None:
    event = await _tournament_with_students(world)
    await said(world, "возраст 15+")
    replies = await world.planner.handle(world.vk_id, "да")
    assert replies[0].template == "updated", replies
    ninth = _notice(world, replies, NINTH)
    assert "Возраст был: не указан, теперь: 15+" in ninth, ninth
    assert "Ваша запись сохранена" in ninth
    assert "не пойду" not in ninth
    seventh = _notice(world, replies, SEVENTH)
    assert "Возраст был: не указан, теперь: 15+" in seventh, seventh
    assert "По возрасту ваш класс обычно сюда не подходит" in seventh, seventh
    assert "«не пойду»" in seventh
    for vk_id in (NINTH, SEVENTH):  # both keep their sign-ups
        person = await world.store.get_person_by_vk(vk_id)
        assert person is not None
        assert await world.store.signup_status(event.id, person.id) == "going"


async def test_an_age_that_fits_every_class_tells_nobody_to_leave(world: ChatWorld) -> None:
    await _tournament_with_students(world)
    await said(world, "возраст: 12–18 лет")
    replies = await world.planner.handle(world.vk_id, "да")
    for vk_id in (NINTH, SEVENTH):
        text = _notice(world, replies, vk_id)
        assert "Возраст был: не указан, теперь: 12–18 лет" in text, text
        assert "не подходит" not in text
