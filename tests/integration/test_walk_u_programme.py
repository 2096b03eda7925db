"""Walk u (2026-12-02), finding F5: a post whose first paragraph announces one event and
ends by introducing its programme («… пройдет командный чемпионат … Программа соревнований
следующая:») was read as a plan — its steps («Открытие соревнований и начало», «Начало»)
saved as events for «все классы» with one «да», the championship itself dropped. It is one
event now, its hours and its classes asked. The post is p18 of the walk (sempark.ru), as
pasted there; over a real store (SQLite), a frozen clock and the real templates."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

POST = """19 по 20 декабря на базе СОШ № 23 Пскова с углубленным изучением английского языка \
пройдет командный чемпионат Псковской области по шахматам. В чемпионате примут участие по одной \
команде от каждого района Псковской области, Пскова и Великих Лук. В составе каждой \
команды 5 человек разного возрастного состава (взрослые и дети). Программа соревнований \
следующая:
19 декабря
Регистрация участников с 11.00 до 12.00
Жеребьевка
Открытие соревнований и начало 1 тура в 12.20
20 декабря
Начало 2 тура в 10.00
Закрытие соревнований в 14.00
Адрес СОШ № 23: Псков, ул. Р. Люксембург, 18"""


async def test_a_post_introducing_its_programme_is_one_event_with_its_classes_asked(
    world: ChatWorld,
) -> None:
    [asked] = await world.say(POST)
    assert asked.template != "plan_summary", world.text(asked)
    assert world.text(asked).startswith("Во сколько «Командный чемпионат Псковской области")
    [classes] = await world.say("весь день")
    assert world.text(classes).startswith("Для каких классов «Командный чемпионат"), world.text(
        classes
    )
    [card] = await world.say("7–11 классы")
    assert card.template == "event_card", world.text(card)
    replies = await world.say("да")
    assert replies[0].template == "saved", [r.template for r in replies]
    events = await world.store.events_between(world.planner.clock.now(), None)
    assert [e.title for e in events] == ["Командный чемпионат Псковской области по шахматам"]
    [event] = events
    assert event.audience.grades == {7, 8, 9, 10, 11}
    assert event.venue is not None
    assert "Люксембург, 18" in event.venue
