"""Attacks on a city deployment through its real entry point: two school communities on the
local VK server, ONE Callback API app routing by `group_id` (the `city` fixture of
tests/e2e/test_vk_city.py; each school its own SQLite file, or its own PostgreSQL schema
under tests.pg_everywhere).

A partner invited by both curators registers one event «для гимназии №32 и лицея №23»; each
curator's notice and each school's reminder must leave through that school's community (its
token); and the ways across — an invitation code of one school sent to the other, a partner
invited by one school naming the other, a student naming a school, one VK user with different
roles in the two schools, a second «да», a failure after one school's save, the same update
twice — must not put anything where it does not belong.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from bot.core.models import Audience, Event, NewEvent, OrgKind, Role
from bot.transports.vk.updates import UNIT_TRIES
from tests.e2e import test_vk_city
from tests.e2e.test_vk_city import (
    CURATOR_A,
    CURATOR_B,
    GROUP_A,
    GROUP_B,
    KGD,
    STUDENT_A,
    STUDENT_B,
    VIEWER,
    City,
)
from tests.e2e.vk_server import FakeVK

town = test_vk_city.city  # the two-community deployment, as a fixture of this module

PARTNER = 7300
LECTURE = "Лекция «ИИ в медицине» 15 декабря в 15:00, 10 классы, для гимназии №32 и лицея №23"
NOTICE = "Новое мероприятие партнёра"
TENTH = Audience(grades={10})


async def invite(city: City, group: int, curator: int) -> None:
    """The school's curator invites КГТУ in its community; the partner sends the code there."""
    await city.say(group, curator, "пригласи партнёра КГТУ")
    await city.vk.wait_for(
        lambda s: any("Код приглашения" in t for t in s.texts_from(group, curator))
    )
    code = code_in(city.vk, group, curator)
    await city.say(group, PARTNER, code)
    await city.vk.wait_for(lambda s: any("КГТУ" in t for t in s.texts_from(group, PARTNER)))


def code_in(vk: FakeVK, group: int, curator: int) -> str:
    text = next(t for t in reversed(vk.texts_from(group, curator)) if "Код приглашения" in t)
    found = re.search(r"«КГТУ»: (\S+)", text)
    assert found is not None, text
    return found.group(1)


async def events_of(city: City, group: int) -> list[Event]:
    store = city.city.apps[group].store
    start = datetime(2099, 12, 1, tzinfo=KGD)
    return await store.events_between(start, start + timedelta(days=60))


async def replies_to(city: City, group: int, peer: int, count: int) -> list[str]:
    """Wait until community `group` has sent `peer` at least `count` messages; all of them."""
    await city.vk.wait_for(lambda s: len(s.texts_from(group, peer)) >= count)
    return city.vk.texts_from(group, peer)


def tokens_to(vk: FakeVK, peer: int) -> set[str]:
    """The access tokens of every messages.send that reached `peer`."""
    return {
        c["access_token"]
        for c in vk.calls_of("messages.send")
        if str(peer) in (c.get("peer_id"), c.get("user_id"), *c.get("peer_ids", "").split(","))
    }


