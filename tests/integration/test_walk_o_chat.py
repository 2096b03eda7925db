"""Adversarial walk o (2026-12-02) in the chat: the planner over a real store, a frozen clock
(Tuesday 1 December 2026, 10:00, partner_world) and the real templates; what is saved is read
back from the store. Sentences written for these tests, not the walk's."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.models import Event, Role
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld
from tests.integration.test_poll_keeps_place import Poll, poll

world = chat_world.partner_world
__all__ = ["poll"]  # the after-event poll fixture (a student at its first question)

STUDENT = 301


async def _say(world: ChatWorld, text: str, vk_id: int | None = None) -> str:
    replies = await world.planner.handle(world.vk_id if vk_id is None else vk_id, text)
    return "\n".join(world.text(r) for r in replies)


async def _student(world: ChatWorld, class_name: str = "9Б") -> None:
    await world.store.save_person(STUDENT, Role.STUDENT, "Ученик", class_name=class_name)


async def _add(world: ChatWorld, text: str) -> None:
    await _say(world, text)
    await _say(world, "да")


async def _going(world: ChatWorld) -> list[str]:
    person = await world.store.get_person_by_vk(STUDENT)
    assert person is not None
    held = await world.store.events_of_person(person.id, datetime(2026, 12, 1, tzinfo=ZONE))
    return sorted(e.title for e, _ in held)


async def _saved(world: ChatWorld) -> list[tuple[str, str, str]]:
    events: list[Event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return sorted(
        (
            e.start.astimezone(ZONE).strftime("%d.%m %H:%M"),
            e.title,
            ",".join(sorted(e.audience.classes)),
        )
        for e in events
    )


# --- finding 1: «не пойду» right after a sign-up is about that sign-up ----------------------


async def test_wont_go_after_a_signup_by_title_cancels_that_signup(world: ChatWorld) -> None:
    await _add(world, "Семинар по робототехнике 9 декабря в 16:00, 9 классы")
    await _add(world, "Зимний бал 24 декабря в 18:00, 9 классы")
    await _student(world)
    await _say(world, "что на следующей неделе", STUDENT)
    await _say(world, "записаться 1", STUDENT)
    await _say(world, "запиши меня на бал", STUDENT)
    reply = await _say(world, "не пойду", STUDENT)
    assert "Зимний бал" in reply
    assert "Семинар" not in reply
    assert await _going(world) == ["Семинар по робототехнике"]


async def test_wont_go_without_a_list_cancels_the_signup_just_made(world: ChatWorld) -> None:
    await _add(world, "Семинар по робототехнике 9 декабря в 16:00, 9 классы")
    await _add(world, "Зимний бал 24 декабря в 18:00, 9 классы")
    await _student(world)
    await _say(world, "запиши меня на семинар", STUDENT)
    await _say(world, "запиши меня на бал", STUDENT)
    reply = await _say(world, "не пойду", STUDENT)
    assert "Зимний бал" in reply
    assert await _going(world) == ["Семинар по робототехнике"]


async def test_wont_go_with_no_signup_in_context_asks_which(world: ChatWorld) -> None:
    await _add(world, "Семинар по робототехнике 9 декабря в 16:00, 9 классы")
    await _add(world, "Зимний бал 24 декабря в 18:00, 9 классы")
    await _add(world, "Квиз по истории 10 декабря в 15:00, 9 классы")
    await _student(world)
    await _say(world, "запиши меня на семинар", STUDENT)
    await _say(world, "запиши меня на бал", STUDENT)
    await _say(world, "что 10 декабря", STUDENT)  # the one event looked at: no sign-up
    reply = await _say(world, "не пойду", STUDENT)
    assert "1. Семинар" in reply
    assert "2. Зимний бал" in reply
    assert await _going(world) == ["Зимний бал", "Семинар по робототехнике"]
    await _say(world, "2", STUDENT)
    assert len(await _going(world)) == 1


# --- finding 5: «… не будет», «отмена …» ask to cancel the event, never a new draft ---------


async def _cancel_asked(world: ChatWorld, text: str) -> str:
    """`text` said with a seminar on Thursday 3 December saved; the reply, checked to be the
    seminar's cancel card and no draft."""
    await _add(world, "Семинар «Роботы» 3 декабря в 15:00, 9 классы")
    reply = await _say(world, text)
    assert "Отменить" in reply, reply
    assert "Семинар" in reply
    assert "Во сколько" not in reply
    await _say(world, "да")
    assert await _saved(world) == []
    return reply


