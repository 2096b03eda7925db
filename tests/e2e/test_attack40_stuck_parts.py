"""Attack 40 on safety40 #2 (bot/core/features/stuck_parts.py) through the real entry point:
one Callback API app, three communities (tests/e2e/test_safety40_stuck_parts.py's `town`;
SQLite files, or PostgreSQL schemas under tests.pg_everywhere). A city change's part that
never reached the lyceum (B) is stuck in the gymnasium's (A) journal; here the curators'
«Повторить» / «Отбросить» are forged, replayed, pressed at once, raced with the city's
tick, pressed after the curator was removed, and pressed after the event was cancelled.
Each test says what must hold: the part is never lost to a damaged payload, never applied
twice, never settled by a school that is no party to it, and B's student is told once."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from bot.core.features.school_journal import MAX_TRIES, new_origin
from bot.schools_config import load_city_config
from bot.transports.vk.city import create_city
from bot.transports.vk.webhook import make_web_app
from tests.e2e import test_safety40_stuck_parts as safety40
from tests.e2e import test_vk_city
from tests.e2e.conftest import FAST_RETRY, make_settings
from tests.e2e.test_safety40_stuck_parts import (
    CURATOR_C,
    GROUP_C,
    THIRD,
    TITLE,
    answer,
    pressed,
    still_stuck,
    stuck_button,
    stuck_move,
)
from tests.e2e.test_vk_city import CURATOR_A, CURATOR_B, GROUP_A, GROUP_B, STUDENT_B, City
from tests.e2e.test_vk_city_attack import PARTNER, replies_to
from tests.e2e.test_vk_city_journal import moves_told

town = safety40.town

GONE = "не нашёл"


def refused(reply: str) -> bool:
    return GONE in reply.lower() or "куратор" in reply.lower()


async def test_damaged_or_forged_payloads_of_a_party_curator_change_nothing(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B's curator (a party to the part) presses payloads no button of ours carries: no
    origin, an origin of another shape or school, a pattern, a huge text, a list; and the
    right origin with `v` missing, 2, -1, text or huge. None may retry or (irreversibly)
    dismiss it; the real «Повторить» still works after them."""
    _, in_b, origin = await stuck_move(town, monkeypatch)
    await answer(town, GROUP_B, CURATOR_B, "что не дошло?")
    retry = stuck_button(town, GROUP_B, CURATOR_B, "Повторить")
    hex_part = origin.partition(":")[2]
    origins: list[Any] = [
        "",
        None,
        12345,
        [origin],
        {"o": origin},
        origin + "x",
        origin.upper(),
        f"l23:{hex_part}",  # the same id in B's own store
        f"s7:{hex_part}",  # ... or the third school's
        f"g32:{hex_part[:-1]}%",  # a LIKE pattern
        "g32:%",
        origin + " " * 100,
        "x" * 10_000,
        f"{origin}\x00",
    ]
    forged = [{"a": "stuck", "o": o, "v": v} for o in origins for v in (0, 1)]
    forged += [{"a": "stuck"}, {"a": "stuck", "v": 0}, {"a": "stuck", "o": origin}]
    forged += [
        {"a": "stuck", "o": origin, "v": v}
        for v in (2, -1, "x", "0", "1", 0.5, False, True, None, 10**30, [0])
    ]
    for payload in forged:
        reply = await pressed(town, GROUP_B, CURATOR_B, payload)
        assert refused(reply), (payload, reply)
        assert await still_stuck(town) == [origin], payload
    kept = await town.b.store.get_event(in_b.id)
    assert kept is not None
    assert kept.start == in_b.start

    assert "Повторю" in await pressed(town, GROUP_B, CURATOR_B, retry)
    # the entry is pending now, not stuck: neither button acts on it
    for v in (0, 1):
        reply = await pressed(town, GROUP_B, CURATOR_B, {**retry, "v": v})
        assert GONE in reply.lower(), reply
        reply = await pressed(town, GROUP_A, CURATOR_A, {**retry, "v": v})
        assert GONE in reply.lower(), reply
    assert [c.origin for c in await town.a.store.school_changes_pending()] == [origin]
    await town.city.tick()
    await town.vk.wait_for(lambda s: bool(moves_told(town)))
    await town.city.tick()
    assert len(moves_told(town)) == 1
    assert await town.a.store.school_changes_pending() == []


