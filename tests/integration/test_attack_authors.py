"""Attacks on the school's rights model of the fixogaps merge (a teacher changes only the
events they added, the curator every event, a partner its organisation's; «кто записался»
counts by role), through the planner's real paths over a real store (SQLite, and PostgreSQL
under tests/pg_everywhere.py): forged and garbled button payloads, another person's «верни»,
a title matching someone else's event, an event typed again or resent by someone who did not
add it, a plan file's «Обновить прежние», a student's and a partner's staff commands, and a
teacher's plan file carrying the sign-up counts of events they may not see counts of.

Every attack asserts what stayed stored (status, start, title) and what was answered."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from openpyxl import load_workbook

from bot.core.language.buttons import ButtonAction, payload
from bot.core.models import EventStatus, Role
from bot.plan_files import document_maker, import_plan_file
from tests.integration.test_conversation_changes import (
    CURATOR,
    KGTU_REP,
    STUDENT,
    TZ,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture
from tests.plan_makers import xlsx

TEACHER, OTHER_TEACHER, CLASS_TEACHER = 500, 501, 502
CLASS_HOUR = "Классный час 7 декабря в 10:00, 11А, актовый зал"
OLYMPIAD = "Олимпиада по физике 8 декабря в 14:00, 9А"


async def _teachers(world: World) -> None:
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)
    await world.store.save_person(OTHER_TEACHER, Role.STAFF, "Иван Сергеевич", school.id)
    await world.store.save_person(
        CLASS_TEACHER, Role.STAFF, "Мария Ивановна", school.id, class_name="11А"
    )


async def _event(world: World, title: str, day: int | None = None) -> tuple[int, Any]:
    events = await world.store.events_between(world.clock.now(), None)
    found = [e for e in events if e.title == title and (day is None or e.start.day == day)]
    assert len(found) == 1, [(e.title, e.start) for e in events]
    return found[0].id, found[0]


async def _state(world: World, event_id: int) -> tuple[EventStatus, str, str]:
    event = await world.store.get_event(event_id)
    assert event is not None
    return event.status, event.start.astimezone(TZ).strftime("%d.%m %H:%M"), event.title


async def test_garbled_and_forged_payloads_change_nothing(world: World) -> None:
    """Another person's event id, negative, huge, a string, a list, a missing key, and the
    payload of another command carrying the curator's event: every one is answered and
    nothing is stored."""
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    event_id, _ = await _event(world, "Классный час")
    own_id, _ = await _event(world, "Экскурсия в музей")
    before = await _state(world, event_id)
    forged: list[dict[str, object]] = [
        payload(ButtonAction.CANCEL_EVENT, id=-event_id),
        payload(ButtonAction.CANCEL_EVENT, id=10**40),
        payload(ButtonAction.CANCEL_EVENT, id=str(event_id)),
        payload(ButtonAction.CANCEL_EVENT, id=[event_id]),
        payload(ButtonAction.CANCEL_EVENT),
        payload(ButtonAction.MOVE_EVENT, id=f"{event_id}.0"),
        payload(ButtonAction.EDIT_EVENT, id=event_id, f="title"),
        payload(ButtonAction.EDIT_EVENT, id=event_id, f="nonsense"),
        payload(ButtonAction.SCOPE, s="series", id=event_id),
        payload(ButtonAction.CONFIRM_CHANGE, v="1", id=str(event_id)),
        payload(ButtonAction.SIGNUP, id=event_id),  # a student's button, pressed by staff
        {"a": "cancel_event", "id": event_id, "extra": {"a": "change", "v": 1}},
    ]
    for forgery in forged:
        replies = await world.press(TEACHER, forgery)
        assert replies, forgery
        texts = [world.text(r) for r in replies]
        assert all(r.template not in {"change_card", "cancelled", "moved"} for r in replies), (
            forgery,
            texts,
        )
        assert await _state(world, event_id) == before, forgery
    # the teacher's own card open, then a «да» button naming the curator's event
    [card] = await world.press(TEACHER, payload(ButtonAction.CANCEL_EVENT, id=own_id))
    assert card.template == "change_card", world.text(card)
    [stale] = await world.press(TEACHER, payload(ButtonAction.CONFIRM_CHANGE, v=1, id=event_id))
    assert stale.template == "change_outdated", world.text(stale)
    assert await _state(world, event_id) == before
    assert (await _state(world, own_id))[0] is EventStatus.CONFIRMED


async def test_a_title_matching_another_teachers_event_changes_only_ones_own(
    world: World,
) -> None:
    await _teachers(world)
    await add(world, OTHER_TEACHER, OLYMPIAD)
    await add(world, TEACHER, "Олимпиада по физике 9 декабря в 14:00, 9Б")
    others, _ = await _event(world, "Олимпиада по физике", day=8)
    own, _ = await _event(world, "Олимпиада по физике", day=9)
    [card] = await world.say(TEACHER, "перенеси олимпиаду по физике на 16:00")
    assert card.template == "change_card", world.text(card)
    assert "9 декабря" in world.text(card), world.text(card)
    [moved, *_] = await world.say(TEACHER, "да")
    assert moved.template == "moved", world.text(moved)
    assert await _state(world, own) == (EventStatus.CONFIRMED, "09.12 16:00", "Олимпиада по физике")
    assert await _state(world, others) == (
        EventStatus.CONFIRMED,
        "08.12 14:00",
        "Олимпиада по физике",
    )
    # by the other's day: theirs, refused, naming who added it
    [refused] = await world.say(TEACHER, "отмени олимпиаду по физике 8 декабря")
    assert refused.template == "not_your_event", world.text(refused)
    assert "Иван Сергеевич" in world.text(refused)
    assert (await _state(world, others))[0] is EventStatus.CONFIRMED


async def test_undo_of_someone_elses_cancel_restores_nothing(world: World) -> None:
    await _teachers(world)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    own, _ = await _event(world, "Экскурсия в музей")
    assert (await world.say(CURATOR, "отмени экскурсию в музей"))[0].template == "change_card"
    assert (await world.say(CURATOR, "да"))[0].template == "cancelled"
    for who in (TEACHER, OTHER_TEACHER, KGTU_REP, STUDENT):
        replies = await world.say(who, "верни")
        assert all(r.template not in {"restored", "undone"} for r in replies), (
            who,
            [world.text(r) for r in replies],
        )
        assert (await _state(world, own))[0] is EventStatus.CANCELLED, who


async def test_typing_again_the_curators_cancelled_event_does_not_restore_it(
    world: World,
) -> None:
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    event_id, _ = await _event(world, "Классный час")
    await world.say(STUDENT, "я из 11А")
    await world.say(STUDENT, "запиши меня на классный час")
    assert (await world.say(CURATOR, "отмени классный час"))[0].template == "change_card"
    assert (await world.say(CURATOR, "да"))[0].template == "cancelled"
    replies = await world.say(TEACHER, CLASS_HOUR)
    assert all("restore" not in r.template for r in replies), [r.template for r in replies]
    await world.say(TEACHER, "да")
    assert (await _state(world, event_id))[0] is EventStatus.CANCELLED


async def test_resending_the_curators_event_with_another_time_does_not_move_it(
    world: World,
) -> None:
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    event_id, _ = await _event(world, "Классный час")
    for who in (TEACHER, KGTU_REP):
        replies = await world.say(who, "Классный час 7 декабря в 11:00, 11А, актовый зал")
        texts = [world.text(r) for r in replies]
        assert not any("Обновить" in t for t in texts), texts
        for answer in ("это исправление", "да"):
            await world.say(who, answer)
            assert await _state(world, event_id) == (
                EventStatus.CONFIRMED,
                "07.12 10:00",
                "Классный час",
            ), (who, answer)


async def test_a_teachers_plan_file_never_updates_the_curators_events(world: World) -> None:
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    event_id, _ = await _event(world, "Классный час")
    header = ["Дата", "Время", "Мероприятие", "Классы", "Место"]
    rows = [
        ["07.12", "11.00", "Классный час", "11А", "актовый зал"],
        ["10.12", "12.00", "Лекция о космосе", "9А", "ауд. 204"],
    ]
    data = xlsx({"Декабрь": [header, *rows]})
    [summary] = await import_plan_file(world.planner, TEACHER, "plan.xlsx", data)
    buttons = [b for row in summary.buttons for b in row]
    labels = [world.renderer.button_label(b) for b in buttons]
    assert "Обновить прежние" not in labels, labels
    assert "обновлённый план" not in world.text(summary), world.text(summary)
    # the update button forged anyway, and typed: nothing of the curator's to update
    [forged] = await world.press(TEACHER, {"a": "say", "t": "update_plan"})
    assert forged.template == "plan_update_nothing", world.text(forged)
    [typed] = await world.say(TEACHER, "обнови прежние")
    assert typed.template == "plan_update_nothing", world.text(typed)
    [saved, *_] = await world.say(TEACHER, "да")
    assert saved.template == "saved", world.text(saved)
    assert await _state(world, event_id) == (EventStatus.CONFIRMED, "07.12 10:00", "Классный час")
    titles = await world.titles()  # the teacher's row is an event of their own, not lost
    assert ("Классный час", 7, 11) in titles, titles
    assert ("Лекция о космосе", 10, 12) in titles, titles


async def test_a_student_and_a_partner_cannot_use_staff_commands_on_school_events(
    world: World,
) -> None:
    await _teachers(world)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    event_id, _ = await _event(world, "Экскурсия в музей")
    await world.say(STUDENT, "я из 10Б")
    for who in (STUDENT, KGTU_REP):
        await world.say(who, "что в декабре?")
        for text in ("отмени 1", "перенеси 1 на 15:00", "изменить 1", "да"):
            replies = await world.say(who, text)
            assert all(r.template not in {"change_card", "cancelled", "moved"} for r in replies), (
                who,
                text,
                [world.text(r) for r in replies],
            )
        for forgery in (
            payload(ButtonAction.CANCEL_EVENT, id=event_id),
            payload(ButtonAction.MOVE_EVENT, id=event_id),
            payload(ButtonAction.EDIT_EVENT, id=event_id, f="venue"),
            payload(ButtonAction.CONFIRM_CHANGE, v=1, id=event_id),
        ):
            replies = await world.press(who, forgery)
            assert all(r.template not in {"change_card", "ask_move_when"} for r in replies), (
                who,
                forgery,
                [world.text(r) for r in replies],
            )
        assert await _state(world, event_id) == (
            EventStatus.CONFIRMED,
            "09.12 12:00",
            "Экскурсия в музей",
        ), who


async def test_a_teacher_who_lost_the_staff_role_cannot_confirm_an_open_card(
    world: World,
) -> None:
    await _teachers(world)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    event_id, _ = await _event(world, "Экскурсия в музей")
    [card] = await world.say(TEACHER, "отмени экскурсию в музей")
    assert card.template == "change_card"
    await world.store.save_person(TEACHER, Role.STUDENT, "Ольга Петровна", None)
    replies = await world.say(TEACHER, "да")
    assert all(r.template != "cancelled" for r in replies), [world.text(r) for r in replies]
    assert (await _state(world, event_id))[0] is EventStatus.CONFIRMED


async def test_counts_of_other_classes_are_not_read_by_a_class_teacher(world: World) -> None:
    await _teachers(world)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    await world.say(STUDENT, "я из 10Б")
    await world.say(STUDENT, "запиши меня на экскурсию")
    [refused] = await world.say(CLASS_TEACHER, "сколько записалось на экскурсию в музей?")
    assert refused.template == "signup_count_not_yours", world.text(refused)
    assert "Ольга Петровна" in world.text(refused), world.text(refused)
    assert "11А" in world.text(refused), world.text(refused)  # their class is not in it
    [own_class] = await world.say(TEACHER, "сколько записалось на экскурсию в музей?")
    assert own_class.template == "signup_count", world.text(own_class)


async def _figures(world: World, vk_id: int) -> dict[str, Any]:
    """{title: «Записались»} of the «План» sheet of `vk_id`'s December plan file."""
    [reply] = await world.say(vk_id, "план на декабрь в excel")
    assert reply.document is not None, world.text(reply)
    file = await document_maker(world.store, TZ, world.planner.clock, "Школа")(reply.document)
    rows = list(load_workbook(io.BytesIO(file.data))["План"].iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    title, signups = header.index("Название"), header.index("Записались")
    return {str(r[title]): r[signups] for r in rows[1:] if r[title]}


async def test_a_teachers_plan_file_shows_counts_only_where_they_may_see_them(
    world: World,
) -> None:
    """«кто записался» gives a teacher the counts of the events they added and a class
    teacher those of their class's events; their plan file must not show more."""
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    await add(world, OTHER_TEACHER, "Олимпиада по физике 8 декабря в 14:00, 10Б")
    await world.say(STUDENT, "я из 10Б")
    await world.say(STUDENT, "запиши меня на экскурсию")
    await world.say(STUDENT, "запиши меня на олимпиаду")
    [refused] = await world.say(TEACHER, "сколько записалось на олимпиаду по физике?")
    assert refused.template != "signup_count", world.text(refused)
    teacher = await _figures(world, TEACHER)
    assert teacher["Экскурсия в музей"] == 1, teacher
    assert teacher["Олимпиада по физике"] is None, teacher  # another teacher's
    assert teacher["Классный час"] is None, teacher  # the curator's
    curator = await _figures(world, CURATOR)
    assert curator["Олимпиада по физике"] == 1, curator


async def test_a_teachers_report_holds_only_the_events_they_may_see_counts_of(
    world: World,
) -> None:
    """«итоги» is what a plan file's figures follow (README: the guarantees): a teacher's
    report has the events they added, not another teacher's or the curator's figures."""
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    await add(world, OTHER_TEACHER, "Олимпиада по физике 8 декабря в 14:00, 10Б")
    await world.say(STUDENT, "я из 10Б")
    await world.say(STUDENT, "запиши меня на экскурсию")
    await world.say(STUDENT, "запиши меня на олимпиаду")
    world.clock.set(datetime(2026, 12, 20, 10, 0, tzinfo=TZ))  # both held
    [report] = await world.say(TEACHER, "итоги декабря")
    assert report.template == "report", world.text(report)
    text = world.text(report)
    assert "Экскурсия в музей" in text, text
    assert "Олимпиада по физике" not in text, text
    assert report.context["total"].signups == 1, text
    [curators] = await world.say(CURATOR, "итоги декабря")
    assert "Олимпиада по физике" in world.text(curators), world.text(curators)
    assert curators.context["total"].signups == 2, world.text(curators)


async def test_numbers_mean_the_list_shown_even_after_the_plan_changed(world: World) -> None:
    """The teacher's «что в декабре?» shows their event as №1; the curator then adds an
    earlier one: «отмени 1» still means the teacher's own, never the curator's new №1."""
    await _teachers(world)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    own, _ = await _event(world, "Экскурсия в музей")
    [plan] = await world.say(TEACHER, "что в декабре?")
    assert plan.template == "events_list", world.text(plan)
    await add(world, CURATOR, CLASS_HOUR)  # 7 December: first in the plan now
    curators, _ = await _event(world, "Классный час")
    [card] = await world.say(TEACHER, "отмени 1")
    assert card.template == "change_card", world.text(card)
    assert "Экскурсия в музей" in world.text(card), world.text(card)
    [done, *_] = await world.say(TEACHER, "да")
    assert done.template == "cancelled", world.text(done)
    assert (await _state(world, own))[0] is EventStatus.CANCELLED
    assert await _state(world, curators) == (EventStatus.CONFIRMED, "07.12 10:00", "Классный час")


async def test_an_edit_naming_no_event_never_reaches_the_curators_last_looked_at(
    world: World,
) -> None:
    """After a refused «отмени 1» on the curator's event, «место: ауд. 310», «поменяй
    классы на 9А» and «назови его …» (the event last looked at) change nothing of it."""
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    event_id, before = await _event(world, "Классный час")
    await world.say(TEACHER, "что в декабре?")
    assert (await world.say(TEACHER, "отмени 1"))[0].template == "not_your_event"
    for text in ("место: ауд. 310", "поменяй классы на 9А", "назови его «Урок мужества»", "да"):
        replies = await world.say(TEACHER, text)
        assert all(r.template not in {"change_card", "updated"} for r in replies), (
            text,
            [world.text(r) for r in replies],
        )
    after = await world.store.get_event(event_id)
    assert after is not None
    assert (after.title, after.venue, after.audience, after.version) == (
        before.title,
        before.venue,
        before.audience,
        before.version,
    )


async def test_a_student_cannot_join_a_staff_only_or_parents_event_by_a_forged_button(
    world: World,
) -> None:
    """A педсовет («для учителей») is no student's, an 11А class hour no 10Б student's: a
    sign-up or a switch button naming them, pressed by a student, stores no sign-up, and the
    switch keeps the seat the student holds (before: the switch let the seat go first, then
    the sign-up was refused — the student was left with neither)."""
    await _teachers(world)
    await add(world, TEACHER, "Педсовет 10 декабря в 16:00, актовый зал, для учителей")
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    await add(world, CURATOR, CLASS_HOUR)
    staff_only, _ = await _event(world, "Педсовет")
    trip, _ = await _event(world, "Экскурсия в музей")
    other_class, _ = await _event(world, "Классный час")
    await world.say(STUDENT, "я из 10Б")
    assert (await world.say(STUDENT, "запиши меня на экскурсию"))[0].template == "signed_up"
    student = await world.store.get_person_by_vk(STUDENT)
    assert student is not None
    for target, forgery in (
        (staff_only, payload(ButtonAction.SIGNUP, id=staff_only)),
        (staff_only, {"a": "switch", "from": trip, "to": staff_only}),
        (other_class, {"a": "switch", "from": trip, "to": other_class}),
    ):
        [refused] = await world.press(STUDENT, forgery)
        assert refused.template == "signup_unavailable", (forgery, world.text(refused))
        assert await world.store.signup_status(target, student.id) is None, forgery
        assert await world.store.signup_status(trip, student.id) == "going", forgery


async def test_a_forged_switch_from_a_staff_only_event_names_nothing(world: World) -> None:
    """A switch press whose «from» is the staff's «Педсовет» is an outdated button: its
    reply must not name the event (safety69's hidden presses; the «to» side is refused as
    a sign-up, above)."""
    await _teachers(world)
    await add(world, TEACHER, "Педсовет 10 декабря в 16:00, актовый зал, для учителей")
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    staff_only, _ = await _event(world, "Педсовет")
    trip, _ = await _event(world, "Экскурсия в музей")
    await world.say(STUDENT, "я из 10Б")
    [reply] = await world.press(STUDENT, {"a": "switch", "from": staff_only, "to": trip})
    assert reply.template == "unknown_button", world.text(reply)
    assert "Педсовет" not in world.text(reply)


async def _titles_in_file(world: World, vk_id: int, text: str) -> set[str]:
    """The titles of the «План» sheet of the file `text` asks `vk_id`'s plan file for."""
    [reply] = await world.say(vk_id, text)
    assert reply.document is not None, world.text(reply)
    file = await document_maker(world.store, TZ, world.planner.clock, "Школа")(reply.document)
    rows = list(load_workbook(io.BytesIO(file.data))["План"].iter_rows(values_only=True))
    title = [str(h) for h in rows[0]].index("Название")
    return {str(r[title]) for r in rows[1:] if r[title]}


async def test_a_students_plan_file_holds_no_staff_only_event(world: World) -> None:
    await _teachers(world)
    await add(world, TEACHER, "Педсовет 10 декабря в 16:00, актовый зал, для учителей")
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    await world.say(STUDENT, "я из 10Б")
    for asked in ("план на декабрь в excel", "план 10Б на декабрь в excel"):
        titles = await _titles_in_file(world, STUDENT, asked)
        assert "Экскурсия в музей" in titles, (asked, titles)
        assert "Педсовет" not in titles, (asked, titles)
    assert "Педсовет" in await _titles_in_file(world, OTHER_TEACHER, "план на декабрь в excel")


async def test_a_student_or_partner_calling_themselves_a_class_teacher_reads_no_counts(
    world: World,
) -> None:
    await _teachers(world)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    await world.say(STUDENT, "я из 10Б")
    await world.say(STUDENT, "запиши меня на экскурсию")
    for who in (STUDENT, KGTU_REP):
        await world.say(who, "я классный руководитель 10Б")
        person = await world.store.get_person_by_vk(who)
        assert person is not None
        assert person.role in {Role.STUDENT, Role.PARTNER}, person
        replies = await world.say(who, "сколько записалось на экскурсию в музей?")
        assert all(r.template != "signup_count" for r in replies), (
            who,
            [world.text(r) for r in replies],
        )