async def test_one_event_for_two_schools_end_to_end(town: City) -> None:
    vk = town.vk
    await invite(town, GROUP_A, CURATOR_A)
    await invite(town, GROUP_B, CURATOR_B)
    before = len(vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, LECTURE)
    [card] = (await replies_to(town, GROUP_A, PARTNER, before + 1))[before:]
    assert "Гимназия №32" in card
    assert "Лицей №23" in card
    await town.say(GROUP_A, PARTNER, "да")
    saved = (await replies_to(town, GROUP_A, PARTNER, before + 2))[-1]
    assert "Сохранено" in saved
    assert "Гимназия №32" in saved
    assert "Лицей №23" in saved

    [in_a] = await events_of(town, GROUP_A)
    [in_b] = await events_of(town, GROUP_B)
    assert in_a.title == in_b.title == "Лекция «ИИ в медицине»"
    # each curator's notice came through their own community, with its token
    await vk.wait_for(lambda s: any(NOTICE in t for t in s.texts_to(CURATOR_B)))
    await vk.wait_for(lambda s: any(NOTICE in t for t in s.texts_to(CURATOR_A)))
    assert [t for t in vk.texts_from(GROUP_A, CURATOR_A) if NOTICE in t]
    assert [t for t in vk.texts_from(GROUP_B, CURATOR_B) if NOTICE in t]
    assert not [t for t in vk.texts_from(GROUP_B, CURATOR_A) if NOTICE in t]
    assert not [t for t in vk.texts_from(GROUP_A, CURATOR_B) if NOTICE in t]
    assert tokens_to(vk, CURATOR_B) == {"token-b"}
    assert tokens_to(vk, CURATOR_A) == {"token-a"}

    # a second «да» saves nothing more and notifies nobody again
    sent = len(vk.sent)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, before + 3)
    assert len(await events_of(town, GROUP_A)) == 1
    assert len(await events_of(town, GROUP_B)) == 1
    assert [m for m in vk.sent[sent:] if NOTICE in m.text] == []

    # a student of B signs up in B; the reminder goes out through B's community only
    await town.say(GROUP_B, STUDENT_B, "я из 10Б")
    await vk.wait_text(STUDENT_B, "Запомнил")
    await town.press(GROUP_B, STUDENT_B, {"a": "signup", "id": in_b.id})
    await vk.wait_text(STUDENT_B, "Вы записаны")
    town.clock.set(in_b.start - timedelta(hours=23))  # 20:00 in B's zone, no quiet hours
    await town.city.tick()
    assert any("ИИ в медицине" in t for t in vk.texts_from(GROUP_B, STUDENT_B)[2:])
    assert vk.texts_from(GROUP_A, STUDENT_B) == []
    assert tokens_to(vk, STUDENT_B) == {"token-b"}


async def test_a_code_of_one_school_opens_nothing_in_another(town: City) -> None:
    vk = town.vk
    await town.say(GROUP_A, CURATOR_A, "пригласи партнёра КГТУ")
    await vk.wait_for(lambda s: any("Код" in t for t in s.texts_from(GROUP_A, CURATOR_A)))
    code = code_in(vk, GROUP_A, CURATOR_A)
    await town.say(GROUP_B, PARTNER, code)
    await replies_to(town, GROUP_B, PARTNER, 1)
    partner_b = await town.b.store.get_person_by_vk(PARTNER)
    assert partner_b is None or partner_b.organisation_id is None
    # and the code still works where it was made
    await town.say(GROUP_A, PARTNER, code)
    await vk.wait_for(lambda s: any("КГТУ" in t for t in s.texts_from(GROUP_A, PARTNER)))
    partner_a = await town.a.store.get_person_by_vk(PARTNER)
    assert partner_a is not None
    assert partner_a.organisation_id is not None


async def test_a_partner_of_one_school_cannot_file_into_another(town: City) -> None:
    vk = town.vk
    await invite(town, GROUP_A, CURATOR_A)
    before = len(vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, LECTURE)
    await replies_to(town, GROUP_A, PARTNER, before + 1)
    await town.say(GROUP_A, PARTNER, "да")
    answers = (await replies_to(town, GROUP_A, PARTNER, before + 3))[before:]
    assert any("🚫 Лицей №23" in t for t in answers)
    assert "Сохранено" in answers[-1]
    assert "Лицей №23" not in answers[-1]
    assert len(await events_of(town, GROUP_A)) == 1
    assert await events_of(town, GROUP_B) == []
    assert vk.texts_from(GROUP_B, CURATOR_B) == []
    # naming only B from A's community saves nothing anywhere
    await town.say(GROUP_A, PARTNER, "Экскурсия 16 декабря в 10:00, 10 классы, для лицея №23")
    await replies_to(town, GROUP_A, PARTNER, before + 4)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, before + 5)
    assert await events_of(town, GROUP_B) == []
    assert len(await events_of(town, GROUP_A)) == 1


@pytest.mark.parametrize("who", [STUDENT_A, VIEWER])
async def test_a_student_or_the_city_viewer_files_nothing_anywhere(town: City, who: int) -> None:
    vk = town.vk
    await town.say(GROUP_A, who, "я из 10А")
    await replies_to(town, GROUP_A, who, 1)
    await town.say(GROUP_A, who, LECTURE)
    await replies_to(town, GROUP_A, who, 2)
    await town.say(GROUP_A, who, "да")
    await town.press(GROUP_A, who, {"a": "save"})
    await replies_to(town, GROUP_A, who, 4)
    assert await events_of(town, GROUP_A) == []
    assert await events_of(town, GROUP_B) == []
    assert vk.texts_from(GROUP_B, CURATOR_B) == []
    assert [t for t in vk.texts_from(GROUP_A, CURATOR_A) if NOTICE in t] == []