async def test_a_part_for_a_third_school_is_not_shown_to_or_settled_by_another(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A's journal holds two stuck parts: for B and for the third school (C). B's curator
    sees only B's and cannot press C's; C's curator sees only C's and cannot press B's.
    A's curator sees both."""
    _, _, for_b = await stuck_move(town, monkeypatch)
    [stuck] = await town.a.store.school_changes_stuck()
    assert stuck.change is not None
    for_c = new_origin("g32")
    await town.a.store.record_school_change(replace(stuck.change, origin=for_c, school="s7"))
    for _ in range(MAX_TRIES):
        await town.a.store.school_change_failed(for_c, "ConnectionError()")
    assert sorted(await still_stuck(town)) == sorted([for_b, for_c])

    mine = await answer(town, GROUP_A, CURATOR_A, "что не дошло?")
    assert "Лицей №23" in mine, mine
    assert "Школа №7" in mine, mine
    b_list = await answer(town, GROUP_B, CURATOR_B, "что не дошло?")
    assert b_list.count(TITLE) == 1, b_list
    assert stuck_button(town, GROUP_B, CURATOR_B, "Повторить")["o"] == for_b
    c_list = await answer(town, GROUP_C, CURATOR_C, "что не дошло?")
    assert c_list.count(TITLE) == 1, c_list
    assert stuck_button(town, GROUP_C, CURATOR_C, "Отбросить")["o"] == for_c

    for group, peer, other in ((GROUP_B, CURATOR_B, for_c), (GROUP_C, CURATOR_C, for_b)):
        for v in (0, 1):
            reply = await pressed(town, group, peer, {"a": "stuck", "o": other, "v": v})
            assert GONE in reply.lower(), reply
    assert sorted(await still_stuck(town)) == sorted([for_b, for_c])
    assert "Больше не пытаюсь" in await pressed(
        town, GROUP_C, CURATOR_C, {"a": "stuck", "o": for_c, "v": 0}
    )
    assert await still_stuck(town) == [for_b]


async def test_a_retry_and_a_dismiss_pressed_at_once_act_once(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B's curator's «Повторить» and A's curator's «Отбросить» of one part at once (and B's
    second, impatient «Повторить»): exactly one of them acts, the others are told it is
    gone; the state is the one that acted (due, or deleted), and B's student is told at
    most once whatever the ticks do."""
    in_a, in_b, origin = await stuck_move(town, monkeypatch)
    await answer(town, GROUP_B, CURATOR_B, "не дошло")
    await answer(town, GROUP_A, CURATOR_A, "не дошло")
    retry = stuck_button(town, GROUP_B, CURATOR_B, "Повторить")
    drop = stuck_button(town, GROUP_A, CURATOR_A, "Отбросить")
    sent_b = len(town.vk.texts_from(GROUP_B, CURATOR_B))
    sent_a = len(town.vk.texts_from(GROUP_A, CURATOR_A))
    await asyncio.gather(
        town.press(GROUP_B, CURATOR_B, retry),
        town.press(GROUP_A, CURATOR_A, drop),
        town.press(GROUP_B, CURATOR_B, retry),
    )
    await town.vk.wait_for(
        lambda s: (
            len(s.texts_from(GROUP_B, CURATOR_B)) >= sent_b + 2
            and len(s.texts_from(GROUP_A, CURATOR_A)) >= sent_a + 1
        )
    )
    replies = town.vk.texts_from(GROUP_B, CURATOR_B)[sent_b:]
    replies += town.vk.texts_from(GROUP_A, CURATOR_A)[sent_a:]
    assert len(replies) == 3, replies
    retried = [r for r in replies if "Повторю" in r]
    dropped = [r for r in replies if "Больше не пытаюсь" in r]
    assert len(retried) + len(dropped) == 1, replies
    assert sum(GONE in r.lower() for r in replies) == 2, replies
    assert await still_stuck(town) == []
    pending = [c.origin for c in await town.a.store.school_changes_pending()]
    assert pending == ([origin] if retried else []), (pending, replies)
    await asyncio.gather(town.city.tick(), town.city.tick())
    await town.city.tick()
    moved = await town.b.store.get_event(in_b.id)
    moved_a = await town.a.store.get_event(in_a.id)
    assert moved is not None
    assert moved_a is not None
    if retried:
        assert moved.start == moved_a.start
        await town.vk.wait_for(lambda s: bool(moves_told(town)))
    else:
        assert moved.start == in_b.start
    assert len(moves_told(town)) == (1 if retried else 0)
    assert await town.a.store.school_changes_pending() == []


async def test_a_retry_pressed_while_the_city_tick_runs_is_applied_once(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Повторить» lands while the city's tick (two of them at once) goes through A's
    journal: the part is applied once at most by those ticks and once in all, told once."""
    in_a, in_b, _ = await stuck_move(town, monkeypatch)
    await answer(town, GROUP_B, CURATOR_B, "не дошло")
    retry = stuck_button(town, GROUP_B, CURATOR_B, "Повторить")
    reply, *_ = await asyncio.gather(
        pressed(town, GROUP_B, CURATOR_B, retry), town.city.tick(), town.city.tick()
    )
    assert "Повторю" in reply, reply
    await asyncio.gather(town.city.tick(), town.city.tick())
    await town.city.tick()
    moved = await town.b.store.get_event(in_b.id)
    moved_a = await town.a.store.get_event(in_a.id)
    assert moved is not None
    assert moved_a is not None
    assert moved.start == moved_a.start != in_b.start
    await town.vk.wait_for(lambda s: bool(moves_told(town)))
    await asyncio.sleep(0.3)  # a second notice, if any, would be on its way
    assert len(moves_told(town)) == 1
    assert await town.a.store.school_changes_pending() == []
    assert await still_stuck(town) == []


async def test_a_retried_part_of_an_event_cancelled_since_cancels_bs_copy(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The move's part is stuck; the partner then cancels the lecture in A. B's curator's
    «Повторить» must not move B's copy to the new time as if it still took place: the
    replay gives B's copy A's state now (cancelled), and B's student is told of the cancel
    (never of a move after it)."""
    in_a, in_b, _ = await stuck_move(town, monkeypatch)
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "отмени лекцию «ИИ в медицине»")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    done = (await replies_to(town, GROUP_A, PARTNER, sent + 2))[-1]
    assert "Отменено" in done, done
    cancelled = await town.a.store.get_event(in_a.id)
    assert cancelled is not None
    assert cancelled.status.value == "cancelled"

    await answer(town, GROUP_B, CURATOR_B, "не дошло")
    retry = stuck_button(town, GROUP_B, CURATOR_B, "Повторить")
    assert "Повторю" in await pressed(town, GROUP_B, CURATOR_B, retry)
    await town.city.tick()
    await town.city.tick()
    copy = await town.b.store.get_event(in_b.id)
    assert copy is not None
    assert copy.status.value == "cancelled", copy
    await town.vk.wait_for(
        lambda s: any("отмен" in t.lower() for t in s.texts_from(GROUP_B, STUDENT_B)[2:])
    )
    await asyncio.sleep(0.3)
    told = town.vk.texts_from(GROUP_B, STUDENT_B)[2:]
    assert sum("отмен" in t.lower() for t in told) == 1, told
    assert not any("перенес" in t.lower() for t in told), told
    assert await town.a.store.school_changes_pending() == []


async def test_a_press_after_the_curator_was_removed_is_refused(
    town: City, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """B's curator gets the list with its buttons; B's curators are then changed in
    schools.toml and the bot restarted. The old buttons of the removed curator change
    nothing; the new curator's press works."""
    _, _, origin = await stuck_move(town, monkeypatch)
    await answer(town, GROUP_B, CURATOR_B, "не дошло")
    retry = stuck_button(town, GROUP_B, CURATOR_B, "Повторить")
    drop = stuck_button(town, GROUP_B, CURATOR_B, "Отбросить")
    await town.server.close()
    await town.city.close()

    new_curator = 7012
    toml = (test_vk_city.CONFIG + THIRD).replace("curators = [7002]", f"curators = [{new_curator}]")
    (tmp_path / "schools.toml").write_text(toml, encoding="utf-8")
    env = {**test_vk_city.ENV, "VK_TOKEN_S7": "token-c", "VK_SECRET_S7": "secret-c"}
    config = load_city_config(tmp_path / "schools.toml", env)
    base = make_settings(tmp_path, f"{town.vk.base_url}/method/")
    city_app = await create_city(base, config, clock=town.clock, retry=FAST_RETRY)
    server = TestServer(make_web_app(city_app), host="127.0.0.1")
    await server.start_server()
    town.city, town.server = city_app, server

    for payload in (retry, drop):
        reply = await pressed(town, GROUP_B, CURATOR_B, payload)
        assert refused(reply), reply
        assert await still_stuck(town) == [origin]
    await answer(town, GROUP_B, new_curator, "привет")
    assert "Повторю" in await pressed(town, GROUP_B, new_curator, retry)
    assert await still_stuck(town) == []
