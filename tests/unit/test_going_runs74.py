"""A run told going on now, its last day written first, and a later sentence's day inside it
(doubt74, going_runs.py): the later day is one of the run's parts, so the card is the run from
the post's day to its last, named by the run — never the part's day joined to the run's end
(broad33:9's shape: «проходит месячник …, который продлится до 8 октября. … 21 сентября
пройдёт День …»). Sentences our own."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.language.going_runs import held_now
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-07T10:00")  # a Monday


def _draft(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


def _days(draft) -> tuple[date | None, date | None]:  # type: ignore[no-untyped-def]
    start = draft.start.date() if draft.start is not None else None
    end = draft.end.date() if draft.end is not None else None
    return start, end


def test_a_part_inside_a_run_held_now_gives_the_run_from_today() -> None:
    draft = _draft(
        "В городе проходит неделя безопасности дорожного движения, которая продлится до "
        "20 декабря. В рамках недели для школьников проводятся беседы и викторины. Так, "
        "12 декабря в гимназии №3 пройдёт конкурс рисунков для учащихся начальных классов."
    )
    assert _days(draft) == (date(2026, 12, 7), date(2026, 12, 20))
    assert draft.all_day
    assert "неделя безопасности" in draft.title.lower()


def test_a_part_inside_a_run_told_begun_gives_the_run_from_today() -> None:
    draft = _draft(
        "В школах района стартовал конкурс чтецов «Живое слово». Ребята читают стихи о "
        "зиме и о родном крае. Конкурс продлится до 25 декабря. 15 декабря состоится "
        "выступление финалистов в актовом зале школы №5."
    )
    assert _days(draft) == (date(2026, 12, 7), date(2026, 12, 25))
    assert "конкурс чтецов" in draft.title.lower()


def test_a_run_whose_end_is_told_after_its_start_keeps_its_start() -> None:
    draft = _draft(
        "Завтра в городе начинается Неделя детской книги. Торжественное открытие Недели "
        "состоится 9 декабря в театре кукол. В этом проекте, который продлится до 13 декабря, "
        "примут участие библиотеки и школы."
    )
    assert _days(draft) == (date(2026, 12, 9), date(2026, 12, 13))


def test_a_run_to_begin_later_keeps_its_first_day() -> None:
    draft = _draft(
        "15 декабря в школе стартует неделя математики, которая продлится до 19 декабря. "
        "В программе олимпиады и викторины для учеников 5–9 классов."
    )
    assert _days(draft) == (date(2026, 12, 15), date(2026, 12, 19))


def test_held_now_reads_the_present_tense_only() -> None:
    assert held_now("в области проходит месячник финансовой грамотности")
    assert held_now("в школах идут уроки мужества")
    assert not held_now("в области пройдёт месячник финансовой грамотности")
    assert not held_now("в прошлом году месячник проходил в октябре")
