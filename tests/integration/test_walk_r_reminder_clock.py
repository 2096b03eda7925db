"""Reminders at a clock time (walk r, 2026-12-02, #22): «напоминай вечером накануне»,
«напоминай накануне в 19:00», «напоминай утром в день мероприятия» through the planner and
the real notification loop with a hand-moved clock (world's clock starts 10 December 12:00).
The reply says what the times mean for the student's next event; a changed preference
neither loses a reminder still ahead nor adds one at once beside the one already sent. Real
SQLite store (PostgreSQL under tests/pg_everywhere.py), real templates."""

from __future__ import annotations

import pytest

from bot.core.models import NewEvent
from bot.core.planner import Planner, PlannerConfig
from bot.render import Renderer
from tests.integration.test_notifications import TZ, World, at
from tests.integration.test_notifications import world as world  # the fixture


async def _lecture(world: World, start: str = "2026-12-15T15:00") -> Planner:
    """«Лекция о космосе» (15 December 15:00–16:00 unless `start` says otherwise), the world's
    student (20) going; the planner on the world's clock."""
    org_id = world.organiser.organisation_id
    assert org_id is not None
    [lecture] = await world.store.add_events(
        [NewEvent("Лекция о космосе", org_id, at(start), at(start).replace(hour=23, minute=0))],
        None,
    )
    await world.store.sign_up(lecture.id, world.student.id)
    return Planner(world.store, world.clock, PlannerConfig(tz=TZ))


def _reminded(sent: list[tuple[str, int]]) -> list[int]:
    return sorted(peer for template, peer in sent if template == "reminder")


async def _say(planner: Planner, text: str) -> str:
    replies = await planner.handle(20, text)
    return "\n".join(Renderer().render(r.template, r.context) for r in replies)


@pytest.mark.parametrize(
    "words", ["напоминай вечером накануне", "напоминай накануне в 19:00", "напоминай накануне"]
)
async def test_a_reminder_on_the_eve(world: World, words: str) -> None:
    planner = await _lecture(world)
    text = await _say(planner, words)
    assert "Буду напоминать накануне в 19:00" in text, text
    assert "Напомню 14 декабря в 19:00 о «Лекция о космосе»" in text, text
    assert _reminded(await world.at("2026-12-14T15:00")) == [10]  # the organiser's day before
    assert _reminded(await world.at("2026-12-14T19:00")) == [20]
    assert _reminded(await world.at("2026-12-15T14:00")) == [10]  # no hour-before for 20


async def test_a_reminder_on_the_morning_and_an_hour_before(world: World) -> None:
    planner = await _lecture(world)
    text = await _say(planner, "напоминай утром в день мероприятия и за час")
    assert "в день мероприятия в 08:00 и за час до начала" in text, text
    assert "15 декабря в 08:00 и в 14:00" in text, text
    assert _reminded(await world.at("2026-12-14T15:00")) == [10]
    assert _reminded(await world.at("2026-12-15T08:00")) == [20]
    assert _reminded(await world.at("2026-12-15T14:00")) == [10, 20]


async def test_a_morning_reminder_of_an_early_event_goes_the_evening_before(world: World) -> None:
    """An event at 07:30 (inside no quiet hours but before 08:00): its «утром» moment is not
    before it, so it goes the evening before at 20:00, as an offset's does."""
    planner = await _lecture(world, "2026-12-15T07:30")
    text = await _say(planner, "напоминай утром в день мероприятия")
    assert "Напомню 14 декабря в 20:00" in text, text
    assert 20 in _reminded(await world.at("2026-12-14T20:00"))


async def test_a_night_clock_time_moves_as_offsets_do(world: World) -> None:
    planner = await _lecture(world)
    text = await _say(planner, "напоминай накануне в 23:00")
    assert "Напомню 15 декабря в 08:00" in text, text  # 23:00 is in students' quiet hours
    assert 20 not in _reminded(await world.at("2026-12-14T23:00"))
    assert _reminded(await world.at("2026-12-15T08:00")) == [20]


async def test_a_changed_preference_neither_doubles_nor_loses(world: World) -> None:
    planner = await _lecture(world)
    assert _reminded(await world.at("2026-12-14T15:00")) == [10, 20]  # defaults: day before
    world.clock.set(at("2026-12-14T20:00"))
    text = await _say(planner, "напоминай накануне в 19:00")  # its moment has passed
    assert "по новому времени напоминаний уже не будет" in text, text
    assert _reminded(await world.at("2026-12-14T20:01")) == []  # not a second one at once
    assert _reminded(await world.at("2026-12-15T14:00")) == [10]
    # back to an hour before: the one still ahead goes out, once
    world.clock.set(at("2026-12-15T13:00"))
    text = await _say(planner, "напоминай за час")
    assert "Напомню 15 декабря в 14:00" in text, text
    assert _reminded(await world.at("2026-12-15T14:00")) == [20]
    assert _reminded(await world.at("2026-12-15T14:05")) == []


async def test_a_time_with_no_day_is_not_guessed(world: World) -> None:
    planner = await _lecture(world)
    replies = await planner.handle(20, "напоминай накануне в 19:00 и утром")
    assert [r.template for r in replies] == ["reminder_times_not_understood"]
    assert await world.store.reminder_clocks() == {}
