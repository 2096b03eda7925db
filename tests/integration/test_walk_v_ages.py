"""Walk v (2026-12-02, real partner announcements pasted into the console), finding F2: «в
возрасте от 17 лет и младше» was shown as «возраст 17+» (the opposite) and nothing the
partner wrote removed it. Over a real store (SQLite), a frozen clock and the real templates;
sentences written for these tests after the walk's post, not its words."""

from __future__ import annotations

import pytest

from bot.core.language.actions import ButtonAction, payload
from tests import chat_world
from tests.chat_world import ChatWorld, own, said

world = chat_world.partner_world

# an upper age bound alone, as a sports post words its teams
UNDER_17 = (
    "Первенство по плаванию 12 декабря в 11:00, 7–11 классы, бассейн «Дельфин». "
    "Соревнуются юноши и девушки в возрасте от 17 лет и младше."
)


@pytest.mark.parametrize(
    ("post", "shown"),
    [
        (UNDER_17, "возраст до 17 лет"),
        (UNDER_17.replace("от 17 лет и младше", "15 лет и младше"), "возраст до 15 лет"),
        (UNDER_17.replace("в возрасте от 17 лет и младше", "не старше 12 лет"), "до 12 лет"),
        (UNDER_17.replace("от 17 лет и младше", "до 16 лет"), "возраст до 16 лет"),
    ],
)
async def test_an_upper_age_bound_is_shown_as_one(world: ChatWorld, post: str, shown: str) -> None:
    """«N лет и младше», «не старше N лет», «в возрасте до N лет» are N and under: the card
    says «возраст до N лет», never «N+»."""
    templates, card = await said(world, post)
    assert templates == ["event_card"], (templates, card)
    assert shown in card, card
    assert "+" not in card.split("👥")[1].split("\n")[0], card


async def test_a_bare_until_age_is_no_audience(world: ChatWorld) -> None:
    """«дети до 7 лет — бесплатно» is a price rule, not the audience's age: no age shown."""
    templates, card = await said(
        world, "Концерт 12 декабря в 11:00, 5–7 классы, актовый зал. Дети до 7 лет — бесплатно."
    )
    assert templates == ["event_card"], (templates, card)
    assert "возраст" not in card, card


@pytest.mark.parametrize(
    ("reply", "shown"),
    [
        ("возраст: до 17 лет", "7–11 классы, возраст до 17 лет"),
        ("возраст 17 лет и младше", "7–11 классы, возраст до 17 лет"),
        ("возраст 10–17", "7–11 классы, возраст 10–17 лет"),
        ("без возраста", "👥 7–11 классы\n"),
        ("возраст любой", "👥 7–11 классы\n"),
        ("8–11 классы, без возраста", "👥 8–11 классы\n"),
    ],
)
async def test_the_age_is_corrected_on_the_card(world: ChatWorld, reply: str, shown: str) -> None:
    """On the open card a reply naming the age sets or removes it and shows the card again
    (it was «Извините, не понял — карточка не изменилась»); «да» saves that age."""
    templates, card = await said(world, UNDER_17.replace("от 17 лет и младше", "от 12 лет"))
    assert "7–11 классы, возраст 12+" in card, card
    templates, card = await said(world, reply)
    assert templates == ["event_card"], (templates, card)
    assert shown in card + "\n", card
    own(await world.say("да"))
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    expected = {"до 17": (0, 17), "10–17": (10, 17)}
    ages = next((v for k, v in expected.items() if k in shown), None)
    assert event.details.ages == ages, event.details


async def test_the_classes_button_takes_the_age_too(world: ChatWorld) -> None:
    """✏️ Классы on a card with an age says the age is changed there too, and «7–11 классы,
    до 17 лет» sets both."""
    templates, card = await said(world, UNDER_17.replace("от 17 лет и младше", "от 12 лет"))
    assert templates == ["event_card"], (templates, card)
    replies = await world.press(payload(ButtonAction.EDIT, f="audience"))  # ✏️ Классы
    templates, asked = [r.template for r in replies], world.text(replies[0])
    assert templates == ["ask_edit"], (templates, asked)
    assert "без возраста" in asked, asked
    templates, card = await said(world, "7–11 классы, до 17 лет")
    assert templates == ["event_card"], (templates, card)
    assert "7–11 классы, возраст до 17 лет" in card, card


async def test_an_age_for_a_saved_events_classes_is_read_as_its_age(
    world: ChatWorld,
) -> None:
    """«классы: 12+» about a saved event changes no classes but its age (round 19: a saved
    event's age is changed in chat, branch leftconv19), by a card; «классы: до 17 лет»
    when the age is already «до 17 лет» is truly «Так уже записано». (Before round 19 the
    age could not be changed, and this test asked for «не понял».)"""
    await said(world, UNDER_17)
    own(await world.say("да"))
    templates, reply = await said(world, "классы: 12+")
    assert templates == ["change_card"], (templates, reply)
    assert "Возраст: до 17 лет → 12+" in reply, reply
    assert "Классы:" not in reply, reply
    await said(world, "нет")
    templates, reply = await said(world, "классы: до 17 лет")
    assert templates == ["edit_same"], (templates, reply)
