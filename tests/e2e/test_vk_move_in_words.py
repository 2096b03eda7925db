"""A move written in ordinary words, through the real bot and the local VK server (Long Poll):
newcomer walk 2026-12-01, findings 1, 14 and 15. «лекцию про судостроение переносим на …
в то же время» moved the event's copy into a SECOND event; now it is the move card, «да»
moves the one event and the signed-up student is told. Another organiser naming it is
refused politely, and the «Изменить» hint shows only under a list the reader may change."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import CURATOR, Running
from tests.e2e.vk_steps import saved_and_signed_up

KGTU, BFU, STUDENT = 2101, 2102, 3101
HINT = "Изменить: «перенеси 1 на 17:00», «отмени 1»"


async def test_a_move_in_words_moves_the_one_event_and_tells_the_student(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot  # Monday 14 December 2026, 10:00 at school
    vk = running.vk
    store = running.app.store
    assert store is not None

    lecture = "лекция про судостроение 17 декабря в 15:00 для 9а и 9б, актовый зал"
    title = "Лекция про судостроение"
    listing = await saved_and_signed_up(vk, (KGTU, BFU), lecture, title, (STUDENT, "я из 9Б"))
    assert HINT not in listing  # a student changes nothing

    vk.push_message(BFU, "что 17 декабря?")
    others = await vk.wait_text(BFU, "(КГТУ)")
    assert "Лекция про судостроение" in others
    assert HINT not in others  # finding 15: nothing there is BFU's
    vk.push_message(BFU, "перенеси лекцию про судостроение на 17:00")
    refusal = await vk.wait_text(BFU, "проводит КГТУ")  # finding 14
    assert "только организатор или куратор" in refusal

    vk.push_message(KGTU, "лекцию про судостроение переносим на 18.12 в то же время")
    card = await vk.wait_text(KGTU, "Перенести «Лекция про судостроение»?")
    assert "Было: 17 декабря (чт), 15:00" in card
    assert "Станет: 18 декабря (пт), 15:00" in card
    vk.push_message(KGTU, "да")
    await vk.wait_text(KGTU, "Перенесено")
    told = await vk.wait_text(STUDENT, "перенесено")
    assert "18 декабря" in told

    events = await store.events_between(datetime(2026, 12, 14, tzinfo=UTC), None)
    assert [(e.title, e.start.day) for e in events] == [("Лекция про судостроение", 18)]
    vk.push_message(KGTU, "мои мероприятия")
    mine = await vk.wait_text(KGTU, "Ваши мероприятия")
    assert mine.count("Лекция про судостроение") == 1
    assert HINT in mine
    vk.push_message(CURATOR, "что 18 декабря?")
    assert HINT in await vk.wait_text(CURATOR, "Лекция про судостроение, актовый зал")
