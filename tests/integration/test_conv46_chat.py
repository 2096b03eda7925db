"""The conversation's leftovers of walk45 (tests/data/walk45.md, «Left»), typed as a
student or a teacher would. Real planner, real SQLite store, real templates, frozen clock
(Tuesday 1 December 2026 unless a test moves it); sentences our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import PLAN42, ChatWorld, said

student = chat_world.plan_student
teacher = chat_world.class_teacher


# --- a question about a past day is no event ---------------------------------------------


@pytest.mark.parametrize("question", ["было ли что-то 31 мая?", "были ли мероприятия 31 мая?"])
async def test_was_there_anything_on_a_day_is_a_question_not_a_draft(
    teacher: ChatWorld, question: str
) -> None:
    """Before: «Во сколько «Было ли что-то?»?» — the question opened a draft (the worst
    of the leftovers: a draft made silently of a question)."""
    templates, answer = await said(teacher, question)
    assert templates == ["no_events"], answer
    assert "31 мая 2026" in answer, answer


# --- «На какое записать?» after a list of two --------------------------------------------


async def _asked_which(student: ChatWorld) -> None:
    await said(student, "что на следующей неделе?")
    templates, answer = await said(student, "хочу записаться")
    assert templates == ["signup_which_number"], answer


@pytest.mark.parametrize(
    ("answer_text", "title"),
    [
        ("на вторую", "Экскурсия в музей янтаря"),
        ("на второе", "Экскурсия в музей янтаря"),
        ("на первое", "Лекция о космосе"),
        ("на первую", "Лекция о космосе"),
    ],
)
async def test_an_ordinal_with_na_answers_which_to_sign_up_for(
    student: ChatWorld, answer_text: str, title: str
) -> None:
    """Before: «Извините, не понял»."""
    await _asked_which(student)
    templates, answer = await said(student, answer_text)
    assert templates == ["signed_up"], answer
    assert title in answer, answer


@pytest.mark.parametrize("both", ["на обе", "на оба", "обе"])
async def test_both_signs_up_for_both_listed(student: ChatWorld, both: str) -> None:
    """Before: the question was asked again."""
    await _asked_which(student)
    templates, answer = await said(student, both)
    assert templates == ["signed_up", "signed_up"], answer
    assert "Лекция о космосе" in answer, answer
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_a_misspelt_title_answers_which_to_sign_up_for(student: ChatWorld) -> None:
    """«на лекцыю»: one letter off the listed lecture's word. Before: asked again."""
    await _asked_which(student)
    templates, answer = await said(student, "на лекцыю")
    assert templates == ["signed_up"], answer
    assert "Лекция о космосе" in answer, answer


async def test_a_far_word_still_asks_again(student: ChatWorld) -> None:
    """Guard: a word near no listed title («на концерт») picks nothing."""
    await _asked_which(student)
    templates, answer = await said(student, "на концерт")
    assert "signed_up" not in templates, answer


# --- «Записать?» under the one event found by a wish -------------------------------------


async def _offered(student: ChatWorld) -> None:
    await said(student, "что 10 декабря?")
    templates, answer = await said(student, "хочу на лекцию")
    assert templates == ["signup_which"], answer
    assert "Записать?" in answer, answer


@pytest.mark.parametrize("yes", ["давай", "Давайте!", "да, запиши", "конечно", "да, конечно"])
async def test_consent_words_to_write_me_down_sign_up(student: ChatWorld, yes: str) -> None:
    """Before: «Извините, не понял»."""
    await _offered(student)
    templates, answer = await said(student, yes)
    assert templates == ["signed_up"], answer
    assert "Лекция о космосе" in answer, answer


@pytest.mark.parametrize("no", ["нет", "не надо", "Нет, спасибо"])
async def test_no_to_write_me_down_closes_the_offer(student: ChatWorld, no: str) -> None:
    """Before: «Сейчас нечего подтверждать» (there was something: the offer)."""
    await _offered(student)
    templates, answer = await said(student, no)
    assert templates == ["signup_declined"], answer
    assert "нечего подтверждать" not in answer, answer
    templates, answer = await said(student, "да")  # the offer is closed
    assert "signed_up" not in templates, answer


# --- another class's events are not offered ----------------------------------------------


async def test_another_classes_events_are_not_offered_for_sign_up(student: ChatWorld) -> None:
    """«хочу на хор» by a 9Б student: both choir events are 10А's. Before: both listed
    to pick from (a pick was then refused)."""
    templates, answer = await said(student, "хочу на хор")
    assert templates == ["signup_unavailable"], answer
    assert "для 10А" in answer, answer
    assert "из 9Б" in answer, answer
    assert "записаться 1" not in answer, answer


async def test_an_event_for_everyone_stays_open(tmp_path: Path) -> None:
    """Guard: a whole-school choir concert is offered to the 9Б student beside 10А's."""
    plan = (*PLAN42, ("Концерт хора для всех", 17, ""))
    async with chat_world.school_chat(tmp_path, Role.STUDENT, plan, "9Б") as student:
        templates, answer = await said(student, "хочу на хор")
        assert templates == ["signed_up"], answer
        assert "Концерт хора для всех" in answer, answer


