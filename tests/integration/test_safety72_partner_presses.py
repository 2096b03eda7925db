"""safety72 #1: a partner's forged button press on an event hidden from it, through the real
planner over a real store (SQLite; PostgreSQL under -p tests.pg_everywhere). A КГТУ partner
(tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad) and, on 3 December, the
gymnasium's staff meeting and its parents' meeting (no student is in either), the gymnasium's
open lecture and КГТУ's own staff meeting. A partner sees its own events and those open to
students (bot.core.permissions.hidden_from): a press naming a hidden one is answered as a
button that no longer works and changes nothing; its question finds nothing. Before the fix
cancel_event, move_event, edit_event answered ««…» — мероприятие из общего плана школы»,
unsign «Вы не записаны на «…»», rate/recommend/absent «Мероприятие «…» ещё не прошло»,
event_clashes «…, 3 декабря (чт), 15:00–17:00 — накладок нет ✅»; «когда педсовет?» gave its
day, time and room. All sentences are my own."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.core.language.actions import ButtonAction
from bot.core.models import Audience, Event, NewEvent, OrgKind
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said

partner = chat_world.partner_world

STAFF = "Педсовет по итогам четверти"
PARENTS = "Собрание родителей девятиклассников"
OPEN = "Открытая лекция о профессиях"
OWN = "Совещание преподавателей КГТУ"


async def _events(world: ChatWorld) -> dict[str, Event]:
    """The four events of 3 December 15:00–17:00, by title."""
    school = await world.store.create_organisation("Гимназия", OrgKind.SCHOOL)
    person = await world.store.get_person_by_vk(world.vk_id)
    assert person is not None
    assert person.organisation_id is not None
    start = datetime(2026, 12, 3, 15, 0, tzinfo=ZONE)
    rows = [
        (STAFF, school.id, Audience(staff=True)),
        (PARENTS, school.id, Audience(classes=frozenset({"9Б"}), parents=True)),
        (OPEN, school.id, Audience(grades=frozenset({9}))),
        (OWN, person.organisation_id, Audience(staff=True)),
    ]
    new = [
        NewEvent(title, org, start, start + timedelta(hours=2), venue="каб. 5", audience=aud)
        for title, org, aud in rows
    ]
    return {e.title: e for e in await world.store.add_events(new, None)}


PRESSES = [
    {"a": a.value, **extra}
    for a in ButtonAction
    if a not in (ButtonAction.STUCK_PART, ButtonAction.FORGET_MOMENT)
    for extra in ({}, {"v": 1}, {"f": "venue"})
]


# the presses whose intent names the event (hidden_presses.pressed_event_ids); sign-up and
# switch keep their own refusal («записываются только ученики»), which names no title
NAMING = {
    a.value
    for a in (
        ButtonAction.CANCEL_EVENT,
        ButtonAction.UNSIGN,
        ButtonAction.RATE,
        ButtonAction.RECOMMEND,
        ButtonAction.ABSENT,
        ButtonAction.MOVE_EVENT,
        ButtonAction.EDIT_EVENT,
        ButtonAction.EVENT_CLASHES,
        ButtonAction.AGREE,
    )
}


@pytest.mark.parametrize("hidden", [STAFF, PARENTS])
async def test_a_partners_forged_press_on_a_hidden_event_names_nothing(
    partner: ChatWorld, hidden: str
) -> None:
    events = await _events(partner)
    event = events[hidden]
    for press in PRESSES:
        replies = await partner.press({**press, "id": event.id})
        texts = [partner.text(r) for r in replies]
        assert not [t for t in texts if hidden in t or "Педсовет" in t], (press, texts)
        if press["a"] in NAMING:
            assert [r.template for r in replies] in (["unknown_button"], []), (press, texts)
    after = await partner.store.get_event(event.id)
    assert after == event  # nothing acted: not moved, edited, cancelled or agreed


async def test_a_partners_question_does_not_find_a_hidden_event(partner: ChatWorld) -> None:
    await _events(partner)
    for text in ("когда педсовет?", "когда собрание родителей?", "что 3 декабря?"):
        _, answer = await said(partner, text)
        assert STAFF not in answer, (text, answer)
        assert PARENTS not in answer, (text, answer)


async def test_a_partner_still_sees_its_own_and_open_events(partner: ChatWorld) -> None:
    """The guard hides no more than it should: the partner's own staff meeting and the
    school's lecture open to students are named to it as before."""
    events = await _events(partner)
    for title in (OWN, OPEN):
        [reply] = await partner.press(
            {"a": ButtonAction.EVENT_CLASHES.value, "id": events[title].id}
        )
        assert title in partner.text(reply), partner.text(reply)
    _, answer = await said(partner, "что 3 декабря?")
    assert OWN in answer, answer
    assert OPEN in answer, answer
