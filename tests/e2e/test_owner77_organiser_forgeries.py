"""owner77: a saved event's organiser changed through the real bot over Long Poll
(tests/data/owner77.md). The museum's own excursion is saved; the curator's change card
«Организатор: Музей янтаря → КГТУ» is open. A student and another partner (КГТУ) press and
send the card's «да» payload (callback and text) and «say» payloads naming КГТУ, and type
the change and «да»; the museum itself tries to give its excursion to КГТУ. Nothing changes
until the curator's «да»; then the excursion is КГТУ's and both the museum and КГТУ are told.
"""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.vk_steps import vk_say

KGTU, MUSEUM, STUDENT = 7701, 7702, 7703
OWN = "Экскурсия «Янтарная комната» 16 декабря 2099 в 15:00, 7А, пл. Маршала Василевского, 1"
SAY = "организатор экскурсии — КГТУ"


def _forged(event_id: int) -> list[dict[str, Any]]:
    """The change card's «да» and «нет» payloads for `event_id`, and «say» ones naming КГТУ."""
    return [
        {"a": "change", "v": 1, "id": event_id, "k": "edit"},
        {"a": "change", "v": 1, "id": event_id},
        {"a": "change", "v": 0, "id": event_id, "k": "edit"},
        {"a": "say", "t": SAY},
        {"a": "say", "t": "да"},
    ]


async def _organiser(running: Running, event_id: int) -> str:
    event = await running.app.store.get_event(event_id)
    assert event is not None
    orgs = {o.id: o.name for o in await running.app.store.list_organisations()}
    return orgs[event.organisation_id]


async def test_nobody_but_the_curator_gives_a_partners_event_to_another(
    polling_bot: Running,
) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    await invite(vk, vk_say(vk), KGTU, "КГТУ")
    await invite(vk, vk_say(vk), MUSEUM, "Музей янтаря")
    vk.push_message(STUDENT, "я из 7А")
    await vk.wait_text(STUDENT, "Запомнил")
    vk.push_message(MUSEUM, OWN)
    await vk.wait_text(MUSEUM, "Сохранить?", within=30)
    vk.push_message(MUSEUM, "да")
    await vk.wait_text(MUSEUM, "Сохранено", within=30)
    [event] = await app.store.events_between(app.planner.clock.now(), None)
    assert await _organiser(polling_bot, event.id) == "Музей янтаря"
    vk.push_message(CURATOR, SAY)
    card = await vk.wait_text(CURATOR, "Организатор: Музей янтаря → КГТУ", within=30)
    assert "Ответьте «да» или «нет»" in card, card
    for who in (STUDENT, KGTU):
        for data in _forged(event.id):
            vk.push_callback(who, data)
            vk.push_message(who, "", payload=data)
        vk.push_message(who, SAY)
        vk.push_message(who, "да")
    vk.push_message(MUSEUM, SAY)  # a partner gives its event to no other partner
    await vk.wait_text(MUSEUM, "передать его другой организации (КГТУ) нельзя", within=30)
    vk.push_message(MUSEUM, "да")
    vk.push_message(STUDENT, "помощь")
    await vk.wait_for(lambda s: any("Согласовано" in t for t in s.texts_to(STUDENT)), 60)
    await vk.wait_for(lambda s: len(s.texts_to(MUSEUM)) >= 4, 30)
    assert await _organiser(polling_bot, event.id) == "Музей янтаря"
    assert not [t for p in (KGTU, STUDENT, MUSEUM) for t in vk.texts_to(p) if "Изменено ✅" in t]
    assert not [t for p in (KGTU, STUDENT) for t in vk.texts_to(p) if "пошло не так" in t]
    vk.push_message(CURATOR, "да")  # the curator's card is still open, as it was
    done = await vk.wait_text(CURATOR, "Изменено ✅", within=30)
    assert "Организатор: Музей янтаря → КГТУ" in done, done
    assert await _organiser(polling_bot, event.id) == "КГТУ"
    for partner in (MUSEUM, KGTU):  # the former and the new organiser are both told
        told = await vk.wait_text(partner, "Организатор был: Музей янтаря, теперь: КГТУ", 30)
        assert "Изменено куратором" in told, told
