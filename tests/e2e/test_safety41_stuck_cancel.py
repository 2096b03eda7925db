"""Safety41 #1, through the real entry point (one Callback API app, three communities;
SQLite files, or PostgreSQL schemas under tests.pg_everywhere): a city move's part is stuck
(it never reached the lyceum, B), then the partner cancels the lecture in the gymnasium (A).
B's curator retries the part: the replay gives B's copy A's state now (cancelled). What B's
people are told must be what is true now — the lecture they knew (at its old time) is
cancelled — and never the new time of a move that never reached them (attack40, attempt 5,
«Noticed»)."""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e import test_safety40_stuck_parts as safety40
from tests.e2e.test_safety40_stuck_parts import answer, pressed, stuck_button, stuck_move
from tests.e2e.test_vk_city import CURATOR_B, GROUP_A, GROUP_B, STUDENT_B, City
from tests.e2e.test_vk_city_attack import PARTNER, replies_to

town = safety40.town

MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"


def day_named(text: str, day: int, month: int) -> bool:
    """`text` names the day `day` of `month` as people read it («15 декабря»)."""
    return f"{day} {MONTHS.split()[month - 1]}" in text


async def test_a_retried_part_of_an_event_cancelled_since_tells_the_time_b_knew(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_a, in_b, _ = await stuck_move(town, monkeypatch)
    moved = await town.a.store.get_event(in_a.id)
    assert moved is not None
    assert moved.start.date() != in_b.start.date()
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "отмени лекцию «ИИ в медицине»")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, sent + 2)

    student_before = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    await answer(town, GROUP_B, CURATOR_B, "не дошло")
    retry = stuck_button(town, GROUP_B, CURATOR_B, "Повторить")
    assert "Повторю" in await pressed(town, GROUP_B, CURATOR_B, retry)
    curator_before = len(town.vk.texts_from(GROUP_B, CURATOR_B))
    await town.city.tick()
    await town.vk.wait_for(
        lambda s: any(
            "отмен" in t.lower() for t in s.texts_from(GROUP_B, STUDENT_B)[student_before:]
        )
    )
    await asyncio.sleep(0.3)  # a second notice, if any, would be on its way
    copy = await town.b.store.get_event(in_b.id)
    assert copy is not None
    assert copy.status.value == "cancelled", copy

    old = in_b.start.astimezone(in_b.start.tzinfo)
    new = moved.start.astimezone(in_b.start.tzinfo)
    [told] = [
        t for t in town.vk.texts_from(GROUP_B, STUDENT_B)[student_before:] if "отмен" in t.lower()
    ]
    assert day_named(told, old.day, old.month), told
    assert not day_named(told, new.day, new.month), told
    for text in town.vk.texts_from(GROUP_B, CURATOR_B)[curator_before:]:
        if "тмен" in text:  # B's curator's own notice of the cancel, if any
            assert not day_named(text, new.day, new.month), text
