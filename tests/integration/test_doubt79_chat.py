"""doubt79's readings through the planner (real planner, SQLite store and templates, frozen
clock Monday 7 December 2026; sentences our own):

- a post naming another event's day still asks it;
- a post writing its event's day only after «по», «Посетить её можно по 18.12.2026 с 9:00 до
  16:00», asks the run's days (`span_cut`, today to the 18th) — at main the card came at once
  for 18 December 9:00–16:00 (running_until.written_only_as_bound).
"""

from __future__ import annotations

from tests.chat_world import ChatWorld, own, said
from tests.integration.test_doubt78_chat import monday as monday  # the fixture (Monday 7 Dec)


async def test_another_events_day_is_still_asked(monday: ChatWorld) -> None:
    post = (
        "15 декабря в актовом зале пройдёт концерт хора. 18 декабря состоится спектакль "
        "театральной студии."
    )
    [asked] = own(await monday.say(post))
    question = monday.text(asked)
    assert asked.template == "ask_date", question
    assert "15 декабря" in question, question
    assert "18 декабря" in question, question


MUSEUM = (
    "В музее школы проходит выставка «Солдаты Победы» для 5–9 классов. Посетить её можно по "
    "18.12.2026 с 9:00 до 16:00. Экскурсии для классов — по записи у руководителя музея."
)


async def test_a_day_written_as_a_bound_is_asked(monday: ChatWorld) -> None:
    [asked] = own(await monday.say(MUSEUM))
    question = monday.text(asked)
    assert asked.template == "ask_date", question
    assert "с 7 по 18 декабря" in question, question
    templates, card = await said(monday, "9 декабря")
    assert templates == ["event_card"], card
    assert "9 декабря (ср), 09:00–16:00" in card, card
