"""review49 #5: «на сегодняшний день» after a verb (or noun) of moving or setting a day
(«перенесли», «назначено», «запланирован», «перенос») is the day the event is set for —
today — not the set phrase "as of now", which opens its clause («На сегодняшний день
записались шесть команд»)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

_NOW = "2026-12-05T08:00"
_LONG = " Приглашаем всех желающих, вход свободный, будет интересно и полезно для всех."


def _parsed(text: str, now: str = _NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now), day_in_period=True))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # review49's inputs
        (
            "Экскурсию перенесли на сегодняшний день, сбор в 9:00 у школы." + _LONG,
            "2026-12-05T09:00",
        ),
        ("Концерт запланирован на сегодняшний день, начало в 18:00." + _LONG, "2026-12-05T18:00"),
        ("Педсовет перенесён на сегодняшний день, начало в 15:00", "2026-12-05T15:00"),
        ("Собрание назначено на сегодняшний день в 17:00 в актовом зале", "2026-12-05T17:00"),
        # variants of my own
        (
            "Из-за метели соревнования отложили на сегодняшний день, старт в 11:00.",
            "2026-12-05T11:00",
        ),
        (
            "Внимание: перенос репетиции на сегодняшний день, в 16:00 в актовом зале",
            "2026-12-05T16:00",
        ),
        (
            "Открытый урок по физике назначили на сегодняшний день, в 12:30 в кабинете 21",
            "2026-12-05T12:30",
        ),
    ],
)
def test_set_for_today_is_today(text: str, start: str) -> None:
    got = _parsed(text)
    assert got["start"] == start
    assert "no_date" not in str(got.get("doubts"))


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        # fresh49's guard: the set phrase "as of now" opens its clause
        (
            "В следующую пятницу в 15:00 в спортзале пройдёт турнир по волейболу. На "
            "сегодняшний день записались шесть команд.",
            "2024-03-12T09:00",
            "2024-03-22T15:00",
        ),
        # a verb of setting in another clause or sentence leaves the phrase "as of now"
        (
            "Турнир перенесли на 19 декабря в 10:00. На сегодняшний день заявки подали "
            "пять команд.",
            _NOW,
            "2026-12-19T10:00",
        ),
        (
            "Олимпиада назначена на 14 декабря в 10:00, на сегодняшний день записались 30 человек.",
            _NOW,
            "2026-12-14T10:00",
        ),
    ],
)
def test_as_of_today_still_no_day(text: str, now: str, start: str) -> None:
    assert _parsed(text, now)["start"] == start
