"""remind66: a one-off reminder at a moment the person names, through the real planner and
the real notification loop over a real store (SQLite; PostgreSQL under tests/pg_everywhere.py).
A 9Б student of PLAN42 (tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad;
«Лекция о космосе» 9 December, «Экскурсия в музей янтаря» 10 December, each 15:00–16:00).
The loop's clock is the planner's, moved by hand; what the loop sends is collected. All
sentences are my own."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.models import EventStatus
from bot.core.replies import Reply
from bot.scheduling import NotificationLoop
from bot.storage.sqlite_store import open_store
from tests import chat_world
from tests.chat_world import SPEAKER, ZONE, ChatWorld, said
from tests.moment_loop import Loop, at

student = chat_world.plan_student


@pytest.fixture
def loop(student: ChatWorld) -> Loop:
    return Loop(student)


async def test_a_reminder_asked_for_arrives_once_at_its_moment(
    student: ChatWorld, loop: Loop
) -> None:
    templates, text = await said(student, "напомни мне завтра в 8 утра про экскурсию")
    assert templates == ["moment_reminder_set"], text
    assert "Напомню 2 декабря (ср) в 08:00 о «Экскурсия в музей янтаря»" in text, text
    assert await loop.tick_at(at(2, 7, 59)) == []
    [sent] = await loop.tick_at(at(2, 8, 0))
    assert "Вы просили напомнить: Экскурсия в музей янтаря" in sent, sent
    assert await loop.tick_at(at(2, 8, 1)) == []  # once
    assert await loop.tick_at(at(2, 9, 0)) == []


async def test_one_missed_while_down_is_caught_up_once(student: ChatWorld, loop: Loop) -> None:
    await said(student, "напомни про лекцию о космосе завтра в 18:30")
    assert len(await loop.tick_at(at(2, 21, 0))) == 1  # the bot was down at 18:30
    assert await loop.tick_at(at(2, 21, 1)) == []


async def test_the_only_sign_up_is_the_event_meant(student: ChatWorld, loop: Loop) -> None:
    await said(student, "запиши меня на лекцию о космосе")
    templates, text = await said(student, "напомни в пятницу вечером")
    assert templates == ["moment_reminder_set"], text
    assert "4 декабря (пт) вечером, в 19:00, о «Лекция о космосе»" in text, text
    assert "вечером, в 19:00," in text, text  # the school's clock, said
    assert len(await loop.tick_at(at(4, 19, 0))) == 1


async def test_the_event_just_signed_up_for_is_the_one_in_context(student: ChatWorld) -> None:
    await said(student, "запиши меня на лекцию о космосе")
    await said(student, "запиши меня на экскурсию")
    templates, text = await said(student, "напомни завтра в 9:00")
    assert templates == ["moment_reminder_set"], text
    assert "о «Экскурсия в музей янтаря»" in text, text


async def test_the_eve_is_the_events_eve(student: ChatWorld, loop: Loop) -> None:
    templates, text = await said(student, "напомни накануне в 19:00 про экскурсию")
    assert templates == ["moment_reminder_set"], text
    assert "9 декабря (ср) в 19:00 о «Экскурсия в музей янтаря»" in text, text
    assert await loop.tick_at(at(1, 19, 0)) == []  # not today's evening
    assert len(await loop.tick_at(at(9, 19, 0))) == 1


async def test_several_sign_ups_and_no_name_ask_which(student: ChatWorld) -> None:
    await said(student, "запиши меня на лекцию о космосе")
    await said(student, "запиши меня на экскурсию")
    templates, text = await said(student, "мои мероприятия")  # two listed: none in context
    templates, text = await said(student, "напомни завтра в 9:00")
    assert templates == ["remind_at_moment"], text
    # remind69: the question names the moment read (a bare clock next keeps it)
    assert "О каком из них напомнить 2 декабря (ср) в 09:00?" in text, text
    assert "Лекция о космосе" in text, text
    assert "Экскурсия в музей янтаря" in text, text


@pytest.mark.parametrize(
    ("ask", "words"),
    [
        ("напомни про экскурсию в пятницу", "Во сколько напомнить о «Экскурсия в музей янтаря»"),
        ("напомни про экскурсию днём", "Во сколько напомнить"),
        ("напомни про экскурсию сегодня в 9:00", "Это время уже прошло"),
        ("напомни про экскурсию 12 декабря в 10:00", "уже закончится"),
        ("напомни завтра в 8 утра про квиз", "Не нашёл мероприятия «квиз»"),
    ],
)
async def test_a_moment_that_cannot_be_kept_is_asked_politely(
    student: ChatWorld, loop: Loop, ask: str, words: str
) -> None:
    templates, text = await said(student, ask)
    assert templates == ["remind_at_moment"], text
    assert words in text, text
    assert await loop.tick_at(at(12, 11, 0)) == []  # nothing kept


async def test_dont_remind_removes_it(student: ChatWorld, loop: Loop) -> None:
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    await said(student, "напомни мне завтра в 9 утра про лекцию о космосе")
    templates, text = await said(student, "не напоминай про экскурсию")
    assert templates == ["reminders_muted"], text
    assert len(await loop.tick_at(at(2, 8, 30))) == 0  # the excursion's is gone
    assert len(await loop.tick_at(at(2, 9, 0))) == 1  # the lecture's stays
    await said(student, "напомни в пятницу в 12:00 про лекцию о космосе")
    templates, text = await said(student, "не напоминай")
    assert templates == ["reminders_off"], text
    assert await loop.tick_at(at(4, 12, 0)) == []


async def test_cancel_the_reminder_keeps_the_other_reminders(
    student: ChatWorld, loop: Loop
) -> None:
    """Before: «отмени напоминание» was read as a cancel of a sign-up titled «напоминание»
    («Вы пока никуда не записаны — отменять нечего»)."""
    await said(student, "запиши меня на экскурсию")
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    await said(student, "напомни мне завтра в 9 утра про лекцию о космосе")
    templates, text = await said(student, "отмени напоминание про экскурсию")
    assert templates == ["moment_reminders_forgotten"], text
    assert "Не напомню 2 декабря (ср) в 08:00 о «Экскурсия в музей янтаря»" in text, text
    assert await loop.tick_at(at(2, 8, 30)) == []
    assert len(await loop.tick_at(at(2, 9, 0))) == 1  # the lecture's stays
    templates, text = await said(student, "удали напоминание")
    assert templates == ["moment_reminders_forgotten"], text
    assert "Разовых напоминаний у вас нет" in text, text  # the lecture's is in the past
    templates, text = await said(student, "мои мероприятия")
    assert "Экскурсия в музей янтаря" in text, text  # the sign-up stays


async def test_a_cancelled_event_sends_nothing(student: ChatWorld, loop: Loop) -> None:
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    [event] = await student.store.events_between(at(10, 0), at(11, 0))
    await student.store.update_event(replace(event, status=EventStatus.CANCELLED), None)
    assert await loop.tick_at(at(2, 8, 0)) == []


async def test_a_moment_ahead_of_the_clock_waits(student: ChatWorld, loop: Loop) -> None:
    """A reminder asked at 10:00 for «через 2 часа» is due at 12:00 school time."""
    await said(student, "напомни через 2 часа про экскурсию")
    assert await loop.tick_at(at(1, 11, 59)) == []
    assert len(await loop.tick_at(at(1, 12, 0) + timedelta(seconds=30))) == 1


async def test_two_workers_ticking_at_once_send_it_once(
    student: ChatWorld, loop: Loop, tmp_path: Path
) -> None:
    """Two notification loops, each on its own connection to the one database (a second
    worker without the lease, or one whose lease ran out mid-tick), tick at the moment
    together: the outbox claim lets one of them send it."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    other = await open_store(tmp_path / "plan.db", ZONE)
    try:
        sent: list[Reply] = []

        async def send(reply: Reply) -> None:
            sent.append(reply)

        second = NotificationLoop(other, loop.clock, ZONE, send)
        loop.clock.set(at(2, 8, 0))
        await asyncio.gather(loop.loop.tick(), second.tick(), loop.loop.tick(), second.tick())
        asked = [r for r in [*loop.sent, *sent] if r.template == "moment_reminder"]
        # VK calls, not deliveries: remind69 counted deliveries by random_id, as a second
        # loop's resend_pending could resend the first's batch while it was in flight (due
        # at its claim's `now`); since lease69 a claim is in flight until its lease ends
        # (bot.core.outbox.IN_FLIGHT_SECONDS), so the other loop never calls VK for it
        assert [r.recipients for r in asked] == [(SPEAKER,)]
    finally:
        await other.close()


