"""A correction that names the saved event before «не X, а Y», with no «ошибся» in front
(newcomer walk 2026-12-01k, #6): «экскурсия будет не 10, а 11 декабря» opened a new draft
«Экскурсия будет не 10» and saved it as a second event. It must offer to move the saved
event the words name, and change nothing before «да». Real planner, store and templates."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Event
from tests.chat_world import ChatWorld, curator_world
from tests.chat_world import said as _said

ZONE = ZoneInfo("Asia/Yekaterinburg")
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=ZONE)
TOUR = "Поездка на фабрику игрушек 17 декабря в 12:00, 4Б"
TALK = "Беседа о профессиях 21 декабря в 14:00, 8 классы"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """The curator's chat, the clock at Wednesday 2 Dec 2026 10:00."""
    async with curator_world(tmp_path / "plan.db", NOW) as opened:
        yield opened


async def _events(world: ChatWorld) -> list[Event]:
    return await world.store.events_between(NOW, NOW + timedelta(days=60))


async def _save(world: ChatWorld, text: str) -> None:
    await world.say(text)
    assert "saved" in [r.template for r in await world.say("да")]


@pytest.mark.parametrize(
    ("correction", "becomes"),
    [
        ("поездка будет не 17, а 18 декабря", "18 декабря (пт), 12:00"),
        ("Поездка на фабрику пройдёт не 17, а 18 декабря", "18 декабря (пт), 12:00"),
        ("поездка состоится не 17-го, а 18-го", "18 декабря (пт), 12:00"),
        ("поездка не 17, а 18", "18 декабря (пт), 12:00"),
        ("поездка на фабрику не в четверг, а в пятницу", "18 декабря (пт), 12:00"),
        ("поездка начнётся не в 12, а в 13", "17 декабря (чт), 13:00"),
    ],
)
async def test_a_named_contrast_moves_the_saved_event_and_opens_no_draft(
    world: ChatWorld, correction: str, becomes: str
) -> None:
    await _save(world, TOUR)
    await _save(world, TALK)  # the last one saved: the words must pick the tour
    templates, card = await _said(world, correction)
    assert templates == ["change_card"], card
    assert "Поездка на фабрику игрушек" in card, card
    assert "Беседа" not in card, card
    assert f"Станет: {becomes}" in card, card
    assert len(await _events(world)) == 2  # nothing changed before «да»
    assert "moved" in [r.template for r in await world.say("да")]
    events = await _events(world)
    assert sorted(e.title for e in events) == ["Беседа о профессиях", "Поездка на фабрику игрушек"]


async def test_no_to_the_named_move_saves_no_second_event(world: ChatWorld) -> None:
    await _save(world, TOUR)
    await world.say("поездка будет не 17, а 18 декабря")
    assert [r.template for r in await world.say("нет")] == ["change_dropped"]
    [tour] = await _events(world)
    assert tour.start == datetime(2026, 12, 17, 12, 0, tzinfo=ZONE)
    assert [r.template for r in await world.say("да")] == ["nothing_pending"]


async def test_a_contrast_of_places_in_a_new_post_is_still_a_new_event(world: ChatWorld) -> None:
    await _save(world, TOUR)
    [card] = await world.say("Турнир не в спортзале, а на стадионе 19 декабря в 11:00, 6А")
    assert card.template == "event_card", world.text(card)
    assert "19 декабря" in world.text(card)
