"""A student's cancel of their own sign-up by title through the planner (real SQLite store,
frozen clock, real templates; newcomer walk 2026-12-01, finding 8): two matching sign-ups
are asked about, numbered; only the writer's sign-up changes, never another student's or
the event; a partner's «не пойду на …» and «отмени …» keep their meanings."""

from __future__ import annotations

from bot.core.models import EventStatus, Role
from tests.integration.test_conversation_changes import (
    KGTU_REP,
    OTHER_STUDENT,
    STUDENT,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture


async def _world_with_sign_ups(world: World) -> dict[str, int]:
    """Three events of КГТУ for 9Б; both students signed up for both lectures."""
    await add(world, KGTU_REP, "Лекция о профессиях 15 декабря с 15:00 до 16:00, 9б")
    await add(world, KGTU_REP, "Лекция о роботах 16 декабря с 15:00 до 16:00, 9б")
    await add(world, KGTU_REP, "Экскурсия в порт 17 декабря с 12:00 до 13:00, 9б")
    for vk_id in (STUDENT, OTHER_STUDENT):
        await world.say(vk_id, "я из 9Б")
        [listed] = await world.say(vk_id, "что в декабре?")
        assert listed.template == "events_list"
        assert [r.template for r in await world.say(vk_id, "записаться 1")] == ["signed_up"]
        assert [r.template for r in await world.say(vk_id, "запиши меня на второе")] == [
            "signed_up"
        ]
    events = await world.store.events_between(world.clock.now(), None)
    return {e.title: e.id for e in events}


async def _going(world: World, vk_id: int) -> list[str]:
    person = await world.store.get_person_by_vk(vk_id)
    assert person is not None
    signups = await world.store.events_of_person(person.id, world.clock.now())
    return [e.title for e, status in signups if status == "going"]


async def test_two_matching_sign_ups_are_asked_about_by_number(world: World) -> None:
    ids = await _world_with_sign_ups(world)
    assert await _going(world, STUDENT) == ["Лекция о профессиях", "Лекция о роботах"]
    [which] = await world.say(STUDENT, "не пойду на лекцию")
    assert which.template == "unsign_which"
    text = world.text(which)
    assert "1. Лекция о профессиях" in text
    assert "2. Лекция о роботах" in text
    assert await _going(world, STUDENT) == ["Лекция о профессиях", "Лекция о роботах"]
    [done] = await world.say(STUDENT, "не пойду 2")
    assert done.template == "signup_cancelled"
    assert await _going(world, STUDENT) == ["Лекция о профессиях"]
    # the other student's seats and the events themselves are untouched
    assert await _going(world, OTHER_STUDENT) == ["Лекция о профессиях", "Лекция о роботах"]
    robots = await world.store.get_event(ids["Лекция о роботах"])
    assert robots is not None
    assert robots.status is not EventStatus.CANCELLED


async def test_a_cancel_by_title_in_other_words(world: World) -> None:
    await _world_with_sign_ups(world)
    [done] = await world.say(STUDENT, "отмени мою запись на лекцию о роботах")
    assert done.template == "signup_cancelled"
    [done] = await world.say(STUDENT, "передумал идти на лекцию")  # one lecture left now
    assert done.template == "signup_cancelled"
    assert await _going(world, STUDENT) == []
    [none] = await world.say(STUDENT, "отпиши меня от экскурсии пожалуйста")
    assert none.template == "unsign_title_not_found"  # never signed up for it
    assert "Вы пока никуда не записаны" in world.text(none)
    assert await _going(world, OTHER_STUDENT) == ["Лекция о профессиях", "Лекция о роботах"]
    assert len(await world.titles()) == 3


async def test_a_partners_words_keep_their_meaning(world: World) -> None:
    await _world_with_sign_ups(world)
    partner = await world.store.get_person_by_vk(KGTU_REP)
    assert partner is not None
    assert partner.role is Role.PARTNER
    [reply] = await world.say(KGTU_REP, "не пойду на лекцию")
    assert reply.template == "not_understood"  # a partner has no sign-ups to cancel
    [card] = await world.say(KGTU_REP, "отмени лекцию о роботах")
    assert card.template == "change_card"  # the EVENT's cancel card, as before
    assert next(r.template for r in await world.say(KGTU_REP, "да")) == "cancelled"
    assert [t for t, _, _ in await world.titles()] == ["Лекция о профессиях", "Экскурсия в порт"]
    assert await _going(world, STUDENT) == ["Лекция о профессиях"]


async def test_a_students_joins_every_meeting_of_a_кружок_at_once(world: World) -> None:
    """Newcomer walk 2026-12-01b, finding 6: «запиши меня на кружок …» listed the meetings
    one by one with no way to join them all."""
    await add(world, KGTU_REP, "Кружок робототехники каждый четверг в 15:00 до конца декабря, 9б")
    await add(world, KGTU_REP, "Лекция о роботах 16 декабря с 15:00 до 16:00, 9б")
    await world.say(STUDENT, "я из 9Б")
    [which] = await world.say(STUDENT, "запиши меня на кружок робототехники")
    assert which.template == "signup_which"
    count = len(which.context["items"])
    assert count > 1
    assert f"«запиши меня на все» — на все {count} сразу" in world.text(which)
    done = await world.say(STUDENT, "запиши меня на все")
    # one message listing every meeting, not one per meeting (walk 2026-12-01b; the brief of
    # conv9 calls the old `["signed_up"] * count` wrong)
    assert [r.template for r in done] == ["signed_up_many"]
    assert [i["status"] for i in done[0].context["items"]] == ["going"] * count
    assert await _going(world, STUDENT) == ["Кружок робототехники"] * count  # not the lecture
    [listed] = await world.say(STUDENT, "что в декабре?")
    assert "«запиши меня на все»" not in world.text(listed)  # the hint is the кружок's only
