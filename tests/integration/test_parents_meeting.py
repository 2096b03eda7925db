"""A meeting for parents is not a students' event (newcomer walk 2026-12-02m, finding 10),
through the planner (real SQLite store, frozen clock, real templates).

A class teacher's «Родительское собрание 10 декабря в 18:00, каб. 12» is for the parents of
their class: the card says «👥 родители 10А», and, as a педсовет, it is never in a student's
list and never joinable by a student; staff still see it in the plan."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from bot.core.models import Audience, Role
from bot.exports.files import ExportFormat
from bot.exports.importer import ImportedRow, read_plan
from bot.exports.pdf import week_to_html
from bot.plan_files import collect_rows, export_plan
from tests.integration.test_conversation_changes import (
    CURATOR,
    KGTU_REP,
    NOW,
    STUDENT,
    TZ,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture

TEACHER = 500


async def _class_teacher(world: World) -> None:
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)
    await world.say(TEACHER, "я классный руководитель 10А")


async def test_the_walks_parents_meeting_is_for_the_parents_of_the_class(world: World) -> None:
    await _class_teacher(world)
    [card] = await world.say(TEACHER, "Родительское собрание 10 декабря в 18:00, каб. 12")
    assert card.template == "event_card", world.text(card)
    assert "👥 родители 10А" in world.text(card)
    saved, *_ = await world.say(TEACHER, "да")  # then the curator's agreement notice
    assert saved.template == "saved"
    await add(world, KGTU_REP, "Лекция о роботах 9 декабря в 15:00, 10А")
    await world.say(STUDENT, "я из 10А")
    [listed] = await world.say(STUDENT, "что в декабре?")
    text = world.text(listed)
    assert "Лекция о роботах" in text
    assert "Родительское собрание" not in text
    [refused] = await world.say(STUDENT, "запиши меня на родительское собрание")
    assert refused.template == "signup_title_not_found"
    [staff] = await world.say(CURATOR, "что в декабре?")
    assert "Родительское собрание, каб. 12, родители 10А" in world.text(staff)


@pytest.mark.parametrize(
    "text",
    [
        "Собрание для родителей 11 декабря в 18:00, 9Б",
        "Родительский лекторий 11 декабря в 18:00 для 9Б",
        "Общешкольное родительское собрание 11 декабря в 18:00",
    ],
)
async def test_other_wordings_for_parents(world: World, text: str) -> None:
    [card] = await world.say(CURATOR, text)
    assert card.template == "event_card", world.text(card)
    assert "👥 родители" in world.text(card)


async def test_a_students_event_mentioning_parents_stays_for_students(world: World) -> None:
    """Counter-case: students with their parents are still students' guests."""
    [card] = await world.say(KGTU_REP, "Экскурсия для учеников 9Б с родителями 11 декабря в 15:00")
    assert "родители" not in world.text(card).split("👥")[1].split("\n")[0]


async def test_a_students_file_leaves_the_parents_meeting_out(world: World) -> None:
    """As with a педсовет: a 10А student's plan file for a month with only the parents'
    meeting of 10А is empty (no file); the class teacher gets the file."""
    await _class_teacher(world)
    await add(world, TEACHER, "Родительское собрание 10 декабря в 18:00, каб. 12")
    await world.say(STUDENT, "я из 10А")
    [student_file] = await world.say(STUDENT, "план на декабрь в excel")
    assert student_file.template == "export_empty", world.text(student_file)
    [staff_file] = await world.say(TEACHER, "план на декабрь в excel")
    assert staff_file.template == "export_ready"


async def test_plan_files_name_the_parents_as_the_card_does(world: World) -> None:
    """The class teacher's .xlsx (and .ods: the same cells), .ics and printable week show
    «родители 10А» where the card does, and a file read back keeps the meeting the parents'
    (newcomer walk 2026-12-02m, #10 follow-up); a students' event keeps its plain classes."""
    await _class_teacher(world)
    await add(world, TEACHER, "Родительское собрание 10 декабря в 18:00, каб. 12")
    await add(world, KGTU_REP, "Лекция о роботах 9 декабря в 15:00, 10А")
    first, last = date(2026, 12, 7), date(2026, 12, 13)

    async def exported(fmt: ExportFormat) -> bytes:
        file = await export_plan(world.store, TZ, fmt, first, last, now=NOW, school_name="Школа")
        return file.data

    book = load_workbook(io.BytesIO(await exported(ExportFormat.XLSX)))
    sheet = book["План"]
    rows = [[str(c) for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    meeting = next(row for row in rows if "Родительское собрание" in row)
    lecture = next(row for row in rows if "Лекция о роботах" in row)
    assert "родители 10А" in meeting, meeting
    assert "10А" in lecture, lecture
    assert "родители 10А" not in lecture, lecture
    ics = (await exported(ExportFormat.ICS)).decode().replace("\r\n ", "")
    assert "Для кого: родители 10А" in ics, ics
    html = week_to_html(await collect_rows(world.store, TZ, first, last), first, TZ, "Школа")
    assert "родители 10А" in html
    read = read_plan(await exported(ExportFormat.XLSX), "plan.xlsx", NOW.replace(tzinfo=None))
    audiences = {r.draft.title: r.draft.audience for r in read if isinstance(r, ImportedRow)}
    assert audiences["Родительское собрание"] == Audience(classes=frozenset({"10А"}), parents=True)
    assert audiences["Лекция о роботах"] == Audience(classes=frozenset({"10А"}))
