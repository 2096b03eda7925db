"""Two dated prose paragraphs of one announcement are one post in chat (route44, after
doubts43's note): «С 7 по 20 декабря … пройдёт выставка … «Зимняя сказка».» / «Экскурсии
…» / «Торжественное закрытие выставки состоится 10 января в 15:00.» was read as a plan, the
exhibition's row dropped and «Сохранить весь план?» asked; with two undated prose lines
more the same text was read as a post. Now it is read as that post is (the same question),
and a plan of sentences naming different events stays a plan. Real planner,
real SQLite store, real templates, frozen clock; sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own
from tests.integration.test_part_doubt_chat43 import EXHIBITION as EXHIBITION43

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the frozen clock

EXHIBITION = (
    "С 7 по 20 декабря в выставочном зале музея пройдёт выставка детского рисунка «Зимняя"
    " сказка».\n"
    "Экскурсии по будням в 11:00 и 14:00.\n"
    "Торжественное закрытие выставки состоится 10 января в 15:00."
)

TWO_EVENTS = (
    "Лекция «Тайны космоса» пройдёт 9 декабря в 15:00 в актовом зале, 9А.\n"
    "Экскурсия в краеведческий музей состоится 17 декабря в 11:00, 7Б."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


PROSE_MORE = (
    "\nПриглашаем учеников и их родителей посетить выставку!"
    "\nОрганизаторы надеются, что выставка станет доброй традицией музея."
)


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
async def test_two_dated_paragraphs_of_one_exhibition_are_asked_as_one_post(
    world: World, tmp_path: Path, blank: str
) -> None:
    [ask] = own(await world.say(EXHIBITION.replace("\n", blank)))
    assert ask.template != "plan_summary", world.text(ask)
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    # asked as the same paste with prose around it is asked: the post parser reads both
    other = await open_world(tmp_path / "other.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        [post] = own(await other.say(EXHIBITION.replace("\n", blank) + PROSE_MORE))
        assert post.template != "plan_summary", other.text(post)
        assert (ask.template, world.text(ask)) == (post.template, other.text(post))
    finally:
        await other.store.close()
    assert "Зимняя сказка" in world.text(ask), world.text(ask)


async def test_sentences_naming_two_events_stay_a_plan(world: World) -> None:
    [summary] = own(await world.say(TWO_EVENTS))
    assert summary.template == "plan_summary", (summary.template, world.text(summary))
    text = world.text(summary)
    assert "Тайны космоса" in text, text
    assert "музей" in text, text


async def test_doubts43s_exhibition_pasted_alone_offers_both_days(world: World) -> None:
    # test_part_doubt_chat43's post without its two closing prose lines: asked the same way
    paragraphs = EXHIBITION43.split("\n\n")
    [ask] = own(await world.say("\n\n".join(paragraphs[:3])))
    assert ask.template == "ask_date", (ask.template, world.text(ask))
    labels = [world.renderer.button_label(b) for row in ask.buttons for b in row]
    assert any("7 декабря" in label for label in labels), labels
    assert any("10 января" in label and "15:00" in label for label in labels), labels
