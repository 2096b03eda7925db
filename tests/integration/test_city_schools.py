"""Several schools on one deployment, each a real Planner over its own SQLite file, joined by
bot.core.schools.SchoolRegistry: a partner invited by two of three schools registers one
event for several schools, sees its events per school, and the city role reads figures
across schools without being able to change anything."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from icalendar import Calendar

from bot.core.language.buttons import ButtonAction, payload
from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock, SchoolRef
from bot.core.replies import Reply
from bot.core.schools import SchoolRegistry
from bot.exports.files import ExportFormat
from bot.plan_files import export_plan
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER = 200
CITY = 900
STUDENT = 400
CURATORS = {"g32": 1032, "l23": 1023, "s5": 1005}
REFS = (
    SchoolRef("g32", "Гимназия №32", ("32-я гимназия",)),
    SchoolRef("l23", "Лицей №23", ("Лицей 23",)),
    SchoolRef("s5", "Школа №5"),
)
LECTURE = (
    "Лекция «ИИ в медицине» 15 декабря в 15:00, КГТУ, 9–11 классы, для гимназии №32 и лицея №23"
)
renderer = Renderer()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@dataclass
class City:
    planners: dict[str, Planner]
    stores: dict[str, SqliteStore]
    registry: SchoolRegistry

    async def say(self, key: str, vk_id: int, text: str, **button: object) -> list[Reply]:
        """A message in school `key`'s community; every reply must render."""
        replies = await self.planners[key].handle(vk_id, text, button or None)
        for reply in replies:
            assert reply.template != "error", text
            renderer.render(reply.template, reply.context)
        return replies

    async def invite(self, key: str) -> None:
        """School `key`'s curator invites КГТУ; the partner sends the code there."""
        created = await self.say(key, CURATORS[key], "пригласи партнёра КГТУ")
        code = created[0].context["code"]
        joined = await self.say(key, PARTNER, str(code))
        assert joined[0].template == "invite_accepted"


@pytest.fixture
async def city(tmp_path: Path) -> AsyncIterator[City]:
    async for built in _city(tmp_path, {}):
        yield built


async def _city(tmp_path: Path, zones: dict[str, ZoneInfo]) -> AsyncIterator[City]:
    """Three schools, each in `zones.get(key, TZ)`."""
    clock = FixedClock(at("2026-11-30T10:00"))
    stores: dict[str, SqliteStore] = {}
    planners: dict[str, Planner] = {}
    for ref in REFS:
        zone = zones.get(ref.key, TZ)
        stores[ref.key] = await open_store(tmp_path / f"{ref.key}.db", zone)
        config = PlannerConfig(
            tz=zone,
            admins=frozenset({CURATORS[ref.key]}),
            school_name=ref.name,
            city_viewers=frozenset({CITY}),
        )
        planners[ref.key] = Planner(stores[ref.key], clock, config)
    registry = SchoolRegistry(REFS, planners)
    yield City(planners, stores, registry)
    for store in stores.values():
        await store.close()


async def events_of(store: SqliteStore) -> list[str]:
    return [e.title for e in await store.events_between(at("2026-09-01T00:00"), None)]


async def test_the_registry_tells_each_planner_its_school(city: City) -> None:
    assert [r.key for r in city.registry.refs()] == ["g32", "l23", "s5"]
    assert city.planners["l23"].school == REFS[1]
    assert city.planners["s5"].schools is city.registry
    assert city.registry.planner("g32") is city.planners["g32"]
    with pytest.raises(KeyError):
        city.registry.planner("nope")
    with pytest.raises(ValueError, match="repeat"):
        SchoolRegistry((REFS[0], REFS[0]), city.planners)
    with pytest.raises(ValueError, match="no planner"):
        SchoolRegistry(REFS, {"g32": city.planners["g32"]})


