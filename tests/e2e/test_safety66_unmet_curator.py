"""A city curator who has never written to their community (safety66 #1, attack65's
leftover). Lyceum 23 has two curators in schools.toml; the second (UNMET) has not yet
written to its community. A КГТУ colleague known in the gymnasium cancels the lecture both
schools hold: the lyceum's known curator and the copy's author get attack64's line at once.
UNMET cannot be written to by the community until they write (VK refuses messages to
someone who never wrote: error 901), so the line waits for them, unsent, and reaches them
once, right after they first write — if their school's copy still stands as the line says.
Before, they never heard of it. Both backends where the city runs (SQLite; a city on
PostgreSQL needs one database of schemas, see test_notice_kills)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from bot.schools_config import load_city_config
from bot.transports.vk.city import create_city
from bot.transports.vk.webhook import make_web_app
from tests.e2e import test_vk_city
from tests.e2e.conftest import FAST_RETRY, make_settings
from tests.e2e.test_attack64_colleague_twins import _changed_by_colleague, _colleague_in_a
from tests.e2e.test_vk_city import GROUP_A, GROUP_B, KGD, City
from tests.e2e.vk_server import FakeVK

UNMET = 7003


@pytest.fixture
async def town(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[City]:
    """test_vk_city's two schools, the lyceum with a second curator who never wrote."""
    monkeypatch.chdir(tmp_path)
    vk = FakeVK(
        communities={"token-a": GROUP_A, "token-b": GROUP_B},
        managers_of={GROUP_A: (), GROUP_B: ()},
    )
    await vk.start()
    config_text = test_vk_city.CONFIG.replace("curators = [7002]", f"curators = [7002, {UNMET}]")
    (tmp_path / "schools.toml").write_text(config_text, encoding="utf-8")
    config = load_city_config(tmp_path / "schools.toml", test_vk_city.ENV)
    clock = test_vk_city.FixedClock(datetime(2099, 12, 10, 10, 0, tzinfo=KGD))
    base = make_settings(tmp_path, f"{vk.base_url}/method/")
    city_app = await create_city(base, config, clock=clock, retry=FAST_RETRY)
    server = TestServer(make_web_app(city_app), host="127.0.0.1")
    await server.start_server()
    yield City(vk, city_app, server, clock)
    await server.close()
    with contextlib.suppress(Exception):
        await city_app.close()
    await vk.stop()


def _lines_to_unmet(town: City) -> list[str]:
    return [t for t in town.vk.texts_from(GROUP_B, UNMET) if "Гимназия №32" in t]


async def _first_words(town: City) -> None:
    """UNMET writes to the lyceum's community for the first time and is answered."""
    before = len(town.vk.texts_from(GROUP_B, UNMET))
    await town.say(GROUP_B, UNMET, "помощь")
    await town.vk.wait_for(lambda s: len(s.texts_from(GROUP_B, UNMET)) > before)


async def _cancelled_in_a(town: City) -> None:
    await _colleague_in_a(town)
    done = await _changed_by_colleague(town, "отмени лекцию «ИИ в медицине»")
    assert "Отменено" in done, done
    await town.city.tick()


async def test_a_curator_who_never_wrote_hears_the_line_when_they_first_write(
    town: City,
) -> None:
    await _cancelled_in_a(town)
    assert _lines_to_unmet(town) == []  # not sent to someone VK refuses
    await _first_words(town)
    await town.city.tick()
    await town.vk.wait_for(lambda s: bool(_lines_to_unmet(town)), within=15)
    [line] = _lines_to_unmet(town)
    assert "ИИ в медицине" in line, line
    assert "15 декабря" in line, line  # the copy as it still stands in the lyceum
    await town.city.tick()
    await town.say(GROUP_B, UNMET, "помощь")
    await asyncio.sleep(0.3)
    await town.city.tick()
    assert len(_lines_to_unmet(town)) == 1  # once


async def test_the_line_is_dropped_when_the_lyceum_cancelled_its_copy_meanwhile(
    town: City,
) -> None:
    """The known curator acts on the line first: the waiting one is no longer true and is
    not sent when the second curator writes."""
    await _cancelled_in_a(town)
    await town.say(GROUP_B, test_vk_city.CURATOR_B, "отмени лекцию «ИИ в медицине»")
    await town.vk.wait_for(
        lambda s: any("Отменить" in t or "отмен" in t for t in s.texts_from(GROUP_B, 7002)[-1:])
    )
    await town.say(GROUP_B, test_vk_city.CURATOR_B, "да")
    await town.vk.wait_for(
        lambda s: any("Отменено" in t for t in s.texts_from(GROUP_B, test_vk_city.CURATOR_B))
    )
    await _first_words(town)
    await town.city.tick()
    await asyncio.sleep(0.3)
    assert _lines_to_unmet(town) == []
