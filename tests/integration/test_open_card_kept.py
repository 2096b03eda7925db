"""An open move or cancel card is never dropped silently, and news of a cancelled event of
another organiser is refused politely even while a draft is pending (newcomer walk
2026-12-01b, finding 17), through the planner (real SQLite store, frozen clock, real
templates)."""

from __future__ import annotations

from tests.integration.test_conversation_changes import BFU_REP, KGTU_REP, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture


async def _open_move_card_over_a_leftover_draft(world: World) -> None:
    await add(world, BFU_REP, "Лекция о ракетах 10 декабря с 15:00 до 16:00, 9Б")
    [asked] = await world.say(BFU_REP, "Экскурсия 12 декабря в 15:00")  # left unanswered
    assert asked.template == "ask_audience"
    await world.say(BFU_REP, "мои мероприятия")
    card, kept = await world.say(BFU_REP, "перенеси 1 на 18:00")
    assert card.template == "change_card"
    assert kept.template == "draft_kept"  # the draft's question waits (walk 2026-12-02o, #11)


async def test_a_line_edit_does_not_drop_an_open_move_card(world: World) -> None:
    await _open_move_card_over_a_leftover_draft(world)
    for said in ("исправь 1: 12 декабря в 10:00", "убери 1"):
        [still] = await world.say(BFU_REP, said)
        assert still.template == "change_still_open", world.text(still)
        text = world.text(still)
        assert "перенести «Лекция о ракетах»" in text
        assert "Строку 1 плана я пока не трогал" in text
        assert [b.label for row in still.buttons for b in row] == ["confirm_move", "keep"]
    # the card is still the open question: «да» moves the lecture
    [moved, *_] = await world.say(BFU_REP, "да")
    assert moved.template == "moved"
    assert ("Лекция о ракетах", 10, 18) in await world.titles()
    # and the leftover draft was not touched: it still waits for its classes
    [fixed, card] = await world.say(BFU_REP, "исправь 1: 9А")
    assert fixed.template == "plan_line_fixed"
    assert card.template == "event_card"
    assert "12 декабря (сб), 15:00" in world.text(card)


async def test_no_closes_the_card_and_then_the_line_edit_works(world: World) -> None:
    await _open_move_card_over_a_leftover_draft(world)
    [kept] = await world.say(BFU_REP, "нет")
    assert kept.template == "change_dropped"
    [fixed, _] = await world.say(BFU_REP, "исправь 1: 12 декабря в 10:00")
    assert fixed.template == "plan_line_fixed"
    assert ("Лекция о ракетах", 10, 15) in await world.titles()  # not moved


async def test_another_organisers_event_not_held_is_refused_politely(world: World) -> None:
    await add(world, KGTU_REP, "Лекция о ракетах 10 декабря с 15:00 до 16:00, 9Б")
    for pending in (False, True):
        if pending:
            [asked] = await world.say(BFU_REP, "Экскурсия 12 декабря в 15:00")
            assert asked.template == "ask_audience"
        refused, *kept = await world.say(BFU_REP, "лекция о ракетах 10 декабря не состоится")
        assert [k.template for k in kept] == (["draft_kept"] if pending else [])
        assert refused.template == "not_your_event", world.text(refused)
        assert "проводит КГТУ" in world.text(refused)
    assert await world.titles() == [("Лекция о ракетах", 10, 15)]  # nothing cancelled
    # the draft is still there, still asking for its classes; no «Лекция о ракетах не» draft
    [card] = await world.say(BFU_REP, "9А")
    assert card.template == "event_card"
    assert "📌 Экскурсия" in world.text(card)


async def test_own_event_news_while_drafting_gets_the_cancel_card(world: World) -> None:
    await add(world, KGTU_REP, "Лекция о ракетах 10 декабря с 15:00 до 16:00, 9Б")
    await world.say(KGTU_REP, "Экскурсия 12 декабря в 15:00")
    card, kept = await world.say(KGTU_REP, "лекция о ракетах 10 декабря не состоится")
    assert card.template == "change_card"
    assert kept.template == "draft_kept"  # «Для каких классов?» waits (walk 2026-12-02o, #11)
    assert "Лекция о ракетах" in world.text(card)
    assert await world.titles() == [("Лекция о ракетах", 10, 15)]  # nothing before «да»


async def test_another_message_closes_the_card_with_a_word(world: World) -> None:
    """Any other message («мои мероприятия», a new event) closes an unanswered move or
    cancel card, and the reply says so; a new card for the same event says nothing more."""
    await add(world, BFU_REP, "Лекция о ракетах 10 декабря с 15:00 до 16:00, 9Б")
    await world.say(BFU_REP, "перенеси на 18:00")
    listed, note = await world.say(BFU_REP, "мои мероприятия")
    assert (listed.template, note.template) == ("my_events", "change_not_done")
    assert "Перенос «Лекция о ракетах» вы не подтвердили" in world.text(note)
    assert "10 декабря (чт), 15:00–16:00" in world.text(note)
    await world.say(BFU_REP, "отмени 1")
    note, card = await world.say(BFU_REP, "Экскурсия 12 декабря в 15:00, 9А")  # card asks: last
    assert (note.template, card.template) == ("change_not_done", "event_card")
    assert "Отмену «Лекция о ракетах» вы не подтвердили" in world.text(note)
    await world.say(BFU_REP, "нет")
    await world.say(BFU_REP, "перенеси лекцию на 18:00")
    [again] = await world.say(BFU_REP, "перенеси лекцию на 17:00")  # a new card: no note
    assert again.template == "change_card"
    assert await world.titles() == [("Лекция о ракетах", 10, 15)]
