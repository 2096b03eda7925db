"""A month named without a year in a plan or report query means that month of the current
school year (1 September – 31 August) in both: in January «план на декабрь» and «итоги
декабря» are both the December just past (the plan query gave December of the next year,
newcomer walk 2026-12-01c, s11), and «план на май» is the coming May. In the summer the
school year being planned is the coming one; a report never looks at a month not yet begun.
The parser is checked through parse_message / parse_report / parse_export, and the plan
query through the planner (real SQLite store, real templates)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.calendar import school_year_month
from bot.core.language.exports import parse_export
from bot.core.language.intents import parse_message
from bot.core.language.reports import parse_report
from bot.core.models import NewEvent, OrgKind, QueryIntent
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR = 1
JANUARY = datetime(2027, 1, 15, 10, 0)  # noqa: DTZ001 - the parser's school wall-clock time


def _plan_period(text: str, now: datetime) -> tuple[date, date | None]:
    query = parse_message(text, now)
    assert isinstance(query, QueryIntent), query
    return query.start, query.end


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("план на декабрь", date(2026, 12, 1), date(2026, 12, 31)),
        ("что в декабре?", date(2026, 12, 1), date(2026, 12, 31)),
        ("что было в сентябре?", date(2026, 9, 1), date(2026, 9, 30)),
        ("план на май", date(2027, 5, 1), date(2027, 5, 31)),
        ("план на январь", date(2027, 1, 1), date(2027, 1, 31)),
        ("план на декабрь 2027", date(2027, 12, 1), date(2027, 12, 31)),  # a year said: kept
    ],
)
def test_in_january_a_plan_month_is_the_school_years(text: str, first: date, last: date) -> None:
    assert _plan_period(text, JANUARY) == (first, last)


def test_in_january_the_plan_and_the_report_of_december_agree() -> None:
    report = parse_report("итоги декабря", JANUARY.date())
    assert report is not None
    assert (report.start, report.end) == _plan_period("план на декабрь", JANUARY)
    export = parse_export("план на декабрь в excel", JANUARY)
    assert export is not None
    assert (export.start, export.end) == (report.start, report.end)


def test_a_report_never_names_a_month_not_yet_begun() -> None:
    report = parse_report("итоги мая", JANUARY.date())
    assert report is not None
    assert (report.start, report.end) == (date(2026, 5, 1), date(2026, 5, 31))


@pytest.mark.parametrize(
    ("today", "month", "first"),
    [
        (date(2026, 10, 5), 9, date(2026, 9, 1)),
        (date(2026, 10, 5), 8, date(2027, 8, 1)),  # August closes this school year
        (date(2026, 12, 1), 7, date(2027, 7, 1)),
        (date(2027, 1, 15), 12, date(2026, 12, 1)),
        (date(2027, 1, 15), 3, date(2027, 3, 1)),
        (date(2027, 7, 10), 9, date(2027, 9, 1)),  # summer: the coming school year
        (date(2027, 7, 10), 12, date(2027, 12, 1)),
        (date(2027, 7, 10), 6, date(2027, 6, 1)),  # this summer's months
        (date(2027, 7, 10), 8, date(2027, 8, 1)),
    ],
)
def test_school_year_month(today: date, month: int, first: date) -> None:
    assert school_year_month(month, today) == first


@pytest.fixture
async def planner(tmp_path: Path) -> AsyncIterator[Planner]:
    store: SqliteStore = await open_store(tmp_path / "plan.db", TZ)
    now = JANUARY.replace(tzinfo=TZ)
    planner = Planner(store, FixedClock(now), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    await planner.identify(CURATOR, "Завуч")
    museum = await store.create_organisation("Музей", OrgKind.PARTNER)
    december = datetime(2026, 12, 15, 15, 0, tzinfo=TZ)
    await store.add_events(
        [NewEvent("Экскурсия в музей янтаря", museum.id, december, december.replace(hour=16))],
        None,
    )
    yield planner
    await store.close()


async def test_in_january_the_plan_for_december_lists_the_past_december(planner: Planner) -> None:
    replies = await planner.handle(CURATOR, "план на декабрь")
    text = "\n".join(Renderer().render(r.template, r.context) for r in replies)
    assert "Экскурсия в музей янтаря" in text, text
