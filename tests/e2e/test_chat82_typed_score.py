"""chat82: a student who TYPES the 0–10 score instead of pressing it, through the real bot
(Long Poll) and the local VK server. The eleven scores go under the input field as a
one-time normal keyboard (chat80), which VK keeps until a button is pressed; so the reply to
the typed score must carry a normal keyboard in its place (here the comment question has no
buttons: an empty one, which hides the scores)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.ports import FixedClock
from tests.e2e.conftest import TZ, Running

STUDENT = 50_820


async def test_a_typed_score_puts_the_scale_keyboard_away(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk, store = running.vk, running.app.store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    begins = datetime(2026, 12, 11, 15, 0, tzinfo=TZ)
    [event] = await store.add_events(
        [NewEvent("Лекция о роботах", org.id, begins, begins + timedelta(hours=1))], None
    )
    student = await store.save_person(STUDENT, Role.STUDENT, "Петя", class_name="9А")
    await store.sign_up(event.id, student.id)

    vk.push_message(STUDENT, "4", {"a": "rate", "e": event.id, "v": 4})  # a pressed rating
    await vk.wait_text(STUDENT, "посоветуете")
    scale = vk.last_to(STUDENT)
    assert scale.keyboard is not None
    assert not scale.keyboard.get("inline"), scale.keyboard
    assert [b["label"] for b in scale.buttons()] == [str(n) for n in range(11)]

    vk.push_message(STUDENT, "8")  # typed, not pressed
    await vk.wait_for(lambda s: len(s.texts_to(STUDENT)) >= 2)
    after = vk.last_to(STUDENT)
    assert after.text != scale.text, after.text
    assert after.keyboard is not None, f"the scale stays under the field: {after.text!r}"
    assert after.keyboard.get("inline") is not True, json.dumps(after.keyboard)
    assert after.buttons() == [], after.keyboard  # the comment question has no buttons
    [row] = await store.feedback_of([event.id])
    assert (row["rating"], row["recommend"]) == (4, 8), row  # the typed score is stored
