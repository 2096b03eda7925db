"""A post longer than 4,000 characters (newcomer walk 2026-12-01k, #9): a pasted
announcement of ~5,000 characters with its event at the end got «Извините, не понял», and
while «Для каких классов?» was open it was taken as the answer (the open draft got the
post's classes, the post itself was lost). Now a post up to the chat's limit is read whole,
a longer one gets the «too long» reply saying what to do, and a long text is never a short
answer to an open question. Real planner, store and templates, frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.intents import MAX_MESSAGE_LENGTH, parse_message
from bot.core.language.understand import MAX_MESSAGE_CHARS
from bot.core.models import EventIntent
from tests.chat_world import ChatWorld, curator_world
from tests.chat_world import said as _said

ZONE = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=ZONE)
EVENT = "Ждём учеников 8-х классов на лекцию «Маяки Балтики» 16 декабря в 13:00, читальный зал."


def _history(chars: int) -> str:
    """Prose of about `chars` characters naming no event: a library's story, year by year."""
    parts: list[str] = []
    year = 1950
    while sum(len(p) + 1 for p in parts) < chars:
        year += 1
        parts.append(
            f"В {year} году библиотека получила новые книги о мореплавании и провела для читателей "
            f"встречу с капитаном, который {year - 1930} лет ходил в рейсы. Фонд рос, и к залу "
            "пристроили хранилище для редких изданий, карт и старых газет."
        )
    return "\n".join(parts)[:chars]


def _post(chars: int) -> str:
    """A post of about `chars` characters with its one event in the last line."""
    return _history(chars - len(EVENT) - 1) + "\n" + EVENT


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """The curator's chat, the clock at Wednesday 2 Dec 2026 10:00."""
    async with curator_world(tmp_path / "plan.db", NOW) as opened:
        yield opened


async def test_a_post_of_five_thousand_characters_is_read_to_its_end(world: ChatWorld) -> None:
    post = _post(5000)
    assert len(post) > 4000
    templates, card = await _said(world, post)
    assert templates == ["event_card"], card
    assert "Маяки Балтики" in card, card
    assert "16 декабря" in card, card


async def test_a_post_over_the_chat_limit_is_told_what_to_do(world: ChatWorld) -> None:
    templates, text = await _said(world, _post(MAX_MESSAGE_CHARS + 500))
    assert templates == ["too_long"], text
    assert str(MAX_MESSAGE_CHARS) in text, text
    assert "частями" in text, text


async def test_a_long_post_is_no_answer_to_the_open_classes_question(world: ChatWorld) -> None:
    templates, question = await _said(world, "Встреча с ветеранами 11 декабря в 12:00")
    assert templates == ["ask_audience"], question
    templates, reply = await _said(world, _post(4900))
    assert "ask_audience" not in templates, reply
    assert "Маяки Балтики" in reply, reply  # the post is read as a new event, not lost
    assert "👥" not in reply, reply  # no card of the meeting with the post's classes


async def test_a_long_text_naming_classes_is_not_taken_for_the_answer(world: ChatWorld) -> None:
    await world.say("Встреча с ветеранами 11 декабря в 12:00")
    templates, reply = await _said(world, _history(1200) + "\nНа встречах бывают 7 классы.")
    assert "event_card" not in templates, reply  # the meeting did not get «7 классы»
    templates, reply = await _said(world, "7А")  # the short answer still answers
    assert templates == ["event_card"], reply
    assert "👥 7А" in reply, reply


def test_a_post_as_long_as_the_parser_reads_finds_its_event_at_the_end() -> None:
    """Its time is a benchmark's (benchmarks/bench_parser.py, «one message of 10,000
    characters»), never a test's."""
    post = _post(MAX_MESSAGE_LENGTH)
    assert len(post) == MAX_MESSAGE_LENGTH
    found = parse_message(post, NOW.replace(tzinfo=None))
    assert isinstance(found, EventIntent)
    assert found.draft.start == NOW.replace(day=16, hour=13, tzinfo=None)
