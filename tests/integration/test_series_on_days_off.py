"""A meeting on a public holiday or in каникулы is named as a problem on the card, not left
under «Накладок нет ✅» (newcomer walk 2026-12-02m, finding 12), through the planner (real
SQLite store, frozen clock 1 December 2026 10:00 Kaliningrad, real templates)."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

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
