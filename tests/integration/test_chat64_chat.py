"""chat64: the poll's old buttons after a review, a student's questions about a saved event,
a parent writing for a child — through the real chat core (tests/chat_world.py: the real
planner, a real store — SQLite, PostgreSQL under tests/pg_everywhere.py — the real
templates; clock Tuesday 1 December 2026, PLAN42). All sentences are my own."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.core.models import Audience, EventDetails, NewEvent, OrgKind
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said
from tests.integration.test_poll_keeps_place import Poll, poll

__all__ = ["poll"]  # the after-event poll fixture (a student at its rating question)

student = chat_world.plan_student
teacher = chat_world.class_teacher


async def _press(poll: Poll, data: dict[str, object]) -> list[Reply]:
    replies = await poll.planner.handle(21, "", data)
    for reply in replies:
        assert reply.template != "error"
        poll.text(reply)
    return replies


# --- 1: the old poll's buttons after a review typed at the rating --------------------------


async def test_a_rating_pressed_after_a_review_keeps_the_review(poll: Poll) -> None:
    review = "Понравилось, особенно сборка робота своими руками"
    [thanks] = await poll.say(review)
    assert thanks.template == "poll_thanks", poll.text(thanks)
    [asked] = await _press(poll, {"a": "rate", "e": poll.event_id, "v": 4})
    assert asked.template == "poll_recommend"
    [row] = await poll.rows()
    assert (row["rating"], row["comment"]) == (4, review)
    [question] = await _press(poll, {"a": "recommend", "e": poll.event_id, "v": 9})
    assert "Ваш отзыв, написанный раньше, сохранён" in poll.text(question)
    assert (await poll.one("нет")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"], row["comment"]) == (4, 9, review)


async def test_a_comment_after_the_old_buttons_adds_to_the_review(poll: Poll) -> None:
    """Before: the second comment replaced the review typed at the rating, silently."""
    review = "Понравилось, особенно сборка робота своими руками"
    await poll.say(review)
    await _press(poll, {"a": "rate", "e": poll.event_id, "v": 5})
    await _press(poll, {"a": "recommend", "e": poll.event_id, "v": 10})
    assert (await poll.one("Хотелось бы подольше")).template == "poll_thanks"
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (5, 10)
    assert row["comment"] == f"{review}\nХотелось бы подольше"


# --- 2: a student's and a class teacher's questions about a saved event --------------------


@pytest.mark.parametrize("question", ["какой кабинет?", "а в каком кабинете?", "какой адрес?"])
async def test_the_place_asked_by_its_noun_is_the_event_in_view(
    student: ChatWorld, question: str
) -> None:
    """Before: «какой кабинет?» after a sign-up listed every event from today."""
    await said(student, "запиши меня на лекцию про космос")
    templates, text = await said(student, question)
    assert templates == ["event_details"], text
    assert text.startswith("«Лекция о космосе» — 9 декабря (ср), 15:00–16:00, каб. 21"), text


async def test_the_place_of_a_named_event(student: ChatWorld) -> None:
    """Before: «в каком кабинете экскурсия?» was «Извините, не понял»."""
    templates, text = await said(student, "в каком кабинете экскурсия?")
    assert templates == ["event_details"], text
    assert "«Экскурсия в музей янтаря» — 10 декабря (чт), 15:00–16:00, каб. 21" in text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("кто проводит?", "Лекция о космосе"),
        ("а кто ведёт экскурсию?", "Экскурсия в музей янтаря"),
        ("кто организатор лекции о космосе?", "Лекция о космосе"),
    ],
)
async def test_who_runs_it_is_the_organiser_and_no_more(
    student: ChatWorld, question: str, title: str
) -> None:
    """Before: «Извините, не понял». The plan knows the organisation, not the person."""
    await said(student, "запиши меня на лекцию про космос")
    templates, text = await said(student, question)
    assert templates == ["event_details"], text
    assert text.startswith("Организатор — КГТУ; ведущего по имени в плане нет"), text
    assert f"«{title}»" in text


async def test_a_class_teacher_asks_about_the_excursion(teacher: ChatWorld) -> None:
    """The same questions from 9Б's class teacher, one conversation."""
    templates, text = await said(teacher, "какой кабинет у экскурсии?")
    assert templates == ["event_details"], text
    assert "каб. 21" in text, text
    templates, text = await said(teacher, "кто проводит экскурсию?")
    assert "Организатор — КГТУ" in text, text
    assert "классного руководителя" not in text, text
    templates, text = await said(teacher, "а во сколько заканчивается?")
    assert templates == ["event_details"], text
    assert "15:00–16:00" in text, text
    templates, text = await said(teacher, "что взять с собой?")
    assert templates == ["organiser_question"], text
    assert "«Экскурсия в музей янтаря» (КГТУ)" in text, text


