"""Shortcuts taken for speed give the answers of the code they stand in for.

- stamps._alone_on_line skips the host pattern on a line naming no domain ending of it
  ("ru", "рф", …): compared with the pattern applied to every line.
- post_dates.date_of remembers its answers per (phrase, day, nearest): compared with the
  unremembered function for every date phrase of the real posts, on several days, and with
  aware datetimes that are equal instants but different local days.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import post_dates, stamps
from bot.core.language.post_dates import DATE_ANY
from bot.core.language.tokens import normalize

LINES = [
    "29.01.2026 zelenograd.ru",
    "29.01.2026 сайт музея.рф",
    "29.01.2026 www.kgtu.info, 10:00",
    "15 декабря — Источник: school-94.su",
    "5.12 ru",  # a domain ending with no host before it
    "5.12 в 15:00",
    "  12.03.2025  ",
    "12.03.2025 | news.org |",
    "1 апреля 2024 г. net",
]


def _posts() -> list[str]:
    posts = [case["text"] for name in TUNED_SETS for case in load(name)]
    return [normalize(t) for t in posts] + [normalize(line) for line in LINES]


def _reference_alone(text: str, m: re.Match[str]) -> bool:
    start = text.rfind("\n", 0, m.start()) + 1
    stop = text.find("\n", m.end())
    line = text[start : len(text) if stop == -1 else stop]
    rest = line[: m.start() - start] + line[m.end() - start :]
    return not re.search(r"\w", stamps._HOST.sub("", rest))


def test_a_line_without_a_domain_ending_is_judged_as_with_the_host_pattern() -> None:
    tried = alone = 0
    for text in _posts():
        for m in DATE_ANY.finditer(text):
            got = stamps._alone_on_line(text, m)
            assert got == _reference_alone(text, m), text[max(0, m.start() - 40) : m.end() + 40]
            tried += 1
            alone += got
    assert tried > 500, tried  # both answers were really tried
    assert alone > 10, alone
    host = normalize(LINES[0])  # alone only once its host is removed: the slow path ran
    assert stamps._alone_on_line(host, next(DATE_ANY.finditer(host)))


def test_a_remembered_date_is_the_date_read_afresh() -> None:
    days = [
        datetime.fromisoformat(at)  # the school's naive wall clock, as the parser gets it
        for at in ("2026-11-30T10:00", "2026-01-02T09:00", "2025-12-31T23:00")
    ]
    fresh = post_dates._date_of.__wrapped__
    tried = 0
    for text in _posts():
        for m in DATE_ANY.finditer(text):
            for now in days:
                for nearest in (False, True):
                    want = fresh(m.group(0), now.date(), nearest)
                    assert post_dates.date_of(m.group(0), now, nearest=nearest) == want
                    tried += 1
    assert tried > 3000


def test_equal_instants_on_different_local_days_are_not_confused() -> None:
    post_dates._date_of.cache_clear()
    late = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    east = late.astimezone(timezone(timedelta(hours=3)))  # the same instant, 1 January
    assert late == east
    assert late.date() != east.date()
    first = post_dates.date_of("5 января", late)
    second = post_dates.date_of("5 января", east)
    assert first is not None
    assert second is not None
    assert first.year == second.year == 2027  # each read on its own local day
    assert post_dates.date_of("31 декабря", late) == late.date()
    assert post_dates.date_of("31 декабря", east) == east.date().replace(
        month=12, day=31, year=2027
    )
