"""Online events (newcomer walk 2026-12-01f, finding 9): two online events at one time share
no place — each class joins from where it is — so they clash only when they share students;
a video-call service standing as a bare item of a chat line («…, 10А, Zoom») is the online
venue, as «в Zoom» is, and leaves the title. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.cli_parse import intent_to_json
from bot.core.clashes import busy_for, find_clashes, venue_key
from bot.core.language.intents import parse_message
from bot.core.models import Audience, ClashReason, Event, EventStatus, NewEvent

KGD = ZoneInfo("Europe/Kaliningrad")
NOW = datetime.fromisoformat("2026-12-01T10:00")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=KGD)


def _stored(venue: str, audience: Audience) -> Event:
    return Event(
        id=1,
        title="Вебинар о нейросетях",
        organisation_id=2,
        start=_at("2026-12-15T15:00"),
        end=_at("2026-12-15T16:00"),
        audience=audience,
        venue=venue,
        status=EventStatus.CONFIRMED,
    )


def _new(venue: str, audience: Audience) -> NewEvent:
    return NewEvent(
        title="Вебинар по химии",
        organisation_id=1,
        start=_at("2026-12-15T15:30"),
        end=_at("2026-12-15T16:30"),
        audience=audience,
        venue=venue,
    )


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("онлайн", "онлайн"),
        ("Zoom", "онлайн"),
        ("онлайн, ссылка https://telemost.yandex.ru/j/1", "онлайн, в Телемосте"),
        ("Сферум", "Сферум"),
    ],
)
def test_two_online_events_at_one_time_do_not_clash_by_place(mine: str, theirs: str) -> None:
    other = _stored(theirs, Audience(classes=frozenset({"10А"})))
    candidate = _new(mine, Audience(classes=frozenset({"8Б"})))
    assert find_clashes(candidate, [other]) == []
    assert busy_for(candidate, [other]) == []  # free time is not searched around it either


def test_two_online_events_for_the_same_class_clash_by_students_only() -> None:
    other = _stored("онлайн", Audience(classes=frozenset({"10А"})))
    found = find_clashes(_new("онлайн", Audience(grades=frozenset({10}))), [other])
    assert [c.reasons for c in found] == [{ClashReason.AUDIENCE}]


def test_a_room_shared_with_an_online_link_is_still_a_room() -> None:
    assert venue_key("ауд. 204 и онлайн") is not None
    assert venue_key("онлайн") is None
    assert venue_key("Zoom") is None


@pytest.mark.parametrize(
    "text",
    [
        "Лекция о космосе 16 декабря в 15:00, 10А, Zoom",
        "Вебинар по химии 16 декабря в 15:00, 8Б, Телемост",
        "Классный час 16 декабря в 15:00, 7В, VK Звонки",
        "Консультация по ОГЭ 16 декабря в 15:00, 9 классы, через Teams",
        "Встреча с выпускниками 16 декабря в 15:00 (Jitsi), 11 классы",
    ],
)
def test_a_bare_video_call_service_is_the_online_venue(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["venue"] == "онлайн", got
    title = str(got["title"]).lower()
    for word in ("zoom", "телемост", "звонки", "teams", "jitsi", ","):
        assert word not in title, got


@pytest.mark.parametrize(
    "text",
    [
        "Мастер-класс по Zoom-конференциям 16 декабря в 15:00, 9А, ауд. 204",
        "Лекция «Как устроен Zoom» 16 декабря в 15:00, 9А, ауд. 204",
    ],
)
def test_a_service_named_inside_the_title_stays_in_it(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["venue"] == "ауд. 204", got
    assert "zoom" in str(got["title"]).lower(), got
