"""What a student is told when a button is not theirs to press (walk 2026-12-01d findings
9–12), through the real bot and the local VK server: a forged sign-up to a teachers-only
event says it is for teachers; a stale or forged move/cancel button gives a student's
reason, not a staff command; the curator's «Накладки» button says who sees clashes; a
second press of «Записаться» says «вы уже записаны» and stores nothing new."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Audience, NewEvent, OrgKind
from tests.e2e.conftest import TZ, Running

STUDENT = 3301


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def seed(running: Running, audience: Audience, title: str) -> int:
    store = running.app.store
    org = await store.create_organisation(f"Орг {title}", OrgKind.PARTNER)
    start = at("2099-12-15T15:00")
    [event] = await store.add_events(
        [NewEvent(title, org.id, start, start.replace(hour=16), audience=audience)], None
    )
    return event.id


async def test_a_forged_signup_to_a_teachers_event_reveals_nothing_of_it(
    polling_bot: Running,
) -> None:
    """A student's forged «Записаться» for a staff-only event is refused without saying what
    the event is or whom it is for (chat75: the list shown may be out of date), and no
    sign-up is made."""
    vk = polling_bot.vk
    event_id = await seed(polling_bot, Audience(staff=True), "Педсовет")
    vk.push_callback(STUDENT, {"a": "signup", "id": event_id})
    text = await vk.wait_text(STUDENT, "мог устареть")
    assert "прошло" not in text
    assert "педагог" not in text
    assert "Педсовет" not in text
    person = await polling_bot.app.store.get_person_by_vk(STUDENT)
    assert person is None or await polling_bot.app.store.signup_status(event_id, person.id) is None


async def test_a_forged_signup_to_another_class_event_keeps_its_only_seat(
    polling_bot: Running,
) -> None:
    """Walk 2026-12-01h #3: a 9А student's forged «Записаться» for an 11А-only excursion with
    one seat is refused politely, and the seat stays free for 11А."""
    vk, store = polling_bot.vk, polling_bot.app.store
    event_id = await seed(polling_bot, Audience(classes=frozenset({"11А"})), "Экскурсия")
    vk.push_message(STUDENT, "я из 9А")
    await vk.wait_text(STUDENT, "9А")
    vk.push_callback(STUDENT, {"a": "signup", "id": event_id})
    text = await vk.wait_text(STUDENT, "11А")
    assert "Вы записаны" not in text
    assert "9А" in text
    person = await store.get_person_by_vk(STUDENT)
    assert person is not None
    assert await store.signup_status(event_id, person.id) is None


async def test_a_stale_change_button_gives_a_student_a_students_reason(
    polling_bot: Running,
) -> None:
    vk = polling_bot.vk
    event_id = await seed(polling_bot, Audience(grades=frozenset({9})), "Лекция")
    vk.push_callback(STUDENT, {"a": "change", "v": 1, "id": event_id})
    await vk.wait_for(lambda s: bool(s.texts_to(STUDENT)))
    [text] = vk.texts_to(STUDENT)
    assert "перенеси" not in text
    assert "организатор" in text


async def test_the_clashes_button_pressed_by_a_student_says_who_sees_clashes(
    polling_bot: Running,
) -> None:
    vk = polling_bot.vk
    vk.push_callback(STUDENT, {"a": "say", "t": "clashes"})
    await vk.wait_for(lambda s: bool(s.texts_to(STUDENT)))
    [text] = vk.texts_to(STUDENT)
    assert "не понял" not in text
    assert "Накладки" in text
    assert "куратор" in text


async def test_a_second_signup_press_says_already_signed_up(polling_bot: Running) -> None:
    vk, store = polling_bot.vk, polling_bot.app.store
    event_id = await seed(polling_bot, Audience(grades=frozenset({9})), "Лекция")
    vk.push_callback(STUDENT, {"a": "signup", "id": event_id})
    await vk.wait_text(STUDENT, "Вы записаны")
    vk.push_callback(STUDENT, {"a": "signup", "id": event_id})
    text = await vk.wait_text(STUDENT, "уже записаны")
    assert "Лекция" in text
    person = await store.get_person_by_vk(STUDENT)
    assert person is not None
    assert await store.signup_status(event_id, person.id) == "going"
    assert sum("Вы записаны" in t for t in vk.texts_to(STUDENT)) == 1
