"""A news item's background («Ранее сообщалось, что …») after a dated sentence with no
announcing cue (walk45): the first sentence's day and clock are the event's, not the
background's older day (starts44 required a cue word before it, so a plain «Олимпиада
… 10 декабря в 10:00» lost to the background's «пройдёт 8 декабря», silently)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Олимпиада по математике 10 декабря в 10:00, каб. 21. Ранее сообщалось, что "
            "олимпиада пройдёт 8 декабря.",
            "2026-12-10T10:00",
        ),
        (
            "Концерт хора 14 декабря в 18:00, актовый зал. Ранее мы писали, что концерт "
            "состоится в субботу, 12 декабря.",
            "2026-12-14T18:00",
        ),
    ],
)
def test_background_after_a_plain_dated_sentence_is_not_the_event(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got


# fixparse45 (review45 #1): the background is its own sentence, carried on only over the
# sentences that go on with what it introduced; a sentence after it that returns to the
# lead's event (its onset, its own kind word) keeps that event's clock and day
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Олимпиада по математике 10 декабря. Ранее сообщалось, что заявки принимаются до "
            "8 декабря. Начало в 10:00 в актовом зале.",
            "2026-12-10T10:00",
        ),
        (
            "Конкурс чтецов пройдёт 15 декабря. Ранее мы писали о нём в ноябре. Начало в 12:00, "
            "регистрация с 11:30.",
            "2026-12-15T12:00",
        ),
        (
            "Приём заявок на конкурс открылся 1 декабря. Ранее мы писали о конкурсе подробно. "
            "Сам конкурс пройдёт 15 декабря в 10:00 в школе.",
            "2026-12-15T10:00",
        ),
        (
            "Выставка детского рисунка откроется 11 декабря в библиотеке. Ранее мы рассказывали "
            "о победителях прошлого года. Работы можно будет увидеть с 11:00.",
            "2026-12-11T11:00",
        ),
    ],
)
def test_sentence_after_the_background_returns_to_the_event(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
