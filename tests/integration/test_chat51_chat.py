"""chat51: chat50's leftovers through the real chat core (tests/chat_world.py: real planner,
SQLite store, templates; clock Tuesday 1 December 2026, PLAN42: КГТУ's 9Б lecture on the
9th, 10А's rehearsal on the 9th, 9Б's excursion on the 10th, 10А's concert on the 16th),
written by the amber museum's methodist (a partner) or a school teacher."""

from __future__ import annotations

from pathlib import Path

from bot.core.models import OrgKind, Role
from tests import chat_world
from tests.chat_world import ChatWorld, said

teacher = chat_world.plan_teacher
METHODIST = 300  # the amber museum's methodist (a partner)


async def _museum(tmp_path: Path) -> ChatWorld:
    """PLAN42 at the school, and the museum's methodist writing, whose «Янтарная комната»
    excursion for 9Б on the 9th at 15:00 (clashing with КГТУ's lecture) is saved."""
    world = await chat_world.school_with_plan(tmp_path, Role.STAFF, chat_world.PLAN42)
    museum = await world.store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await world.store.save_person(METHODIST, Role.PARTNER, "Мария", museum.id)
    world.vk_id = METHODIST
    await said(world, "Экскурсия «Янтарная комната» для 9Б 9 декабря в 15:00")
    templates, answer = await said(world, "да")
    assert "saved" in templates, answer
    return world


# --- 1: a saved event's clashes asked by its title ----------------------------------------


async def test_one_events_clashes_are_answered(tmp_path: Path) -> None:
    """Before: «нет открытой карточки», though the lecture is saved."""
    world = await _museum(tmp_path)
    try:
        templates, answer = await said(world, "есть ли накладки у лекции?")
        assert templates == ["event_clashes"], answer
        assert "Лекция о космосе" in answer, answer
        assert "Янтарная комната" in answer, answer
        assert "Репетиция хора" in answer, answer
        templates, answer = await said(world, "пересекается ли концерт с чем-нибудь?")
        assert templates == ["event_clashes"], answer
        assert "накладок нет" in answer, answer
    finally:
        await world.store.close()


async def test_several_fitting_events_are_offered_as_buttons(tmp_path: Path) -> None:
    world = await _museum(tmp_path)
    try:
        [reply] = await world.say("с чем пересекается экскурсия?")
        assert reply.template == "event_clashes_which", world.text(reply)
        text = world.text(reply)
        assert "Янтарная комната" in text, text
        assert "Экскурсия в музей янтаря" in text, text
        first = reply.buttons[0][0]
        assert world.renderer.button_label(first) == "Накладки: 1"
        [picked] = await world.press(dict(first.payload))
        assert picked.template == "event_clashes", world.text(picked)
        assert "Лекция о космосе" in world.text(picked), world.text(picked)
    finally:
        await world.store.close()


async def test_no_fitting_event_is_said(tmp_path: Path) -> None:
    world = await _museum(tmp_path)
    try:
        templates, answer = await said(world, "с чем пересекается олимпиада?")
        assert templates == ["event_details_not_found"], answer
        assert "олимпиада" in answer, answer
    finally:
        await world.store.close()


# --- 2: a partner's own events -------------------------------------------------------------


async def test_a_partners_museum_and_ours_are_its_own_events(tmp_path: Path) -> None:
    """Before: every organiser's five December events, not the museum's one."""
    world = await _museum(tmp_path)
    try:
        for question in ("что у музея в декабре?", "что у нас в декабре?"):
            templates, answer = await said(world, question)
            assert templates == ["events_list"], answer
            assert "Янтарная комната" in answer, (question, answer)
            assert "Лекция о космосе" not in answer, (question, answer)
        templates, answer = await said(world, "сколько мероприятий у нас в декабре?")
        assert "Всего: 1 мероприятие" in answer, answer
    finally:
        await world.store.close()


async def test_a_school_teachers_ours_is_the_schools_plan(teacher: ChatWorld) -> None:
    """Guard: a school teacher's «у нас» means the school's whole plan."""
    templates, answer = await said(teacher, "что у нас в декабре?")
    assert templates == ["events_list"], answer
    assert "Лекция о космосе" in answer, answer
    assert "Концерт хора" in answer, answer


async def test_an_unknown_holder_filters_nothing(teacher: ChatWorld) -> None:
    """Guard: «у театра» names no organiser here: the plan is answered, nothing refused."""
    templates, answer = await said(teacher, "что у театра в декабре?")
    assert templates == ["events_list"], answer
    assert "Лекция о космосе" in answer, answer


# --- 3 and 4: a compound kind misspelt, a surname opening a draft -------------------------


async def test_a_misspelt_master_class_is_corrected_on_the_card(teacher: ChatWorld) -> None:
    lines = await teacher.card_lines("Мастер-клас «Обработка янтаря» 17 декабря в 14:00 для 9Б")
    card = "\n".join(lines)
    assert "📌 Мастер-класс «Обработка янтаря»" in card, card
    assert "«Мастер-клас» → «Мастер-класс»" in card, card


async def test_a_person_opening_a_draft_is_no_title(teacher: ChatWorld) -> None:
    lines = await teacher.card_lines("Встречин проведёт лекцию 12 декабря в 15:00 для 9Б")
    assert lines[1] == "📌 Лекция", lines


# --- 5: a question after a draft -----------------------------------------------------------


async def test_a_question_after_a_draft_is_answered_after_the_card(teacher: ChatWorld) -> None:
    """Before: the concert's card only; «А ярмарка будет?» was dropped."""
    templates, answer = await said(teacher, "12 декабря в 15:00 концерт для 10А. А ярмарка будет?")
    assert templates == ["event_card", "no_events"], answer
    assert "📌 Концерт" in answer, answer
    assert "ярмарка" in answer, answer
    templates, answer = await said(teacher, "да")
    assert "saved" in templates, answer


async def test_an_unread_question_after_a_draft_is_said(teacher: ChatWorld) -> None:
    text = "Концерт 12 декабря в 15:00 для 10А. А ярмарка когда-нибудь?"
    templates, answer = await said(teacher, text)
    assert templates == ["event_card", "also_asked_unread"], answer
    assert "«А ярмарка когда-нибудь?»" in answer, answer
