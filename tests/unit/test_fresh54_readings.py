"""Readings fresh54 added after broad22's first sight (tests/data/fresh54.md), each checked on
sentences written for the test, not on the set's posts."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2024-03-01T12:00")


def _parsed(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "МАУ «ЦДТ» проведет городской конкурс чтецов\n"
            "15 марта в Доме культуры пройдет городской конкурс чтецов.",
            "конкурс чтецов",
        ),
        (
            "ГБУ «Спортивная школа олимпийского резерва» проведёт первенство по плаванию\n"
            "Соревнования пройдут 16 марта в бассейне «Дельфин».",
            "первенство по плаванию",
        ),
        (
            "МБУК «Радуга» проведет онлайн-викторину по истории края\n"
            "Викторина пройдет 20 марта на сайте учреждения.",
            "викторин",
        ),
    ],
)
def test_a_quoted_name_after_a_legal_form_is_the_organisations(text: str, kind: str) -> None:
    """«МАУ «ЦДТ» проведёт конкурс …»: the quoted name after an institution's legal form
    (муниципальное/государственное … учреждение) names the organiser, never the event."""
    title = str(_parsed(text)["title"])
    assert kind in title.lower()
    for name in ("ЦДТ", "Спортивная школа", "Радуга"):
        assert name not in title
