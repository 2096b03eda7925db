"""remind68: a one-off reminder keeps its distance to the event's start when the event
moves, by any path — the curator's move card («перенеси экскурсию на день позже», then «да»),
an edit of the time on the card («время: …»), a change written to the store (the path a
plan re-import takes). PLAN42's 9Б student (tests/chat_world.py: Tuesday 1 December 2026,
10:00 Kaliningrad; «Экскурсия в музей янтаря» 10 December 15:00–16:00); the curator is
the school's admin. SQLite, and PostgreSQL under tests/pg_everywhere.py. Sentences are
my own."""

from __future__ import annotations

from dataclasses import replace

from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld, said
from tests.integration.test_remind66_chat import Loop, at
from tests.integration.test_remind66_chat import loop as loop  # the fixture

student = chat_world.plan_student


async def moved_by_card(world: ChatWorld, move: str) -> str:
    """`move` said by the curator and confirmed; the reply to «да»."""
    templates, text = await said(world, move, CURATOR)
    assert templates[0] == "change_card", text
    templates, text = await said(world, "да", CURATOR)
    assert templates == ["moved"], text
    return text


async def test_the_eve_follows_a_move_by_the_card(student: ChatWorld, loop: Loop) -> None:
    templates, text = await said(student, "напомни накануне в 19:00 про экскурсию")
    assert templates == ["moment_reminder_set"], text
    assert "9 декабря (ср) в 19:00" in text, text
    await moved_by_card(student, "перенеси экскурсию на день позже")
    assert await loop.tick_at(at(9, 19, 0)) == []  # not the old eve
    [sent] = await loop.tick_at(at(10, 19, 0))  # the new one
    assert "11 декабря" in sent, sent
    assert await loop.tick_at(at(10, 19, 5)) == []  # once


async def test_a_moment_follows_an_edit_of_the_time(student: ChatWorld, loop: Loop) -> None:
    """«напомни 10 декабря в 13:00» is two hours before the start; the time changed to 17:00
    («перенеси экскурсию на 17:00», the README's way to change a saved event's time) keeps
    it two hours before: 15:00."""
    await said(student, "напомни про экскурсию 10 декабря в 13:00")
    await moved_by_card(student, "перенеси экскурсию на 17:00")
    assert await loop.tick_at(at(10, 13, 0)) == []
    assert len(await loop.tick_at(at(10, 15, 0))) == 1


async def test_a_moment_after_the_new_end_is_kept_before_it(student: ChatWorld, loop: Loop) -> None:
    """review66: a reminder the day before, the event moved a week earlier: its kept moment
    fell after the new end and nothing came. Now it is the new eve."""
    await said(student, "напомни накануне в 19:00 про экскурсию")
    [event] = await student.store.events_between(at(10, 0), at(11, 0))
    await student.store.update_event(replace(event, start=at(3, 15), end=at(3, 16)), None)
    assert len(await loop.tick_at(at(2, 19, 0))) == 1
    assert await loop.tick_at(at(9, 19, 0)) == []


async def test_a_moved_moment_already_passed_goes_at_once(student: ChatWorld, loop: Loop) -> None:
    """Decision: the event moved an hour earlier after the moment «завтра в 8 утра» would
    have been 07:00 — passed — goes at the next tick (within the 12 h catch-up), once; the
    student asked to be reminded and the event is still ahead."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    assert await loop.tick_at(at(2, 7, 30)) == []
    [event] = await student.store.events_between(at(10, 0), at(11, 0))
    event = await student.store.update_event(replace(event, start=at(9, 15), end=at(9, 16)), None)
    # a day earlier: 1 December 08:00, passed 23.5 h ago — beyond the catch-up
    assert await loop.tick_at(at(2, 7, 31)) == []
    await student.store.update_event(replace(event, start=at(10, 14), end=at(10, 15)), None)
    [sent] = await loop.tick_at(at(2, 7, 32))  # an hour earlier: 07:00, passed 32 min ago
    assert "Экскурсия в музей янтаря" in sent, sent
    assert await loop.tick_at(at(2, 8, 0)) == []  # once


async def test_a_reminder_sent_is_not_sent_again_when_moved_earlier(
    student: ChatWorld, loop: Loop
) -> None:
    """Sent at 2 December 08:00; the event then moves an hour earlier (moment 07:00, already
    covered by the send): nothing more. Moved a day later (moment 3 December 08:00): it goes
    again then, with the new day."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    assert len(await loop.tick_at(at(2, 8, 0))) == 1
    [event] = await student.store.events_between(at(10, 0), at(11, 0))
    event = await student.store.update_event(replace(event, start=at(10, 14), end=at(10, 15)), None)
    assert await loop.tick_at(at(2, 8, 5)) == []
    await student.store.update_event(replace(event, start=at(11, 15), end=at(11, 16)), None)
    assert await loop.tick_at(at(2, 9, 0)) == []
    [sent] = await loop.tick_at(at(3, 8, 0))
    assert "11 декабря" in sent, sent


async def test_asked_again_after_a_move_is_one_reminder(student: ChatWorld, loop: Loop) -> None:
    """The eve asked before and after a move: the two name the same moment, one row."""
    await said(student, "напомни накануне в 19:00 про экскурсию")
    [event] = await student.store.events_between(at(10, 0), at(11, 0))
    await student.store.update_event(replace(event, start=at(15, 15), end=at(15, 16)), None)
    await said(student, "напомни накануне в 19:00 про экскурсию")
    assert len(await loop.tick_at(at(14, 19, 0))) == 1
