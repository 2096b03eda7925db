"""A weekly club on several weekdays («по вторникам и четвергам») is saved and listed on
every one of them, not on its first weekday alone (doubt82, broad9:5: Thursdays were dropped
silently), through the planner (real SQLite store, frozen clock Tuesday 1 December 2026
10:00 Kaliningrad, real templates)."""

from __future__ import annotations

from datetime import date

from tests import chat_world
from tests.chat_world import ChatWorld, own

world = chat_world.partner_world

CLUB = "Кружок робототехники по вторникам и четвергам в 15:00, каб. 12, 7А"


async def _saved_days(world: ChatWorld) -> list[date]:
    events = await world.store.events_between(chat_world.NOW, None)
    return [e.start.astimezone(chat_world.ZONE).date() for e in events]


async def test_the_club_is_saved_on_tuesdays_and_thursdays(world: ChatWorld) -> None:
    [card] = await world.say(CLUB)
    assert card.template == "event_card", world.text(card)
    text = world.text(card)
    assert "(по вт и чт" in text, text
    assert "каждую неделю" not in text, text
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", world.text(saved)
    days = await _saved_days(world)
    assert days[:4] == [date(2026, 12, 1), date(2026, 12, 3), date(2026, 12, 8), date(2026, 12, 10)]
    assert {d.weekday() for d in days} == {1, 3}
    assert len(days) == 17  # eight weeks on from the first Tuesday, both days, as one series
    events = await world.store.events_between(chat_world.NOW, None)
    assert len({e.series_id for e in events}) == 1


async def test_next_week_lists_both_meetings(world: ChatWorld) -> None:
    await world.say(CLUB)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", world.text(saved)
    [listed] = own(await world.say("что на следующей неделе?"))
    shown = world.text(listed)
    assert shown.count("Кружок робототехники") == 2, shown
    assert "8 декабря" in shown, shown
    assert "10 декабря" in shown, shown


async def test_three_abbreviated_days_until_a_date(world: ChatWorld) -> None:
    """«по пн, ср и пт … до 18 декабря»: Mondays, Wednesdays and Fridays, the first on
    Wednesday the 2nd (the nearest of them from Tuesday), none after the 18th."""
    [card] = await world.say("Секция баскетбола по пн, ср и пт в 16:00 до 18 декабря, 7А")
    text = world.text(card)
    assert "(по пн, ср и пт до 18 декабря" in text, text
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", world.text(saved)
    days = await _saved_days(world)
    assert days[0] == date(2026, 12, 2)
    assert days[-1] == date(2026, 12, 18)
    assert len(days) == 8
    assert {d.weekday() for d in days} == {0, 2, 4}


SHORT_CLUB = "Кружок робототехники по вторникам и четвергам в 15:00 до 10 декабря, 7А"


async def test_a_two_day_series_is_extended_on_both_days(world: ChatWorld) -> None:
    """«продли кружок до 22 декабря» on a Tuesday-and-Thursday club: its rhythm has gaps of
    2 and 5 days yet is steady — the new meetings are Tuesdays and Thursdays (series_rhythm),
    not «how to add meetings» nor one weekday."""
    await world.say(SHORT_CLUB)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", world.text(saved)
    assert len(await _saved_days(world)) == 4
    replies = own(await world.say("продли кружок робототехники до 22 декабря"))
    assert [r.template for r in replies][:2] == ["series_extend_note", "event_card"], [
        world.text(r) for r in replies
    ]
    note, card = (world.text(r) for r in replies[:2])
    assert "15, 17 и 22 декабря" in note, note
    assert "по вт и чт" in card, card
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", world.text(saved)
    days = await _saved_days(world)
    assert [d.day for d in days] == [1, 3, 8, 10, 15, 17, 22]
    events = await world.store.events_between(chat_world.NOW, None)
    assert len({e.series_id for e in events}) == 1


async def test_one_more_meeting_is_the_next_listed_weekday(world: ChatWorld) -> None:
    """«добавь ещё занятие 30 ноября» (past) names the series' next meeting as the example:
    Tuesday the 15th after Thursday the 10th, not Saturday the 12th (the last gap, two days,
    repeated)."""
    await world.say(SHORT_CLUB)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", world.text(saved)
    [reply] = own(await world.say("добавь ещё занятие 30 ноября"))
    assert reply.template == "series_add_past", world.text(reply)
    assert "«добавь ещё занятие 15 декабря»" in world.text(reply), world.text(reply)


async def test_leaving_out_the_first_meeting_starts_on_the_next_listed_day(
    world: ChatWorld,
) -> None:
    """«без 1 декабря» on a Tuesday-and-Thursday card: the first meeting is Thursday the
    3rd, not a week on (Tuesday the 8th), and no meeting is lost."""
    await world.say("Кружок робототехники по вторникам и четвергам в 15:00 до 17 декабря, 7А")
    [card] = await world.say("без 1 декабря")
    text = world.text(card)
    assert "3 декабря (чт), 15:00 и ещё 4 раза (по вт и чт" in text, text
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", world.text(saved)
    assert [d.day for d in await _saved_days(world)] == [3, 8, 10, 15, 17]
