"""A stored programme moves with its event and is read back for students (newcomer walk
2026-12-02n, #15: an open day moved from 10:00 to 11:00 kept «10:00 — регистрация», and no
student ever saw the programme)."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from bot.core.feedback import notification_reply
from bot.core.language.programme import shifted, stored_steps
from bot.core.models import Event, EventDetails
from bot.core.programme_moves import with_start
from bot.render import Renderer

TZ = ZoneInfo("Europe/Moscow")
TEXT = "Вечер поэзии 20 марта:\n9:45 - сбор гостей\n 10.15–11.00 — чтения \n11:30 награждение"


def test_the_step_clocks_move_each_written_as_it_was() -> None:
    moved = shifted(TEXT, 75)
    assert (
        moved
        == "Вечер поэзии 20 марта:\n11:00 - сбор гостей\n 11.30–12.15 — чтения \n12:45 награждение"
    )
    assert shifted(moved, -75) == TEXT
    assert shifted("Лекция 20 марта в 10:00", 60) == "Лекция 20 марта в 10:00"  # no programme
    assert shifted(TEXT, 0) == TEXT
    assert shifted(None, 30) is None


def test_the_steps_are_read_from_a_stored_description() -> None:
    assert stored_steps(TEXT) == (
        (time(9, 45), None, "сбор гостей"),
        (time(10, 15), time(11, 0), "чтения"),
        (time(11, 30), None, "награждение"),
    )
    assert stored_steps("Лекция 20 марта в 10:00") == ()
    assert stored_steps(None) == ()


def _event(start: datetime, description: str | None = TEXT) -> Event:
    return Event(
        id=1,
        title="Вечер поэзии",
        organisation_id=1,
        start=start,
        end=start.replace(hour=12),
        details=EventDetails(description=description),
    )


def test_an_event_moved_to_another_hour_carries_its_steps() -> None:
    event = _event(datetime(2027, 3, 20, 9, 45, tzinfo=TZ))
    later = with_start(event, datetime(2027, 3, 21, 10, 45, tzinfo=TZ), TZ)
    assert stored_steps(later.details.description)[0][0] == time(10, 45)
    assert later.start == event.start  # the start itself is the caller's to change
    same_hour = with_start(event, datetime(2027, 3, 22, 9, 45, tzinfo=TZ), TZ)
    assert same_hour is event


def test_the_reminder_shows_the_programme() -> None:
    event = _event(datetime(2027, 3, 20, 9, 45, tzinfo=TZ))
    text = Renderer().render(
        "reminder", notification_reply("reminder", event, False, (5,), {}).context
    )
    assert "Программа:\n• 09:45 — сбор гостей\n• 10:15–11:00 — чтения" in text, text
    plain = _event(datetime(2027, 3, 20, 9, 45, tzinfo=TZ), "Вечер поэзии 20 марта в 9:45")
    reply = notification_reply("reminder", plain, False, (5,), {})
    assert "Программа" not in Renderer().render("reminder", reply.context)
