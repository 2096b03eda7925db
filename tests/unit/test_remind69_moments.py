"""remind69: the readings of «мои напоминания», «отмени напоминание 2», the follow-up to «О
каком мероприятии напомнить?», the part of the day already passed, and the «Отменить»
button's payload (bot.core.language.remind_moments, buttons). Sentences are my own; Tuesday
1 December 2026, 10:00 (school wall clock)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.dialog import Dialog, MomentWhen
from bot.core.language.buttons import ButtonAction, from_payload, payload
from bot.core.language.meaning import ForgetMoments, UnknownButton
from bot.core.language.remind_moments import (
    forget_moment,
    forget_numbered,
    listed_event,
    lists_moments,
    moment_answer,
    read_moment,
    reads_after_about,
)

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001  # the school's naive wall clock


def wall(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)  # noqa: DTZ001  # naive wall clock


@pytest.mark.parametrize(
    "text",
    [
        "мои напоминания",
        "Мои напоминания?",
        "какие у меня напоминания",
        "какие напоминания у меня есть?",
        "покажите мои напоминания",
        "список напоминаний",
        "а мои напоминалки?",
        "что я просила напомнить?",
    ],
)
def test_asks_for_ones_reminders(text: str) -> None:
    assert lists_moments(text)


@pytest.mark.parametrize(
    "text",
    [
        "напоминания",  # bare: not asked for
        "выключи напоминания",
        "мне не нужны напоминания",
        "мои мероприятия",
        "отмени напоминания",
        "какие у меня напоминания будут о лекции и можно ли их перенести на вечер",
    ],
)
def test_other_texts_ask_for_no_list(text: str) -> None:
    assert not lists_moments(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("отмени напоминание 2", 2),
        ("удалите напоминание №3", 3),
        ("убери напоминание 1.", 1),
        ("отмени напоминание про экскурсию", None),
        ("отмени напоминание 0", 0),  # a number no list has (safety72 #5), not an unsign
        ("отмени 2", None),
        ("запомни напоминание 2", None),
    ],
)
def test_a_cancel_by_number(text: str, number: int | None) -> None:
    assert forget_numbered(text) == number
    if number is not None:
        assert forget_moment(text) is None  # not read as «отмени напоминание про …»


@pytest.mark.parametrize(
    ("said", "answer", "again"),
    [
        ("напомни мне завтра", "в 9", "напомни мне завтра в 9"),
        ("напомни завтра в 9:00", "про экскурсию", "напомни завтра в 9:00 про экскурсию"),
        ("напомни завтра в 9:00", "экскурсию", "напомни завтра в 9:00 про экскурсию"),
        ("напомни завтра в 9:00", "на концерт хора", "напомни завтра в 9:00 про концерт хора"),
        (
            "напомни в пятницу в 18:00 про квиз",
            "про концерт",
            "напомни в пятницу в 18:00 про концерт",
        ),
        ("напомни завтра в 9:00", "про концерт в 8", "напомни про концерт в 8"),
        ("напомни завтра в 9:00", "спасибо", None),
        ("напомни завтра в 9:00", "не знаю", None),
        ("напомни завтра в 9:00", "напомни в субботу про концерт", None),
    ],
)
def test_the_answer_to_which_event(said: str, answer: str, again: str | None) -> None:
    assert moment_answer(answer, said, NOW, event_asked=True) == again


def test_a_name_alone_answers_no_clock_question() -> None:
    """At «Во сколько напомнить?» (no event asked) a bare name is no answer."""
    assert moment_answer("экскурсию", "напомни в пятницу про лекцию", NOW) is None
    assert moment_answer("про экскурсию", "напомни в пятницу про лекцию", NOW) is None


def test_a_number_picks_from_the_list() -> None:
    assert listed_event("2", (7, 9)) == 9
    assert listed_event("первое", (7, 9)) == 7
    assert listed_event("3", (7, 9)) is None
    assert listed_event("в 9", (7, 9)) is None
    assert listed_event("1", ()) is None


def test_the_question_with_its_list_survives_a_stored_dialog() -> None:
    dialog = Dialog(waiting=MomentWhen("напомни завтра", True, (3, 5)))
    assert Dialog.load(dialog.dump()).waiting == dialog.waiting
    old = {"kind": "moment_when", "said": "напомни в пятницу"}  # stored before remind69
    assert Dialog.load({**dialog.dump(), "waiting": old}).waiting == MomentWhen("напомни в пятницу")


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("напомни мне утром про экскурсию", wall(2, 8)),  # 08:00 passed: tomorrow's
        ("напомни вечером про экскурсию", wall(1, 19)),  # still ahead: today's
        ("напомни завтра утром", wall(2, 8)),
        ("напомни сегодня утром", wall(1, 8)),  # the day named: kept, past (asked again)
    ],
)
def test_a_part_of_the_day_passed_is_the_next_one(text: str, at: datetime) -> None:
    read = read_moment(text, NOW)
    assert read.at == at
    assert read.convention


def test_the_forget_button_payload() -> None:
    assert from_payload(payload(ButtonAction.FORGET_MOMENT, id=12)) == ForgetMoments(
        "", reminder_id=12
    )
    for garbled in ("x", True, 0, -4, None, 10**30):
        assert isinstance(
            from_payload(payload(ButtonAction.FORGET_MOMENT, id=garbled)), UnknownButton
        )


# --- review69: the event's words as they read after «про» ------------------------------


@pytest.mark.parametrize(
    ("words", "reads"),
    [
        ("экскурсию", True),
        ("лекцию о космосе", True),
        ("концерт", True),
        ("лекция", False),
        ("лекция о космосе", False),
        ("весенняя ярмарка", False),
        ("", False),
    ],
)
def test_words_read_after_about(words: str, reads: bool) -> None:
    assert reads_after_about(words) is reads
