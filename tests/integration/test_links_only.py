"""A message that is only a link (newcomer walk 2026-12-01b, finding 10): the bot does not
open web pages, so it asks for the announcement's text instead of «не понял»; a link inside
an announcement is read as before."""

from __future__ import annotations

import pytest

from tests.integration.test_conversation_changes import KGTU_REP, STUDENT, World
from tests.integration.test_conversation_changes import world as world  # the fixture


@pytest.mark.parametrize(
    "text", ["https://kgtu.ru/news/12345", "vk.com/wall-123_456", "www.kgtu.ru, https://kgtu.ru/a"]
)
async def test_only_a_link_asks_for_the_text(world: World, text: str) -> None:
    for person in (KGTU_REP, STUDENT):
        [reply] = await world.say(person, text)
        assert reply.template == "link_not_opened", (person, text)
        assert "Вставьте сюда сам текст объявления" in world.text(reply)


async def test_a_link_inside_an_announcement_is_no_obstacle(world: World) -> None:
    said = "Лекция о космосе 10 декабря в 15:00 для 9б, подробности https://kgtu.ru/news/1"
    [card] = await world.say(KGTU_REP, said)
    assert card.template == "event_card"
