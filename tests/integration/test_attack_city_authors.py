"""A city's rights across schools (bot.core.features.school_twins): a move or cancel in one
school reaches the author's copies in the others only where that school still lets them
change those copies (bot.core.permissions.can_edit as that school knows them). Three real
planners over their own stores (SQLite; PostgreSQL under tests/pg_everywhere.py)."""

from __future__ import annotations

from bot.core.models import EventStatus, Role
from tests.integration.test_city_schools import LECTURE, PARTNER, City, at, renderer
from tests.integration.test_city_schools import city as city  # the fixture


async def _lecture_in_both(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    assert (await city.say("g32", PARTNER, LECTURE))[0].template == "schools_card"
    assert (await city.say("g32", PARTNER, "да"))[0].template == "schools_saved"


async def _ids(city: City) -> dict[str, int]:
    """The lecture's id in each school's store."""
    found = {}
    for key in ("g32", "l23"):
        [event] = await city.stores[key].events_between(at("2026-12-15T00:00"), None)
        found[key] = event.id
    return found


async def _status(city: City, key: str, event_id: int) -> EventStatus:
    event = await city.stores[key].get_event(event_id)
    assert event is not None
    return event.status


async def test_a_copy_its_author_may_no_longer_change_there_stays(city: City) -> None:
    """The partner became a teacher of the lyceum (its own organisation, no longer КГТУ's
    there): cancelling the lecture in the gymnasium must not cancel КГТУ's lyceum event."""
    await _lecture_in_both(city)
    ids = await _ids(city)
    lyceum = city.stores["l23"]
    school = await lyceum.find_organisation("Лицей №23")
    assert school is not None
    await lyceum.save_person(PARTNER, Role.STAFF, "Анна", school.id)
    [card] = await city.say("g32", PARTNER, "отмени лекцию ИИ в медицине")
    assert card.template == "change_card", renderer.render(card.template, card.context)
    assert "Лицей №23" not in renderer.render(card.template, card.context)
    [done, *_] = await city.say("g32", PARTNER, "да")
    assert done.template == "cancelled", renderer.render(done.template, done.context)
    assert await _status(city, "g32", ids["g32"]) is EventStatus.CANCELLED
    [kept] = await lyceum.events_between(at("2026-12-15T00:00"), None)
    assert kept.status is EventStatus.CONFIRMED
    assert kept.start == at("2026-12-15T15:00")


async def test_a_copy_its_author_still_may_change_is_cancelled_too(city: City) -> None:
    await _lecture_in_both(city)
    ids = await _ids(city)
    [card] = await city.say("g32", PARTNER, "отмени лекцию ИИ в медицине")
    assert "Лицей №23" in renderer.render(card.template, card.context)
    [done, *_] = await city.say("g32", PARTNER, "да")
    assert done.template == "cancelled"
    assert await _status(city, "l23", ids["l23"]) is EventStatus.CANCELLED
