"""safety69 #3: one-off reminders (remind66/remind68) and the presses that name events,
attacked as an adversary through the real planner and notification loop over a real store
(SQLite; PostgreSQL under -p tests.pg_everywhere). A 9Б student of PLAN42
(tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad) and two events no student
may see on 3 December: the staff's «Педсовет по итогам четверти» and 9Б's parents' meeting.
Found and fixed: a forged press (unsign, rate, recommend, absent, move_event, edit_event,
cancel_event) with a hidden event's id answered with its title (bot.core.features.
hidden_presses). Held: the reminder itself (no press makes a hidden event the one in context;
named, it is not found) and odd moments. All sentences are my own."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from bot.core.language.actions import ButtonAction
from bot.core.models import Audience, Event, NewEvent, OrgKind
from bot.core.moments import MAX_PENDING, MomentStore
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import SPEAKER, ZONE, ChatWorld, said
from tests.integration.test_remind66_chat import Loop

student = chat_world.plan_student

STAFF_TITLE = "Педсовет по итогам четверти"
PARENTS_TITLE = "Собрание родителей девятиклассников"


async def _hidden(world: ChatWorld) -> list[Event]:
    """The two events no student may see, saved by the school on 3 December."""
    school = await world.store.create_organisation("Гимназия", OrgKind.SCHOOL)
    start = datetime(2026, 12, 3, 15, 0, tzinfo=ZONE)
    new = [
        NewEvent(
            STAFF_TITLE,
            school.id,
            start,
            start + timedelta(hours=2),
            venue="каб. 5",
            audience=Audience(staff=True),
        ),
        NewEvent(
            PARENTS_TITLE,
            school.id,
            start,
            start + timedelta(hours=1),
            venue="каб. 7",
            audience=Audience(classes=frozenset({"9Б"}), parents=True),
        ),
    ]
    return list(await world.store.add_events(new, None))


def _leaks(texts: list[str]) -> list[str]:
    return [t for t in texts if STAFF_TITLE in t or PARENTS_TITLE in t or "Педсовет" in t]


async def _moments(world: ChatWorld) -> list[int]:
    assert isinstance(world.store, MomentStore)
    now = datetime(2026, 12, 1, 9, 0, tzinfo=ZONE)
    person = await world.store.get_person_by_vk(SPEAKER)
    assert person is not None
    return [r.event_id for r in await world.store.moment_reminders_of(person.id, now)]


PRESSES = [
    {"a": ButtonAction.SIGNUP.value},
    {"a": ButtonAction.UNSIGN.value},
    {"a": ButtonAction.RATE.value, "v": 5},
    {"a": ButtonAction.RECOMMEND.value, "v": 1},
    {"a": ButtonAction.ABSENT.value},
    {"a": ButtonAction.SWITCH.value},
    {"a": ButtonAction.MOVE_EVENT.value},
    {"a": ButtonAction.EDIT_EVENT.value, "f": "venue"},
    {"a": ButtonAction.AGREE.value, "v": 1},
    {"a": ButtonAction.EVENT_CLASHES.value},
    {"a": ButtonAction.SCOPE.value, "s": "one"},
    {"a": ButtonAction.CONFIRM_CHANGE.value, "v": 1, "k": "cancel"},
    {"a": ButtonAction.CANCEL_EVENT.value},
    {"a": ButtonAction.SAVE_COPY.value},
    {"a": ButtonAction.PICK.value},
]


@pytest.mark.parametrize("press", PRESSES, ids=[p["a"] for p in PRESSES])
async def test_a_forged_press_on_a_hidden_event_gives_no_reminder_of_it(
    student: ChatWorld, loop: Loop, press: dict[str, Any]
) -> None:
    """Held: a press naming an event a student may not see (any action, its id forged)
    does not make it the event in context, so a bare «напомни …» next keeps nothing of it."""
    hidden = await _hidden(student)
    for event in hidden:
        replies = await student.press({**press, "id": event.id})
        assert _leaks([student.text(r) for r in replies]) == [], press
        _, text = await said(student, "напомни завтра в 8 утра")
        assert _leaks([text]) == [], text
    assert set(await _moments(student)) & {e.id for e in hidden} == set()
    assert _leaks(await loop.tick_at(datetime(2026, 12, 2, 8, 0, tzinfo=ZONE))) == []


@pytest.mark.parametrize(
    "words",
    [
        "напомни завтра в 8 утра про педсовет",
        "напомни завтра в 8 утра про педсовет по итогам четверти",
        "напомни завтра в 8 утра про собрание родителей",
        "напомни в день педсовета в 8 утра",
        "напомни накануне собрания родителей в 19:00",
    ],
)
async def test_a_hidden_event_named_gives_no_reminder(student: ChatWorld, words: str) -> None:
    """Held: the words name an event no student may see: not found, nothing kept."""
    hidden = await _hidden(student)
    _, text = await said(student, words)
    assert _leaks([text]) == [], text
    assert set(await _moments(student)) & {e.id for e in hidden} == set()


@pytest.fixture
def loop(student: ChatWorld) -> Loop:
    return Loop(student)


def _texts(world: ChatWorld, replies: list[Reply]) -> list[str]:
    return [world.text(r) for r in replies]


ODD_MOMENTS = [
    "напомни через 100000000 часов про экскурсию",
    "напомни через 99999999999999999999 минут про экскурсию",
    "напомни через -5 часов про экскурсию",
    "напомни через минус 5 часов про экскурсию",
    "напомни через 0 минут про экскурсию",
    "напомни 31 декабря 9999 года в 10:00 про экскурсию",
    "напомни 1 января 1 года в 10:00 про экскурсию",
    "напомни 32 декабря в 10:00 про экскурсию",
    "напомни в 25:00 про экскурсию",
    "напомни завтра в 8:99 про экскурсию",
    "напомни 9 декабря в 18:30 про экскурсию " + "и " * 2000,
    "напомни " + "завтра " * 500 + "в 8 утра про экскурсию",
    "напомни за 100000 дней до экскурсии в 19:00",
    "напомни накануне экскурсии в 19:00 " * 50,
]


@pytest.mark.parametrize("words", ODD_MOMENTS, ids=range(len(ODD_MOMENTS)))
async def test_an_odd_moment_is_answered_and_keeps_nothing_outside_the_event(
    student: ChatWorld, loop: Loop, words: str
) -> None:
    """Held: huge, negative, zero, impossible or repeated moments: an answer (never the
    apology of a failure), and anything kept lies between now and the event's end."""
    replies = await student.say(words)
    assert replies, words
    assert all(r.template != "error" for r in replies), [r.template for r in replies]
    assert isinstance(student.store, MomentStore)
    start = datetime(2026, 12, 1, 10, 0, tzinfo=ZONE)
    person = await student.store.get_person_by_vk(SPEAKER)
    assert person is not None
    for row in await student.store.moment_reminders_of(person.id, start):
        event = await student.store.get_event(row.event_id)
        assert event is not None
        assert start < row.at < event.end, (words, row)
    assert await loop.tick_at(datetime(2026, 12, 1, 10, 1, tzinfo=ZONE)) == []


