"""The last note of newcomer walk 2026-12-01e (its finding 19 from the chat's side), through
the planner (real SQLite store, frozen clock, real templates): a span of days typed without a
time («Неделя театра 21–25 декабря») was saved as an all-day event at once, while a plan file
holds the same row with «нет времени». The chat now asks for the time (or «весь день»), as
the file does; a span that says «весь день» is still all day at once. A class teacher's
«запишите 9А на экскурсию 15 декабря в 15:00» naming no stored event is a new event for 9А."""

from __future__ import annotations

from bot.core.models import Audience, Role
from tests.integration.test_conversation_changes import KGTU_REP, NOW, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture


async def test_a_span_without_a_time_asks_for_it(world: World) -> None:
    [asked] = await world.say(KGTU_REP, "Неделя театра 21–25 декабря, 9 классы")
    assert asked.template == "ask_time", world.text(asked)
    assert "весь день" in world.text(asked)
    [card] = await world.say(KGTU_REP, "весь день")
    assert card.template == "event_card"
    assert "21–25 декабря" in world.text(card)
    await world.say(KGTU_REP, "да")
    [event] = await world.store.events_between(NOW, None)
    assert event.all_day
    assert event.end.astimezone(NOW.tzinfo).day == 26  # 21–25 inclusive, midnight after


async def test_a_span_given_a_time_is_a_meeting_each_day(world: World) -> None:
    await world.say(KGTU_REP, "Неделя театра 21–25 декабря, 9 классы")
    [card] = await world.say(KGTU_REP, "в 15:00")
    assert card.template == "event_card"
    await world.say(KGTU_REP, "да")
    events = await world.store.events_between(NOW, None)
    assert [e.start.astimezone(NOW.tzinfo).day for e in events] == [21, 22, 23, 24, 25]
    assert {e.start.astimezone(NOW.tzinfo).hour for e in events} == {15}


async def test_a_span_that_says_all_day_is_not_asked_about(world: World) -> None:
    for said in (
        "Неделя театра 21–25 декабря, весь день, 9 классы",
        "Неделя театра с 21 по 25 декабря целый день, 9 классы",
    ):
        [card] = await world.say(KGTU_REP, said)
        assert card.template == "event_card", said
        await world.say(KGTU_REP, "нет")


async def test_a_pasted_plan_holds_the_span_as_a_file_does(world: World) -> None:
    [summary] = await world.say(
        KGTU_REP,
        "Лекция 15 декабря в 15:00, 9 классы\nНеделя театра 21–25 декабря, 9 классы",
    )
    assert summary.template == "plan_summary"
    assert "Неделя театра (строка 2)" in world.text(summary), world.text(summary)


# --- a class teacher's «запишите 9А на экскурсию 15 декабря в 15:00» --------------------

TEACHER = 500


async def _teacher(world: World) -> None:
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Учитель", school.id)
    [done, *_] = await world.say(TEACHER, "я классный руководитель 9А")  # curators asked
    assert done.template == "class_teacher_set", done.template


async def test_a_class_teacher_naming_a_new_event_gets_its_card(world: World) -> None:
    """Walk 2026-12-01e, last note: a kind of event with a day and a time that matches no
    stored event is a new event for the class, not a whole-class sign-up request."""
    await _teacher(world)
    [card] = await world.say(TEACHER, "запишите 9А на экскурсию 15 декабря в 15:00")
    assert card.template == "event_card", world.text(card)
    text = world.text(card)
    assert "Экскурсия" in text
    assert "9А" in text
    await world.say(TEACHER, "да")
    [event] = await world.store.events_between(NOW, None)
    assert event.audience == Audience(classes=frozenset({"9А"}))


async def test_an_existing_event_is_still_a_whole_class_signup(world: World) -> None:
    """Counter-case: the same words about a stored event (same day, its kind in the title)
    keep the whole-class sign-up answer, and nothing is added."""
    await add(world, KGTU_REP, "Экскурсия в музей 15 декабря в 15:00, 9 классы")
    await _teacher(world)
    [answer] = await world.say(TEACHER, "запишите 9А на экскурсию 15 декабря в 15:00")
    assert answer.template == "class_signup"
    assert len(await world.store.events_between(NOW, None)) == 1
    [answer] = await world.say(TEACHER, "запишите весь 9А на день открытых дверей")
    assert answer.template == "class_signup"