async def test_the_city_viewer_changes_nothing_with_forged_buttons(town: City) -> None:
    vk = town.vk
    await invite(town, GROUP_B, CURATOR_B)
    await town.say(GROUP_B, PARTNER, "Экскурсия 16 декабря в 10:00, 10 классы")
    await replies_to(town, GROUP_B, PARTNER, 2)
    await town.say(GROUP_B, PARTNER, "да")
    await vk.wait_for(lambda s: len(s.texts_from(GROUP_B, PARTNER)) >= 3)
    [event] = await events_of(town, GROUP_B)
    for payload in (
        {"a": "cancel_event", "id": event.id},
        {"a": "move_event", "id": event.id},
        {"a": "change", "v": 1, "id": event.id},
        {"a": "scope", "s": "series", "id": event.id},
        {"a": "save"},
    ):
        await town.press(GROUP_B, VIEWER, payload)
    await town.say(GROUP_B, VIEWER, "да")
    await town.say(GROUP_B, VIEWER, "отмени 1")
    await replies_to(town, GROUP_B, VIEWER, 7)
    [still] = await events_of(town, GROUP_B)
    assert (still.id, still.start, still.status, still.version) == (
        event.id,
        event.start,
        event.status,
        event.version,
    )


async def test_one_person_a_curator_in_one_school_a_student_in_the_other(town: City) -> None:
    vk = town.vk
    await town.say(GROUP_B, CURATOR_A, "я из 10Б")
    await vk.wait_for(lambda s: any("Запомнил" in t for t in s.texts_from(GROUP_B, CURATOR_A)))
    # the curator of A writes one event for both: B (where they are a student) refuses
    await town.say(GROUP_A, CURATOR_A, LECTURE)
    await replies_to(town, GROUP_A, CURATOR_A, 1)
    await town.say(GROUP_A, CURATOR_A, "да")
    answers = await replies_to(town, GROUP_A, CURATOR_A, 3)
    assert any("🚫 Лицей №23" in t for t in answers)
    assert len(await events_of(town, GROUP_A)) == 1
    assert await events_of(town, GROUP_B) == []
    # in B they stay a student: no report, no invitation
    await town.say(GROUP_B, CURATOR_A, "итоги месяца")
    await town.say(GROUP_B, CURATOR_A, "пригласи партнёра КГТУ")
    texts = (await replies_to(town, GROUP_B, CURATOR_A, 3))[1:]
    assert not any("Итоги месяца" in t or "Код приглашения" in t for t in texts)
    person = await town.b.store.get_person_by_vk(CURATOR_A)
    assert person is not None
    assert person.role.value == "student"


async def test_the_same_update_twice_is_handled_once(town: City) -> None:
    vk = town.vk
    await invite(town, GROUP_A, CURATOR_A)
    await invite(town, GROUP_B, CURATOR_B)
    before = len(vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, LECTURE)
    await replies_to(town, GROUP_A, PARTNER, before + 1)
    yes = vk.push_message(PARTNER, "да", group_id=GROUP_A)
    assert await town.post(yes) == 200
    assert await town.post(yes) == 200
    await replies_to(town, GROUP_A, PARTNER, before + 2)
    # the same update once more under the other community's group_id and secret: B has
    # no pending draft for this person, so nothing is saved twice either
    assert await town.post({**yes, "group_id": GROUP_B}) == 200
    await replies_to(town, GROUP_B, PARTNER, 2)
    assert len(await events_of(town, GROUP_A)) == 1
    assert len(await events_of(town, GROUP_B)) == 1
    notices_b = [t for t in vk.texts_from(GROUP_B, CURATOR_B) if NOTICE in t]
    assert len(notices_b) == 1


