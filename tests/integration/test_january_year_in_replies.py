"""A January event seen in December is named with its year in every reply about it, by the
one rule (bot.core.school_calendar.year_named), as its card already names it (walk
2026-12-02l, #12: the move card, «Перенесено», the cancel card, «Отменено», «Вернул как
было» and «Вы записаны» said «21 января» where the card had said «20 января 2027 года»).
A December event stays without its year. Real planner, store and templates, frozen clock."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.models import Role
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.chat_world import said as _said

world = chat_world.partner_world
JANUARY = "Лекция по физике 20 января в 14:00, 9 классы"


async def _saved(world: ChatWorld, text: str) -> None:
    await world.say(text)
    templates, said = await _said(world, "да")
    assert "saved" in templates, said


async def test_the_move_card_and_the_moved_reply_name_the_year(world: ChatWorld) -> None:
    await _saved(world, JANUARY)
    templates, card = await _said(world, "перенеси лекцию 20 января на 21 января")
    assert templates == ["change_card"], card
    assert "Было: 20 января 2027 года (ср), 14:00" in card, card
    assert "Станет: 21 января 2027 года (чт), 14:00" in card, card
    _, moved = await _said(world, "да")
    assert "теперь 21 января 2027 года (чт), 14:00" in moved, moved


async def test_the_cancel_card_the_cancelled_and_undone_replies_name_the_year(
    world: ChatWorld,
) -> None:
    await _saved(world, JANUARY)
    _, card = await _said(world, "отмени лекцию")
    assert "Отменить «Лекция по физике», 20 января 2027 года (ср), 14:00?" in card, card
    _, cancelled = await _said(world, "да")
    assert "Отменено ❌ «Лекция по физике», 20 января 2027 года (ср), 14:00" in cancelled
    _, undone = await _said(world, "верни")
    assert "«Лекция по физике» — 20 января 2027 года (ср), 14:00" in undone, undone


async def test_the_sign_up_reply_names_the_year(world: ChatWorld) -> None:
    await _saved(world, JANUARY)
    await world.store.save_person(301, Role.STUDENT, "Петя", None, "9А")
    student = replace(world, vk_id=301)
    templates, text = await _said(student, "запиши меня на лекцию по физике")
    assert templates[0] == "signed_up", text
    assert "«Лекция по физике», 20 января 2027 года (ср), 14:00" in text, text


async def test_a_december_event_is_named_without_its_year(world: ChatWorld) -> None:
    await _saved(world, "Лекция по химии 16 декабря в 14:00, 9 классы")
    _, card = await _said(world, "перенеси лекцию на 17 декабря")
    assert "Станет: 17 декабря (чт), 14:00" in card, card


def _notice(replies: list[Reply], template: str, world: ChatWorld) -> str:
    found = [world.text(r) for r in replies if r.template == template]
    assert found, [r.template for r in replies]
    return found[0]


async def test_the_students_notices_name_the_year(world: ChatWorld) -> None:
    await _saved(world, JANUARY)
    await world.store.save_person(301, Role.STUDENT, "Петя", None, "9А")
    await replace(world, vk_id=301).say("запиши меня на лекцию по физике")
    await world.say("перенеси лекцию на 21 января")
    moved = _notice(await world.say("да"), "participant_moved", world)
    assert "теперь 21 января 2027 года (чт), 14:00" in moved, moved
    await world.say("отмени лекцию")
    cancelled = _notice(await world.say("да"), "participant_cancelled", world)
    assert "(21 января 2027 года (чт), 14:00) отменено" in cancelled, cancelled
    undone = _notice(await world.say("верни"), "participant_undone", world)
    assert "снова 21 января 2027 года (чт), 14:00" in undone, undone


async def test_the_organisers_notice_of_the_curators_move_names_the_year(
    world: ChatWorld,
) -> None:
    await _saved(world, JANUARY)
    curator = replace(world, vk_id=CURATOR)
    await curator.say("привет")
    await curator.say("перенеси лекцию по физике на 21 января")
    notice = _notice(await curator.say("да"), "change_notice", world)
    assert "20 января 2027 года (ср), 14:00" in notice, notice
    assert "21 января 2027 года (чт), 14:00" in notice, notice


@pytest.mark.parametrize(
    ("question", "template"),
    [
        ("отмени лекцию", "cancel_which"),
        ("перенеси лекцию на 17:00", "move_which"),
        ("сколько записалось на лекцию?", "signup_count_several"),
    ],
)
async def test_the_which_event_lists_name_a_januarys_year(
    world: ChatWorld, question: str, template: str
) -> None:
    await _saved(world, JANUARY)
    await _saved(world, "Лекция по химии 16 декабря в 14:00, 9 классы")
    templates, listed = await _said(world, question)
    assert templates == [template], listed
    assert "20 января 2027 года" in listed, listed
    assert "16 декабря (ср)" in listed, listed
    assert "16 декабря 2026" not in listed, listed


async def test_the_sign_up_list_names_a_januarys_year(world: ChatWorld) -> None:
    await _saved(world, JANUARY)
    await _saved(world, "Лекция по химии 16 декабря в 14:00, 9 классы")
    await world.store.save_person(301, Role.STUDENT, "Петя", None, "9А")
    templates, listed = await _said(replace(world, vk_id=301), "запиши меня на лекцию")
    assert templates == ["signup_which"], listed
    assert "20 января 2027 года" in listed, listed
