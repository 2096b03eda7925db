"""remind69: one's one-off reminders listed and cancelled one by one («мои напоминания», its
button, «отмени напоминание 2»), nobody else's; a cap on those ahead; the follow-up answers
to «Когда напомнить?» and «О каком мероприятии напомнить?»; rows done with are cleared by the
loop. Through the real planner and notification loop over a real store (SQLite; PostgreSQL
under tests/pg_everywhere.py). A 9Б student of PLAN42 (tests/chat_world.py: Tuesday
1 December 2026, 10:00 Kaliningrad; «Лекция о космосе» 9 December, «Экскурсия в музей
янтаря» 10 December, each 15:00–16:00). All sentences are my own."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from bot.core.language.buttons import ButtonAction, payload
from bot.core.models import Role
from bot.core.moments import KEEP, MAX_PENDING, MomentStore
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import SPEAKER, ChatWorld, said
from tests.moment_loop import Loop, at

student = chat_world.plan_student

OTHER = 301  # another 9Б student of the same school


@pytest.fixture
def loop(student: ChatWorld) -> Loop:
    return Loop(student)


async def _other(world: ChatWorld) -> None:
    await world.store.save_person(OTHER, Role.STUDENT, "Другой ученик", class_name="9Б")


async def _press(world: ChatWorld, data: dict[str, Any], vk_id: int = SPEAKER) -> list[Reply]:
    return await world.planner.handle(vk_id, "", data)


async def _two_reminders(world: ChatWorld) -> None:
    for text in ("напомни мне завтра в 8 утра про экскурсию", "напомни в пятницу в 18:30 о лекции"):
        templates, reply = await said(world, text)
        assert templates == ["moment_reminder_set"], reply


# --- «мои напоминания» --------------------------------------------------------------------


@pytest.mark.parametrize(
    "asked",
    [
        "мои напоминания",
        "какие у меня напоминания?",
        "Покажи мои напоминания",
        "что я просил напомнить?",
    ],
)
async def test_my_reminders_lists_them_with_their_moments(student: ChatWorld, asked: str) -> None:
    await _two_reminders(student)
    [listed] = await student.say(asked)
    text = student.text(listed)
    assert listed.template == "moment_reminders_list", text
    assert "1. 2 декабря (ср) в 08:00 — о «Экскурсия в музей янтаря»" in text, text
    assert "2. 4 декабря (пт) в 18:30 — о «Лекция о космосе»" in text, text
    assert "«отмени напоминание 1»" in text, text
    assert [len(row) for row in listed.buttons] == [1, 1]


async def test_none_kept_says_so_and_how_to_set_one(student: ChatWorld) -> None:
    templates, text = await said(student, "мои напоминания")
    assert templates == ["moment_reminders_list"], text
    assert "Разовых напоминаний у вас нет" in text, text


async def test_the_button_cancels_that_one_only(student: ChatWorld, loop: Loop) -> None:
    await _two_reminders(student)
    [listed] = await student.say("мои напоминания")
    [first] = listed.buttons[0]
    [done] = await _press(student, dict(first.payload))
    assert done.template == "moment_reminders_forgotten", student.text(done)
    assert "Не напомню 2 декабря (ср) в 08:00 о «Экскурсия в музей янтаря»" in student.text(done)
    assert await loop.tick_at(at(2, 8, 0)) == []
    assert len(await loop.tick_at(at(4, 18, 30))) == 1  # the other one stays


async def test_cancel_by_its_number(student: ChatWorld, loop: Loop) -> None:
    await _two_reminders(student)
    await said(student, "мои напоминания")
    templates, text = await said(student, "отмени напоминание 2")
    assert templates == ["moment_reminders_forgotten"], text
    assert "Не напомню 4 декабря (пт) в 18:30 о «Лекция о космосе»" in text, text
    templates, text = await said(student, "удали напоминание №5")
    assert "Напоминания номер 5 у вас нет" in text, text
    assert len(await loop.tick_at(at(2, 8, 0))) == 1
    assert await loop.tick_at(at(4, 18, 30)) == []


async def test_nobody_lists_or_cancels_anothers(student: ChatWorld, loop: Loop) -> None:
    """A forged «Отменить» payload naming another student's row (and garbled ones) deletes
    nothing; their list shows only their own."""
    await _other(student)
    await _two_reminders(student)
    [listed] = await student.say("мои напоминания")
    [first] = listed.buttons[0]
    _templates, text = await said(student, "мои напоминания", OTHER)
    assert "Разовых напоминаний у вас нет" in text, text
    [refused] = await _press(student, dict(first.payload), OTHER)
    assert refused.template == "moment_reminders_forgotten", student.text(refused)
    assert "Не напомню" not in student.text(refused)
    for garbled in ("x", True, -1, 10**30, None):
        [unknown] = await _press(student, payload(ButtonAction.FORGET_MOMENT, id=garbled), OTHER)
        assert unknown.template == "unknown_button", garbled
    await said(student, "отмени напоминание 1", OTHER)
    await said(student, "отмени напоминания", OTHER)
    assert len(await loop.tick_at(at(2, 8, 0))) == 1  # still comes
    assert len(await loop.tick_at(at(4, 18, 30))) == 1


# --- the cap ------------------------------------------------------------------------------


async def test_a_cap_on_the_reminders_ahead(student: ChatWorld) -> None:
    for minute in range(MAX_PENDING):
        templates, text = await said(student, f"напомни завтра в 9:{minute:02d} про экскурсию")
        assert templates == ["moment_reminder_set"], text
    templates, text = await said(student, "напомни завтра в 10:30 про экскурсию")
    assert templates == ["remind_at_moment"], text
    assert f"У вас уже {MAX_PENDING} разовых напоминаний" in text, text
    assert "«мои напоминания»" in text, text
    templates, text = await said(student, "напомни завтра в 9:05 про экскурсию")  # kept one
    assert templates == ["moment_reminder_set"], text
    await said(student, "отмени напоминание 1")
    templates, text = await said(student, "напомни завтра в 10:30 про экскурсию")
    assert templates == ["moment_reminder_set"], text


# --- rows done with are cleared -----------------------------------------------------------


async def test_the_loop_clears_rows_done_with(student: ChatWorld, loop: Loop) -> None:
    store = student.store
    assert isinstance(store, MomentStore)
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    assert len(await loop.tick_at(at(2, 8, 0))) == 1
    person = await store.get_person_by_vk(SPEAKER)
    assert person is not None
    [row] = await store.moment_reminders_of(person.id, at(1, 0))
    late = Loop(student)  # a new loop clears on its first tick
    await late.tick_at(at(2, 8, 0) + KEEP - timedelta(minutes=1))
    assert await store.moment_reminder(row.id) is not None  # kept KEEP after its moment
    later = Loop(student)
    await later.tick_at(at(2, 8, 0) + KEEP)
    assert await store.moment_reminder(row.id) is None


# --- the follow-up answers ----------------------------------------------------------------


async def test_a_bare_time_then_the_event_after_which_event(student: ChatWorld, loop: Loop) -> None:
    """«О каком мероприятии напомнить?» answered by a clock first: the clock is kept (the
    question is asked again naming the moment), then the event's name completes it."""
    templates, text = await said(student, "напомни мне завтра")
    assert templates == ["remind_at_moment"], text
    assert "О каком мероприятии напомнить?" in text, text
    templates, text = await said(student, "в 9")
    assert templates == ["remind_at_moment"], text
    assert "О каком мероприятии напомнить 2 декабря (ср) в 09:00?" in text, text
    templates, text = await said(student, "про экскурсию")
    assert templates == ["moment_reminder_set"], text
    assert "Напомню 2 декабря (ср) в 09:00 о «Экскурсия в музей янтаря»" in text, text
    assert len(await loop.tick_at(at(2, 9, 0))) == 1


