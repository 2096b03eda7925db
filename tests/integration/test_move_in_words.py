"""Moves written in ordinary words and others' events named by title — through the planner
(real SQLite store, frozen clock, real templates). Newcomer walk 2026-12-01, findings 1 and
14: «лекцию про судостроение переносим на 11.12 в то же время» became a SECOND event (a
silent duplicate); BFU naming KGTU's lecture got «не нашёл среди ваших»."""

from __future__ import annotations

from tests.integration.test_conversation_changes import (
    BFU_REP,
    KGTU_REP,
    STUDENT,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture

LECTURE = "лекция про судостроение 10 декабря в 15:00 для 9а и 9б, актовый зал"


async def _with_a_signed_up_student(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await world.say(STUDENT, "что 10 декабря?")
    [signed] = [r for r in await world.say(STUDENT, "записаться 1") if r.recipients == ()]
    assert signed.template == "signed_up", signed.template


async def test_переносим_в_то_же_время_moves_the_event_and_tells_the_student(
    world: World,
) -> None:
    await _with_a_signed_up_student(world)
    [card] = await world.say(KGTU_REP, "лекцию про судостроение переносим на 11.12 в то же время")
    assert card.template == "change_card"
    text = world.text(card)
    assert "Было: 10 декабря (чт), 15:00" in text
    assert "Станет: 11 декабря (пт), 15:00" in text  # «в то же время»: the clock time kept
    assert await world.titles() == [("Лекция про судостроение", 10, 15)]  # not before «да»
    done = await world.say(KGTU_REP, "да")
    assert done[0].template == "moved"
    assert {r.recipients: r.template for r in done[1:]}[(STUDENT,)] == "participant_moved"
    assert await world.titles() == [("Лекция про судостроение", 11, 15)]  # one event, moved
    assert all(r.template != "saved" for r in await world.say(KGTU_REP, "да"))
    assert await world.titles() == [("Лекция про судостроение", 11, 15)]


async def test_the_old_day_names_the_event_and_the_new_time_is_taken(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    said = "мы не сможем 10 декабря, давайте перенесём на пятницу 11го на 14:00"
    [card] = await world.say(KGTU_REP, said)
    assert card.template == "change_card"
    assert "Станет: 11 декабря (пт), 14:00" in world.text(card)
    assert (await world.say(KGTU_REP, "да"))[0].template == "moved"
    assert await world.titles() == [("Лекция про судостроение", 11, 14)]


async def test_other_wordings_reach_the_same_card(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    for said in (
        "лекция про судостроение переносится на 11 декабря",
        "можно перенести лекцию на 11.12?",
        "лекцию перенесли на 11 декабря в 16:00",
        "сдвинем лекцию про судостроение на 17:00",
        "давайте перенесём лекцию с 10 на 11 декабря",
    ):
        [card] = await world.say(KGTU_REP, said)
        assert card.template == "change_card", said
        assert "Было: 10 декабря (чт), 15:00" in world.text(card), said
        assert (await world.say(KGTU_REP, "нет"))[0].template == "change_dropped"
    assert await world.titles() == [("Лекция про судостроение", 10, 15)]


async def test_changing_the_time_in_words_moves_instead_of_a_new_event_today(
    world: World,
) -> None:
    """Newcomer walk 2026-12-01b, finding 2: «измени время у лекции … на 17:00» was a new
    event today (no date written) saved beside the 10 December one."""
    await add(world, KGTU_REP, LECTURE)
    for said, becomes in (
        ("измени время у лекции про судостроение на 17:00", "10 декабря (чт), 17:00"),
        ("поменяйте дату лекции на 11 декабря", "11 декабря (пт), 15:00"),
    ):
        [card] = await world.say(KGTU_REP, said)
        assert card.template == "change_card", said
        assert f"Станет: {becomes}" in world.text(card), said
        assert (await world.say(KGTU_REP, "нет"))[0].template == "change_dropped"
    [card] = await world.say(KGTU_REP, "измени время у лекции про судостроение на 17:00")
    assert (await world.say(KGTU_REP, "да"))[0].template == "moved"
    assert await world.titles() == [("Лекция про судостроение", 10, 17)]  # one event


async def test_nothing_matching_gets_a_polite_reply_and_no_draft(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    [reply] = await world.say(KGTU_REP, "концерт переносим на 12.12 в то же время")
    assert reply.template == "move_not_found"
    assert "концерт" in world.text(reply)
    assert all(r.template != "saved" for r in await world.say(KGTU_REP, "да"))
    assert await world.titles() == [("Лекция про судостроение", 10, 15)]


async def test_two_candidates_are_listed_and_nothing_changes(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await add(world, KGTU_REP, "лекция про робототехнику 10 декабря в 17:00 для 8а")
    [reply] = await world.say(KGTU_REP, "мы не сможем 10 декабря, переносим на 11 декабря")
    assert reply.template == "move_which"
    assert await world.titles() == [
        ("Лекция про судостроение", 10, 15),
        ("Лекция про робототехнику", 10, 17),
    ]
    [card] = await world.say(KGTU_REP, "перенеси 2 на 11 декабря")
    assert "Лекция про робототехнику" in world.text(card)


async def test_a_move_verb_in_a_new_event_is_not_saved_as_a_duplicate(world: World) -> None:
    """The safety net: no «на» before the day, so no move phrase — and still no new event."""
    await add(world, KGTU_REP, LECTURE)
    [reply] = await world.say(KGTU_REP, "лекцию про судостроение переносим 11.12 в 15:00")
    assert reply.template == "looks_like_move"
    text = world.text(reply)
    assert "1. 15:00 Лекция про судостроение" in text
    assert "«перенеси 1 на 11 декабря»" in text
    assert all(r.template != "saved" for r in await world.say(KGTU_REP, "да"))
    [card] = await world.say(KGTU_REP, "перенеси 1 на 11 декабря")
    assert card.template == "change_card"
    assert await world.titles() == [("Лекция про судостроение", 10, 15)]


async def test_a_new_event_about_a_перенос_is_still_a_new_event(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    replies = await world.say(
        KGTU_REP, "перенос сроков подачи заявок обсудим на встрече 11.12 в 16:00, 9а"
    )
    assert replies[0].template in ("event_card", "ask_date"), replies[0].template
    if replies[0].template == "ask_date":  # the day was read as the deadline's: asked, never
        await world.say(KGTU_REP, "11 декабря")  # today's (walk 2026-12-02o #9)
    assert (await world.say(KGTU_REP, "да"))[0].template == "saved"
    assert len(await world.titles()) == 2


async def test_another_organisers_event_named_by_title_is_refused_politely(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    for said in (
        "перенеси лекцию про судостроение на 17:00",
        "отмени лекцию про судостроение 10 декабря",
        "лекцию про судостроение переносим на 11.12",
    ):
        [reply] = await world.say(BFU_REP, said)
        assert reply.template == "not_your_event", said
        text = world.text(reply)
        assert "«Лекция про судостроение» проводит КГТУ" in text, said
        assert "только организатор или куратор" in text
        assert all(r.template not in ("moved", "cancelled") for r in await world.say(BFU_REP, "да"))
    assert await world.titles() == [("Лекция про судостроение", 10, 15)]
