"""Attack v #27 for everyone but the curator (eighteenth round, branch fixleft21): a partner's
or a teacher's bare «согласовано» («ок, согласовано», «да, согласовано», «согласовано,
спасибо») under their own card that asks «Сохранить?» is that card's «да» — they agree
nothing (the curator does), so the only thing they can mean is the card they are shown; the
reply says how it was read and who agrees. Before, it was «не понял» and the card was
neither saved nor mentioned. The curator is still asked which is meant; a card that asks a
field («Для каких классов?») is not answered by it. Over a real store (SQLite), a frozen
clock and the real templates; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.integration.test_walk_t_agreement import TEACHER, _events, _people, _say

world = chat_world.partner_world

LECTURE = "Лекция о Балтийском флоте 17 декабря 15:00-16:00, 9А, каб. 21"


@pytest.mark.parametrize(
    "said", ["согласовано", "ок, согласовано", "Да, согласовано!", "Согласовано, спасибо"]
)
async def test_a_partners_agreement_under_their_card_saves_it_and_says_so(
    world: ChatWorld, said: str
) -> None:
    await _people(world)
    await _say(world, LECTURE)
    templates, shown = await _say(world, said)
    assert templates[:2] == ["agreement_as_yes", "saved"], (templates, shown)
    assert "куратор" in shown, shown
    saved = (await _events(world))["Лекция о Балтийском флоте"]
    assert not saved.agreed  # saved, waiting for the curator as after «да»


async def test_a_teachers_agreement_under_their_card_saves_it(world: ChatWorld) -> None:
    await _people(world)
    await _say(world, "Классный час 18 декабря 14:00-14:45, 9А, каб. 12", TEACHER)
    templates, shown = await _say(world, "ок, согласовано", TEACHER)
    assert templates[:2] == ["agreement_as_yes", "saved"], (templates, shown)
    assert "Классный час" in await _events(world)


async def test_the_curators_agreement_with_assent_words_still_asks_which(
    world: ChatWorld,
) -> None:
    await _people(world)
    await _say(world, "Концерт хора 18 декабря 15:00-16:00, 5 классы, актовый зал", CURATOR)
    templates, shown = await _say(world, "ок, согласовано", CURATOR)
    assert templates == ["agreement_or_card"], (templates, shown)
    assert "Концерт хора" not in await _events(world)


async def test_at_a_fields_question_it_saves_nothing(world: ChatWorld) -> None:
    await _people(world)
    await _say(world, "Квиз 19 декабря 12:00-13:00, каб. 5")  # the classes are asked
    templates, shown = await _say(world, "согласовано")
    assert "saved" not in templates, (templates, shown)
    assert "agreement_as_yes" not in templates, (templates, shown)
    assert not await _events(world)


async def test_a_question_about_agreement_is_no_assent(world: ChatWorld) -> None:
    await _people(world)
    await _say(world, LECTURE)
    templates, shown = await _say(world, "а что уже согласовано?")
    assert "saved" not in templates, (templates, shown)
