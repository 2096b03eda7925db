"""VK's «Начать» button (issue 11 point 7): the first message of every new user carries the
payload {"command": "start"}; the real bot answers through the local VK server with the
role's greeting and its shortcut keyboard, not «Эта кнопка уже не работает»."""

from __future__ import annotations

from tests.e2e.conftest import Running

NEWCOMER = 5077


async def test_start_payload_gets_the_greeting_and_keyboard(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.push_message(NEWCOMER, "Начать", payload={"command": "start"})
    text = await vk.wait_text(NEWCOMER, "Здравствуйте")
    assert "кнопка уже не работает" not in text
    assert "я из 9Б" in text  # the student's next step
    [sent] = [m for m in vk.sent if NEWCOMER in m.peer_ids]
    assert sent.keyboard is not None
    labels = [b["action"]["label"] for row in sent.keyboard["buttons"] for b in row]
    assert "Что на этой неделе" in labels
