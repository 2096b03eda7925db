"""A city deployment end to end: two school communities on the local VK server, one webhook.

The schools config is a real TOML file read by bot.schools_config; each school has its own
token, secret, zone, curators and store (a SQLite file each, a PostgreSQL schema each under
tests.pg_everywhere). Updates are POSTed to ONE Callback API server (make_web_app of the
CityApp), which routes them by `group_id`. The tests try to cross from one school into the
other: a student's listing, a forged sign-up payload with the other school's event id, the
curator's monthly report, the other school's secret, and replies leaving through the right
community.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from icalendar import Calendar

from bot.config import ConfigError
from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.schools_config import load_city_config
from bot.transports.vk.city import CityApp, create_city
from bot.transports.vk.webhook import make_web_app
from bot.transports.vk.wiring import VkApp
from tests.e2e.conftest import FAST_RETRY, make_settings
from tests.e2e.vk_server import FakeVK

KGD = ZoneInfo("Europe/Kaliningrad")
OMSK = ZoneInfo("Asia/Omsk")
GROUP_A, GROUP_B = 5101, 5202
CURATOR_A, CURATOR_B, STUDENT_A, STUDENT_B, VIEWER = 7001, 7002, 7101, 7102, 7900

CONFIG = """
db = "schools"
city_viewers = [7900]

[[school]]
key = "g32"
name = "Гимназия №32"
aliases = ["32 гимназия"]
group_id = 5101
token_env = "VK_TOKEN_G32"
secret_env = "VK_SECRET_G32"
tz = "Europe/Kaliningrad"
curators = [7001]
confirmation = "conf-g32"

