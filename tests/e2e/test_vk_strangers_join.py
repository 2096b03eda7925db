"""A stranger's first messages through the real bot and the local VK server (walk
2026-12-01d findings 6 and 8): whoever is not linked to an organisation learns how partners
and teachers join — the invitation code the school's curator gives («пригласить партнёра
…», sent back to the community in one message) — when they write an event, ask how to
become a partner, or press «Начать»."""

from __future__ import annotations

from tests.e2e.conftest import CURATOR, Running

MUSEUM, NEWCOMER, ASKER = 5571, 5572, 5573
JOIN = "код приглашения"


async def test_a_strangers_event_says_how_to_join(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.push_message(
        MUSEUM,
        "Здравствуйте! Я из Музея янтаря, хотим провести экскурсию для 7 классов "
        "14 декабря в 11:00",
    )
    text = await vk.wait_text(MUSEUM, "куратор")
    assert JOIN in text


async def test_how_to_become_a_partner_is_answered(polling_bot: Running) -> None:
    vk = polling_bot.vk
    for question in ("как стать партнёром?", "А как добавить мероприятие?", "где взять код?"):
        vk.push_message(ASKER, question)
    await vk.wait_for(lambda s: len(s.texts_to(ASKER)) >= 3)
    for text in vk.texts_to(ASKER):
        assert "не понял" not in text
        assert JOIN in text


async def test_the_curator_asking_is_told_how_to_invite(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.push_message(CURATOR, "как стать партнёром?")
    text = await vk.wait_text(CURATOR, "пригласить партнёра")
    assert "не понял" not in text


async def test_the_start_button_tells_a_newcomer_how_staff_and_partners_join(
    polling_bot: Running,
) -> None:
    vk = polling_bot.vk
    vk.push_message(NEWCOMER, "Начать", payload={"command": "start"})
    text = await vk.wait_text(NEWCOMER, "Здравствуйте")
    assert "я из 9Б" in text  # still the student's next step first
    assert JOIN in text
