"""The parser's doubts about "when" acted on in a real conversation (issue 10, point 4):
a time without a name asks for the name; a weekday contradicting its date offers both days."""

from __future__ import annotations

from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_vk_conversation import button


async def test_a_time_without_a_name_asks_for_the_name(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.push_message(CURATOR, "завтро в 3")
    await vk.wait_text(CURATOR, "Как назвать мероприятие")
    vk.push_message(CURATOR, "Консультация по физике")
    asked = await vk.wait_text(CURATOR, "Консультация по физике")
    assert "15:00" in asked or "классов" in asked


async def test_a_weekday_that_contradicts_the_date_is_asked(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.push_message(CURATOR, "Концерт хора в среду, 17 декабря 2099 в 18:00, 5-7 классы")
    question = await vk.wait_text(CURATOR, "четверг")
    assert "Концерт хора" in question
    vk.push_callback(CURATOR, button(vk, CURATOR, "16 декабря"))
    card = await vk.wait_text(CURATOR, "16 декабря")
    assert "Концерт хора" in card
