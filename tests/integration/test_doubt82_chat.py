"""doubt82's reading through the planner (real planner, SQLite store and templates, frozen
clock Monday 7 December 2026; sentences our own): a post writing its event's day only after a
time limit, «Турнир по шахматам проводится в школе не позднее 19 декабря», asks the days up to
the limit (`span_cut`, today to the 19th) — at main the card came at once for 19 December
(running_until.written_only_as_bound); a registration deadline then the final's day is the
final's event, not a request to extend a saved run (run_end_phrases)."""

from __future__ import annotations

from tests.chat_world import ChatWorld, own, said
from tests.integration.test_doubt78_chat import monday as monday  # the fixture (Monday 7 Dec)

TOURNAMENT = "Турнир по шахматам проводится в школе не позднее 19 декабря."


async def _card_at_three(world: ChatWorld) -> str:
    """The card's text after the time «в 15:00» and the audience «все» are answered."""
    templates, question = await said(world, "в 15:00")
    assert templates == ["ask_audience"], question
    templates, card = await said(world, "все")
    assert templates == ["event_card"], card
    return card


async def test_a_day_written_as_a_time_limit_is_asked(monday: ChatWorld) -> None:
    [asked] = own(await monday.say(TOURNAMENT))
    question = monday.text(asked)
    assert asked.template == "ask_date", question
    assert "с 7 по 19 декабря" in question, question
    templates, question = await said(monday, "16 декабря")
    assert templates == ["ask_time"], question
    assert "16 декабря (ср), 15:00" in await _card_at_three(monday)


async def test_a_finals_day_after_a_registration_deadline_is_not_asked(
    monday: ChatWorld,
) -> None:
    """At main 88157d47 the post was read as a request to extend a saved «Регистрация
    команд» (run_end_phrases: «… продлится до 10 декабря») and refused: nothing to extend."""
    post = (
        "Регистрация команд продлится до 10 декабря. Финал турнира по волейболу пройдёт 18 декабря."
    )
    [asked] = own(await monday.say(post))
    question = monday.text(asked)
    assert asked.template == "ask_time", question
    assert "Финал турнира по волейболу" in question, question
    assert "18 декабря (пт), 15:00" in await _card_at_three(monday)
