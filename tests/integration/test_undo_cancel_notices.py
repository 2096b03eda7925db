"""«верни» after a cancel tells the students the cancel told — those going and those on the
waiting list — that the event is back, each once, through the same notice path (walk
2026-12-02l: checked; already so on main, this test keeps it). Real planner and store."""

from __future__ import annotations

from dataclasses import replace

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world
GOING, WAITING = 301, 302


async def test_undo_of_a_cancel_tells_the_going_and_the_waiting_once(world: ChatWorld) -> None:
    await world.say("Лекция по физике 15 декабря в 14:00, 9 классы, мест: 1")
    await world.say("да")
    for vk_id in (GOING, WAITING):
        await world.store.save_person(vk_id, Role.STUDENT, "Ученик", None, "9А")
        await replace(world, vk_id=vk_id).say("запиши меня на лекцию по физике")
    await world.say("отмени лекцию")
    cancelled = await world.say("да")
    told = sorted(v for r in cancelled for v in r.recipients if v in (GOING, WAITING))
    assert told == [GOING, WAITING], [(r.template, r.recipients) for r in cancelled]
    undone = await world.say("верни")
    back = [r for r in undone if r.template == "participant_undone"]
    recipients = sorted(v for r in back for v in r.recipients)
    assert recipients == [GOING, WAITING], [(r.template, r.recipients) for r in undone]
    keys = [r.dedupe_key for r in back]
    assert all(keys), keys
    assert len(set(keys)) == len(keys), keys
    assert "состоится" in world.text(back[0]), world.text(back[0])
