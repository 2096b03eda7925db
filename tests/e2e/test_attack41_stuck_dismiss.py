"""Attack41 #2, through the real entry point (one Callback API app, three communities;
SQLite files, or PostgreSQL schemas under tests.pg_everywhere): the audit of a dismissed
stuck city part (safety41 #3). Two curators pressing «Отбросить» at the same moment (two
updates handled together, as two workers would), a dismiss and a retry at once, and
presses forged by people who may not dismiss: exactly one audit row per real dismissal,
none for a refused one, and nothing deleted without its row."""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e import test_safety40_stuck_parts as safety40
from tests.e2e.test_safety40_stuck_parts import (
    CURATOR_C,
    GROUP_C,
    answer,
    pressed,
    stuck_button,
    stuck_move,
)
from tests.e2e.test_vk_city import CURATOR_A, CURATOR_B, GROUP_A, GROUP_B, STUDENT_B, City
from tests.e2e.test_vk_city_attack import PARTNER

town = safety40.town

GONE = "уже"  # stuck_part_gone: «…уже повторили или отбросили»
DISMISSED = "Больше не пытаюсь"
RETRIED = "Повторю"


async def both_at_once(town: City, presses: list[tuple[int, int, dict[str, object]]]) -> list[str]:
    """The presses posted together (gathered, as two workers would take them): each
    presser's reply."""
    before = [len(town.vk.texts_from(g, p)) for g, p, _ in presses]
    updates = [town.vk.push_callback(p, data, group_id=g) for g, p, data in presses]
    assert await asyncio.gather(*(town.post(u) for u in updates)) == [200] * len(presses)
    for (g, p, _), n in zip(presses, before, strict=True):
        await town.vk.wait_for(lambda s, g=g, p=p, n=n: len(s.texts_from(g, p)) > n)
    return [town.vk.texts_from(g, p)[n] for (g, p, _), n in zip(presses, before, strict=True)]


async def buttons(town: City) -> tuple[dict[str, object], dict[str, object]]:
    await answer(town, GROUP_B, CURATOR_B, "не дошло")
    return (
        stuck_button(town, GROUP_B, CURATOR_B, "Отбросить"),
        stuck_button(town, GROUP_B, CURATOR_B, "Повторить"),
    )


async def test_two_curators_dismissing_at_once_audit_one_dismissal(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, origin = await stuck_move(town, monkeypatch)
    drop, _ = await buttons(town)
    replies = await both_at_once(
        town, [(GROUP_B, CURATOR_B, drop), (GROUP_A, CURATOR_A, drop), (GROUP_B, CURATOR_B, drop)]
    )
    assert sum(DISMISSED in r for r in replies) == 1, replies
    assert await town.a.store.school_changes_stuck() == []
    [audit] = await town.a.store.school_changes_dismissed()
    assert audit["origin"] == origin


async def test_a_dismiss_and_a_retry_at_once_do_one_of_them(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, origin = await stuck_move(town, monkeypatch)
    drop, retry = await buttons(town)
    replies = await both_at_once(town, [(GROUP_B, CURATOR_B, drop), (GROUP_A, CURATOR_A, retry)])
    dismissed, retried = DISMISSED in replies[0], RETRIED in replies[1]
    assert dismissed != retried, replies  # exactly one of them was done
    audits = await town.a.store.school_changes_dismissed()
    assert await town.a.store.school_changes_stuck() == []
    if dismissed:
        assert [a["origin"] for a in audits] == [origin]
        assert await town.a.store.school_changes_pending() == []
    else:
        assert audits == []  # retried: nothing deleted, nothing audited
        assert [e.origin for e in await town.a.store.school_changes_pending()] == [origin]


async def test_forged_dismissals_delete_and_audit_nothing(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, origin = await stuck_move(town, monkeypatch)
    drop, _ = await buttons(town)
    other_school = {**drop, "o": "s7" + origin[origin.index(":") :]}  # C named the writer
    for group, peer, data in (
        (GROUP_A, PARTNER, drop),  # the change's own author, not a curator
        (GROUP_B, STUDENT_B, drop),
        (GROUP_C, CURATOR_C, drop),  # a curator of a school not party to it
        (GROUP_C, CURATOR_C, other_school),
        (GROUP_B, CURATOR_B, {**drop, "o": origin + " "}),
        (GROUP_B, CURATOR_B, {**drop, "o": origin.upper()}),
        (GROUP_B, CURATOR_B, {**drop, "o": "%"}),  # a LIKE pattern, were it one
        (GROUP_B, CURATOR_B, {**drop, "o": ["x"]}),
        (GROUP_B, CURATOR_B, {**drop, "o": "ф" * 5000}),
    ):
        reply = await pressed(town, group, peer, data)
        assert DISMISSED not in reply, (data, reply)
    assert [s.origin for s in await town.a.store.school_changes_stuck()] == [origin]
    assert await town.a.store.school_changes_dismissed() == []
    assert DISMISSED in await pressed(town, GROUP_B, CURATOR_B, drop)
    assert len(await town.a.store.school_changes_dismissed()) == 1
