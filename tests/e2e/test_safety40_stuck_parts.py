"""Safety40 #2, through the real entry point (one Callback API app, three communities; SQLite
files, or PostgreSQL schemas under tests.pg_everywhere): a city change's part that never
reached the other school (its journal entry marked stuck after MAX_TRIES failed replays,
migration 0034) could be neither retried nor dismissed from the chat, and the other
school's curator never saw it. Now «не дошло» lists such parts to the curators of both
schools, with «Повторить» and «Отбросить» buttons; nobody else can press them — a student,
a partner, and the curator of a third school forging the payload change nothing.

The gymnasium (A) is the writer: the partner moves the lecture saved for A and the lyceum
(B), B's held COMMIT fails once, and the entry is counted failed MAX_TRIES times (as the
tick would count it) until it is stuck."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from bot.core.features.school_journal import MAX_TRIES
from bot.core.models import Event
from bot.core.ports import FixedClock
from bot.schools_config import load_city_config
from bot.transports.vk.city import create_city
from bot.transports.vk.webhook import make_web_app
from tests.e2e import test_vk_city
from tests.e2e.conftest import FAST_RETRY, make_settings
from tests.e2e.test_vk_city import (
    CURATOR_A,
    CURATOR_B,
    GROUP_A,
    GROUP_B,
    KGD,
    STUDENT_B,
    City,
)
from tests.e2e.test_vk_city_attack import PARTNER, saved_for_both_with_a_student_of_b
from tests.e2e.test_vk_city_journal import fail_the_held_commit_once, move_with, moves_told
from tests.e2e.vk_server import FakeVK

GROUP_C, CURATOR_C = 5303, 7003
THIRD = """
[[school]]
key = "s7"
name = "Школа №7"
group_id = 5303
token_env = "VK_TOKEN_S7"
secret_env = "VK_SECRET_S7"
tz = "Europe/Kaliningrad"
curators = [7003]
confirmation = "conf-s7"
"""
TITLE = "ИИ в медицине"


@pytest.fixture
async def town(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[City]:
    """tests/e2e/test_vk_city.py's city with a third school (C) whose curator tries too."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(test_vk_city.SECRETS, GROUP_C, "secret-c")
    vk = FakeVK(
        communities={"token-a": GROUP_A, "token-b": GROUP_B, "token-c": GROUP_C},
        managers_of={GROUP_A: (), GROUP_B: (), GROUP_C: ()},
    )
    await vk.start()
    (tmp_path / "schools.toml").write_text(test_vk_city.CONFIG + THIRD, encoding="utf-8")
    env = {**test_vk_city.ENV, "VK_TOKEN_S7": "token-c", "VK_SECRET_S7": "secret-c"}
    config = load_city_config(tmp_path / "schools.toml", env)
    clock = FixedClock(datetime(2099, 12, 10, 10, 0, tzinfo=KGD))
    base = make_settings(tmp_path, f"{vk.base_url}/method/")
    city_app = await create_city(base, config, clock=clock, retry=FAST_RETRY)
    server = TestServer(make_web_app(city_app), host="127.0.0.1")
    await server.start_server()
    town = City(vk, city_app, server, clock)
    yield town
    # a test may restart the bot (test_attack40_stuck_parts): close the app and server it left,
    # or the new app's store threads keep pytest from exiting
    await town.server.close()
    await town.city.close()
    await vk.stop()


async def stuck_move(town: City, monkeypatch: pytest.MonkeyPatch) -> tuple[Event, Event, str]:
    """The lecture saved for A and B (B's student signed up), moved in A with B's held
    commit failing, its journal entry then failed MAX_TRIES times: (A's copy, B's copy,
    the entry's origin)."""
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    failed = fail_the_held_commit_once(town, monkeypatch)
    await move_with(town)
    assert failed
    await town.vk.wait_for(  # A's curator is told of the move: not taken for a reply below
        lambda s: any("Перенесено" in t for t in s.texts_from(GROUP_A, CURATOR_A))
    )
    [entry] = await town.a.store.school_changes_pending()
    stuck = False
    for _ in range(MAX_TRIES):
        stuck = await town.a.store.school_change_failed(entry.origin, "ConnectionError()")
    assert stuck
    assert await town.a.store.school_changes_pending() == []
    return in_a, in_b, entry.origin


async def answer(town: City, group: int, peer: int, text: str) -> str:
    """`peer` writes `text` in `group`'s community: the reply."""
    sent = len(town.vk.texts_from(group, peer))
    await town.say(group, peer, text)
    await town.vk.wait_for(lambda s: len(s.texts_from(group, peer)) > sent)
    return town.vk.texts_from(group, peer)[-1]


