"""newcomer67: moment_answer reads the message after «Во сколько напомнить?» as completing
the asked request (bot.core.language.remind_moments). Sentences are my own; Tuesday
1 December 2026, 10:00 (school wall clock)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.dialog import Dialog, MomentWhen
from bot.core.language.remind_moments import moment_answer, read_moment

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001  # the school's naive wall clock


def wall(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)  # noqa: DTZ001  # naive wall clock


@pytest.mark.parametrize(
    ("said", "answer", "at"),
    [
        ("напомни в пятницу про лекцию", "в 18:00", wall(4, 18, 0)),
        ("напомни мне завтра", "давай в 7:30", wall(2, 7, 30)),
        ("напомни в четверг про концерт", "лучше в среду в 9:15", wall(2, 9, 15)),
        ("напомни про концерт сегодня в 8:00", "в 16:45", wall(1, 16, 45)),
    ],
)
def test_an_answer_completes_the_request(said: str, answer: str, at: datetime) -> None:
    again = moment_answer(answer, said, NOW)
    assert again is not None
    assert read_moment(again, NOW).at == at
    assert read_moment(again, NOW).reference == read_moment(said, NOW).reference


@pytest.mark.parametrize(
    "answer",
    [
        "что на этой неделе?",
        "напомни в субботу в 10:00 про концерт",  # a request of its own, read as one
        "спасибо",
        "а можно я завтра приду к вам в 8 утра вместе с моим другом из другой школы",
    ],
)
def test_other_messages_are_no_answer(answer: str) -> None:
    assert moment_answer(answer, "напомни в пятницу про лекцию", NOW) is None


def test_the_question_survives_a_stored_dialog() -> None:
    dialog = Dialog(waiting=MomentWhen("напомни в пятницу про лекцию"))
    assert Dialog.load(dialog.dump()).waiting == dialog.waiting
