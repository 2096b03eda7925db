"""«сколько записалось на лекцию?», «кто записался?» (newcomer walk 2026-12-01k, #11: «не
понял»): the organiser and the curator get the counts of one event — going, seats, waiting,
by class; another partner is refused with the reason; a student is not answered with them;
«сколько стоит экскурсия?» is no such question. Real planner, store and templates."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.models import OrgKind, Role
from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld

world = chat_world.partner_world
PUPILS = [(301, "9А"), (302, "9А"), (303, "9Б"), (304, None)]


async def _saved_with_sign_ups(world: ChatWorld) -> int:
    await world.say("Экскурсия на верфь 16 декабря в 12:00, 9 классы, мест: 3")
    await world.say("да")
    await world.say("Лекция о навигации 18 декабря в 15:00, 9 классы")
    await world.say("да")
    [trip, _] = await world.store.events_between(
        chat_world.NOW, chat_world.NOW.replace(month=12, day=31)
    )
    for vk_id, class_name in PUPILS:
        await world.store.save_person(vk_id, Role.STUDENT, "Ученик", None, class_name)
        await replace(world, vk_id=vk_id).press({"a": "signup", "id": trip.id})
    return trip.id


@pytest.mark.parametrize(
    "question",
    [
        "сколько записалось на экскурсию?",
        "Кто записался на экскурсию на верфь",
        "сколько человек идёт на 16 декабря?",
    ],
)
async def test_the_organiser_gets_the_counts(world: ChatWorld, question: str) -> None:
    await _saved_with_sign_ups(world)
    [reply] = await world.say(question)
    text = world.text(reply)
    assert reply.template == "signup_count", text
    assert "«Экскурсия на верфь», 16 декабря (ср), 12:00: записались 3 ученика" in text, text
    assert "мест: 3, все заняты" in text
    assert "в листе ожидания — 1" in text
    assert "По классам: 9А — 2, 9Б — 1." in text


async def test_the_curator_gets_them_and_a_bare_question_means_the_last_event(
    world: ChatWorld,
) -> None:
    await _saved_with_sign_ups(world)
    curator = replace(world, vk_id=CURATOR)
    await curator.say("привет")
    [reply] = await curator.say("сколько записалось на лекцию о навигации")
    assert "пока никто не записался" in curator.text(reply), curator.text(reply)
    [again] = await curator.say("а сколько записалось?")  # the lecture, just asked about
    assert "«Лекция о навигации»" in curator.text(again), curator.text(again)


async def test_another_partner_and_a_student_get_no_counts(world: ChatWorld) -> None:
    await _saved_with_sign_ups(world)
    org = await world.store.create_organisation("БФУ", OrgKind.PARTNER)
    await world.store.save_person(500, Role.PARTNER, "Ирина", org.id)
    [refusal] = await replace(world, vk_id=500).say("сколько записалось на экскурсию на верфь?")
    text = world.text(refusal)
    assert refusal.template == "signup_count_not_yours", text
    assert "КГТУ" in text
    [student] = await replace(world, vk_id=301).say("сколько записалось на экскурсию?")
    assert student.template != "signup_count"


@pytest.mark.parametrize("text", ["сколько стоит экскурсия?", "кто проводит лекцию?"])
async def test_other_questions_are_not_sign_up_questions(world: ChatWorld, text: str) -> None:
    await _saved_with_sign_ups(world)
    [reply] = await world.say(text)
    assert not reply.template.startswith("signup_count"), reply.template


TEACHER = 600


async def _class_teacher(world: ChatWorld, class_name: str) -> ChatWorld:
    """A teacher who says they lead `class_name`, confirmed by the curator's button (a
    claim alone gives no counts: tests/integration/test_walk_o3_chat.py)."""
    school = await world.store.create_organisation("Школа", OrgKind.SCHOOL)
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)
    await world.planner.identify(CURATOR, "Завуч")
    teacher = replace(world, vk_id=TEACHER)
    _, claim = await teacher.say(f"я классный руководитель {class_name}")
    [confirm] = claim.buttons[0]
    await replace(world, vk_id=CURATOR).press(dict(confirm.payload))
    return teacher


@pytest.mark.parametrize(
    "question",
    [
        "кто записался на экскурсию",
        "кто идёт на экскурсию",
        "сколько человек записалось на экскурсию на верфь",
    ],
)
async def test_a_class_teacher_gets_the_counts_of_their_classs_event(
    world: ChatWorld, question: str
) -> None:
    """Walk m #14: the class teacher of 9А asks about a partner's event for the 9th grades —
    their class's count, no names; not 9Б's nor the event's total (attack 2026-12-02s #2:
    the curator confirmed «сколько учеников 9А записалось», no more)."""
    await _saved_with_sign_ups(world)
    teacher = await _class_teacher(world, "9А")
    [reply] = await teacher.say(question)
    text = teacher.text(reply)
    assert reply.template == "signup_count", text
    assert "из 9А записались 2 ученика" in text, text
    assert "9Б" not in text, text
    assert "Ученик" not in text  # never a name


async def test_a_class_teacher_of_another_class_is_refused_politely(world: ChatWorld) -> None:
    await _saved_with_sign_ups(world)
    teacher = await _class_teacher(world, "10Б")
    [reply] = await teacher.say("кто идёт на экскурсию на верфь")
    assert reply.template == "signup_count_not_yours", teacher.text(reply)
    assert "классный руководитель" in teacher.text(reply), teacher.text(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кто записался на лекцию",
        "кто идёт на экскурсию",
        "сколько человек записалось на экскурсию",
        "сколько записалось",
    ],
)
async def test_a_student_is_told_politely_who_sees_the_counts(
    world: ChatWorld, question: str
) -> None:
    """Walk m #14: a student's question was «не понял»; now a polite refusal (privacy: no
    other student's name, no counts), pointing to their own sign-ups."""
    await _saved_with_sign_ups(world)
    student = replace(world, vk_id=301)
    [reply] = await student.say(question)
    text = student.text(reply)
    assert reply.template == "signup_count_students", text
    assert "мои мероприятия" in text, text
    assert "Ученик" not in text