async def test_what_to_bring_is_quoted_from_the_description(student: ChatWorld) -> None:
    """Before: «Этого в плане нет» though the organiser wrote it in the announcement."""
    org = await student.store.create_organisation("Музей океана", OrgKind.PARTNER)
    start = datetime(2026, 12, 11, 11, 0, tzinfo=ZONE)
    about = "Квест по кораблю. Возьмите с собой сменную обувь и блокнот. Сбор у входа."
    new = NewEvent(
        "Квест на корабле",
        org.id,
        start,
        start + timedelta(hours=2),
        venue="Музей океана",
        audience=Audience(classes=frozenset({"9Б"})),
        details=EventDetails(description=about),
    )
    await student.store.add_events([new], None)
    await said(student, "запиши меня на квест")
    templates, text = await said(student, "что взять с собой?")
    assert templates == ["organiser_question"], text
    assert "сказано: «Возьмите с собой сменную обувь и блокнот.»" in text, text


@pytest.mark.parametrize(
    "ask",
    [
        "напомни мне завтра",
        "напомни в 8 утра",
        "напомните вечером про экскурсию",
        "напомни мне 9 декабря в 8 утра",
    ],
)
async def test_a_reminder_at_a_moment_is_answered_plainly(student: ChatWorld, ask: str) -> None:
    """Before: «Добавлять мероприятия могут педагоги…» or «нет открытой карточки». Since
    remind66 the reminder is kept («Напомню …») or, for a day without a clock («завтра»),
    the bot asks at what time."""
    await said(student, "запиши меня на лекцию про космос")
    templates, text = await said(student, ask)
    assert templates in (["remind_at_moment"], ["moment_reminder_set"]), text
    assert "Напомню" in text or "Во сколько напомнить" in text, text
    templates, text = await said(student, "напомни за час")  # the offset still works
    assert "не могу" not in text, text


async def test_a_teachers_reminder_at_a_moment_is_no_event(teacher: ChatWorld) -> None:
    templates, text = await said(teacher, "напомни мне завтра про экскурсию")
    assert templates == ["remind_at_moment"], text


# --- 3: a parent writing in a student's chat ------------------------------------------------


async def _signed(world: ChatWorld) -> int:
    person = await world.store.get_person_by_vk(world.vk_id)
    assert person is not None
    return len(await world.store.events_of_person(person.id, chat_world.NOW))


@pytest.mark.parametrize(
    "ask",
    [
        "запишите дочь на экскурсию",
        "запиши моего сына на лекцию про космос",
        "Здравствуйте, хочу записать ребёнка на экскурсию",
    ],
)
async def test_a_parent_signing_up_a_child_signs_up_nobody(student: ChatWorld, ask: str) -> None:
    """Before: «Извините, не понял». The bot has no parent role: each student signs up in
    their own chat; the parent is never signed up in the child's place."""
    templates, text = await said(student, ask)
    assert templates == ["for_child"], text
    assert "пусть ребёнок напишет мне сам" in text, text
    assert "никого не записал" in text, text
    assert await _signed(student) == 0


@pytest.mark.parametrize("ask", ["мой сын не сможет прийти", "ребёнок заболел, не придёт"])
async def test_a_parent_cancelling_for_a_child_cancels_nothing(
    student: ChatWorld, ask: str
) -> None:
    await said(student, "запиши меня на экскурсию")
    assert await _signed(student) == 1
    templates, text = await said(student, ask)
    assert templates == ["for_child"], text
    assert "ничего не отменил" in text, text
    assert "классного руководителя" in text, text
    assert await _signed(student) == 1


async def test_a_parent_says_who_they_are_and_asks_the_plan(student: ChatWorld) -> None:
    templates, text = await said(student, "я мама ученика 9Б")
    assert templates == ["for_child"], text
    assert "Отдельного входа для родителей у меня нет" in text, text
    templates, text = await said(student, "мой сын в 7б, что у них на неделе?")
    assert templates == ["no_events"], text
    assert "для 7Б" in text, text  # a plan question: answered
