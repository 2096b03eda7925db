"""chat50: chat49's leftovers through the real chat core (tests/chat_world.py: real
planner, SQLite store, templates; clock Tuesday 1 December 2026, PLAN42: 9Б's lecture on
the 9th and excursion on the 10th, 10А's choir concert on the 16th)."""

from __future__ import annotations

from pathlib import Path

from bot.core.models import OrgKind, Role
from tests import chat_world
from tests.chat_world import ChatWorld, said

student = chat_world.plan_student
class_teacher = chat_world.class_teacher
teacher = chat_world.plan_teacher
METHODIST = 300  # the amber museum's methodist (a partner)


# --- 1: a misspelt kind word ----------------------------------------------------------


async def test_a_misspelt_excursion_on_a_draft_is_corrected_and_shown(
    class_teacher: ChatWorld,
) -> None:
    """Before: the card's title was «Экскурся», and a later «перенеси экскурсию» found
    КГТУ's «Экскурсия в музей янтаря» instead of the teacher's own."""
    lines = await class_teacher.card_lines("экскурся для 9б 12 декабря в 10:00")
    card = "\n".join(lines)
    assert "Экскурсия" in card, card
    assert "Экскурся»" not in lines[0], card
    assert "«экскурся» → «экскурсия»" in card, card


async def test_a_misspelt_excursion_signs_up_for_the_excursion(student: ChatWorld) -> None:
    """Before: «Не нашёл впереди мероприятия «екскурсию»»."""
    templates, answer = await said(student, "запиши на екскурсию")
    assert templates == ["signed_up"], answer
    assert "Экскурсия в музей янтаря" in answer, answer


async def test_two_near_kinds_correct_nothing(student: ChatWorld) -> None:
    """«векция» is as near «лекция» as «секция»: nothing is guessed."""
    templates, answer = await said(student, "запиши на векцию")
    assert templates == ["signup_title_not_found"], answer
    assert "векцию" in answer, answer


# --- 2: a question about an event noun beyond the parser's kinds ------------------------


async def test_will_there_be_a_concert_searches_the_concert(teacher: ChatWorld) -> None:
    """Before: «будет ли концерт 16 декабря?» listed the whole day, no word searched."""
    templates, answer = await said(teacher, "будет ли концерт 16 декабря?")
    assert templates == ["events_list"], answer
    assert "Концерт хора" in answer, answer
    assert "концерт" in answer.lower().replace("концерт хора", ""), answer


async def test_a_concert_on_a_day_without_one_is_said_to_be_none(teacher: ChatWorld) -> None:
    templates, answer = await said(teacher, "будет ли концерт 9 декабря?")
    assert templates == ["no_events"], answer
    assert "концерт" in answer, answer
    assert "Репетиция хора" not in answer, answer


# --- 3: a cancel with nothing signed up --------------------------------------------------


async def test_a_second_thought_with_no_sign_up_says_there_is_none(student: ChatWorld) -> None:
    """Before: «Извините, не понял» after a failed sign-up."""
    await said(student, "запиши на олимпиаду")
    templates, answer = await said(student, "хотя нет, не пойду")
    assert templates == ["unsign_nothing"], answer
    assert "никуда не записаны" in answer, answer
    assert "мои записи" in answer, answer


async def test_a_second_thought_after_a_sign_up_cancels_it(student: ChatWorld) -> None:
    """Guard: with a sign-up just made, «хотя нет, не пойду» cancels it."""
    await said(student, "запиши на лекцию")
    templates, answer = await said(student, "хотя нет, не пойду")
    assert templates == ["signup_cancelled"], answer
    assert "Лекция о космосе" in answer, answer


# --- 4: a partner methodist's walk: «что у нас пересекается?» listed the whole plan -------


async def _museum(tmp_path: Path) -> ChatWorld:
    """PLAN42 at the school and the amber museum's methodist (a partner) writing."""
    world = await chat_world.school_with_plan(tmp_path, Role.STAFF, chat_world.PLAN42)
    museum = await world.store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await world.store.save_person(METHODIST, Role.PARTNER, "Мария", museum.id)
    world.vk_id = METHODIST
    return world


async def test_what_clashes_with_us_lists_the_clashes(tmp_path: Path) -> None:
    """Before: «что у нас пересекается?» got «📅 С 1 декабря …», every event from today."""
    world = await _museum(tmp_path)
    try:
        await said(world, "Экскурсия «Янтарная комната» для 9Б 9 декабря в 15:00")
        await said(world, "да")
        templates, answer = await said(world, "что у нас пересекается?")
        assert templates == ["clash_overview"], answer
        assert "Янтарная комната" in answer, answer
        assert "Лекция о космосе" in answer, answer
        templates, answer = await said(world, "что пересекается в декабре?")
        assert templates == ["clash_overview"], answer
        assert "декабрь" in answer, answer
    finally:
        await world.store.close()


async def test_a_period_with_no_clash_says_so(tmp_path: Path) -> None:
    world = await _museum(tmp_path)
    try:
        templates, answer = await said(world, "есть ли накладки на следующей неделе?")
        assert templates == ["clash_overview"], answer
        assert "накладок нет" in answer, answer
    finally:
        await world.store.close()


async def test_a_question_about_the_open_cards_clashes_is_still_the_cards(tmp_path: Path) -> None:
    """Guard: with nothing open «а накладки есть?» says no card is open (conv41)."""
    world = await _museum(tmp_path)
    try:
        templates, answer = await said(world, "а накладки есть?")
        assert templates == ["card_question_no_card"], answer
    finally:
        await world.store.close()
