"""Walk t (2026-12-02, partners and the curator agreeing a term's plan), finding 24: the
curator's questions about figures — the sign-ups of an event that is over are still
answered. The planner over a real store (SQLite), a frozen clock and the real templates.
Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.core.models import OrgKind, Role
from tests import chat_world
from tests.chat_world import CURATOR, NOW, ChatWorld
from tests.chat_world import said as _say

world = chat_world.partner_world


async def _hackathon_with_two_sign_ups(world: ChatWorld) -> None:
    await _say(world, "Хакатон для старшеклассников 3 декабря в 10:00, 10-11 классы")
    await _say(world, "да")
    [hackathon] = await world.store.events_between(NOW, None)
    for vk_id, class_name in [(301, "10А"), (302, "10Б")]:
        await world.store.save_person(vk_id, Role.STUDENT, "Ученик", None, class_name)
        await replace(world, vk_id=vk_id).press({"a": "signup", "id": hackathon.id})


async def test_the_sign_ups_of_an_event_just_over_are_answered(world: ChatWorld) -> None:
    """The day after the hackathon the curator and its organiser still get its figure."""
    await _hackathon_with_two_sign_ups(world)
    world.planner.clock.set(NOW + timedelta(days=3))  # 4 December: the hackathon is over
    for vk_id in (CURATOR, world.vk_id):
        templates, text = await _say(world, "сколько записалось на хакатон?", vk_id)
        assert templates == ["signup_count"], text
        assert "«Хакатон», 3 декабря (чт), 10:00: записались 2 ученика" in text


async def test_a_past_event_no_title_fits_is_still_not_found(world: ChatWorld) -> None:
    await _hackathon_with_two_sign_ups(world)
    world.planner.clock.set(NOW + timedelta(days=3))
    templates, text = await _say(world, "сколько записалось на олимпиаду?", CURATOR)
    assert templates == ["signup_count_not_found"], text


async def test_the_whole_plan_is_the_plan_from_today(world: ChatWorld) -> None:
    """«весь план» (was «Извините, не понял») lists the plan from today on, like «что
    будет?»; «все мероприятия» too."""
    await _say(world, "Лекция о навигации 18 декабря в 15:00, 9 классы")
    await _say(world, "да")
    for text in ("весь план", "Покажите весь план", "все мероприятия?", "полный план"):
        templates, answer = await _say(world, text, CURATOR)
        assert "Лекция о навигации" in answer, (text, templates, answer)


async def test_how_many_events_each_partner_has_is_counted_by_organiser(
    world: ChatWorld,
) -> None:
    """«сколько мероприятий у каждого партнёра?» (was the plan list with its total only):
    the total and the number of each organiser, most first; the list follows."""
    museum = await world.store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await world.store.save_person(201, Role.PARTNER, "Анна", museum.id)
    await _say(world, "Лекция о навигации 18 декабря в 15:00, 9 классы")
    await _say(world, "да")
    await _say(world, "Экскурсия на верфь 16 декабря в 12:00, 9 классы")
    await _say(world, "да")
    await _say(world, "Занятие «Янтарная комната» 15 декабря в 14:30, 7 классы", 201)
    await _say(world, "да", 201)
    for text in (
        "сколько мероприятий у каждого партнёра?",
        "сколько мероприятий по партнёрам",
        "сколько мероприятий в декабре у каждого организатора?",
    ):
        templates, answer = await _say(world, text, CURATOR)
        assert templates == ["events_list"], (text, answer)
        assert "Всего: 3 мероприятия: КГТУ — 2, Музей янтаря — 1." in answer, (text, answer)
        assert "Лекция о навигации" in answer
