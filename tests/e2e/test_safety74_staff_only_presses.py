"""safety74: round 41's staff-only edit (staff72/74 withdrawals) attacked through the real bot
and the local VK server (Long Poll): the edit card's «Да, изменить» forged by the student it
withdraws and by another partner, replayed by its author after it was done; the student's
old «Записаться: 1» button and «записаться 1» after the event became a teachers' meeting;
«верни» signs the student up once, not twice."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_vk_conversation import button
from tests.e2e.vk_steps import saved_and_signed_up, vk_and_store

KGTU, BFU, STUDENT = 2201, 2202, 3201
OPEN_DAY = "День открытых дверей 17 декабря в 12:00, 9-11 классы, ауд. 100"
TITLE = "День открытых дверей"
SINCE = datetime(2026, 12, 14, tzinfo=UTC)


async def test_forged_replayed_and_stale_presses_on_a_staff_only_edit(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    vk, store = vk_and_store(clocked_bot[0])
    await saved_and_signed_up(vk, (KGTU, BFU), OPEN_DAY, TITLE, (STUDENT, "я из 10А"))
    signup_button = button(vk, STUDENT, "Записаться: 1")
    [event] = await store.events_between(SINCE, None)

    vk.push_message(KGTU, "поменяй классы у дня открытых дверей на педагоги")
    await vk.wait_text(KGTU, f"Изменить «{TITLE}»?")
    yes = button(vk, KGTU, "Да, изменить")
    for stranger in (STUDENT, BFU):  # the card's own button pressed by others
        before = len(vk.texts_to(stranger))
        vk.push_callback(stranger, yes)
        await vk.wait_for(lambda s, p=stranger, n=before: len(s.texts_to(p)) > n)
    assert (await store.get_event(event.id)) == event
    assert [p.vk_id for p in await store.signed_up(event.id)] == [STUDENT]
    assert not any("педагог" in t for t in vk.texts_to(BFU)[-1:]), vk.texts_to(BFU)

    vk.push_callback(KGTU, yes)
    await vk.wait_text(KGTU, "Изменено ✅")
    await vk.wait_text(STUDENT, "ваша запись снята")
    vk.push_callback(KGTU, yes)  # replayed (VK re-delivers, or a double tap)
    vk.push_message(KGTU, "что 17 декабря?")
    await vk.wait_for(lambda s: any("17 декабря" in t and "1." in t for t in s.texts_to(KGTU)))
    assert sum("Изменено ✅" in t for t in vk.texts_to(KGTU)) == 1, vk.texts_to(KGTU)
    assert sum("запись снята" in t for t in vk.texts_to(STUDENT)) == 1

    seen = len(vk.texts_to(STUDENT))
    vk.push_callback(STUDENT, signup_button)  # the listing's old button
    vk.push_message(STUDENT, "записаться 1")
    vk.push_message(STUDENT, "что 17 декабря?")
    await vk.wait_for(lambda s: len(s.texts_to(STUDENT)) >= seen + 3)
    assert await store.signed_up(event.id) == []
    assert await store.signed_up(event.id, "waiting") == []
    later = vk.texts_to(STUDENT)[seen:]
    assert not any(TITLE in t for t in later), later

    told = len(vk.texts_to(STUDENT))
    vk.push_message(KGTU, "верни")
    await vk.wait_for(lambda s: len(s.texts_to(STUDENT)) > told)
    assert "Вернул как было" in vk.texts_to(KGTU)[-1]
    undone = vk.texts_to(STUDENT)[-1]
    assert "Изменение отменено" in undone, undone
    assert "Ваша запись восстановлена." in undone, undone  # was «сохранена»: it had gone
    [back] = await store.events_between(SINCE, None)
    assert not back.audience.staff
    assert [p.vk_id for p in await store.signed_up(event.id)] == [STUDENT]
    vk.push_message(KGTU, "верни")  # twice: nothing more to undo, nobody signed up twice
    await vk.wait_for(lambda s: len(s.texts_to(KGTU)) >= 2 and "верни" not in s.texts_to(KGTU)[-1])
    assert [p.vk_id for p in await store.signed_up(event.id)] == [STUDENT]
