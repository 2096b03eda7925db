"""safety72 §6: round 40's features attacked as an adversary would, through the real planner
over a real store (SQLite; PostgreSQL under -p tests.pg_everywhere). A teacher of the school
and PLAN42 (tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad). Sentences mine.

run72 lets a run of a week or more (an exhibition open all month, visited at any hour) share
its students with nothing. A trip, a camp or a training week has the same shape — all day
over a week — but takes its students away for all of it: a lecture for the same class in the
middle of it must still be a clash on the teacher's card. (Strict xfails after run72's merge;
review72 made the exemption read the title's kind, run_ends.is_visited_run.)"""

from __future__ import annotations

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import ChatWorld, said

teacher = chat_world.plan_teacher


async def _save(world: ChatWorld, text: str) -> str:
    templates, card = await said(world, text)
    if "event_card" in templates:
        templates, answer = await said(world, "да")
        assert "saved" in templates, answer
    return card


async def test_a_week_long_trip_still_takes_its_class(teacher: ChatWorld) -> None:
    await _save(teacher, "Поездка 9Б в Санкт-Петербург с 7 по 14 декабря, весь день, для 9Б")
    templates, card = await said(teacher, "Лекция о театре 9 декабря в 15:00 в каб. 12 для 9Б")
    assert templates == ["event_card"], card
    assert "Поездка в Санкт-Петербург — 7–14 декабря" in card, card  # the class is away


PUPIL = 301  # a 9Б student who joins the teacher's world


async def test_a_student_on_a_week_long_trip_is_told_of_a_lecture_meanwhile(
    teacher: ChatWorld,
) -> None:
    """The student side of the same: signed up to the trip, «запиши меня на лекцию о
    космосе» (9 December, 15:00, during the trip) is told the two overlap."""
    await _save(teacher, "Поездка 9Б в Санкт-Петербург с 7 по 14 декабря, весь день, для 9Б")
    await teacher.store.save_person(PUPIL, Role.STUDENT, "Ученик", class_name="9Б")
    templates, answer = await said(teacher, "запиши меня на поездку в Санкт-Петербург", PUPIL)
    assert templates == ["signed_up"], answer
    templates, answer = await said(teacher, "запиши меня на лекцию о космосе", PUPIL)
    assert templates == ["signup_overlap"], answer
    assert "Поездка в Санкт-Петербург" in answer, answer
