"""Newcomer walk over conv45's and starts44's changes (tests/data/walk45.md): nearby words
and states they did not test. Real planner, real SQLite store, real templates, frozen clock
(Tuesday 1 December 2026); sentences our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import PLAN42, ChatWorld, said

world = chat_world.partner_world


student = chat_world.plan_student


async def _card(world: ChatWorld, post: str) -> str:
    """The card `post` ends in, the classes answered «все» when asked."""
    templates, answer = await said(world, post)
    while templates == ["ask_audience"]:
        templates, answer = await said(world, "все")
    assert templates == ["event_card"], answer
    return answer


# --- a parents' meeting in another sentence does not make the event the parents' --------


@pytest.mark.parametrize(
    "meeting",
    [
        "Родительское собрание пройдёт 18 декабря в 18:00.",
        "Собрание для родителей пройдёт 18 декабря в 18:00.",
    ],
)
async def test_a_parents_meeting_elsewhere_leaves_the_concert_the_pupils(
    world: ChatWorld, meeting: str
) -> None:
    """Before: the concert's card said «👥 родители» — even after the partner answered
    «все» to «Для каких классов?»: the parents' meeting of the next sentence marked the
    concert, whose title (read from its own sentence) names no meeting."""
    answer = await _card(world, f"Приглашаем на концерт 20 декабря в 17:00, актовый зал. {meeting}")
    assert "📌 Концерт" in answer, answer
    assert "👥 все классы" in answer, answer


async def test_a_parents_meeting_post_stays_the_parents(world: ChatWorld) -> None:
    """Guard: a post whose event is the parents' meeting keeps «родители»."""
    answer = await _card(
        world,
        "Уважаемые коллеги! Родительское собрание 9А пройдёт 18 декабря в 18:00 в каб. 21. "
        "Просим классных руководителей пригласить родителей.",
    )
    assert "родители" in answer, answer


# --- «Записать?» under one event found by a wish, answered «да» ---------------------------


@pytest.mark.parametrize("yes", ["да", "Да!", "ага"])
async def test_yes_to_write_me_down_for_the_one_event_shown_signs_up(
    student: ChatWorld, yes: str
) -> None:
    """Before: «Сейчас нечего подтверждать» — conv45's offer for a wished-for event off the
    list ends «Записать? Нажмите кнопку или напишите «записаться 1».», and «да» is the
    natural answer to that question."""
    await said(student, "что 10 декабря?")
    templates, answer = await said(student, "хочу на лекцию")
    assert templates == ["signup_which"], answer
    templates, answer = await said(student, yes)
    assert templates == ["signed_up"], answer
    assert "Лекция о космосе" in answer, answer


async def test_yes_to_which_of_several_signs_up_to_none(tmp_path: Path) -> None:
    """Guard: «да» when several events were found («на какое записать?») picks none. The
    student names no class: a 9Б student is no longer offered 10А's choir (conv46)."""
    async with chat_world.school_chat(tmp_path, Role.STUDENT, PLAN42) as student:
        await said(student, "что 9 декабря?")
        templates, answer = await said(student, "хочу на хор")
        assert templates == ["signup_which"], answer
        templates, answer = await said(student, "да")
        assert "signed_up" not in templates, answer
