"""Attack 64, #5 (held): the newest buttons forged with values of every wrong type, through
the real bot over Long Poll — the several-days pick, «say», a draft choice, a change's
scope, a stuck part's retry, an edit of a saved event, a class teacher's confirmation,
agree and clashes — by a student and by a stranger, as callbacks and as text-button
payloads. Each is answered without the «error» apology, nothing is written (events, people,
sign-ups, audit log as before) and the bot still answers the next message. Green without a
fix; both backends.
"""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import Running
from tests.e2e.test_vk_inbound import seed_event, state

STUDENT, STRANGER = 3001, 3999
SORRY = "что-то пошло не так"
ODD: list[Any] = [None, "1", -1, 0, 2**63, 1.5, [], {}, "🙂" * 300, True]


def _helps(texts: list[str]) -> int:
    return sum("Согласовано" in t for t in texts)


def forged(event_id: int) -> list[dict[str, Any]]:
    payloads: list[dict[str, Any]] = []
    for odd in ODD:
        payloads += [
            {"a": "pick", "t": odd, "id": odd},
            {"a": "say", "t": odd},
            {"a": "draft", "c": odd},
            {"a": "scope", "s": odd, "id": event_id},
            {"a": "stuck", "o": odd, "v": odd},
            {"a": "edit_event", "id": odd, "f": odd},
            {"a": "class_teacher", "id": odd, "c": odd},
            {"a": "agree", "id": odd},
            {"a": "event_clashes", "id": odd},
            {"a": "change", "v": odd, "id": event_id, "k": odd},
        ]
    payloads += [{"a": "change", "v": 1, "id": event_id, "k": "cancel"}]  # no card open
    payloads += [{"a": "say", "t": "отмени «Робототехника»"}]  # as typed: no right to it
    return payloads


async def test_the_newest_buttons_forged_do_nothing(polling_bot: Running) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    event_id = await seed_event(app)
    before = await state(app)
    for who in (STUDENT, STRANGER):
        for payload in forged(event_id):
            vk.push_callback(who, payload)
            vk.push_message(who, "", payload=payload)
    vk.push_message(STUDENT, "да")  # no card of theirs: «да» confirms nothing
    helped = {p: _helps(vk.texts_to(p)) for p in (STUDENT, STRANGER)}
    for who in (STUDENT, STRANGER):  # each person's updates go in order: this one is last
        vk.push_message(who, "помощь")
    await vk.wait_for(
        lambda s: all(_helps(s.texts_to(p)) > n for p, n in helped.items()),
        within=90,
    )
    assert not [m for m in vk.sent if SORRY in m.text]
    after = await state(app)
    # people may be created (a stranger writing is remembered); events, sign-ups and the
    # audit log are as before
    assert (after[0], after[4], after[5]) == (before[0], before[4], before[5])
