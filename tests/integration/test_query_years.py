"""A listed period in another calendar or school year names its year: «что после осенних
каникул» asked in December resolves to next autumn and says so (newcomer walk 2026-12-02n:
«Начиная с 1 ноября мероприятий нет», no year). Real planner, store and templates."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("что после осенних каникул", "Начиная с 1 ноября 2027 года для 9А мероприятий нет"),
        ("что 15 января", "На 15 января 2027 года (пт) для 9А мероприятий нет"),
        ("что на этой неделе", "На 1–6 декабря для 9А мероприятий нет"),  # this year: no year
    ],
)
async def test_a_period_of_another_year_names_it(
    world: ChatWorld, question: str, answer: str
) -> None:
    await world.store.save_person(301, Role.STUDENT, "Ученик", None, "9А")
    student = replace(world, vk_id=301)
    [reply] = await student.say(question)
    assert student.text(reply).startswith(answer), student.text(reply)


async def test_a_list_in_january_names_the_year(world: ChatWorld) -> None:
    await world.say("Квест 15 января в 12:00, 9 классы")
    await world.say("да")
    [listed] = await world.say("что 15 января?")
    assert world.text(listed).startswith("📅 15 января 2027 года (пт)"), world.text(listed)