async def test_a_failure_after_one_school_saved_is_not_saved_twice_on_retry(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sender's school writes its part and its dialog in its own transaction; the other
    school commits in its own. When the sender's transaction fails after the other school
    committed (a crash, a lost connection), the card is still open and «да» again must not
    give the other school the event twice (nor its curators a second notice)."""
    vk = town.vk
    await invite(town, GROUP_A, CURATOR_A)
    await invite(town, GROUP_B, CURATOR_B)
    before = len(vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, LECTURE)
    await replies_to(town, GROUP_A, PARTNER, before + 1)

    store_a = town.a.store
    real = store_a.set_dialog
    failed = []

    async def set_dialog_fails_once(*args: object, **kwargs: object) -> None:
        if not failed:
            failed.append(True)
            raise ConnectionError("the database went away")
        await real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_a, "set_dialog", set_dialog_fails_once)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, before + 2)
    assert failed
    assert await events_of(town, GROUP_A) == []  # rolled back with the dialog
    await town.say(GROUP_A, PARTNER, "да")  # the card is still open: the retry
    saved = (await replies_to(town, GROUP_A, PARTNER, before + 3))[-1]
    assert "Сохранено" in saved
    assert len(await events_of(town, GROUP_A)) == 1
    assert len(await events_of(town, GROUP_B)) == 1
    await vk.wait_for(lambda s: any(NOTICE in t for t in s.texts_from(GROUP_B, CURATOR_B)))
    assert len([t for t in vk.texts_from(GROUP_B, CURATOR_B) if NOTICE in t]) == 1


async def test_yes_and_the_save_button_at_once_save_once_per_school(town: City) -> None:
    """«да» typed and the card's save button pressed at the same moment (two updates taken
    together, as two workers would): each school gets the event once, each curator one
    notice."""
    vk = town.vk
    await invite(town, GROUP_A, CURATOR_A)
    await invite(town, GROUP_B, CURATOR_B)
    before = len(vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, LECTURE)
    await replies_to(town, GROUP_A, PARTNER, before + 1)
    yes = vk.push_message(PARTNER, "да", group_id=GROUP_A)
    button = vk.push_callback(PARTNER, {"a": "save"}, group_id=GROUP_A)
    statuses = await asyncio.gather(town.post(yes), town.post(button))
    assert statuses == [200, 200]
    await replies_to(town, GROUP_A, PARTNER, before + 3)
    await vk.wait_for(lambda s: any(NOTICE in t for t in s.texts_from(GROUP_B, CURATOR_B)))
    assert len(await events_of(town, GROUP_A)) == 1
    assert len(await events_of(town, GROUP_B)) == 1
    assert len([t for t in vk.texts_from(GROUP_B, CURATOR_B) if NOTICE in t]) == 1
    assert len([t for t in vk.texts_from(GROUP_A, CURATOR_A) if NOTICE in t]) == 1


async def test_trying_again_after_one_school_failed_fills_only_the_gap(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reply to a school that failed says «попробуйте ещё раз чуть позже»: sending the
    same event again then gives that school its event, and the school that already had it
    neither a second copy nor its curators a second notice."""
    vk = town.vk
    await invite(town, GROUP_A, CURATOR_A)
    await invite(town, GROUP_B, CURATOR_B)
    store_b = town.b.store
    real = store_b.add_events
    calls = []

    async def add_events_fails_once(*args: object, **kwargs: object) -> list[Event]:
        calls.append(True)
        if len(calls) == 1:
            raise ConnectionError("the lyceum's database went away")
        return await real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_b, "add_events", add_events_fails_once)
    before = len(vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, LECTURE)
    await replies_to(town, GROUP_A, PARTNER, before + 1)
    await town.say(GROUP_A, PARTNER, "да")
    first = (await replies_to(town, GROUP_A, PARTNER, before + 2))[-1]
    assert "Лицей №23: не получилось сохранить" in first
    assert len(await events_of(town, GROUP_A)) == 1
    assert await events_of(town, GROUP_B) == []
    await vk.wait_for(lambda s: any(NOTICE in t for t in s.texts_from(GROUP_A, CURATOR_A)))

    await town.say(GROUP_A, PARTNER, LECTURE)  # the same event again, as the reply asked
    await replies_to(town, GROUP_A, PARTNER, before + 3)
    await town.say(GROUP_A, PARTNER, "да")
    again = (await replies_to(town, GROUP_A, PARTNER, before + 4))[-1]
    assert "Лицей №23" in again
    assert "не получилось" not in again
    assert len(await events_of(town, GROUP_A)) == 1
    assert len(await events_of(town, GROUP_B)) == 1
    await vk.wait_for(lambda s: any(NOTICE in t for t in s.texts_from(GROUP_B, CURATOR_B)))
    assert len([t for t in vk.texts_from(GROUP_A, CURATOR_A) if NOTICE in t]) == 1


