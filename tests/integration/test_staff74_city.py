"""staff74 (staff72, left 2): an event КГТУ saved in two schools of a city, made staff-only in
one. Classes are each school's own (school_twins: an edit of the classes stays in its
school), so the gymnasium's student is withdrawn and told so, and the lyceum's copy keeps
its classes, its student's sign-up and says nothing. Three real planners over their own
stores (tests/integration/test_city_schools.py)."""

from __future__ import annotations

from bot.core.models import Audience, Role
from tests.integration.test_city_schools import LECTURE, PARTNER, STUDENT, City, at, renderer
from tests.integration.test_city_schools import city as city  # the fixture


async def test_a_copy_made_staff_only_in_one_school_withdraws_only_there(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    assert (await city.say("g32", PARTNER, LECTURE))[0].template == "schools_card"
    assert (await city.say("g32", PARTNER, "да"))[0].template == "schools_saved"
    ids = {}
    for key in ("g32", "l23"):
        store = city.stores[key]
        [event] = await store.events_between(at("2026-12-01T00:00"), None)
        student = await store.save_person(STUDENT, Role.STUDENT, "Петя", None, "10А")
        await store.sign_up(event.id, student.id)
        ids[key] = event.id
    [card] = await city.say("g32", PARTNER, "поменяй классы на педагоги")
    shown = renderer.render(card.template, card.context)
    assert "🚫 Снимется запись 1 ученика" in shown, shown
    assert "Лицей №23" not in shown, shown  # the lyceum's classes are its own
    replies = await city.say("g32", PARTNER, "да")
    [told] = [r for r in replies if STUDENT in r.recipients]
    assert told.template == "participant_withdrawn", told.template
    assert told.school is None  # the gymnasium's own student, through its own community
    assert await city.stores["g32"].signed_up(ids["g32"]) == []
    lyceum = await city.stores["l23"].get_event(ids["l23"])
    assert lyceum is not None
    assert lyceum.audience == Audience(grades=frozenset({9, 10, 11})), lyceum.audience
    assert [p.vk_id for p in await city.stores["l23"].signed_up(ids["l23"])] == [STUDENT]
