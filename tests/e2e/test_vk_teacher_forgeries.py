"""A teacher (joined with the curator's invitation code) forging buttons for the curator's event
through the real bot and the local VK server: callback buttons and text-button payloads
naming the curator's event — cancel, move, edit, a «да» with no card — are refused, naming
who added it, and nothing stored changes (the rights model of the fixogaps merge: a
teacher changes only the events they added)."""

from __future__ import annotations

import re

from bot.core.models import EventStatus, Role
from tests.e2e.conftest import CURATOR, Running

TEACHER = 3201


async def test_a_teachers_forged_buttons_for_the_curators_event_change_nothing(
    polling_bot: Running,
) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    vk.push_message(CURATOR, "пригласи педагога")
    await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= 1, within=30)
    [code] = re.findall(r"педагога школы: ([A-Z2-9]{8})", vk.texts_to(CURATOR)[-1])
    vk.push_message(TEACHER, code)
    await vk.wait_for(lambda s: len(s.texts_to(TEACHER)) >= 1, within=30)
    joined = len(vk.texts_to(TEACHER))
    vk.push_message(CURATOR, "Классный час 15 декабря в 10:00, 11А, актовый зал")
    await vk.wait_for(lambda s: len(s.texts_to(CURATOR)) >= 1, within=30)
    vk.push_message(CURATOR, "да")
    await vk.wait_text(CURATOR, "Сохранено")
    events = await app.store.events_between(app.planner.clock.now(), None)
    [event] = [e for e in events if e.title == "Классный час"]
    forged: list[dict[str, object]] = [
        {"a": "cancel_event", "id": event.id},
        {"a": "move_event", "id": event.id},
        {"a": "edit_event", "id": event.id, "f": "venue"},
        {"a": "change", "v": 1, "id": event.id},
    ]
    for data in forged:
        vk.push_callback(TEACHER, data)
        vk.push_message(TEACHER, "", payload=data)
    await vk.wait_for(lambda s: len(s.texts_to(TEACHER)) >= joined + 2 * len(forged), within=30)
    texts = vk.texts_to(TEACHER)[joined:]
    teacher = await app.store.get_person_by_vk(TEACHER)
    assert teacher is not None
    assert teacher.role is Role.STAFF, teacher
    refusals = [t for t in texts if t.startswith("«Классный час» добавил куратор")]
    assert len(refusals) == 6, texts  # cancel, move and edit, each pressed and typed
    assert not [t for t in texts if "что-то пошло не так" in t], texts
    assert not [t for t in texts if t.startswith("Отменить «")], texts
    stored = await app.store.get_event(event.id)
    assert stored is not None
    assert (stored.status, stored.start, stored.venue, stored.version) == (
        EventStatus.CONFIRMED,
        event.start,
        event.venue,
        event.version,
    )
