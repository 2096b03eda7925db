"""attack78 in a city (bot.core.features.school_twins): round 43's end changed by a length,
made by a partner re-linked as a teacher in another school (held: permissions.changes_copy).
Three real planners over their own stores (SQLite; PostgreSQL under tests/pg_everywhere.py).
Sentences are my own."""

from __future__ import annotations

from bot.core.models import Role
from tests.integration.test_attack_city_authors import _ids, _lecture_in_both
from tests.integration.test_city_schools import PARTNER, City, at, renderer
from tests.integration.test_city_schools import city as city  # the fixture


async def _relinked_in_lyceum(city: City) -> None:
    """КГТУ's representative became a teacher of the lyceum (no longer КГТУ's there)."""
    lyceum = city.stores["l23"]
    school = await lyceum.find_organisation("Лицей №23")
    assert school is not None
    await lyceum.save_person(PARTNER, Role.STAFF, "Анна", school.id)


async def test_a_length_change_in_one_school_leaves_the_relinked_copy(city: City) -> None:
    """«продли лекцию … на час» in the gymnasium, by the partner now a lyceum teacher: the
    lyceum's copy (КГТУ's event there) keeps its end."""
    await _lecture_in_both(city)
    ids = await _ids(city)
    await _relinked_in_lyceum(city)
    [kept] = await city.stores["l23"].events_between(at("2026-12-15T00:00"), None)
    # the lecture has no end: chat77's note on the assumed hour comes before the card
    [note, card] = await city.say("g32", PARTNER, "продли лекцию ИИ в медицине на час")
    assert note.template == "run_end_read_as"
    text = renderer.render(card.template, card.context)
    assert card.template == "change_card", text
    assert "Лицей №23" not in text, text
    [done, *_] = await city.say("g32", PARTNER, "да")
    assert done.template == "moved", renderer.render(done.template, done.context)
    moved = await city.stores["g32"].get_event(ids["g32"])
    assert moved is not None
    assert moved.end == at("2026-12-15T17:00")
    lyceum = await city.stores["l23"].get_event(ids["l23"])
    assert lyceum is not None
    assert lyceum.end == kept.end
