"""fixchat50 (review50 #2, #3) through the real chat core (tests/chat_world.py: real
planner, SQLite store, templates; clock Tuesday 1 December 2026, PLAN42: 9Б's lecture on
the 9th and excursion on the 10th, 10А's choir concert on the 16th)."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

class_teacher = chat_world.class_teacher
teacher = chat_world.plan_teacher


# --- #3: a bare-future question opening with a kind word ---------------------------------


async def test_a_concert_question_opening_with_the_kind_searches_the_concert(
    teacher: ChatWorld,
) -> None:
    """Before: «Не нашёл организатора «Концерт»»."""
    templates, answer = await said(teacher, "Концерт пройдёт 16 декабря?")
    assert templates == ["events_list"], answer
    assert "Концерт хора" in answer, answer
    assert "организатора" not in answer, answer


async def test_a_fair_question_on_a_day_without_one_says_none(teacher: ChatWorld) -> None:
    templates, answer = await said(teacher, "Ярмарка будет 16 декабря?")
    assert templates == ["no_events"], answer
    assert "ярмарка" in answer.lower(), answer
    assert "организатора" not in answer, answer


async def test_an_excursion_question_made_sure_of_finds_the_excursion(teacher: ChatWorld) -> None:
    templates, answer = await said(teacher, "Экскурсия точно будет 10 декабря?")
    assert templates == ["events_list"], answer
    assert "Экскурсия" in answer, answer
    assert "организатора" not in answer, answer


# --- #2: names and derived words are no misspelt kinds --------------------------------------


async def test_a_surname_opening_a_draft_is_not_corrected(class_teacher: ChatWorld) -> None:
    """Before: the card's title was «Встречи» with «встречин» → «встречи» shown."""
    lines = await class_teacher.card_lines("Встречин проведёт лекцию 12 декабря в 15:00")
    card = "\n".join(lines)
    assert "→" not in card, card
    assert "Встречи»" not in card, card


async def test_olympiad_participants_are_not_an_olympiad(class_teacher: ChatWorld) -> None:
    """Before: «Олимпиадники 9Б едут …» made the title «Олимпиады»."""
    lines = await class_teacher.card_lines("Олимпиадники 9Б едут на экскурсию 12 декабря в 10:00")
    card = "\n".join(lines)
    assert "→" not in card, card
    assert "Олимпиады" not in card, card


async def test_a_misspelt_excursion_is_still_corrected(class_teacher: ChatWorld) -> None:
    lines = await class_teacher.card_lines("экскурся для 9б 12 декабря в 10:00")
    assert "«экскурся» → «экскурсия»" in "\n".join(lines), lines
