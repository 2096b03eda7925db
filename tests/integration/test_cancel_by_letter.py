"""A partner's long letter calling an event off («Уважаемые родители! Сообщаем, что концерт
…, запланированный на 17 декабря, отменяется …») points at the stored event and gets the
cancel card, instead of becoming a new draft asked for its day. Nothing changes before «да»;
a letter that only names a condition («в случае мороза … переносятся») stays an announcement.
Real planner, real SQLite store, frozen clock, real templates."""

from __future__ import annotations

from tests.integration.test_conversation_changes import KGTU_REP, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture


async def test_a_cancellation_letter_gets_the_cancel_card(world: World) -> None:
    await add(world, KGTU_REP, "Концерт хоровой студии 17 декабря в 12:00, актовый зал, 5 классы")
    [card] = await world.say(
        KGTU_REP,
        "Уважаемые родители!\nСообщаем, что концерт хоровой студии, запланированный на 17 "
        "декабря, отменяется в связи с карантином. О новой дате сообщим дополнительно.\n"
        "С уважением, администрация Дома детского творчества",
    )
    assert card.template == "change_card", world.text(card)
    assert "Концерт хоровой студии" in world.text(card)
    assert len(await world.titles()) == 1  # nothing changes before «да»
    done = await world.say(KGTU_REP, "да")
    assert done[0].template == "cancelled"


async def test_a_postponement_without_a_day_points_at_the_event_too(world: World) -> None:
    await add(world, KGTU_REP, "Лыжные соревнования 17 декабря в 11:00, парк Победы, 7 классы")
    [card] = await world.say(
        KGTU_REP,
        "Уважаемые коллеги! В связи с неблагоприятными погодными условиями лыжные "
        "соревнования 17 декабря переносятся. Новая дата будет объявлена позже.",
    )
    assert card.template == "change_card", world.text(card)


async def test_a_condition_in_an_announcement_is_not_a_cancellation(world: World) -> None:
    replies = await world.say(
        KGTU_REP,
        "Приглашаем на лыжные гонки 18 декабря в 11:00 в парке Победы. В случае сильного "
        "мороза соревнования переносятся, о чём сообщим заранее. Для 7 классов.",
    )
    assert all(r.template != "change_card" for r in replies)
    assert all(r.template != "cancel_not_found" for r in replies)
