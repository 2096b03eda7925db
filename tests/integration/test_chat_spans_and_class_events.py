"""The last note of newcomer walk 2026-12-01e (its finding 19 from the chat's side), through
the planner (real SQLite store, frozen clock, real templates): a span of days typed without a
time («Неделя театра 21–25 декабря») was saved as an all-day event at once, while a plan file
holds the same row with «нет времени». The chat now asks for the time (or «весь день»), as
the file does; a span that says «весь день» is still all day at once."""

from __future__ import annotations

from tests.integration.test_conversation_changes import KGTU_REP, NOW, World
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
