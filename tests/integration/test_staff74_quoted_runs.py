"""staff74 (run72's left): a run named only by a quoted name — «Мир глазами детей» with no
«выставка» in its title — took its class for two weeks, though its place says it is an
exhibition. A title that tells no kind (no noun outside its quotes) now takes it from the
place (a museum, a gallery): run_ends.is_visited_run. (A message naming «выставка» beside
the name already gave a title with it — «Выставка «Мир глазами детей»» — so that case
passed before.) A PLAN42 teacher (tests/chat_world.py: 1
December 2026, 10:00 Kaliningrad) saves the run, then writes a 9Б lecture inside it. Real
planner over a real store (SQLite; PostgreSQL under -p tests.pg_everywhere). Sentences
mine."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import ChatWorld
from tests.integration.test_review72_runs import _lecture_card_after

teacher = chat_world.plan_teacher

NAMED = "«Мир глазами детей» с 7 по 20 декабря, весь день, для 9Б"


@pytest.mark.parametrize(
    "first",
    [
        NAMED + ", школьный музей",
        NAMED + ". Работы учеников: выставка открыта каждый день.",  # passed before
        "«Орлёнок» с 7 по 20 декабря, весь день, для 9Б, художественная галерея",
    ],
)
async def test_a_quoted_name_whose_place_or_words_say_exhibition_takes_no_students(
    teacher: ChatWorld, first: str
) -> None:
    """Before: «⚠️ «Мир глазами детей» — 7–20 декабря, Школа: те же ученики» on the lecture's
    card, and its free times pushed to 21 December."""
    card = await _lecture_card_after(teacher, first)
    assert "— 7–20 декабря, Школа: те же ученики" not in card, card
    assert "⚠️ Лекция о космосе" in card, card  # the card still names a real clash


@pytest.mark.parametrize(
    "first",
    [
        NAMED,  # nothing tells its kind: the safe side, as a camp or a trip
        "«Орлёнок» с 7 по 20 декабря, весь день, для 9Б. Поездка в лагерь, выставка в конце.",
        "Поездка «Мир глазами детей» с 7 по 20 декабря, весь день, для 9Б, музей",
    ],
)
async def test_a_quoted_name_of_no_visited_kind_still_takes_its_class(
    teacher: ChatWorld, first: str
) -> None:
    card = await _lecture_card_after(teacher, first)
    assert "— 7–20 декабря, Школа: те же ученики" in card, card
