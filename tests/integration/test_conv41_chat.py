"""The conversation's leftovers from newcomer walks 2026-12-04ag (AG5, AG6) and
2026-12-04ah (AH3–AH5): a teacher's «запиши меня» that asked «which?» only to refuse (AH3);
«запиши меня» right after signing up by the list's button asked «which?» again (AH4);
«а накладки есть?» or a bare «2» with nothing open got a bare «не понял» (AH5); titles
written with straight quotes shown so (AG5); «а через неделю?» after a week's list read as
one day a week from today (AG6). Real planner, real SQLite store, real templates, frozen
clock (Tuesday 1 December 2026); sentences our own."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.language.actions import ButtonAction, payload
from bot.core.models import Audience, NewEvent, OrgKind, Role
from tests import chat_world
from tests.chat_world import NOW, ZONE, ChatWorld, said

world = chat_world.partner_world

# (title, day of December 2026, class): this week's two for 9Б, the week after next's one
PLAN = (
    ("Мастер-класс по пайке", 3, "9Б"),
    ("Лекция о космосе", 4, "9Б"),
    ("Экскурсия в музей янтаря", 17, "9Б"),
)


@pytest.fixture
async def student(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """A student of 9Б and PLAN."""
    async with chat_world.school_chat(tmp_path, Role.STUDENT, PLAN, "9Б") as opened:
        yield opened


@pytest.fixture
async def teacher(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """A teacher (staff) of the school and PLAN."""
    async with chat_world.school_chat(tmp_path, Role.STAFF, PLAN) as opened:
        yield opened


async def _ids(world: ChatWorld) -> dict[str, int]:
    events = await world.store.events_between(NOW, None)
    return {e.title: e.id for e in events}


# --- AH3: a teacher's «запиши меня» -----------------------------------------------------


@pytest.mark.parametrize("sign_me_up", ["запиши меня", "записаться", "запишите меня"])
async def test_a_teachers_sign_me_up_after_a_list_is_refused_at_once(
    teacher: ChatWorld, sign_me_up: str
) -> None:
    """Only students sign up: the teacher is told so at once, with what they can do
    instead, never first asked «На какое записать?» with sign-up buttons (walk ah, AH3)."""
    templates, answer = await said(teacher, "что на этой неделе для 9Б?")
    assert templates == ["events_list"], answer
    replies = await teacher.say(sign_me_up)
    assert [r.template for r in replies] == ["signup_unavailable"], replies
    [reply] = replies
    assert not reply.buttons, reply.buttons
    answer = teacher.text(reply)
    assert "На какое записать" not in answer, answer
    assert "Записываются на мероприятия ученики" in answer, answer
    assert "сколько записалось на" in answer, answer
    _, mine = await said(teacher, "мои мероприятия")
    assert "пайке" not in mine, mine
    assert "космосе" not in mine, mine


async def test_a_teachers_list_number_sign_up_is_refused_as_before(teacher: ChatWorld) -> None:
    await said(teacher, "что на этой неделе для 9Б?")
    templates, answer = await said(teacher, "записаться 2")
    assert templates == ["signup_unavailable"], answer
    assert "Записываются на мероприятия ученики" in answer, answer


# --- AH4: «запиши меня» right after signing up by the list ------------------------------


@pytest.mark.parametrize("how", ["button", "number"])
async def test_sign_me_up_after_signing_up_from_the_list_says_already_signed_up(
    student: ChatWorld, how: str
) -> None:
    """Signed up for the list's №2 by its button (or «записаться 2»): a bare «запиши
    меня» next is about that event and says the student already holds it. Before: «На
    какое записать? Напишите номер из списка выше (1–2)» (walk ah, AH4)."""
    templates, answer = await said(student, "что на этой неделе?")
    assert templates == ["events_list"], answer
    if how == "button":
        ids = await _ids(student)
        replies = await student.press(payload(ButtonAction.SIGNUP, id=ids["Лекция о космосе"]))
        assert replies[0].template == "signed_up", replies
    else:
        templates, answer = await said(student, "записаться 2")
        assert templates[0] == "signed_up", answer
    templates, answer = await said(student, "запиши меня")
    assert templates == ["signup_already"], answer
    assert "Вы уже записаны на «Лекция о космосе»" in answer, answer
    _, mine = await said(student, "мои мероприятия")
    assert "пайке" not in mine, mine


async def test_sign_me_up_after_a_new_list_since_the_sign_up_asks_which(
    student: ChatWorld,
) -> None:
    """The sign-up is of the list it was made on: a list shown since makes a bare
    «запиши меня» ask which of the new list."""
    await said(student, "что на этой неделе?")
    await said(student, "записаться 2")
    await said(student, "что на этой неделе?")
    templates, answer = await said(student, "запиши меня")
    assert templates == ["signup_which_number"], answer


# --- AH5: a question about a card, or a number, with nothing open -----------------------


@pytest.mark.parametrize("question", ["а накладки есть?", "накладок нет?", "а пересечения есть?"])
async def test_asking_about_clashes_with_no_card_open_says_there_is_none(
    world: ChatWorld, question: str
) -> None:
    """Nothing open: the reply says no card is open and what to write — an event to check,
    or the plan's clashes — never a bare «не понял»."""
    templates, answer = await said(world, question)
    assert templates == ["card_question_no_card"], answer
    assert "не понял" not in answer.casefold(), answer
    assert "нет открытой карточки" in answer, answer
    assert "«накладки на следующей неделе»" in answer, answer


async def test_a_student_asking_about_clashes_is_told_what_to_ask(student: ChatWorld) -> None:
    templates, answer = await said(student, "а накладки есть?")
    assert templates == ["card_question_no_card"], answer
    assert "не понял" not in answer.casefold(), answer
    assert "«что на этой неделе?»" in answer, answer


