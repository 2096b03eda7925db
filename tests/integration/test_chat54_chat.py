"""chat54: chat53's conversation leftovers through the real chat core (tests/chat_world.py:
real planner, SQLite store, templates; clock Tuesday 1 December 2026, PLAN42: КГТУ's 9Б
lecture on the 9th, 10А's rehearsal on the 9th, 9Б's excursion on the 10th, 10А's concert on
the 16th). All sentences are my own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
teacher = chat_world.plan_teacher
class_teacher = chat_world.class_teacher


# --- 1: a class's clashes ------------------------------------------------------------------
# PLAN42: 9Б's lecture and 10А's rehearsal, both at 15:00 on the 9th in каб. 21, clash (the
# room); 9Б's excursion on the 10th clashes with nothing


async def test_a_classs_clashes_are_listed_not_its_plan(class_teacher: ChatWorld) -> None:
    """Before: «есть ли накладки у 9Б?» listed 9Б's plan («📅 С 1 декабря, 9Б»), and «покажи
    накладки моего класса» was «не понял»."""
    for question in (
        "есть ли накладки у 9Б?",
        "покажи накладки моего класса",
        "накладки моего класса",
        "какие накладки у моего класса на следующей неделе?",
        "накладки у 9Б в декабре",
    ):
        templates, answer = await said(class_teacher, question)
        assert templates == ["clash_overview"], (question, answer)
        assert "для 9Б" in answer.split("\n")[0], (question, answer)
        assert "Лекция о космосе" in answer, (question, answer)
        assert "Репетиция хора" in answer, (question, answer)
        assert "Экскурсия" not in answer, (question, answer)
        assert "развести их могут они" in answer, (question, answer)  # КГТУ's pair


async def test_a_class_with_no_clashes_says_so(class_teacher: ChatWorld) -> None:
    templates, answer = await said(class_teacher, "есть ли накладки у 11А?")
    assert templates == ["clash_overview"], answer
    assert "накладок для 11А нет" in answer, answer


async def test_ones_own_class_unknown_is_asked(teacher: ChatWorld) -> None:
    """A teacher with no class of their own: which class is it, as «что у моего класса?»."""
    templates, answer = await said(teacher, "покажи накладки моего класса")
    assert templates == ["own_class_unknown"], answer


async def test_the_plans_clashes_are_still_everyones(teacher: ChatWorld) -> None:
    """Guard: «какие накладки в декабре?» names no class: no «для …» in its head line."""
    templates, answer = await said(teacher, "какие накладки в декабре?")
    assert templates == ["clash_overview"], answer
    assert "для" not in answer.split("\n")[0], answer
    templates, answer = await said(teacher, "покажи накладки")
    assert templates == ["clash_overview"], answer


# --- 2: a gathering point and time --------------------------------------------------------


async def test_a_gathering_is_shown_beside_the_event_not_as_its_venue(teacher: ChatWorld) -> None:
    """Before: «📍 у школы», and the gathering's 10:30 was nowhere on the card."""
    for text, shown in (
        (
            "Экскурсия на хлебозавод 11 декабря в 11:00 для 9Б, сбор у школы в 10:30",
            "у школы в 10:30",
        ),
        (
            "Экскурсия в планетарий 12 декабря в 11:00, для 9Б, встречаемся у входа в 9:45",
            "у входа в 9:45",
        ),
    ):
        lines = await teacher.card_lines(text)
        assert f"🚩 Сбор: {shown}" in lines, (text, lines)
        assert not any(line.startswith("📍") for line in lines), (text, lines)
        assert any(line.startswith("🗓") and "11:00" in line for line in lines), (text, lines)


async def test_a_gathering_leaves_the_events_own_venue(teacher: ChatWorld) -> None:
    lines = await teacher.card_lines(
        "Экскурсия 11 декабря в 11:00 в музее янтаря для 9Б, сбор у школы в 10:30"
    )
    assert "🚩 Сбор: у школы в 10:30" in lines, lines
    assert any(line.startswith("📍") and "узей" in line for line in lines), lines


async def test_a_collection_is_no_gathering(teacher: ChatWorld) -> None:
    """Guard: «сбор макулатуры» is what the event is, not where anyone gathers."""
    lines = await teacher.card_lines("Акция 11 декабря в 11:00 для 9Б, сбор макулатуры во дворе")
    assert not any(line.startswith("🚩") for line in lines), lines


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


# --- fixgather55: review54 findings 5 and 6 -------------------------------------------------


async def test_a_gathering_place_with_a_preposition_is_no_venue(teacher: ChatWorld) -> None:
    """Before: «📍 актовый зал» beside «🚩 Сбор: в актовом зале в 10:30» (the same place
    twice, once as the event's); a gathering line shown means its place is not the venue."""
    for text, shown in (
        ("Экскурсия 11 декабря в 11:00 для 9Б, сбор в актовом зале в 10:30", "в актовом зале"),
        ("Экскурсия 11 декабря в 11:00 для 9Б, выезд с территории школы в 10:30", "с территории"),
        ("Поход 12 декабря в 10:00 для 9Б, встречаемся на остановке в 9:30", "на остановке"),
    ):
        lines = await teacher.card_lines(text)
        assert any(line.startswith("🚩 Сбор:") and shown in line for line in lines), (text, lines)
        assert not any(line.startswith("📍") for line in lines), (text, lines)


async def test_a_collections_place_is_the_events(teacher: ChatWorld) -> None:
    """Before: «сбор макулатуры у школы» lost its place (neither 📍 nor 🚩): a «сбор» with a
    genitive object is a collection, what the event is, and its place is the event's."""
    for text, place in (
        ("Акция 11 декабря в 11:00 для 9Б, сбор макулатуры у школы в 10:30", "у школы"),
        ("Ярмарка 12 декабря в 12:00 для 9Б, сбор вещей у спортзала", "спортзал"),
    ):
        lines = await teacher.card_lines(text)
        assert any(line.startswith("📍") and place in line for line in lines), (text, lines)
        assert not any(line.startswith("🚩") for line in lines), (text, lines)