async def test_a_bare_question_with_no_event_in_view_lists_them_numbered(
    world: ChatWorld,
) -> None:
    """Walk n #13: «сколько записалось» with nothing looked at yet and several events —
    a numbered list, answered by «2»."""
    await _saved_with_sign_ups(world)
    curator = replace(world, vk_id=CURATOR)
    await curator.say("привет")
    [listed] = await curator.say("сколько человек записалось")
    text = curator.text(listed)
    assert listed.template == "signup_count_overview", text
    assert "1. «Экскурсия на верфь»" in text, text
    assert "2. «Лекция о навигации»" in text, text
    [second] = await curator.say("2")
    assert second.template == "signup_count", curator.text(second)
    assert "«Лекция о навигации»" in curator.text(second)
    [first] = await curator.say("сколько записалось на экскурсию на верфь")
    assert "записались 3 ученика" in curator.text(first)


async def test_one_pupil_is_counted_in_the_singular(world: ChatWorld) -> None:
    await world.say("Лекция о навигации 18 декабря в 15:00, 9 классы")
    await world.say("да")
    [event] = await world.store.events_between(chat_world.NOW, None)
    await world.store.save_person(301, Role.STUDENT, "Ученик", None, "9А")
    await replace(world, vk_id=301).press({"a": "signup", "id": event.id})
    [reply] = await world.say("сколько записалось на лекцию")
    assert "записался 1 ученик" in world.text(reply), world.text(reply)


async def _two_january_events(world: ChatWorld) -> None:
    await world.say("Лекция «Космос» 12 января в 15:00, 9 классы")
    await world.say("да")
    await world.say("Экскурсия в музей 14 января в 16:00, 9 классы")
    await world.say("да")
    lecture, trip = await world.store.events_between(
        chat_world.NOW, chat_world.NOW.replace(year=2027, month=1, day=31)
    )
    await world.store.save_person(301, Role.STUDENT, "Ученик", None, "9А")
    await world.store.save_person(302, Role.STUDENT, "Ученик", None, "9Б")
    await replace(world, vk_id=301).press({"a": "signup", "id": lecture.id})
    await replace(world, vk_id=302).press({"a": "signup", "id": trip.id})
    await replace(world, vk_id=301).press({"a": "signup", "id": trip.id})


async def test_a_bare_question_lists_every_upcoming_event_with_its_counts(
    world: ChatWorld,
) -> None:
    """Newcomer walk 2026-12-02n, #13: «сколько записалось» with two events answered about
    the last saved one only; now each is listed with its counts (the year of a January
    event named in December, the verb agreeing with the number) and «2» gives the details."""
    await _two_january_events(world)
    [overview] = await world.say("сколько записалось")
    text = world.text(overview)
    assert overview.template == "signup_count_overview", text
    assert "1. «Лекция „Космос“», 12 января 2027 года (вт), 15:00: записался 1 ученик" in text
    assert "2. «Экскурсия в музей», 14 января 2027 года (чт), 16:00: записались 2 ученика" in text
    [details] = await world.say("2")
    text = world.text(details)
    assert details.template == "signup_count", text
    assert text.startswith("«Экскурсия в музей», 14 января 2027 года (чт), 16:00: записались 2")
    assert "По классам: 9А — 1, 9Б — 1." in text
    [again] = await world.say("а кто записался?")  # the event just answered about
    assert again.template == "signup_count"
    assert "«Экскурсия в музей»" in world.text(again)
    [named] = await world.say("сколько записалось на лекцию?")
    assert "записался 1 ученик." in world.text(named), world.text(named)
