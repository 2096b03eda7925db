"""fixchat49 (review49 #2) through the real bot and the local VK server (clock Monday
14 December 2026): a partner's announcement that ends with a question of its own («…,
сможете прийти?») or opens with a request («Добавьте, пожалуйста: …») gives its card, which
«да» saves; chat49 made each a plan question and lost the draft."""

from __future__ import annotations

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_student_words import Chat

KGTU = 2001


async def test_an_announcement_with_its_own_question_is_saved(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk = running.vk
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    card = await chat.say(
        KGTU, "Ребята, 19 декабря в 10:00 будет субботник для 9б, сможете прийти?", "Сохранить?"
    )
    assert "19 декабря (сб), 10:00" in card, card
    assert "Субботник" in card, card
    saved = await chat.say(KGTU, "да", "Сохранено")
    assert "19 декабря" in saved, saved
    card = await chat.say(
        KGTU,
        "Добавьте, пожалуйста: 18 декабря в 11:00 будет экскурсия в музей для 9б?",
        "Сохранить?",
    )
    assert "18 декабря (пт), 11:00" in card, card
    await chat.say(KGTU, "да", "Сохранено")