async def test_a_curator_from_the_file_is_linked_before_writing_in_that_community(
    town: City,
) -> None:
    """A curator listed in B's config who has never written to B's community (a deputy head
    of two schools, writing in the other one's) is B's curator: an event for B is saved
    there, not refused as «вас пока не приглашали в эту школу»."""
    vk = town.vk
    assert await town.b.store.get_person_by_vk(CURATOR_B) is None
    await town.say(GROUP_A, CURATOR_B, LECTURE)
    answers = await replies_to(town, GROUP_A, CURATOR_B, 1)
    assert not any("🚫 Лицей №23" in t for t in answers)
    assert any("🚫 Гимназия №32" in t for t in answers)  # in A they are nobody
    await town.say(GROUP_A, CURATOR_B, "да")
    saved = (await replies_to(town, GROUP_A, CURATOR_B, 2))[-1]
    assert "Лицей №23" in saved
    assert await events_of(town, GROUP_A) == []
    [event] = await events_of(town, GROUP_B)
    person = await town.b.store.get_person_by_vk(CURATOR_B)
    assert person is not None
    assert person.role.value == "curator"
    assert event.created_by == person.id
    assert not [t for t in vk.texts_from(GROUP_A, CURATOR_A) if NOTICE in t]


OTHER_ORGANISER = 7400


async def test_an_organiser_in_the_other_school_hears_of_the_clash(town: City) -> None:
    """A single-school add tells the organisers of clashing events; an event for several
    schools should tell those of each school, through that school's community."""
    vk = town.vk
    await invite(town, GROUP_A, CURATOR_A)
    await invite(town, GROUP_B, CURATOR_B)
    store_b = town.b.store
    museum = await store_b.create_organisation("Музей", OrgKind.PARTNER)
    await store_b.save_person(OTHER_ORGANISER, Role.PARTNER, "Музей", museum.id)
    # the lecture's «15:00» is written in A's community: A's zone, one moment in both schools
    start = datetime(2099, 12, 15, 15, 0, tzinfo=town.a.store.tz)
    await store_b.add_events(
        [NewEvent("Экскурсия", museum.id, start, start + timedelta(hours=1), audience=TENTH)],
        None,
    )
    before = len(vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, LECTURE)
    await replies_to(town, GROUP_A, PARTNER, before + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, before + 2)
    await vk.wait_for(lambda s: any(NOTICE in t for t in s.texts_from(GROUP_B, CURATOR_B)))
    await vk.wait_for(lambda s: bool(s.texts_from(GROUP_B, OTHER_ORGANISER)))
    [warned] = vk.texts_from(GROUP_B, OTHER_ORGANISER)
    assert "Новая накладка" in warned
    assert "Экскурсия" in warned
    # B's clock (Omsk, +3 h) is shown and said to be B's (walk 2026-12-01f, #13)
    assert "19:00" in warned, warned
    assert "«Лицей №23»" in warned, warned
    assert "по местному времени этой школы" in warned, warned
    assert vk.texts_from(GROUP_A, OTHER_ORGANISER) == []
    assert tokens_to(vk, OTHER_ORGANISER) == {"token-b"}
    # the gymnasium's plan has no clash: its curator hears of the new event only
    assert not any("накладка" in t for t in vk.texts_to(CURATOR_A))


async def test_the_same_title_and_time_for_other_classes_is_another_event(town: City) -> None:
    """What «stores nothing twice» must not swallow: the same lecture at the same time for
    other classes (another room) is a second event in each school."""
    vk = town.vk
    await invite(town, GROUP_A, CURATOR_A)
    await invite(town, GROUP_B, CURATOR_B)
    before = len(vk.texts_from(GROUP_A, PARTNER))
    for n, grade in enumerate(("10", "11")):
        text = LECTURE.replace("10 классы", f"{grade} классы")
        await town.say(GROUP_A, PARTNER, text)
        await replies_to(town, GROUP_A, PARTNER, before + 2 * n + 1)
        await town.say(GROUP_A, PARTNER, "да")
        saved = (await replies_to(town, GROUP_A, PARTNER, before + 2 * n + 2))[-1]
        assert "Сохранено" in saved
    for group in (GROUP_A, GROUP_B):
        events = await events_of(town, group)
        assert sorted(sorted(e.audience.grades) for e in events) == [[10], [11]]


