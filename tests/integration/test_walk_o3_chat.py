"""Gaps left by adversarial walk o (2026-12-02), in the chat: the planner over a real store,
a frozen clock (Tuesday 1 December 2026, 10:00, partner_world) and the real templates; what
is saved is read back from the store. Sentences written for these tests, not the walk's.

- «когда лекция?», «где будет лекция?», «во сколько лекция» answer about the events their
  words name (walk o, #10: they listed every event from today, or were «не понял»);
- «лекцию придётся перенести» asks which event, then «на когда?» (walk o, #12: «не понял»)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.models import Role
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld

world = chat_world.partner_world

STUDENT = 301
LECTURE = "Лекция «Искусственный интеллект» 10 декабря в 15:00, 9–11 классы, ауд. 204"
EXCURSION = "Экскурсия в музей янтаря 4 декабря в 11:00, 9Б"
CONCERT = "Новогодний концерт 25 декабря в 17:00, все классы"


async def _said(world: ChatWorld, text: str, vk_id: int | None = None) -> list[Reply]:
    return await world.planner.handle(world.vk_id if vk_id is None else vk_id, text)


async def _add(world: ChatWorld, text: str, vk_id: int | None = None) -> None:
    await _said(world, text, vk_id)
    [saved, *_] = await _said(world, "да", vk_id)
    assert saved.template == "saved", world.text(saved)


def _titles(reply: Reply) -> list[str]:
    return [e["title"] for d in reply.context.get("days", []) for e in d["events"]]


async def _plan(world: ChatWorld) -> None:
    for text in (LECTURE, EXCURSION, CONCERT):
        await _add(world, text)
    await world.store.save_person(STUDENT, Role.STUDENT, "Ученик", class_name="9Б")


async def _stored(world: ChatWorld) -> list[tuple[str, str]]:
    events = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return sorted((e.title, e.start.astimezone(ZONE).strftime("%d.%m %H:%M")) for e in events)


# --- walk o #10: a question naming an event answers about it ------------------------------


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("когда лекция?", "Лекция «Искусственный интеллект»"),
        ("где будет лекция?", "Лекция «Искусственный интеллект»"),
        ("во сколько лекция", "Лекция «Искусственный интеллект»"),
        ("а когда экскурсия в музей?", "Экскурсия в музей янтаря"),
        ("когда новогодний концерт", "Новогодний концерт"),
    ],
)
async def test_a_question_naming_an_event_lists_that_event(
    world: ChatWorld, question: str, title: str
) -> None:
    await _plan(world)
    others = {"Лекция «Искусственный интеллект»", "Экскурсия в музей янтаря", "Новогодний концерт"}
    for who in (STUDENT, world.vk_id):
        [answer] = await _said(world, question, who)
        text = world.text(answer)
        if answer.template == "events_list":  # several may match: the list of those
            assert _titles(answer) == [title], text
        else:  # the one it names: its day, time and place (walk 2026-12-02r, #11)
            assert answer.template == "event_details", text
            assert title.split(" «")[0] in text, text
            assert not any(o.split(" «")[0] in text for o in others - {title}), text


async def test_a_kind_of_event_named_in_a_plan_question_filters_the_list(
    world: ChatWorld,
) -> None:
    await _plan(world)
    await _add(world, "Экскурсия на завод 17 декабря в 12:00, 9 классы")
    [answer] = await _said(world, "какие экскурсии в декабре?", STUDENT)
    assert _titles(answer) == ["Экскурсия в музей янтаря", "Экскурсия на завод"]


async def test_a_question_naming_no_stored_event_says_there_is_none(world: ChatWorld) -> None:
    await _plan(world)
    [answer] = await _said(world, "когда олимпиада по химии?", STUDENT)
    text = world.text(answer)
    assert answer.template in {"no_events", "event_details_not_found"}, text
    assert "олимпиада" in text, text
    assert "химии" in text, text


async def test_a_question_naming_no_event_still_lists_the_period(world: ChatWorld) -> None:
    await _plan(world)
    [answer] = await _said(world, "что интересного в декабре?", STUDENT)
    assert len(_titles(answer)) == 3, world.text(answer)


# --- walk o #12: a move without its new day asks «на когда?» ------------------------------


async def test_a_move_without_a_day_asks_when_then_shows_the_card(world: ChatWorld) -> None:
    await _plan(world)
    before = await _stored(world)
    [asked] = await _said(world, "Лекцию придётся перенести, преподаватель заболел")
    assert asked.template == "ask_move_when", world.text(asked)
    assert "«Лекция „Искусственный интеллект“»" in world.text(asked)
    [card] = await _said(world, "на 17 декабря")
    assert card.template == "change_card", world.text(card)
    assert "Станет: 17 декабря (чт), 15:00" in world.text(card), world.text(card)
    assert await _stored(world) == before  # nothing new, nothing moved before «да»
    await _said(world, "да")
    assert ("Лекция «Искусственный интеллект»", "17.12 15:00") in await _stored(world)


async def test_a_move_without_a_day_matching_two_events_asks_which_first(
    world: ChatWorld,
) -> None:
    await _plan(world)
    await _add(world, "Лекция по физике 11 декабря в 15:00, 9 классы")
    [which] = await _said(world, "лекцию нужно перенести")
    assert which.template == "move_which", world.text(which)
    assert "затем спрошу, на когда перенести" in world.text(which)
    [asked] = await _said(world, "2")
    assert asked.template == "ask_move_when", world.text(asked)
    assert "«Лекция по физике»" in world.text(asked)


async def test_a_past_move_note_is_no_move_request(world: ChatWorld) -> None:
    replies = await _said(world, "Экскурсия на верфь 15 декабря в 11:00, 9А (перенесли с пятницы)")
    assert replies[0].template != "ask_move_when", world.text(replies[0])
