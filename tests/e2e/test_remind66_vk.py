"""remind66: a one-off reminder at a named moment through the real bot (Long Poll) and the
local VK server, on a hand-moved clock (Monday 14 December 2026, 10:00 at school). A student
signed up for a lecture on the 15th asks «напомни мне завтра в 8 утра про лекцию»; the loop's
ticks before 08:00 send nothing, the one at 08:00 sends «Вы просили напомнить» once, and the
ticks after it send nothing more (counted at the local VK server). Both backends: state is
read through the app's store only."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.ports import FixedClock
from tests.e2e.conftest import TZ, Running

STUDENT = 50_500
ASKED = "Вы просили напомнить"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def test_a_reminder_asked_for_arrives_once_at_its_moment(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk, store = running.vk, running.app.store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    begins = at("2026-12-15T15:00")
    [event] = await store.add_events(
        [NewEvent("Лекция о роботах", org.id, begins, begins + timedelta(hours=1))], None
    )
    student = await store.save_person(STUDENT, Role.STUDENT, "Петя", class_name="9А")
    await store.sign_up(event.id, student.id)

    vk.push_message(STUDENT, "напомни мне завтра в 8 утра про лекцию")
    confirmed = await vk.wait_text(STUDENT, "Напомню")
    assert "15 декабря (вт) в 08:00 о «Лекция о роботах»" in confirmed, confirmed
    for moment in ("2026-12-14T20:00", "2026-12-15T07:59"):
        clock.set(at(moment))
        await running.app.loop.tick()
    assert not any(ASKED in t for t in vk.texts_to(STUDENT))
    for moment in ("2026-12-15T08:00", "2026-12-15T08:01", "2026-12-15T09:30"):
        clock.set(at(moment))
        await running.app.loop.tick()
    asked = [t for t in vk.texts_to(STUDENT) if ASKED in t]
    assert asked == ["⏰ Вы просили напомнить: Лекция о роботах — 15 декабря (вт), 15:00–16:00."]
    assert await store.pending_batches(at("2026-12-15T10:00")) == []  # nothing left to resend
