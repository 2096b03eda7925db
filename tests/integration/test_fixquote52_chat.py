"""fixquote52 (review51, lesser finding): «что у школы в декабре?» from the school's staff
is the school's whole plan — partners' events in it — not only the events the school
organises itself (chat51's holder filter); a partner's «у музея» still filters to the
museum (tests/integration/test_chat51_chat.py)."""

from __future__ import annotations

from pathlib import Path

from bot.core.models import OrgKind, Role
from tests import chat_world
from tests.chat_world import ChatWorld, said

teacher = chat_world.plan_teacher
METHODIST = 300  # the amber museum's methodist (a partner)


async def test_a_teachers_at_the_school_is_the_schools_whole_plan(teacher: ChatWorld) -> None:
    """Before: «Декабрь, Школа» with nothing: PLAN42's events are all КГТУ's."""
    for question in ("что у школы в декабре?", "что у школы 9 декабря?"):
        templates, answer = await said(teacher, question)
        assert templates == ["events_list"], (question, answer)
        assert "Лекция о космосе" in answer, (question, answer)


async def test_a_partner_asking_at_the_school_sees_the_schools_plan(tmp_path: Path) -> None:
    """A partner's «у школы» names the school, whose plan holds every organiser's events."""
    world = await chat_world.school_with_plan(tmp_path, Role.STAFF, chat_world.PLAN42)
    try:
        museum = await world.store.create_organisation("Музей янтаря", OrgKind.PARTNER)
        await world.store.save_person(METHODIST, Role.PARTNER, "Мария", museum.id)
        world.vk_id = METHODIST
        templates, answer = await said(world, "что у школы в декабре?")
        assert templates == ["events_list"], answer
        assert "Лекция о космосе" in answer, answer
        templates, answer = await said(world, "что у музея в декабре?")  # guard: its own
        assert templates == ["no_events"], answer
    finally:
        await world.store.close()
