"""Attack 61: forging across schools of a city through its real entry point (the `city`
fixture of tests/e2e/test_vk_city.py: two communities, one Callback API app; each school a
SQLite file, or a PostgreSQL schema under tests.pg_everywhere). Each school's event ids
count from 1 in its own store, so B's later events have ids that A's store does not hold:
a forged button, a typed command or a plan file in A's community naming them must reach
nothing of B. Read through the stores only (both backends).
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from typing import Any

from openpyxl import load_workbook

from bot.core.models import Audience, Event, NewEvent, OrgKind, Role
from tests.e2e import test_vk_city
from tests.e2e.test_vk_city import (
    CURATOR_A,
    CURATOR_B,
    GROUP_A,
    GROUP_B,
    STUDENT_B,
    City,
    seed,
)
from tests.e2e.test_vk_city_attack import (
    PARTNER,
    code_in,
    events_of,
    invite,
    replies_to,
    saved_for_both_with_a_student_of_b,
)
from tests.plan_makers import docx

town = test_vk_city.city
TWO_ROLES = 7400  # a student of A and a teacher of B
COLLEAGUE = 7301  # a second representative of КГТУ, invited in A only


def forgeries(e: int) -> list[dict[str, Any]]:
    """Buttons naming event `e`: every kind that acts on an event by its id."""
    return [
        {"a": "cancel_event", "id": e},
        {"a": "move_event", "id": e},
        *({"a": "edit_event", "id": e, "f": f} for f in ("venue", "title", "classes")),
        *({"a": "change", "v": 1, "id": e, "k": k} for k in ("", "cancel")),
        {"a": "agree", "id": e},
        {"a": "event_clashes", "id": e},
        *({"a": "scope", "s": s, "id": e} for s in ("one", "series")),
        {"a": "signup", "id": e},
        {"a": "unsign", "id": e},
        {"a": "rate", "id": e, "v": 5},
        {"a": "absent", "id": e},
    ]


def state(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.id, e.title, e.start, e.status, e.venue, e.version, e.audience) for e in events]


async def forge_everywhere(city: City, group: int, peer: int, ids: list[int]) -> None:
    """Every forgery for each id pressed as a callback and sent as a text button's payload
    in `group`'s community, then «да» (confirming any card they opened); waits for the
    answers."""
    before = len(city.vk.texts_from(group, peer))
    sent = 0
    for e in ids:
        for data in forgeries(e):
            await city.press(group, peer, data)
            await city.post(city.vk.push_message(peer, "", payload=data, group_id=group))
            sent += 2
    await city.say(group, peer, "да")
    await city.vk.wait_for(lambda s: len(s.texts_from(group, peer)) >= before + 1, within=30)


async def test_a_curators_forged_buttons_with_another_schools_ids_reach_nothing(
    town: City,
) -> None:
    [mine] = await seed(town.a, ["Лекция гимназии"])
    theirs = await seed(town.b, ["Театр лицея", "Музей лицея", "Завод лицея"])
    forged = [e for e in theirs if e != mine]
    assert forged
    b_before = state(await events_of(town, GROUP_B))
    a_before = state(await events_of(town, GROUP_A))
    await forge_everywhere(town, GROUP_A, CURATOR_A, forged)
    # a curator may change any event of their school: a leak would show here
    assert state(await events_of(town, GROUP_B)) == b_before
    assert state(await events_of(town, GROUP_A)) == a_before
    assert town.vk.texts_from(GROUP_B, CURATOR_A) == []
    assert town.vk.texts_from(GROUP_B, CURATOR_B) == []  # nobody in B heard of anything
    texts = town.vk.texts_from(GROUP_A, CURATOR_A)
    assert not [t for t in texts if "лицея" in t or "Перенести «" in t], texts
    assert await town.b.store.get_person_by_vk(CURATOR_A) is None


async def test_a_student_of_one_school_and_teacher_of_the_other_forges_nothing_across(
    town: City,
) -> None:
    org = await town.b.store.create_organisation("Лицей №23", OrgKind.SCHOOL)
    teacher = await town.b.store.save_person(TWO_ROLES, Role.STAFF, "Ольга", org.id)
    start = datetime(2099, 12, 15, 15, 0, tzinfo=town.b.store.tz)
    await town.b.store.add_events(
        [NewEvent("Пустышка", org.id, start, start + timedelta(hours=1))], None
    )
    [own] = await town.b.store.add_events(
        [
            NewEvent(
                "Классный час лицея",
                org.id,
                start + timedelta(days=1),
                start + timedelta(days=1, hours=1),
                audience=Audience(grades={10}),
                created_by=teacher.id,
            )
        ],
        None,
    )
    await town.say(GROUP_A, TWO_ROLES, "я из 10А")
    await town.vk.wait_text(TWO_ROLES, "Запомнил")
    b_before = state(await events_of(town, GROUP_B))
    await forge_everywhere(town, GROUP_A, TWO_ROLES, [own.id])
    await town.say(GROUP_A, TWO_ROLES, "перенеси классный час лицея на 18 декабря 2099 в 15:00")
    await town.say(GROUP_A, TWO_ROLES, "да")
    await town.say(GROUP_A, TWO_ROLES, "отмени классный час лицея")
    await town.say(GROUP_A, TWO_ROLES, "да")
    await town.vk.wait_for(lambda s: len(s.texts_from(GROUP_A, TWO_ROLES)) >= 5, within=30)
    texts = town.vk.texts_from(GROUP_A, TWO_ROLES)
    assert not [t for t in texts if "Перенести «" in t or "Отменить «" in t], texts
    assert state(await events_of(town, GROUP_B)) == b_before
    assert await events_of(town, GROUP_A) == []
    person_a = await town.a.store.get_person_by_vk(TWO_ROLES)
    assert person_a is not None
    assert person_a.role is Role.STUDENT
    assert await town.b.store.signed_up(own.id) == []  # A's student is nobody's sign-up in B
    assert town.vk.texts_from(GROUP_B, TWO_ROLES) == []
    # in B the same person is the teacher who may move their own event: the target was real
    await town.say(GROUP_B, TWO_ROLES, "перенеси классный час лицея на 18 декабря 2099 в 15:00")
    await town.vk.wait_for(lambda s: bool(s.texts_from(GROUP_B, TWO_ROLES)), within=30)
    await town.say(GROUP_B, TWO_ROLES, "да")
    await town.vk.wait_text(TWO_ROLES, "Перенесено")
    moved = await town.b.store.get_event(own.id)
    assert moved is not None
    assert moved.start.date().isoformat() == "2099-12-18"


async def test_a_colleague_of_the_author_in_one_school_changes_nothing_in_the_other(
    town: City,
) -> None:
    """КГТУ's event saved for both schools by its author; a second representative of КГТУ,
    invited only in A (so one organisation with the author there), cancels it in A: A's
    copy is theirs to cancel, B's copy is not (they are nobody in B)."""
    _, in_b = await saved_for_both_with_a_student_of_b(town)
    await town.say(GROUP_A, CURATOR_A, "пригласи партнёра КГТУ")
    await town.vk.wait_for(
        lambda s: sum("Код приглашения" in t for t in s.texts_from(GROUP_A, CURATOR_A)) >= 2
    )
    await town.say(GROUP_A, COLLEAGUE, code_in(town.vk, GROUP_A, CURATOR_A))
    await town.vk.wait_for(lambda s: any("КГТУ" in t for t in s.texts_from(GROUP_A, COLLEAGUE)))
    colleague = await town.a.store.get_person_by_vk(COLLEAGUE)
    author = await town.a.store.get_person_by_vk(PARTNER)
    assert colleague is not None
    assert author is not None
    assert colleague.organisation_id == author.organisation_id
    heard = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    sent = len(town.vk.texts_from(GROUP_A, COLLEAGUE))
    await town.say(GROUP_A, COLLEAGUE, "отмени лекцию «ИИ в медицине»")
    await replies_to(town, GROUP_A, COLLEAGUE, sent + 1)
    await town.say(GROUP_A, COLLEAGUE, "да")
    done = (await replies_to(town, GROUP_A, COLLEAGUE, sent + 2))[-1]
    assert "Отменено" in done, done
    assert "Лицей №23" not in done, done
    assert await events_of(town, GROUP_A) == []  # A's copy is theirs to cancel
    [after_b] = await events_of(town, GROUP_B)
    assert state([after_b]) == state([in_b])
    for payload in forgeries(in_b.id):
        await town.press(GROUP_A, COLLEAGUE, payload)
    await town.say(GROUP_A, COLLEAGUE, "да")
    await replies_to(town, GROUP_A, COLLEAGUE, sent + 3)
    assert state(await events_of(town, GROUP_B)) == state([in_b])
    assert len(town.vk.texts_from(GROUP_B, STUDENT_B)) == heard
    assert town.vk.texts_from(GROUP_B, COLLEAGUE) == []


