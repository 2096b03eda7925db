"""Editing a saved event in chat (newcomer walk 2026-12-01e, #11), through the planner (real
SQLite store, frozen clock, real templates): the place, the classes and the title change as
the time does — a card showing was/will be, the clashes the change makes and who is told,
then «да»; the signed-up students hear of it; nobody edits others' events, typed or forged;
an event typed again as a duplicate of one's own is offered as an update of it, and a second
copy is saved only when asked for by name."""

from __future__ import annotations

import pytest

from bot.core.models import Audience
from tests.integration.test_conversation_changes import (
    BFU_REP,
    CURATOR,
    KGTU_REP,
    NOW,
    STUDENT,
    World,
    add,
    labels,
)
from tests.integration.test_conversation_changes import world as world  # the fixture

LECTURE = "Лекция о роботах 10 декабря с 15:00 до 16:00, 9Б, ауд. 204"


async def _signed_up_student(world: World) -> None:
    await world.say(STUDENT, "я из 9Б")
    await world.say(STUDENT, "что 10 декабря?")
    [done, *_] = await world.say(STUDENT, "записаться 1")
    assert done.template == "signed_up", done.template


async def _only_event(world: World):  # type: ignore[no-untyped-def]
    [event] = await world.store.events_between(NOW, None)
    return event


@pytest.mark.parametrize(
    ("said", "venue"),
    [
        ("перенеси лекцию в актовый зал", "актовый зал"),
        ("место: ауд. 310", "ауд. 310"),
        ("измени место у лекции о роботах: ауд. 310", "ауд. 310"),
        ("поменяй аудиторию на 310", "310"),
        ("перенеси её в спортзал", "спортзал"),
    ],
)
async def test_the_place_changes_after_a_card_and_the_student_is_told(
    world: World, said: str, venue: str
) -> None:
    await add(world, KGTU_REP, LECTURE)
    await _signed_up_student(world)
    [card] = await world.say(KGTU_REP, said)
    assert card.template == "change_card", world.text(card)
    text = world.text(card)
    assert "Изменить «Лекция о роботах»?" in text
    assert f"Место: ауд. 204 → {venue}" in text
    assert "1 записавшемуся ученику" in text
    assert (await _only_event(world)).venue == "ауд. 204"  # nothing before «да»
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "updated", [r.template for r in replies]
    assert venue in world.text(replies[0])
    event = await _only_event(world)
    assert event.venue == venue
    assert (event.start.astimezone(NOW.tzinfo).day, event.start.astimezone(NOW.tzinfo).hour) == (
        10,
        15,
    )
    [told] = [r for r in replies if r.recipients == (STUDENT,)]
    assert told.template == "participant_updated"
    assert venue in world.text(told)


async def test_the_classes_change_and_the_clash_is_checked_again(world: World) -> None:
    await add(world, BFU_REP, "Экскурсия 10 декабря с 15:00 до 16:00, 9А, музей")
    await add(world, KGTU_REP, LECTURE)
    [card] = await world.say(KGTU_REP, "поменяй классы на 9А, 9Б")
    assert card.template == "change_card", world.text(card)
    text = world.text(card)
    assert "Классы: 9Б → 9А, 9Б" in text
    assert "Экскурсия" in text  # the new clash: 9А is busy then
    await world.say(KGTU_REP, "да")
    events = await world.store.events_between(NOW, None, organisation_id=None)
    lecture = next(e for e in events if e.title == "Лекция о роботах")
    assert lecture.audience == Audience(classes=frozenset({"9А", "9Б"}))