async def test_no_seminar_on_a_day_is_a_cancel(world: ChatWorld) -> None:
    await _cancel_asked(world, "семинара 3 декабря не будет")


async def test_cancel_noun_with_the_event_and_day_is_a_cancel(world: ChatWorld) -> None:
    await _cancel_asked(world, "Отмена семинара 3 декабря")


async def test_cancel_noun_with_a_weekday_is_a_cancel(world: ChatWorld) -> None:
    await _cancel_asked(world, "отмена в четверг")


async def test_weekday_then_cancel_noun_is_a_cancel(world: ChatWorld) -> None:
    await _cancel_asked(world, "в четверг отмена")


async def test_no_event_on_a_weekday_with_a_reason_is_a_cancel(world: ChatWorld) -> None:
    await _cancel_asked(world, "Семинара в четверг не будет, лектор заболел")


async def test_a_detail_with_ne_budet_stays_an_announcement(world: ChatWorld) -> None:
    reply = await _say(world, "Концерт 25 декабря в 17:00, 9 классы, входной платы не будет")
    assert "Сохранить?" in reply


async def test_no_class_on_a_day_is_the_cancel_of_that_days_event(world: ChatWorld) -> None:
    """«занятие» is what any class is called: the day's event, whatever its title."""
    await _add(world, "Мастерская «Янтарь» 9 декабря в 12:00, 7А")
    reply = await _say(world, "9 декабря занятия не будет")
    assert "Отменить «Мастерская „Янтарь“»" in reply


# --- finding 6: a request typed where the poll asks for a comment is answered, not stored -----


async def test_my_events_at_the_comment_step_is_answered_not_stored(poll: Poll) -> None:
    await poll.one("4")
    assert (await poll.one("8")).template == "poll_comment"
    replies = await poll.say("мои мероприятия")
    templates = [r.template for r in replies]
    assert "poll_thanks" not in templates
    assert "poll_closed_for_request" in templates
    assert templates[-1] != "poll_closed_for_request"  # the request's own answer follows
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, 8, None)


async def test_a_question_at_the_comment_step_is_answered_then_a_comment_is_kept(
    poll: Poll,
) -> None:
    await poll.one("5")
    await poll.one("9")
    replies = await poll.say("что на следующей неделе?")
    assert any(r.template in ("events_list", "no_events") for r in replies), replies
    [row] = await poll.rows()
    assert row["comment"] is None
    await poll.say("Очень понравился мастер-класс")  # the comment written afterwards is kept
    [row] = await poll.rows()
    assert row["comment"] == "Очень понравился мастер-класс"


async def test_a_real_comment_is_still_the_comment(poll: Poll) -> None:
    await poll.one("5")
    await poll.one("9")
    assert (await poll.one("Хочу ещё такие занятия")).template == "poll_thanks"
    [row] = await poll.rows()
    assert row["comment"] == "Хочу ещё такие занятия"


# --- finding 9: no day written is asked, never today; «для родителей» is the parents' ------


async def test_a_clock_without_a_day_asks_the_day(world: ChatWorld) -> None:
    reply = await _say(world, "Консультация логопеда в 7 вечера, 3Б")
    assert "На какой день" in reply
    assert "Сохранить?" not in reply
    card = await _say(world, "8 декабря")
    assert "8 декабря (вт), 19:00" in card


async def test_for_parents_of_a_class_is_the_parents_audience(world: ChatWorld) -> None:
    card = await _say(world, "Беседа с инспектором ГИБДД для родителей 3Б 8 декабря в 18:30")
    assert "👥 родители 3Б" in card


async def test_for_parents_and_children_stays_the_students(world: ChatWorld) -> None:
    card = await _say(world, "Мастер-класс для родителей и детей 8 декабря в 18:30, 3Б")
    assert "👥 3Б" in card


# --- finding 8: «на выходных 12-13 декабря» is those days, not this weekend -----------------


async def _weekend_world(world: ChatWorld) -> None:
    await _add(world, "Турнир по шашкам 5 декабря в 10:00, 9Б")
    await _add(world, "Зимняя ярмарка 12 декабря в 11:00, 9Б")
    await _student(world)


