"""safety74: staff74's class teacher's «что у нас пересекается?» lists their class's events
whoever organises them (two partners' events for 9Б at one hour) — the list's numbers, typed
and forged, must not let the teacher move or cancel a partner's event. Through the real bot
and the local VK server (Long Poll)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.vk_steps import teacher_joined, vk_and_store, vk_say

TEACHER, KGTU, BFU = 3301, 2201, 2202
LECTURE = "Лекция о космосе 16 декабря в 15:00, 9Б, ауд. 5"
TOUR = "Экскурсия в лабораторию 16 декабря в 15:00, 9Б, корпус БФУ"


async def test_a_class_teacher_cannot_move_a_partners_event_by_the_overviews_number(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    vk, store = vk_and_store(clocked_bot[0])
    for partner, name, text, title in (
        (KGTU, "КГТУ", LECTURE, "Лекция о космосе"),
        (BFU, "БФУ", TOUR, "Экскурсия"),
    ):
        await invite(vk, vk_say(vk), partner, name)
        vk.push_message(partner, text)
        await vk.wait_text(partner, title)
        vk.push_message(partner, "да")
        await vk.wait_text(partner, "Сохранено")
    await teacher_joined(vk, TEACHER)
    vk.push_message(TEACHER, "я классный руководитель 9Б")
    await vk.wait_for(lambda s: len(s.texts_to(TEACHER)) >= 2)
    vk.push_message(TEACHER, "что у нас пересекается?")
    overview = await vk.wait_text(TEACHER, "Лекция о космосе")
    assert "Экскурсия в лабораторию" in overview, overview
    assert not vk.last_to(TEACHER).buttons(), vk.last_to(TEACHER).buttons()
    before = {e.id: e for e in await store.events_between(datetime(2026, 12, 14, tzinfo=UTC), None)}

    seen = len(vk.texts_to(TEACHER))
    typed = ("перенеси 1 на 17:00", "да", "отмени 1", "да", "измени место у 1: ауд. 7", "да")
    for text in typed:
        vk.push_message(TEACHER, text)
    for event_id in before:
        vk.push_callback(TEACHER, {"a": "move_event", "id": event_id})
        vk.push_callback(TEACHER, {"a": "cancel_event", "id": event_id})
    expected = seen + len(typed) + 2 * len(before)
    await vk.wait_for(lambda s: len(s.texts_to(TEACHER)) >= expected, within=30)
    said = vk.texts_to(TEACHER)[seen:]
    assert not any(t.startswith(("Перенести «", "Отменить «", "Изменить «")) for t in said), said
    after = {e.id: e for e in await store.events_between(datetime(2026, 12, 14, tzinfo=UTC), None)}
    assert after == before