async def saved_for_both_with_a_student_of_b(town: City) -> tuple[Event, Event]:
    """The lecture saved for both schools by the partner in A; STUDENT_B signed up in B."""
    await invite(town, GROUP_A, CURATOR_A)
    await invite(town, GROUP_B, CURATOR_B)
    before = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, LECTURE)
    await replies_to(town, GROUP_A, PARTNER, before + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, before + 2)
    [in_a] = await events_of(town, GROUP_A)
    [in_b] = await events_of(town, GROUP_B)
    await town.say(GROUP_B, STUDENT_B, "я из 10Б")
    await town.vk.wait_text(STUDENT_B, "Запомнил")
    await town.press(GROUP_B, STUDENT_B, {"a": "signup", "id": in_b.id})
    await town.vk.wait_text(STUDENT_B, "Вы записаны")
    return in_a, in_b


async def test_moving_an_event_saved_for_two_schools_moves_both_and_tells_bs_student(
    town: City,
) -> None:
    """Newcomer walk 2026-12-01f, #1: the move changed only the writer's school; the other
    school's copy stayed at the old time and its signed-up student was never told."""
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    card, done, _ = await move_a_day_later(town)
    assert "Лицей №23" in card, card  # the card says the other school's copy moves too
    assert "Перенесено" in done, done
    assert "Лицей №23" in done, done
    [moved_a] = await events_of(town, GROUP_A)
    [moved_b] = await events_of(town, GROUP_B)
    assert moved_a.start == moved_b.start == in_a.start + timedelta(days=1)
    assert moved_b.id == in_b.id  # the same event in B: its sign-up is kept
    await town.vk.wait_for(
        lambda s: any("16 декабря" in t for t in s.texts_from(GROUP_B, STUDENT_B)[2:])
    )
    assert town.vk.texts_from(GROUP_A, STUDENT_B) == []  # told through B's community only


async def move_a_day_later(town: City) -> tuple[str, str, int]:
    """The partner moves the lecture to 16 December in A and answers «да» to the card: the
    card, the reply, and how many messages A has sent the partner by then."""
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "перенеси лекцию «ИИ в медицине» на 16 декабря в 15:00")
    card = (await replies_to(town, GROUP_A, PARTNER, sent + 1))[-1]
    await town.say(GROUP_A, PARTNER, "да")
    done = (await replies_to(town, GROUP_A, PARTNER, sent + 2))[-1]
    return card, done, sent + 2


async def moved_for_both(town: City) -> tuple[Event, Event, int]:
    """The lecture saved for both schools (STUDENT_B signed up in B), then moved a day later
    by its author in A; the partner's message count in A after the move's reply."""
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    _, done, sent = await move_a_day_later(town)
    assert "Лицей №23" in done, done
    await town.vk.wait_for(
        lambda s: any("16 декабря" in t for t in s.texts_from(GROUP_B, STUDENT_B)[2:])
    )
    return in_a, in_b, sent


async def undo_in_a(town: City, sent: int) -> tuple[str, list[Event], list[Event]]:
    """The partner says «верни» in A (A has sent them `sent` messages): the reply, then the
    events of A and of B as they are after it."""
    await town.say(GROUP_A, PARTNER, "верни")
    undone = (await replies_to(town, GROUP_A, PARTNER, sent + 1))[-1]
    return undone, await events_of(town, GROUP_A), await events_of(town, GROUP_B)


async def test_undoing_a_move_that_reached_another_school_undoes_it_there_too(
    town: City,
) -> None:
    """«верни» after a move that also moved the other school's copy: the copy goes back as
    well, its signed-up student hears of it through B's community, and the reply says so
    (it undid only the writer's school before)."""
    in_a, in_b, sent = await moved_for_both(town)
    heard = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    undone, [back_a], [back_b] = await undo_in_a(town, sent)
    assert "Вернул как было" in undone, undone
    assert "Лицей №23" in undone, undone
    assert back_a.start == back_b.start == in_a.start
    assert back_b.id == in_b.id
    await town.vk.wait_for(lambda s: len(s.texts_from(GROUP_B, STUDENT_B)) > heard)
    told = town.vk.texts_from(GROUP_B, STUDENT_B)[heard:]
    assert any("15 декабря" in t and "отменено" in t for t in told), told
    assert town.vk.texts_from(GROUP_A, STUDENT_B) == []
    assert tokens_to(town.vk, STUDENT_B) == {"token-b"}


