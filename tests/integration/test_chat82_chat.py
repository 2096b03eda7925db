"""chat82's chat leftovers through the planner (real store, real templates, frozen clock;
tests/integration/test_conversation_changes.py's world): a teacher's name in the notices of
their changes stands in the case of its sentence («Перенесено педагогом Анной Петровной»,
not «педагогом Анна Петровна»); a name pymorphy3 does not know as one stays as written."""

from __future__ import annotations

from bot.core.models import Role
from tests.integration.test_conversation_changes import CURATOR, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

TEACHER, GUEST_TEACHER = 500, 501
TRIP = "Экскурсия в музей 9 декабря в 12:00, 10Б"


async def _teacher(world: World, vk_id: int, name: str) -> None:
    school = await world.planner.own_organisation()
    await world.store.save_person(vk_id, Role.STAFF, name, school.id)


async def _curators_notice(world: World, vk_id: int, *messages: str) -> str:
    """The curator's notice of the change `messages` make (the last one confirms it)."""
    replies = []
    for message in messages:
        replies = await world.say(vk_id, message)
    told = [world.text(r) for r in replies if CURATOR in r.recipients]
    assert len(told) == 1, [world.text(r) for r in replies]
    return told[0]


async def test_a_teachers_name_is_inflected_in_the_curators_notices(world: World) -> None:
    await _teacher(world, TEACHER, "Анна Петровна Смирнова")
    await add(world, TEACHER, TRIP)
    moved = await _curators_notice(world, TEACHER, "перенеси экскурсию в музей на 14:00", "да")
    assert "Перенесено педагогом Анной Петровной Смирновой:" in moved, moved
    cancelled = await _curators_notice(world, TEACHER, "отмени экскурсию в музей", "да")
    assert "Отменено педагогом Анной Петровной Смирновой:" in cancelled, cancelled


async def test_a_name_not_known_as_one_stays_as_written(world: World) -> None:
    """«Волк» is no surname in the dictionary: the whole name stays in the nominative
    rather than half inflected («Ильёй Волк»)."""
    await _teacher(world, GUEST_TEACHER, "Илья Волк")
    await add(world, GUEST_TEACHER, TRIP)
    cancelled = await _curators_notice(world, GUEST_TEACHER, "отмени экскурсию в музей", "да")
    assert "Отменено педагогом Илья Волк:" in cancelled, cancelled
