"""newcomer67: «Во сколько напомнить?» (remind66's question for a day without a clock)
answered by a bare clock or day in the next message, through the real planner and the real
notification loop over a real store (SQLite; PostgreSQL under tests/pg_everywhere.py).
A 9Б student of PLAN42 (tests/chat_world.py: Tuesday 1 December 2026, 10:00 Kaliningrad;
«Лекция о космосе» 9 December, «Экскурсия в музей янтаря» 10 December, each 15:00–16:00).
All sentences are my own."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said
from tests.integration.test_remind66_chat import Loop

student = chat_world.plan_student


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=ZONE)


async def test_a_bare_clock_answers_the_asked_moment(student: ChatWorld) -> None:
    loop = Loop(student)
    templates, text = await said(student, "напомни в пятницу про экскурсию")
    assert templates == ["remind_at_moment"], text
    assert "Во сколько напомнить" in text, text
    templates, text = await said(student, "в 18:00")
    assert templates == ["moment_reminder_set"], text
    assert "Напомню 4 декабря (пт) в 18:00 о «Экскурсия в музей янтаря»" in text, text
    assert len(await loop.tick_at(at(4, 18, 0))) == 1


async def test_the_only_sign_up_is_kept_across_the_answer(student: ChatWorld) -> None:
    await said(student, "запиши меня на лекцию о космосе")
    templates, text = await said(student, "напомни мне завтра")
    assert templates == ["remind_at_moment"], text
    templates, text = await said(student, "давай в 19:30")
    assert templates == ["moment_reminder_set"], text
    assert "2 декабря (ср) в 19:30 о «Лекция о космосе»" in text, text


async def test_a_day_and_clock_answer_replaces_the_asked_day(student: ChatWorld) -> None:
    await said(student, "напомни в пятницу про экскурсию")
    templates, text = await said(student, "лучше в субботу в 10:00")
    assert templates == ["moment_reminder_set"], text
    assert "5 декабря (сб) в 10:00 о «Экскурсия в музей янтаря»" in text, text


async def test_a_past_moment_asked_again_takes_the_next_answer(student: ChatWorld) -> None:
    templates, text = await said(student, "напомни про экскурсию сегодня в 9:00")
    assert templates == ["remind_at_moment"], text
    templates, text = await said(student, "в 17:00")
    assert templates == ["moment_reminder_set"], text
    assert "1 декабря (вт) в 17:00" in text, text


async def test_another_request_closes_the_question(student: ChatWorld) -> None:
    await said(student, "напомни в пятницу про экскурсию")
    templates, text = await said(student, "что на этой неделе?")
    assert "remind_at_moment" not in templates, text
    assert "moment_reminder_set" not in templates, text
    templates, text = await said(student, "в 18:00")
    assert "moment_reminder_set" not in templates, text  # the question is closed


async def test_an_open_day_is_named_by_its_day_word(tmp_path: Path) -> None:
    """«про день открытых дверей»: «день» is the event's name, not the moment (the words of
    time were dropped from every word after «про»: «Не нашёл мероприятия «открытых дверей»»)."""
    plan = (("День открытых дверей в колледже", 11, "9Б"),)
    async with chat_world.school_chat(tmp_path, Role.STUDENT, plan, "9Б") as world:
        loop = Loop(world)
        templates, text = await said(world, "напомни накануне в 19:00 про день открытых дверей")
        assert templates == ["moment_reminder_set"], text
        assert "10 декабря (чт) в 19:00 о «День открытых дверей в колледже»" in text, text
        assert "«отмени напоминание про день открытых дверей»" in text, text
        assert len(await loop.tick_at(at(10, 19, 0))) == 1


async def test_the_way_back_from_a_mute_is_sayable(student: ChatWorld) -> None:
    """«Снова включить — «напоминай про экскурсия в музей янтаря»» put the title, lowered,
    in the nominative after «про»; the title quoted reads as a name, and saying it works."""
    await said(student, "запиши меня на экскурсию")
    templates, text = await said(student, "не напоминай про экскурсию")
    assert "«напоминай про «Экскурсия в музей янтаря»»" in text, text
    templates, text = await said(student, "напоминай про «Экскурсия в музей янтаря»")
    assert templates == ["reminders_muted"], text
    assert "🔕" not in text, text
