"""Walk u (2026-12-02, real partner announcements pasted into the console) in the chat:
findings F6 (the whole school said in words on an open card) and F7 (an event of several
days listed in every week it is on), over a real store (SQLite), a frozen clock and the
real templates. Sentences written for these tests after the walk's posts."""

from __future__ import annotations

import pytest

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

# a card with the wrong classes guessed from one phrase, as p04's «Первоклассникам …»
FIRST_GRADERS = "Праздник «Волшебная страна знаний» 12 декабря 15:00-18:00, для 1-х классов"


async def _say(world: ChatWorld, text: str) -> tuple[list[str], str]:
    replies = await world.say(text)
    return [r.template for r in replies], "\n".join(world.text(r) for r in replies)


# --- F6: «все классы» on an open card ----------------------------------------------------


@pytest.mark.parametrize(
    "said", ["все классы", "классы: все", "классы все", "для всех классов", "Для всех классов."]
)
async def test_the_whole_school_said_on_the_card_sets_all_classes(
    world: ChatWorld, said: str
) -> None:
    """Each sets the classes to all, as the ✏️ Классы button then «все» does: the card is
    shown again with «все классы», and «да» saves it so."""
    templates, card = await _say(world, FIRST_GRADERS)
    assert templates == ["event_card"], (templates, card)
    assert "1-е классы" in card or "1 классы" in card, card
    templates, card = await _say(world, said)
    assert templates == ["event_card"], (templates, card)
    assert "все классы" in card, card
    await _say(world, "да")
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    assert event.audience.is_everyone, event.audience


# --- F7: an event of several days in every week it is on --------------------------------

STUDENT = 301
# p08's tournament, moved to this test's December: 1–9 December, all day
TOURNAMENT = "Турнир по футзалу с 1 по 9 декабря, весь день, для всех классов, спортзал ДЮСШ № 2"


async def _saved_tournament(world: ChatWorld) -> None:
    templates, card = await _say(world, TOURNAMENT)
    assert templates == ["event_card"], (templates, card)
    assert "1–9 декабря" in card, card
    await _say(world, "да")
    assert len(await world.store.events_between(world.planner.clock.now(), None)) == 1


async def test_a_student_sees_an_event_of_several_days_in_a_later_week(
    world: ChatWorld,
) -> None:
    """«что на следующей неделе?» (7–13 December) lists the tournament once, under 7
    December — it is on then — with its last day, never under 1 December."""
    await _saved_tournament(world)
    await world.store.save_person(STUDENT, Role.STUDENT, "Петя", class_name="7А")
    replies = await world.planner.handle(STUDENT, "что на следующей неделе?")
    shown = "\n".join(world.text(r) for r in replies)
    assert [r.template for r in replies] == ["events_list"], shown
    assert shown.count("Турнир по футзалу") == 1, shown
    assert "1 декабря" not in shown, shown
    assert "7 декабря (пн)" in shown, shown
    assert "до 9 декабря" in shown, shown


async def test_my_events_names_the_last_day_of_an_event_of_several_days(
    world: ChatWorld,
) -> None:
    """The partner's «мои мероприятия» shows the span: «весь день (до 9 декабря)»."""
    await _saved_tournament(world)
    templates, shown = await _say(world, "мои мероприятия")
    assert templates == ["my_events"], shown
    assert "весь день (до 9 декабря)" in shown, shown


async def test_a_span_of_days_on_the_card_corrects_its_days(world: ChatWorld) -> None:
    """«с 2 по 9 декабря» typed on the tournament's open card sets its days (it was
    answered as a question: «На 1–9 ноября мероприятий нет.»); «да» saves the new span."""
    templates, card = await _say(world, TOURNAMENT)
    assert "1–9 декабря" in card, card
    templates, card = await _say(world, "с 2 по 9 декабря")
    assert templates == ["event_card"], (templates, card)
    assert "2–9 декабря" in card, card
    await _say(world, "да")
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    assert (event.start.day, (event.end.day - 1)) == (2, 9), (event.start, event.end)


async def test_a_question_about_a_span_still_lists_the_plan(world: ChatWorld) -> None:
    """«что с 2 по 9 декабря?» with a card open is still a question about those days."""
    await _say(world, TOURNAMENT)
    templates, shown = await _say(world, "что с 2 по 9 декабря?")
    assert "event_card" not in templates, (templates, shown)


# --- F9: an age rating on the card -------------------------------------------------------


async def test_an_age_rating_of_zero_says_nothing_on_the_card(world: ChatWorld) -> None:
    """«(0+)», the rating of a show for every age (Federal Law 436-FZ), names no audience:
    no «возраст от 0 лет» under the classes (p05)."""
    lines = await world.card_lines("Лекция о космосе (0+) 17 декабря в 12:00, все классы")
    [audience] = [line for line in lines if line.startswith("👥")]
    assert audience == "👥 все классы", lines


@pytest.mark.parametrize("said", ["(12+)", "для детей от 12 лет"])
async def test_an_age_from_is_shown_as_its_rating(world: ChatWorld, said: str) -> None:
    """An age from which an event is meant is shown as a rating is written: «возраст 12+»."""
    lines = await world.card_lines(f"Лекция о космосе {said} 17 декабря в 12:00, 7-11 классы")
    [audience] = [line for line in lines if line.startswith("👥")]
    assert audience.endswith(", возраст 12+"), lines
