"""review64b: what last round's chat changes (understanding.draft_answers.shifted_card) did to
a card spanning several days."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said

partner = chat_world.partner_world


async def _saved(world: ChatWorld) -> list[tuple[str, str]]:
    saved = await world.store.events_between(datetime(2026, 12, 1, tzinfo=ZONE), None)
    return sorted(
        (e.title, f"{e.start.astimezone(ZONE):%d %H:%M}–{e.end.astimezone(ZONE):%d %H:%M}")
        for e in saved
    )


async def test_a_shift_of_a_timed_card_over_days_keeps_its_length(partner: ChatWorld) -> None:
    await said(partner, "Выездной лагерь с 14 декабря 10:00 до 16 декабря 17:00 для 8 классов")
    """Before: the three-day camp shifted «на день позже» became one day, 15 December
    10:00–17:00, the card saying so in passing and «да» saving it (its end's day was
    dropped: _shifted_card wrote the end as a bare clock time)."""
    templates, card = await said(partner, "на день позже")
    assert templates == ["event_card"], card
    await said(partner, "да")
    assert await _saved(partner) == [("Выездной лагерь", "15 10:00–17 17:00")]


async def test_a_shift_of_an_all_day_card_over_days_keeps_its_length(partner: ChatWorld) -> None:
    await said(partner, "Выставка рисунков с 14 по 16 декабря для 8 классов")
    await said(partner, "весь день")
    _, card = await said(partner, "на день позже")
    assert "🗓 15–17 декабря" in card, card
    await said(partner, "да")
    got = await _saved(partner)
    assert got == [("Выставка рисунков", "15 00:00–18 00:00")]  # guard: the end is exclusive


async def test_show_for_a_day_is_the_plan_not_a_correction(partner: ChatWorld) -> None:
    """Before: «покажи на завтра» (the plan asked for a day, an imperative and a day) was
    taken by last round's «поменяй на 17 декабря» reading: «Сейчас нет открытой карточки,
    которую можно исправить…» instead of the day's plan."""
    for text in ["покажи на завтра", "покажите в субботу", "покажи на 15 декабря"]:
        templates, reply = await said(partner, text)
        assert "correction_no_card" not in templates, (text, reply)


async def test_show_for_a_day_under_a_card_moves_nothing(partner: ChatWorld) -> None:
    """Before: «покажи на завтра» under the card moved the card to tomorrow (2 December),
    unasked, and «да» saved it there."""
    await said(partner, "Мастер-класс по робототехнике 14 декабря 15:00–16:30 для 8 классов")
    await said(partner, "покажи на завтра")
    await said(partner, "да")
    assert await _saved(partner) == [("Мастер-класс по робототехнике", "14 15:00–14 16:30")]


async def test_a_change_verb_with_no_card_is_still_refused(partner: ChatWorld) -> None:
    """Guard (review60 #10): «поменяй на 17 декабря» with no card open makes no draft."""
    templates, _ = await said(partner, "поменяй на 17 декабря")
    assert templates == ["correction_no_card"]


from tests.integration.test_poll_keeps_place import Poll, poll  # noqa: E402

__all__ = ["poll"]


@pytest.mark.parametrize(
    "said_", ["я не ходил на это мероприятие", "меня там не было, я болел", "я не смогла прийти"]
)
async def test_absence_in_a_sentence_at_the_rating_is_no_review(poll: Poll, said_: str) -> None:
    """Before: last round's review at the rating kept «я не ходил на это мероприятие» as the
    review of a student counted present («Спасибо за отзыв!», attended 1); before that it
    was «Не понял». Now it is the «Меня не было» button typed."""
    await poll.say(said_)
    rows = await poll.rows()
    assert all(row["comment"] is None for row in rows), rows
    assert all(not row["attended"] for row in rows), rows
