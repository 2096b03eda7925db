"""attack z (tests/data/attack_2026-12-03z.md), #3, through the real bot and the local VK
server: the bot's own message forwarded back to it (a reminder, a card: `fwd_messages` whose
author is this community, -GROUP) was read as an announcement — «Я понял так: 📌
Напоминание: «Мастер-класс …»», a copy of a saved event one «да» away. A reply to the bot's
message was already read as written (leftconv20, item 4); a forward now is too. Another
community's message forwarded is still read, and a student passing on a partner's
announcement («вот» as a reply, or a forward) saves nothing (held up)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.core.models import Role
from tests.e2e.conftest import Running
from tests.e2e.test_vk_left_conv20 import GROUP, PARTNER, POST, partner, quoted

STUDENT = 2401
REMINDER = (
    "Напоминание: завтра, 15 декабря, в 15:00 «Мастер-класс по робототехнике», ауд. 204, "
    "9–11 классы"
)


async def answered(running: Running, vk_id: int, count: int = 1) -> list[str]:
    vk = running.vk
    await vk.wait_for(lambda s: len(s.texts_to(vk_id)) >= count)
    await asyncio.sleep(0.1)
    return vk.texts_to(vk_id)


async def test_the_bots_own_message_forwarded_back_is_no_announcement(
    polling_bot: Running,
) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, "", fwd_messages=[quoted(REMINDER, author=-GROUP)])
    [reply] = await answered(polling_bot, PARTNER)
    assert "Я понял так" not in reply
    assert "не понял" in reply
    colleague = quoted("", author=777)
    colleague["fwd_messages"] = [quoted(REMINDER, author=-GROUP)]  # nested in a colleague's
    vk.push_message(PARTNER, "", fwd_messages=[colleague])
    replies = await answered(polling_bot, PARTNER, 2)
    assert not any("Я понял так" in t for t in replies)


async def test_another_communitys_message_forwarded_is_still_read(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, "", fwd_messages=[quoted(POST, author=-999)])
    text = await vk.wait_text(PARTNER, "Я понял так")
    assert "Мастер-класс по робототехнике" in text


async def test_a_student_passing_on_a_partners_announcement_saves_nothing(
    polling_bot: Running,
) -> None:
    await partner(polling_bot)
    store = polling_bot.app.store
    await store.save_person(STUDENT, Role.STUDENT, "", class_name="9А")
    vk = polling_bot.vk
    vk.push_message(STUDENT, "вот", reply_message=quoted(POST, author=PARTNER))
    vk.push_message(STUDENT, "", fwd_messages=[quoted(POST, author=PARTNER)])
    vk.push_message(STUDENT, "да")
    replies = await answered(polling_bot, STUDENT, 3)
    assert sum("Добавлять мероприятия могут педагоги и партнёры" in t for t in replies) == 2
    assert not any("Я понял так" in t for t in replies)
    assert await store.events_between(datetime(2000, 1, 1, tzinfo=UTC), None) == []
