"""A move typed after the event was cancelled (newcomer walk 2026-12-02m, #16): not a bare
«уже отменено», but that a cancelled event cannot be moved and what brings it back —
«верни» while the cancel can still be undone, else the event typed again as it was (then
restored with its sign-ups), or a new event — through the planner (real store, templates)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import EventStatus
from tests.integration.test_conversation_changes import CURATOR, KGTU_REP, STUDENT, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

LECTURE = "Лекция о роботах 11 декабря в 15:00, 9А, ауд. 204"


async def _saved_and_cancelled(world: World, by: int = KGTU_REP) -> int:
    await add(world, KGTU_REP, LECTURE)
    await world.say(STUDENT, "я из 9А")
    await world.say(STUDENT, "запиши меня на лекцию о роботах")
    [card] = await world.say(by, "отмени лекцию о роботах")
    assert card.template == "change_card", world.text(card)
    replies = await world.say(by, "да")
    assert replies[0].template == "cancelled"
    now = world.clock.now()
    [event] = await world.store.events_overlapping(
        now, now + timedelta(days=60), include_cancelled=True
    )
    assert event.status is EventStatus.CANCELLED
    return event.id


async def test_a_move_right_after_the_cancel_offers_verni(world: World) -> None:
    await _saved_and_cancelled(world)
    for text in ("перенеси на 12 декабря", "перенеси лекцию о роботах на 12 декабря"):
        [reply] = await world.say(KGTU_REP, text)
        said = world.text(reply)
        assert reply.template == "cancelled_event_move", said
        assert "отменено — перенести отменённое мероприятие нельзя" in said, said
        assert "«верни»" in said, said
        assert "уже отменено — изменить его нельзя" not in said
    undone = await world.say(KGTU_REP, "верни")
    assert undone[0].template == "undone", world.text(undone[0])
    [card] = await world.say(KGTU_REP, "перенеси лекцию о роботах на 12 декабря")
    assert card.template == "change_card", world.text(card)


async def test_a_later_move_offers_to_send_it_again_and_that_restores_it(world: World) -> None:
    await _saved_and_cancelled(world)
    world.clock.set(world.clock.now() + timedelta(minutes=20))  # «верни» is too late now
    [reply] = await world.say(KGTU_REP, "перенеси лекцию о роботах на 12 декабря")
    said = world.text(reply)
    assert reply.template == "cancelled_event_move", said
    assert "«верни»" not in said, said
    assert "с новой датой" in said, said
    again = said.split("так же, как раньше, — «")[1].split("»:")[0]
    assert again == "Лекция о роботах 11 декабря в 15:00, 9А, ауд. 204", said
    [card] = await world.say(KGTU_REP, again)  # the text the reply offers restores it
    assert card.template == "event_card", world.text(card)
    assert "Это мероприятие было отменено" in world.text(card), world.text(card)


async def test_the_partner_moving_an_event_the_curator_cancelled(world: World) -> None:
    """The curator cancelled it: the partner's «верни» has nothing to undo, so the reply
    offers typing it again, never «верни»."""
    await _saved_and_cancelled(world, by=CURATOR)
    [listed] = await world.say(KGTU_REP, "перенеси лекцию о роботах на 12 декабря")
    said = world.text(listed)
    assert listed.template == "cancelled_event_move", said
    assert "«верни»" not in said, said
    assert "пришлите его заново" in said, said
