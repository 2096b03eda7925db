"""Left open after attack w #11 (round 19, item 4): «верни» after a withdrawal agreed the
event again, and a second «верни» withdrew it once more — each «верни» flipped the state and
told the organiser again. A curator who says «верни» twice means «bring it back», not «undo
the undo»: the second says it is already back and changes nothing, nobody is told again.
The same for «верни» after an agreement. Over a real store (SQLite), a frozen clock and the
real templates; sentences written for these tests."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.integration.test_attack_w_agreement import _agreed_excursion
from tests.integration.test_walk_t_agreement import MUSEUM, _events, _say

world = chat_world.partner_world


async def _agreed(world: ChatWorld) -> bool:
    return (await _events(world))["Экскурсия в музей"].agreed


async def test_a_second_undo_after_a_withdrawal_keeps_it_agreed(world: ChatWorld) -> None:
    await _agreed_excursion(world)
    await _say(world, "отзови согласование экскурсии", CURATOR)
    await _say(world, "да", CURATOR)
    assert not await _agreed(world)
    templates, _ = await _say(world, "верни", CURATOR)
    assert templates[0] == "agreement_done", templates
    assert await _agreed(world)
    version = (await _events(world))["Экскурсия в музей"].version
    replies = await world.planner.handle(CURATOR, "верни")
    reply = "\n".join(world.text(r) for r in replies)
    assert [r.template for r in replies] == ["agreement_undo_already"], reply
    assert "Уже вернул" in reply, reply
    assert "Экскурсия в музей" in reply, reply
    assert "согласовано" in reply, reply
    assert not any(MUSEUM in r.recipients for r in replies)  # nobody told again
    assert await _agreed(world)
    assert (await _events(world))["Экскурсия в музей"].version == version
    replies = await world.planner.handle(CURATOR, "верни")  # a third: still nothing flips
    assert await _agreed(world)
    assert not any(MUSEUM in r.recipients for r in replies)


async def test_a_second_undo_after_an_agreement_keeps_it_waiting(world: ChatWorld) -> None:
    await _agreed_excursion(world)
    assert await _agreed(world)
    templates, _ = await _say(world, "верни", CURATOR)
    assert templates[0] == "agreement_withdrawn", templates
    assert not await _agreed(world)
    replies = await world.planner.handle(CURATOR, "верни")
    reply = "\n".join(world.text(r) for r in replies)
    assert [r.template for r in replies] == ["agreement_undo_already"], reply
    assert "Уже вернул" in reply, reply
    assert "ждёт согласования" in reply, reply
    assert not any(MUSEUM in r.recipients for r in replies)
    assert not await _agreed(world)


async def test_a_second_undo_reaches_an_older_change_of_another_event(world: ChatWorld) -> None:
    """An older change of another event (the curator's move of the master class) stays
    reachable, as after an agreement taken back (attack v, #26): the second «верни» takes
    back that move, never the excursion's agreement."""
    await _agreed_excursion(world)
    before = (await _events(world))["Мастер-класс по Python"]
    await _say(world, "перенеси мастер-класс на 12:00", CURATOR)
    await _say(world, "да", CURATOR)
    assert (await _events(world))["Мастер-класс по Python"].start != before.start
    await _say(world, "отзови согласование экскурсии", CURATOR)
    await _say(world, "да", CURATOR)
    await _say(world, "верни", CURATOR)
    assert await _agreed(world)
    templates, reply = await _say(world, "верни", CURATOR)
    assert "agreement_withdrawn" not in templates, (templates, reply)
    assert await _agreed(world)
    assert (await _events(world))["Мастер-класс по Python"].start == before.start
