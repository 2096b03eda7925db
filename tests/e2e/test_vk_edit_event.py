"""Editing a saved event through the real bot and the local VK server (Long Poll): newcomer
walk 2026-12-01e, #11 and #21. «измени место у дня открытых дверей: ауд. 310» was «не понял»
and the event re-sent with the new room would have been saved twice; now the edit card's
«Да, изменить» button changes the one event and the signed-up student is told, a forged
«✏️» callback of another partner changes nothing, the re-sent event updates the saved one,
and «сбрось учебный календарь» waits for «да»."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.ports import FixedClock
from bot.core.school_settings import load_school_calendar
from bot.storage import PlanStore
from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_vk_conversation import button, invite
from tests.e2e.vk_server import FakeVK
from tests.e2e.vk_steps import saved_and_signed_up, vk_say

KGTU, BFU, STUDENT = 2201, 2202, 3201
OPEN_DAY = "День открытых дверей 17 декабря в 12:00, 9-11 классы, ауд. 100"


async def _open_day_signed_up(running: Running) -> tuple[FakeVK, PlanStore]:
    """КГТУ's OPEN_DAY saved and the 10А student signed up for it (Monday 14 December 2026,
    10:00 at school); the local VK server and the bot's store."""
    store = running.app.store
    assert store is not None
    title = "День открытых дверей"
    await saved_and_signed_up(running.vk, (KGTU, BFU), OPEN_DAY, title, (STUDENT, "я из 10А"))
    return running.vk, store


async def test_a_place_is_edited_the_student_told_and_a_resend_updates(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    vk, store = await _open_day_signed_up(clocked_bot[0])

    vk.push_message(KGTU, "измени место у дня открытых дверей: ауд. 310")
    card = await vk.wait_text(KGTU, "Изменить «День открытых дверей»?")
    assert "Место: ауд. 100 → ауд. 310" in card
    vk.push_callback(KGTU, button(vk, KGTU, "Да, изменить"))
    await vk.wait_text(KGTU, "Изменено ✅")
    told = await vk.wait_text(STUDENT, "Изменения в мероприятии")
    assert "ауд. 310" in told

    [event] = await store.events_between(datetime(2026, 12, 14, tzinfo=UTC), None)
    assert event.venue == "ауд. 310"
    vk.push_callback(BFU, {"a": "edit_event", "id": event.id, "f": "venue"})
    await vk.wait_text(BFU, "проводит КГТУ")
    vk.push_message(BFU, "ауд. 1")  # no question was opened for BFU: nothing to answer
    vk.push_message(KGTU, OPEN_DAY.replace("ауд. 100", "ауд. 204"))
    resent = await vk.wait_text(KGTU, "Обновить его?")
    assert "Место: ауд. 310 → ауд. 204" in resent
    vk.push_message(KGTU, "да")
    await vk.wait_for(lambda s: sum("Изменено ✅" in t for t in s.texts_to(KGTU)) == 2)
    [after] = await store.events_between(datetime(2026, 12, 14, tzinfo=UTC), None)
    assert (after.id, after.venue) == (event.id, "ауд. 204")

    vk.push_message(CURATOR, "каникулы с 28 декабря по 10 января")
    await vk.wait_text(CURATOR, "Записал")
    vk.push_message(CURATOR, "сбрось учебный календарь")
    question = await vk.wait_text(CURATOR, "Сбросить учебный календарь")
    assert "28 декабря — 10 января" in question
    vk.push_message(CURATOR, "нет")
    await vk.wait_text(CURATOR, "не сброшен")
    assert not (await load_school_calendar(store)).is_default  # «нет» kept the vacation


async def test_walk_12g_corrections_through_vk(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Newcomer walk 2026-12-01g, #3, #6, #8 and #10 through the real bot and the local VK
    server: a re-send with a corrected time updates the saved lecture (button «Обновить
    прежнее»); «перенеси лекцию на пятницу» is the Friday of the lecture's own week; «ой, не
    10, а 11» where 10 can only be the classes changes the classes; «верни» right after a
    calendar reset brings the calendar back."""
    running, _ = clocked_bot  # Monday 14 December 2026, 10:00 at school
    vk = running.vk
    store = running.app.store
    assert store is not None
    since = datetime(2026, 12, 14, tzinfo=UTC)
    await invite(vk, vk_say(vk), KGTU, "КГТУ")
    vk.push_message(KGTU, "Лекция о роботах 24 декабря с 15:00 до 16:00, 10 классы")
    await vk.wait_text(KGTU, "Лекция о роботах")
    vk.push_message(KGTU, "да")
    await vk.wait_text(KGTU, "Сохранено")
    [saved] = await store.events_between(since, None)

    vk.push_message(KGTU, "Лекция о роботах 24 декабря с 16:00 до 17:00, 10 классы")
    resent = await vk.wait_text(KGTU, "Обновить его?")
    assert "Добавить ещё одно" in [b["label"] for m in vk.sent for b in m.buttons()]
    assert "24 декабря (чт), 15:00–16:00 → 24 декабря (чт), 16:00–17:00" in resent
    vk.push_callback(KGTU, button(vk, KGTU, "Обновить прежнее"))
    await vk.wait_text(KGTU, "Изменено ✅")
    [updated] = await store.events_between(since, None)
    assert (updated.id, updated.start - saved.start) == (saved.id, timedelta(hours=1))

    vk.push_message(KGTU, "перенеси лекцию о роботах на пятницу")
    card = await vk.wait_text(KGTU, "Перенести «Лекция о роботах»?")
    assert "Станет: 25 декабря (пт), 16:00–17:00" in card
    vk.push_callback(KGTU, button(vk, KGTU, "Да, перенести"))
    await vk.wait_text(KGTU, "Перенесено ✅")

    vk.push_message(KGTU, "ой, не 10, а 11")
    await vk.wait_text(KGTU, "Классы: 10-е классы → 11-е классы")
    vk.push_callback(KGTU, button(vk, KGTU, "Да, изменить"))
    await vk.wait_for(lambda s: sum("Изменено ✅" in t for t in s.texts_to(KGTU)) == 2)
    [after] = await store.events_between(since, None)
    assert (after.id, after.audience.grades) == (saved.id, frozenset({11}))

    vk.push_message(CURATOR, "каникулы с 28 декабря по 10 января")
    await vk.wait_text(CURATOR, "Записал")
    vk.push_message(CURATOR, "сбрось учебный календарь")
    await vk.wait_text(CURATOR, "Сбросить учебный календарь")
    vk.push_callback(CURATOR, button(vk, CURATOR, "Да, сбросить"))
    await vk.wait_text(CURATOR, "«верни»")
    assert (await load_school_calendar(store)).is_default
    vk.push_message(CURATOR, "верни")
    await vk.wait_text(CURATOR, "Вернул учебный календарь")
    assert not (await load_school_calendar(store)).is_default


async def test_a_class_left_out_is_withdrawn_and_told(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    """staff74: КГТУ narrows the day of open doors to 11 classes; the card says the 10А
    sign-up goes, «Да, изменить» withdraws it and the student is told why, with no «Ваша
    запись сохранена» (on main: kept, «… Ваша запись сохранена.»)."""
    vk, store = await _open_day_signed_up(clocked_bot[0])
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
