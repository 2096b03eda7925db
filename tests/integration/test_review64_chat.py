"""review64: chat64's new readings tried as a student would — a «напомни, …» that asks
for a fact now, a title naming a child in a student's own sign-up — through the real chat
core (tests/chat_world.py; SQLite, PostgreSQL under tests/pg_everywhere.py). The clock is
Tuesday 1 December 2026. All sentences are my own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.models import Audience, EventDetails, NewEvent, OrgKind, Role
from tests.chat_world import PLAN42, ZONE, ChatWorld, said, school_chat

PLAY = (*PLAN42, ("Спектакль «Капитанская дочка»", 11, "9Б"))


@pytest.fixture
async def student(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    """A student of 9Б, PLAN42 and a play for 9Б on Friday 11 December."""
    async with school_chat(tmp_path, Role.STUDENT, PLAY, "9Б") as opened:
        yield opened


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("напомни, во сколько экскурсия в четверг?", "«Экскурсия в музей янтаря», 10 декабря"),
        ("напомните, пожалуйста, где будет лекция в среду?", "«Лекция о космосе», 9 декабря"),
        ("напомни когда завтра экскурсия", "«Экскурсия в музей янтаря», 10 декабря"),
    ],
)
async def test_remind_me_of_a_fact_is_a_question_not_a_reminder(
    student: ChatWorld, question: str, title: str
) -> None:
    """«напомни, во сколько …» asks for the time now (an indirect question after the verb):
    it was «К определённому дню или часу напоминание поставить не могу». The day asked
    (this Thursday, 3 December) has none; the nearest is named with its time and room."""
    templates, text = await said(student, question)
    assert templates == ["no_events"], text
    assert f"{title} (чт), 15:00–16:00, каб. 21" in text or f"{title} (ср), 15:00–16:00" in text


async def test_remind_me_at_a_moment_is_still_answered_as_such(student: ChatWorld) -> None:
    """A moment with no question word before it keeps chat64's answer."""
    templates, text = await said(student, "напомни мне про экскурсию в четверг")
    assert templates == ["remind_at_moment"], text


@pytest.mark.parametrize(
    "ask",
    [
        "запиши меня на спектакль «Капитанская дочка»",
        "запишите меня на капитанскую дочку",
    ],
)
async def test_a_title_naming_a_child_is_a_students_own_signup(
    student: ChatWorld, ask: str
) -> None:
    """A play named after a daughter («Капитанская дочка») is no parent's request: the
    student asked to be signed up themselves («меня»)."""
    templates, text = await said(student, ask)
    assert "for_child" not in templates, text


async def _quest_with_a_note(student: ChatWorld) -> None:
    """A quest for 9Б on 11 December whose description says what to bring; the student
    signs up (the quest is then the event in view)."""
    org = await student.store.create_organisation("Музей океана", OrgKind.PARTNER)
    start = datetime(2026, 12, 11, 11, 0, tzinfo=ZONE)
    about = "Квест по кораблю. Возьмите с собой сменную обувь. Сбор у входа."
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


@pytest.mark.parametrize("question", ["сколько стоит?", "а сертификат будет?"])
async def test_a_question_on_something_else_is_not_answered_with_what_to_bring(
    student: ChatWorld, question: str
) -> None:
    """chat64 quotes the description's sentence on what to bring for every organiser
    question: «сколько стоит?» was answered «В описании … сказано: «Возьмите с собой
    сменную обувь.»» — an answer to another question."""
    await _quest_with_a_note(student)
    templates, text = await said(student, question)
    assert templates == ["organiser_question"], text
    assert "сменную обувь" not in text, text
    assert "Этого в плане нет" in text, text


async def test_what_to_bring_still_quotes_the_description(student: ChatWorld) -> None:
    await _quest_with_a_note(student)
    templates, text = await said(student, "что взять с собой?")
    assert templates == ["organiser_question"], text
    assert "сказано: «Возьмите с собой сменную обувь.»" in text, text


@pytest.mark.parametrize(
    "post",
    [
        "Завтра в 15:00 репетиция хора в актовом зале, напомните всем",
        "Кружок робототехники в пятницу в 16:00, каб. 12. Напомните своим!",
    ],
)
async def test_a_teachers_short_post_asking_to_pass_it_on_is_an_event(
    tmp_path: Path, post: str
) -> None:
    """«…, напомните всем» closing a teacher's post asks others to pass it on: the post is
    an event to save. chat64's reminder reading took it for «напомни мне завтра» and
    answered «К определённому дню или часу напоминание поставить не могу»."""
    async with school_chat(tmp_path, Role.STAFF, PLAN42) as teacher:
        templates, text = await said(teacher, post)
    assert "remind_at_moment" not in templates, text
    assert "Для каких классов" in text, text  # the draft's first question: whose event


@pytest.mark.parametrize(
    ("ask", "answer"),
    [
        ("я папа, когда лекция о космосе?", "«Лекция о космосе» — 9 декабря (ср), 15:00–16:00"),
        ("я мама ученика 7Б, что у них на неделе?", "для 7Б мероприятий нет"),
    ],
)
async def test_a_parents_question_after_the_introduction_is_answered(
    student: ChatWorld, ask: str, answer: str
) -> None:
    """chat64 answered «Отдельного входа для родителей у меня нет…» and left the question
    («когда лекция о космосе?») unanswered."""
    templates, text = await said(student, ask)
    assert "for_child" not in templates, text
    assert answer in text, text
