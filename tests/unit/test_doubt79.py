"""doubt79's readings, sentences our own in several shapes (the clock: Monday 7 December
2026, 10:00):

- another event's day keeps the question (doubt79 also built `post_cues.closes_later`, a
  later day naming the event's close — awards, results, a final — as no rival start: 8 fewer
  right starts asked on the tuned sets, but it took the doubt off a wrong start of the
  held-out eval20, 2 → 1 of 3, and the lead withdrew it at the merge);
- a day written only after an inclusive «по» — «Посетить её можно по 18.12.2026 с 9:00 до
  16:00» — is the last day of a run, as after «до» (doubt64): today at the clock, the span
  asked (`span_cut`); silent at main (running_until.written_only_as_bound). A «по» closing a
  range opened by «с» + a day is the range's end.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.language.running_until import written_only_as_bound
from tests.unit.test_doubt78 import MONDAY
from tests.unit.test_doubt78 import _draft as _draft  # a post's draft read on MONDAY


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # a remote selection: the pupils may come on the final's day
        (
            "Отборочный тур конкурса «Голос школы» пройдёт 10 декабря в актовом зале. "
            "Полуфинал состоится 14 декабря, финал — 17 декабря.",
            date(2026, 12, 14),
        ),
        # another event, no close
        (
            "15 декабря в актовом зале пройдёт концерт хора. 18 декабря состоится спектакль "
            "театральной студии.",
            date(2026, 12, 18),
        ),
        # a final before the pick's day is another event
        (
            "20 декабря в школе пройдёт новогодний бал для старшеклассников. 18 декабря "
            "состоится финал конкурса «Мисс школы».",
            date(2026, 12, 18),
        ),
    ],
)
def test_other_days_stay_asked(text: str, offered: date) -> None:
    draft = _draft(text)
    assert "several_dates" in draft.doubts, draft.doubts
    assert offered in {c.date() for c in draft.choices}, draft.choices


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "В музее школы проходит выставка «Солдаты Победы». Посетить её можно по 18.12.2026 "
            "с 9:00 до 16:00. Экскурсии для классов — по записи у руководителя музея.",
            date(2026, 12, 18),
        ),
        (
            "В библиотеке школы работает книжная выставка «Новый год в литературе». Выставку "
            "можно посетить по 25 декабря с 9.00 до 17.00. Вход свободный.",
            date(2026, 12, 25),
        ),
    ],
)
def test_a_day_written_only_after_po_is_a_runs_last(text: str, last: date) -> None:
    """Both silent at main e617a7e0 (the last day saved as a one-day visit)."""
    draft = _draft(text)
    assert draft.start is not None
    assert draft.start.date() == MONDAY.date(), draft.start
    assert "span_cut" in draft.doubts, draft.doubts
    assert draft.span == (MONDAY.date(), last), draft.span


def test_a_clocked_opening_running_po_a_later_day_is_one_run() -> None:
    """At main the 12th was offered beside the 10th (`several_dates`); the fair runs to it."""
    draft = _draft(
        "Ярмарка ремёсел откроется 10 декабря в 12:00 и продлится по 12 декабря. Приглашаем всех."
    )
    assert draft.start is not None
    assert draft.end is not None
    assert (draft.start.date(), draft.start.hour) == (date(2026, 12, 10), 12), draft.start
    assert draft.end.date() >= date(2026, 12, 12), draft.end
    assert not draft.doubts, draft.doubts


@pytest.mark.parametrize(
    "text",
    [
        "С 14 по 18 декабря в школе пройдёт неделя математики.",
        "С 10 декабря по 20 декабря в школе пройдёт акция «Покорми птиц».",
        "Соревнования пройдут 18 декабря с 10.00 до 18.00 в спортзале школы.",
    ],
)
def test_a_range_or_an_events_day_is_not_asked(text: str) -> None:
    draft = _draft(text)
    assert "span_cut" not in draft.doubts, draft.doubts


@pytest.mark.parametrize(
    ("text", "day", "bound"),
    [
        ("посетить её можно по 18.12.2026 с 9:00 до 16:00", date(2026, 12, 18), True),
        ("экспозиция доступна для осмотра по 31 декабря с 14.00", date(2026, 12, 31), True),
        ("выставка работает до 20 декабря", date(2026, 12, 20), True),
        ("с 25 декабря по 31 декабря 2026 г. - зачетная неделя", date(2026, 12, 31), False),
        ("с 25 по 31 декабря", date(2026, 12, 31), False),
        ("с 1.12 по 18.12.2026 пройдёт неделя", date(2026, 12, 18), False),
        ("с 10 декабря 2026 года по 20 декабря", date(2026, 12, 20), False),
        ("концерт пройдёт 20 декабря, а репетиции по 19 декабря", date(2026, 12, 20), False),
    ],
)
def test_written_only_as_bound(text: str, day: date, bound: bool) -> None:
    assert written_only_as_bound(text, day, MONDAY) is bound
