"""doubt60: a post reporting today's event and announcing tomorrow's («Сегодня прошёл турнир
по шахматам. Завтра в 15:00 — финал.») named its days only by «сегодня» / «завтра»; the
report's past cue made its «сегодня» the event's day and tomorrow's clock was put on it,
silently. A sentence told in the past alone (told_past.told_in_past) reports its «сегодня»:
the coming day named in a sentence not told in the past is the event's."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-05T12:00")


def _read(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


def test_today_reported_tomorrow_announced_takes_tomorrow() -> None:
    got = _read("Сегодня прошёл турнир по шахматам. Завтра в 15:00 в спортзале финал.")
    assert got["start"] == "2026-12-06T15:00"


def test_report_with_a_cued_announcement_takes_the_announcement() -> None:
    got = _read(
        "Сегодня в гимназии состоялась встреча с писателем. Послезавтра в 11:00 "
        "в библиотеке состоится мастер-класс по иллюстрации."
    )
    assert got["start"] == "2026-12-07T11:00"


def test_a_report_alone_keeps_today() -> None:
    """Guard: the report with a later part told in one sentence keeps today's clock."""
    got = _read("Сегодня прошла первая часть турнира, вторая — в 16:00.")
    assert got["start"] == "2026-12-05T16:00"


def test_today_announced_in_the_future_keeps_today() -> None:
    """Guard: «сегодня» told ahead is the event's, whatever the next day brings."""
    got = _read("Сегодня в 16:00 пройдёт турнир по шахматам. Завтра в 15:00 финал.")
    assert str(got["start"]).startswith("2026-12-05")


def test_a_chat_line_titles_the_coming_event_not_the_report() -> None:
    got = _read("Сегодня состоялся классный час. Завтра в 10:00 в актовом зале — линейка.")
    assert (got["start"], got["title"]) == ("2026-12-06T10:00", "Линейка")


def test_a_chat_line_reporting_a_timed_onset_keeps_the_dated_clock() -> None:
    """review57 #2: the report's clock was put on the dated final's day."""
    got = _read("Сегодня в 10:00 начался турнир. Финал 12 декабря в 14:00 в спортзале")
    assert got["start"] == "2026-12-12T14:00"


def test_a_report_naming_its_next_day_itself_is_kept() -> None:
    """Guard: one sentence reporting today and dating the rest stays as it was read."""
    got = _read("Сегодня прошла первая часть турнира, вторая часть — 12 декабря в 16:00.")
    assert got["start"] == "2026-12-12T16:00"


def test_a_stage_after_a_report_takes_the_reported_contest() -> None:
    """The report's sentence set aside still names what the stage belongs to (the merge of
    doubt60 and parse60: «Финал» alone, then «Финал турнира»)."""
    got = _read("Сегодня в школе прошёл конкурс чтецов. Послезавтра в 12:00 финал.")
    assert got["start"] == "2026-12-07T12:00"
    assert got["title"] == "Финал конкурса чтецов"
    got = _read("Сегодня прошла олимпиада по химии. Завтра в 15:00 награждение.")
    assert got["title"] == "Награждение олимпиады по химии"
