"""Attack 64, #1: a colleague's cancel or move of an event shared by two schools.

КГТУ's lecture is saved for both schools by its author; a second КГТУ representative,
invited in A only, cancels or moves it in A. Before, B's copy stayed on at the old time and
nobody in B heard anything (attack61 held that B was not *changed* — the colleague is
nobody in B, vouched for by A's curator only — and left the staleness). What B's deputy
head expects: to be told. The colleague still changes nothing in B (no write there by a
person B never linked), but B's curator and the copy's author there (who may change it) get
one line through B's community: which school changed it, who, to what, and that B's copy
still stands at the old time — B's students are told when B's own people decide. Nothing is
told when the change rolls back. Both backends (`-p tests.pg_everywhere`).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.core.models import Event
from tests.e2e import test_vk_city
from tests.e2e.test_attack61_city_forgeries import COLLEAGUE, state
from tests.e2e.test_vk_city import CURATOR_A, CURATOR_B, GROUP_A, GROUP_B, STUDENT_B, City
from tests.e2e.test_vk_city_attack import (
    PARTNER,
    code_in,
    events_of,
    replies_to,
    saved_for_both_with_a_student_of_b,
)

town = test_vk_city.city


async def _colleague_in_a(town: City) -> Event:
    """The lecture saved for both schools, and КГТУ's second representative invited in A."""
    _, in_b = await saved_for_both_with_a_student_of_b(town)
    await town.say(GROUP_A, CURATOR_A, "пригласи партнёра КГТУ")
    await town.vk.wait_for(
        lambda s: sum("Код приглашения" in t for t in s.texts_from(GROUP_A, CURATOR_A)) >= 2
    )
    await town.say(GROUP_A, COLLEAGUE, code_in(town.vk, GROUP_A, CURATOR_A))
    await town.vk.wait_for(lambda s: any("КГТУ" in t for t in s.texts_from(GROUP_A, COLLEAGUE)))
    return in_b


def _stale_lines(town: City, peer: int) -> list[str]:
    return [
        t for t in town.vk.texts_from(GROUP_B, peer) if "у вас" in t.lower() and "Гимназия №32" in t
    ]


async def _changed_by_colleague(town: City, words: str) -> str:
    sent = len(town.vk.texts_from(GROUP_A, COLLEAGUE))
    await town.say(GROUP_A, COLLEAGUE, words)
    await replies_to(town, GROUP_A, COLLEAGUE, sent + 1)
    await town.say(GROUP_A, COLLEAGUE, "да")
    return (await replies_to(town, GROUP_A, COLLEAGUE, sent + 2))[-1]


async def test_a_colleagues_cancel_tells_the_other_schools_curator_and_author(
    town: City,
) -> None:
    in_b = await _colleague_in_a(town)
    heard = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    done = await _changed_by_colleague(town, "отмени лекцию «ИИ в медицине»")
    assert "Отменено" in done, done
    assert "Лицей №23" not in done, done  # the colleague learns nothing of B
    await town.vk.wait_for(lambda s: bool(_stale_lines(town, CURATOR_B)), within=15)
    await town.vk.wait_for(lambda s: bool(_stale_lines(town, PARTNER)), within=15)
    [line] = _stale_lines(town, CURATOR_B)
    assert "ИИ в медицине" in line, line
    assert "отмен" in line, line
    assert "15 декабря" in line, line  # B's copy still at the old time
    assert state(await events_of(town, GROUP_B)) == state([in_b])  # nothing written in B
    assert len(town.vk.texts_from(GROUP_B, STUDENT_B)) == heard
    assert town.vk.texts_from(GROUP_B, COLLEAGUE) == []
    assert len(_stale_lines(town, CURATOR_B)) == len(_stale_lines(town, PARTNER)) == 1


async def test_a_colleagues_move_tells_the_new_time(town: City) -> None:
    in_b = await _colleague_in_a(town)
    done = await _changed_by_colleague(
        town, "перенеси лекцию «ИИ в медицине» на 16 декабря в 15:00"
    )
    assert "Перенесено" in done, done
    await town.vk.wait_for(lambda s: bool(_stale_lines(town, CURATOR_B)), within=15)
    [line] = _stale_lines(town, CURATOR_B)
    assert "перенес" in line, line
    assert "16 декабря" in line, line  # the new time in A
    assert "15 декабря" in line, line  # B's copy still at the old one
    assert state(await events_of(town, GROUP_B)) == state([in_b])


async def test_the_authors_own_move_still_moves_both_and_flags_nothing(town: City) -> None:
    """The author's change reaches B's copy itself (school_twins): no stale line there."""
    await saved_for_both_with_a_student_of_b(town)
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "перенеси лекцию «ИИ в медицине» на 16 декабря в 15:00")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    done = (await replies_to(town, GROUP_A, PARTNER, sent + 2))[-1]
    assert "Лицей №23" in done, done
    await town.vk.wait_for(
        lambda s: any("16 декабря" in t for t in s.texts_from(GROUP_B, STUDENT_B)[2:])
    )
    assert not _stale_lines(town, CURATOR_B)


async def test_a_colleagues_cancel_that_rolls_back_tells_the_other_school_nothing(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line is claimed in B's outbox inside a unit held for A's message: A's COMMIT
    failing on every try leaves nothing to send in B (and the colleague is apologised to)."""
    in_b = await _colleague_in_a(town)
    sent = len(town.vk.texts_from(GROUP_A, COLLEAGUE))
    await town.say(GROUP_A, COLLEAGUE, "отмени лекцию «ИИ в медицине»")
    await replies_to(town, GROUP_A, COLLEAGUE, sent + 1)
    gate = town.a.store._gate
    real = gate._finish

    async def commit_fails(unit: Any) -> None:
        if unit.update_id is not None:
            raise ConnectionError("the database went away at COMMIT")
        await real(unit)

    monkeypatch.setattr(gate, "_finish", commit_fails)
    assert await town.post(town.vk.push_message(COLLEAGUE, "да", group_id=GROUP_A)) == 503
    await town.vk.wait_for(
        lambda s: any("что-то пошло не так" in t for t in s.texts_from(GROUP_A, COLLEAGUE)),
        within=15,
    )
    await asyncio.sleep(0.5)
    assert not _stale_lines(town, CURATOR_B)
    assert not _stale_lines(town, PARTNER)
    kept = await town.b.store._all("SELECT key FROM sent_notifications WHERE key LIKE '%stale%'")
    assert list(kept) == []
    assert state(await events_of(town, GROUP_B)) == state([in_b])
    assert len(await events_of(town, GROUP_A)) == 1  # A's copy not cancelled either
