"""safety72 #2 and #5: reminders at send time and a cancel of reminder 0, through the real
planner and the real notification loop over a real store (SQLite; PostgreSQL under
-p tests.pg_everywhere). A 9Б student of PLAN42 (tests/chat_world.py: Tuesday 1 December
2026, 10:00 Kaliningrad; «Экскурсия в музей янтаря» 10 December 15:00–16:00, for 9Б).

#2: a reminder asked while the student was in the event's audience, the event later made
staff-only, parents-only or narrowed to another class. Before: the one-off «Вы просили
напомнить: …» and the sign-up's «за день» reminder still went (the loop checked the event
was live, not who it is for now). Decided: a one-off reminder, asked for a moment the student
chose and counted on, is answered at that moment with why it is dropped — naming neither
the event's present title (it may have been renamed for its new audience) nor more than
who it is for now; a sign-up's reminders are dropped silently (the sign-up's holder is told
of the edit by the change notice, and two «не для вас» a day would be noise).
All sentences are my own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.models import Audience, Event
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import SPEAKER, ChatWorld, said
from tests.moment_loop import Loop, at

student = chat_world.plan_student

EXCURSION = "Экскурсия в музей янтаря"
NARROWED = {
    "staff": Audience(staff=True),
    "parents": Audience(classes=frozenset({"9Б"}), parents=True),
    "other_class": Audience(classes=frozenset({"10А"})),
}


@pytest.fixture
def loop(student: ChatWorld) -> Loop:
    return Loop(student)


async def _excursion(world: ChatWorld) -> Event:
    for event in await world.store.events_between(at(10, 0), at(11, 0)):
        if event.title == EXCURSION:
            return event
    raise AssertionError("no excursion")


async def _narrow(world: ChatWorld, audience: Audience, title: str | None = None) -> None:
    """The excursion's audience made `audience` (and renamed `title`) by its organiser."""
    event = await _excursion(world)
    changed = replace(event, audience=audience, title=title or event.title)
    await world.store.update_event(changed, None)


def _to_student(loop: Loop) -> list[Reply]:
    return [r for r in loop.sent if SPEAKER in r.recipients]


@pytest.mark.parametrize("reason", list(NARROWED))
async def test_a_one_off_reminder_of_an_event_no_longer_for_the_student_says_why(
    student: ChatWorld, loop: Loop, reason: str
) -> None:
    templates, text = await said(student, "напомни мне завтра в 8 утра про экскурсию")
    assert templates == ["moment_reminder_set"], text
    await _narrow(student, NARROWED[reason], "Закрытый разбор поездки")
    await loop.tick_at(at(2, 8, 0))
    sent = _to_student(loop)
    assert [r.template for r in sent] == ["moment_reminder_dropped"], sent
    text = student.text(sent[0])
    assert "Вы просили напомнить" not in text, text
    assert "Закрытый разбор" not in text, text
    assert "снято" in text, text
    await loop.tick_at(at(2, 8, 1))
    assert _to_student(loop) == []  # once


async def test_a_one_off_reminder_of_an_event_still_for_the_student_comes(
    student: ChatWorld, loop: Loop
) -> None:
    """Widened (the whole grade) or unchanged, it comes as before."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    await _narrow(student, Audience(grades=frozenset({9}), staff=True))
    [text] = await loop.tick_at(at(2, 8, 0))
    assert "Вы просили напомнить: Экскурсия в музей янтаря" in text, text


@pytest.mark.parametrize("reason", list(NARROWED))
async def test_a_sign_ups_reminder_of_an_event_no_longer_for_the_student_is_dropped(
    student: ChatWorld, loop: Loop, reason: str
) -> None:
    await said(student, "запиши меня на экскурсию")
    await loop.tick_at(at(9, 15, 0))  # the day before: its reminder, as a control
    assert [r.template for r in _to_student(loop)] == ["reminder"], loop.sent
    await _narrow(student, NARROWED[reason])
    for moment in (at(10, 14, 0), at(10, 14, 30)):  # the hour before, and after
        await loop.tick_at(moment)
        assert _to_student(loop) == [], loop.sent


@pytest.mark.parametrize("reason", list(NARROWED))
async def test_a_sign_ups_day_before_reminder_is_dropped_too(
    student: ChatWorld, loop: Loop, reason: str
) -> None:
    await said(student, "запиши меня на экскурсию")
    await _narrow(student, NARROWED[reason])
    await loop.tick_at(at(9, 15, 0))
    assert _to_student(loop) == [], loop.sent


@pytest.mark.parametrize("text", ["отмени напоминание 0", "удали напоминание №0"])
async def test_reminder_zero_is_no_reminder_not_a_sign_up(student: ChatWorld, text: str) -> None:
    """safety72 #5 (review69): before, «Вы пока никуда не записаны — отменять нечего»."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    templates, answer = await said(student, text)
    assert templates == ["moment_reminders_forgotten"], answer
    assert "Напоминания номер 0 у вас нет" in answer, answer
    _, listed = await said(student, "мои напоминания")
    assert EXCURSION in listed, listed  # nothing deleted


async def test_my_reminders_do_not_list_an_event_no_longer_mine(student: ChatWorld) -> None:
    """«мои напоминания» would name the event's new title; it lists only what will come."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    await said(student, "напомни в пятницу в 18:30 о лекции")
    await _narrow(student, NARROWED["staff"], "Закрытый разбор поездки")
    _, listed = await said(student, "мои напоминания")
    assert "Закрытый разбор" not in listed, listed
    assert "1. 4 декабря (пт) в 18:30 — о «Лекция о космосе»" in listed, listed


POLL_TICKS = [at(10, 16, 5), at(10, 18, 0), at(10, 20, 0), at(11, 10, 0), at(11, 18, 0)]


async def _polls(loop: Loop) -> list[str]:
    found = []
    for moment in POLL_TICKS:
        await loop.tick_at(moment)
        found += [r.template for r in _to_student(loop) if r.template.startswith("poll")]
    return found


async def test_a_sign_up_is_polled_after_the_event(student: ChatWorld, loop: Loop) -> None:
    """The control of the next: the excursion's poll reaches the student signed up."""
    await said(student, "запиши меня на экскурсию")
    assert "poll" in await _polls(loop)


@pytest.mark.parametrize("reason", list(NARROWED))
async def test_no_poll_of_an_event_no_longer_for_the_student(
    student: ChatWorld, loop: Loop, reason: str
) -> None:
    """«Как прошло «…»?» is not asked of a student the event stopped being for (made
    staff-only, parents' or another class's after they signed up): they did not go."""
    await said(student, "запиши меня на экскурсию")
    await _narrow(student, NARROWED[reason], "Закрытый разбор поездки")
    assert await _polls(loop) == []
