"""A student's words through the real bot and the local VK server (newcomer walk
2026-12-01, findings 8 and 18): «запиши меня на второе» after a list of two, «на пайку
тоже запиши», «не пойду на олимпиаду» cancelling only this student's own sign-up (another
student's seat and the event itself stay), a partner's «отмени …» still cancelling the EVENT
via its card; then the poll's 0–10 step reading «ну 8 наверное» and, in a second student's
poll, keeping a text without a score as the comment."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import EventStatus
from bot.core.ports import FixedClock
from tests.e2e.conftest import TZ, Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.vk_server import FakeVK

KGTU, ANNA, BORIS = 2001, 3001, 3002


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


class Chat:
    """Say something as someone and wait for the reply holding a fragment."""

    def __init__(self, vk: FakeVK) -> None:
        self.vk = vk

    async def say(self, peer: int, text: str, expect: str) -> str:
        before = len(self.vk.texts_to(peer))

        def arrived(server: FakeVK) -> bool:
            return any(expect in t for t in server.texts_to(peer)[before:])

        self.vk.push_message(peer, text)
        await self.vk.wait_for(arrived)
        return next(t for t in self.vk.texts_to(peer)[before:] if expect in t)


async def test_a_students_words_for_sign_up_cancel_and_poll(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk, store = running.vk, running.app.store
    chat = Chat(vk)

    async def say_plain(peer: int, text: str) -> None:
        vk.push_message(peer, text)

    await invite(vk, say_plain, KGTU, "КГТУ")
    for line in (
        "Олимпиада по робототехнике 18 декабря с 15:00 до 16:00 для 9б",
        "Мастер-класс по пайке 18 декабря с 11:00 до 12:00 для 9б",
        "Лекция о профессиях 21 декабря с 15:00 до 16:00 для 9б",
    ):
        await chat.say(KGTU, line, "Сохранить?")
        await chat.say(KGTU, "да", "Сохранено")
    for student in (ANNA, BORIS):
        await chat.say(student, "я из 9Б", "Запомнил")

    listing = await chat.say(ANNA, "что 18 декабря?", "Олимпиада по робототехнике")
    assert "1. 11:00–12:00 Мастер-класс по пайке" in listing
    assert "2. 15:00–16:00 Олимпиада по робототехнике" in listing
    signed = await chat.say(ANNA, "запиши меня на второе", "Вы записаны")
    assert "Олимпиада по робототехнике" in signed
    signed = await chat.say(ANNA, "на пайку тоже запиши", "Вы записаны")
    assert "Мастер-класс по пайке" in signed
    await chat.say(BORIS, "запиши меня на олимпиаду", "Вы записаны")

    told_partner = len(vk.texts_to(KGTU))
    cancelled = await chat.say(ANNA, "не пойду на олимпиаду", "отменена")
    assert "Олимпиада по робототехнике" in cancelled
    events = {e.title: e for e in await store.events_between(at("2026-12-14T00:00"), None)}
    olympiad = events["Олимпиада по робототехнике"]
    assert olympiad.status is not EventStatus.CANCELLED  # the event stays
    anna = await store.get_person_by_vk(ANNA)
    boris = await store.get_person_by_vk(BORIS)
    assert anna is not None
    assert boris is not None
    assert await store.signup_status(olympiad.id, anna.id) not in ("going", "waiting")
    assert await store.signup_status(olympiad.id, boris.id) == "going"  # not another's seat
    pair = events["Мастер-класс по пайке"]
    assert await store.signup_status(pair.id, anna.id) == "going"  # not another sign-up
    none_left = await chat.say(ANNA, "отпиши меня от лекции пожалуйста", "ничего не отменил")
    assert "мои записи" in none_left
    assert len(vk.texts_to(KGTU)) == told_partner  # no event changed: nobody else is told

    # the partner's «отмени …» is still the EVENT's cancel card, answered «нет»
    card = await chat.say(KGTU, "отмени лекцию о профессиях", "Лекция о профессиях")
    assert card.startswith("Отменить «Лекция о профессиях»")
    await chat.say(KGTU, "нет", "")
    lecture = events["Лекция о профессиях"]
    kept = await store.get_event(lecture.id)
    assert kept is not None
    assert kept.status is not EventStatus.CANCELLED

    # the poll after the master class: «4», then «ну 8 наверное» at the 0–10 step
    clock.set(at("2026-12-18T12:05"))
    await running.app.loop.tick()
    await vk.wait_text(ANNA, "Как прошло")
    await chat.say(ANNA, "4", "посоветуете")
    await chat.say(ANNA, "ну 8 наверное", "Хотите что-то добавить")
    await chat.say(ANNA, "нет", "Спасибо за отзыв")

    # Boris's poll of the olympiad: a text with no score at the 0–10 step is the comment
    clock.set(at("2026-12-18T16:05"))
    await running.app.loop.tick()
    await vk.wait_text(BORIS, "Как прошло")
    await chat.say(BORIS, "5", "посоветуете")
    comment = "паяльники были старые, но преподаватель классный)))"
    thanks = await chat.say(BORIS, comment, "Спасибо за отзыв")
    assert "оценку от 0 до 10 оставил пустой" in thanks
    assert not any("Не понял" in t for t in vk.texts_to(ANNA) + vk.texts_to(BORIS))

    answers = await store.feedback_of([pair.id, olympiad.id])
    by_event = {row["event_id"]: row for row in answers}
    assert (by_event[pair.id]["rating"], by_event[pair.id]["recommend"]) == (4, 8)
    olympiad_row = by_event[olympiad.id]
    assert (olympiad_row["rating"], olympiad_row["recommend"]) == (5, None)
    assert olympiad_row["comment"] == comment
