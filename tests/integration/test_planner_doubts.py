"""The bot acts on the parser's doubts: it asks instead of guessing, offers equally likely
days as buttons, and the card shows the year, corrections, deadline, sessions and ages.
Real planner, real SQLite store, real templates, frozen clock."""

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


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _stored(world: World) -> list[tuple[str, datetime]]:
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return [(e.title, e.start) for e in events]


async def test_impossible_date_is_asked_and_nothing_is_saved(world: World) -> None:
    [ask] = await world.say("Лекция по химии 30 февраля в 15:00, 9 классы")
    assert ask.template == "ask_date"
    assert "Такой даты нет" in world.text(ask)
    assert await world.say("да") != []
    assert await _stored(world) == []
    # the time of the message is kept: not asked again (newcomer walk 2026-11-30, C2/C3)
    [card] = await world.say("2 сентября 2027 года")
    assert card.template == "event_card"
    assert card.context["event"]["start"] == datetime(2027, 9, 2, 15, 0, tzinfo=TZ)
    assert "2027 года" in world.text(card)  # outside the current school year: the year shows


async def test_past_date_without_year_is_asked_with_the_year_shown(world: World) -> None:
    [ask] = await world.say("Лекция по химии 20 ноября в 15:00, 9 классы")
    assert ask.template == "ask_date"
    assert "2027" in world.text(ask)
    [card] = await world.say("27 ноября")
    assert card.context["event"]["start"] == datetime(2026, 11, 27, 15, 0, tzinfo=TZ)
    assert "года" not in world.text(card).split("\n")[2]


async def test_past_time_today_is_asked_not_offered_for_saving(world: World) -> None:
    [ask] = await world.say("Лекция по химии сегодня в 9:00, 9 классы")
    assert ask.template == "ask_date"
    assert "уже прошло" in world.text(ask)


async def test_end_before_start_asks_the_time(world: World) -> None:
    [ask] = await world.say("Лекция по химии 1 декабря с 15 до 14, 9 классы")
    assert ask.template == "ask_time"
    assert "раньше начала" in world.text(ask)
    [card] = await world.say("с 15 до 16")
    assert card.context["event"]["end"] == datetime(2026, 12, 1, 16, 0, tzinfo=TZ)


async def test_corrected_typo_goes_to_the_card_with_the_corrected_word(world: World) -> None:
    [card] = await world.say("Лекция по химии 15 дикабря в 15:00, 9 классы")
    assert card.template == "event_card"
    text = world.text(card)
    assert "«дикабря» → «декабря»" in text
    assert "дикабря" not in card.context["event"]["title"]
    assert card.context["event"]["start"] == datetime(2026, 12, 15, 15, 0, tzinfo=TZ)


POST = (
    "Уважаемые коллеги! Приглашаем учащихся 9-11 классов на лекцию «Химия вокруг нас». "
    "Лекция состоится 3 декабря в 15:00 в ауд. 204. "
    "Повторная лекция состоится 10 декабря в 15:00. "
    "Регистрация до 1 декабря по ссылке. Участники от 14 до 17 лет."
)


async def test_equally_likely_days_are_offered_as_buttons(world: World) -> None:
    [ask] = await world.say(POST)
    assert ask.template == "ask_date"
    picks = [b for row in ask.buttons for b in row]
    assert [b.payload["a"] for b in picks] == ["pick", "pick"]
    [card] = await world.press(dict(picks[1].payload))
    assert card.template == "event_card"
    assert card.context["event"]["start"] == datetime(2026, 12, 10, 15, 0, tzinfo=TZ)
    text = world.text(card)
    assert "Регистрация до 1 декабря" in text
    assert "возраст 14–17 лет" in text
    [saved] = own(await world.say("да"))
    assert saved.template == "saved"
    assert await _stored(world) == [("Лекция «Химия вокруг нас»", card.context["event"]["start"])]


async def test_sessions_are_listed_on_the_card(world: World) -> None:
    [card] = await world.say("Кружок робототехники 1, 8, 15 и 22 декабря в 15:00, 9 классы")
    assert card.template == "event_card"
    assert "Сеансы (4)" in world.text(card)


async def test_a_doubtful_line_of_a_pasted_plan_is_not_saved(world: World) -> None:
    [summary] = await world.say(
        "Лекция по химии 3 декабря в 15:00, 9 классы\nЭкскурсия в музей 31.11 в 10:00, 9 классы"
    )
    assert "Экскурсия в музей" in summary.context["incomplete"]
    await world.press({"a": "save"})
    assert [title for title, _ in await _stored(world)] == ["Лекция по химии"]