async def test_one_person_cannot_keep_reminders_without_end(student: ChatWorld, loop: Loop) -> None:
    """Held (by remind69's MAX_PENDING, merged while this branch ran; safety69 had built the
    same cap, failing test first, and gave way to main's): a script asking «напомни 2
    декабря в 08:01 …», «… 08:02 …» no longer keeps a row each without end — each a message
    the community sends against VK's sending limits shared with everyone's notices; the
    next is refused, and one cancelled makes room again."""
    limit = MAX_PENDING
    for n in range(limit):
        templates, text = await said(student, f"напомни 2 декабря в 8:{n:02d} про экскурсию")
        assert templates == ["moment_reminder_set"], text
    templates, text = await said(student, f"напомни 2 декабря в 9:{limit:02d} про экскурсию")
    assert templates == ["remind_at_moment"], text
    assert f"У вас уже {limit} разовых напоминаний" in text, text
    assert len(await _moments(student)) == limit
    await said(student, "отмени напоминание про лекцию")  # none of those: still full
    await said(student, "отмени напоминание про экскурсию")
    templates, text = await said(student, "напомни 2 декабря в 9:30 про экскурсию")
    assert templates == ["moment_reminder_set"], text


async def test_a_forged_forget_press_leaves_anothers_reminder(
    student: ChatWorld, loop: Loop
) -> None:
    """Held (remind69's «мои напоминания» buttons, merged while this branch ran): a press
    «forget_moment» naming another student's reminder id deletes nothing of theirs and
    tells nothing of it; theirs still comes."""
    other = SPEAKER + 1
    await said(student, "я из 9Б", vk_id=other)
    templates, _ = await said(student, "напомни завтра в 8 утра про экскурсию", vk_id=other)
    assert templates == ["moment_reminder_set"]
    person = await student.store.get_person_by_vk(other)
    assert person is not None
    assert isinstance(student.store, MomentStore)
    now = datetime(2026, 12, 1, 9, 0, tzinfo=ZONE)
    [theirs] = await student.store.moment_reminders_of(person.id, now)
    for forged in (theirs.id, str(theirs.id), theirs.id + 1, -theirs.id):
        replies = await student.press({"a": ButtonAction.FORGET_MOMENT.value, "id": forged})
        assert all("Экскурсия" not in student.text(r) for r in replies), forged
    assert [r.id for r in await student.store.moment_reminders_of(person.id, now)] == [theirs.id]
    loop.clock.set(datetime(2026, 12, 2, 8, 0, tzinfo=ZONE))
    loop.sent.clear()
    await loop.loop.tick()
    assert any(r.template == "moment_reminder" and other in r.recipients for r in loop.sent)
