"""A closing ceremony dated apart from its exhibition's span is asked in chat (doubts43): «С
7 по 20 декабря … работает выставка … Торжественное закрытие выставки пройдёт 10 января в
15:00» was saved as 10 January at 11:00 (the excursions' daily hours), silently. Now the
bot asks which day (`several_dates`), offers both as buttons — the closing at its own 15:00
— and saves what the button says. (A post of two dated paragraphs and nothing else is
read as a two-row plan, before the parser: not this round's.) Real planner, real SQLite
store, real templates, frozen clock; sentences our own."""

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

EXHIBITION = (
    "Выставка «Зимние узоры» в краеведческом музее\n\n"
    "С 7 по 20 декабря в краеведческом музее работает выставка детских рисунков «Зимние"
    " узоры». Экскурсии для школьных групп проводятся по будням в 11:00 и 14:00, запись по"
    " телефону. Вход свободный для учащихся. На выставке представлено более ста работ"
    " учеников художественных школ и студий города: зимние пейзажи, портреты, натюрморты и"
    " работы в технике батика. Посетители смогут проголосовать за лучшую работу, бланки для"
    " голосования выдают у входа в зал.\n\n"
    "Торжественное закрытие выставки пройдёт 10 января в 15:00, на нём наградят победителей"
    " конкурса рисунков.\n\n"
    "Приглашаем учеников и их родителей посетить выставку!\n"
    "Организаторы надеются, что выставка станет доброй традицией музея."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_the_closing_and_the_exhibition_are_asked_as_buttons(world: World) -> None:
    [ask] = own(await world.say(EXHIBITION))
    assert ask.template == "ask_date", (ask.template, world.text(ask), ask.buttons)
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    labels = [world.renderer.button_label(b) for row in ask.buttons for b in row]
    assert any("10 января" in label and "15:00" in label for label in labels), labels
    [button] = [
        b for row in ask.buttons for b in row if "7 декабря" in world.renderer.button_label(b)
    ]
    card = own(await world.say(str(button.payload["t"])))[-1]
    if card.template == "ask_audience":  # the post names no classes: asked next
        card = own(await world.say("все"))[-1]
    assert card.template == "event_card", (card.template, world.text(card))
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [e.start.date() for e in events] == [date(2026, 12, 7)]
