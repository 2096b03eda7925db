"""safety66 #4 (held): every button action pressed with the id of an event it must not act
on, through the real bot over Long Poll — a cancelled event (a stale button kept in the
chat after its event was cancelled), another partner's event (pressed by a partner of a
different organisation), and a curator-only event action by a student — as callbacks and
as text-button payloads. Each is answered without the «error» apology, events, sign-ups
and the audit log stay as they were, and the bot still answers the next message. Green
without a fix; both backends (`-p tests.pg_everywhere`)."""

from __future__ import annotations

from typing import Any

from bot.core.language.actions import ButtonAction
from bot.core.models import EventStatus, NewEvent, OrgKind, Role
from tests.e2e.conftest import Running
from tests.e2e.test_vk_inbound import at, seed_event, state

STUDENT, OTHER_PARTNER = 3001, 3501
SORRY = "что-то пошло не так"


def _helps(texts: list[str]) -> int:
    return sum("Согласовано" in t for t in texts)


OWN_SEAT = {"signup", "unsign", "unsign_all", "switch"}  # a student's own, on a live event


def pressed(event_id: int, skip: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Each action with `event_id` under every key an action reads an id from."""
    payloads: list[dict[str, Any]] = []
    for action in ButtonAction:
        if action in (ButtonAction.HELP, ButtonAction.SAY) or action.value in skip:
            continue
        payloads += [
            {"a": action.value, "id": event_id},
            {"a": action.value, "id": event_id, "v": 1, "k": "cancel"},
            {"a": action.value, "id": event_id, "s": "this", "f": "title", "c": "10А"},
        ]
    return payloads


async def _cancelled_and_foreign(running: Running) -> tuple[int, int]:
    """A cancelled event of КГТУ and a live one of КГТУ; OTHER_PARTNER represents Завод."""
    store = running.app.store
    live = await seed_event(running.app)
    event = await store.get_event(live)
    assert event is not None
    [gone] = await store.add_events(
        [
            NewEvent(
                "Экскурсия",
                event.organisation_id,
                at("2099-12-16T15:00"),
                at("2099-12-16T16:00"),
            )
        ],
        None,
    )
    await store.set_event_status(gone.id, EventStatus.CANCELLED, None)
    other = await store.create_organisation("Завод", OrgKind.PARTNER)
    await store.save_person(OTHER_PARTNER, Role.PARTNER, "Пётр", other.id)
    return gone.id, live


async def test_stale_foreign_and_curator_only_presses_do_nothing(polling_bot: Running) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    gone, foreign = await _cancelled_and_foreign(polling_bot)
    before = await state(app)
    presses = [
        (STUDENT, gone, frozenset()),
        (STUDENT, foreign, frozenset(OWN_SEAT)),  # the curator's and the organiser's only
        (OTHER_PARTNER, foreign, frozenset()),
    ]
    for who, event_id, skip in presses:
        for payload in pressed(event_id, skip):
            vk.push_callback(who, payload)
            vk.push_message(who, "", payload=payload)
    for who in (STUDENT, OTHER_PARTNER):
        vk.push_message(who, "да")  # no card of theirs: «да» confirms nothing
    helped = {p: _helps(vk.texts_to(p)) for p in (STUDENT, OTHER_PARTNER)}
    for who in (STUDENT, OTHER_PARTNER):
        vk.push_message(who, "помощь")
    await vk.wait_for(
        lambda s: all(_helps(s.texts_to(p)) > n for p, n in helped.items()), within=120
    )
    assert not [m for m in vk.sent if SORRY in m.text]
    after = await state(app)
    assert after[0] == before[0]  # events
    assert after[4] == before[4]  # sign-ups
    assert after[5] == before[5]  # audit log