@pytest.mark.parametrize("number", ["2", "второе", "2."])
async def test_a_number_with_no_list_shown_says_there_is_no_list(
    student: ChatWorld, number: str
) -> None:
    templates, answer = await said(student, number)
    assert templates == ["not_on_list"], answer
    assert "не понял" not in answer.casefold(), answer
    assert "я ещё не показывал вам список" in answer, answer
    assert "«что на следующей неделе?»" in answer, answer


@pytest.mark.parametrize("code", ["ABCDEF22", "ZZZZZZZ2"])
async def test_a_code_like_word_with_no_list_is_read_as_a_code(
    student: ChatWorld, code: str
) -> None:
    """A wrong invitation code with digits is answered as a code, not «no list»."""
    templates, answer = await said(student, code)
    assert templates == ["invite_unknown"], answer


async def test_a_number_after_a_list_still_picks_it(student: ChatWorld) -> None:
    await said(student, "что на этой неделе?")
    templates, answer = await said(student, "2")
    assert templates == ["list_pick"], answer
    assert "Лекция о космосе" in answer, answer


# --- AG5: straight quotes in titles --------------------------------------------------------

PLAN_TEXT = (
    'Лекция "Как устроен корабль" 12 декабря в 15:00 для 9А, ауд. 5\n'
    'Квест "Морские узлы" 14 декабря в 16:00 для 8Б, ауд. 7'
)


async def test_a_titles_straight_quotes_are_shown_as_guillemets_on_a_card(
    world: ChatWorld,
) -> None:
    templates, answer = await said(
        world, 'Лекция "Как устроен корабль" 12 декабря в 15:00 для 9А, ауд. 5'
    )
    assert templates == ["event_card"], answer
    assert "📌 Лекция «Как устроен корабль»" in answer, answer
    assert '"' not in answer, answer


async def test_a_plans_straight_quotes_are_shown_as_guillemets(world: ChatWorld) -> None:
    templates, answer = await said(world, PLAN_TEXT)
    assert templates == ["plan_summary"], answer
    assert "Лекция «Как устроен корабль» — 12 декабря" in answer, answer
    assert "Квест «Морские узлы» — 14 декабря" in answer, answer
    assert '"' not in answer, answer
    await said(world, "да")
    templates, answer = await said(world, "мои мероприятия")
    assert "Лекция «Как устроен корабль»" in answer, answer
    assert "Квест «Морские узлы»" in answer, answer
    assert '"' not in answer, answer


async def test_a_saved_title_is_found_by_either_quotes(world: ChatWorld) -> None:
    """A title saved with straight quotes is found by «» and by straight quotes alike."""
    await said(world, PLAN_TEXT)
    await said(world, "да")
    templates, answer = await said(world, "перенеси квест «Морские узлы» на 15 декабря")
    assert templates == ["change_card"], answer
    await said(world, "нет")
    templates, answer = await said(world, 'перенеси квест "Морские узлы" на 15 декабря')
    assert templates == ["change_card"], answer


# --- AG6: «а через неделю?» after a week's answer ------------------------------------------


@pytest.mark.parametrize("follow_up", ["а через неделю?", "а через неделю", "и через неделю?"])
async def test_in_a_week_after_a_weeks_list_is_the_week_after_it(
    student: ChatWorld, follow_up: str
) -> None:
    """After next week's answer (7–13 December) «а через неделю?» is the week after it,
    14–20 December, named in the answer (walk ag, AG6: before, «На 8 декабря (вт)
    мероприятий нет.», one day a week from today)."""
    _, answer = await said(student, "что на следующей неделе?")
    assert "7–13 декабря" in answer, answer
    templates, answer = await said(student, follow_up)
    assert templates == ["events_list"], answer
    assert "14–20 декабря" in answer, answer
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_in_a_week_after_this_weeks_list_is_next_week(student: ChatWorld) -> None:
    await said(student, "что на этой неделе?")
    templates, answer = await said(student, "а через неделю?")
    assert "7–13 декабря" in answer, answer
    assert templates == ["no_events"], answer


async def test_in_a_week_with_no_week_listed_is_the_day_a_week_on(student: ChatWorld) -> None:
    """No week answered before: «а через неделю?» is still the day a week from today."""
    _, answer = await said(student, "а через неделю?")
    assert "8 декабря" in answer, answer
    assert "14–20" not in answer, answer


async def test_in_a_week_after_a_class_teachers_week_keeps_the_class(teacher: ChatWorld) -> None:
    """«что у моего класса на следующей неделе?» → «а через неделю?»: the class's week after
    (walk ag, AG6 was a class teacher's question), not the whole school's."""
    org = await teacher.store.create_organisation("Музей", OrgKind.PARTNER)
    start = datetime(2026, 12, 18, 12, 0, tzinfo=ZONE)
    other = NewEvent("Квест для 7А", org.id, start, start + timedelta(hours=1), venue="зал")
    await teacher.store.add_events([replace_audience(other, "7А")], None)
    await said(teacher, "я классный руководитель 9Б")
    _, answer = await said(teacher, "что у моего класса на следующей неделе?")
    assert "7–13 декабря" in answer, answer
    templates, answer = await said(teacher, "а через неделю?")
    assert templates == ["events_list"], answer
    assert "14–20 декабря" in answer, answer
    assert "Экскурсия в музей янтаря" in answer, answer
    assert "Квест для 7А" not in answer, answer


def replace_audience(event: NewEvent, class_name: str) -> NewEvent:
    return dataclasses.replace(event, audience=Audience(classes=frozenset({class_name})))
