"""A number alone answers the «which event?» list the bot just showed (walk 2026-12-02l,
#11: «сколько записалось на лекцию?» listed three lectures and «2» / «второе» got «не
понял»). Every such list — the sign-up counts', the cancel's, the move's, the sign-up's —
takes «2», «второе», «номер 2» as what its hint says («отмени 2», «перенеси 2 на …»).
Real planner, real store, real templates, frozen clock."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import ChatWorld
from tests.chat_world import said as _said

world = chat_world.partner_world
LECTURES = (
    "Лекция по физике 15 декабря в 14:00, 9 классы",
    "Лекция по химии 16 декабря в 14:00, 9 классы",
    "Лекция по биологии 17 декабря в 14:00, 10 классы",
)


async def _three_lectures(world: ChatWorld) -> None:
    for lecture in LECTURES:
        await world.say(lecture)
        templates, text = await _said(world, "да")
        assert "saved" in templates, text


@pytest.mark.parametrize("number", ["2", "второе", "номер 2", "2-е"])
async def test_a_number_answers_the_sign_up_count_list(world: ChatWorld, number: str) -> None:
    await _three_lectures(world)
    templates, listed = await _said(world, "сколько записалось на лекцию?")
    assert templates == ["signup_count_several"], listed
    templates, text = await _said(world, number)
    assert templates == ["signup_count"], text
    assert "Лекция по химии" in text, text
    assert "16 декабря" in text, text


@pytest.mark.parametrize("number", ["2", "второе"])
async def test_a_number_answers_the_cancel_list_with_its_card(
    world: ChatWorld, number: str
) -> None:
    await _three_lectures(world)
    templates, listed = await _said(world, "отмени лекцию")
    assert templates == ["cancel_which"], listed
    templates, card = await _said(world, number)
    assert templates == ["change_card"], card
    assert "Лекция по химии" in card, card
    templates, done = await _said(world, "да")
    assert "cancelled" in templates or "change_done" in templates, done
    titles = [
        e.title
        for e in await world.store.events_between(
            chat_world.NOW, chat_world.NOW.replace(month=12, day=31)
        )
    ]
    assert "Лекция по химии" not in titles, titles
    assert "Лекция по физике" in titles, titles


async def test_a_number_answers_the_move_list_with_the_time_asked(world: ChatWorld) -> None:
    await _three_lectures(world)
    templates, listed = await _said(world, "перенеси лекцию на 16:00")
    assert templates == ["move_which"], listed
    templates, card = await _said(world, "3")
    assert templates == ["change_card"], card
    assert "Лекция по биологии" in card, card
    assert "16:00" in card, card


async def test_a_word_number_answers_the_sign_up_list(world: ChatWorld) -> None:
    await _three_lectures(world)
    await world.store.save_person(301, Role.STUDENT, "Петя", None, "9А")
    student = replace(world, vk_id=301)
    templates, listed = await _said(student, "запиши меня на лекцию")
    assert templates == ["signup_which"], listed
    templates, text = await _said(student, "второе")
    assert templates[0] == "signed_up", text
    assert "Лекция по химии" in text, text


async def test_a_number_after_another_list_is_not_taken_as_a_cancel(world: ChatWorld) -> None:
    await _three_lectures(world)
    await world.say("отмени лекцию")
    await world.say("мои мероприятия")
    templates, text = await _said(world, "2")
    assert "change_card" not in templates, text
