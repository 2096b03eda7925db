"""Attack v (2026-12-02), finding 23: a partner's event for several schools waits in each
school; each school's curator gets «⏳ Ждёт вашего согласования» with the button of that
school's own copy, through that school's community, and the partner's «согласовал» names
the school whose curator agreed. Real planners over SQLite (test_city_schools' city)."""

from __future__ import annotations

from tests.integration.test_city_schools import CURATORS, LECTURE, PARTNER, City, renderer
from tests.integration.test_city_schools import city as city  # the fixture


async def test_each_schools_curator_agrees_its_own_copy(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    await city.say("g32", PARTNER, LECTURE)
    saved = await city.say("g32", PARTNER, "да")
    waiting = {r.school: r for r in saved if r.template == "agreement_waiting_notice"}
    assert set(waiting) == {"g32", "l23"}, [r.template for r in saved]
    copies = {}
    for key, notice in waiting.items():
        assert notice.recipients == (CURATORS[key],)
        [[button]] = notice.buttons
        [copy] = await city.stores[key].events_between(city.planners[key].clock.now(), None)
        assert button.payload["id"] == copy.id
        copies[key] = copy
        school = "Лицей №23" if key == "l23" else "Гимназия №32"
        assert school in renderer.render(notice.template, notice.context)
    agreed = await city.say("l23", CURATORS["l23"], "согласовано")  # the lyceum's notice
    assert agreed[0].template == "agreement_done", [r.template for r in agreed]
    [told] = [r for r in agreed if r.template == "agreement_notice"]
    assert told.recipients == (PARTNER,)
    heard = renderer.render(told.template, told.context)
    assert "Куратор (Лицей №23) согласовал" in heard, heard
    assert "Гимназия №32: ⏳ ещё ждёт согласования" in heard, heard
    lyceum = await city.stores["l23"].get_event(copies["l23"].id)
    gymnasium = await city.stores["g32"].get_event(copies["g32"].id)
    assert lyceum is not None
    assert gymnasium is not None
    assert lyceum.agreed
    assert not gymnasium.agreed
    [[button]] = waiting["g32"].buttons
    pressed = await city.say("g32", CURATORS["g32"], "", **button.payload)
    assert pressed[0].template == "agreement_done", [r.template for r in pressed]
    [told] = [r for r in pressed if r.template == "agreement_notice"]
    heard = renderer.render(told.template, told.context)
    assert "Лицей №23: ✅ тоже согласовано" in heard, heard
    gymnasium = await city.stores["g32"].get_event(copies["g32"].id)
    assert gymnasium is not None
    assert gymnasium.agreed
