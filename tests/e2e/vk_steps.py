"""Steps the Long Poll end-to-end tests take again and again through the local VK server
(tests/e2e/vk_server.py): typing as a person, and the opening of a change test — two
partners invited, one event saved by the first, a student of its classes signed up for it.
"""

from __future__ import annotations

import re
from typing import Any

from bot.storage import PlanStore
from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_vk_conversation import button, invite
from tests.e2e.vk_server import FakeVK


def vk_say(vk: FakeVK) -> Any:
    """A `say(peer, text)` coroutine function that pushes `text` as `peer`'s message."""

    async def say(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    return say


async def saved_and_signed_up(
    vk: FakeVK, partners: tuple[int, int], event: str, title: str, student: tuple[int, str]
) -> str:
    """The curator invites КГТУ (`partners[0]`) and БФУ (`partners[1]`); КГТУ sends `event`
    (its card shows `title`) and saves it; the student (`student`: VK id and «я из 9Б») names
    their class, asks «что 17 декабря?» and signs up for the first event listed. Returns the
    student's listing (the text that showed `title`)."""
    kgtu, bfu = partners
    pupil, class_line = student
    await invite(vk, vk_say(vk), kgtu, "КГТУ")
    await invite(vk, vk_say(vk), bfu, "БФУ")
    vk.push_message(kgtu, event)
    await vk.wait_text(kgtu, title)
    vk.push_message(kgtu, "да")
    await vk.wait_text(kgtu, "Сохранено")
    vk.push_message(pupil, class_line)
    await vk.wait_text(pupil, "Запомнил")
    vk.push_message(pupil, "что 17 декабря?")
    listing = await vk.wait_text(pupil, title)
    vk.push_callback(pupil, button(vk, pupil, "Записаться: 1"))
    await vk.wait_text(pupil, "Вы записаны")
    return listing


def vk_and_store(running: Running) -> tuple[FakeVK, PlanStore]:
    """The local VK server and the bot's store of a running bot (the store is always open
    while the bot runs)."""
    store = running.app.store
    assert store is not None
    return running.vk, store


async def teacher_joined(vk: FakeVK, teacher: int) -> None:
    """The curator's «пригласи педагога» and `teacher` sending its code: a school teacher."""
    vk.push_message(CURATOR, "пригласи педагога")
    await vk.wait_text(CURATOR, "педагога школы")
    [code] = re.findall(r"педагога школы: ([A-Z2-9]{8})", vk.texts_to(CURATOR)[-1])
    vk.push_message(teacher, code)
    await vk.wait_for(lambda s: len(s.texts_to(teacher)) >= 1)
