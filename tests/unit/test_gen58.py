"""fixgen58: logistics steps after an opening gathering (departure, boarding, arrival) are
no event — the event is the clause naming a kind of event, and a clock clause that is
neither a step nor an event is asked about (meeting.opening_steps); a generic subject
(«Мероприятие пройдёт …») points back only to a single event noun phrase, to the event
invited to, never to one governed by «за» (title_pointed_back.named_before). Every
sentence here is my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language import title_pointed_back
from bot.core.language.intents import parse_message
from bot.core.language.meeting import gathering

TUESDAY = datetime.fromisoformat("2026-12-01T12:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, TUESDAY))


# --- an opening gathering's logistics steps -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        (
            "Сбор у школы в 8:30, выезд в 8:45, экскурсия на завод в 10:00, 14 декабря",
            "2026-12-14T10:00",
            "Экскурсия на завод",
        ),
        (
            "Сбор класса в 7:50, посадка в автобус в 8:10, концерт в филармонии в 10:00, "
            "15 декабря",
            "2026-12-15T10:00",
            "Концерт",
        ),
        (
            "Сбор 16 декабря в 12:00, отъезд в 12:20, прибытие в 13:10, мастер-класс в 13:30",
            "2026-12-16T13:30",
            "Мастер-класс",
        ),
    ],
)
def test_logistics_steps_after_a_gathering_are_no_event(text: str, start: str, title: str) -> None:
    got = _parse(text)
    assert (got["start"], got["title"]) == (start, title), got
    assert gathering(text) is not None


def test_an_unclear_clock_clause_before_the_event_is_asked() -> None:
    got = _parse("Сбор у школы в 9:00, начало в 9:40, экскурсия в 11:00, 17 декабря")
    assert "several_times" in (got["doubts"] or []), got


# --- a generic subject points back to one event ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_title"),
    [
        (
            "Турнир по шашкам «Ферзь» и викторина «Знатоки».\nМероприятие состоится 19 декабря "
            "в 14:00 в библиотеке.",
            "Викторина «Знатоки»",
        ),
        (
            "Фестиваль песни «Голос» и ярмарка поделок «Умелец».\nМероприятие пройдёт 22 декабря "
            "в 12:00 в спортзале.",
            "Ярмарка поделок",
        ),
    ],
)
def test_two_coordinated_events_are_no_single_one_to_point_back_to(
    text: str, not_title: str
) -> None:
    title = str(_parse(text)["title"])
    assert not title.startswith(not_title), title


def test_a_generic_subject_means_the_event_invited_to() -> None:
    text = (
        "В ноябре шестиклассники побывали на экскурсии и посетили концерт хора.\n"
        "Приглашаем родителей на семинар о безопасности детей!\n"
        "Мероприятие пройдёт 16 декабря в 18:00 в кабинете 12."
    )
    assert str(_parse(text)["title"]).startswith("Семинар о безопасности"), _parse(text)


def test_a_noun_after_za_is_no_event_to_point_back_to() -> None:
    """«за» governs its noun (a thanks' object): no event a generic subject points back to;
    the title then falls back to the reading without pointing back (left as it is)."""
    text = (
        "Благодарим за спектакль всех артистов.\n"
        "Мероприятие пройдёт 21 декабря в 13:00 в актовом зале."
    )
    assert title_pointed_back.named_before(text, text.index("Мероприятие")) is None