async def test_one_event_for_two_schools_is_saved_once_in_each(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    card = await city.say("g32", PARTNER, LECTURE)
    assert [r.template for r in card] == ["schools_card"]
    text = renderer.render(card[0].template, card[0].context)
    assert "Гимназия №32" in text
    assert "Лицей №23" in text
    assert "Школа №5" not in text
    assert "гимнази" not in card[0].context["event"].title.lower()  # the phrase left the title
    saved = await city.say("g32", PARTNER, "да")
    assert saved[0].template == "schools_saved"
    assert saved[0].context["saved"] == ["Гимназия №32", "Лицей №23"]
    g32, l23, s5 = [await events_of(city.stores[k]) for k in ("g32", "l23", "s5")]
    assert len(g32) == 1
    assert len(l23) == 1
    assert s5 == []
    stored = (await city.stores["l23"].events_between(at("2026-12-15T00:00"), None))[0]
    org = await city.stores["l23"].get_organisation(stored.organisation_id)
    assert org is not None
    assert org.name == "КГТУ"
    assert stored.start == at("2026-12-15T15:00")
    assert stored.audience == Audience(grades=frozenset({9, 10, 11}))
    notices = {r.school: r.recipients for r in saved if r.template == "schools_event_notice"}
    assert notices == {"g32": (CURATORS["g32"],), "l23": (CURATORS["l23"],)}
    again = await city.say("g32", PARTNER, "да")  # nothing pending: nothing saved twice
    assert again[0].template == "nothing_pending"
    assert len(await city.stores["l23"].events_between(at("2026-12-01T00:00"), None)) == 1


async def test_schools_in_other_zones_keep_the_writers_moment(tmp_path: Path) -> None:
    """A clock time is read in the zone of the community where it was written (newcomer walk
    2026-12-01d, finding 2: «15:00» became 15:00 Novosibirsk time in the lyceum, five hours
    earlier than the partner meant); the lyceum's curator sees it in the lyceum's zone."""
    novosibirsk = ZoneInfo("Asia/Novosibirsk")
    async for city in _city(tmp_path, {"l23": novosibirsk}):
        await city.invite("g32")
        await city.invite("l23")
        await city.say("g32", PARTNER, LECTURE)
        saved = await city.say("g32", PARTNER, "да")
        assert saved[0].context["saved"] == ["Гимназия №32", "Лицей №23"]
        (here,) = await city.stores["g32"].events_between(at("2026-12-15T00:00"), None)
        (there,) = await city.stores["l23"].events_between(at("2026-12-15T00:00"), None)
        assert here.start == at("2026-12-15T15:00")
        assert there.start == here.start  # one moment in both schools
        assert there.start.astimezone(novosibirsk).hour == 20
        (notice,) = [r for r in saved if r.school == "l23" and r.template == "schools_event_notice"]
        assert "20:00" in renderer.render(notice.template, notice.context)


async def test_the_card_names_the_local_time_of_a_school_in_another_zone(
    tmp_path: Path,
) -> None:
    """Before «да» the partner sees what the event's moment is where each school's clock
    differs from theirs (newcomer walk 2026-12-01d: the card showed only the writer's time);
    a school in the writer's own zone gets no such line."""
    novosibirsk = ZoneInfo("Asia/Novosibirsk")
    async for city in _city(tmp_path, {"l23": novosibirsk}):
        await city.invite("g32")
        await city.invite("l23")
        (card,) = await city.say("g32", PARTNER, LECTURE)
        assert card.template == "schools_card"
        text = renderer.render(card.template, card.context)
        lyceum = next(line for line in text.splitlines() if "Лицей №23" in line)
        gymnasium = next(line for line in text.splitlines() if "Гимназия №32" in line)
        assert "20:00" in lyceum
        assert "по местному времени" in lyceum
        assert "по местному времени" not in gymnasium


async def test_another_zones_clash_is_shown_on_the_writers_clock(tmp_path: Path) -> None:
    """The lyceum's own «Контрольная» at 20:00 Novosibirsk time is the partner's 15:00: the
    card lists it at 15:00, the clock the rest of the card speaks."""
    novosibirsk = ZoneInfo("Asia/Novosibirsk")
    async for city in _city(tmp_path, {"l23": novosibirsk}):
        await city.invite("g32")
        await city.invite("l23")
        school = await city.planners["l23"].own_organisation()
        there = datetime(2026, 12, 15, 20, 0, tzinfo=novosibirsk)
        test = NewEvent("Контрольная", school.id, there, there + timedelta(hours=1))
        await city.stores["l23"].add_events([test], None)
        (card,) = await city.say("g32", PARTNER, LECTURE)
        text = renderer.render(card.template, card.context)
        clash = next(line for line in text.splitlines() if "Контрольная" in line)
        assert "15:00" in clash
        assert "20:00" not in clash


async def test_a_school_that_did_not_invite_the_partner_gets_nothing(city: City) -> None:
    await city.invite("g32")
    await city.say("s5", PARTNER, "привет")  # known to school 5 as a student only
    text = LECTURE.replace("лицея №23", "школы №5")
    replies = await city.say("g32", PARTNER, text)
    assert [r.template for r in replies] == ["schools_refused", "schools_card"]
    assert replies[0].context["schools"] == ["Школа №5"]
    saved = await city.say("g32", PARTNER, "да")
    assert saved[0].context["saved"] == ["Гимназия №32"]
    assert await events_of(city.stores["s5"]) == []
    alone = await city.say("l23", PARTNER, LECTURE.replace("гимназии №32 и ", ""))
    assert [r.template for r in alone] == ["schools_refused"]  # linked nowhere it named
    assert alone[0].context["any"] is False
    assert await events_of(city.stores["l23"]) == []


async def test_a_link_removed_before_yes_saves_nothing_there(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    await city.say("g32", PARTNER, LECTURE)
    l23 = city.stores["l23"]
    partner = await l23.get_person_by_vk(PARTNER)
    assert partner is not None
    await l23.save_person(PARTNER, Role.STUDENT, partner.name, None)  # the curator unlinked
    saved = await city.say("g32", PARTNER, "да")
    assert saved[0].context["saved"] == ["Гимназия №32"]
    assert saved[0].context["refused"] == ["Лицей №23"]
    assert await events_of(l23) == []


async def test_each_school_checks_clashes_on_its_own_plan(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    lyceum = city.stores["l23"]
    school = await city.planners["l23"].own_organisation()
    await lyceum.add_events(
        [
            NewEvent(
                "Контрольная по алгебре",
                school.id,
                at("2026-12-15T15:00"),
                at("2026-12-15T16:00"),
                audience=Audience(grades=frozenset({10})),
            )
        ],
        None,
    )
    card = (await city.say("g32", PARTNER, LECTURE))[0]
    items = {i["school"]: i["clashes"] for i in card.context["items"]}
    assert items["Гимназия №32"] == []
    assert [c["event"].title for c in items["Лицей №23"]] == ["Контрольная по алгебре"]


async def test_missing_classes_are_asked_and_the_schools_kept(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    asked = await city.say("g32", PARTNER, LECTURE.replace(" 9–11 классы,", ""))
    assert asked[0].template == "ask_audience"
    card = await city.say("g32", PARTNER, "10 классы")
    assert card[0].template == "schools_card"
    await city.say("g32", PARTNER, "да")
    for key in ("g32", "l23"):
        (event,) = await city.stores[key].events_between(at("2026-12-01T00:00"), None)
        assert event.audience == Audience(grades=frozenset({10}))


async def test_my_events_per_school(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    await city.say("g32", PARTNER, LECTURE)
    await city.say("g32", PARTNER, "да")
    await city.say("l23", PARTNER, "Экскурсия в лабораторию 17 декабря в 12:00, 10 классы")
    await city.say("l23", PARTNER, "да")
    here = await city.say("g32", PARTNER, "мои события")
    assert here[0].template == "my_events"
    assert [e.title for d in here[0].context["days"] for e in d["events"]] == [
        "Лекция «ИИ в медицине», КГТУ"
    ]
    assert here[0].context["elsewhere"] == [
        {"school": "Лицей №23", "count": 2, "kind": "лицее", "number": "23"}
    ]
    hint = renderer.render(here[0].template, here[0].context)
    assert "«мои события в лицее №23»" in hint  # the hint, sent back, is understood:
    there = await city.say("g32", PARTNER, "мои события в лицее №23")
    assert there[0].template == "schools_my_events"
    titles = [e.title for d in there[0].context["days"] for e in d["events"]]
    assert titles == ["Лекция «ИИ в медицине», КГТУ", "Экскурсия в лабораторию"]
    # that list is not numbered here: «отмени 2» cannot reach the lyceum's event
    cancel = await city.say("g32", PARTNER, "отмени 2")
    assert cancel[0].template == "not_on_list"
    assert len(await events_of(city.stores["l23"])) == 2
    nowhere = await city.say("g32", PARTNER, "мои события в школе №5")
    assert nowhere[0].template == "schools_not_linked"
    unknown = await city.say("g32", PARTNER, "мои события в гимназии №99")
    assert unknown[0].template == "schools_unknown"


async def test_city_report_has_figures_per_school_and_partner(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    await city.say("g32", PARTNER, LECTURE)
    await city.say("g32", PARTNER, "да")
    clock = city.planners["g32"].clock
    assert isinstance(clock, FixedClock)
    clock.set(at("2026-12-20T10:00"))  # the lecture is over; the same clock for every school
    for key in ("g32", "l23"):  # a student of each school signs up and rates the lecture
        store = city.stores[key]
        (event,) = await store.events_between(at("2026-11-01T00:00"), None)
        student = await store.save_person(STUDENT, Role.STUDENT, "Петя Иванов", None, "10А")
        await store.sign_up(event.id, student.id)
        rating = 5 if key == "g32" else 3
        await store.save_feedback(event.id, student.id, "student", rating=rating, recommend=10)
    replies = await city.say("s5", CITY, "итоги по городу")
    report = replies[0]
    assert report.template == "city_report"
    schools = dict(report.context["schools"])
    assert schools["Гимназия №32"].events == 1
    assert schools["Гимназия №32"].rating == 5
    assert schools["Лицей №23"].signups == 1
    assert schools["Лицей №23"].rating == 3
    assert schools["Школа №5"].events == 0
    (partner,) = report.context["partners"]
    assert partner["name"] == "КГТУ"
    assert partner["figures"].events == 2
    assert partner["figures"].rating == 4
    assert partner["figures"].nps == 100
    assert partner["schools"] == ["Гимназия №32", "Лицей №23"]
    text = renderer.render(report.template, report.context)
    assert "Петя" not in text
    assert "Иванов" not in text
    refused = await city.say("g32", PARTNER, "итоги по городу")
    assert refused[0].template == "city_not_allowed"


async def test_the_city_role_changes_nothing_even_with_forged_buttons(city: City) -> None:
    await city.invite("l23")
    await city.say("l23", PARTNER, "Экскурсия в лабораторию 17 декабря в 12:00, 10 классы")
    await city.say("l23", PARTNER, "да")
    lyceum = city.stores["l23"]
    (event,) = await lyceum.events_between(at("2026-12-01T00:00"), None)
    before = (event, await lyceum.signup_counts([event.id]))
    forged = [
        payload(ButtonAction.CANCEL_EVENT, id=event.id),
        payload(ButtonAction.SIGNUP, e=event.id, id=event.id),
        payload(ButtonAction.MOVE_EVENT, id=event.id),
        payload(ButtonAction.CONFIRM_CHANGE, v=1, id=event.id),
        payload(ButtonAction.SCOPE, s="series", id=event.id),
        payload(ButtonAction.RATE, e=event.id, v=1),
        payload(ButtonAction.SAVE),
    ]
    for key in ("g32", "l23"):
        for button in forged:
            replies = await city.planners[key].handle(CITY, "", button)
            assert [r.template for r in replies] == ["city_read_only"], button
        for text in ("отмени 1", "Концерт 20 декабря в 12:00, 5 классы", "пригласи партнёра X"):
            replies = await city.say(key, CITY, text)
            assert [r.template for r in replies] == ["city_read_only"], text
    after = await lyceum.get_event(event.id)
    assert (after, await lyceum.signup_counts([event.id])) == before
    assert await events_of(city.stores["g32"]) == []
    asked = await city.say("l23", CITY, "что на следующей неделе?")
    assert asked[0].template in ("events_list", "no_events")


async def test_single_school_deployment_degrades_politely(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "one.db", TZ)
    config = PlannerConfig(tz=TZ, admins=frozenset({1}), city_viewers=frozenset({CITY}))
    planner = Planner(store, FixedClock(at("2026-11-30T10:00")), config)
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    for vk_id, text in (
        (PARTNER, LECTURE),
        (PARTNER, "мои события в лицее №23"),
        (CITY, "итоги по городу"),
    ):
        replies = await planner.handle(vk_id, text)
        assert [r.template for r in replies] == ["schools_single"], text
        assert "одна школа" in renderer.render(replies[0].template, replies[0].context)
    assert await store.events_between(at("2026-09-01T00:00"), None) == []
    plain = await planner.handle(PARTNER, "Лекция 15 декабря в 15:00, 9 классы")
    assert plain[0].template == "event_card"  # nothing else changed
    await store.close()


async def test_a_school_whose_store_fails_does_not_undo_the_others(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    await city.say("g32", PARTNER, LECTURE)
    await city.stores["l23"].close()  # the lyceum's database goes away before «да»
    saved = await city.say("g32", PARTNER, "да")
    assert saved[0].context["saved"] == ["Гимназия №32"]
    assert saved[0].context["failed"] == ["Лицей №23"]
    assert len(await events_of(city.stores["g32"])) == 1
    assert [r.school for r in saved if r.template == "schools_event_notice"] == ["g32"]
    card = await city.say("g32", PARTNER, LECTURE.replace("15:00", "17:00"))
    items = {i["school"]: i["unavailable"] for i in card[0].context["items"]}
    assert items == {"Гимназия №32": False, "Лицей №23": True}
    mine = await city.say("g32", PARTNER, "нет")
    assert mine[0].template == "discarded"
    here = await city.say("g32", PARTNER, "мои события")
    assert here[0].context["elsewhere"] == []  # the failing school is left out, no error
    there = await city.say("g32", PARTNER, "мои события в лицее №23")
    assert there[0].template == "schools_unavailable"


async def test_an_open_event_for_schools_is_neither_mixed_nor_lost(city: City) -> None:
    await city.invite("g32")
    await city.invite("l23")
    await city.say("g32", PARTNER, LECTURE)
    other = await city.say("g32", PARTNER, "Экскурсия 17 декабря в 12:00, 10 классы")
    assert other[0].template == "schools_pending_first"  # not mixed into the open card
    fixed = await city.say(
        "g32", PARTNER, "Лекция «ИИ в медицине» 16 декабря в 15:00, КГТУ, 9 классы"
    )
    # the corrected version keeps its schools; the card it replaces (another day) is named
    assert [r.template for r in fixed] == ["draft_replaced", "schools_card"]
    again = await city.say("g32", PARTNER, LECTURE.replace("15 декабря", "18 декабря"))
    assert again[0].template == "schools_card"  # a new version for the schools replaces it
    await city.say("g32", PARTNER, "да")
    for key in ("g32", "l23"):
        (event,) = await city.stores[key].events_between(at("2026-12-01T00:00"), None)
        assert event.start == at("2026-12-18T15:00")
    await city.say("g32", PARTNER, "Экскурсия 17 декабря в 12:00, 10 классы")
    mixed = await city.say("g32", PARTNER, LECTURE)
    assert mixed[0].template == "schools_pending_first"
    assert mixed[0].context["title"] == "Экскурсия"


async def test_help_names_what_spans_schools_only_where_there_are_several(
    city: City, tmp_path: Path
) -> None:
    await city.invite("g32")
    viewer = await city.say("l23", CITY, "помощь")
    assert "итоги по городу" in renderer.render(viewer[0].template, viewer[0].context)
    partner = await city.say("g32", PARTNER, "помощь")
    text = renderer.render(partner[0].template, partner[0].context)
    assert "мои события в лицее №23" in text
    assert "итоги по городу" not in text
    store = await open_store(tmp_path / "alone.db", TZ)
    config = PlannerConfig(tz=TZ, city_viewers=frozenset({CITY}))
    alone = await Planner(store, FixedClock(at("2026-11-30T10:00")), config).handle(CITY, "помощь")
    text = renderer.render(alone[0].template, alone[0].context)
    assert "итоги по городу" not in text
    assert "гимназии №32" not in text
    await store.close()


async def test_a_change_naming_another_school_is_sent_to_its_community(city: City) -> None:
    """«отмени … в лицее №23» written in the gymnasium's community cancelled the gymnasium's
    namesake with a card that named no school (newcomer walk 2026-12-01d, finding 1): now
    nothing changes here and the reply says where that change is made."""
    await city.invite("g32")
    await city.invite("l23")
    await city.say("g32", PARTNER, LECTURE)
    await city.say("g32", PARTNER, "да")
    for text in (
        "отмени лекцию ИИ в медицине в лицее №23",
        "перенеси лекцию в лицее 23 на 16 декабря",
    ):
        replies = await city.say("g32", PARTNER, text)
        assert [r.template for r in replies] == ["schools_change_elsewhere"], text
        assert replies[0].context["school"] == "Лицей №23"
        assert await city.say("g32", PARTNER, "да") != []  # nothing pending to confirm
    for key in ("g32", "l23"):
        (event,) = await city.stores[key].events_between(at("2026-12-01T00:00"), None)
        assert event.status.value == "confirmed"
        assert event.start == at("2026-12-15T15:00")
    own = await city.say("g32", PARTNER, "отмени лекцию ИИ в медицине в гимназии №32")
    assert own[0].template != "schools_change_elsewhere"  # its own school: the usual card
    assert "ИИ в медицине" in renderer.render(own[0].template, own[0].context)


async def test_the_export_notes_the_zone_of_the_writers_text(tmp_path: Path) -> None:
    """The lyceum's export showed the partner's «15:00» in «Исходный текст» next to the
    lyceum's 20:00 with nothing saying the text is on another clock; now the text carries
    the writer's UTC offset and the school's (xlsx and ICS). The gymnasium, on the writer's
    own clock, gets no note."""
    novosibirsk = ZoneInfo("Asia/Novosibirsk")
    async for city in _city(tmp_path, {"l23": novosibirsk}):
        await city.invite("g32")
        await city.invite("l23")
        await city.say("g32", PARTNER, LECTURE)
        await city.say("g32", PARTNER, "да")
        there = await _exported_text(city.stores["l23"], novosibirsk)
        assert "15:00" in there["xlsx"]
        for text in there.values():
            assert "UTC+2" in text, text
            assert "UTC+7" in text, text
        here = await _exported_text(city.stores["g32"], TZ)
        for text in here.values():
            assert "UTC+" not in text, text


async def _exported_text(store: SqliteStore, zone: ZoneInfo) -> dict[str, str]:
    """The lecture's «Исходный текст» cell (xlsx) and ICS DESCRIPTION in `store`'s plan."""
    found = {}
    for fmt in (ExportFormat.XLSX, ExportFormat.ICS):
        file = await export_plan(
            store,
            zone,
            fmt,
            date(2026, 12, 1),
            date(2026, 12, 31),
            now=at("2026-11-30T10:00"),
            school_name="Школа",
        )
        if fmt is ExportFormat.XLSX:
            sheet = openpyxl.load_workbook(io.BytesIO(file.data)).worksheets[0]
            rows = [[c.value for c in row] for row in sheet.iter_rows()]
            found["xlsx"] = str(rows[1][rows[0].index("Исходный текст")])
        else:
            [event] = Calendar.from_ical(file.data).walk("VEVENT")
            found["ics"] = str(event["DESCRIPTION"])
    return found


async def test_a_card_for_several_schools_warns_of_a_night_event(city: City) -> None:
    """The card of an event for several schools carries the night line of the one-school
    card (22:00–06:00: late for students), and a daytime one does not."""
    await city.invite("g32")
    await city.invite("l23")
    night = "Ночной квест 15 декабря с 22:30 до 01:00, 10А, для гимназии №32 и лицея №23"
    [card] = await city.say("g32", PARTNER, night)
    assert card.template == "schools_card"
    lines = renderer.render(card.template, card.context).split("\n")
    moon = [line for line in lines if line.startswith("🌙")]
    assert moon, lines
    assert "22:00–06:00" in moon[0], moon
    await city.say("g32", PARTNER, "нет")
    [card] = await city.say("g32", PARTNER, LECTURE)
    assert "🌙" not in renderer.render(card.template, card.context)
