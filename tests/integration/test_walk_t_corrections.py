"""Walk t (2026-12-02, partners and the curator agreeing a term's plan), finding 12:
corrections in ordinary words make the usual change card of a saved event. The planner
over a real store (SQLite), a frozen clock and the real templates. Sentences written for
these tests."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.chat_world import said as _say

world = chat_world.partner_world


async def _add(world: ChatWorld, text: str) -> None:
    await _say(world, text)
    await _say(world, "да")


async def test_a_labelled_place_with_a_list_number_changes_that_event(world: ChatWorld) -> None:
    """«место 2: …» right after a numbered list, like «назови 2 …» (was «не понял»)."""
    await _add(world, "Лекция о навигации 15 декабря в 15:00, 9 классы")
    await _add(world, "Экскурсия на верфь 16 декабря в 12:00, 9 классы")
    await _say(world, "что в декабре?", CURATOR)
    templates, card = await _say(
        world, "место 2: Музей янтаря, пл. Маршала Василевского, 1", CURATOR
    )
    assert "Экскурсия на верфь" in card, (templates, card)
    assert "Музей янтаря, пл. Маршала Василевского, 1" in card
    await _say(world, "да", CURATOR)
    [trip] = [
        e
        for e in await world.store.events_between(chat_world.NOW, None)
        if e.title.startswith("Экск")
    ]
    assert trip.venue == "Музей янтаря, пл. Маршала Василевского, 1"


async def test_only_some_grades_for_a_named_event_changes_its_classes(world: ChatWorld) -> None:
    """«на день открытых дверей только 10-11 классы, девятые не нужно» (was «не понял»):
    the change card of its classes."""
    await _add(world, "День открытых дверей 19 декабря в 11:00, 9-11 классы")
    await _add(world, "Лекция о навигации 15 декабря в 15:00, 9 классы")
    templates, card = await _say(
        world, "на день открытых дверей только 10-11 классы, девятые не нужно"
    )
    assert "День открытых дверей" in card, (templates, card)
    assert "10–11 классы" in card or "10-11 классы" in card, card
    await _say(world, "да")
    [day] = [
        e
        for e in await world.store.events_between(chat_world.NOW, None)
        if e.title.startswith("День")
    ]
    assert sorted(day.audience.grades) == [10, 11], day.audience


async def test_only_some_grades_on_an_open_card_changes_the_card(world: ChatWorld) -> None:
    """«только 10-11 классы, девятые не нужно» under the card of a new event (was «не понял
    — карточка не изменилась») changes its classes; «да» saves them."""
    await _say(world, "День открытых дверей 19 декабря в 11:00, 9-11 классы")
    templates, card = await _say(world, "только 10-11 классы, девятые не нужно")
    assert templates == ["event_card"], card
    assert "10–11 классы" in card, card
    await _say(world, "да")
    [day] = await world.store.events_between(chat_world.NOW, None)
    assert sorted(day.audience.grades) == [10, 11], day.audience


async def test_a_mistake_said_after_the_events_words_corrects_that_event(
    world: ChatWorld,
) -> None:
    """«ой, по янтарной комнате ошиблась: не 15, а 17» (was «Не понял, какое мероприятие
    исправить»): the title's words in another case name the lesson; its move card."""
    await _add(world, "Занятие «Янтарная комната» 15 декабря в 14:30, 7 классы")
    await _add(world, "Экскурсия «Янтарь в искусстве» 16 декабря в 10:00, 8А, 8Б")
    templates, card = await _say(world, "ой, по янтарной комнате ошиблась: не 15, а 17")
    assert "Янтарная комната" in card, (templates, card)
    assert "17 декабря (чт), 14:30" in card, card
    await _say(world, "да")
    [lesson] = [
        e
        for e in await world.store.events_between(chat_world.NOW, None)
        if e.title.startswith("Занятие")
    ]
    assert lesson.start.astimezone(chat_world.ZONE).day == 17


async def test_added_grades_join_the_classes_of_the_event_just_saved(world: ChatWorld) -> None:
    """«добавьте 10 классы» right after saving (was «не понял»): the change card of the
    event's classes with the 10th grade joined to the 9th; «да» stores both."""
    await _add(world, "Мастер-класс по python 17 декабря в 15:00, 9 классы")
    templates, card = await _say(world, "добавьте 10 классы")
    assert "Мастер-класс по python" in card, (templates, card)
    assert "9–10 классы" in card or "9-е и 10-е классы" in card, card
    await _say(world, "да")
    [master] = await world.store.events_between(chat_world.NOW, None)
    assert sorted(master.audience.grades) == [9, 10], master.audience


async def test_added_grades_on_an_open_card_join_its_classes(world: ChatWorld) -> None:
    """«добавьте 10 классы» under the card of a new event (was «не понял — карточка не
    изменилась»): the 10th grade joins the 9th on the card; «да» stores both."""
    await _say(world, "Мастер-класс по python 17 декабря в 15:00, 9 классы")
    templates, card = await _say(world, "добавьте 10 классы")
    assert templates == ["event_card"], card
    assert "9–10 классы" in card, card
    await _say(world, "да")
    [master] = await world.store.events_between(chat_world.NOW, None)
    assert sorted(master.audience.grades) == [9, 10], master.audience
