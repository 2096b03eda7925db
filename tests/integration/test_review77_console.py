"""review77: chat76's meeting added to a saved series, through the console process
(`python -m bot console`, piped input) as a teacher types it (tests/data/review77.md). The
console's clock: Monday 7 December 2026, 10:00. Sentences mine."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console_loop import after, console

CLUB = "Кружок робототехники каждый вторник в 15:00 с 8 по 29 декабря в каб. 204, 7А"


def test_a_card_fix_keeps_the_added_meeting_in_its_series(tmp_path: Path) -> None:
    """The note promised «она станет 5-й встречей серии»; after «✏️ Дата и время» the
    meeting was saved as an event of its own (the series' key dropped with the old row)."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        CLUB,
        "да",
        "добавь ещё занятие 20 декабря",
        "3",
        "21 декабря в 16:00",
        "да",
        "отмени кружок 21 декабря",
    )
    assert "21 декабря (пн), 16:00" in after(out, "21 декабря в 16:00"), out
    cancel = after(out, "отмени кружок 21 декабря")
    assert "повторяется (5 встреч впереди)" in cancel, cancel


def test_a_new_event_opening_with_more_is_no_series_meeting(tmp_path: Path) -> None:
    """«Ещё урок мужества 18 декабря в 12:00» from a teacher whose series is a club was
    refused («Не нашёл среди ваших серий … «мужества»») and nothing was drafted."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        CLUB,
        "да",
        "Ещё урок мужества 18 декабря в 12:00",
        "9А",
        "нет",
        "ещё одно занятие кружка 23 декабря в 17:00",
    )
    asked = after(out, "Ещё урок мужества 18 декабря в 12:00")
    assert "Не нашёл среди ваших серий" not in asked, asked
    # chat77: the title no longer keeps the adding word (review77 listed «Ещё» as left)
    assert "Для каких классов «Урок мужества»?" in asked, asked
    assert "🗓 18 декабря (пт), 12:00" in after(out, "9А"), out
    club = after(out, "ещё одно занятие кружка 23 декабря в 17:00")  # a series named: added
    assert "➕ Новая встреча серии «Кружок робототехники»" in club, club
    assert "🗓 23 декабря (ср), 17:00" in club, club


def test_a_past_day_suggests_a_day_that_can_be_added(tmp_path: Path) -> None:
    """series_add_past's example named the last meeting's day («добавь ещё занятие 29
    декабря»), which the bot then refuses as a day the series meets already."""
    out = console(
        tmp_path / "plan.db",
        "curator",
        CLUB,
        "да",
        "добавь ещё занятие 1 декабря",
    )
    past = after(out, "добавь ещё занятие 1 декабря")
    assert "1 декабря уже прошло" in past, past
    assert "«добавь ещё занятие 5 января»" in past, past
