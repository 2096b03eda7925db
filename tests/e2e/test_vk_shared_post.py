"""A wall post shared into the community's messages (VK «Поделиться → в сообщении»): the
message carries an attachment of type "wall" whose object has the post's text (VK docs,
"Media attachments / Wall post"). A partner's usual way to pass on its announcement: the
post's text is read as if it had been pasted (through the real bot and the local VK server).
"""

from __future__ import annotations

from typing import Any

from bot.core.models import OrgKind, Role
from tests.e2e.conftest import Running

PARTNER = 2201
POST = "Приглашаем девятиклассников на лекцию «Корабли будущего» 12 декабря в 15:00, ауд. 101."


def wall(text: str, *, shared: str | None = None) -> dict[str, Any]:
    """A "wall" attachment; `shared`: the post is itself a repost of a post with this text."""
    post: dict[str, Any] = {"id": 77, "owner_id": -555, "from_id": -555, "text": text}
    if shared is not None:
        post["copy_history"] = [{"id": 5, "owner_id": -556, "from_id": -556, "text": shared}]
    return {"type": "wall", "wall": post}


async def partner(running: Running) -> None:
    store = running.app.store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)


async def test_a_shared_post_is_read_as_a_pasted_announcement(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, "", attachments=[wall(POST)])
    text = await vk.wait_text(PARTNER, "Я понял так")
    assert "Корабли будущего" in text
    assert "12 декабря" in text
    assert "15:00" in text


async def test_a_shared_post_with_a_word_of_its_own_is_still_read(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, "вот наш пост", attachments=[wall(POST)])
    text = await vk.wait_text(PARTNER, "Я понял так")
    assert "Корабли будущего" in text


async def test_a_repost_of_a_repost_is_read_from_the_original(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, "", attachments=[wall("", shared=POST)])
    text = await vk.wait_text(PARTNER, "Я понял так")
    assert "Корабли будущего" in text
