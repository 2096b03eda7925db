"""chat54: chat53's conversation leftovers through the real chat core (tests/chat_world.py:
real planner, SQLite store, templates; clock Tuesday 1 December 2026, PLAN42: КГТУ's 9Б
lecture on the 9th, 10А's rehearsal on the 9th, 9Б's excursion on the 10th, 10А's concert on
the 16th). All sentences are my own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student


# --- 4: «можно я приду с другом?» -----------------------------------------------------------


async def test_coming_with_a_friend_is_answered_politely(student: ChatWorld) -> None:
    """Before: «Извините, не понял» («можно с другом?» was read, «можно я приду …» not)."""
    await said(student, "запиши меня на экскурсию")
    for question in (
        "можно я приду с другом?",
        "а можно мы с подругой придём?",
        "можно я возьму с собой брата на экскурсию?",
    ):
        templates, answer = await said(student, question)
        assert templates == ["organiser_question"], (question, answer)
        assert "Экскурсия в музей янтаря" in answer, (question, answer)
        assert "каждого ученика отдельно" in answer, (question, answer)


async def test_what_to_bring_says_nothing_of_signing_friends_up(student: ChatWorld) -> None:
    """Guard: a question what to bring is the organiser's, with no word on companions."""
    templates, answer = await said(student, "что брать с собой на экскурсию?")
    assert templates == ["organiser_question"], answer
    assert "каждого ученика" not in answer, answer


# --- 3: «я передумал» with one sign-up -------------------------------------------------------


async def test_changing_ones_mind_with_one_sign_up_asks_to_confirm(student: ChatWorld) -> None:
    """Before: «Какую запись отменить? 1. …» over the one sign-up held."""
    await said(student, "запиши меня на экскурсию")
    await said(student, "что на следующей неделе?")  # another list looked at since
    templates, answer = await said(student, "я передумал")
    assert templates == ["unsign_sure"], answer
    assert "Экскурсия в музей янтаря" in answer, answer
    templates, answer = await said(student, "да")
    assert templates == ["signup_cancelled"], answer
    templates, answer = await said(student, "мои записи")
    assert "никуда не записаны" in answer, answer


async def test_a_no_to_the_confirm_keeps_the_sign_up(student: ChatWorld) -> None:
    await said(student, "запиши меня на экскурсию")
    await said(student, "что на следующей неделе?")
    await said(student, "я передумал")
    templates, answer = await said(student, "нет")
    assert templates == ["unsign_kept"], answer
    _, answer = await said(student, "мои записи")
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_changing_ones_mind_with_two_sign_ups_still_asks_which(student: ChatWorld) -> None:
    """Guard: two sign-ups held, «я передумал» asks which."""
    await said(student, "запиши меня на экскурсию")
    await said(student, "запиши меня на лекцию о космосе")
    await said(student, "что на следующей неделе?")
    templates, answer = await said(student, "я передумал")
    assert templates == ["unsign_which"], answer
