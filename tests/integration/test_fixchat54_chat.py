"""fixchat54: review53's chat findings #2, #5 and #11 through the real chat core
(tests/chat_world.py: real planner, SQLite store, templates; clock Tuesday 1 December 2026,
PLAN42: КГТУ's 9Б «Лекция о космосе» on the 9th, 10А's rehearsal on the 9th, 9Б's
excursion on the 10th, 10А's concert on the 16th). All sentences are my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld, said
from tests.integration.test_chat53_chat import PLAY, _museum

teacher = chat_world.plan_teacher

# --- #2: a polite request to the bot after an event is no invitation ------------------------


@pytest.mark.parametrize(
    "request_",
    [
        "Покажете план на декабрь?",
        "Отмените концерт 16 декабря?",
        "Перенесёте лекцию на 17:00?",
        "Запишете меня на квест?",
    ],
)
async def test_a_polite_request_after_an_event_is_not_dropped(
    teacher: ChatWorld, request_: str
) -> None:
    """Before (chat53): the card only — the request vanished without a word. Now as before
    chat53: the card and «не понял» on the request, or the whole read as the request (a
    move, a second date asked about)."""
    text = f"Экскурсия в музей 14 декабря в 10:00 для 9Б. {request_}"
    templates, answer = await said(teacher, text)
    assert templates != ["event_card"], answer
    if templates[0] == "event_card":
        assert templates[1:] == ["also_asked_unread"], answer
        assert request_ in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "Концерт хора 20 декабря в 15:00 для 9Б. Придёте на концерт?",
        "Концерт хора 20 декабря в 15:00 для 9Б. Ждём вас! Придёте?",
        "Ярмарка 18 декабря в 14:00 для 10А. Поучаствуете в ярмарке?",
        "Квест 18 декабря в 14:00 для 10А. Запишетесь на квест?",
    ],
)
async def test_an_invitation_to_come_stays_the_announcements(teacher: ChatWorld, text: str) -> None:
    """Guard (chat53): a verb of coming or taking part asks the post's readers."""
    templates, answer = await said(teacher, text)
    assert templates == ["event_card"], answer


# --- #5: a name with slips must cover every word asked --------------------------------------


async def test_a_name_sharing_one_word_is_another_event(tmp_path: Path) -> None:
    """Before: «с чем пересекается «Зимний бал»?» answered «Зимняя сказка»'s clashes."""
    world = await _museum(tmp_path, PLAY)
    try:
        for question in (
            "с чем пересекается «Зимний бал»?",
            "есть ли накладки у «Зимнего бала»?",
            "с чем пересекается «Зимняя ярмарка»?",
        ):
            templates, answer = await said(world, question)
            assert templates == ["event_details_not_found"], (question, answer)
            assert "Лекция о космосе" not in answer, (question, answer)
    finally:
        await world.store.close()


async def test_a_short_word_of_the_name_finds_its_event(tmp_path: Path) -> None:
    """Guard: a short word asked as written («бал») names the event that has it."""
    world = await _museum(tmp_path, "Зимний бал для 9Б 9 декабря в 15:00")
    try:
        for question in ("с чем пересекается «Зимний бал»?", "есть ли накладки у «Зимнего бала»?"):
            templates, answer = await said(world, question)
            assert templates == ["event_clashes"], (question, answer)
            assert "Лекция о космосе" in answer, (question, answer)
    finally:
        await world.store.close()


# --- #11: «а что …?» asks what is on anew, in the same room ---------------------------------


async def test_a_follow_up_what_keeps_the_room_and_says_so(teacher: ChatWorld) -> None:
    """«а что 9 декабря?» after the hall's December asks what is on that day in the hall (the
    «а» goes on in the same frame; «что» replaces only the title words), and the answer names
    the hall; «что 9 декабря?» without «а» is the whole plan (chat53.md, fixchat54.md)."""
    await said(teacher, "Концерт 14 декабря в 15:00 в актовом зале для 10А")
    await said(teacher, "да")
    await said(teacher, "что в актовом зале в декабре?")
    templates, answer = await said(teacher, "а что 9 декабря?")
    assert templates == ["no_events"], answer
    assert "актовый зал" in answer, answer
    templates, answer = await said(teacher, "что 9 декабря?")
    assert templates == ["events_list"], answer
    assert "Лекция о космосе" in answer, answer
