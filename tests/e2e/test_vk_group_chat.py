"""A VK group chat (peer_id ≥ 2000000000) through the real bot and the local VK server.

VK delivers to a community bot in a chat the messages that mention the community
(«[club4242|@school] …») or reply to its messages (and every message only when the bot was
given access to all of them). The bot works one to one: a message addressed to it in a chat
gets one line in that chat saying so, with the link to the community's private messages;
nothing in a chat acts for its sender (from_id is a person, the chat is not their private
dialogue). Chatter not addressed to the bot gets no answer and a debug log line.
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from tests.e2e.conftest import CURATOR, Running
from tests.e2e.vk_server import GROUP_ID

CHAT = 2_000_000_001
STUDENT, PARTNER = 3101, 3102


async def test_a_mention_in_a_group_chat_gets_a_pointer_to_private_messages(
    polling_bot: Running,
) -> None:
    vk = polling_bot.vk
    vk.push_message(STUDENT, f"[club{GROUP_ID}|@school] что на этой неделе?", peer_id=CHAT)
    text = await vk.wait_text(CHAT, "личн")
    assert f"vk.com/im?sel=-{GROUP_ID}" in text
    assert vk.texts_to(STUDENT) == []  # nothing goes to the sender's private dialogue
    [sent] = [m for m in vk.sent if CHAT in m.peer_ids]
    assert sent.keyboard is None  # no buttons in a chat: they would act for whoever presses


async def test_an_event_written_in_a_chat_is_not_saved_and_the_writer_is_told(
    polling_bot: Running,
) -> None:
    vk = polling_bot.vk
    # the curator could add events in private; in a chat nothing acts for the sender
    vk.push_message(
        CURATOR,
        f"[club{GROUP_ID}|Гимназия], Экскурсия в лабораторию 4 декабря в 11:00, 9Б",
        peer_id=CHAT,
    )
    text = await vk.wait_text(CHAT, "личн")
    assert "мероприят" in text  # says where an event is to be sent
    await asyncio.sleep(0.1)
    # nothing was handled for the sender: no person, no draft, no event
    assert await polling_bot.app.store.get_person_by_vk(CURATOR) is None


async def test_a_reply_to_the_bot_in_a_chat_is_answered_too(polling_bot: Running) -> None:
    vk = polling_bot.vk
    reply_to = {
        "id": 0,
        "from_id": -GROUP_ID,
        "peer_id": CHAT,
        "text": "…",
        "date": 0,
        "conversation_message_id": 7,
    }
    vk.push_message(STUDENT, "а завтра что?", peer_id=CHAT, reply_message=reply_to)
    await vk.wait_text(CHAT, "личн")


async def test_chatter_not_addressed_to_the_bot_is_ignored_and_logged(
    polling_bot: Running, caplog: pytest.LogCaptureFixture
) -> None:
    vk = polling_bot.vk
    caplog.set_level(logging.DEBUG, logger="bot.transports.vk.updates")
    vk.push_message(STUDENT, "ребята, кто идёт завтра на лекцию?", peer_id=CHAT)
    vk.push_message(STUDENT, "помощь")  # a private message after it: handled in order
    await vk.wait_text(STUDENT, "Согласовано")
    await asyncio.sleep(0.1)
    assert vk.texts_to(CHAT) == []
    assert any("group chat" in r.getMessage() for r in caplog.records if r.levelno == 10)


async def test_the_community_added_to_a_chat_says_once_where_it_works(
    polling_bot: Running,
) -> None:
    vk = polling_bot.vk
    # VK's service message when someone adds the community to a chat (action
    # chat_invite_user, member_id: the community as a negative id)
    invited = {"type": "chat_invite_user", "member_id": -GROUP_ID}
    vk.push_message(STUDENT, "", peer_id=CHAT, action=invited)
    text = await vk.wait_text(CHAT, "личн")
    assert f"vk.com/im?sel=-{GROUP_ID}" in text
    other = {"type": "chat_invite_user", "member_id": STUDENT + 1}  # a person added
    vk.push_message(STUDENT, "", peer_id=CHAT, action=other)
    vk.push_message(STUDENT, "помощь")
    await vk.wait_text(STUDENT, "Согласовано")
    assert len(vk.texts_to(CHAT)) == 1
