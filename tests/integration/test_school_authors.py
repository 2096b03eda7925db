"""Within the school every teacher and the curator share one organiser, «Школа», but an event
belongs to whoever added it (newcomer walk 2026-12-02m, #9), through the planner (real store,
real templates, frozen clock):

- a teacher's «мои мероприятия» lists the events they added, not the curator's or another
  teacher's (the school's plan stays one question away: «что на следующей неделе?»);
- a teacher moving, cancelling or editing the curator's or another teacher's event — by
  number, by title, by a forged button or a stale «да» — is refused politely, naming who
  added it and that the curator can change it, and nothing is stored;
- the curator still changes any event, and the notices of a change name who made it (the
  curator, or the teacher by name), told to the event's author, not to every teacher."""

from __future__ import annotations

from bot.core.language.buttons import ButtonAction, payload
from bot.core.models import EventStatus, Role
from tests.integration.test_conversation_changes import CURATOR, STUDENT, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

TEACHER, OTHER_TEACHER = 500, 501
CLASS_HOUR = "Классный час 7 декабря в 10:00, 11А, актовый зал"


async def _teachers(world: World) -> None:
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)
    await world.store.save_person(OTHER_TEACHER, Role.STAFF, "Иван Сергеевич", school.id)


async def _event_id(world: World, title: str) -> int:
    events = await world.store.events_between(world.clock.now(), None)
    return next(e.id for e in events if e.title == title)


async def _status(world: World, event_id: int) -> tuple[EventStatus, int]:
    event = await world.store.get_event(event_id)
    assert event is not None
    return event.status, event.start.hour


async def test_a_teachers_list_holds_only_their_own_events(world: World) -> None:
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    await add(world, OTHER_TEACHER, "Олимпиада по физике 8 декабря в 14:00, 9А")
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    [mine] = await world.say(TEACHER, "мои мероприятия")
    text = world.text(mine)
    assert "Экскурсия в музей" in text, text
    assert "Классный час" not in text, text
    assert "Олимпиада" not in text, text
    assert "План всей школы — «что на следующей неделе?»" in text, text
    [plan] = await world.say(TEACHER, "что в декабре?")  # the school's plan: everything
    for title in ("Классный час", "Олимпиада по физике", "Экскурсия в музей"):
        assert title in world.text(plan)
    [curators] = await world.say(CURATOR, "мои мероприятия")  # the curator: the school's
    for title in ("Классный час", "Олимпиада по физике", "Экскурсия в музей"):
        assert title in world.text(curators)


async def test_a_teacher_cannot_cancel_or_move_the_curators_event(world: World) -> None:
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    event_id = await _event_id(world, "Классный час")
    [plan] = await world.say(TEACHER, "что в декабре?")
    assert plan.template == "events_list"
    attempts = [
        ("text", "отмени 1"),
        ("text", "перенеси 1 на 12:00"),
        ("text", "отмени классный час 7 декабря"),
        ("text", "перенеси классный час на 8 декабря"),
        ("text", "изменить 1"),
        ("button", payload(ButtonAction.CANCEL_EVENT, id=event_id)),
        ("button", payload(ButtonAction.MOVE_EVENT, id=event_id)),
        ("button", payload(ButtonAction.EDIT_EVENT, id=event_id, f="venue")),
        ("button", payload(ButtonAction.CONFIRM_CHANGE, v=1, id=event_id)),
    ]
    for kind, attempt in attempts:
        if kind == "text":
            assert isinstance(attempt, str)
            replies = await world.say(TEACHER, attempt)
        else:
            assert isinstance(attempt, dict)
            replies = await world.press(TEACHER, attempt)
        texts = [world.text(r) for r in replies]
        assert all(r.template != "change_card" for r in replies), (attempt, texts)
        assert await _status(world, event_id) == (EventStatus.CONFIRMED, 10), attempt
        if replies[0].template == "not_your_event":
            assert "добавил куратор" in texts[0], texts
            assert "куратор" in texts[0].split("—")[1], texts
        else:  # a confirm with no card open, or a list the teacher has nothing in
            assert replies[0].template in {"change_outdated", "move_not_found"}, (attempt, texts)
    [refused] = await world.say(TEACHER, "отмени 1")
    assert refused.template == "not_your_event"
    assert world.text(refused).startswith("«Классный час» добавил куратор"), world.text(refused)


async def test_a_teacher_cannot_change_another_teachers_event(world: World) -> None:
    await _teachers(world)
    await add(world, OTHER_TEACHER, "Олимпиада по физике 8 декабря в 14:00, 9А")
    event_id = await _event_id(world, "Олимпиада по физике")
    [refused] = await world.press(TEACHER, payload(ButtonAction.CANCEL_EVENT, id=event_id))
    assert refused.template == "not_your_event"
    text = world.text(refused)
    assert "Иван Сергеевич" in text, text
    assert "куратор" in text, text
    assert await _status(world, event_id) == (EventStatus.CONFIRMED, 14)


async def test_a_teacher_changes_their_own_event_and_the_curator_hears_who(world: World) -> None:
    await _teachers(world)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    [card] = await world.say(TEACHER, "отмени экскурсию в музей")
    assert card.template == "change_card", world.text(card)
    replies = await world.say(TEACHER, "да")
    assert replies[0].template == "cancelled"
    notices = {r.recipients[0]: world.text(r) for r in replies[1:] if r.recipients}
    assert OTHER_TEACHER not in notices, notices  # not every teacher of the school
    curator = await world.store.get_person_by_vk(CURATOR)
    assert curator is not None
    assert CURATOR in notices, notices
    # the name in the case of its sentence (chat82; it was «педагогом Ольга Петровна»)
    assert "❌ Отменено педагогом Ольгой Петровной:" in notices[CURATOR], notices[CURATOR]


async def test_the_curator_changes_a_teachers_event_and_only_its_author_is_told(
    world: World,
) -> None:
    await _teachers(world)
    await add(world, TEACHER, "Экскурсия в музей 9 декабря в 12:00, 10Б")
    await world.say(STUDENT, "я из 10Б")
    await world.say(STUDENT, "запиши меня на экскурсию")
    [card] = await world.say(CURATOR, "перенеси экскурсию в музей на 13:00")
    assert card.template == "change_card", world.text(card)
    replies = await world.say(CURATOR, "да")
    assert replies[0].template == "moved"
    notices = {vk: world.text(r) for r in replies[1:] for vk in r.recipients}
    assert "🔁 Перенесено куратором" in notices[TEACHER], notices
    assert OTHER_TEACHER not in notices, notices
    assert STUDENT in notices, notices


async def test_a_teacher_with_no_events_of_their_own_is_pointed_to_the_school_plan(
    world: World,
) -> None:
    await _teachers(world)
    await add(world, CURATOR, CLASS_HOUR)
    [mine] = await world.say(TEACHER, "мои мероприятия")
    text = world.text(mine)
    assert text.startswith("Вы пока не добавили ни одного мероприятия."), text
    assert "«что на следующей неделе?»" in text, text
