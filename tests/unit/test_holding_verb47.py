"""«устраивают акцию», «устроят праздник»: the verb of putting an event on ties its sentence
to the event as «проводят» does, so a later sentence about one stage of it (a collection, a
hand-over day) is not read as the event (starts47)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = "2026-11-25T10:00"

DRIVE = (
    "Старшеклассники помогут приюту для собак\n\n"
    "Чтобы поддержать приют «Верный друг», волонтёры школы с 1 по 18 декабря устраивают "
    "акцию «Тёплая будка».\n\n"
    "Она пройдёт в два этапа. С 1 по 16 декабря включительно организован сбор корма и "
    "старых одеял: их можно приносить по будням в кабинет 14 с 8:30 до 16:00.\n\n"
    "Волонтёры разберут вещи и 18 декабря отвезут их в приют."
)

FAIR = (
    "Ярмарка поделок в начальной школе\n\n"
    "Родительский комитет 12 декабря устроит благотворительную ярмарку «Зимние чудеса».\n\n"
    "Поделки для ярмарки принимаются с 1 по 10 декабря в кабинете 3, приём организован "
    "по будням с 9:00 до 15:00."
)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [(DRIVE, "2026-12-01", "2026-12-18"), (FAIR, "2026-12-12", None)],
)
def test_the_sentence_putting_the_event_on_gives_its_days(
    text: str, start: str, end: str | None
) -> None:
    got = intent_to_json(parse_message(text, datetime.fromisoformat(NOW)))
    assert (got["start"], got["end"]) == (start, end)
