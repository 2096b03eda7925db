"""A class teacher's Monday digest («я классный руководитель 7А», conv9 item 2): the week's
events for their class, whoever organises them (a whole-school event too), besides their
own; not another class's; a class teacher whose class has nothing that week gets none.
Real SQLite store, the real notification loop with a hand-moved clock."""

from __future__ import annotations

from datetime import date

from bot.core.digest import DigestDue, digest_reply
from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.render import Renderer
from tests.integration.test_notifications import TZ, World, at
from tests.integration.test_notifications import world as world  # the fixture


async def test_a_class_teacher_gets_their_classes_week(world: World) -> None:
    school = await world.store.create_organisation("Гимназия", OrgKind.SCHOOL)
    teacher = await world.store.save_person(40, Role.STAFF, "Ольга", school.id, "7А")
    await world.store.save_person(41, Role.STAFF, "Иван", school.id, "9В")  # nothing for 9В
    await world.store.save_person(42, Role.STAFF, "Пётр", school.id)  # no class, wrote nothing
    org_id = world.organiser.organisation_id
    assert org_id is not None

    def lecture(title: str, day: int, audience: Audience) -> NewEvent:
        start = at(f"2026-12-{day}T15:00")
        return NewEvent(title, org_id, start, at(f"2026-12-{day}T16:00"), audience=audience)

    await world.store.add_events(
        [
            lecture("Лекция о роботах", 15, Audience(classes=frozenset({"7А"}))),
            lecture("Экскурсия в порт", 16, Audience(classes=frozenset({"8Б"}))),
            lecture("Лекция для седьмых", 17, Audience(grades=frozenset({7}))),
            lecture("Педсовет", 18, Audience(staff=True)),
        ],
        None,
    )
    got = await world.at("2026-12-14T08:00", digests=True)
    assert got == [("digest", 10), ("digest", 40)]  # the partner and 7А's teacher only
    reply = await digest_reply(world.store, DigestDue("k", teacher, date(2026, 12, 14)), TZ)
    text = Renderer().render(reply.template, reply.context)
    assert "Лекция о роботах" in text
    assert "Лекция для седьмых" in text  # grade 7 takes in 7А
    assert "Экскурсия в порт" not in text  # 8Б's
    assert "Педсовет" not in text  # the staff's, not the class's
    later = await world.at("2026-12-21T08:00", digests=True)
    assert [sent for sent in later if sent[0] == "digest"] == [("digest", 10)]  # 7А: nothing
