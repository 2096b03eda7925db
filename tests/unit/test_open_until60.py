"""doubt60 (fresh57's broad24 #19): «Экспозиция будет доступна для осмотра по 31 января с 14.00
до 19.00» tells until when the exhibition may be seen, never its day: the last day with its
daily hours was a one-day start 14:00–19:00, silently. «доступна … по/до <day>» reads as
«работает до <day>» does (post._UNTIL). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2025-02-04T12:00")


def _read(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


def test_available_until_is_no_start() -> None:
    got = _read(
        "Выставка рисунков «Зимние узоры» открылась в холле библиотеки. Ребята нарисовали "
        "снежные леса и катки.\nЭкспозиция будет доступна для посещения до 20 февраля с "
        "10.00 до 18.00. Вход свободный."
    )
    assert got["start"] != "2025-02-20T10:00", got
    assert got["start"] is None or got["doubts"], got


def test_available_until_after_its_opening_day_keeps_the_opening() -> None:
    got = _read(
        "Выставка рисунков «Зимние узоры» откроется 6 февраля в холле библиотеки. Ребята "
        "нарисовали снежные леса и катки.\nЭкспозиция будет доступна для посещения до "
        "20 февраля. Вход свободный."
    )
    assert str(got["start"]).startswith("2025-02-06"), got