async def pressed(town: City, group: int, peer: int, payload: dict[str, Any]) -> str:
    """`peer` presses a button with `payload` in `group`'s community: the reply."""
    sent = len(town.vk.texts_from(group, peer))
    await town.press(group, peer, payload)
    await town.vk.wait_for(lambda s: len(s.texts_from(group, peer)) > sent)
    return town.vk.texts_from(group, peer)[-1]


def stuck_button(town: City, group: int, peer: int, label: str) -> dict[str, Any]:
    """The payload of the button labelled from `label` in the last keyboard `group` sent
    `peer`."""
    for message in reversed(town.vk.sent):
        if message.group_id == group and peer in message.peer_ids and message.buttons():
            for action in message.buttons():
                if action["label"].startswith(label):
                    return dict(json.loads(action["payload"]))
    raise AssertionError(f"no button {label!r} for {peer} in {group}")


async def still_stuck(town: City) -> list[str]:
    return [s.origin for s in await town.a.store.school_changes_stuck()]


async def test_both_curators_see_a_stuck_part_and_the_other_schools_curator_retries_it(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_a, in_b, origin = await stuck_move(town, monkeypatch)

    mine = await answer(town, GROUP_A, CURATOR_A, "что не дошло?")
    assert "до школы Лицей №23" in mine, mine
    assert TITLE in mine, mine
    theirs = await answer(town, GROUP_B, CURATOR_B, "не дошло")
    assert "из школы Гимназия №32" in theirs, theirs  # the other school's curator sees it
    assert TITLE in theirs, theirs
    assert "Не дошло" not in await answer(town, GROUP_C, CURATOR_C, "не дошло")
    retry = stuck_button(town, GROUP_B, CURATOR_B, "Повторить")
    drop = stuck_button(town, GROUP_B, CURATOR_B, "Отбросить")
    assert retry["o"] == drop["o"] == origin

    # forged presses: a student of B, the partner in A, the curator of the third school
    for group, peer in ((GROUP_B, STUDENT_B), (GROUP_A, PARTNER), (GROUP_C, CURATOR_C)):
        for forged in (retry, drop):
            reply = await pressed(town, group, peer, forged)
            assert "куратор" in reply.lower() or "не нашёл" in reply.lower(), reply
            assert await still_stuck(town) == [origin], (group, peer, forged)
    kept = await town.b.store.get_event(in_b.id)
    assert kept is not None
    assert kept.start == in_b.start

    done = await pressed(town, GROUP_B, CURATOR_B, retry)
    assert "Повторю" in done, done
    assert await still_stuck(town) == []
    assert [c.origin for c in await town.a.store.school_changes_pending()] == [origin]
    assert "Повторю" not in await pressed(town, GROUP_B, CURATOR_B, retry)  # once

    await town.city.tick()  # the tick replays it: B's copy moves, B's student told once
    moved = await town.b.store.get_event(in_b.id)
    moved_a = await town.a.store.get_event(in_a.id)
    assert moved is not None
    assert moved_a is not None
    assert moved.start == moved_a.start != in_b.start
    await town.vk.wait_for(lambda s: bool(moves_told(town)))
    assert await town.a.store.school_changes_pending() == []
    await town.city.tick()
    assert len(moves_told(town)) == 1
    assert "Лицей №23" not in await answer(town, GROUP_A, CURATOR_A, "что не дошло?")


async def test_the_writers_curator_dismisses_a_stuck_part_and_nothing_is_replayed(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, in_b, origin = await stuck_move(town, monkeypatch)
    report = await answer(town, GROUP_B, CURATOR_B, "итоги декабря")
    assert "Не дошло из школы Гимназия №32" in report, report  # B's «итоги» name it too
    await answer(town, GROUP_A, CURATOR_A, "не дошло")
    drop = stuck_button(town, GROUP_A, CURATOR_A, "Отбросить")
    assert drop["o"] == origin
    done = await pressed(town, GROUP_A, CURATOR_A, drop)
    assert "Больше не пытаюсь" in done, done
    assert await still_stuck(town) == []
    assert await town.a.store.school_changes_pending() == []
    again = await pressed(town, GROUP_B, CURATOR_B, {**drop, "v": 1})  # retry after it
    assert "не нашёл" in again.lower(), again
    await town.city.tick()
    kept = await town.b.store.get_event(in_b.id)
    assert kept is not None
    assert kept.start == in_b.start  # dismissed: B's copy stays as it was, untold
    assert moves_told(town) == []
    assert "Не дошло" not in await answer(town, GROUP_A, CURATOR_A, "итоги декабря")
