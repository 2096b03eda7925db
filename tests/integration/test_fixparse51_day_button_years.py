"""A day offered on a button names its year when it lies outside the current school year
(issue 10, point 4): the chat's day buttons said «29 ноября (пн)» and «3 декабря (пт)» for
2027's days on 1 December 2026 («в пятницу, 29 ноября»), read as this year's days. A day
of this school year stays without its year. And «Выставка работает до 20 декабря» asks the
span from today to that day instead of saving its last day as the start. Real planner,
store and templates, frozen clock (1 December 2026)."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world


async def _labels(world: ChatWorld, text: str) -> list[str]:
    replies = await world.say(text)
    return [world.renderer.button_label(b) for r in replies for row in r.buttons for b in row]


async def test_a_next_years_day_on_a_button_names_its_year(world: ChatWorld) -> None:
    labels = await _labels(world, "Концерт в пятницу, 29 ноября в 18:00, 9 классы")
    days = [label for label in labels if "ноября" in label]
    assert days, labels
    assert all("2027 года" in label for label in days if "29 ноября" in label), labels
    assert any("29 ноября 2027 года" in label for label in days), labels


async def test_this_school_years_day_on_a_button_stays_bare(world: ChatWorld) -> None:
    labels = await _labels(world, "Концерт в среду, 17 декабря в 18:00, 9 классы")
    days = [label for label in labels if "декабря" in label]
    assert days, labels
    assert not any("2026" in label for label in days), labels


async def test_an_exhibition_running_until_a_day_asks_the_span(world: ChatWorld) -> None:
    replies = await world.say("Выставка работает до 20 декабря, 9 классы")
    text = "\n".join(world.text(r) for r in replies)
    labels = [world.renderer.button_label(b) for r in replies for row in r.buttons for b in row]
    assert "с 1 по 20 декабря" in text, text
    assert any(label.startswith("Все дни: 1–20 декабря") for label in labels), labels
    replies = await world.say("все дни")
    card = "\n".join(world.text(r) for r in replies)
    assert "1–20 декабря" in card, card
