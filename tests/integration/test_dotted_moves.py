"""Moves to a dotted clock and a time typed where a place is asked (newcomer walk
2026-12-01k, #12): «перенеси мастер-класс на 15.00» got «Не понял, на когда перенести»
while «на 15:00» and «на 15-00» worked, and «на 18:00» typed at «Где теперь пройдёт…?»
became the event's place. The rule is the parser's for «в 15.00»: a dotted value that can
be a date («15.12») is the date, one that cannot («15.00», «9.45» is read as a clock
anyway) is the clock. Real planner, store and templates, frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.move_phrases import names_only_when
from bot.core.models import Event
from tests.chat_world import ChatWorld, curator_world
from tests.chat_world import said as _said

ZONE = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=ZONE)
WORKSHOP = "Мастер-класс по гончарному делу 9 декабря в 11:00, 6Б"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """The curator's chat, the clock at Wednesday 2 Dec 2026 10:00, the workshop saved."""
    async with curator_world(tmp_path / "plan.db", NOW) as opened:
        await opened.say(WORKSHOP)
        assert "saved" in [r.template for r in await opened.say("да")]
        yield opened


async def _events(world: ChatWorld) -> list[Event]:
    return await world.store.events_between(NOW, NOW + timedelta(days=60))


@pytest.mark.parametrize(
    ("move", "becomes"),
    [
        ("перенеси мастер-класс на 15.00", "Станет: 9 декабря (ср), 15:00"),
        ("перенеси на 16.00", "Станет: 9 декабря (ср), 16:00"),
        ("мастер-класс переносим на 13.00", "Станет: 9 декабря (ср), 13:00"),
        ("перенеси мастер-класс на 14.30", "Станет: 9 декабря (ср), 14:30"),
        ("перенеси мастер-класс на 15.12", "Станет: 15 декабря (вт), 11:00"),  # a date
        ("перенеси мастер-класс на 10.12 в 12.00", "Станет: 10 декабря (чт), 12:00"),
    ],
)
async def test_a_dotted_clock_moves_the_event_and_a_dotted_date_stays_a_date(
    world: ChatWorld, move: str, becomes: str
) -> None:
    templates, card = await _said(world, move)
    assert templates == ["change_card"], card
    assert becomes in card, card
    [workshop] = await _events(world)
    assert workshop.start == datetime(2026, 12, 9, 11, 0, tzinfo=ZONE)  # nothing before «да»


async def test_a_time_typed_as_the_new_place_is_no_place(world: ChatWorld) -> None:
    await world.say("мои мероприятия")
    [which] = await world.say("изменить 1")
    [venue] = [b for row in which.buttons for b in row if b.context.get("field") == "venue"]
    await world.press(dict(venue.payload))
    templates, reply = await _said(world, "на 18:00")
    assert templates == ["edit_venue_is_when"], reply
    assert "«на 18:00» похоже на дату или время" in reply, reply
    [workshop] = await _events(world)
    assert workshop.venue is None
    templates, card = await _said(world, "ауд. 18")  # the place is still asked
    assert templates == ["change_card"], card
    assert "ауд. 18" in card, card


@pytest.mark.parametrize(
    ("text", "only_when"),
    [
        ("на 18:00", True),
        ("в 15.00", True),
        ("на 15.00", True),
        ("завтра", True),
        ("в пятницу в 15:00", True),
        ("ауд. 204", False),
        ("кабинет 15", False),
        ("актовый зал в 18:00", False),
        ("Музей янтаря, зал 2", False),
    ],
)
def test_only_a_day_or_a_time(text: str, only_when: bool) -> None:
    assert names_only_when(text, NOW.replace(tzinfo=None)) is only_when
