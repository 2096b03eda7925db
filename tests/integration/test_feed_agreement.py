"""The subscribed calendar feed shows the curator's agreement to whoever the downloaded plan
file shows it to (review57, #1): a student's or a teacher's feed has no TENTATIVE «waiting
for the curator» and no «⏳ Ждёт согласования куратора»; the curator's feed keeps both
(files.agreements_scope, the same scope as export_plan's)."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from bot.core.models import Role
from bot.plan_files import calendar_feed
from tests.chat_world import CURATOR, NOW, PLAN42, SPEAKER, ZONE, school_with_plan

WAITING = "Ждёт согласования"


async def feed_of(tmp_path: Path, role: Role, vk_id: int) -> list[tuple[str, str, str]]:
    """(summary, status, description) of each event in the feed of `vk_id` (saved with
    `role`, of 9Б) over PLAN42; SPEAKER is a teacher."""
    world = await school_with_plan(tmp_path, Role.STAFF, PLAN42)
    try:
        if vk_id != SPEAKER:
            await world.store.save_person(vk_id, role, "Аня", None, "9Б")
        person = await world.store.get_person_by_vk(vk_id)
        assert person is not None
        feed = await calendar_feed(world.store, ZONE, person, now=NOW, school_name="Школа")
    finally:
        await world.store.close()
    return [
        (str(e["SUMMARY"]), str(e["STATUS"]), str(e.get("DESCRIPTION", "")))
        for e in Calendar.from_ical(feed.data).walk("VEVENT")
    ]


async def test_a_students_feed_hides_the_curators_agreement(tmp_path: Path) -> None:
    events = await feed_of(tmp_path, Role.STUDENT, 300)
    assert sorted(s for s, _, _ in events) == ["Лекция о космосе", "Экскурсия в музей янтаря"]
    assert all(status == "CONFIRMED" for _, status, _ in events), events
    assert not any(WAITING in text for _, _, text in events), events


async def test_a_teachers_feed_hides_the_curators_agreement(tmp_path: Path) -> None:
    events = await feed_of(tmp_path, Role.STAFF, SPEAKER)
    assert len(events) == len(PLAN42)
    assert all(status == "CONFIRMED" for _, status, _ in events), events
    assert not any(WAITING in text for _, _, text in events), events


async def test_the_curators_feed_keeps_the_agreement(tmp_path: Path) -> None:
    events = await feed_of(tmp_path, Role.CURATOR, CURATOR)
    assert len(events) == len(PLAN42)
    assert all(status == "TENTATIVE" for _, status, _ in events), events
    assert all(WAITING in text for _, _, text in events), events
