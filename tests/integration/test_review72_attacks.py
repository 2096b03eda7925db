"""review72: the round's merged work attacked as a user would, through the real planner over
a real store (SQLite; PostgreSQL under -p tests.pg_everywhere). A 9Б student of PLAN42
(tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad; «Концерт хора» 16
December and «Репетиция хора» 9 December are 10А's). Sentences mine."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student


async def test_no_reminder_is_kept_of_another_classes_event(student: ChatWorld) -> None:
    """safety72 #2 leaves a one-off reminder of an event not for the student's class out of
    «мои напоминания» and drops it at send time as «снято: мероприятие теперь не для вашего
    класса». Set on an event that never was 9Б's, it was answered «Готово ⏰ Напомню …»,
    then listed as none and dropped with that untrue «теперь»: it is not set at all."""
    templates, answer = await said(student, "напомни о концерте хора 15 декабря в 18:00")
    assert "moment_reminder_set" not in templates, answer
    assert "Готово" not in answer, answer
    person = await student.store.get_person_by_vk(student.vk_id)
    assert person is not None
    now = student.planner.clock.now()
    assert await student.store.moment_reminders_of(person.id, now) == []


async def test_a_reminder_of_the_own_classes_event_is_kept(student: ChatWorld) -> None:
    """Guard: the same request of 9Б's own lecture is set and listed; its hint names the
    title, not «про лекции о космосе» (the prepositional of «о лекции» kept: review72)."""
    templates, answer = await said(student, "напомни о лекции о космосе 8 декабря в 18:00")
    assert templates == ["moment_reminder_set"], answer
    assert "«отмени напоминание про «Лекция о космосе»»" in answer, answer
    templates, answer = await said(student, "мои напоминания")
    assert "Лекция о космосе" in answer, answer
