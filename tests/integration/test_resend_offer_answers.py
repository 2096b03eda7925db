"""Answers typed in words to the offer to update a re-sent event (newcomer walk
2026-12-01i, #1 and #9). «ещё одно занятие», «добавь», «это второе занятие» were «не
понял … «Да» сохранит карточку как есть», and the next «да» moved the saved event instead;
a same-day re-send listed the saved event under «Накладки» as a clash with itself. The
phrasings are this file's own. Real planner, real store, real templates, frozen clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import NOW, ZONE, ChatWorld
from tests.chat_world import said as _said

SAVED = "Лекция о роботах 15 декабря в 15:00, 9А, ауд. 204"
NEXT_DAY = "Лекция о роботах 16 декабря в 15:00, 9А"
SAME_DAY = "Лекция о роботах 15 декабря в 17:00, 9А, ауд. 204"

world = chat_world.partner_world


async def _events(world: ChatWorld) -> list[Event]:
    return await world.store.events_between(NOW, NOW + timedelta(days=90))


async def _days_and_hours(world: ChatWorld) -> list[tuple[int, int]]:
    local = [e.start.astimezone(ZONE) for e in await _events(world)]
    return [(t.day, t.hour) for t in local]


async def _offered(world: ChatWorld, resent: str) -> str:
    templates, text = await _said(world, SAVED)
    assert templates == ["event_card"], text
    templates, text = await _said(world, "да")
    assert "saved" in templates, text
    templates, text = await _said(world, resent)
    assert templates == ["event_card"], text
    assert "Обновить его?" in text, text
    return text


def _labels(world: ChatWorld, replies: list) -> list[str]:  # type: ignore[type-arg]
    return [world.renderer.button_label(b) for r in replies for row in r.buttons for b in row]


@pytest.mark.parametrize(
    "typed",
    [
        "ещё одно занятие",
        "ещё одно",
        "добавь",
        "это второе занятие",
        "новое",
        "второе",
        "нет, это ещё одна встреча, прежнюю оставьте",
        "добавьте ещё одно занятие, пожалуйста",
        "будет два занятия",
    ],
)
async def test_a_second_session_in_words_adds_one(world: ChatWorld, typed: str) -> None:
    await _offered(world, NEXT_DAY)
    templates, text = await _said(world, typed)
    assert templates[0] == "saved", text
    assert await _days_and_hours(world) == [(15, 15), (16, 15)]


@pytest.mark.parametrize(
    "typed", ["обнови", "да, обнови прежнее", "это исправление", "замени прежнее", "я ошибся"]
)
async def test_an_update_in_words_moves_the_saved_one(world: ChatWorld, typed: str) -> None:
    await _offered(world, NEXT_DAY)
    templates, text = await _said(world, typed)
    assert templates[0] == "updated", text
    assert await _days_and_hours(world) == [(16, 15)]


@pytest.mark.parametrize(
    "typed", ["ничего не меняй", "оставь как есть", "не добавляй", "ни то ни другое"]
)
async def test_nothing_in_words_keeps_the_plan(world: ChatWorld, typed: str) -> None:
    await _offered(world, NEXT_DAY)
    await _said(world, typed)
    assert await _days_and_hours(world) == [(15, 15)]
    templates, text = await _said(world, "да")  # nothing left to save or update
    assert "updated" not in templates, text
    assert "saved" not in templates, text
    assert await _days_and_hours(world) == [(15, 15)]


async def test_not_understood_says_what_yes_does_on_the_offer(world: ChatWorld) -> None:
    """The reply must not say «да» saves the card as it is: on this offer it updates."""
    await _offered(world, NEXT_DAY)
    [reply] = await world.say("хмм, как лучше")
    text = world.text(reply)
    assert reply.template == "card_unchanged", text
    assert "сохранит карточку как есть" not in text, text
    assert "обновит прежнее" in text, text
    assert "«добавить ещё одно»" in text, text
    assert "Добавить ещё одно" in _labels(world, [reply]), text
    templates, text = await _said(world, "да")  # as the reply said: the update
    assert templates[0] == "updated", text
    assert await _days_and_hours(world) == [(16, 15)]


async def test_a_correction_of_the_offered_card_is_still_a_correction(world: ChatWorld) -> None:
    """Counter-case: «время 16:00» under the offer corrects the card, it is no answer."""
    await _offered(world, NEXT_DAY)
    templates, text = await _said(world, "время 16:00")
    assert templates == ["event_card"], text
    assert "16 декабря (ср), 16:00" in text, text
    assert await _days_and_hours(world) == [(15, 15)]


async def test_without_an_offer_the_words_add_nothing(world: ChatWorld) -> None:
    """Counter-case: «ещё одно» on a plain card is no second copy of anything."""
    await _said(world, "Лекция о космосе 18 декабря в 15:00, 9А")
    templates, text = await _said(world, "ещё одно")
    assert "saved" not in templates, text
    assert await _events(world) == []


async def test_a_same_day_resend_does_not_clash_with_itself(world: ChatWorld) -> None:
    text = await _offered(world, SAME_DAY)
    assert "Накладки" not in text, text
    assert "Накладок нет" not in text, text  # the offer, not a plain «no clashes»
    [card] = await world.say("оставь как есть")  # drop the offer; show it again
    [card] = await world.say(SAME_DAY)
    assert card.context["clashes"] == [], world.text(card)
    assert "Добавить ещё одно" in _labels(world, [card])
    templates, text = await _said(world, "добавить ещё одно")
    assert templates[0] == "saved", text
    assert await _days_and_hours(world) == [(15, 15), (15, 17)]


async def test_the_same_label_within_three_days(world: ChatWorld) -> None:
    await _offered(world, NEXT_DAY)
    [card] = await world.say("ни то ни другое")
    [card] = await world.say(NEXT_DAY)
    assert _labels(world, [card])[:3] == ["Обновить прежнее", "Добавить ещё одно", "Не сохранять"]