@pytest.mark.parametrize(
    ("ask", "words", "moment"),
    [
        ("напомни в день лекции о космосе в 8 утра", "Напомню 9 декабря (ср) в 08:00", at(9, 8)),
        ("напомни вечером накануне лекции о космосе", "8 декабря (вт) в 19:00", at(8, 19)),
        ("напомни накануне экскурсии в 19:00", "9 декабря (ср) в 19:00", at(9, 19)),
    ],
)
async def test_the_event_named_after_its_day(
    student: ChatWorld, loop: Loop, ask: str, words: str, moment: datetime
) -> None:
    """review66: the event named by its genitive after «в день», «накануне». Before: «в день
    лекции о космосе в 8 утра» kept tomorrow 08:00 (the name's «о» read as «про»), «вечером
    накануне лекции о космосе» today's 19:00, and «накануне экскурсии в 19:00» asked which
    event."""
    templates, text = await said(student, ask)
    assert templates == ["moment_reminder_set"], text
    assert words in text, text
    assert await loop.tick_at(at(2, 8, 0)) == []
    assert len(await loop.tick_at(moment)) == 1


async def test_the_eve_follows_the_event_when_it_moves(student: ChatWorld, loop: Loop) -> None:
    """review66: «напомни накануне в 19:00 про экскурсию», then the excursion moves from 10
    to 15 December: the reminder went on 9 December at 19:00 (the old eve), and an
    excursion moved to before the kept moment dropped it without a word. remind68: the
    moment keeps its distance to the start (tests/integration/test_remind68_moves.py)."""
    await said(student, "напомни накануне в 19:00 про экскурсию")
    [event] = await student.store.events_between(at(10, 0), at(11, 0))
    moved = replace(event, start=at(15, 15), end=at(15, 16))
    await student.store.update_event(moved, None)
    assert await loop.tick_at(at(9, 19, 0)) == []  # not the old eve
    assert len(await loop.tick_at(at(14, 19, 0))) == 1  # the new one


async def test_a_morning_passed_is_the_next_morning(student: ChatWorld) -> None:
    """review66: at 10:00 «напомни мне утром про экскурсию» answers «Это время уже прошло»,
    while «напомни в 8 утра про экскурсию» keeps tomorrow's 08:00 (a clock past today rolls
    to tomorrow, a part of the day did not). remind69: no day named, the next morning is
    meant (the reply names its date); «сегодня утром» stays past and is asked again."""
    templates, text = await said(student, "напомни мне утром про экскурсию")
    assert templates == ["moment_reminder_set"], text
    assert "2 декабря (ср) утром, в 08:00" in text, text
    templates, text = await said(student, "напомни сегодня утром про экскурсию")
    assert templates == ["remind_at_moment"], text
    assert "Это время уже прошло" in text, text


async def test_cancel_the_reminder_said_colloquially(student: ChatWorld, loop: Loop) -> None:
    """review66: «отмени напоминалку про экскурсию» answered «Вы пока никуда не записаны —
    отменять нечего» (a sign-up's cancel) and the reminder still came."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    templates, text = await said(student, "отмени напоминалку про экскурсию")
    assert templates == ["moment_reminders_forgotten"], text
    assert await loop.tick_at(at(2, 8, 0)) == []
