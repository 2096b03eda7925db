"""chat82's chat leftovers through the planner (real store, real templates, frozen clock;
tests/integration/test_conversation_changes.py's world): a teacher's name in the notices of
their changes stands in the case of its sentence («Перенесено педагогом Анной Петровной»,
not «педагогом Анна Петровна»); a name pymorphy3 does not know as one stays as written;
the classes of a parents' event are asked as whose parents (tests/chat_world.py's world)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from bot.core.dialog import EditableField
from bot.core.language.answers import Asked, edit
from bot.core.language.edit_phrases import EditCommand, parse_edit
from bot.core.models import Audience, EventDraft, OrgKind, Role
from tests.chat_world import ZONE, open_world, said
from tests.integration.test_conversation_changes import CURATOR, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

TEACHER, GUEST_TEACHER = 500, 501
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=ZONE)
TRIP = "Экскурсия в музей 9 декабря в 12:00, 10Б"


async def _teacher(world: World, vk_id: int, name: str) -> None:
    school = await world.planner.own_organisation()
    await world.store.save_person(vk_id, Role.STAFF, name, school.id)


async def _curators_notice(world: World, vk_id: int, *messages: str) -> str:
    """The curator's notice of the change `messages` make (the last one confirms it)."""
    replies = []
    for message in messages:
        replies = await world.say(vk_id, message)
    told = [world.text(r) for r in replies if CURATOR in r.recipients]
    assert len(told) == 1, [world.text(r) for r in replies]
    return told[0]


async def test_a_teachers_name_is_inflected_in_the_curators_notices(world: World) -> None:
    await _teacher(world, TEACHER, "Анна Петровна Смирнова")
    await add(world, TEACHER, TRIP)
    moved = await _curators_notice(world, TEACHER, "перенеси экскурсию в музей на 14:00", "да")
    assert "Перенесено педагогом Анной Петровной Смирновой:" in moved, moved
    cancelled = await _curators_notice(world, TEACHER, "отмени экскурсию в музей", "да")
    assert "Отменено педагогом Анной Петровной Смирновой:" in cancelled, cancelled


async def test_a_name_not_known_as_one_stays_as_written(world: World) -> None:
    """«Волк» is no surname in the dictionary: the whole name stays in the nominative
    rather than half inflected («Ильёй Волк»)."""
    await _teacher(world, GUEST_TEACHER, "Илья Волк")
    await add(world, GUEST_TEACHER, TRIP)
    cancelled = await _curators_notice(world, GUEST_TEACHER, "отмени экскурсию в музей", "да")
    assert "Отменено педагогом Илья Волк:" in cancelled, cancelled


# --- the classes question of a parents' event -------------------------------------------


async def test_the_classes_of_a_parents_event_are_asked_as_whose_parents(tmp_path: Path) -> None:
    """«Лекция для родителей 15 декабря в 18:00» asked «Для каких классов …?» — the
    students' question; so did «✏️ Классы» on its card and on the saved event. Now each asks
    the parents of which classes; a students' event keeps its question."""
    world = await open_world(tmp_path / "plan.db", MONDAY, Role.STAFF, "Школа", OrgKind.SCHOOL)
    try:
        templates, asked = await said(world, "Лекция для родителей 15 декабря в 18:00")
        assert templates == ["ask_audience"], asked
        assert asked.startswith("Для родителей каких классов «Лекция для родителей»?"), asked
        [card] = await world.planner.handle(world.vk_id, "9А, 9Б")
        assert "👥 родители 9А, 9Б" in world.text(card), world.text(card)
        [edit] = await world.planner.handle(world.vk_id, "", {"a": "edit", "f": "audience"})
        assert world.text(edit).startswith("Для родителей каких классов"), world.text(edit)
        templates, answer = await said(world, "9В")
        assert "👥 родители 9В" in answer, answer
        await said(world, "да")
        await said(world, "мои мероприятия")
        [which] = await world.planner.handle(world.vk_id, "изменить 1")
        assert which.template == "edit_which", world.text(which)
        [saved] = await world.planner.handle(world.vk_id, "", dict(which.buttons[0][1].payload))
        assert saved.template == "ask_edit_saved", world.text(saved)
        assert world.text(saved).startswith("Для родителей каких классов теперь"), saved
        await said(world, "отмена")
        templates, asked = await said(world, "Лекция о космосе 16 декабря в 15:00")
        assert asked.startswith("Для каких классов «Лекция о космосе»?"), asked
    finally:
        await world.store.close()


