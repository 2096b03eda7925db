"""staff74 through the real bot and the local VK server (Long Poll): КГТУ narrows a day of
open doors a 10А student signed up for to 11 classes; the card says the sign-up goes, «Да,
изменить» withdraws it and the student is told why, with no «Ваша запись сохранена»."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_vk_conversation import button
from tests.e2e.vk_steps import saved_and_signed_up

KGTU, BFU, STUDENT = 2201, 2202, 3201
OPEN_DAY = "День открытых дверей 17 декабря в 12:00, 10-11 классы, ауд. 100"


async def test_a_class_left_out_is_withdrawn_and_told(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot  # Monday 14 December 2026, 10:00 at school
    vk = running.vk
    store = running.app.store
    assert store is not None
    title = "День открытых дверей"
    await saved_and_signed_up(vk, (KGTU, BFU), OPEN_DAY, title, (STUDENT, "я из 10А"))

    vk.push_message(KGTU, "поменяй классы у дня открытых дверей на 11 классы")
    card = await vk.wait_text(KGTU, "Изменить «День открытых дверей»?")
    assert "🚫 Снимется запись 1 ученика: их класс больше не приглашён" in card, card
    vk.push_callback(KGTU, button(vk, KGTU, "Да, изменить"))
    done = await vk.wait_text(KGTU, "Изменено ✅")
    assert "🚫 Снята запись 1 ученика" in done, done
    told = await vk.wait_text(STUDENT, "ваша запись снята")
    assert "теперь для 11-х классов — ваш класс не приглашён" in told, told
    assert not any("сохранена" in t for t in vk.texts_to(STUDENT)), vk.texts_to(STUDENT)
    [event] = await store.events_between(datetime(2026, 12, 14, tzinfo=UTC), None)
    assert await store.signed_up(event.id) == []