async def test_an_undo_leaves_a_copy_changed_since_and_says_so(town: City) -> None:
    """B's copy was given another room in B after the move: undoing it there could undo
    that too, so B's copy stays as it is, A's goes back, and the reply names B."""
    in_a, in_b, sent = await moved_for_both(town)
    store_b = town.b.store
    moved_b = await store_b.get_event(in_b.id)
    assert moved_b is not None
    await store_b.update_events([replace(moved_b, venue="актовый зал")], None)
    undone, [back_a], [kept_b] = await undo_in_a(town, sent)
    assert "Вернул как было" in undone, undone
    assert "Лицей №23" in undone, undone
    assert "изменили" in undone, undone
    assert back_a.start == in_a.start
    assert kept_b.start == moved_b.start
    assert kept_b.venue == "актовый зал"


async def test_an_undo_names_the_school_whose_store_fails(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B's store fails on the undo: A's copy goes back, B's stays moved, the reply names B."""
    in_a, in_b, sent = await moved_for_both(town)
    store_b = town.b.store

    async def update_events_fails(*args: object, **kwargs: object) -> list[Event]:
        raise ConnectionError("the lyceum's database went away")

    monkeypatch.setattr(store_b, "update_events", update_events_fails)
    undone, [back_a], [kept_b] = await undo_in_a(town, sent)
    assert "Вернул как было" in undone, undone
    assert "Не удалось вернуть в: Лицей №23" in undone, undone
    assert back_a.start == in_a.start
    assert kept_b.id == in_b.id
    assert kept_b.start == in_a.start + timedelta(days=1)  # still where the move put it


async def test_cancelling_an_event_saved_for_two_schools_cancels_both(town: City) -> None:
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "отмени лекцию «ИИ в медицине»")
    card = (await replies_to(town, GROUP_A, PARTNER, sent + 1))[-1]
    assert "Лицей №23" in card, card
    await town.say(GROUP_A, PARTNER, "да")
    done = (await replies_to(town, GROUP_A, PARTNER, sent + 2))[-1]
    assert "Отменено" in done, done
    assert await events_of(town, GROUP_A) == []  # the plan shows no cancelled events
    assert await events_of(town, GROUP_B) == []
    for group, event in ((GROUP_A, in_a), (GROUP_B, in_b)):
        stored = await town.city.apps[group].store.get_event(event.id)
        assert stored is not None
        assert stored.status.value == "cancelled"
    await town.vk.wait_for(
        lambda s: any("отмен" in t.lower() for t in s.texts_from(GROUP_B, STUDENT_B)[2:])
    )


async def test_undoing_a_cancel_for_two_schools_restores_both(town: City) -> None:
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "отмени лекцию «ИИ в медицине»")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, sent + 2)
    undone, [back_a], [back_b] = await undo_in_a(town, sent + 2)
    assert "Лицей №23" in undone, undone
    assert (back_a.id, back_b.id) == (in_a.id, in_b.id)
    assert back_b.status.value == "confirmed"
    await town.vk.wait_for(
        lambda s: any("состоится" in t for t in s.texts_from(GROUP_B, STUDENT_B)[2:])
    )


async def test_the_same_title_and_time_in_another_school_by_someone_else_is_not_touched(
    town: City,
) -> None:
    """Only the author's own copies are twins: B's curator's event of the same title and
    time stays where it is."""
    await invite(town, GROUP_A, CURATOR_A)
    b_org = await town.city.apps[GROUP_B].store.create_organisation("Лицей", OrgKind.SCHOOL)
    start = datetime(2099, 12, 15, 15, 0, tzinfo=KGD)
    await town.city.apps[GROUP_B].store.add_events(
        [NewEvent("Лекция «ИИ в медицине»", b_org.id, start, start + timedelta(hours=1))], None
    )
    before = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, LECTURE.replace(", для гимназии №32 и лицея №23", ""))
    await replies_to(town, GROUP_A, PARTNER, before + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, before + 2)
    await town.say(GROUP_A, PARTNER, "отмени лекцию «ИИ в медицине»")
    card = (await replies_to(town, GROUP_A, PARTNER, before + 3))[-1]
    assert "Лицей №23" not in card, card
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, before + 4)
    [in_b] = await events_of(town, GROUP_B)
    assert in_b.status.value == "confirmed"