# --- a past question's year ---------------------------------------------------------------


async def test_a_follow_up_day_keeps_the_past_questions_year(student: ChatWorld) -> None:
    """«что было 31 мая?» (31 May 2026) then «а 1 июня?»: the day after it, in 2026.
    Before: 1 June 2027."""
    _, answer = await said(student, "что было 31 мая?")
    assert "31 мая 2026" in answer, answer
    templates, answer = await said(student, "а 1 июня?")
    assert templates == ["no_events"], answer
    assert "1 июня 2026" in answer, answer


async def test_a_follow_up_with_its_own_year_keeps_it(student: ChatWorld) -> None:
    """Guard: «а 1 июня 2027?» is the year written; «а 10 декабря?» is still to come."""
    await said(student, "что было 31 мая?")
    _, answer = await said(student, "а 1 июня 2027 года?")
    assert "1 июня 2027" in answer, answer
    await said(student, "что было 31 мая?")
    _, answer = await said(student, "а 10 декабря?")
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_signing_up_after_an_empty_past_day_names_its_year(student: ChatWorld) -> None:
    """«хочу записаться» after «что было 31 мая?»'s empty answer names 31 May 2026 and asks
    the example of that year's month. Before: «На 31 мая (вс) …, например: «что в мае?»»
    (the year dropped, and «что в мае?» lists May 2027)."""
    await said(student, "что было 31 мая?")
    templates, answer = await said(student, "хочу записаться")
    assert templates == ["empty_answer_pick"], answer
    assert "31 мая 2026" in answer, answer
    assert "«что в мае?»" not in answer, answer


async def test_a_past_tense_month_is_the_last_one(tmp_path: Path) -> None:
    """«что прошло в мае?» on 1 September 2026: May 2026. Before: May 2027."""
    now = chat_world.NOW.replace(month=9)
    async with chat_world.school_chat(tmp_path, Role.STUDENT, PLAN42, "9Б", now=now) as student:
        templates, answer = await said(student, "что прошло в мае?")
        assert templates == ["no_events"], answer
        assert "май 2026" in answer, answer
        templates, answer = await said(student, "что будет в мае?")
        assert "май 2027" in answer, answer


# --- a day in the title asked for ---------------------------------------------------------


@pytest.mark.parametrize(
    "wish", ["хочу пойти на экскурсию 10 декабря", "запиши меня на экскурсию в четверг 10.12"]
)
async def test_a_day_beside_the_title_finds_the_event_that_day(
    student: ChatWorld, wish: str
) -> None:
    """Before: «Не нашёл впереди мероприятия «экскурсию 10 декабря»» (the day kept in the
    title searched)."""
    templates, answer = await said(student, wish)
    assert templates == ["signed_up"], answer
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_a_day_with_no_such_event_is_not_found(student: ChatWorld) -> None:
    """Guard: the excursion is on the 10th; «на экскурсию 11 декабря» signs up to nothing
    (chat61: the one excursion ahead is named with its own day and offered, where this
    said «Не нашёл … «экскурсию 11 декабря»»)."""
    templates, answer = await said(student, "хочу пойти на экскурсию 11 декабря")
    assert templates == ["signup_other_day"], answer
    assert "10 декабря (чт)" in answer, answer
    assert "а не 11 декабря (пт)" in answer, answer


# --- a weekday answers «На какое записать?» within the listed week ------------------------


@pytest.mark.parametrize("day", ["на четверг", "в четверг", "четверг", "на 10 декабря"])
async def test_a_weekday_picks_the_listed_weeks_event(student: ChatWorld, day: str) -> None:
    """After next week's list (7–13 December) «на четверг» is its Thursday, the 10th: the
    excursion. Before: this week's Thursday (3 December) was listed, empty."""
    await _asked_which(student)
    templates, answer = await said(student, day)
    assert templates == ["signed_up"], answer
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_a_weekday_with_nothing_listed_asks_again(student: ChatWorld) -> None:
    """Guard: the list has nothing on Friday; the question stands (chat47: saying first
    that nothing is listed then)."""
    await _asked_which(student)
    templates, answer = await said(student, "на пятницу")
    assert templates == ["signup_none_on_day"], answer
    assert "11 декабря" in answer, answer
    assert "На какое записать?" in answer, answer


# --- a sentence about the asker sets no period -------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "что будет в пятницу? я был болен на прошлой неделе",
        "что в пятницу? Мы на прошлой неделе уезжали.",
    ],
)
async def test_the_askers_own_last_week_leaves_friday_this_weeks(
    student: ChatWorld, question: str
) -> None:
    """Before: Friday of last week (27 November): the second sentence's «на прошлой неделе»
    was joined with the question's «в пятницу»."""
    templates, answer = await said(student, question)
    assert templates == ["no_events"], answer
    assert "4 декабря" in answer, answer


async def test_a_clarifying_week_still_joins_the_weekday(student: ChatWorld) -> None:
    """Guard: «что в пятницу? на следующей неделе» is next week's Friday (11 December)."""
    _, answer = await said(student, "что в пятницу? на следующей неделе")
    assert "11 декабря" in answer, answer
