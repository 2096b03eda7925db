"""files72: once the завуч gives the bell schedule in the chat, the lesson hours follow from it
(newcomer69's left item 4: the bells were set, yet every card still said «обычно до 14:25
(школа ещё не указала время уроков)»). Through the real planner over a real store (SQLite;
PostgreSQL under tests/pg_everywhere.py), the clock at 1 December 2026, 10:00 Kaliningrad.
All sentences are my own."""

from __future__ import annotations

from pathlib import Path

from tests.chat_world import NOW, curator_world, said

# six lessons, the last ending at 14:00; a 20-minute break before the 3rd (10:10–10:30)
BELLS = "звонки: 8:30-9:15, 9:25-10:10, 10:30-11:15, 11:25-12:10, 12:20-13:05, 13:15-14:00"


async def _card(path: Path, *said_first: str, event: str) -> str:
    async with curator_world(path / "plan.db", NOW) as world:
        for text in said_first:
            await said(world, text)
        templates, card = await said(world, event)
        assert templates == ["event_card"], card
        return card


async def test_with_bells_the_card_takes_the_lessons_end_from_them(tmp_path: Path) -> None:
    """An event at 13:30 for 7–9 classes falls in the 6th lesson: the card names the bells'
    end (14:00), not the usual 14:25 «школа ещё не указала время уроков»."""
    card = await _card(
        tmp_path, BELLS, event="Встреча с писателем 9 декабря в 13:30, 7–9 классы, библиотека"
    )
    assert "не указала время уроков" not in card, card
    assert "уроки у 7–9 классов до 14:00" in card, card


async def test_a_line_up_in_a_break_is_not_during_lessons(tmp_path: Path) -> None:
    """«перед 3 уроком» is the 10:10–10:30 break: no lessons warning, no slot after lessons."""
    card = await _card(
        tmp_path, BELLS, event="Линейка 9 декабря перед 3 уроком, 7–9 классы, спортзал"
    )
    assert "10:10" in card, card
    assert "уроки у" not in card, card
    assert "Время без уроков" not in card, card


async def test_younger_grades_end_by_the_bells_at_their_usual_count(tmp_path: Path) -> None:
    """A first grade has at most 4 lessons a day (СанПиН): with the bells, its day ends with
    the 4th lesson (12:10), said as usual, counted on the school's bells."""
    card = await _card(tmp_path, BELLS, event="Спектакль 9 декабря в 11:30, 1 классы, актовый зал")
    assert "не указала время уроков" not in card, card
    assert "обычно до 12:10" in card, card


async def test_own_lesson_hours_still_win_over_the_bells(tmp_path: Path) -> None:
    card = await _card(
        tmp_path,
        BELLS,
        "уроки у 7–9 до 13:05",
        event="Встреча с писателем 9 декабря в 12:30, 7–9 классы, библиотека",
    )
    assert "уроки у 7–9 классов до 13:05" in card, card


async def test_without_bells_the_usual_hours_are_said_as_before(tmp_path: Path) -> None:
    card = await _card(
        tmp_path, event="Встреча с писателем 9 декабря в 13:30, 7–9 классы, библиотека"
    )
    assert "обычно до 14:25 (школа ещё не указала время уроков)" in card, card
