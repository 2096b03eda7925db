"""Attack x (tests/data/attack_2026-12-03x.md, #3 and #4), through the real bot and the local
VK server: a message with no text of its own that forwards an announcement (VK «Переслать»:
`fwd_messages`) is read as that announcement, a forwarded plan file is imported; a photo, a
voice message or a sticker alone is told that the bot reads text — never «не понял» with
examples of questions."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import Running
from tests.e2e.passing_on import CSV, POST, earlier_message, kgtu_partner

PARTNER = 2301


async def partner(running: Running) -> None:
    await kgtu_partner(running, PARTNER)


def forwarded(text: str, attachments: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One forwarded message, as VK puts it in `fwd_messages`."""
    return earlier_message(
        text, author=777, peer_id=777, conversation_message_id=4, attachments=attachments
    )


async def test_a_forwarded_announcement_is_read(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, "", fwd_messages=[forwarded(POST)])
    text = await vk.wait_text(PARTNER, "Я понял так")
    assert "Мастер-класс по робототехнике" in text
    assert "15 декабря" in text


async def test_a_forwarded_plan_file_is_imported(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    doc = vk.host_document(777, "plan.csv", CSV)
    vk.push_message(PARTNER, "", fwd_messages=[forwarded("", [doc])])
    summary = await vk.wait_text(PARTNER, "plan.csv")
    assert "Лекция о космосе" in summary


@pytest.mark.parametrize(
    ("attachment", "named"),
    [
        ({"type": "photo", "photo": {"id": 1, "album_id": -3, "owner_id": 1, "date": 1}}, "фото"),
        (
            {
                "type": "audio_message",
                "audio_message": {
                    "id": 5,
                    "owner_id": 1,
                    "duration": 3,
                    "link_mp3": "https://x/a.mp3",
                    "link_ogg": "https://x/a.ogg",
                    "waveform": [1],
                },
            },
            "голосов",
        ),
        ({"type": "sticker", "sticker": {"inner_type": "base_sticker_new"}}, "стикер"),
    ],
    ids=["photo", "voice", "sticker"],
)
async def test_a_photo_or_voice_alone_is_told_to_write_text(
    polling_bot: Running, attachment: dict[str, Any], named: str
) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_message(PARTNER, "", attachments=[attachment])
    await vk.wait_for(lambda s: bool(s.texts_to(PARTNER)))
    [reply] = vk.texts_to(PARTNER)
    assert named in reply.lower()
    assert "не понял" not in reply


@pytest.mark.parametrize(
    ("filename", "data", "said"),
    [
        ("план.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "старом формате"),
        ("положение.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        ("афиша.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "картинка"),
    ],
    ids=["xls", "pdf", "jpg"],
)
async def test_a_file_of_another_format_is_named_not_misunderstood(
    polling_bot: Running, filename: str, data: bytes, said: str
) -> None:
    """#7: a plan sent as .xls, .pdf or a picture (as a document) was «Извините, не понял»;
    the importer's own reply says what the file is and what to send instead."""
    await partner(polling_bot)
    vk = polling_bot.vk
    vk.push_document(PARTNER, filename, data)
    reply = await vk.wait_text(PARTNER, filename)
    assert said in reply
    assert "не понял" not in reply


async def test_an_announcement_with_its_pdf_is_read_from_the_text(polling_bot: Running) -> None:
    await partner(polling_bot)
    vk = polling_bot.vk
    doc = vk.host_document(PARTNER, "положение.pdf", b"%PDF-1.4\n")
    vk.push_message(PARTNER, POST, attachments=[doc])
    text = await vk.wait_text(PARTNER, "Я понял так")
    assert "Мастер-класс по робототехнике" in text
