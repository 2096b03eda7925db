"""chat65: a partner's pasted announcement as one post (its programme's lines carrying a day
and clocks), and a short announcement under a section label («Анонс соревнований») — through
the real chat core (tests/chat_world.py: the real planner, a real store — SQLite, PostgreSQL
under tests/pg_everywhere.py — the real templates; clock Tuesday 1 December 2026, a partner
of КГТУ). All sentences are my own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world

# --- 1: one event's programme whose lines carry their day and clocks ----------------------

FESTIVAL = (
    "Фестиваль науки «Открытие» в КГТУ\n"
    "12 декабря 10:00 — регистрация, 11:00 — открытие, 12:00 — лекции учёных\n"
    "13 декабря 10:00 — мастер-классы, 15:00 — закрытие и награждение\n"
    "Место: главный корпус, Советский проспект, 1."
)
OPEN_DAY = (
    "День открытых дверей для старшеклассников\n"
    "19 декабря 10:00 — регистрация гостей\n"
    "19 декабря 10:30 — приветствие, рассказ о факультетах\n"
    "19 декабря 12:00 — экскурсия по лабораториям\n"
    "Ждём всех желающих в главном корпусе!"
)


@pytest.mark.parametrize("post", [FESTIVAL, OPEN_DAY])
async def test_a_programme_with_dated_lines_is_one_post(world: ChatWorld, post: str) -> None:
    """Before: each programme line a plan's row («регистрация», «закрытие и награждение»
    saved as events), the post's doubts lost."""
    templates, text = await said(world, post)
    assert "plan_summary" not in templates, text
    assert "Сохранить весь план" not in text, text
    title = post.split("\n", 1)[0]
    assert title.split()[0] in text, text


async def test_a_plan_of_several_events_stays_a_plan(world: ChatWorld) -> None:
    """Guard: rows naming different events on their days are a plan."""
    plan = (
        "План на декабрь\n"
        "8 декабря 15:00 — лекция «Как устроен робот», 8А\n"
        "10 декабря 14:00 — экскурсия на завод, 9Б\n"
        "17 декабря 16:00 — мастер-класс по пайке, 10А"
    )
    templates, text = await said(world, plan)
    assert templates == ["plan_summary"], text


# --- 2: a section label above a short announcement -------------------------------------------


@pytest.mark.parametrize(
    "post",
    [
        "Анонс соревнований\nВ субботу на стадионе школы состоится забег на 3 км.",
        "Анонс соревнований\nЗабег на 3 км состоится в субботу на стадионе школы.",
        "Афиша выходных\nВ воскресенье в 12:00 в библиотеке пройдёт громкое чтение сказок.",
        "Анонсы недели\nВ четверг в актовом зале пройдёт концерт хора.",
    ],
)
async def test_a_short_announcement_under_its_label_is_an_event(
    world: ChatWorld, post: str
) -> None:
    """Before: read as a question about the plan («мероприятий … нет», «Не нашёл
    организатора «Забег»»)."""
    templates, text = await said(world, post)
    assert templates[0] in ("ask_time", "ask_audience", "event_card"), text
    assert "Анонс" not in text, text
    assert "Афиша" not in text, text


@pytest.mark.parametrize("question", ["Афиша\nчто будет в субботу?", "анонс на неделю"])
async def test_a_question_about_the_poster_stays_a_question(
    world: ChatWorld, question: str
) -> None:
    templates, text = await said(world, question)
    assert templates[0] not in ("ask_time", "event_card", "plan_summary"), text


# --- 3: a reminder at a moment the student names ---------------------------------------------

student = chat_world.plan_student


@pytest.mark.parametrize(
    ("ask", "template", "words"),
    [
        (
            "напомни мне завтра в 8 утра про экскурсию",
            "moment_reminder_set",
            "2 декабря (ср) в 08:00",
        ),
        ("напомни в пятницу", "remind_at_moment", "Во сколько напомнить"),
        ("напомни вечером", "moment_reminder_set", "вечером, в 19:00,"),
    ],
)
async def test_a_reminder_at_a_moment_is_kept_or_its_clock_asked(
    student: ChatWorld, ask: str, template: str, words: str
) -> None:
    """Before: «я напоминаю только за выбранное время до начала»; chat65 offered the clock
    reminders there are. Since remind66 a moment named is kept (remind66.md), a day without
    a clock asks for one, and «вечером» takes the school's reminder clock (19:00)."""
    await said(student, "запиши меня на экскурсию")
    templates, text = await said(student, ask)
    assert templates == [template], text
    assert words in text, text
