"""Review of round 27's merge (review28): interactions of the branches merged together.

- misc27 made a bare list number («1») after a list name that list's item (ListPick); a plan
  summary numbers its own rows («1. Лекция о мостах …»), so after a plan was shown the
  earlier list's numbers are no longer the last numbers the person saw. Before: «1» after a
  saved plan named the earlier list's №1, another event, and «отмени 1» acted on it.

Real planner, real SQLite store, real templates, frozen clock Monday 7 December 2026;
sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import EventStatus, OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import curator_world, open_world, own, said
from tests.integration.test_walk26_class_teacher import NOW, PETYA, _plan

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)
EPOCH = datetime(2026, 1, 1, tzinfo=TZ)
LECTURE = "Лекция о космосе 15 декабря в 13:00 для 9Б, актовый зал"
PLAN = (
    "План на декабрь:\n"
    "14 декабря в 15:00 — Лекция о мостах для 9А, ауд. 204\n"
    "15 декабря в 12:00 — Экскурсия в музей янтаря для 7Б\n"
    "16 декабря в 14:00 — Мастер-класс по робототехнике для 8А"
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _listed_then_plan(world: World, *, save: bool) -> None:
    """The lecture saved and listed («1. … Лекция о космосе»), then PLAN's summary shown
    (its own «1. Лекция о мостах») and answered «да» (save) or «нет»."""
    for text, template in ((LECTURE, "event_card"), ("да", "saved")):
        [reply] = own(await world.say(text))
        assert reply.template == template, (text, world.text(reply))
    [listed] = own(await world.say("что на следующей неделе?"))
    assert "1. 13:00 Лекция о космосе" in world.text(listed), world.text(listed)
    [summary] = own(await world.say(PLAN))
    assert summary.template == "plan_summary", world.text(summary)
    assert "1. Лекция о мостах" in world.text(summary), world.text(summary)
    [answer] = own(await world.say("да" if save else "нет"))
    assert answer.template == ("saved" if save else "discarded"), world.text(answer)


@pytest.mark.parametrize("save", [True, False])
async def test_a_bare_number_after_a_plan_summary_never_names_the_earlier_list(
    world: World, save: bool
) -> None:
    await _listed_then_plan(world, save=save)
    replies = own(await world.say("1"))
    shown = "\n".join(world.text(r) for r in replies)
    assert "Лекция о космосе" not in shown, shown
    assert all(r.template != "list_pick" for r in replies), shown


async def test_cancel_by_number_after_a_saved_plan_never_cancels_the_earlier_lists_event(
    world: World,
) -> None:
    await _listed_then_plan(world, save=True)
    replies = own(await world.say("отмени 1"))
    if replies and replies[-1].template.startswith("confirm"):
        replies += own(await world.say("да"))
    events = await world.store.events_between(EPOCH, None)
    [lecture] = [e for e in events if e.title == "Лекция о космосе"]
    shown = "\n".join(world.text(r) for r in replies)
    assert lecture.status is not EventStatus.CANCELLED, shown
    assert "Лекция о космосе" not in shown, shown


async def test_sign_up_again_after_a_list_pick_takes_back_the_cancelled_event(
    tmp_path: Path,
) -> None:
    """misc27's «запиши меня снова» signs up for the event whose sign-up was just cancelled;
    misc27's ListPick («1» after a list) makes another event the one looked at. Петя cancels
    the quest (№2), looks at №1 (the hackathon), then asks to be signed up again: the quest
    comes back and no sign-up for the hackathon is made unasked."""
    async with curator_world(tmp_path / "plan.db", NOW) as plan:
        await _plan(plan)
        await said(plan, "что на следующей неделе?", PETYA)
        templates, answer = await said(plan, "не пойду 2", PETYA)
        assert templates == ["signup_cancelled"], answer
        templates, answer = await said(plan, "1", PETYA)
        assert templates == ["list_pick"], answer
        assert "Хакатон" in answer, answer
        _, answer = await said(plan, "запиши меня снова", PETYA)
        _, mine = await said(plan, "мои мероприятия", PETYA)
        assert "Квест по музею" in mine, (answer, mine)
        assert "Хакатон" not in mine, (answer, mine)
