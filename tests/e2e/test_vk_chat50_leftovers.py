"""chat50 through the real bot and the local VK server (clock Monday 14 December 2026): a
misspelt kind word («екскурсию») signs up for the excursion and a teacher's «экскурся»
is corrected on the card; «будет ли концерт …?» searches the concert; «хотя нет, не пойду»
with nothing held says there is nothing to cancel; a partner's «что у нас пересекается?»
lists the clashes, not the plan."""

from __future__ import annotations

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_student_words import Chat
from tests.e2e.vk_server import FakeVK

KGTU, ANNA = 2001, 3001


async def _planned(vk: FakeVK) -> Chat:
    """КГТУ's lecture on Monday 21 December, excursion on Saturday 19 December for 9Б and
    concert on Wednesday 16 December for 10А, all saved; Анна has said she is from 9Б."""
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    for line in (
        "Лекция о космосе 21 декабря с 15:00 до 16:00 для 9б",
        "Экскурсия в музей янтаря 19 декабря с 15:00 до 16:00 для 9б",
        "Концерт хора 16 декабря с 15:00 до 16:00 для 10а",
    ):
        await chat.say(KGTU, line, "Сохранить?")
        await chat.say(KGTU, "да", "Сохранено")
    await chat.say(ANNA, "я из 9Б", "Запомнил")
    return chat


async def test_a_misspelt_kind_word(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: «Не нашёл впереди мероприятия «екскурсию»», and a card «Экскурся»."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    answer = await chat.say(ANNA, "запиши на екскурсию", "Вы записаны")
    assert "Экскурсия в музей янтаря" in answer, answer
    card = await chat.say(KGTU, "экскурся для 9б 18 декабря в 10:00", "Сохранить?")
    assert "📌 Экскурсия" in card, card
    assert "«экскурся» → «экскурсия»" in card, card


async def test_will_there_be_a_concert(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: the whole day listed, no word searched."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    answer = await chat.say(KGTU, "будет ли концерт 16 декабря?", "Концерт хора")
    assert "концерт" in answer.replace("Концерт хора", ""), answer


async def test_a_second_thought_with_nothing_held(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: «Извините, не понял»."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    await chat.say(ANNA, "запиши на олимпиаду", "Не нашёл")
    answer = await chat.say(ANNA, "хотя нет, не пойду", "Отменять нечего")
    assert "мои записи" in answer, answer


async def test_what_clashes_with_us(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: «что у нас пересекается?» listed every event from today."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    await chat.say(KGTU, "Квиз для 9б 21 декабря в 15:00", "Сохранить")
    await chat.say(KGTU, "да", "Сохранено")
    answer = await chat.say(KGTU, "что у нас пересекается?", "Накладки")
    assert "Квиз" in answer, answer
    assert "Лекция о космосе" in answer, answer
