"""safety72 #3 (review69): «перенеси выставку рисунков на 3 декабря» on a run going on (30
November – 20 December, the clock on 1 December) offered «Станет: 3–23 декабря» without a
word: the move keeps the run's length, so its last day moved three days later, and a run
already open «opens» again on the new day. The move card now says what happens to its end
(the length kept, the new last day) and, for a run going on, that it opens again on the new
day — and that «нет» keeps it. A move of one day's event says nothing of the kind. Through
the real planner over a real store (SQLite; PostgreSQL under -p tests.pg_everywhere); a
teacher of the school and PLAN42 (tests/chat_world.py, Tuesday 1 December 2026). Sentences
mine."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

teacher = chat_world.plan_teacher


async def _save(world: ChatWorld, *texts: str) -> None:
    for text in texts:
        await said(world, text)
    templates, answer = await said(world, "да")
    assert "saved" in templates, answer


async def test_a_run_going_on_moved_by_a_day_says_what_becomes_of_its_end(
    teacher: ChatWorld,
) -> None:
    await _save(
        teacher,
        "30 ноября в актовом зале открылась выставка рисунков. Она продлится до 20 декабря.",
        "весь день",
        "для 9Б",
    )
    templates, card = await said(teacher, "перенеси выставку рисунков на 3 декабря")
    assert templates == ["change_card"], card
    assert "Станет: 3–23 декабря" in card, card
    assert "последний день станет 23 декабря" in card, card
    assert "21 день" in card, card  # 30 November – 20 December, the length kept
    assert "уже идёт с 30 ноября" in card, card
    assert "ответьте «нет»" in card, card


async def test_a_run_ahead_moved_by_a_day_names_its_new_last_day(teacher: ChatWorld) -> None:
    await _save(teacher, "Ярмарка ремёсел с 7 по 9 декабря в холле, весь день, для 9Б")
    templates, card = await said(teacher, "перенеси ярмарку ремёсел на 14 декабря")
    assert templates == ["change_card"], card
    assert "последний день станет 16 декабря" in card, card
    assert "уже идёт" not in card, card


async def test_a_one_day_event_moved_says_nothing_of_an_end(teacher: ChatWorld) -> None:
    await _save(teacher, "Концерт хора 8 декабря в 15:00 в актовом зале для 9Б")
    templates, card = await said(teacher, "перенеси концерт хора на 10 декабря")
    assert templates == ["change_card"], card
    assert "последний день" not in card, card
