"""review69: round 39's merged chat work attacked as a user would (tests/data/review69.md).
A 9Б student of PLAN42 (tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad;
«Экскурсия в музей янтаря» 10 December, «Лекция о космосе» 9 December). Through the real
planner over a real store (SQLite; PostgreSQL under tests/pg_everywhere.py); state read
through the store's methods. All sentences are my own."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import EventStatus, Role
from bot.core.moments import MAX_PENDING, MomentStore
from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
PUPIL = 301  # a 9Б student who joins a teacher's world


async def _two(world: ChatWorld) -> None:
    for text in ("напомни мне завтра в 8 утра про экскурсию", "напомни в пятницу в 18:30 о лекции"):
        templates, reply = await said(world, text)
        assert templates == ["moment_reminder_set"], reply


async def _cancel_excursion(world: ChatWorld) -> None:
    """The excursion (the first reminder's event) cancelled by its organiser."""
    store = world.store
    assert isinstance(store, MomentStore)
    person = await world.store.get_person_by_vk(world.vk_id)
    assert person is not None
    rows = await store.moment_reminders_of(person.id, world.planner.clock.now())
    excursion = rows[0].event_id
    await world.store.set_event_status(excursion, EventStatus.CANCELLED, None)


async def test_a_spent_button_does_not_say_none_are_left(student: ChatWorld) -> None:
    """The «Отменить напоминание 1» button pressed twice (a double tap, an old list): the
    second press must not claim the student has no reminders while the lecture's stays."""
    await _two(student)
    [listed] = await student.say("мои напоминания")
    [first] = listed.buttons[0]
    await student.press(dict(first.payload))
    [again] = await student.press(dict(first.payload))
    text = student.text(again)
    assert again.template == "moment_reminders_forgotten", text
    assert "Разовых напоминаний у вас нет" not in text, text
    assert "уже нет" in text, text
    _, text = await said(student, "мои напоминания")
    assert "1. 4 декабря (пт) в 18:30 — о «Лекция о космосе»" in text, text


async def test_a_cancelled_events_reminder_is_not_listed(student: ChatWorld) -> None:
    """The loop never sends a reminder of a cancelled event (moments.still_worth_sending), so
    «мои напоминания» must not promise it, and its number is the next one's."""
    await _two(student)
    await _cancel_excursion(student)
    templates, text = await said(student, "мои напоминания")
    assert templates == ["moment_reminders_list"], text
    assert "Экскурсия" not in text, text
    assert "1. 4 декабря (пт) в 18:30 — о «Лекция о космосе»" in text, text
    _, text = await said(student, "отмени напоминание 1")
    assert "Не напомню 4 декабря (пт) в 18:30 о «Лекция о космосе»" in text, text


async def test_a_cancelled_events_reminders_do_not_fill_the_cap(student: ChatWorld) -> None:
    for minute in range(MAX_PENDING):
        templates, text = await said(student, f"напомни завтра в 9:{minute:02d} про экскурсию")
        assert templates == ["moment_reminder_set"], text
    await _cancel_excursion(student)
    templates, text = await said(student, "напомни в пятницу в 18:30 о лекции")
    assert templates == ["moment_reminder_set"], text


async def test_the_named_answers_mute_hint_reads_as_russian(student: ChatWorld) -> None:
    """«О каком мероприятии напомнить?» answered «лекция» (the name as one says it, in the
    nominative): the hint must not say «не напоминай про лекция»."""
    templates, text = await said(student, "напомни завтра в 9")
    assert templates == ["remind_at_moment"], text
    templates, text = await said(student, "лекция")
    assert templates == ["moment_reminder_set"], text
    assert "про лекция" not in text, text
    assert "«отмени напоминание про «Лекция о космосе»»" in text, text
    _, text = await said(student, "напомни в пятницу в 8 утра про лекцию")
    assert "«отмени напоминание про лекцию»" in text, text


teacher = chat_world.plan_teacher


async def test_a_run_going_on_is_not_offered_then_refused_as_past(teacher: ChatWorld) -> None:
    """A run going on (parse69's doubt `running`: opened 30 November, on until 20 December,
    the clock on 1 December) is offered in «что сегодня?» and taken by «записаться 1» and by
    its name while it lasts; no reminder of the start already gone (run69)."""
    await _save_drawings_run(teacher)
    _, text = await said(teacher, "что сегодня?", PUPIL)
    assert "1. весь день (до 20 декабря) Выставка рисунков" in text, text
    assert "«записаться 1»" in text, text
    templates, text = await said(teacher, "записаться 1", PUPIL)
    assert templates == ["signed_up"], text
    assert "уже прошло" not in text, text
    assert "Мероприятие уже идёт — до 20 декабря включительно" in text, text
    assert "Напомню" not in text, text
    assert "До начала совсем немного" not in text, text


async def test_a_run_going_on_is_joined_by_its_name(teacher: ChatWorld) -> None:
    await _save_drawings_run(teacher)
    templates, text = await said(teacher, "запиши меня на выставку рисунков", PUPIL)
    assert templates == ["signed_up"], text
    assert "Не нашёл впереди" not in text, text


async def test_a_run_wholly_past_is_still_refused(teacher: ChatWorld) -> None:
    await _save_drawings_run(teacher)
    _, text = await said(teacher, "что сегодня?", PUPIL)
    teacher.planner.clock.set(datetime(2026, 12, 21, 10, 0, tzinfo=chat_world.ZONE))
    templates, text = await said(teacher, "записаться 1", PUPIL)
    assert "уже прошло" in text, text
    templates, text = await said(teacher, "запиши меня на выставку рисунков", PUPIL)
    assert templates == ["signup_title_not_found"], text


async def _save_drawings_run(teacher: ChatWorld) -> None:
    """The teacher saves a run begun on 30 November and open until 20 December, for 9Б, and
    PUPIL (a 9Б student) joins the school."""
    for text in (
        "30 ноября в актовом зале открылась выставка рисунков. Она продлится до 20 декабря.",
        "весь день",
        "для 9Б",
        "да",
    ):
        await said(teacher, text)
    await teacher.store.save_person(PUPIL, Role.STUDENT, "Ученик", class_name="9Б")
