"""One day's programme written only as ranges of clocks that follow on from each other
(«11:00–13:00 — …; 12:00–14:00 — …; 13:30–16:00 — …»), the event's sentence giving no time:
the day runs from the first slot to the last one's end (starts47). A gap between the ranges,
or a clock outside them, keeps the end open as before."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = "2026-12-05T10:00"

HEAD = (
    "Новогодний праздник в краеведческом музее\n"
    "Краеведческий музей приглашает школьников на новогодний праздник. 19 декабря в музее "
    "можно будет поиграть в старинные игры, послушать сказки и сделать ёлочную игрушку.\n"
    "Программа праздника:\n"
)


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, datetime.fromisoformat(NOW)))


def test_ranges_following_on_give_the_days_end() -> None:
    got = _parse(
        HEAD + "11:00–13:00 — мастер-класс «Ёлочная игрушка»;\n"
        "12:00–14:00 — старинные игры во дворе музея;\n"
        "13:30–16:00 — чтение сказок у камина."
    )
    assert (got["start"], got["end"]) == ("2026-12-19T11:00", "2026-12-19T16:00")


def test_a_gap_between_the_ranges_leaves_the_end_open() -> None:
    got = _parse(
        HEAD + "11:00–12:00 — мастер-класс «Ёлочная игрушка»;\n"
        "12:00–13:00 — старинные игры во дворе музея;\n"
        "15:00–17:00 — чтение сказок у камина."
    )
    assert (got["start"], got["end"]) == ("2026-12-19T11:00", None)
