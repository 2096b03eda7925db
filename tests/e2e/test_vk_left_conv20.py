"""Left open by attack x #3 (leftconv20, item 4), through the real bot and the local VK
server: a reply (VK «Ответить»: `reply_message`) to a colleague's announcement with words of
its own that only pass it on («вот», «добавь это», «это тоже») was read as those words —
«не понял». Now it is read as the quoted announcement (its text, a wall post or a plan file
in it), as a forwarded one is; a reply with words of its own (a question, a date) and a
reply to the bot's own message are read as written."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.e2e.conftest import Running
from tests.e2e.passing_on import CSV, POST, earlier_message, kgtu_partner

PARTNER = 2302
GROUP = 4242  # tests/e2e/vk_server.GROUP_ID: the community's messages come from -GROUP


async def partner(running: Running) -> None:
    await kgtu_partner(running, PARTNER)


def quoted(text: str, author: int = 777, attachments: list | None = None) -> dict[str, Any]:
    """The message replied to, as VK puts it in `reply_message`."""
    return earlier_message(
        text, author=author, peer_id=PARTNER, conversation_message_id=3, attachments=attachments
    )


@pytest.mark.parametrize("words", ["вот", "добавь это", "это тоже", "Вот, внесите, пожалуйста"])
async def test_a_reply_passing_on_an_announcement_reads_it(
    polling_bot: Running, words: str
) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, words, reply_message=quoted(POST))
    text = await vk.wait_text(PARTNER, "Я понял так")
    assert "Мастер-класс по робототехнике" in text
    assert "15 декабря" in text


async def test_a_reply_passing_on_a_plan_file_imports_it(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    doc = vk.host_document(777, "plan.csv", CSV)
    vk.push_message(PARTNER, "вот", reply_message=quoted("", attachments=[doc]))
    summary = await vk.wait_text(PARTNER, "plan.csv")
    assert "Лекция о космосе" in summary


async def test_a_reply_with_words_of_its_own_is_read_as_written(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, "помощь", reply_message=quoted(POST))
    await vk.wait_text(PARTNER, "Согласовано")
    assert not any("Я понял так" in t for t in vk.texts_to(PARTNER))


async def test_a_reply_to_the_bot_is_never_read_as_the_bots_text(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, "вот", reply_message=quoted(POST, author=-GROUP))
    await vk.wait_for(lambda s: bool(s.texts_to(PARTNER)))
    await asyncio.sleep(0.1)
    assert not any("Я понял так" in t for t in vk.texts_to(PARTNER))
