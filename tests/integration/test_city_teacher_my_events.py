"""City mode: «мои события в лицее №23» and the hint under «мои события» count a teacher's
own events there (those they added), never every event of that school's organisation.
Three real planners over their own stores (tests/integration/test_city_schools.py)."""

from __future__ import annotations

from bot.core.models import Role
from bot.core.replies import Reply
from tests.integration.test_city_schools import CURATORS, PARTNER, City, at
from tests.integration.test_city_schools import city as city  # the fixture


def _titles(reply: Reply) -> list[str]:
    return [e["title"] for d in reply.context.get("days", []) for e in d["events"]]


async def test_a_teachers_my_events_in_another_school_are_their_own(city: City) -> None:
    """The partner is a teacher of the lyceum too: the lyceum curator's event there is the
    school's, not theirs, in «мои события в лицее №23» and in the hint under «мои события»."""
    await city.invite("g32")
    lyceum = city.stores["l23"]
    school = await city.planners["l23"].own_organisation()
    await lyceum.save_person(PARTNER, Role.STAFF, "Анна", school.id)
    await city.say("l23", CURATORS["l23"], "Педсовет 16 декабря в 16:00, актовый зал")
    await city.say("l23", CURATORS["l23"], "да")
    await city.say("l23", PARTNER, "Классный час 17 декабря в 12:00, 10А")
    await city.say("l23", PARTNER, "да")
    assert len(await lyceum.events_between(at("2026-12-01T00:00"), None)) == 2
    [there] = await city.say("g32", PARTNER, "мои события в лицее №23")
    assert there.template == "schools_my_events"
    assert _titles(there) == ["Классный час"], _titles(there)
    [here] = await city.say("g32", PARTNER, "мои события")
    assert [s["count"] for s in here.context["elsewhere"]] == [1], here.context["elsewhere"]
