"""review79: a move read in the clause of another event («Концерт 12 декабря в 15:00, а
репетицию перенесли на завтра») took the first event's day as the old one and gave it the
new one (postponed._moved_clause). Sentences written for this file, in several shapes."""

from __future__ import annotations

import pytest

from tests.title_probe import parsed as _parse

_MONDAY = "2026-11-30T10:00"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт 12 декабря в 15:00, а репетицию перенесли на завтра.", "2026-12-12T15:00"),
        ("Лекция 14 декабря в 12:00, а консультацию перенесли на 10 декабря.", "2026-12-14T12:00"),
        (
            "Ярмарка пройдёт 20 декабря в 12:00, а родительское собрание перенесли на пятницу.",
            "2026-12-20T12:00",
        ),
        ("Спектакль 18 декабря, а встречу с автором переносим на среду.", "2026-12-18"),
    ],
)
def test_a_move_of_another_event_after_a_contrast_leaves_the_first_events_day(
    text: str, start: str
) -> None:
    got = _parse(text, _MONDAY)
    assert got["start"] == start, got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Экскурсия была назначена на 5 декабря, а теперь перенесена на завтра.", "2026-12-01"),
        ("Концерт 12 декабря перенесли на завтра.", "2026-12-01"),
        ("Соревнования были назначены на 16 декабря, но перенесены на 23 декабря.", "2026-12-23"),
        ("Экскурсию 15 декабря, а её ждали все, перенесли на 18 декабря.", "2026-12-18"),
    ],
)
def test_a_move_of_the_same_thing_still_leaves_the_old_day(text: str, start: str) -> None:
    got = _parse(text, _MONDAY)
    assert got["start"] == start, got
