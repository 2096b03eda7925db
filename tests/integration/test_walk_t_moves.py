"""Newcomer walk t (2026-12-02, partners and the curator agreeing a term's plan), findings 1,
2 and 14, in the chat: the planner over a real store (SQLite), a frozen clock (Tuesday
1 December 2026, 10:00) and the real templates; what is stored is read back from the
store. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import Event
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld

world = chat_world.partner_world


async def _say(world: ChatWorld, text: str) -> str:
    replies = await world.planner.handle(world.vk_id, text)
    return "\n".join(world.text(r) for r in replies)


async def _add(world: ChatWorld, text: str) -> None:
    await _say(world, text)
    await _say(world, "да")


async def _events(world: ChatWorld) -> dict[str, Event]:
    found = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return {e.title.split()[0]: e for e in found}


def _local(event: Event) -> tuple[int, int, int]:
    start = event.start.astimezone(ZONE)
    return start.day, start.hour, start.minute


# --- finding 1: «не 15 декабря, а 17 декабря» moves the event on the 15th -----------------


async def _two_days(world: ChatWorld) -> None:
    await _add(world, "Занятие «Янтарная комната» 15 декабря в 14:30, 7 классы")
    await _add(world, "Экскурсия «Янтарь в искусстве» 16 декабря в 10:00, 8А, 8Б")


async def test_a_correction_naming_the_old_day_moves_the_event_of_that_day(
    world: ChatWorld,
) -> None:
    """The excursion of the 16th was saved last; «не 15 декабря, а 17 декабря» and «да»
    move the lesson of the 15th, and the excursion stays."""
    await _two_days(world)
    card = await _say(world, "не 15 декабря, а 17 декабря")
    assert "Янтарная комната" in card
    assert "15 декабря" in card
    await _say(world, "да")
    events = await _events(world)
    assert _local(events["Занятие"]) == (17, 14, 30)
    assert _local(events["Экскурсия"]) == (16, 10, 0)


async def test_a_bare_old_day_number_names_the_wanted_days_month(world: ChatWorld) -> None:
    """«не 15, а 17 декабря»: the 15th is 15 December, the lesson's day."""
    await _two_days(world)
    await _say(world, "не 15, а 17 декабря")
    await _say(world, "да")
    events = await _events(world)
    assert _local(events["Занятие"]) == (17, 14, 30)
    assert _local(events["Экскурсия"]) == (16, 10, 0)


async def test_a_correction_of_a_day_without_events_changes_nothing(world: ChatWorld) -> None:
    """«не 14 декабря, а 17 декабря» with nothing on the 14th: said so, no card."""
    await _two_days(world)
    reply = await _say(world, "не 14 декабря, а 17 декабря")
    assert "14 декабря" in reply
    assert "нет мероприятий" in reply
    await _say(world, "да")
    events = await _events(world)
    assert _local(events["Занятие"]) == (15, 14, 30)
    assert _local(events["Экскурсия"]) == (16, 10, 0)


async def test_a_correction_of_a_day_with_two_events_asks_which(world: ChatWorld) -> None:
    """Two events on the 15th, neither the last one saved: the list to choose from."""
    await _add(world, "Занятие «Янтарная комната» 15 декабря в 14:30, 7 классы")
    await _add(world, "Лекция о янтаре 15 декабря в 16:00, 9 классы")
    await _add(world, "Экскурсия «Янтарь в искусстве» 16 декабря в 10:00, 8А, 8Б")
    reply = await _say(world, "не 15 декабря, а 17 декабря")
    assert "какое перенести" in reply
    assert "Янтарная комната" in reply
    assert "Лекция о янтаре" in reply
    events = await _events(world)
    assert _local(events["Экскурсия"]) == (16, 10, 0)


# --- finding 2: a new time on an open move card changes that card ---------------------------


async def _move_card(world: ChatWorld) -> None:
    await _add(world, "Мастер-класс по python 17 декабря в 15:30, 9 классы")
    await _add(world, "Лекция о судостроении 18 декабря в 15:00, 10 классы")
    card = await _say(world, "перенесите мастер-класс по python на 24 декабря в 14:00")
    assert "24 декабря" in card


