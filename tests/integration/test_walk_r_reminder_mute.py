"""«не напоминай про экскурсию» (walk r, 2026-12-02, #22): one event's reminders off for the
person who asks, through the planner and the real notification loop with a hand-moved clock;
the other event's reminders, the poll and other students' reminders stay; «напоминай про …»
turns them on again, and nothing is sent twice. Real SQLite store, real templates."""

from __future__ import annotations

from bot.core.models import NewEvent, Role
from bot.core.planner import Planner, PlannerConfig
from bot.render import Renderer
from tests.integration.test_notifications import TZ, World, at
from tests.integration.test_notifications import world as world  # the fixture


async def _two_events(world: World) -> tuple[Planner, int, int]:
    """An excursion and a lecture on 15 December, the world's student (20) and Маша (21)
    going to both; the planner on the world's clock."""
    org_id = world.organiser.organisation_id
    assert org_id is not None
    masha = await world.store.save_person(21, Role.STUDENT, "Маша", class_name="9Б")
    excursion, lecture = await world.store.add_events(
        [
            NewEvent(
                "Экскурсия в музей янтаря", org_id, at("2026-12-15T11:00"), at("2026-12-15T13:00")
            ),
            NewEvent("Лекция о космосе", org_id, at("2026-12-15T15:00"), at("2026-12-15T16:00")),
        ],
        None,
    )
    for event in (excursion, lecture):
        for person in (world.student, masha):
            await world.store.sign_up(event.id, person.id)
    planner = Planner(world.store, world.clock, PlannerConfig(tz=TZ))
    return planner, excursion.id, lecture.id


def _reminded(sent: list[tuple[str, int]]) -> list[int]:
    return sorted(peer for template, peer in sent if template == "reminder")


async def test_one_events_reminders_off_for_the_one_who_asked(world: World) -> None:
    planner, _, _ = await _two_events(world)
    [reply] = await planner.handle(20, "не напоминай про экскурсию")
    text = Renderer().render(reply.template, reply.context)
    assert reply.template == "reminders_muted", text
    assert "Экскурсия в музей янтаря" in text, text
    assert "Лекция" not in text, text
    # the day-before reminder of the excursion: Маша and the organiser, not Петя (20)
    assert _reminded(await world.at("2026-12-14T11:00")) == [10, 21]
    assert _reminded(await world.at("2026-12-14T15:00")) == [10, 20, 21]  # the lecture: all
    assert _reminded(await world.at("2026-12-15T10:00")) == [10, 21]  # the hour before


async def test_reminders_on_again_send_the_owed_one_once(world: World) -> None:
    planner, _, _ = await _two_events(world)
    await planner.handle(20, "не напоминайте мне о экскурсии")
    assert _reminded(await world.at("2026-12-14T11:00")) == [10, 21]
    [reply] = await planner.handle(20, "напоминай про экскурсию")
    assert reply.template == "reminders_muted"
    assert reply.context["muted"] is False
    assert _reminded(await world.at("2026-12-14T12:00")) == [20]  # the owed one, once
    assert _reminded(await world.at("2026-12-14T12:05")) == []  # never twice
    assert _reminded(await world.at("2026-12-14T15:00")) == [10, 20, 21]  # the lecture
    assert _reminded(await world.at("2026-12-15T10:00")) == [10, 20, 21]


async def test_an_event_not_signed_up_for_is_said_and_nothing_changes(world: World) -> None:
    planner, _, _ = await _two_events(world)
    [reply] = await planner.handle(20, "не напоминай про олимпиаду")
    text = Renderer().render(reply.template, reply.context)
    assert "Не нашёл среди ваших записей" in text, text
    assert _reminded(await world.at("2026-12-14T11:00")) == [10, 20, 21]