[[school]]
key = "l23"
name = "Лицей №23"
group_id = 5202
token_env = "VK_TOKEN_L23"
secret_env = "VK_SECRET_L23"
tz = "Asia/Omsk"
curators = [7002]
confirmation = "conf-l23"
"""
ENV = {
    "VK_TOKEN_G32": "token-a",
    "VK_SECRET_G32": "secret-a",
    "VK_TOKEN_L23": "token-b",
    "VK_SECRET_L23": "secret-b",
}
SECRETS = {GROUP_A: "secret-a", GROUP_B: "secret-b"}


@dataclass
class City:
    vk: FakeVK
    city: CityApp
    server: TestServer
    clock: FixedClock

    @property
    def a(self) -> VkApp:
        return self.city.apps[GROUP_A]

    @property
    def b(self) -> VkApp:
        return self.city.apps[GROUP_B]

    async def post(self, update: dict[str, Any], secret: str | None = None) -> int:
        """POST an update as VK would (with the secret of its community unless given)."""
        body = {**update, "secret": secret or SECRETS[update["group_id"]]}
        async with (
            aiohttp.ClientSession() as http,
            http.post(str(self.server.make_url("/")), json=body) as response,
        ):
            return response.status

    async def say(self, group: int, peer: int, text: str) -> None:
        assert await self.post(self.vk.push_message(peer, text, group_id=group)) == 200

    async def press(self, group: int, peer: int, payload: dict[str, Any]) -> None:
        assert await self.post(self.vk.push_callback(peer, payload, group_id=group)) == 200


@pytest.fixture
async def city(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[City]:
    monkeypatch.chdir(tmp_path)
    vk = FakeVK(
        communities={"token-a": GROUP_A, "token-b": GROUP_B},
        managers_of={GROUP_A: (), GROUP_B: ()},
    )
    await vk.start()
    (tmp_path / "schools.toml").write_text(CONFIG, encoding="utf-8")
    config = load_city_config(tmp_path / "schools.toml", ENV)
    clock = FixedClock(datetime(2099, 12, 10, 10, 0, tzinfo=KGD))
    base = make_settings(tmp_path, f"{vk.base_url}/method/")
    city_app = await create_city(base, config, clock=clock, retry=FAST_RETRY)
    server = TestServer(make_web_app(city_app), host="127.0.0.1")
    await server.start_server()
    yield City(vk, city_app, server, clock)
    await server.close()
    await city_app.close()
    await vk.stop()


async def seed(app: VkApp, titles: list[str], day: str = "2099-12-15") -> list[int]:
    """Events of a partner of the school (straight into its store), grade 10, on `day`."""
    store = app.store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    start = datetime.fromisoformat(f"{day}T15:00").replace(tzinfo=store.tz)
    events = await store.add_events(
        [
            NewEvent(t, org.id, start, start.replace(hour=16), audience=Audience(grades={10}))
            for t in titles
        ],
        None,
    )
    return [e.id for e in events]


async def test_a_student_sees_and_signs_up_only_in_their_school(city: City) -> None:
    vk = city.vk
    [mine] = await seed(city.a, ["Лекция гимназии"])
    theirs = await seed(city.b, ["Театр лицея", "Музей лицея", "Завод лицея"])
    forged = theirs[2]
    assert forged != mine

    await city.say(GROUP_A, STUDENT_A, "я из 10А")
    await vk.wait_text(STUDENT_A, "Запомнил")
    await city.say(GROUP_A, STUDENT_A, "что 15 декабря 2099?")
    listing = await vk.wait_text(STUDENT_A, "Лекция гимназии")
    assert "лицея" not in listing
    # every answer left through school A's community, none through B's
    assert vk.texts_from(GROUP_A, STUDENT_A)
    assert vk.texts_from(GROUP_B, STUDENT_A) == []

    # a forged button with B's event id, pressed in A's community
    await city.press(GROUP_A, STUDENT_A, {"a": "signup", "id": forged})
    await vk.wait_for(lambda s: len(s.texts_from(GROUP_A, STUDENT_A)) >= 3)
    refusal = vk.texts_from(GROUP_A, STUDENT_A)[-1]
    assert "в плане нет" in refusal  # B's event is not in A's plan: no such event here
    assert "Вы записаны" not in refusal
    assert await city.b.store.signed_up(forged) == []
    assert await city.b.store.get_person_by_vk(STUDENT_A) is None

    # the same button in B's own community does sign B's student up, in B only
    await city.say(GROUP_B, STUDENT_B, "я из 10Б")
    await vk.wait_text(STUDENT_B, "Запомнил")
    await city.press(GROUP_B, STUDENT_B, {"a": "signup", "id": forged})
    await vk.wait_text(STUDENT_B, "Вы записаны")
    assert [p.vk_id for p in await city.b.store.signed_up(forged)] == [STUDENT_B]
    assert await city.a.store.get_person_by_vk(STUDENT_B) is None
    assert vk.texts_from(GROUP_A, STUDENT_B) == []


async def test_a_curator_reports_only_their_own_school(city: City) -> None:
    vk = city.vk
    await seed(city.a, ["Лекция гимназии"])
    lyceum = await seed(city.b, ["Театр лицея"])
    student = await city.b.store.save_person(STUDENT_B, Role.STUDENT, "Ученик", None, "10Б")
    await city.b.store.sign_up(lyceum[0], student.id)
    await city.b.store.save_feedback(lyceum[0], student.id, "student", rating=5)
    city.clock.set(datetime(2099, 12, 20, 10, 0, tzinfo=KGD))

    await city.say(GROUP_A, CURATOR_A, "итоги месяца")
    report_a = await vk.wait_text(CURATOR_A, "Итоги")
    assert "Лекция гимназии" in report_a
    assert "лицея" not in report_a
    await city.say(GROUP_B, CURATOR_B, "итоги месяца")
    report_b = await vk.wait_text(CURATOR_B, "Итоги")
    assert "Театр лицея" in report_b
    assert "гимназии" not in report_b
    # a curator of A is nobody in B: asked in B's community, the report is refused
    await city.say(GROUP_B, CURATOR_A, "итоги месяца")
    await vk.wait_for(lambda s: bool(s.texts_from(GROUP_B, CURATOR_A)))
    [refused] = vk.texts_from(GROUP_B, CURATOR_A)
    assert "Театр лицея" not in refused
    assert "Итоги и отзывы видят куратор" in refused


async def test_one_schools_secret_does_not_open_another(city: City) -> None:
    vk = city.vk
    update = vk.push_message(STUDENT_B, "помощь", group_id=GROUP_B)
    assert await city.post(update, secret="secret-a") == 403
    assert await city.post({**update, "group_id": 9999}, secret="secret-b") == 403
    assert await city.post({**update, "group_id": str(GROUP_B)}, secret="secret-a") == 403
    assert vk.texts_to(STUDENT_B) == []
    assert await city.b.store.get_person_by_vk(STUDENT_B) is None
    assert await city.post(update) == 200  # its own secret
    await vk.wait_text(STUDENT_B, "Согласовано")
    assert vk.texts_from(GROUP_B, STUDENT_B)


async def test_each_community_gets_its_own_confirmation_code(city: City) -> None:
    async with aiohttp.ClientSession() as http:
        for group, code in ((GROUP_A, "conf-g32"), (GROUP_B, "conf-l23")):
            body = {"type": "confirmation", "group_id": group}
            async with http.post(str(city.server.make_url("/")), json=body) as response:
                assert await response.text() == code


async def test_a_reply_for_another_school_leaves_through_its_community(city: City) -> None:
    """Reply.school routes a message through the named community (its token): the way a
    partner's event registered for several schools notifies each school's curators."""
    await city.a.handler.send(
        [
            Reply("plain_text", {"text": "из гимназии"}, recipients=(CURATOR_A,)),
            Reply("plain_text", {"text": "в лицей"}, recipients=(CURATOR_B,), school="l23"),
        ],
        None,
    )
    assert city.vk.texts_from(GROUP_A, CURATOR_A) == ["из гимназии"]
    assert city.vk.texts_from(GROUP_B, CURATOR_B) == ["в лицей"]
    tokens = {c["access_token"] for c in city.vk.calls_of("messages.send")}
    assert tokens == {"token-a", "token-b"}
    # a key no school has: logged, and sent through the community it came from
    await city.b.handler.send(
        [Reply("plain_text", {"text": "куда?"}, recipients=(CURATOR_B,), school="nope")], None
    )
    assert city.vk.texts_from(GROUP_B, CURATOR_B) == ["в лицей", "куда?"]


async def test_planners_know_their_school_and_the_city(city: City) -> None:
    a, b = city.a.planner, city.b.planner
    assert a.school is not None
    assert a.school.name == "Гимназия №32"
    assert a.school.aliases == ("32 гимназия",)
    assert b.school is not None
    assert b.school.key == "l23"
    assert a.schools is b.schools
    assert a.schools is not None
    assert [r.key for r in a.schools.refs()] == ["g32", "l23"]
    assert a.schools.planner("l23") is b
    assert a.config.city_viewers == b.config.city_viewers == frozenset({VIEWER})
    assert a.config.tz == KGD
    assert b.config.tz == OMSK
    assert a.config.admins == frozenset({CURATOR_A})
    assert b.config.admins == frozenset({CURATOR_B})
    assert a.store is not b.store


async def test_the_notification_tick_reaches_each_school_through_its_community(
    city: City,
) -> None:
    """A reminder due in each school goes out from that school's community only."""
    vk = city.vk
    ids_a = await seed(city.a, ["Лекция гимназии"], day="2099-12-11")
    ids_b = await seed(city.b, ["Театр лицея"], day="2099-12-11")
    for app, ids, student, cls in (
        (city.a, ids_a, STUDENT_A, "10А"),
        (city.b, ids_b, STUDENT_B, "10Б"),
    ):
        person = await app.store.save_person(student, Role.STUDENT, "Ученик", None, cls)
        assert await app.store.sign_up(ids[0], person.id) == "going"
    city.clock.set(datetime(2099, 12, 10, 16, 0, tzinfo=KGD))  # the evening before
    reached = await city.city.tick()
    assert reached >= 2
    assert any("Лекция гимназии" in t for t in vk.texts_from(GROUP_A, STUDENT_A))
    assert any("Театр лицея" in t for t in vk.texts_from(GROUP_B, STUDENT_B))
    assert vk.texts_from(GROUP_B, STUDENT_A) == []
    assert vk.texts_from(GROUP_A, STUDENT_B) == []


