"""A curator removed from BOT_ADMINS (and not a manager) tried as an attacker would: what
the curator started before the restart (a plan awaiting «да», a change within its undo
window) must not be finished with curator rights after it. The planner over a real SQLite
store with a hand-moved clock (issue 9: roles are re-derived on the next message)."""

from __future__ import annotations

import json
from datetime import datetime

from bot.core.dialog import Dialog
from bot.core.features.pick_presses import question_key
from bot.core.models import EventStatus, OrgKind, Role
from bot.render import Renderer
from tests.integration.test_access import NEW_ADMIN, OLD_ADMIN, PARTNER, ROBOTICS, TZ, World, say
from tests.integration.test_access import world as world  # the fixture


async def _partner_event(world: World) -> None:
    planner = world.planner({OLD_ADMIN})
    kgtu = await world.store.create_organisation("КГТУ", OrgKind.PARTNER)
    await world.store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    await say(planner, PARTNER, ROBOTICS)
    assert (await say(planner, PARTNER, "да")).template == "saved"


async def test_a_removed_admin_cannot_undo_a_change_made_as_curator(world: World) -> None:
    await _partner_event(world)
    before = world.planner({OLD_ADMIN})
    assert (await say(before, OLD_ADMIN, "что 15 декабря?")).template == "events_list"
    assert (await say(before, OLD_ADMIN, "отмени 1")).template == "change_card"
    assert (await say(before, OLD_ADMIN, "да")).template == "cancelled"
    after = world.planner({NEW_ADMIN})  # restart: no longer an admin, within 15 minutes
    refused = await say(after, OLD_ADMIN, "верни")
    assert refused.template == "not_your_event"
    event = await world.store.get_event(refused.context["event"]["id"])
    assert event is not None
    assert event.status is EventStatus.CANCELLED  # the curator's cancellation stands


async def test_a_removed_admin_cannot_save_a_plan_shown_as_curator(world: World) -> None:
    before = world.planner({OLD_ADMIN})
    assert (await say(before, OLD_ADMIN, ROBOTICS)).template == "event_card"
    after = world.planner({NEW_ADMIN})
    refused = await say(after, OLD_ADMIN, "да")
    assert refused.template != "saved"
    assert await world.store.events_between(datetime(2026, 12, 1, tzinfo=TZ), None) == []


async def test_a_forged_pick_button_carries_no_control_characters(world: World) -> None:
    """The text of a «pick» payload is read as typed text: it is cleaned like typed text
    (issue 9.7), so neither the card sent back nor the pending draft holds U+0000/U+0007."""
    planner = world.planner({OLD_ADMIN})
    text = "Лекция\x07\x00 по химии 15 декабря в 15:00, 9 классы"
    await planner.handle(OLD_ADMIN, "привет")
    known = await world.store.get_person_by_vk(OLD_ADMIN)
    assert known is not None
    # forged with the key of this person's open question (safety41 #4), so it is read
    key = question_key(known.id, Dialog.load(await world.store.get_dialog(known.id)).dump())
    [card] = await planner.handle(OLD_ADMIN, "", {"a": "pick", "t": text, "k": key})
    assert card.template == "event_card"
    rendered = Renderer().render(card.template, card.context)
    assert "Лекция по химии" in rendered
    assert not [c for c in rendered if ord(c) < 32 and c not in "\n\t"]
    person = await world.store.get_person_by_vk(OLD_ADMIN)
    assert person is not None
    assert "\\u0000" not in json.dumps(await world.store.get_dialog(person.id))
