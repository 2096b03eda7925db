"""doubt60 (fresh57's broad24 #14): a run told begun on a day gone by («С 3 марта в гимназии
началась неделя математики …») and a closing naming it on a later day («Итоги недели и
награждение победителей — 10 марта») was read as the closing's day, silently: the run's day
had just passed, read as a report. The run is still held, so its first day is offered beside
the closing's (several_dates). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2025-03-04T12:00")

RUN = (
    "С 3 марта в гимназии началась неделя математики для учеников пятых–девятых классов. "
    "Ребят ждут олимпиады, математические бои и конкурс газет. "
    "Награждение победителей и подведение итогов недели состоится 10 марта в актовом зале."
)


def _read(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


def test_a_run_begun_yesterday_is_offered_beside_its_closing() -> None:
    got = _read(RUN)
    assert "several_dates" in got["doubts"], got
    assert {str(c)[:10] for c in got["choices"]} == {"2025-03-03", "2025-03-10"}


def test_a_closing_of_another_thing_offers_no_gone_day() -> None:
    """Guard: a closing naming no noun of the run's subject keeps its day unasked."""
    got = _read(
        "С 3 марта в гимназии началась неделя математики для учеников пятых–девятых классов. "
        "Ребят ждут олимпиады, математические бои и конкурс газет. "
        "Награждение победителей городского конкурса чтецов состоится 10 марта в актовом зале."
    )
    assert "2025-03-03" not in {str(c)[:10] for c in got["choices"]}, got