async def test_weekend_with_its_dates_and_month_is_those_days(world: ChatWorld) -> None:
    await _weekend_world(world)
    reply = await _say(world, "что на выходных 12-13 декабря", STUDENT)
    assert "Зимняя ярмарка" in reply
    assert "Турнир" not in reply


async def test_weekend_with_its_day_numbers_alone_is_those_days(world: ChatWorld) -> None:
    await _weekend_world(world)
    reply = await _say(world, "что в выходные 12 и 13", STUDENT)
    assert "Зимняя ярмарка" in reply
    assert "Турнир" not in reply


# --- finding 2: «8-е» is the eighth grade, not class 8Е ------------------------------------


async def test_the_eighth_ones_are_every_class_of_grade_8(world: ChatWorld) -> None:
    card = await _say(world, "Экскурсия на кондитерскую фабрику 10 декабря в 12:00, 8-е")
    assert "👥 8-е классы" in card
    await _say(world, "да")
    await _student(world, "8А")
    listed = await _say(world, "что на следующей неделе", STUDENT)
    assert "Экскурсия на кондитерскую фабрику" in listed
    signed = await _say(world, "запиши меня на экскурсию", STUDENT)
    assert "Вы записаны" in signed


# --- finding 7: «завтра» is the day, not part of the place ----------------------------------


async def test_tomorrow_after_the_place_is_the_day(world: ChatWorld) -> None:
    card = await _say(world, "Экскурсия в зоопарк завтра в 11, 3А")
    assert "завтра" not in card
    assert "2 декабря (ср), 11:00" in card


# --- finding 17: an angry or thumbs-down emoji is not answered with a thumbs-up -------------


async def test_an_angry_emoji_is_asked_what_is_wrong(world: ChatWorld) -> None:
    await _student(world)
    for angry in ("😡", "👎", "🤬🤬"):
        reply = await _say(world, angry, STUDENT)
        assert "👍" not in reply
        assert "Что-то не так?" in reply
    assert "👍" in await _say(world, "👍", STUDENT)


# --- finding 20: «Изменено ✅» quotes the title as every other reply does ---------------------


async def test_a_changed_event_is_named_in_quotes(world: ChatWorld) -> None:
    await _add(world, "Квиз по истории 10 декабря в 15:00, 9 классы")
    await _say(world, "назови его «Умники и умницы»")
    done = await _say(world, "да")
    assert "Изменено ✅ «Умники и умницы» — 10 декабря" in done, done


# --- finding 14: «запиши меня на концерт и на лекцию» signs up for both ----------------------


@pytest.mark.parametrize(
    "text", ["запиши меня на семинар и на бал", "запиши меня на семинар и бал"]
)
async def test_two_titles_in_one_signup_are_both_signed(world: ChatWorld, text: str) -> None:
    await _add(world, "Семинар по робототехнике 9 декабря в 16:00, 9 классы")
    await _add(world, "Зимний бал 24 декабря в 18:00, 9 классы")
    await _student(world)
    reply = await _say(world, text, STUDENT)
    assert reply.count("Вы записаны ✅") == 2, reply
    assert await _going(world) == ["Зимний бал", "Семинар по робототехнике"]


# --- finding 18: the words echoed are quoted in a frame that fits any case ------------------


async def test_several_found_by_title_quote_the_words_after_po_slovam(world: ChatWorld) -> None:
    await _add(world, "Занятие «Янтарная комната» 9 декабря в 12:00, 9 классы")
    await _add(world, "Занятие «Янтарная комната» 16 декабря в 12:00, 9 классы")
    await _student(world)
    reply = await _say(world, "запиши меня на янтарную комнату", STUDENT)
    assert "По словам «янтарную комнату» нашёл несколько мероприятий" in reply, reply
    assert "кружка" not in reply


# --- finding 12: «… отменяем», «отмени всё на <день>» find the event -------------------------


async def test_we_are_cancelling_the_seminar_asks_to_cancel_it(world: ChatWorld) -> None:
    await _cancel_asked(world, "семинар КГТУ отменяем")


async def test_cancel_everything_on_a_day_asks_to_cancel_that_days_event(world: ChatWorld) -> None:
    await _cancel_asked(world, "отмени всё на 3 декабря")
