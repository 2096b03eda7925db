"""Issue 11 point 7 through the planner: the sign-up reply states the person's real reminder
times (own, the school's defaults, quiet hours, or off); greetings, thanks and emoji get a
friendly answer with the next step; VK's start payload gets the role's greeting and
keyboard; several numbers and a title sign up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.chat_world import own

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, PARTNER, STUDENT = 100, 200, 400


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    planner = Planner(
        store, FixedClock(at("2026-11-23T10:00")), PlannerConfig(tz=TZ, admins=frozenset({CURATOR}))
    )
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    nine = Audience(grades=frozenset({9}))
    await store.add_events(
        [
            NewEvent(
                "Лекция о космосе",
                kgtu.id,
                at("2026-12-15T15:00"),
                at("2026-12-15T16:00"),
                audience=nine,
            ),
            NewEvent(
                "Ранняя лекция",
                kgtu.id,
                at("2026-12-16T08:30"),
                at("2026-12-16T09:30"),
                audience=nine,
            ),
            NewEvent(
                "День открытых дверей КГТУ",
                kgtu.id,
                at("2026-12-19T11:00"),
                at("2026-12-19T13:00"),
                audience=nine,
            ),
        ],
        None,
    )
    yield store, planner
    await store.close()


def text(reply: Reply) -> str:
    return Renderer().render(reply.template, reply.context)


async def list_december(planner: Planner) -> None:
    [listing] = await planner.handle(STUDENT, "что в декабре?")
    assert listing.template == "events_list"


async def test_signup_states_default_reminder_moments(env: tuple) -> None:
    _, planner = env
    await list_december(planner)
    [reply] = await planner.handle(STUDENT, "записаться 1")
    assert reply.context["reminders"] == [at("2026-12-14T15:00"), at("2026-12-15T14:00")]
    assert "Напомню 14 декабря в 15:00 и 15 декабря в 14:00." in text(reply)
    assert "накануне и за час" not in text(reply)


async def test_signup_states_own_times_quiet_hours_and_off(env: tuple) -> None:
    _, planner = env
    await planner.handle(STUDENT, "напоминай за 2 часа")
    await list_december(planner)
    [own] = await planner.handle(STUDENT, "записаться 1")
    assert "Напомню 15 декабря в 13:00." in text(own)
    # 08:30 minus 2 hours falls in quiet hours: the loop sends it at 08:00, still before
    [early] = await planner.handle(STUDENT, "записаться 2")
    assert "Напомню 16 декабря в 08:00." in text(early)
    await planner.handle(STUDENT, "не напоминай")
    [off] = await planner.handle(STUDENT, "записаться 3")
    assert off.context["reminders"] is None
    assert "Напоминания у вас выключены" in text(off)
    assert "Напомню" not in text(off)


async def test_school_default_times_are_used(env: tuple) -> None:
    _, planner = env
    await planner.identify(CURATOR, "Завуч")
    await planner.handle(CURATOR, "напоминания по умолчанию за 3 часа")
    await list_december(planner)
    [reply] = await planner.handle(STUDENT, "записаться 1")
    assert "Напомню 15 декабря в 12:00." in text(reply)


@pytest.mark.parametrize(
    "said",
    [
        "привет",
        "Добрый день!",
        "спасибо",
        "Спасибо большое!",
        "👍",
        # a greeting with who is writing (newcomer walk: «не понял»)
        "добрый день! я методист УрФУ",
        "здравствуйте, это классный руководитель",
    ],
)
async def test_small_talk_gets_a_friendly_answer_and_a_next_step(env: tuple, said: str) -> None:
    _, planner = env
    [reply] = await planner.handle(STUDENT, said)
    assert reply.template == "small_talk"
    shown = text(reply)
    assert "не понял" not in shown
    assert "«я из 9Б»" in shown  # a student without a class: tell it
    assert reply.buttons


async def test_small_talk_points_to_the_pending_draft_and_keeps_it(env: tuple) -> None:
    _, planner = env
    await planner.handle(PARTNER, "Лекция 17 декабря в 15:00, 10 классы")
    [reply] = await planner.handle(PARTNER, "спасибо")
    assert "несохранённый черновик" in text(reply)
    # the buttons answer the question the text asks (the main menu's did not)
    actions = [b.payload.get("a") for row in reply.buttons for b in row]
    assert actions == ["save", "discard"]
    [saved] = own(await planner.handle(PARTNER, "", reply.buttons[0][0].payload))
    assert saved.template == "saved"


async def test_start_payload_gets_the_roles_greeting_and_keyboard(env: tuple) -> None:
    _, planner = env
    [student] = await planner.handle(STUDENT, "Начать", {"command": "start"})
    assert student.template == "small_talk"
    assert "Здравствуйте" in text(student)
    assert "что на следующей неделе" in text(student)  # the student's help
    assert student.buttons
    [partner] = await planner.handle(PARTNER, "Начать", {"command": "start"})
    assert "Пришлите мероприятие обычным текстом" in text(partner)
    labels = [b.context.get("key") for row in partner.buttons for b in row]
    assert "clashes" in labels  # the partner's shortcuts, not the student's


async def test_signup_by_numbers_and_by_title(env: tuple) -> None:
    store, planner = env
    await list_december(planner)
    replies = await planner.handle(STUDENT, "запиши меня на 1 и 2")
    assert [r.template for r in replies] == ["signed_up", "signed_up"]
    await list_december(planner)
    again = await planner.handle(STUDENT, "запиши меня на 1 и 9")
    # №1 is already booked: said so, not «Вы записаны» again (walk 2026-12-01d finding 12)
    assert [r.template for r in again] == ["signup_already", "signup_not_listed"]
    assert "нет №9" in text(again[1])
    [by_title] = await planner.handle(STUDENT, "запиши меня на день открытых дверей")
    assert by_title.template == "signed_up"
    assert by_title.context["event"]["title"] == "День открытых дверей КГТУ"
    [unknown] = await planner.handle(STUDENT, "запиши меня на бал выпускников")
    assert unknown.template == "signup_title_not_found"
    person = await store.get_person_by_vk(STUDENT)
    mine = await store.events_of_person(person.id, at("2026-11-23T10:00"))
    assert len(mine) == 3


async def test_the_sign_up_hint_names_a_number_on_the_list(env: tuple) -> None:
    """Under a list of one event the hint says «записаться 1», not a number not shown
    (newcomer walk: «записаться 2» under a single event)."""
    _, planner = env
    [listing] = await planner.handle(STUDENT, "что 15 декабря?")
    assert listing.template == "events_list"
    shown = text(listing)
    assert "1. " in shown, shown
    assert "«записаться 1»" in shown, shown
    assert "«записаться 2»" not in shown, shown


@pytest.mark.parametrize(
    "said",
    ["Добрый день, хотим провести лекцию 15 декабря в 15:00", "здравствуйте, я хочу добавить"],
)
async def test_a_greeting_with_a_request_is_not_small_talk(env: tuple, said: str) -> None:
    _, planner = env
    [reply] = await planner.handle(PARTNER, said)
    assert reply.template != "small_talk", text(reply)
