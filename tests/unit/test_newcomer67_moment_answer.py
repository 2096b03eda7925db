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


@pytest.mark.parametrize(
    ("text", "reference", "at"),
    [
        ("напомни накануне в 19:00 про день открытых дверей", "день открытых дверей", None),
        (
            "напомни в пятницу в 18:00 про вечер встречи выпускников",
            "вечер встречи выпускников",
            wall(4, 18, 0),
        ),
        ("напомни о дне здоровья завтра в 9:00", "дне здоровья", wall(2, 9, 0)),
        ("напомни про экскурсию в пятницу в 18:00", "экскурсию", wall(4, 18, 0)),
    ],
)
def test_a_time_word_governed_by_pro_is_the_events_name(
    text: str, reference: str, at: datetime | None
) -> None:
    """«про день открытых дверей»: the noun «про» / «о» governs is what is talked about (an
    event's name), even when it is a word of time; the words after it still lose their days."""
    read = read_moment(text, NOW)
    assert read.reference == reference
    if at is not None:
        assert read.at == at


def test_forget_keeps_a_time_word_governed_by_pro() -> None:
    from bot.core.language.remind_moments import forget_moment

    assert forget_moment("отмени напоминание про день открытых дверей") == "день открытых дверей"
