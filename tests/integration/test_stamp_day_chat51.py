"""doubt51's stamp day asked in chat, never saved silently: a report pasted under its page's
date line («Ярмарка профессий в лицее 23.11.26», the post's own day) is asked its day
(`several_dates`, start_doubts.stamp_day) instead of being saved on the day it was put up; the
day answered is saved. Real planner, real SQLite store, real templates, frozen clock;
sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the frozen clock

REPORT = (  # long enough to be read as a pasted post (a short one is read as a plan's rows)
    "В минувшую субботу, 21 ноября, в актовом зале лицея № 3 прошла ярмарка профессий для "
    "учеников 8–11 классов. Ребята узнали о двадцати профессиях и побывали на мастер-классах.\n"
    "Представители колледжей и вузов рассказали о приёме документов, о днях открытых дверей и "
    "о том, какие экзамены нужно сдавать. Старшеклассники задали много вопросов о стипендиях.\n"
    "Благодарим всех гостей ярмарки и родителей, которые помогли её провести."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


@pytest.mark.parametrize(
    "head",
    [
        "Ярмарка профессий в лицее 23.11.26\n",  # a two-digit year closing the headline
        "Новости | 23.11.2026 | Ярмарка профессий в лицее\n",  # a site's rubric line
    ],
)
async def test_a_date_line_day_is_asked_and_the_answered_day_saved(world: World, head: str) -> None:
    [ask] = own(await world.say(head + REPORT))
    assert ask.template == "ask_date", (ask.template, world.text(ask))
    assert "не уверен, какая из них — день мероприятия" in world.text(ask), world.text(ask)
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    card = own(await world.say("4 декабря"))[-1]
    while card.template != "event_card":  # any further question (the classes) is answered
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        card = own(await world.say("8-11 классы" if "audience" in card.template else "весь день"))[
            -1
        ]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert event.start.date() == date(2026, 12, 4), event.start
