"""Pasted plans and posts (newcomer walk 2026-12-01f, findings 2, 3, 4, 10, 11, 15): the
planner over a real SQLite store, a frozen clock and the real templates, as the walk typed
them; what is saved is read back from the store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Event, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, PARTNER = 100, 201


@dataclass
class World:
    store: SqliteStore
    planner: Planner
    renderer: Renderer

    async def say(self, text: str) -> str:
        replies: list[Reply] = await self.planner.handle(PARTNER, text)
        return "\n".join(self.renderer.render(r.template, r.context) for r in replies)

    async def saved(self) -> list[Event]:
        events = await self.store.events_between(datetime(2026, 12, 1, tzinfo=TZ), None)
        return sorted(events, key=lambda e: e.start)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=TZ))  # Tuesday
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Анна", kgtu.id)
    await planner.identify(CURATOR, "Завуч")
    yield World(store, planner, Renderer())
    await store.close()


def _local(event: Event) -> str:
    return event.start.astimezone(TZ).strftime("%d.%m %H:%M")


# --- finding 2: three activities of a programme are three plan lines ---------------------

SCIENCE_WEEK = (
    "Программа «Неделя науки» для 10–11 классов\n"
    "14 декабря в 15:00 — открытие, лекция «Химия будущего»\n"
    "15 декабря в 15:00 — онлайн-вебинар «Нейросети», ссылка придёт позже\n"
    "16 декабря в 16:00 — экскурсия в лабораторию\n"
    "Место проведения: КГТУ, Советский пр., 1, ауд. 301"
)


async def test_a_programme_of_different_activities_is_a_plan_and_a_fix_changes_one_line(
    world: World,
) -> None:
    summary = await world.say(SCIENCE_WEEK)
    assert "Сеансы" not in summary
    assert "В плане 3 мероприятия" in summary
    assert "Исправил строку 1" in await world.say("исправь 1: 12 декабря")
    assert "Исправил строку 2" in await world.say("исправь 2: в 15:30")
    assert "Сохранено" in await world.say("да")
    saved = await world.saved()
    assert [(_local(e), e.title) for e in saved] == [
        ("12.12 15:00", "Открытие, лекция «Химия будущего»"),
        ("15.12 15:30", "Вебинар «Нейросети»"),
        ("16.12 16:00", "Экскурсия в лабораторию"),
    ]
    assert all(e.audience.grades == frozenset({10, 11}) for e in saved)
    assert saved[0].venue == saved[2].venue == "КГТУ, Советский пр., 1, ауд. 301"
    assert saved[1].venue == "онлайн"


async def test_lines_of_one_event_stay_its_sessions(world: World) -> None:
    card = await world.say(
        "Мастер-класс «Ёлочная игрушка» для 5–6 классов\n"
        "12 декабря в 15:00\n19 декабря в 15:00\nМесто проведения: библиотека"
    )
    assert "Сеансы (2)" in card
    assert "В плане" not in card


# --- finding 3: an abbreviation's dot never cuts the labelled place ------------------------


async def test_a_labelled_place_keeps_its_address_and_room(world: World) -> None:
    card = await world.say(
        "КГТУ приглашает учащихся 9–11 классов на лекцию «Профессии морского флота».\n"
        "Дата: 5 декабря\nВремя: 14:00\n"
        "Место: главный корпус КГТУ, Советский пр., 1, ауд. 255"
    )
    assert "📍 главный корпус КГТУ, Советский пр., 1, ауд. 255" in card
    await world.say("да")
    [event] = await world.saved()
    assert event.venue == "главный корпус КГТУ, Советский пр., 1, ауд. 255"


async def test_a_short_labelled_place_leaves_the_title(world: World) -> None:
    card = await world.say("Лекция «Флот» 5 декабря в 14:00, 10А. Место: КГТУ, ауд. 255")
    assert "📌 Лекция «Флот»\n" in card
    assert "📍 КГТУ, ауд. 255" in card


# --- finding 4: a letter's heading gives its audience; places and deadline read ----------

LETTER = (
    "Уважаемые коллеги! Калининградский государственный технический университет приглашает "
    "учащихся 9–11 классов на серию мероприятий в декабре.\n"
    "5 декабря в 14:00 — лекция «Профессии морского флота», главный корпус КГТУ, "
    "Советский пр., 1, ауд. 255.\n"
    "10 декабря в 15:30 — мастер-класс по робототехнике, Институт агроинженерии, "
    "ул. Профессора Баранова, 5.\n"
    "17 декабря в 11:00 — экскурсия в лабораторию гидробионтов (только 10–11 классы).\n"
    "Просим подтвердить участие до 3 декабря."
)


async def test_a_letters_rows_take_its_audience_and_its_deadline_is_no_row(world: World) -> None:
    summary = await world.say(LETTER)
    assert "В плане 3 мероприятия" in summary
    assert "Просим подтвердить" not in summary  # neither a row nor a line not understood
    assert "Не понял эти строки" not in summary
    assert "все классы" not in summary
    await world.say("да")
    saved = await world.saved()
    assert [(e.title, e.venue, sorted(e.audience.grades)) for e in saved] == [
        (
            "Лекция «Профессии морского флота»",
            "главный корпус КГТУ, Советский пр., 1, ауд. 255",
            [9, 10, 11],
        ),
        (
            "Мастер-класс по робототехнике",
            "Институт агроинженерии, ул. Профессора Баранова, 5",
            [9, 10, 11],
        ),
        ("Экскурсия в лабораторию гидробионтов", None, [10, 11]),
    ]


# --- finding 10: one class per line under a heading naming the activity ------------------


async def test_one_class_per_line_under_a_heading_is_a_plan_with_its_hours(world: World) -> None:
    summary = await world.say(
        "Приглашаем 8-е классы на экскурсии в Музей Мирового океана:\n"
        "8А — 9 декабря в 10:00\n8Б — 10 декабря в 10:00\n8В — 11 декабря в 12:00\n"
        "Сбор у главного входа, наб. Петра Великого, 1."
    )
    assert "Без времени" not in summary
    await world.say("да")
    saved = await world.saved()
    assert [(_local(e), e.title, sorted(e.audience.classes)) for e in saved] == [
        ("09.12 10:00", "Экскурсия в Музей Мирового океана", ["8А"]),
        ("10.12 10:00", "Экскурсия в Музей Мирового океана", ["8Б"]),
        ("11.12 12:00", "Экскурсия в Музей Мирового океана", ["8В"]),
    ]
    assert all(e.venue and "Петра Великого, 1" in e.venue for e in saved)


# --- finding 11: two dated meetings, each at its own place -------------------------------


async def test_two_dated_meetings_with_their_own_places_are_two_events(world: World) -> None:
    summary = await world.say(
        "Дни открытых дверей КГТУ: 8 декабря в 15:00 (Институт рыболовства, ул. Малая "
        "Лесная, 2) и 15 декабря в 15:00 (главный корпус, Советский пр., 1). Для 11 классов."
    )
    assert "Вторник" not in summary
    await world.say("да")
    saved = await world.saved()
    assert [(_local(e), e.venue, sorted(e.audience.grades)) for e in saved] == [
        ("08.12 15:00", "Институт рыболовства, ул. Малая Лесная, 2", [11]),
        ("15.12 15:00", "главный корпус, Советский пр., 1", [11]),
    ]


async def test_two_dates_a_week_apart_are_asked_in_the_writers_words(world: World) -> None:
    question = await world.say("Лекция «Космос» 8 декабря или 15 декабря в 15:00, 9А")
    assert "Вторник" not in question
    assert "8 декабря" in question
    assert "15 декабря" in question


# --- finding 15: «Ночь в музее» is the name --------------------------------------------


async def test_a_night_at_the_museum_keeps_its_name(world: World) -> None:
    card = await world.say("Ночь в музее 12 декабря с 22:00 до 01:00, 9 классы, музей")
    assert "📌 Ночь в музее\n" in card
    assert "📍 музей" in card
