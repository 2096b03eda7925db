"""What the end-to-end tests of a message passing on an announcement share (a forward, VK
«Переслать»: `fwd_messages`, attack x; a reply, VK «Ответить»: `reply_message`, leftconv20;
the bot's own message sent back, attack z): the announcement, a plan file, the partner who
passes them on and the earlier message as VK puts it inside the new one."""

from __future__ import annotations

import time
from typing import Any

from bot.core.models import OrgKind, Role
from tests.e2e.conftest import Running

POST = "Мастер-класс по робототехнике 15 декабря с 15:00 до 16:30, 9–11 классы, ауд. 204"
CSV = "Дата;Время;Название;Классы\n16.12.2026;15:00;Лекция о космосе;9А\n".encode()


async def kgtu_partner(running: Running, vk_id: int) -> None:
    """`vk_id` is Анна, a partner of КГТУ, in the running bot's store."""
    store = running.app.store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(vk_id, Role.PARTNER, "Анна", org.id)


def earlier_message(
    text: str,
    *,
    author: int,
    peer_id: int,
    conversation_message_id: int,
    attachments: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A message written an hour ago, as VK nests it in `fwd_messages` or `reply_message`."""
    return {
        "from_id": author,
        "peer_id": peer_id,
        "date": int(time.time()) - 3600,
        "conversation_message_id": conversation_message_id,
        "id": 0,
        "text": text,
        "attachments": attachments or [],
    }