async def test_the_title_changes(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    [card] = await world.say(KGTU_REP, "назови её «Лекция о космосе»")
    assert card.template == "change_card", world.text(card)
    assert "Название: «Лекция о роботах» → «Лекция о космосе»" in world.text(card)
    await world.say(KGTU_REP, "да")
    assert (await _only_event(world)).title == "Лекция о космосе"


async def test_no_changes_nothing_and_another_message_closes_the_card(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await world.say(KGTU_REP, "место: актовый зал")
    [dropped] = await world.say(KGTU_REP, "нет")
    assert dropped.template == "change_dropped"
    await world.say(KGTU_REP, "место: актовый зал")
    closed = await world.say(KGTU_REP, "что 10 декабря?")
    assert "Изменение «Лекция о роботах» вы не подтвердили" in world.text(closed[-1])
    await world.say(KGTU_REP, "да")
    assert (await _only_event(world)).venue == "ауд. 204"


async def test_a_time_move_is_still_a_move(world: World) -> None:
    """Counter-cases: «перенеси … в пятницу» / «на 17:00» / «в 17:00» keep moving the event."""
    await add(world, KGTU_REP, LECTURE)
    for said in ("перенеси лекцию на 17:00", "перенеси лекцию в пятницу", "перенеси в 17:00"):
        [card] = await world.say(KGTU_REP, said)
        assert card.template == "change_card", said
        assert card.context["kind"] == "move", said
        await world.say(KGTU_REP, "нет")


async def test_edit_by_number_offers_the_fields_as_buttons(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await world.say(KGTU_REP, "мои мероприятия")
    [which] = await world.say(KGTU_REP, "изменить 1")
    assert which.template == "edit_which", world.text(which)
    assert labels(world, which) == ["✏️ Дата и время", "✏️ Классы", "✏️ Место", "✏️ Название"]
    [asked] = await world.press(KGTU_REP, dict(which.buttons[0][2].payload))
    assert asked.template == "ask_edit_saved"
    [card] = await world.say(KGTU_REP, "ауд. 310")
    assert card.template == "change_card"
    await world.say(KGTU_REP, "да")
    assert (await _only_event(world)).venue == "ауд. 310"


async def test_nobody_edits_others_events_typed_or_forged(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    event = await _only_event(world)
    await world.say(BFU_REP, "что 10 декабря?")
    [refused] = await world.say(BFU_REP, "перенеси 1 в актовый зал")
    assert refused.template == "not_your_event"
    [refused] = await world.say(BFU_REP, "изменить 1")
    assert refused.template == "not_your_event"
    [forged] = await world.press(BFU_REP, {"a": "edit_event", "id": event.id, "f": "venue"})
    assert forged.template == "not_your_event"
    [student] = await world.press(STUDENT, {"a": "edit_event", "id": event.id, "f": "title"})
    assert student.template == "not_your_event"
    [junk] = await world.press(BFU_REP, {"a": "edit_event", "id": "x", "f": "nope"})
    assert junk.template in ("no_event_to_edit", "unknown_button")
    assert (await _only_event(world)).venue == "ауд. 204"
    # the curator may
    await world.say(CURATOR, "что 10 декабря?")
    [card] = await world.say(CURATOR, "перенеси 1 в актовый зал")
    assert card.template == "change_card"
    replies = await world.say(CURATOR, "да")
    assert (await _only_event(world)).venue == "актовый зал"
    assert [r.template for r in replies if r.recipients == (KGTU_REP,)] == ["change_notice"]


# --- an event typed again -------------------------------------------------------------

OPEN_DAY = "День открытых дверей 13 декабря в 12:00, 9-11 классы, ауд. 100"
OPEN_DAY_AGAIN = "День открытых дверей 13 декабря в 12:00, 9-11 классы, ауд. 310"


async def test_a_resent_event_offers_to_update_the_saved_one(world: World) -> None:
    await add(world, KGTU_REP, OPEN_DAY)
    before = await _only_event(world)
    [card] = await world.say(KGTU_REP, OPEN_DAY_AGAIN)
    assert card.template == "event_card"
    text = world.text(card)
    assert "Обновить его?" in text
    assert "Место: ауд. 100 → ауд. 310" in text
    assert "Добавить ещё одно" in labels(world, card)  # one label for every copy (walk i, #9)
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "updated", [r.template for r in replies]
    after = await _only_event(world)  # one event, the same one
    assert (after.id, after.venue) == (before.id, "ауд. 310")


async def test_a_second_copy_only_when_asked_for(world: World) -> None:
    await add(world, KGTU_REP, OPEN_DAY)
    await world.say(KGTU_REP, OPEN_DAY_AGAIN)
    replies = await world.say(KGTU_REP, "сохранить как новое")
    assert replies[0].template == "saved"
    assert len(await world.store.events_between(NOW, None)) == 2


async def test_the_same_event_typed_again_changes_nothing(world: World) -> None:
    await add(world, KGTU_REP, OPEN_DAY)
    [card] = await world.say(KGTU_REP, OPEN_DAY)
    assert "уже есть" in world.text(card)
    [same] = await world.say(KGTU_REP, "да")
    assert same.template == "update_nothing"
    assert len(await world.store.events_between(NOW, None)) == 1


async def test_another_organisers_duplicate_is_no_update(world: World) -> None:
    """Counter-case: BFU typing KGTU's event gets the usual duplicate warning, no update."""
    await add(world, KGTU_REP, OPEN_DAY)
    [card] = await world.say(BFU_REP, OPEN_DAY_AGAIN)
    assert "Обновить его?" not in world.text(card)


async def test_undo_brings_the_old_place_back(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await _signed_up_student(world)
    await world.say(KGTU_REP, "место: актовый зал")
    await world.say(KGTU_REP, "да")
    undone = await world.say(KGTU_REP, "верни")
    assert undone[0].template == "undone"
    assert (await _only_event(world)).venue == "ауд. 204"
    assert [r.recipients for r in undone if r.template == "participant_undone"] == [(STUDENT,)]
    assert "ауд. 204" in world.text(next(r for r in undone if r.recipients == (STUDENT,)))


async def test_a_series_asks_which_meetings_then_changes_them(world: World) -> None:
    await add(world, KGTU_REP, "Кружок каждый четверг в 15:00 до конца декабря, 7 классы, ауд. 5")
    [question] = await world.say(KGTU_REP, "место: ауд. 7")
    assert question.template == "change_scope"
    assert "Изменить только эту встречу" in world.text(question)
    [card] = await world.say(KGTU_REP, "всю серию")
    assert card.template == "change_card"
    assert card.context["count"] == 6
    await world.say(KGTU_REP, "да")
    assert {e.venue for e in await world.store.events_between(NOW, None)} == {"ауд. 7"}


async def test_a_labelled_new_event_is_still_a_new_event(world: World) -> None:
    """Counter-case: «Тема: …» with a day and a time is a new event, not a rename of the
    event just saved."""
    await add(world, KGTU_REP, LECTURE)
    [card] = await world.say(KGTU_REP, "Тема: Космос и ракеты, 15 декабря в 15:00, 9 классы")
    assert card.template == "event_card", world.text(card)
    assert (await _only_event(world)).title == "Лекция о роботах"


@pytest.mark.parametrize("said", ["место: ауд. 999", "классы: 5А", "назови её «Другая лекция»"])
async def test_an_event_that_is_over_is_not_edited(world: World, said: str) -> None:
    """Newcomer walk 2026-12-01g, #4: a past event's place and classes were changed (and the
    students told), while «перенеси» refused it as past; it is the plan's record now."""
    await add(world, KGTU_REP, LECTURE)
    world.clock.set(NOW.replace(month=12, day=11))  # the lecture (10 December) is over
    before = await world.store.events_between(NOW, None)
    [reply] = await world.say(KGTU_REP, said)
    assert reply.template == "edit_event_over", world.text(reply)
    assert "уже прошло" in world.text(reply)
    await world.say(KGTU_REP, "да")
    assert await world.store.events_between(NOW, None) == before


async def test_a_resent_event_without_its_place_keeps_the_place(world: World) -> None:
    """Newcomer walk 2026-12-01g, #5: a re-send that leaves the place out offered «Место:
    ауд. 100 → не указано» under the default «Обновить прежнее»; left out is not removed."""
    await add(world, KGTU_REP, OPEN_DAY)
    before = await _only_event(world)
    [card] = await world.say(KGTU_REP, OPEN_DAY.replace(", ауд. 100", "").replace("12:00", "12:30"))
    text = world.text(card)
    assert "Обновить его?" in text, text
    assert "Место: ауд. 100 →" not in text, text
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "updated", [r.template for r in replies]
    after = await _only_event(world)
    assert (after.id, after.venue) == (before.id, "ауд. 100")
    assert after.start != before.start


async def test_an_edit_typed_while_a_move_card_waits_says_the_move_was_not_done(
    world: World,
) -> None:
    """Newcomer walk 2026-12-01g, #7: «перенеси на 17:00», then «место: ауд. 105» dropped
    the move card without a word."""
    await add(world, KGTU_REP, LECTURE)
    [move] = await world.say(KGTU_REP, "перенеси лекцию о роботах на 17:00")
    assert move.template == "change_card", world.text(move)
    replies = await world.say(KGTU_REP, "место: ауд. 105")
    # the new card asks, so it comes last, after the dropped move's note (attack s, #6d)
    assert [r.template for r in replies] == ["change_not_done", "change_card"], [
        world.text(r) for r in replies
    ]
    assert "Перенос" in world.text(replies[0])


# --- newcomer walk 2026-12-01g, #3: a re-send with a corrected time or date -----------------


@pytest.mark.parametrize(
    ("resent", "day", "hour"),
    [
        ("Лекция о роботах 10 декабря с 16:00 до 17:00, 9Б", 10, 16),  # right after, no overlap
        ("Лекция о роботах 11 декабря с 15:00 до 16:00, 9Б", 11, 15),  # the next day
        ("лекция о роботах 12 декабря в 9:00, 9Б, ауд. 204", 12, 9),  # two days on, lower case
    ],
)
async def test_a_resent_event_with_another_time_offers_the_update(
    world: World, resent: str, day: int, hour: int
) -> None:
    """Re-sending one's own event with a corrected time or date showed a plain new card and
    «да» saved a second lecture for 9Б: the update offer came only when the times overlapped.
    Now it comes for the same author, title and classes within a few days, and «да» moves
    the saved event (its place kept, its id the same)."""
    await add(world, KGTU_REP, LECTURE)
    before = await _only_event(world)
    [card] = await world.say(KGTU_REP, resent)
    assert card.template == "event_card", world.text(card)
    text = world.text(card)
    assert "Обновить его?" in text, text
    assert "10 декабря (чт), 15:00–16:00 →" in text, text
    assert labels(world, card)[:2] == ["Обновить прежнее", "Добавить ещё одно"]
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "updated", [world.text(r) for r in replies]
    after = await _only_event(world)
    local = after.start.astimezone(NOW.tzinfo)
    assert (after.id, after.venue, local.day, local.hour) == (before.id, "ауд. 204", day, hour)


@pytest.mark.parametrize("typed", ["добавить ещё одно", "Добавить еще одно"])
async def test_a_second_session_is_added_only_when_asked_for(world: World, typed: str) -> None:
    await add(world, KGTU_REP, LECTURE)
    [card] = await world.say(KGTU_REP, "Лекция о роботах 11 декабря с 15:00 до 16:00, 9Б")
    assert "Добавить ещё одно" in labels(world, card)
    replies = await world.say(KGTU_REP, typed)
    assert replies[0].template == "saved", world.text(replies[0])
    days = [e.start.astimezone(NOW.tzinfo).day for e in await world.store.events_between(NOW, None)]
    assert days == [10, 11]


async def test_the_second_session_button_saves_a_second_event(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    [card] = await world.say(KGTU_REP, "Лекция о роботах 10 декабря с 16:00 до 17:00, 9Б")
    [button] = [b for row in card.buttons for b in row if b.label == "save_copy"]
    replies = await world.press(KGTU_REP, dict(button.payload))
    assert replies[0].template == "saved", world.text(replies[0])
    assert len(await world.store.events_between(NOW, None)) == 2


@pytest.mark.parametrize(
    ("who", "resent"),
    [
        (KGTU_REP, "Лекция о роботах 11 декабря с 15:00 до 16:00, 9А"),  # other classes
        (KGTU_REP, "Лекция о роботах 17 декабря с 15:00 до 16:00, 9Б"),  # a week later
        (KGTU_REP, "Лекция о космосе 11 декабря с 15:00 до 16:00, 9Б"),  # another title
        (BFU_REP, "Лекция о роботах 11 декабря с 15:00 до 16:00, 9Б"),  # another organiser
    ],
)
async def test_other_events_near_ones_own_are_new_events(
    world: World, who: int, resent: str
) -> None:
    """Counter-cases: other classes, another week, another title or organiser is a new
    event — the usual card, «да» saves it."""
    await add(world, KGTU_REP, LECTURE)
    [card] = await world.say(who, resent)
    assert card.template == "event_card", world.text(card)
    assert "Обновить его?" not in world.text(card)
    replies = await world.say(who, "да")
    assert replies[0].template == "saved", world.text(replies[0])
    assert len(await world.store.events_between(NOW, None)) == 2


async def test_two_saved_sessions_make_no_guess(world: World) -> None:
    """Two sessions already saved: a third near them is not offered as an update of either."""
    await add(world, KGTU_REP, LECTURE)
    await world.say(KGTU_REP, "Лекция о роботах 11 декабря с 15:00 до 16:00, 9Б")
    await world.say(KGTU_REP, "добавить ещё одно")
    [card] = await world.say(KGTU_REP, "Лекция о роботах 12 декабря с 15:00 до 16:00, 9Б")
    assert "Обновить его?" not in world.text(card)