async def test_the_city_viewer_gets_a_plan_file_without_figures(town: City) -> None:
    """Newcomer walk 2026-12-01f, #16: «план на декабрь в excel» was refused as a change."""
    await seed_lecture(town, GROUP_B)
    await town.say(GROUP_B, VIEWER, "план на декабрь в excel")
    [reply] = await replies_to(town, GROUP_B, VIEWER, 1)
    assert "План" in reply, reply
    assert "только для просмотра" not in reply
    await town.vk.wait_for(lambda s: any(m.attachment and VIEWER in m.peer_ids for m in s.sent))


async def seed_lecture(town: City, group: int) -> None:
    store = town.city.apps[group].store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    start = datetime(2099, 12, 15, 15, 0, tzinfo=KGD)
    await store.add_events([NewEvent("Лекция", org.id, start, start + timedelta(hours=1))], None)


async def test_a_move_rolled_back_in_the_writers_school_leaves_the_other_school_as_it_was(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Attack z, «Noticed, left» (ops21): the partner's «да» to a move fails in A after B's
    copy was moved (A's dialog cannot be stored: the database went away). A's copy stays;
    B's must stay too, and B's signed-up student must hear of no move that did not happen:
    B's copy was committed in its own transaction before, and stayed moved."""
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    heard = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "перенеси лекцию «ИИ в медицине» на 16 декабря в 15:00")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    store_a = town.a.store
    real = store_a.set_dialog
    failed: list[bool] = []

    async def set_dialog_fails_once(*args: object, **kwargs: object) -> None:
        if not failed:
            failed.append(True)
            raise ConnectionError("the database went away")
        await real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_a, "set_dialog", set_dialog_fails_once)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, sent + 2)  # the apology
    assert failed
    [kept_a] = await events_of(town, GROUP_A)
    assert kept_a.start == in_a.start  # rolled back with the dialog
    [kept_b] = await events_of(town, GROUP_B)
    # a notice claimed in B's outbox is sent by B's notification loop, even unsent now
    waiting = await town.b.store.pending_batches(datetime(2100, 1, 1, tzinfo=KGD))
    told = town.vk.texts_from(GROUP_B, STUDENT_B)[heard:]
    assert (kept_b.start, told, waiting) == (in_b.start, [], [])


async def test_a_move_whose_commit_fails_in_the_writers_school_leaves_the_other_as_it_was(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seam itself (ops21): the partner's «да» is handled whole — A's copy moved, B's
    copy moved in a unit held open, B's student's notice claimed in B's outbox — and then
    A's commit fails (the database went away at COMMIT). Nothing of it may stay in B: its
    copy keeps its time, no notice waits in its outbox, its student hears nothing."""
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    heard = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "перенеси лекцию «ИИ в медицине» на 16 декабря в 15:00")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    gate = town.a.store._gate
    real = gate._finish
    failed: list[bool] = []

    async def commit_fails(unit: object) -> None:
        if len(failed) < UNIT_TRIES:  # every try the worker makes (attack60, #2: it retries)
            failed.append(True)
            raise ConnectionError("the database went away at COMMIT")
        await real(unit)  # type: ignore[arg-type]

    monkeypatch.setattr(gate, "_finish", commit_fails)
    status = await town.post(town.vk.push_message(PARTNER, "да", group_id=GROUP_A))
    assert failed
    assert status != 200  # VK is told to deliver it again
    [kept_a] = await events_of(town, GROUP_A)
    [kept_b] = await events_of(town, GROUP_B)
    waiting = await town.b.store.pending_batches(datetime(2100, 1, 1, tzinfo=KGD))
    told = town.vk.texts_from(GROUP_B, STUDENT_B)[heard:]
    assert (kept_a.start, kept_b.start, told, waiting) == (in_a.start, in_b.start, [], [])
