"""safety74: a student whose sign-up the bot kept while their class was already left out
(«Ваши записи на мероприятия не для 5А я оставил», or a sign-up kept by a narrowing before
staff74) and the event then made staff-only — through the real bot and the local VK server
(Long Poll). Before the fix the student stayed signed up for the teachers' meeting, was told
«… педагоги. … Ваша запись сохранена.» and read its next title on the next change."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_vk_conversation import button
from tests.e2e.vk_steps import saved_and_signed_up, vk_and_store

KGTU, BFU, STUDENT = 2201, 2202, 3201
OPEN_DAY = "День открытых дверей 17 декабря в 12:00, 9-11 классы, ауд. 100"
SECRET = "Разбор приёмной кампании"


async def test_a_kept_sign_up_of_another_class_goes_when_made_staff_only(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    vk, store = vk_and_store(clocked_bot[0])
    await saved_and_signed_up(
        vk, (KGTU, BFU), OPEN_DAY, "День открытых дверей", (STUDENT, "я из 10А")
    )
    vk.push_message(STUDENT, "я из 5А")  # the bot keeps the 9–11 sign-up and says so
    await vk.wait_text(STUDENT, "не для 5А я оставил")

    vk.push_message(KGTU, "поменяй классы у дня открытых дверей на педагоги")
    card = await vk.wait_text(KGTU, "Изменить «День открытых дверей»?")
    assert "🚫 Снимется запись 1 ученика" in card, card
    vk.push_callback(KGTU, button(vk, KGTU, "Да, изменить"))
    await vk.wait_text(KGTU, "Изменено ✅")
    told = await vk.wait_text(STUDENT, "ваша запись снята")
    assert "только для педагогов" in told, told
    [event] = await store.events_between(datetime(2026, 12, 14, tzinfo=UTC), None)
    assert event.audience.staff
    assert await store.signed_up(event.id) == []
    assert await store.signed_up(event.id, "waiting") == []

    vk.push_message(KGTU, f"назови его «{SECRET}»")
    vk.push_message(KGTU, "да")
    await vk.wait_for(lambda s: sum("Изменено ✅" in t for t in s.texts_to(KGTU)) == 2)
    [renamed] = await store.events_between(datetime(2026, 12, 14, tzinfo=UTC), None)
    assert renamed.title == SECRET
    vk.push_message(STUDENT, "мои записи")
    await vk.wait_for(lambda s: len(s.texts_to(STUDENT)) >= 6)
    assert not any(SECRET in t for t in vk.texts_to(STUDENT)), vk.texts_to(STUDENT)
    assert not any("сохранена" in t for t in vk.texts_to(STUDENT)), vk.texts_to(STUDENT)
