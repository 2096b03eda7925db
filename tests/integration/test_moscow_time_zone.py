"""«по московскому времени» / «МСК» is moved to the school's own zone, not to a parser
constant: a school in Moscow keeps the hour, one in Yekaterinburg adds two, one in Kaliningrad
takes one off. Real planner, real SQLite store, real templates, frozen clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store

STAFF = 200


@pytest.mark.parametrize(
    ("zone", "text", "shown"),
    [
        (
            "Europe/Moscow",
            "Вебинар для 9-11 классов 10 декабря в 15:00 по московскому времени",
            "15:00",
        ),
        (
            "Asia/Yekaterinburg",
            "Вебинар для 9-11 классов 10 декабря в 15:00 по московскому времени",
            "17:00",
        ),
        (
            "Europe/Kaliningrad",
            "Вебинар для 9-11 классов 10 декабря в 15:00 по московскому времени",
            "14:00",
        ),
        ("Asia/Novosibirsk", "Онлайн-урок 10 декабря в 11:00 (МСК), 8 классы", "15:00"),
    ],
)
async def test_moscow_time_is_shown_in_the_schools_zone(
    tmp_path: Path, zone: str, text: str, shown: str
) -> None:
    tz = ZoneInfo(zone)
    store = await open_store(tmp_path / "plan.db", tz)
    try:
        clock = FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=tz))
        planner = Planner(store, clock, PlannerConfig(tz=tz, admins=frozenset({100})))
        school = await store.create_organisation("Школа", OrgKind.SCHOOL)
        await store.save_person(STAFF, Role.STAFF, "Ольга", school.id)
        replies = await planner.handle(STAFF, text)
        card = "\n".join(Renderer().render(r.template, r.context) for r in replies)
        assert shown in card, card
        if zone == "Europe/Moscow":
            assert "по Москве" not in card, card  # nothing was moved
    finally:
        await store.close()


@pytest.mark.parametrize(
    ("zone", "answer", "shown", "not_shown"),
    [
        ("Asia/Yekaterinburg", "в 15:00 по московскому времени", "17:00", "15:00"),
        ("Europe/Kaliningrad", "15:00 мск", "14:00", "15:00"),
        ("Europe/Moscow", "в 15 мск", "15:00", "14:00"),
    ],
)
async def test_an_answer_in_moscow_time_is_moved_to_the_schools_zone(
    tmp_path: Path, zone: str, answer: str, shown: str, not_shown: str
) -> None:
    """The bot asked the hour and the answer names it in Moscow time: the card shows the
    school's own hour, as for a time written in the first message."""
    tz = ZoneInfo(zone)
    store = await open_store(tmp_path / "plan.db", tz)
    try:
        clock = FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=tz))
        planner = Planner(store, clock, PlannerConfig(tz=tz, admins=frozenset({100})))
        school = await store.create_organisation("Школа", OrgKind.SCHOOL)
        await store.save_person(STAFF, Role.STAFF, "Ольга", school.id)
        asked = await planner.handle(STAFF, "Вебинар для 9 классов 10 декабря")
        question = "\n".join(Renderer().render(r.template, r.context) for r in asked)
        assert "10:00" not in question, question  # no hour was made up
        replies = await planner.handle(STAFF, answer)
        card = "\n".join(Renderer().render(r.template, r.context) for r in replies)
        assert shown in card, card
        assert not_shown not in card, card
        # the card says the hour was moved, as it does for a first message; not in Moscow
        assert ("по Москве" in card) is (zone != "Europe/Moscow"), card
    finally:
        await store.close()


async def test_a_local_hour_given_later_clears_the_moscow_line(tmp_path: Path) -> None:
    """An hour said in Moscow time, then corrected to a local hour («нет, пусть будет 16:00»): the
    card shows 16:00 and no longer says the time was moved from Moscow."""
    tz = ZoneInfo("Asia/Yekaterinburg")
    store = await open_store(tmp_path / "plan.db", tz)
    try:
        clock = FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=tz))
        planner = Planner(store, clock, PlannerConfig(tz=tz, admins=frozenset({100})))
        school = await store.create_organisation("Школа", OrgKind.SCHOOL)
        await store.save_person(STAFF, Role.STAFF, "Ольга", school.id)
        await planner.handle(STAFF, "Вебинар для 9 классов 10 декабря")
        moved = await planner.handle(STAFF, "в 15:00 мск")
        first = "\n".join(Renderer().render(r.template, r.context) for r in moved)
        assert "17:00" in first, first
        assert "по Москве" in first, first
        replies = await planner.handle(STAFF, "нет, пусть будет 16:00")
        card = "\n".join(Renderer().render(r.template, r.context) for r in replies)
        assert "16:00" in card, card
        assert "по Москве" not in card, card
    finally:
        await store.close()


async def test_a_correction_in_moscow_time_uses_the_schools_zone(tmp_path: Path) -> None:
    """«нет, в 15 мск» on an open card in a Yekaterinburg school is 17:00 there, not the hour
    of the project's default zone."""
    tz = ZoneInfo("Asia/Yekaterinburg")
    store = await open_store(tmp_path / "plan.db", tz)
    try:
        clock = FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=tz))
        planner = Planner(store, clock, PlannerConfig(tz=tz, admins=frozenset({100})))
        school = await store.create_organisation("Школа", OrgKind.SCHOOL)
        await store.save_person(STAFF, Role.STAFF, "Ольга", school.id)
        await planner.handle(STAFF, "Вебинар для 9 классов 10 декабря в 12:00")
        replies = await planner.handle(STAFF, "нет, в 15:00 мск")
        card = "\n".join(Renderer().render(r.template, r.context) for r in replies)
        assert "17:00" in card, card
        assert "по Москве" in card, card
        assert "14:00" not in card, card
        assert "12:00" not in card, card
    finally:
        await store.close()
