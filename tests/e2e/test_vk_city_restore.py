"""A cancelled event typed again is restored in every school its cancel reached (city27, #1;
attack 2026-12-03af #5), through the real entry point: two communities, one Callback API app
(the `city` fixture of tests/e2e/test_vk_city.py; SQLite files, or PostgreSQL schemas under
tests.pg_everywhere).

The partner's lecture saved for both schools is cancelled in the gymnasium (A); the cancel
reaches the lyceum's (B) copy and B's signed-up student is told. The partner then types the
lecture again in A: bot.core.features.readding restored A's event only, and B's copy stayed
cancelled — B's student kept believing it was off. The restore now reaches B's copy through
the same twin change and journal as a move or cancel, and B's student hears once that it is
back on.
"""

from __future__ import annotations

import pytest

from bot.core.features.school_journal import MAX_TRIES
from bot.core.models import EventStatus
from tests.e2e import test_vk_city
from tests.e2e.test_vk_city import CURATOR_A, CURATOR_B, GROUP_A, GROUP_B, STUDENT_B, City
from tests.e2e.test_vk_city_attack import (
    PARTNER,
    replies_to,
    saved_for_both_with_a_student_of_b,
)
from tests.e2e.test_vk_city_journal import fail_the_held_commit_once, move_with

town = test_vk_city.city

AGAIN = "Лекция «ИИ в медицине» 15 декабря в 15:00, 10 классы"


def back_on_told(town: City) -> list[str]:
    """The «всё-таки состоится» notices B's student got through B's community."""
    return [t for t in town.vk.texts_from(GROUP_B, STUDENT_B) if "состоится" in t]


async def report_of(town: City, group: int, curator: int) -> str:
    """The curator's «итоги декабря» in `group`'s community (other notices may come between)."""
    await town.say(group, curator, "итоги декабря")
    await town.vk.wait_for(lambda s: any("Итоги" in t for t in s.texts_from(group, curator)))
    return next(t for t in town.vk.texts_from(group, curator) if "Итоги" in t)


async def cancelled_for_both(town: City) -> tuple[int, int]:
    """The lecture saved for both schools, B's student signed up, then cancelled in A (the
    cancel reached B and B's student was told): the ids of A's and B's copies."""
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "отмени лекцию «ИИ в медицине»")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, sent + 2)
    await town.vk.wait_for(
        lambda s: any("отмен" in t.lower() for t in s.texts_from(GROUP_B, STUDENT_B)[2:])
    )
    copy = await town.b.store.get_event(in_b.id)
    assert copy is not None
    assert copy.status is EventStatus.CANCELLED
    return in_a.id, in_b.id


async def typed_again(town: City) -> tuple[str, str]:
    """The partner types the lecture again in A and answers «да»: the card and the reply."""
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, AGAIN)
    card = (await replies_to(town, GROUP_A, PARTNER, sent + 1))[-1]
    await town.say(GROUP_A, PARTNER, "да")
    done = (await replies_to(town, GROUP_A, PARTNER, sent + 2))[-1]
    return card, done


async def test_a_restore_in_the_writers_school_restores_the_other_schools_copy(
    town: City,
) -> None:
    id_a, id_b = await cancelled_for_both(town)
    card, done = await typed_again(town)
    assert "Его отменили и в: Лицей №23" in card, card  # the card says B's copy comes back
    assert "Вернул отменённое" in done, done
    assert "Лицей №23" in done, done  # the reply says the other school's copy is back too
    back_a = await town.a.store.get_event(id_a)
    back_b = await town.b.store.get_event(id_b)
    assert back_a is not None
    assert back_b is not None
    assert back_a.status is not EventStatus.CANCELLED
    assert back_b.status is not EventStatus.CANCELLED, back_b  # the same event: sign-up kept
    assert (back_b.start, back_b.end) == (back_a.start, back_a.end)
    assert [p.vk_id for p in await town.b.store.signed_up(id_b)] == [STUDENT_B]
    await town.vk.wait_for(lambda s: bool(back_on_told(town)))
    assert town.vk.texts_from(GROUP_A, STUDENT_B) == []  # told through B's community only
    assert await town.a.store.school_changes_pending() == []
    await town.city.tick()  # nothing applied or told twice
    again = await town.b.store.get_event(id_b)
    assert again is not None
    assert again.version == back_b.version
    assert len(back_on_told(town)) == 1


async def test_a_restore_whose_held_commit_fails_is_finished_by_the_tick(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B's COMMIT of the restore fails after A's: A's journal keeps B's part and the city's
    tick restores B's copy, telling B's student once that it is back on (not «moved»)."""
    _id_a, id_b = await cancelled_for_both(town)
    failed = fail_the_held_commit_once(town, monkeypatch)
    await typed_again(town)
    assert failed
    kept = await town.b.store.get_event(id_b)
    assert kept is not None
    assert kept.status is EventStatus.CANCELLED
    assert len(await town.a.store.school_changes_pending()) == 1

    await town.city.tick()
    back_b = await town.b.store.get_event(id_b)
    assert back_b is not None
    assert back_b.status is not EventStatus.CANCELLED
    await town.vk.wait_for(lambda s: bool(back_on_told(town)))
    assert await town.a.store.school_changes_pending() == []
    await town.city.tick()
    assert len(back_on_told(town)) == 1
    told = town.vk.texts_from(GROUP_B, STUDENT_B)
    assert not any("перенес" in t.lower() for t in told), told


async def test_a_stuck_part_is_shown_in_the_curators_report(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """city27 #2: an entry marked stuck after MAX_TRIES failed replays was only logged; the
    gymnasium's curator asking for figures now reads that the move did not reach the lyceum,
    which event and since when. The lyceum's curator, whose store holds no such entry, did
    not; since safety40 #2 they read that it did not come from the gymnasium."""
    _, in_b = await saved_for_both_with_a_student_of_b(town)
    failed = fail_the_held_commit_once(town, monkeypatch)
    await move_with(town)
    assert failed
    [entry] = await town.a.store.school_changes_pending()
    for _ in range(MAX_TRIES):  # as MAX_TRIES failed replays of the tick count it
        stuck = await town.a.store.school_change_failed(entry.origin, "ConnectionError()")
    assert stuck

    report = await report_of(town, GROUP_A, CURATOR_A)
    assert "Не дошло до школы Лицей №23" in report, report
    assert "ИИ в медицине" in report, report
    assert "16 декабря" in report, report
    other = await report_of(town, GROUP_B, CURATOR_B)
    assert "Не дошло из школы Гимназия №32" in other, other
    kept = await town.b.store.get_event(in_b.id)
    assert kept is not None
    assert kept.start == in_b.start
