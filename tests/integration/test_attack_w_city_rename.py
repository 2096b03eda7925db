"""Attack w (2026-12-02), #2: a rename of an event saved for several schools reaches its
copies in the other schools (title only: each school's room and classes stay its own), so
they stay linked — a later move reaches every school, each school's curator is told. Real
planners over SQLite (test_city_schools' city)."""

from __future__ import annotations

from tests.integration.test_city_schools import CURATORS, LECTURE, PARTNER, City, renderer
from tests.integration.test_city_schools import city as city  # the fixture


async def _titles_and_days(city: City) -> dict[str, list[tuple[str, int]]]:
    found = {}
    for key in ("g32", "l23"):
        events = await city.stores[key].events_between(city.planners[key].clock.now(), None)
        found[key] = [(e.title, e.start.day) for e in events]
    return found


async def test_a_rename_then_a_move_reach_both_schools(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    await city.say("g32", PARTNER, LECTURE)
    await city.say("g32", PARTNER, "да")
    [card] = await city.say("g32", PARTNER, "переименуй лекцию в Лекция о медицине")
    shown = renderer.render(card.template, card.context)
    assert "Лицей №23" in shown, shown
    renamed = await city.say("g32", PARTNER, "да")
    assert renamed[0].template == "updated", [r.template for r in renamed]
    assert "Лицей №23" in renderer.render(renamed[0].template, renamed[0].context)
    lyceum = [r for r in renamed if r.school == "l23"]
    assert lyceum, [(r.template, r.school) for r in renamed]
    assert all(r.recipients == (CURATORS["l23"],) for r in lyceum), lyceum
    after_rename = await _titles_and_days(city)
    assert after_rename["g32"] == after_rename["l23"], after_rename
    await city.say("g32", PARTNER, "перенеси лекцию на 17 декабря")
    moved = await city.say("g32", PARTNER, "да")
    assert moved[0].template == "moved", [r.template for r in moved]
    assert any(r.school == "l23" for r in moved), [(r.template, r.school) for r in moved]
    found = await _titles_and_days(city)
    assert found["g32"] == found["l23"] == [(after_rename["g32"][0][0], 17)], found


async def test_undo_of_a_rename_puts_both_schools_back(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    await city.say("g32", PARTNER, LECTURE)
    await city.say("g32", PARTNER, "да")
    before = await _titles_and_days(city)
    await city.say("g32", PARTNER, "переименуй лекцию в Лекция о медицине")
    await city.say("g32", PARTNER, "да")
    undone = await city.say("g32", PARTNER, "верни")
    assert undone[0].template == "undone", [r.template for r in undone]
    assert await _titles_and_days(city) == before
