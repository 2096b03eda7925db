"""Sample plans for tests, the benchmark and demos: a hand-made week and a large random year."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.models import (
    Audience,
    Clash,
    ClashReason,
    Event,
    EventStatus,
    Organisation,
    OrgKind,
)
from bot.exports.model import PlanRow, build_rows


@dataclass
class SamplePlan:
    """A made-up plan for exports' tests and previews: events, organisations, clashes (both ways:
    `clash`), sign-ups and ratings by event id."""

    events: list[Event]
    orgs: dict[int, Organisation]
    clashes: dict[int, list[Clash]] = field(default_factory=dict)
    signups: dict[int, int] = field(default_factory=dict)
    ratings: dict[int, float] = field(default_factory=dict)

    def rows(self) -> list[PlanRow]:
        """The plan's rows as exports read them (bot.exports.model.build_rows)."""
        return build_rows(self.events, self.orgs, self.clashes, self.signups, self.ratings)

    def clash(self, a: Event, b: Event, *reasons: ClashReason) -> None:
        """Record a clash both ways."""
        self.clashes.setdefault(a.id, []).append(Clash(b, frozenset(reasons)))
        self.clashes.setdefault(b.id, []).append(Clash(a, frozenset(reasons)))


ORGS = {
    1: Organisation(1, "Школа № 7", OrgKind.SCHOOL),
    2: Organisation(2, "КГТУ", OrgKind.PARTNER),
    3: Organisation(3, "Музей Мирового океана", OrgKind.PARTNER),
    4: Organisation(4, "БФУ им. Канта", OrgKind.PARTNER),
}


def _at(tz: ZoneInfo, day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def demo_week(tz: ZoneInfo, monday: date) -> SamplePlan:
    """A week with timed, all-day, multi-day, cancelled and clashing events."""
    d = [monday + timedelta(days=n) for n in range(7)]
    stamp = _at(tz, monday - timedelta(days=7), 9)
    grades_9_11 = Audience(grades=frozenset({9, 10, 11}))
    events = [
        Event(1, "Лекция «Профессия инженер»", 2, _at(tz, d[0], 15), _at(tz, d[0], 16, 30),
              venue="актовый зал", audience=grades_9_11, updated_at=stamp, created_at=stamp),
        Event(2, "Экскурсия в музей", 3, _at(tz, d[0], 16), _at(tz, d[0], 17, 30),
              audience=Audience(classes=frozenset({"10А", "10Б"}))),
        Event(3, "День открытых дверей", 4, _at(tz, d[2], 0), _at(tz, d[4], 0), all_day=True,
              audience=Audience(grades=frozenset({11}))),
        Event(4, "Олимпиада по физике", 2, _at(tz, d[3], 10), _at(tz, d[3], 11),
              end_given=False, venue="ауд. 204", audience=Audience(grades=frozenset({7, 9}))),
        Event(5, "Субботник", 1, _at(tz, d[5], 0), _at(tz, d[6], 0), all_day=True),
        Event(6, "Мастер-класс по робототехнике", 2, _at(tz, d[1], 14), _at(tz, d[1], 15),
              status=EventStatus.CANCELLED, audience=Audience(grades=frozenset({5, 6})),
              updated_at=stamp + timedelta(days=2)),
        Event(7, "=HYPERLINK(\"http://evil\")", 3, _at(tz, d[4], 12), _at(tz, d[4], 13),
              venue="+79990000000", audience=Audience(classes=frozenset({"8В"}))),
    ]  # fmt: skip
    plan = SamplePlan(events=events, orgs=dict(ORGS))
    plan.clash(events[0], events[1], ClashReason.AUDIENCE)
    plan.signups.update({1: 42, 2: 25, 4: 12})
    plan.ratings.update({1: 4.6, 2: 4.2})
    return plan


_TITLES = (
    "Лекция",
    "Экскурсия",
    "Мастер-класс",
    "Олимпиада",
    "Профпроба",
    "Квиз",
    "Встреча с выпускниками",
    "Концерт",
)
_VENUES = ("актовый зал", "спортзал", "ауд. 204", "каб. 312", "библиотека", None)


def random_plan(
    tz: ZoneInfo, count: int, first_day: date, *, days: int = 270, seed: int = 7
) -> SamplePlan:
    """`count` events spread over `days` (a school year), ~10% of them clashing (benchmarks)."""
    rnd = random.Random(seed)
    orgs = {i: Organisation(i, f"Партнёр {i}", OrgKind.PARTNER) for i in range(1, 41)}
    events = [_random_event(rnd, i, tz, first_day, days, len(orgs)) for i in range(1, count + 1)]
    plan = SamplePlan(events=events, orgs=orgs)
    for a, b in zip(events[::20], events[1::20], strict=False):
        plan.clash(a, b, ClashReason.AUDIENCE, ClashReason.VENUE)
    plan.signups.update({e.id: rnd.randint(0, 120) for e in events if e.id % 3})
    plan.ratings.update({e.id: round(rnd.uniform(3, 5), 1) for e in events if e.id % 4 == 0})
    return plan


def _random_event(
    rnd: random.Random, i: int, tz: ZoneInfo, first: date, days: int, n_orgs: int
) -> Event:
    day = first + timedelta(days=rnd.randrange(days))
    if i % 15 == 0:
        start, end, all_day = _at(tz, day, 0), _at(tz, day + timedelta(days=1), 0), True
    else:
        start = _at(tz, day, rnd.randrange(8, 18), rnd.choice((0, 15, 30, 45)))
        end, all_day = start + timedelta(minutes=rnd.choice((45, 60, 90, 120))), False
    grade = rnd.randrange(1, 12)
    audience = (
        Audience(grades=frozenset(range(grade, min(11, grade + 2) + 1)))
        if i % 2
        else Audience(classes=frozenset({f"{grade}{rnd.choice('АБВ')}"}))
    )
    return Event(
        id=i,
        title=f"{rnd.choice(_TITLES)} №{i}",
        organisation_id=rnd.randrange(1, n_orgs + 1),
        start=start,
        end=end,
        all_day=all_day,
        venue=rnd.choice(_VENUES),
        audience=audience,
        status=EventStatus.CANCELLED if i % 50 == 0 else EventStatus.CONFIRMED,
        updated_at=start - timedelta(days=30),
    )
