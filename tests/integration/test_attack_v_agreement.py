"""Attack v (2026-12-02) on the curator's agreement, over a real store (SQLite), a frozen
clock and the real templates: who sees the agreement state in a plan file, who hears the
class teachers' names, «согласовать всё, кроме …», a bare «согласовано» with several
waiting, a number from an out-of-date list. Sentences written for these tests."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from bot.plan_files import document_maker
from tests import chat_world
from tests.chat_world import CURATOR, ZONE, ChatWorld
from tests.integration.test_walk_t_agreement import MUSEUM, TEACHER, _events, _say
from tests.integration.test_walk_t_agreement import _people as _walk_people

world = chat_world.partner_world

STUDENT = 300


async def _people(world: ChatWorld) -> None:
    """The walk's people (curator, museum methodist, class teacher of 9А) and a student of 9А."""
    await _walk_people(world)
    await _say(world, "я из 9А", STUDENT)


async def _add(world: ChatWorld, text: str, vk_id: int | None = None) -> None:
    await _say(world, text, vk_id)
    await _say(world, "да", vk_id)


async def _two_waiting(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21")
    await _add(world, "Экскурсия в музей 16 декабря 10:00-11:30, 9А, Музей янтаря", MUSEUM)


async def _agreed_column(world: ChatWorld, vk_id: int) -> dict[str, object]:
    """Title → the «Согласовано» cell of `vk_id`'s December plan in Excel (absent: no column)."""
    replies = await world.planner.handle(vk_id, "план на декабрь в excel")
    document = replies[0].document
    assert document is not None, [r.template for r in replies]
    file = await document_maker(world.store, ZONE, world.planner.clock, "Школа")(document)
    sheet = load_workbook(io.BytesIO(file.data)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(c) for c in rows[0]]
    title = header.index("Мероприятие") if "Мероприятие" in header else 3
    if "Согласовано" not in header:
        return {str(r[title]): None for r in rows[1:]}
    agreed = header.index("Согласовано")
    return {str(r[title]): r[agreed] for r in rows[1:]}


async def test_only_the_curator_sees_every_events_agreement_in_a_plan_file(
    world: ChatWorld,
) -> None:
    await _two_waiting(world)
    await _say(world, "согласую экскурсию в музей", CURATOR)
    curators = await _agreed_column(world, CURATOR)
    assert curators["Мастер-класс по Python"] == "ждёт согласования"
    assert curators["Экскурсия в музей"] is not None
    museums = await _agreed_column(world, MUSEUM)
    assert museums["Мастер-класс по Python"] is None  # another partner's: not the museum's to know
    assert museums["Экскурсия в музей"] is not None
    for reader in (STUDENT, TEACHER):
        shown = await _agreed_column(world, reader)
        assert set(shown) >= {"Мастер-класс по Python", "Экскурсия в музей"}, shown
        assert not any(shown.values()), (reader, shown)


async def test_only_the_curator_hears_the_class_teachers_names(world: ChatWorld) -> None:
    await _people(world)
    await _say(world, "я классный руководитель 8А", TEACHER)  # not confirmed by the curator
    for vk_id in (world.vk_id, MUSEUM, TEACHER):
        for text in (
            "передай классному руководителю 9А",
            "передай классным руководителям 8А, 9А, 10Б",
        ):
            templates, shown = await _say(world, text, vk_id)
            assert templates == ["hand_over"], (vk_id, text, templates, shown)
            assert "Ольга" not in shown, (vk_id, text, shown)
            assert "в боте пока нет" not in shown, (vk_id, text, shown)
            assert "куратор" in shown, (vk_id, text, shown)
    _templates, shown = await _say(world, "передай классному руководителю 8А", CURATOR)
    assert "Ольга" in shown, shown


async def test_an_exception_never_agrees_what_it_excepts(world: ChatWorld) -> None:
    await _two_waiting(world)
    await _add(world, "Лекция по ИИ 18 декабря 15:00-16:00, 10 классы, каб. 22")
    for text in (
        "согласовать всё, кроме КГТУ",
        "согласовываю всё, но не КГТУ",
        "согласовать всё от КГТУ, кроме мастер-класса",
        "согласовать всё за исключением лекции по ИИ",
    ):
        templates, shown = await _say(world, text, CURATOR)
        assert templates == ["agreement_which"], (text, templates, shown)
        assert "ничего не согласовал" in shown, shown
        assert not any(e.agreed for e in (await _events(world)).values()), text
    templates, shown = await _say(world, "согласую 1", CURATOR)
    assert templates[0] == "agreement_done", (templates, shown)


async def test_a_bare_agreement_with_several_waiting_and_no_notice_asks_which(
    world: ChatWorld,
) -> None:
    await _two_waiting(world)
    await world.store.set_setting(f"agreement_asked:{CURATOR}", "[]")  # a question since
    await _say(world, "переименуй мастер-класс в Мастер-класс по роботам")
    await _say(world, "да")
    templates, shown = await _say(world, "согласовано", CURATOR)
    assert templates == ["agreement_which"], (templates, shown)
    assert "Мастер-класс по роботам" in shown
    assert "Экскурсия в музей" in shown
    assert not any(e.agreed for e in (await _events(world)).values())


async def test_a_number_from_an_old_list_never_agrees_a_cancelled_event(world: ChatWorld) -> None:
    await _two_waiting(world)
    excursion = (await _events(world))["Экскурсия в музей"]
    _templates, listed = await _say(world, "что ждёт согласования?", CURATOR)
    number = next(line for line in listed.splitlines() if "Экскурсия в музей" in line)[0]
    await _say(world, "отмени экскурсию в музей, причина: закрыт музей", MUSEUM)
    await _say(world, "да", MUSEUM)
    replies = await world.planner.handle(CURATOR, f"согласую {number}")
    templates = [r.template for r in replies]
    assert templates == ["agreement_cancelled"], templates
    assert "отменено" in world.text(replies[0])
    stored = await world.store.get_event(excursion.id)
    assert stored is not None
    assert stored.status.value == "cancelled"
    assert not stored.agreed


async def test_a_refusal_of_an_agreed_event_asks_to_withdraw_it(world: ChatWorld) -> None:
    await _two_waiting(world)
    await _say(world, "согласую мастер-класс по python", CURATOR)
    templates, shown = await _say(world, "не согласовываю мастер-класс по python", CURATOR)
    assert templates == ["agreement_withdraw_question"], (templates, shown)
    assert "не согласовано" not in shown, shown
    assert "согласовано 1 декабря" in shown, shown
    assert (await _events(world))["Мастер-класс по Python"].agreed
