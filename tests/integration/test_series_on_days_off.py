"""A meeting on a public holiday or in каникулы is named as a problem on the card, not left
under «Накладок нет ✅» (newcomer walk 2026-12-02m, finding 12), through the planner (real
SQLite store, frozen clock 1 December 2026 10:00 Kaliningrad, real templates)."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, own

world = chat_world.partner_world

CLUB = "Кружок робототехники каждую среду в 15:00 с 9 декабря по 27 января, 7А, каб. 3"


def _day_off_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("⚠️") and "нерабоч" in line]


async def test_the_walks_weekly_club_names_the_holiday_meeting(world: ChatWorld) -> None:
    lines = await world.card_lines(CLUB)
    assert not [line for line in lines if "Накладок нет ✅" in line], "\n".join(lines)
    [problem] = _day_off_lines(lines)
    assert "6 января" in problem
    assert "30 декабря" not in problem  # a school day before the каникулы


async def test_a_single_event_on_a_holiday_is_named_too(world: ChatWorld) -> None:
    lines = await world.card_lines("Лекция 6 января в 12:00, 9А")
    assert not [line for line in lines if "Накладок нет ✅" in line], "\n".join(lines)
    assert _day_off_lines(lines), "\n".join(lines)


async def test_a_school_day_event_keeps_no_clashes(world: ChatWorld) -> None:
    lines = await world.card_lines("Лекция 16 декабря в 15:00, 9А")
    assert any("Накладок нет ✅" in line for line in lines), "\n".join(lines)
    assert not _day_off_lines(lines)


async def test_the_holiday_meeting_can_be_left_out_of_the_series(world: ChatWorld) -> None:
    """The card offers «без 6 января»; typed, the card comes back without that meeting and
    the series is saved without it (Recurrence.except_dates)."""
    [card] = await world.say(CLUB)
    assert "«без 6 января»" in world.text(card)
    [card] = await world.say("без 6 января")
    assert card.template == "event_card", world.text(card)
    text = world.text(card)
    assert "и ещё 6 раз (каждую неделю до 27 января (ср), без 6 января)" in text
    assert "Накладок нет ✅" in text
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", world.text(saved)
    events = await world.store.events_between(chat_world.NOW, None)
    days = [e.start.astimezone(chat_world.ZONE).date().isoformat() for e in events]
    assert len(days) == 7
    assert "2027-01-06" not in days
    assert "2027-01-13" in days


async def test_a_date_not_in_the_series_changes_nothing(world: ChatWorld) -> None:
    await world.say(CLUB)
    [reply] = await world.say("без 7 января")
    assert "и ещё 6 раз" not in world.text(reply)
