"""chat49's yes/no questions through the real bot and the local VK server (clock Monday
14 December 2026): a past-tense one a week before the day («была ли лекция 21 декабря?»),
one made sure of with a word before the verb («а экскурсия точно будет в субботу в 15:00?»)
and a class with a generic activity word («будут ли у 9 «Б» занятия в субботу?»); and the
walk's fix: the end asked («а сколько она будет длиться?») and typed («до 13:00») on a card."""

from __future__ import annotations

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.test_vk_student_words import Chat
from tests.e2e.vk_server import FakeVK

KGTU, ANNA = 2001, 3001


async def _planned(vk: FakeVK) -> Chat:
    """КГТУ's lecture on Monday 21 December and excursion on Saturday 19 December for 9Б,
    both saved; Анна has said she is from 9Б."""
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    for line in (
        "Лекция о космосе 21 декабря с 15:00 до 16:00 для 9б",
        "Экскурсия в музей янтаря 19 декабря с 15:00 до 16:00 для 9б",
    ):
        await chat.say(KGTU, line, "Сохранить?")
        await chat.say(KGTU, "да", "Сохранено")
    await chat.say(ANNA, "я из 9Б", "Запомнил")
    return chat


def _no_card(vk: FakeVK, peer: int) -> None:
    assert not any("Сохранить?" in t for t in vk.texts_to(peer)), vk.texts_to(peer)


async def test_was_there_a_lecture_a_week_before(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: «На 21 декабря 2025 года (вс) …» — the year gone."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    answer = await chat.say(ANNA, "была ли лекция 21 декабря?", "Лекция о космосе")
    assert "ещё не наступило" in answer, answer
    assert "2025" not in answer, answer


async def test_is_the_excursion_surely_on_saturday(clocked_bot: tuple[Running, FixedClock]) -> None:
    """Before: an event card «Экскурсия точно будет?»."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    answer = await chat.say(
        ANNA, "а экскурсия точно будет в субботу в 15:00?", "Экскурсия в музей янтаря"
    )
    assert "19 декабря" in answer, answer
    _no_card(running.vk, ANNA)


async def test_will_the_class_have_activities_on_saturday(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    """Before: «… мероприятий по словам «занятия» нет»."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    answer = await chat.say(ANNA, "будут ли у 9 «Б» занятия в субботу?", "Экскурсия в музей янтаря")
    assert "9Б" in answer, answer
    assert "занятия" not in answer, answer


async def test_the_end_asked_then_typed_on_a_card(clocked_bot: tuple[Running, FixedClock]) -> None:
    """chat49's walk: on a partner's card without an end, «а сколько она будет длиться?»
    listed the whole plan and «до 13:00» was «не понял»; now the card answers, then takes
    the end, and «да» saves it."""
    running, _ = clocked_bot
    chat = await _planned(running.vk)
    await chat.say(KGTU, "Экскурсия в музей 18 декабря в 10:00 для 9б", "Сохранить?")
    answer = await chat.say(KGTU, "а сколько она будет длиться?", "Окончание на карточке")
    assert "не указано" in answer, answer
    assert "Лекция о космосе" not in answer, answer
    card = await chat.say(KGTU, "до 13:00", "Сохранить?")
    assert "10:00–13:00" in card, card
    saved = await chat.say(KGTU, "да", "Сохранено")
    assert "10:00–13:00" in saved, saved
