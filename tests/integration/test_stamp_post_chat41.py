"""A short news item pasted into the chat whose head line is the item's publication stamp
(«20.11.2026 12:40», «Опубликовано 20 ноября 2026, 16:05») is one post, never a plan whose
first row is the stamp's moment (stamp41; doubt41 left it alone: the bot offered «… — 20
ноября, 12:40 … Сохранить весь план?»). Real plans — several rows each opening with a day, a
table pasted from Excel, a numbered list, a plan under a stamp — stay plans. Real planner,
real SQLite store, real templates, frozen clock; the posts are our own."""

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
EVENT = datetime(2026, 12, 5, 15, 0, tzinfo=TZ)

SHORT_POSTS = {
    "headline, dated stamp line": (
        "Школьники выйдут на «Лыжню здоровья»\n20.11.2026 12:40\n"
        "В субботу, 5 декабря, в 15:00 в городском парке пройдёт «Лыжня здоровья» для "
        "учеников 5–11 классов."
    ),
    "stamp with the clock in brackets first": (
        "20.11.2026 (12:40)\nГородской музей 5 декабря в 15:00 откроет выставку «Зимняя "
        "сказка» для учеников 3–6 классов."
    ),
    "labelled stamp": (
        "Опубликовано 23 ноября 2026, 12:40\nКГТУ приглашает учеников 10–11 классов на день "
        "открытых дверей 5 декабря в 15:00."
    ),
    "a stamp later than the clock (doubt41's shape)": (  # pasted at 10:00 the same day
        "Школьники выйдут на «Лыжню здоровья»\n23.11.2026 (12:40)\nВ субботу, 5 декабря, в "
        "городском парке пройдёт «Лыжня здоровья» для учеников 5–11 классов. Участников ждут "
        "эстафеты и горячий чай."
    ),
    "site rubric before the stamp, headline after": (
        "Образование | 20 ноября 2026, 16:05\nДень науки в библиотеке\n"
        "5 декабря в 15:00 в центральной библиотеке пройдёт День науки для 7–9 классов."
    ),
}


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _saved_alone(world: World, post: str) -> None:
    """Paste `post`, answer any question, say «да»: exactly one event saved, on its day."""
    card = own(await world.say(post))[-1]
    for _ in range(4):  # any question (the classes, the place) is answered
        if card.template == "event_card":
            break
        assert card.template != "plan_summary", world.text(card)
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        if card.template != "ask_time":  # which says why the stamp's clock is not taken
            assert "12:40" not in world.text(card), world.text(card)
            assert "16:05" not in world.text(card), world.text(card)
        answer = "в 15:00" if card.template == "ask_time" else "5-11 классы"
        card = own(await world.say(answer))[-1]
    assert card.template == "event_card", (card.template, world.text(card))
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", (saved.template, world.text(saved))
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert event.start == EVENT, event.start


@pytest.mark.parametrize("shape", sorted(SHORT_POSTS))
async def test_a_short_stamped_post_is_one_event_not_a_plan(world: World, shape: str) -> None:
    await _saved_alone(world, SHORT_POSTS[shape])


async def _plan_rows(world: World, text: str) -> str:
    reply = own(await world.say(text))[-1]
    assert reply.template == "plan_summary", (reply.template, world.text(reply))
    return world.text(reply)


PLANS = {
    "dated rows under a heading": (
        "План мероприятий на декабрь\n"
        "05.12.2026 15:00 — Лекция «Космос рядом», 9А, актовый зал\n"
        "12.12.2026 14:00 — Экскурсия в музей янтаря, 7Б"
    ),
    "table pasted from Excel": (
        "Дата\tВремя\tМероприятие\tКлассы\n"
        "05.12.2026\t15:00\tЛекция «Космос рядом»\t9А\n"
        "12.12.2026\t14:00\tЭкскурсия в музей янтаря\t7Б"
    ),
    "numbered rows": (
        "1. 05.12 — Лекция «Космос рядом», 15:00, 9А\n2. 12.12 — Экскурсия в музей янтаря, "
        "14:00, 7Б"
    ),
    "a plan under a stamp": (
        "Опубликовано 20 ноября 2026, 12:40\nПлан мероприятий на декабрь\n"
        "05.12.2026 15:00 — Лекция «Космос рядом», 9А\n"
        "12.12.2026 14:00 — Экскурсия в музей янтаря, 7Б"
    ),
}


@pytest.mark.parametrize("shape", sorted(PLANS))
async def test_a_real_plan_stays_a_plan(world: World, shape: str) -> None:
    summary = await _plan_rows(world, PLANS[shape])
    assert "Космос рядом" in summary, summary
    assert "музей янтаря" in summary, summary
    assert "12:40" not in summary, summary  # the stamp is no row of the plan
    [saved] = own(await world.say("да"))
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert sorted(e.start for e in events) == [
        EVENT,
        datetime(2026, 12, 12, 14, 0, tzinfo=TZ),
    ], (saved.template, world.text(saved), [e.start for e in events])