async def test_a_token_of_another_community_stops_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """School A's entry with school B's token: one clear line, nothing left running."""
    monkeypatch.chdir(tmp_path)
    vk = FakeVK(communities={"token-a": GROUP_A, "token-b": GROUP_B})
    await vk.start()
    try:
        (tmp_path / "schools.toml").write_text(CONFIG, encoding="utf-8")
        swapped = {**ENV, "VK_TOKEN_G32": "token-b"}
        config = load_city_config(tmp_path / "schools.toml", swapped)
        base = make_settings(tmp_path, f"{vk.base_url}/method/")
        with pytest.raises(ConfigError, match="Школа g32: её ключ — ключ сообщества 5202"):
            await create_city(base, config, retry=FAST_RETRY)
    finally:
        await vk.stop()


async def test_a_calendar_feed_is_served_only_under_its_school(city: City) -> None:
    await seed(city.b, ["Театр лицея"])
    person = await city.b.store.save_person(STUDENT_B, Role.STUDENT, "Ученик", None, "10Б")
    token = await city.b.store.calendar_token(person.id)
    async with aiohttp.ClientSession() as http:
        async with http.get(str(city.server.make_url(f"/l23/ics/{token}.ics"))) as response:
            assert response.status == 200
            assert "Театр лицея" in await response.text()
        for wrong in (f"/g32/ics/{token}.ics", f"/nope/ics/{token}.ics", f"/ics/{token}.ics"):
            async with http.get(str(city.server.make_url(wrong))) as response:
                assert response.status == 404, wrong


async def test_two_schools_feeds_never_share_an_event_uid(city: City) -> None:
    """Each school numbers its events from 1: imported into one calendar app, the two
    feeds' events must stay apart (RFC 5545 §3.8.4.7: the UID is globally unique;
    newcomer walk 2026-12-01f, #5 saw «event-2@soglasovano» in both schools' files)."""
    uids: dict[str, set[str]] = {}
    async with aiohttp.ClientSession() as http:
        for app, key, student, cls, title in (
            (city.a, "g32", STUDENT_A, "10А", "Лекция гимназии"),
            (city.b, "l23", STUDENT_B, "10Б", "Театр лицея"),
        ):
            assert await seed(app, [title]) == [1]
            person = await app.store.save_person(student, Role.STUDENT, "Ученик", None, cls)
            token = await app.store.calendar_token(person.id)
            async with http.get(str(city.server.make_url(f"/{key}/ics/{token}.ics"))) as response:
                assert response.status == 200
                feed = Calendar.from_ical(await response.text())
            uids[key] = {str(e["UID"]) for e in feed.walk("VEVENT")}
    assert uids["g32"] == {"event-1@g32.soglasovano"}
    assert uids["l23"] == {"event-1@l23.soglasovano"}
