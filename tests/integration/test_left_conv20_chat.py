"""Left-overs of the nineteenth round through the real chat (leftconv20): «почему отменили
…?» about a cancel months ahead or the day after (item 6), «на все» a message or two after
a series' list (item 6), and a class's own class hour among the class's sign-ups (item 7,
walk x X10). Real SQLite store, frozen clock, real templates; sentences written for these
tests."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.core.models import Role
from bot.core.ports import FixedClock
from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld, curator_world, said
from tests.integration.test_fixsmall19_chat import STUDENT, club_world
from tests.integration.test_walk_x_chat import NEWCOMER as TEACHER
from tests.integration.test_walk_x_chat import NOW as WALK_NOW

world = chat_world.partner_world


@pytest.mark.parametrize("days_later", [0, 70])  # 1 December; 25 May
async def test_why_a_cancel_months_ahead_or_past_its_day_is_answered(
    world: ChatWorld, days_later: int
) -> None:
    """A May festival cancelled by the curator in December with a reason: the partner asks
    why in December (five months ahead) or after the festival's day."""
    await said(world, "Фестиваль робототехники 20 мая 2027 в 11:00, 7-8 классы")
    await said(world, "да")
    await said(world, "отмени фестиваль робототехники, потому что зал на ремонте", CURATOR)
    replies = await world.planner.handle(CURATOR, "да")
    assert any(r.template == "cancelled" for r in replies), replies
    clock = world.planner.clock
    assert isinstance(clock, FixedClock)
    if days_later:  # the festival's day has passed
        clock.set(clock.now() + timedelta(days=days_later) + timedelta(days=105))
    templates, shown = await said(world, "почему отменили фестиваль робототехники?")
    assert templates == ["why_cancelled"], (templates, shown)
    assert "Причина: зал на ремонте" in shown, shown


@pytest.mark.parametrize("between", ["ок", "а во сколько?"])
async def test_all_of_a_series_a_message_later_is_still_the_series(
    tmp_path: Path, between: str
) -> None:
    """The series' list says «на все 13»; a student who says something else first and then
    «на все» gets all 13 (was the 9 listed only)."""
    async with club_world(tmp_path) as club:
        await said(club, "запиши меня на шахматный кружок", STUDENT)
        await said(club, between, STUDENT)
        templates, reply = await said(club, "на все", STUDENT)
        assert templates[0] == "signed_up_many", reply
        assert "на 13 мероприятий" in reply, reply


async def test_all_after_another_list_is_that_list(tmp_path: Path) -> None:
    async with club_world(tmp_path) as club:
        await said(club, "запиши меня на шахматный кружок", STUDENT)
        await said(club, "что в декабре?", STUDENT)  # another list: «на все» is its five
        templates, reply = await said(club, "запиши меня на все", STUDENT)
        assert templates[0] == "signed_up_many", reply
        assert "на 5 мероприятий" in reply, reply


async def test_a_class_teachers_own_class_hour_is_no_partner_events_signups(
    tmp_path: Path,
) -> None:
    """walk x X10's left-over: the 8Б teacher's own «Классный час» (the school's, in the
    class's timetable: nobody signs up for it) was listed among the class's sign-ups with
    «всего пока никого» and counted among the teacher's figures. Now only events that take
    sign-ups are: the partner-like excursion stays."""
    async with curator_world(tmp_path / "plan.db", WALK_NOW) as school:
        await said(school, "Экскурсия на судно 8 декабря в 14:00, 8Б, причал 3")
        await said(school, "да")
        [created] = await school.say("пригласить классного руководителя 8Б")
        await said(school, created.context["code"], TEACHER)
        await said(school, "Классный час 9 декабря в 14:00, 8Б, каб. 21", TEACHER)
        await said(school, "да", TEACHER)
        _, week = await said(school, "что у моего класса на следующей неделе?", TEACHER)
        assert "Классный час" in week  # it is in the class's week…
        _, counts = await said(school, "кто из моего класса записался?", TEACHER)
        assert "Экскурсия на судно" in counts, counts
        assert "Классный час" not in counts, counts  # …but no sign-ups are counted for it
        _, bare = await said(school, "кто записался?", TEACHER)
        assert "Классный час" not in bare, bare
        clock = school.planner.clock
        assert isinstance(clock, FixedClock)
        clock.set(WALK_NOW + timedelta(days=12))  # both are over
        _, figures = await said(school, "итоги декабря", TEACHER)
        assert "Классный час" not in figures, figures
        assert "Всего: 1 мероприятие" in figures, figures


async def test_a_student_signed_up_asks_why_it_was_cancelled(world: ChatWorld) -> None:
    """The student told «❌ Отменено … Причина: …» asks again later: answered, as the
    organiser is; a student who was not signed up is not told another's event's story."""
    await said(world, "Фестиваль робототехники 20 мая 2027 в 11:00, 7-8 классы")
    await said(world, "да")
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    student = await world.store.save_person(310, Role.STUDENT, "Петя", None, "8А")
    await world.store.save_person(311, Role.STUDENT, "Вася", None, "8А")
    await world.store.sign_up(event.id, student.id)
    await said(world, "отмени фестиваль робототехники, потому что зал на ремонте", CURATOR)
    await said(world, "да", CURATOR)
    templates, shown = await said(world, "почему отменили фестиваль робототехники?", 310)
    assert templates == ["why_cancelled"], (templates, shown)
    assert "Причина: зал на ремонте" in shown, shown
    templates, shown = await said(world, "почему отменили фестиваль робототехники?", 311)
    assert templates == ["why_cancelled_not_found"], (templates, shown)