@pytest.mark.parametrize("answer", ["экскурсию", "на экскурсию", "Экскурсия в музей янтаря"])
async def test_the_events_name_alone_answers_which_event(student: ChatWorld, answer: str) -> None:
    await said(student, "напомни завтра в 9:00")
    templates, text = await said(student, answer)
    assert templates == ["moment_reminder_set"], text
    assert "Напомню 2 декабря (ср) в 09:00 о «Экскурсия в музей янтаря»" in text, text


@pytest.mark.parametrize("answer", ["2", "второе"])
async def test_a_number_picks_from_the_which_list(student: ChatWorld, answer: str) -> None:
    await said(student, "запиши меня на лекцию о космосе")
    await said(student, "запиши меня на экскурсию")
    await said(student, "мои мероприятия")
    templates, text = await said(student, "напомни в пятницу в 18:00")
    assert "О каком из них напомнить 4 декабря (пт) в 18:00?" in text, text
    templates, text = await said(student, answer)
    assert templates == ["moment_reminder_set"], text
    assert "Напомню 4 декабря (пт) в 18:00 о «Экскурсия в музей янтаря»" in text, text


async def test_another_question_is_no_answer(student: ChatWorld) -> None:
    await said(student, "напомни завтра в 9:00")
    templates, text = await said(student, "что завтра?")
    assert "moment_reminder_set" not in templates, text
    templates, text = await said(student, "спасибо")
    assert templates == ["small_talk"], text
    templates, text = await said(student, "мои напоминания")
    assert "Разовых напоминаний у вас нет" in text, text
