"""The console's `--now` is the clock of everything it does (newcomer walk 2026-12-04ag,
AG7): before, invitation codes were stamped with the real clock, so with `--now` a week
or more ahead «коды приглашений» said none were open and the code's «создан» was the real
day. `python -m bot console` with piped input, as a newcomer runs it."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_console import run_console


def test_an_invitation_code_made_under_now_is_open_and_dated_by_it(tmp_path: Path) -> None:
    out = run_console(
        tmp_path / "codes.db",
        "curator",
        "пригласить партнёра Зоопарк",
        "коды приглашений",
        now="2099-12-20T09:00",
    )
    assert "Неиспользованных кодов приглашений нет" not in out, out
    assert "Зоопарк" in out.split("коды приглашений", 1)[1], out
    assert "20 декабря" in out.split("коды приглашений", 1)[1], out
    assert "27 декабря" in out.split("коды приглашений", 1)[1], out


def test_a_code_made_under_now_expires_by_the_consoles_clock(tmp_path: Path) -> None:
    """The console's clock moved on 8 days (`/время`): the code has expired by it."""
    out = run_console(
        tmp_path / "codes.db",
        "curator",
        "пригласить партнёра Зоопарк",
        "/время +8д",
        "коды приглашений",
        now="2099-12-20T09:00",
    )
    assert "Неиспользованных кодов приглашений нет" in out.split("/время", 1)[1], out
