"""A student's calendar feed holds their own sign-ups too (newcomer walk 2026-12-01h, #15 of
the report: a 9А student signed up for an 11А excursion did not find it in «ссылка на
календарь»): after a class change (#10 keeps the old class's sign-ups) or a sign-up made
before naming a class, the event they are going to is in their feed; other classes' events
they are not signed up for stay out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.plan_files import calendar_feed
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def event(title: str, org_id: int, day: str, audience: Audience) -> NewEvent:
    start = at(f"{day}T15:00")
    return NewEvent(title, org_id, start, start.replace(hour=16), audience=audience)


async def test_a_students_feed_holds_their_sign_up_for_another_class(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        excursion, _, _ = await store.add_events(
            [
                event("Экскурсия", org.id, "2026-12-15", Audience(classes=frozenset({"9Б"}))),
                event("Лекция", org.id, "2026-12-16", Audience(classes=frozenset({"10А"}))),
                event("Олимпиада", org.id, "2026-12-17", Audience(classes=frozenset({"11А"}))),
            ],
            None,
        )
        student = await store.save_person(500, Role.STUDENT, "Аня", None, "10А")
        await store.sign_up(excursion.id, student.id, at=NOW)
        feed = await calendar_feed(store, TZ, student, now=NOW, school_name="Школа")
        calendar = Calendar.from_ical(feed.data)
        titles = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
        assert titles == ["Лекция", "Экскурсия"]  # own class + own sign-up, not 11А's
    finally:
        await store.close()
