"""The README's "what each role can say" tables match
what the bot does: every example is sent, as its role and in the table's order, to the real
planner over a real store with a week of events; none is answered «не понял», an unknown
button or an error, and every reply renders."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## What each role can say"
PEOPLE = {"Ученик": 400, "Партнёр": 200, "Педагог": 300, "Куратор": 100}
REFUSALS = {"not_understood", "unknown_button", "error"}


def examples() -> list[tuple[str, str]]:
    """(role heading, example) for every table row, in order."""
    found: list[tuple[str, str]] = []
    role = ""
    text = README.read_text(encoding="utf-8")
    section = text[text.index(SECTION) + len(SECTION) :]
    section = section[: section.find("\n## ")] if "\n## " in section else section
    for line in section.splitlines():
        if line.startswith("### "):
            role = line[4:].split()[0]
        match = re.match(r"^\| «(.+?)» \|", line)
        if match:
            found.append((role, match.group(1)))
    return found


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def planner(tmp_path: Path) -> AsyncIterator[Planner]:
    store: SqliteStore = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(at("2026-11-23T10:00"))  # Monday
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({PEOPLE["Куратор"]})))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    school = await planner.own_organisation()
    await store.save_person(PEOPLE["Партнёр"], Role.PARTNER, "Анна", kgtu.id)
    await store.save_person(PEOPLE["Педагог"], Role.STAFF, "Ирина", school.id)
    await planner.identify(PEOPLE["Куратор"], "Завуч")
    nine, senior = Audience(grades=frozenset({9})), Audience(grades=frozenset({9, 10, 11}))
    await store.add_events(
        [
            NewEvent(
                "Лекция о космосе",
                kgtu.id,
                at("2026-11-24T15:00"),
                at("2026-11-24T16:00"),
                audience=nine,
            ),
            NewEvent(
                "Экскурсия в Музей янтаря",
                school.id,
                at("2026-11-25T10:00"),
                at("2026-11-25T12:00"),
                audience=Audience(classes=frozenset({"9Б"})),
            ),
            NewEvent(
                "Мастер-класс по 3D",
                kgtu.id,
                at("2026-11-26T15:00"),
                at("2026-11-26T16:00"),
                audience=senior,
            ),
            NewEvent(
                "День открытых дверей КГТУ",
                kgtu.id,
                at("2026-11-28T11:00"),
                at("2026-11-28T13:00"),
                audience=senior,
            ),
        ],
        None,
    )
    yield planner
    await store.close()


def test_the_table_covers_every_role() -> None:
    roles = {role for role, _ in examples()}
    assert roles == set(PEOPLE)
    assert len(examples()) >= 30


async def test_every_example_is_understood(planner: Planner) -> None:
    renderer = Renderer()
    refused = []
    for role, text in examples():
        replies = await planner.handle(PEOPLE[role], text)
        assert replies, text
        for reply in replies:
            rendered = renderer.render(reply.template, reply.context)
            if reply.template in REFUSALS or "не понял" in rendered.lower():
                refused.append((role, text, reply.template))
    assert refused == []


async def test_the_student_examples_do_what_the_table_says(planner: Planner) -> None:
    student = PEOPLE["Ученик"]
    said = {}
    for role, text in examples():
        if role == "Ученик":
            said[text] = await planner.handle(student, text)
    assert said["привет"][0].template == "small_talk"
    assert said["а завтра что-нибудь есть?"][0].template == "events_list"
    weekend = said["что есть на выходных?"][0]
    assert [e["title"] for d in weekend.context["days"] for e in d["events"]] == [
        "День открытых дверей КГТУ"
    ]
    assert [r.template for r in said["запиши меня на 2 и 3"]] == ["signed_up", "signed_up"]
    by_title = said["запиши меня на день открытых дверей"][0]
    assert by_title.template == "signed_up"
    assert by_title.context["event"]["title"] == "День открытых дверей КГТУ"


async def test_the_lines_of_round_45_do_what_the_table_says(planner: Planner) -> None:
    """chat78: chat77's and attack78's lines (a hedged withdrawal, «не пойду в школу», «продли
    … на месяц / на неделю», the 40 meetings of «добавь ещё занятие») and «это мероприятие
    для родителей», each sent in the table's order, get what their row says."""
    said: list[tuple[str, str, list[str]]] = []
    for role, text in examples():
        replies = await planner.handle(PEOPLE[role], text)
        said.append((role, text, [r.template for r in replies]))

    def after(role: str, text: str, step: int = 0) -> list[str]:
        at = next(i for i, (r, t, _) in enumerate(said) if (r, t) == (role, text))
        return said[at + step][2]

    hedged = "наверное не пойду на лекцию о космосе"
    assert after("Ученик", hedged)[0] == "unsign_sure"
    assert after("Ученик", hedged, 1)[0] == "unsign_kept"  # «нет»: the sign-up stays
    assert after("Ученик", "не пойду в школу завтра")[0] == "school_day_absence"
    assert after("Педагог", "это мероприятие для родителей")[0] == "change_card"
    assert after("Педагог", "продли кружок на месяц")[:2] == ["series_extend_note", "event_card"]
    assert after("Педагог", "продли кружок на месяц", 1)[0] == "saved"
    full = after("Педагог", "добавь ещё занятие шахматного клуба 20 января")
    assert full[0] == "series_add_full"
    assert after("Педагог", "продли шахматный клуб на неделю")[0] == "series_add_full"
