"""prep82: a preparatory step's clocks in a chat line (a message shorter than a long post)
are taken when the line also says when the event itself starts, as a long post's are
(post_clocks.take_preparation_clocks, now run by intents_event_read.read_event for chat
lines too): «Олимпиада 12 декабря. Регистрация с 8.30 до 9.50. В 10.00 начнётся
олимпиада.» starts at 10:00, never at the desk's 8:30 with its 9:50 as the end. Sentences
our own in several shapes (the clock: Tuesday 1 December 2026, 10:00). Guards: a line whose
only clock is the step's keeps it, and a chat line opening with a gathering keeps its own
reading (intents_kinds.take_opening_gathering).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.post_clocks import take_preparation_clocks
from bot.core.language.post_scoring import TIME_ANY
from bot.core.language.tokens import Scanner, normalize
from bot.core.models import EventDraft, EventIntent

NOW = datetime.fromisoformat("2026-12-01T10:00")


def _draft(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the task's four
        (
            "Олимпиада 12 декабря. Регистрация с 8.30 до 9.50. В 10.00 начнётся олимпиада.",
            "12 10:00",
        ),
        (
            "Турнир по шахматам 12 декабря. Регистрация участников с 9.00 до 9.45, в 10.00 "
            "начнётся первый тур.",
            "12 10:00",
        ),
        (
            "Турнир 12 декабря. Регистрация команд в 8.30–9.15, в 9.30 начнётся первый тур.",
            "12 09:30",
        ),
        (
            "Соревнования 12 декабря в школе №5. Сбор команд с 8.45 до 9.20. Старт "
            "соревнований в 10.00",
            "12 10:00",
        ),
        # our own, in other shapes and steps
        (
            "Конкурс чтецов 15 декабря. Регистрация с 13.00 до 13.45. В 14.00 начнётся конкурс.",
            "15 14:00",
        ),
        (
            "Викторина 20 декабря. Сбор участников с 11.30 до 11.50, в 12.00 начнётся викторина.",
            "20 12:00",
        ),
        ("Эстафета 18 декабря. Построение команд в 9.15–9.40, старт эстафеты в 10.00.", "18 10:00"),
        (
            "Турнир по футболу 19 декабря. Жеребьёвка команд в 9.00, в 9.30 начнётся первый матч.",
            "19 09:30",
        ),
        (
            "Соревнования по плаванию 16 декабря. Взвешивание с 8.00 до 8.40. Соревнования "
            "начнутся в 9.00.",
            "16 09:00",
        ),
        (
            "Шахматный турнир 21 декабря. Регистрация с 10.00 до 10.30. Первый тур стартует "
            "в 11.00.",
            "21 11:00",
        ),
        (
            "Фестиваль 22 декабря. Заезд команд с 9.00 до 10.00. Открытие фестиваля в 11.00.",
            "22 11:00",
        ),
        # already right before: kept
        (
            "Олимпиада по математике 14 декабря. Регистрация участников в 8.45. Начало "
            "олимпиады в 9.30.",
            "14 09:30",
        ),
        ("Турнир 12 декабря. Регистрация команд до 9.15, в 9.30 начнётся первый тур.", "12 09:30"),
    ],
)
def test_the_said_start_over_the_step(text: str, start: str) -> None:
    """The event's announced start, and no end taken from the step's own span."""
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.strftime("%d %H:%M") == start
    assert draft.end is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Регистрация на олимпиаду 12 декабря с 8.30 до 9.50.", "12 08:30", "12 09:50"),
        ("Олимпиада 12 декабря. Регистрация с 8.30 до 9.50.", "12 08:30", "12 09:50"),
        ("Сбор команд 17 декабря в 8.45 у школы.", "17 08:45", None),
    ],
)
def test_the_step_alone_keeps_its_clocks(text: str, start: str, end: str | None) -> None:
    """No start said: the step's clock is all the line gives, and it stays."""
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.strftime("%d %H:%M") == start
    assert (draft.end.strftime("%d %H:%M") if draft.end else None) == end


def test_an_opening_gathering_keeps_its_reading() -> None:
    """«Сбор …, выезд … в 10:30»: the trip's clock (take_opening_gathering), unchanged."""
    draft = _draft("Сбор команды у школы в 10:00, выезд на соревнования в 10:30")
    assert draft.start is not None
    assert draft.start.strftime("%H:%M") == "10:30"


def test_a_programme_line_keeps_its_slots() -> None:
    """A long post's programme lines open with their clocks and are not read as steps: the
    registration slot before the opening is the formalities' rule's (take_formalities)."""
    text = (
        "12 декабря в школе №5 пройдёт турнир по шахматам среди учащихся 5–11 классов.\n"
        "Программа:\n9.00 – регистрация участников\n10.00 – торжественное открытие турнира\n"
        "10.30 – первый тур"
    )
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.strftime("%d %H:%M") == "12 10:00"


@pytest.mark.parametrize(
    "text",
    [
        "Сбор команд с 8.45 до 9.20. Старт соревнований в 10.00",
        "Регистрация участников с 13.00 до 13.45, в 14.00 начнётся конкурс.",
        "Построение команд в 9.15–9.40, старт эстафеты в 10.00.",
    ],
)
def test_the_steps_span_is_taken_whole(text: str) -> None:
    """The step's «until» clock goes with its first (Scanner.find matches with a faster
    twin of _PREP_CLOCK, so the rule reads the group by name): only the start stays free."""
    sc = Scanner(normalize(text))
    take_preparation_clocks(sc)
    free = [m.group(0) for m in TIME_ANY.finditer(sc.text) if sc.is_free(m.start(), m.end())]
    assert len(free) == 1
    assert free[0].endswith(("10.00", "14.00"))
