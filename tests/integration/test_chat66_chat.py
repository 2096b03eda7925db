"""chat66: the conversation as parents, students and partners write it — a greeting before a
question, a day in a question about an event, an asking verb under an open card, a plan's
line named by its ordinal — through the real chat core (tests/chat_world.py: the real
planner, a real store — SQLite, PostgreSQL under tests/pg_everywhere.py — the real
templates; clock Tuesday 1 December 2026). All sentences are my own."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
world = chat_world.partner_world

# --- 1: a greeting (and who is writing) before a question ------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Здравствуйте, я мама. Во сколько экскурсия?",
        "Добрый вечер! Я папа. Во сколько экскурсия?",
        "Привет. Во сколько экскурсия?",
        "Здравствуйте! Во сколько экскурсия?",
        "Добрый день, подскажите, во сколько экскурсия?",
        "скажите пожалуйста, когда экскурсия?",
        "Подскажи во сколько экскурсия",
    ],
)
async def test_a_greeting_before_a_question_answers_the_question(
    student: ChatWorld, message: str
) -> None:
    """Before: only the greeting («Здравствуйте, Ольга! 👋»), or the whole list."""
    templates, text = await said(student, message)
    assert templates == ["event_details"], text
    assert "15:00" in text, text


@pytest.mark.parametrize(
    "message", ["Здравствуйте, я мама Пети из 9Б.", "Добрый день! Я методист КГТУ"]
)
async def test_a_greeting_with_who_is_writing_stays_small_talk(
    student: ChatWorld, message: str
) -> None:
    """Guard: a greeting and an introduction alone are still greeted."""
    templates, text = await said(student, message)
    assert templates == ["small_talk"], text


# --- 2: a day in a question about an event is a day --------------------------------------------


@pytest.mark.parametrize(
    ("message", "day"),
    [
        ("кто ведёт в четверг?", "3 декабря (чт)"),
        ("а кто проводит экскурсию в четверг?", "3 декабря (чт)"),
        ("Привет. Кто ведёт в четверг?", "3 декабря (чт)"),
        ("кто организатор 10 декабря?", "10 декабря (чт)"),
        ("кто ведёт лекцию 9 декабря?", "9 декабря (ср)"),
    ],
)
async def test_who_runs_on_a_day_reads_the_day(student: ChatWorld, message: str, day: str) -> None:
    """Before: «Не нашёл предстоящего мероприятия по словам «четверг»» (the day taken as
    the title's words). Now the day's plan, whose lines name each event's organiser."""
    _templates, text = await said(student, message)
    assert "по словам" not in text, text
    assert day in text, text


async def test_who_runs_an_event_still_names_its_organiser(student: ChatWorld) -> None:
    """Guard: with no day the event's organiser is answered as before."""
    templates, text = await said(student, "кто ведёт экскурсию?")
    assert templates == ["event_details"], text
    assert "Организатор — КГТУ" in text, text


# --- 3: a verb of asking or showing under an open card is no change of its day ---------------

CARD = "Лекция о роботах 15 декабря в 15:00 для 9Б в каб. 21"


@pytest.mark.parametrize(
    "message",
    [
        # review64b's four
        "скинь на завтра",
        "подскажи на завтра",
        "глянь на завтра",
        "перечисли на завтра",
        # verbs the change class does not list (none is written anywhere in the code)
        "распечатай на завтра",
        "озвучь на пятницу",
        "выведи на завтра",
        "уточни в четверг",
    ],
)
async def test_an_asking_verb_does_not_move_the_card(world: ChatWorld, message: str) -> None:
    """Before: the card re-dated to 2 December (or the Thursday), and «да» saved it so.
    Now the plan of that day is answered (the class fails safe: a verb it does not hold
    asks) and «да» saves the card's own day."""
    await said(world, CARD)
    _templates, text = await said(world, message)
    assert "2 декабря (ср), 15:00" not in text, text
    assert "3 декабря (чт), 15:00" not in text, text
    assert "4 декабря (пт), 15:00" not in text, text
    _templates, text = await said(world, "да")
    assert "Сохранено ✅ «Лекция о роботах», 15 декабря (вт), 15:00" in text, text


@pytest.mark.parametrize(
    ("message", "day"),
    [
        ("поменяй на 17 декабря", "17 декабря (чт), 15:00"),
        ("поставь в 16:30", "15 декабря (вт), 16:30"),
        ("перекинь на четверг", "17 декабря (чт), 15:00"),
        ("сдвинь на 16 декабря", "16 декабря (ср), 15:00"),
        ("давай на 18 декабря", "18 декабря (пт), 15:00"),
    ],
)
async def test_a_changing_verb_still_moves_the_card(
    world: ChatWorld, message: str, day: str
) -> None:
    """Guard (chat60): a verb of changing or placing, then a day or time, re-dates the card."""
    await said(world, CARD)
    templates, text = await said(world, message)
    assert templates == ["event_card"], text
    assert day in text, text


# --- 4: a plan's line named by its ordinal, the verb and the field in any order --------------

PLAN = "Лекция о космосе 15 декабря в 15:00 для 9А\nКвиз по физике 16 декабря в 16:00 для 9А"


@pytest.mark.parametrize(
    ("message", "line"),
    [
        ("вторую перенеси на 17:00", "Квиз по физике — 16 декабря (ср), 17:00"),
        ("перенеси вторую на 17:00", "Квиз по физике — 16 декабря (ср), 17:00"),
        ("вторую строку сдвинь на 18 декабря", "Квиз по физике — 18 декабря (пт), 16:00"),
        ("первое мероприятие поставь на 14:00", "Лекция о космосе — 15 декабря (вт), 14:00"),
        ("поменяй в первой время на 12:00", "Лекция о космосе — 15 декабря (вт), 12:00"),
    ],
)
async def test_a_plan_line_by_its_ordinal_in_any_order(
    world: ChatWorld, message: str, line: str
) -> None:
    """Before: «вторую перенеси на 17:00» made a new draft «Второй» (only a field or a day
    right after the ordinal was read, review64b)."""
    await said(world, PLAN)
    templates, text = await said(world, message)
    assert "plan_summary" in templates, text
    assert line in text, text
    assert "draft_choice" not in templates, text


async def test_an_ordinal_in_a_new_events_title_under_a_plan_stays_an_event(
    world: ChatWorld,
) -> None:
    """Guard: «Второй тур … перенесли на 18 декабря» is news of another event, not a line."""
    await said(world, PLAN)
    templates, text = await said(world, "Второй тур олимпиады 18 декабря в 10:00 для 9А")
    assert templates == ["draft_choice"], text


# --- 5: a half of a month, asked and typed at a plan's summary --------------------------------


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("что в первой половине декабря?", "1–15 декабря"),
        ("что во второй половине декабря?", "16–31 декабря"),
    ],
)
async def test_a_half_of_a_month_is_asked_as_its_days(
    student: ChatWorld, question: str, period: str
) -> None:
    """Before: «в первой половине декабря» was read as the whole of December."""
    _templates, text = await said(student, question)
    assert period in text, text


@pytest.mark.parametrize(
    "message", ["в первой половине декабря", "во второй половине декабря", "в середине декабря"]
)
async def test_a_period_alone_at_a_plan_summary_is_no_question(
    world: ChatWorld, message: str
) -> None:
    """Before: «На декабрь мероприятий нет» — a question about the saved plan, while the
    summary of two December events waited for «да»; now the summary is said to be open and
    unchanged (a period names no line's day)."""
    await said(world, PLAN)
    templates, text = await said(world, message)
    assert "no_events" not in templates, text
    assert "мероприятий нет" not in text, text
    _templates, text = await said(world, "да")
    assert "Квиз по физике" in text, text
