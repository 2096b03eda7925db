"""A programme («12 декабря, День открытых дверей:» / «10:00 — регистрация» / …) is shown to
a student who signs up, moves with the event («перенеси на 11:00») and back with «верни»
(newcomer walk 2026-12-02n, #15). Real planner, store and templates."""

from __future__ import annotations

from dataclasses import replace

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world
PROGRAMME = (
    "12 декабря, День открытых дверей, 9А:\n"
    "10:00 — регистрация\n"
    "10:30 — экскурсия по кампусу\n"
    "12:00 — мастер-класс"
)


async def test_a_moved_programme_moves_its_steps_and_students_see_them(world: ChatWorld) -> None:
    [card] = await world.say(PROGRAMME)
    assert card.template == "event_card", world.text(card)
    await world.say("да")
    await world.say("перенеси на 11:00")
    await world.say("да")
    [event] = await world.store.events_between(
        chat_world.NOW, chat_world.NOW.replace(month=12, day=31)
    )
    assert "11:00 — регистрация\n11:30 — экскурсия по кампусу\n13:00 — мастер-класс" in (
        event.details.description or ""
    )
    await world.store.save_person(301, Role.STUDENT, "Ученик", None, "9А")
    [signed] = await replace(world, vk_id=301).press({"a": "signup", "id": event.id})
    text = world.text(signed)
    assert "Программа:\n• 11:00 — регистрация\n• 11:30 — экскурсия по кампусу" in text, text
    await world.say("верни")
    back = await world.store.get_event(event.id)
    assert back is not None
    assert "10:00 — регистрация\n10:30 — экскурсия" in (back.details.description or "")
