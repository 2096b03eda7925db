"""«по московскому времени» / «МСК» is moved to the school's own zone, not to a parser
constant: a school in Moscow keeps the hour, one in Yekaterinburg adds two, one in Kaliningrad
takes one off — in a first message, in an answer to «во сколько?», and in a correction of the
open card, and the card says the hour was moved. Real planner, real store, real templates,
frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld, open_world

Chat = Callable[[str], AbstractAsyncContextManager[ChatWorld]]


@pytest.fixture
def chat(tmp_path: Path) -> Chat:
    """A staff member's chat in a school of the given zone, the clock at 1 Dec 2026 10:00."""

    @asynccontextmanager
    async def opened(zone: str) -> AsyncIterator[ChatWorld]:
        now = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo(zone))
        world = await open_world(tmp_path / "plan.db", now, Role.STAFF, "Школа", OrgKind.SCHOOL)
        try:
            yield world
        finally:
            await world.store.close()

    return opened


async def _said(world: ChatWorld, text: str) -> str:
    return "\n".join(world.text(r) for r in await world.say(text))


@pytest.mark.parametrize(
    ("zone", "text", "shown"),
    [
        (
            "Europe/Moscow",
            "Вебинар для 9-11 классов 10 декабря в 15:00 по московскому времени",
            "15:00",
        ),
        (
            "Asia/Yekaterinburg",
            "Вебинар для 9-11 классов 10 декабря в 15:00 по московскому времени",
            "17:00",
        ),
        (
            "Europe/Kaliningrad",
            "Вебинар для 9-11 классов 10 декабря в 15:00 по московскому времени",
            "14:00",
        ),
        ("Asia/Novosibirsk", "Онлайн-урок 10 декабря в 11:00 (МСК), 8 классы", "15:00"),
    ],
)
async def test_moscow_time_is_shown_in_the_schools_zone(
    chat: Chat, zone: str, text: str, shown: str
) -> None:
    async with chat(zone) as world:
        card = await _said(world, text)
        assert shown in card, card
        if zone == "Europe/Moscow":
            assert "по Москве" not in card, card  # nothing was moved


@pytest.mark.parametrize(
    ("zone", "answer", "shown", "not_shown"),
    [
        ("Asia/Yekaterinburg", "в 15:00 по московскому времени", "17:00", "15:00"),
        ("Europe/Kaliningrad", "15:00 мск", "14:00", "15:00"),
        ("Europe/Moscow", "в 15 мск", "15:00", "14:00"),
        ("Asia/Yekaterinburg", "в 14 по москве", "16:00", "14:00"),
        ("Asia/Yekaterinburg", "в 14.00 (время московское)", "16:00", "14:00"),
    ],
)
async def test_an_answer_in_moscow_time_is_moved_to_the_schools_zone(
    chat: Chat, zone: str, answer: str, shown: str, not_shown: str
) -> None:
    """The bot asked the hour and the answer names it in Moscow time: the card shows the
    school's own hour, as for a time written in the first message."""
    async with chat(zone) as world:
        question = await _said(world, "Вебинар для 9 классов 10 декабря")
        assert "10:00" not in question, question  # no hour was made up
        card = await _said(world, answer)
        [when] = [line for line in card.splitlines() if line.startswith("🗓")]
        assert shown in when, card
        assert not_shown not in when, card  # free slots further down may name any hour
        # the card says the hour was moved, as it does for a first message; not in Moscow
        assert ("по Москве" in card) is (zone != "Europe/Moscow"), card


async def test_a_local_hour_given_later_clears_the_moscow_line(chat: Chat) -> None:
    """An hour said in Moscow time, then corrected to a local hour («нет, пусть будет 16:00»):
    the card shows 16:00 and no longer says the time was moved from Moscow."""
    async with chat("Asia/Yekaterinburg") as world:
        await world.say("Вебинар для 9 классов 10 декабря")
        first = await _said(world, "в 15:00 мск")
        assert "17:00" in first, first
        assert "по Москве" in first, first
        card = await _said(world, "нет, пусть будет 16:00")
        assert "16:00" in card, card
        assert "по Москве" not in card, card


async def test_a_correction_in_moscow_time_uses_the_schools_zone(chat: Chat) -> None:
    """«нет, в 15 мск» on an open card in a Yekaterinburg school is 17:00 there, not the hour
    of the project's default zone."""
    async with chat("Asia/Yekaterinburg") as world:
        await world.say("Вебинар для 9 классов 10 декабря в 12:00")
        card = await _said(world, "нет, в 15:00 мск")
        assert "17:00" in card, card
        assert "по Москве" in card, card
        assert "14:00" not in card, card
        assert "12:00" not in card, card
