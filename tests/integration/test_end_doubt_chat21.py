"""A pasted post whose end the parser read outside the event's sentence and its block (the
doubt `end_elsewhere`, twenty-first round) is asked about in chat — «Во сколько …?» with why —
and saved with the time the person gives, not with the guessed end. Real planner, real SQLite
store, real templates, frozen clock; sentences our own."""

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

POST = (
    "Олимпиада по физике «Шаг в науку» пройдёт 15 декабря в кабинете физики для 8–11 классов.\n"
    "Участникам нужно взять с собой ручку и калькулятор.\nЗадания составили учителя нашей "
    "школы.\nЛучшие работы отправят на городской этап.\nПобедителей наградят грамотами.\n"
    "Консультация для участников пройдёт с 14:00 до 15:30 в кабинете 21."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_an_end_from_another_part_is_asked_and_the_answer_saved(world: World) -> None:
    [ask] = own(await world.say(POST))
    assert ask.template == "ask_time", ask.template
    text = world.text(ask)
    assert "Время окончания я нашёл не в той фразе" in text, text
    assert "Во сколько «" in text, text
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    card = own(await world.say("с 10:00 до 12:00"))[-1]
    while card.template != "event_card":  # any further question (the classes) is answered
        assert card.template.startswith("ask_"), card.template
        card = own(await world.say("8-11 классы"))[-1]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert (event.start, event.end) == (
        datetime(2026, 12, 15, 10, 0, tzinfo=TZ),
        datetime(2026, 12, 15, 12, 0, tzinfo=TZ),
    )


async def _saved_after(world: World, answer: str) -> list[tuple[datetime, datetime | None]]:
    """The post pasted, `answer` given to its time question, any further question (the
    classes) answered and the card confirmed: the (start, end) of what was saved."""
    [ask] = own(await world.say(POST))
    assert ask.template == "ask_time", ask.template
    card = own(await world.say(answer))[-1]
    while card.template != "event_card":
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        assert card.template != "ask_time_again", world.text(card)
        card = own(await world.say("8-11 классы"))[-1]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return [(e.start, e.end) for e in events]


async def test_the_question_shows_the_times_found_and_offers_them_as_a_button(
    world: World,
) -> None:
    # review z3, #4: «да» had nothing to confirm — the question never said which time it found
    [ask] = own(await world.say(POST))
    text = world.text(ask)
    assert "Нашёл: 14:00–15:30; если так и есть — ответьте «да»" in text, text
    [[button]] = ask.buttons
    assert button.payload["t"] == "да", button.payload
    assert world.renderer.button_label(button) == "Да, 14:00–15:30"


@pytest.mark.parametrize("answer", ["да", "Так и есть", "правильно", "да, так и есть!"])
async def test_yes_keeps_the_times_shown(world: World, answer: str) -> None:
    # before: each of these got «Не понял время» again (review z3, #4)
    assert await _saved_after(world, answer) == [
        (datetime(2026, 12, 15, 14, 0, tzinfo=TZ), datetime(2026, 12, 15, 15, 30, tzinfo=TZ))
    ]


async def test_not_knowing_is_asked_again_and_nothing_is_saved(world: World) -> None:
    own(await world.say(POST))
    [again] = own(await world.say("не знаю"))
    assert again.template == "ask_time_again", again.template
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