# --- «для …» said of an event: an explicit EditCommand.said_for --------------------------


def test_whom_an_event_is_for_is_said_by_a_field_not_by_its_value() -> None:
    """«это мероприятие для 9-х классов» was told from «9Б» typed at «✏️ Классы» by a «для »
    that edit_phrases put on the value and answers.edit looked for: the command now says it
    (EditCommand.said_for), and its value is the people alone."""
    assert parse_edit("это мероприятие для 9-х классов") == EditCommand(
        EditableField.AUDIENCE, "9-х классов", said_for=True
    )
    assert parse_edit("Лекция для родителей") == EditCommand(
        EditableField.AUDIENCE, "родителей", reference="Лекция", tentative=True, said_for=True
    )
    assert parse_edit("поменяй классы на 9А") == EditCommand(EditableField.AUDIENCE, "9А")


def test_said_for_reads_classes_as_the_students_and_typed_classes_keep_the_parents() -> None:
    """answers.edit: the parents' lecture given «9-х классов» said so is the 9th grades'
    students; typed at «✏️ Классы» (no said_for) it stays the parents'; a parents' meeting
    stays the parents' either way; «учителей 9А» said so is the staff and 9А."""
    lecture = EventDraft(title="Лекция", start=None, audience=Audience(parents=True))
    meeting = replace(lecture, title="Родительское собрание")
    now = MONDAY.replace(tzinfo=None)

    def answered(draft: EventDraft, value: str, said_for: bool) -> Audience | None:
        asked = Asked(None, EditableField.AUDIENCE, True)
        new = edit(draft, asked, EditableField.AUDIENCE, value, now, said_for=said_for)
        return None if new is None else new.audience

    assert answered(lecture, "9-х классов", True) == Audience(grades=frozenset({9}))
    assert answered(lecture, "9-х классов", False) == Audience(grades=frozenset({9}), parents=True)
    assert answered(meeting, "9-х классов", True) == Audience(grades=frozenset({9}), parents=True)
    staff = answered(lecture, "учителей 9А", True)
    assert staff == Audience(classes=frozenset({"9А"}), staff=True), staff


async def test_said_for_lives_through_the_which_event_list(tmp_path: Path) -> None:
    """Two lectures made the parents': «Лекция для 9-х классов» asks which; «2» gives the second to
    the 9th grades' students, as said — the list question keeps `said_for` (the dialog
    stored the «для » with the value before)."""
    world = await open_world(tmp_path / "plan.db", MONDAY, Role.STAFF, "Школа", OrgKind.SCHOOL)
    try:
        for topic, day in (("о космосе", 15), ("о море", 16)):
            await said(world, f"Лекция {topic} {day} декабря в 18:00 в актовом зале, 9А")
            await said(world, "да")
        for number in ("1", "2"):  # both made the parents' (chat80)
            templates, answer = await said(world, "Лекция для родителей")
            assert templates == ["edit_which_event"], answer
            templates, answer = await said(world, number)
            assert "Классы: 9А → родители 9А" in answer, answer
            await said(world, "да")
        templates, answer = await said(world, "Лекция для 9-х классов")
        assert templates == ["edit_which_event"], answer
        templates, answer = await said(world, "2")
        assert templates == ["change_card"], answer
        assert "«Лекция о море»" in answer, answer
        assert "Классы: родители 9А → 9-е классы" in answer, answer
    finally:
        await world.store.close()
