"""Attack 56: every kind of button the bot sends, forged by people it does not belong to,
through the real bot and the local VK server. A partner (КГТУ) saves a lecture for 9А and
9Б and a 9Б student signs up; then a student of 9В, a 9Б student who is not signed up and
the other partner (БФУ) press (callback) and send (text payload) buttons naming the lecture,
the sign-up, the curator and odd values — cancel, move, edit, agree, class teacher, stuck
part, scope, draft, save, poll answers, unsign, switch. Nothing anyone else owns changes:
events, sign-ups, feedback, people, settings, invitations and the journal read the same.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.e2e.conftest import CURATOR, Running
from tests.e2e.vk_steps import saved_and_signed_up

KGTU, BFU, STUDENT = 5601, 5602, 5603
OUTSIDER, CLASSMATE = 5604, 5605  # 9В (not the lecture's classes); 9Б, not signed up
LECTURE = "лекция про судостроение 17 декабря в 15:00 для 9а и 9б, актовый зал"
TITLE = "Лекция про судостроение"
TYPED = (
    "перенеси лекцию про судостроение на 18 декабря в 15:00",
    "отмени лекцию про судостроение",
    "измени место у лекции про судостроение на ауд. 5",
    "лекция про судостроение будет для 10а",
    "не пойду на лекцию про судостроение",
    "отпишись от всего",
)
OWNED = (
    "events",
    "signups",
    "feedback",
    "poll_responses",
    "people",
    "organisations",
    "settings",
    "invitations",
    "reminder_prefs",
    "school_journal",
    "series_ids",
    "plan_file_events",
)


async def owned_state(app: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables people own (not dialogs, seen updates, logs, the long-poll
    position), read through the running bot's store: SQLite, or PostgreSQL under
    tests/pg_everywhere.py (a second SQLite connection would find no tables there)."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    for table in OWNED:
        rows = await app.store._all(f"SELECT * FROM {table}")  # either backend
        state[table] = sorted((tuple(row) for row in rows), key=repr)
    state["settings"] = [r for r in state["settings"] if not str(r[0]).startswith("vk_long_")]
    return state


def forged(event_id: int, curator_id: int) -> list[dict[str, Any]]:
    """Payloads of every action, naming the lecture, its organiser's sign-up or the curator."""
    e = event_id
    return [
        {"a": "cancel_event", "id": e},
        {"a": "move_event", "id": e},
        *({"a": "edit_event", "id": e, "f": f} for f in ("venue", "title", "classes", "x")),
        *({"a": "change", "v": 1, "id": e, "k": k} for k in ("", "cancel", "withdraw", "missing")),
        {"a": "agree", "id": e},
        {"a": "class_teacher", "id": curator_id, "c": "9В"},
        {"a": "class_teacher", "id": curator_id, "c": "9В", "x": 1},
        {"a": "stuck", "o": "1", "v": 1},
        {"a": "stuck", "o": "1", "v": 0},
        {"a": "event_clashes", "id": e},
        *({"a": "scope", "s": s, "id": e} for s in ("one", "series", "following")),
        *({"a": "draft", "c": c} for c in ("add", "replace", "both")),
        {"a": "save"},
        {"a": "save_copy"},
        {"a": "discard"},
        {"a": "unsign", "id": e},
        {"a": "unsign_all", "ids": [e, e, -1, "x"]},
        {"a": "switch", "from": e, "to": e},
        {"a": "rate", "id": e, "v": 5},
        {"a": "rate", "id": e, "v": 10},
        {"a": "recommend", "id": e, "v": 1},
        {"a": "absent", "id": e},
        {"a": "signup", "id": e, "x": [1] * 50},
        {"a": "pick", "t": "18 декабря", "q": "x"},
        {"a": "cancel_event", "id": [e]},
        {"a": "change", "v": True, "id": float(e)},
        {"a": "cancel_event", "id": str(e)},
    ]


@pytest.mark.parametrize("attacker", [OUTSIDER, CLASSMATE, BFU])
async def test_forged_buttons_of_every_kind_change_nothing_of_anyone_elses(
    polling_bot: Running, attacker: int
) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    await saved_and_signed_up(vk, (KGTU, BFU), LECTURE, TITLE, (STUDENT, "я из 9Б"))
    if attacker != BFU:
        vk.push_message(attacker, "я из 9В" if attacker == OUTSIDER else "я из 9Б")
        await vk.wait_text(attacker, "Запомнил")
    [event] = await app.store.events_between(app.planner.clock.now(), None)
    curator = await app.store.get_person_by_vk(CURATOR)
    assert curator is not None
    before = await owned_state(app)
    answered = len(vk.event_answers)
    pressed = 0
    heard = {p: len(vk.texts_to(p)) for p in (STUDENT, KGTU, CURATOR)}
    for data in forged(event.id, curator.id):
        if data["a"] in ("signup", "switch") and attacker == CLASSMATE:
            continue  # a 9Б student may sign up for a 9Б lecture: their own seat, not forged
        vk.push_callback(attacker, data)
        pressed += 1
        vk.push_message(attacker, "", payload=data)
    await vk.wait_for(lambda s: len(s.event_answers) >= answered + pressed, within=90)
    for words in TYPED:  # the same in words, each followed by «да»
        vk.push_message(attacker, words)
        vk.push_message(attacker, "да")
    vk.push_message(attacker, "что 17 декабря?")
    await vk.wait_text(attacker, TITLE, within=60)
    await asyncio.sleep(0.5)  # the last presses' replies
    after = await owned_state(app)
    changed = {t: (before[t], after[t]) for t in OWNED if before[t] != after[t]}
    assert not changed, changed
    texts = vk.texts_to(attacker)
    assert not [t for t in texts if "что-то пошло не так" in t.lower()], texts
    told = [t for p, n in heard.items() for t in vk.texts_to(p)[n:]]
    assert told == [], told  # nobody else hears of the forgeries
