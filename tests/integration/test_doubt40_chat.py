"""Round 40's doubts asked in chat, never saved silently: a contest that «стартует 4
декабря» while its works are taken «с 4 по 22 декабря» is asked whole span or one day (the
doubt `span_cut`, both as buttons), and saved as the button says; a start read from a later
slot of a programme is asked the time (`several_times`). Real planner, real SQLite store,
real templates, frozen clock; sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the frozen clock

CONTEST = (
    "Городской конкурс чтецов «Зимние строки» стартует 4 декабря!\n"
    "На конкурс принимаются видеозаписи стихотворений о зиме учащихся 5–11 классов.\n"
    "Заявки на участие принимаются с 4 по 22 декабря 2026 года.\n"
    "Итоги будут опубликованы 28 декабря."
)

SLOT = (
    "Районный туристский слёт школьников стартует 12 декабря\n\n"
    "Распорядок слёта\n\n"
    "до 10.00 – прибытие команд на поляну\n"
    "10.00 - 10.30 - совещание руководителей команд\n"
    "11.30 - 14.00 - ориентирование на местности\n"
    "14.00 - 16.00 - полоса препятствий\n"
    "17.00 - торжественное открытие слёта"
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_contest_window_is_asked_and_the_whole_span_saved(world: World) -> None:
    [ask] = own(await world.say(CONTEST))
    assert ask.template == "ask_date", (ask.template, world.text(ask))
    assert "4 по 22 декабря" in world.text(ask), world.text(ask)
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    label = "Все дни: 4–22 декабря"
    buttons = [b for row in ask.buttons for b in row]
    [button] = [b for b in buttons if world.renderer.button_label(b) == label]
    card = own(await world.say(str(button.payload["t"])))[-1]
    assert card.template == "event_card", (card.template, world.text(card))
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [(e.start, e.end) for e in events] == [
        (datetime(2026, 12, 4, 0, 0, tzinfo=TZ), datetime(2026, 12, 23, 0, 0, tzinfo=TZ))
    ]


async def test_a_later_programme_slot_is_asked_the_time(world: World) -> None:
    [ask] = own(await world.say(SLOT))
    assert ask.template == "ask_time", (ask.template, world.text(ask))
    assert "несколько разных интервалов времени" in world.text(ask), world.text(ask)
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
