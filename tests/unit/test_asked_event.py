"""One reading of the words that name the event a question asks about, shared by
event_questions («когда лекция?») and asked_titles («когда лекция в декабре?»): the same
question words and the same naming words, so the two questions agree."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.dialog import Dialog
from bot.core.language.asked_event import event_words, names_event
from bot.core.language.event_questions import event_question
from bot.core.language.meaning import Ask
from bot.core.language.understand import understand

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)


def _title(text: str) -> str | None:
    asked = understand(text, Dialog(), NOW, TZ)
    assert isinstance(asked, Ask), asked
    return asked.query.title


@pytest.mark.parametrize(
    ("question", "in_december"),
    [
        ("когда следующая лекция?", "когда следующая лекция в декабре?"),
        ("где будет ближайшая экскурсия?", "где будет ближайшая экскурсия в декабре?"),
        ("во сколько лекция начнется?", "во сколько лекция начнется в декабре?"),
    ],
)
def test_both_questions_read_the_same_event_words(question: str, in_december: str) -> None:
    asked = event_question(question)
    assert asked is not None
    assert asked.reference == _title(in_december)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("какого числа концерт в декабре?", "концерт"),
        ("в какое время квиз в декабре?", "квиз"),
        ("куда экскурсия в пятницу?", "экскурсия"),
        ("в какое время собрание в декабре?", "собрание"),
    ],
)
def test_every_one_event_question_word_names_the_event_in_a_plan_question(
    text: str, title: str
) -> None:
    assert _title(text) == title


def test_the_words_between_the_naming_words_stay_as_written() -> None:
    said = ["следующая", "лекция", "о", "космосе", "будет"]
    assert event_words(said) == ["лекция", "о", "космосе"]
    assert event_words(["лекция", "о", "космосе"], inner=False) == ["лекция", "космосе"]
    assert not names_event("ближайшая")
    assert names_event("КВН")
