"""Lists after which a number is used: the «Изменить» hint only under a list the reader may
change (newcomer walk 2026-12-01, finding 15: staff and other partners were invited to
change others' events and then refused), and an empty answer keeps the last list (finding
11: «записаться 1» said «я ещё не показывал вам список» three messages after a list) —
through the planner (real SQLite store, frozen clock, real templates)."""

from __future__ import annotations

from tests.integration.test_conversation_changes import (
    BFU_REP,
    CURATOR,
    KGTU_REP,
    STUDENT,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture

LECTURE = "лекция про судостроение 10 декабря в 15:00 для 9а и 9б, актовый зал"


async def test_the_change_hint_only_under_lists_the_reader_may_change(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    hint = "Изменить: «перенеси 1 на 17:00», «отмени 1»"
    [other] = await world.say(BFU_REP, "что 10 декабря?")
    assert other.template == "events_list"
    assert "Лекция про судостроение" in world.text(other)
    assert hint not in world.text(other)
    [own] = await world.say(KGTU_REP, "что 10 декабря?")
    assert hint in world.text(own)
    [curators] = await world.say(CURATOR, "что 10 декабря?")
    assert hint in world.text(curators)
    [students] = await world.say(STUDENT, "что 10 декабря?")
    assert hint not in world.text(students)


async def test_an_empty_answer_keeps_the_last_list(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    [listed] = await world.say(STUDENT, "что 10 декабря?")
    assert "1. 15:00 Лекция про судостроение" in world.text(listed)
    for question in ("что 5 декабря?", "а завтра что-нибудь есть?"):
        [empty] = await world.say(STUDENT, question)
        assert empty.template == "no_events", question
    replies = await world.say(STUDENT, "записаться 1")
    assert replies[0].template == "signed_up", replies[0].template
    assert "Лекция про судостроение" in world.text(replies[0])
