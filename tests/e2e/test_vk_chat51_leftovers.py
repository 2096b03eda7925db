"""chat51 through the real bot and the local VK server (clock Monday 14 December 2026):
«с чем пересекается экскурсия?» with no card open answers the saved excursion's clashes
(a button each when several fit); a partner's «что у нас в декабре?» lists its own events;
«Мастер-клас» is corrected; «Встречин проведёт лекцию» is titled «Лекция»; a question after
a draft is answered after its card."""

from __future__ import annotations

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_vk_conversation import button, invite
from tests.e2e.test_vk_student_words import Chat
from tests.e2e.vk_server import FakeVK

KGTU, MUSEUM = 2001, 2002


async def _planned(vk: FakeVK) -> Chat:
    """КГТУ's lecture on Monday 21 December and excursion on Saturday 19 December for 9Б,
    and the museum's excursion for 9Б on 21 December at 15:30 (clashing with the lecture),
    all saved."""
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    await invite(vk, say_plain, MUSEUM, "Музей янтаря")
    for peer, line in (
        (KGTU, "Лекция о космосе 21 декабря с 15:00 до 16:00 для 9б"),
        (KGTU, "Экскурсия в планетарий 19 декабря с 15:00 до 16:00 для 9б"),
        (MUSEUM, "Экскурсия «Янтарная комната» 21 декабря с 15:30 до 16:30 для 9б"),
    ):
        await chat.say(peer, line, "Сохранить")
        await chat.say(peer, "да", "Сохранено")
    return chat


async def test_an_events_clashes_asked_by_its_title(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    """Before: «Сейчас нет открытой карточки…», though both excursions are saved."""
    running, _ = clocked_bot
    vk = running.vk
    chat = await _planned(vk)
    which = await chat.say(MUSEUM, "с чем пересекается экскурсия?", "накладки какого")
    assert "Янтарная комната" in which, which
    assert "Экскурсия в планетарий" in which, which
    numbered = [line for line in which.splitlines() if "Янтарная комната" in line]
    number = numbered[0].split(".")[0]
    vk.push_callback(MUSEUM, button(vk, MUSEUM, f"Накладки: {number}"))
    answer = await vk.wait_text(MUSEUM, "накладки (1)")
    assert "Лекция о космосе" in answer, answer


async def test_a_partners_own_events(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: every organiser's events."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    answer = await chat.say(MUSEUM, "что у нас в декабре?", "Янтарная комната")
    assert "Лекция о космосе" not in answer, answer
    answer = await chat.say(KGTU, "что у музея в декабре?", "Янтарная комната")
    assert "Лекция о космосе" not in answer, answer


async def test_a_misspelt_master_class(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: the card's title kept «Мастер-клас»."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    card = await chat.say(MUSEUM, "Мастер-клас по янтарю 22 декабря в 15:00 для 9б", "Сохранить")
    assert "📌 Мастер-класс по янтарю" in card, card
    assert "«Мастер-клас» → «Мастер-класс»" in card, card


async def test_a_surname_opening_a_draft(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: the card's title was «Встречин»."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    card = await chat.say(KGTU, "Встречин проведёт лекцию 22 декабря в 15:00 для 9б", "Сохранить")
    assert "📌 Лекция\n" in card, card


async def test_a_question_after_a_draft(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: the card only; «А экскурсия будет?» was dropped."""
    running, _ = clocked_bot
    vk = running.vk
    chat = await _planned(vk)
    before = len(vk.texts_to(KGTU))
    await chat.say(KGTU, "22 декабря в 15:00 концерт для 10а. А экскурсия будет?", "Сохранить")
    await vk.wait_for(lambda s: any("«экскурсия»" in t for t in s.texts_to(KGTU)[before:]))
    answer = next(t for t in vk.texts_to(KGTU)[before:] if "«экскурсия»" in t)
    assert "Экскурсия в планетарий" in answer, answer
