"""The poll after an event, as the organiser gets it: a rating of their own event, not the
students' anonymous poll with «Меня не было» (found by the newcomer walk)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.feedback import notification_reply
from bot.core.language.buttons import ButtonAction
from bot.core.models import Event, Organisation, OrgKind
from bot.render import Renderer

TZ = ZoneInfo("Europe/Kaliningrad")
EVENT = Event(
    1,
    "Мастер-класс по робототехнике",
    7,
    datetime(2026, 12, 15, 15, 0, tzinfo=TZ),
    datetime(2026, 12, 15, 16, 30, tzinfo=TZ),
)
ORGS = {7: Organisation(7, "КГТУ", OrgKind.PARTNER)}


def actions(organiser: bool, kind: str) -> set[str]:
    reply = notification_reply(kind, EVENT, organiser, (10,), ORGS)
    return {str(b.payload.get("a")) for row in reply.buttons for b in row if b.payload}


def test_students_may_say_they_were_not_there() -> None:
    assert ButtonAction.ABSENT.value in actions(False, "poll")
    assert ButtonAction.ABSENT.value in actions(False, "poll_nudge")


def test_the_organiser_is_not_offered_меня_не_было() -> None:
    for kind in ("poll", "poll_nudge"):
        found = actions(True, kind)
        assert ButtonAction.ABSENT.value not in found
        assert ButtonAction.RATE.value in found


def test_the_organiser_is_asked_about_their_own_event_not_promised_anonymity() -> None:
    reply = notification_reply("poll", EVENT, True, (10,), ORGS)
    text = Renderer().render(reply.template, reply.context)
    assert "организатор видит только общие цифры" not in text
    assert "Мастер-класс по робототехнике" in text
    student = notification_reply("poll", EVENT, False, (10,), ORGS)
    assert "анонимный" in Renderer().render(student.template, student.context)