async def test_a_plan_file_and_an_export_in_one_school_name_nothing_of_the_other(
    town: City,
) -> None:
    """A partner invited only in A sends a plan file whose lines name the lyceum and B's
    event; the curator of A asks for the export: nothing is filed in B, and A's file holds
    none of B's events."""
    theirs = await seed(town.b, ["Театр лицея", "Музей лицея"])
    b_before = state(await events_of(town, GROUP_B))
    await invite(town, GROUP_A, CURATOR_A)
    header = ["Дата", "Время", "Мероприятие", "Классы"]
    plan = docx(
        [
            [
                header,
                ["15.12.2099", "15:00", "Театр лицея", "10 классы лицея №23"],
                ["16.12.2099", "11:00", "Экскурсия для лицея №23", "10"],
            ]
        ]
    )
    doc = town.vk.host_document(PARTNER, "План.docx", plan)
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.post(town.vk.push_message(PARTNER, "", attachments=[doc], group_id=GROUP_A))
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, sent + 2)
    assert state(await events_of(town, GROUP_B)) == b_before
    assert town.vk.texts_from(GROUP_B, CURATOR_B) == []
    uploads = len(town.vk.uploads)
    await town.say(GROUP_A, CURATOR_A, "выгрузка")
    await town.vk.wait_for(lambda s: len(s.uploads) > uploads, within=30)
    _, data = town.vk.uploads[-1]
    cells = [
        str(c)
        for ws in load_workbook(io.BytesIO(data)).worksheets
        for row in ws.iter_rows(values_only=True)
        for c in row
        if c is not None
    ]
    # the partner's lines are A's own events now (a plan file names no other school)
    assert sorted(e.title for e in await events_of(town, GROUP_A)) == [
        "Театр лицея",
        "Экскурсия для лицея №23",
    ]
    assert {e.id for e in await events_of(town, GROUP_B)} == set(theirs)
    # the export holds A's two events and nothing of B's store
    assert cells.count("Театр лицея") == 1  # A's own, not B's as well
    assert "Музей лицея" not in cells, cells