async def test_a_better_time_on_a_move_card_moves_that_event_that_day(world: ChatWorld) -> None:
    """«лучше в 15:30» on the card «17 → 24 декабря, 14:00»: the master class to 24 December
    15:30 after «да»; the lecture stays."""
    await _move_card(world)
    card = await _say(world, "лучше в 15:30")
    assert "Мастер-класс" in card
    await _say(world, "да")
    events = await _events(world)
    assert _local(events["Мастер-класс"]) == (24, 15, 30)
    assert _local(events["Лекция"]) == (18, 15, 0)


async def test_an_asked_time_on_a_move_card_is_no_list_number(world: ChatWorld) -> None:
    """«а можно в 16:00?» on the card: the card at 16:00, not «нет №16»."""
    await _move_card(world)
    card = await _say(world, "а можно в 16:00?")
    assert "№16" not in card
    await _say(world, "да")
    events = await _events(world)
    assert _local(events["Мастер-класс"]) == (24, 16, 0)


async def test_a_bare_time_on_a_move_card_is_no_new_draft(world: ChatWorld) -> None:
    """«в 15:30» on the card: the card at 15:30, not «Как назвать мероприятие …?»."""
    await _move_card(world)
    card = await _say(world, "в 15:30")
    assert "Как назвать" not in card
    await _say(world, "да")
    events = await _events(world)
    assert _local(events["Мастер-класс"]) == (24, 15, 30)


async def test_a_day_alone_on_a_move_card_keeps_the_cards_time(world: ChatWorld) -> None:
    """«нет, лучше 23 декабря» on the card «24 декабря, 14:00»: 23 December at 14:00."""
    await _move_card(world)
    await _say(world, "нет, лучше 23 декабря")
    await _say(world, "да")
    events = await _events(world)
    assert _local(events["Мастер-класс"]) == (23, 14, 0)


# --- finding 14: a weekday on an open draft card is the one nearest the card's day ---------
# The rule chosen is the saved event's move rule (bot.core.language.move_weekdays): of the
# weekday before the card's day and the one after it, the nearer one still ahead.


async def _card(world: ChatWorld) -> None:
    """A card for Wednesday 16 December, 10:30; the clock is on Tuesday 1 December."""
    card = await _say(world, "Профориентационная встреча 16 декабря в 10:30, 8 классы")
    assert "16 декабря" in card


async def _saved(world: ChatWorld) -> tuple[int, int, int]:
    await _say(world, "да")
    return _local((await _events(world))["Профориентационная"])


async def test_a_weekday_on_a_card_is_the_one_nearest_its_day(world: ChatWorld) -> None:
    """«давайте в четверг» on a Wednesday card: Thursday 17, not Thursday 3 of this week."""
    await _card(world)
    card = await _say(world, "давайте в четверг")
    assert "17 декабря" in card
    assert await _saved(world) == (17, 10, 30)


async def test_a_weekday_with_a_time_on_a_card(world: ChatWorld) -> None:
    """«в пятницу в 12:00» on the Wednesday card: Friday 18 at 12:00."""
    await _card(world)
    await _say(world, "в пятницу в 12:00")
    assert await _saved(world) == (18, 12, 0)


async def test_a_move_request_on_an_open_card_moves_the_card(world: ChatWorld) -> None:
    """«перенесите на четверг» under the open card: the card on Thursday 17, not «Не понял,
    какое мероприятие»."""
    await _card(world)
    card = await _say(world, "перенесите на четверг")
    assert "Не понял" not in card
    assert await _saved(world) == (17, 10, 30)


async def test_a_move_request_with_a_date_on_an_open_card(world: ChatWorld) -> None:
    """«перенеси на 22 декабря» under the open card: the card on 22 December."""
    await _card(world)
    await _say(world, "перенеси на 22 декабря")
    assert await _saved(world) == (22, 10, 30)
