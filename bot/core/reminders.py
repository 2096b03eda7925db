"""When reminders and feedback polls fall due: pure rules, no scheduler, no storage.

The database stays the only truth: the scheduler asks these functions what is due at
`clock.now()`, so a restart or a moved event never needs a job store of its own.

Quiet hours: nothing goes to students between 21:00 and 08:00 local time. A reminder that
would fall inside them goes out at 08:00 if that is still before the event, otherwise the
evening before at 20:00. Feedback polls and their nudge that would fall inside them are
deferred to 08:00. Every moment is a UTC instant computed from the event's zoned start.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.wallclock import local_instant

DEFAULT_OFFSETS = (timedelta(hours=24), timedelta(hours=1))
QUIET_START = time(21, 0)
QUIET_END = time(8, 0)
EVENING_FALLBACK = time(20, 0)
POLL_CATCH_UP = timedelta(days=3)
ANSWER_WINDOW = timedelta(days=7)
POLL_NUDGE_AT = time(10, 0)


EVE_AT = time(19, 0)  # «вечером накануне»: the evening hour, before students' quiet hours
MORNING_AT = QUIET_END  # «утром в день мероприятия»: as soon as the quiet hours end


@dataclass(frozen=True, slots=True)
class ReminderClock:
    """A reminder at a clock time of the school's local day (walk 2026-12-02r, #22):
    `days_before` the event's local day (1 «накануне», 0 «в день мероприятия»), at `at`.

    Stored as `dump()`: "<days_before> <HH:MM>" ("1 19:00"); `load` gives None for anything
    else (an unreadable stored value means no clock reminder, never a crash)."""

    days_before: int
    at: time

    def dump(self) -> str:
        """The stored form: "<days before> <HH:MM>" (school local time), e.g. "1 18:00"."""
        return f"{self.days_before} {self.at:%H:%M}"

    @classmethod
    def load(cls, raw: str | None) -> ReminderClock | None:
        """The clock `dump` wrote; None for None or a text that is not one."""
        days, _, clock = (raw or "").partition(" ")
        try:
            return cls(int(days), time.fromisoformat(clock)) if days.isdigit() else None
        except ValueError:
            return None

    def moment(self, event_start: datetime, tz: ZoneInfo) -> datetime:
        """This clock's moment for an event (UTC): its local day minus `days_before`, at
        `at`, before any quiet-hours shift."""
        day = event_start.astimezone(tz).date() - timedelta(days=self.days_before)
        return local_instant(day, self.at, tz)


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A span of the school's wall-clock day when students get no messages (default 21:00–08:00; it
    may run over midnight)."""

    start: time = QUIET_START
    end: time = QUIET_END

    def contains(self, local: time) -> bool:
        """Whether the wall-clock time `local` is within the quiet hours (start included, end not; a
        span over midnight wraps)."""
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end


STUDENT_QUIET_HOURS = QuietHours()


def in_quiet_hours(at: datetime, tz: ZoneInfo, quiet: QuietHours = STUDENT_QUIET_HOURS) -> bool:
    """Whether the aware moment `at` falls in `quiet` hours on the school's clock (`tz`)."""
    return quiet.contains(at.astimezone(tz).time())


def out_of_quiet_hours(
    at: datetime, tz: ZoneInfo, quiet: QuietHours = STUDENT_QUIET_HOURS
) -> datetime:
    """`at` (UTC) if outside quiet hours, else the end of these quiet hours: deferred to the
    morning, never dropped (polls and nudges)."""
    local = at.astimezone(tz)
    if not quiet.contains(local.time()):
        return at.astimezone(UTC)
    day = local.date() if local.time() < quiet.end else local.date() + timedelta(days=1)
    return local_instant(day, quiet.end, tz)


def shift_out_of_quiet_hours(
    at: datetime, event_start: datetime, tz: ZoneInfo, quiet: QuietHours = STUDENT_QUIET_HOURS
) -> datetime | None:
    """Move a send time out of quiet hours: to their end if still before the event,
    else to the evening before; None when neither is before the event. UTC in and out."""
    local = at.astimezone(tz)
    if not quiet.contains(local.time()):
        return at.astimezone(UTC)
    morning = out_of_quiet_hours(at, tz, quiet)
    if morning < event_start:
        return morning
    evening = local_instant(morning.astimezone(tz).date() - timedelta(days=1), EVENING_FALLBACK, tz)
    return evening if evening < event_start else None


def reminder_times(
    event_start: datetime,
    tz: ZoneInfo,
    offsets: Sequence[timedelta] = DEFAULT_OFFSETS,
    *,
    quiet: QuietHours | None = STUDENT_QUIET_HOURS,
    clock: ReminderClock | None = None,
) -> list[datetime]:
    """The moments (UTC) to remind someone of an event, earliest first, without duplicates.

    Computed from the event's zoned start and compared as UTC instants (Python compares two
    datetimes of the same zone by wall clock, which is wrong across a DST change).
    `quiet=None` for organisers (no quiet hours). A `clock` moment («накануне в 19:00»)
    joins the offsets' and is moved out of quiet hours as they are; one that is not before
    the event («утром в день мероприятия» of an event at 07:30) goes the evening before at
    20:00, as an offset's moment pushed past the start by the quiet hours does.
    """
    moments: set[datetime] = set()
    for offset in offsets:
        at: datetime | None = _before(event_start, offset, tz)
        if quiet is not None and at is not None:
            at = shift_out_of_quiet_hours(at, event_start, tz, quiet)
        if at is not None and at < event_start:
            moments.add(at)
    if clock is not None:
        at = clock.moment(event_start, tz)
        if quiet is not None:
            at = shift_out_of_quiet_hours(at, event_start, tz, quiet)
        if at is None or at >= event_start:
            day = event_start.astimezone(tz).date() - timedelta(days=1)
            at = local_instant(day, EVENING_FALLBACK, tz)
        if at < event_start:
            moments.add(at)
    return sorted(moments)


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    """One person's reminders of one event as seen at some `now` (UTC instants).

    `due`: the reminder that should have gone out by `now` — the latest owed moment at or
    before it (after downtime only the latest missed one goes out), None when there is none;
    `ahead`: the owed moments still to come, earliest first (what a sign-up reply promises).
    """

    due: datetime | None
    ahead: tuple[datetime, ...]


def reminder_plan(
    event_start: datetime,
    tz: ZoneInfo,
    offsets: Sequence[timedelta],
    *,
    quiet: QuietHours | None,
    since: datetime | None,
    now: datetime,
    clock: ReminderClock | None = None,
) -> ReminderPlan:
    """The reminders a person is owed for an event, split at `now`: the one rule behind both
    the notification loop (what to send) and the sign-up reply (what to promise).

    A moment of `reminder_times` is owed only when it falls after `since`, the instant from
    which this person was to be reminded of the event at its current time: the later of the
    event getting its current start (Event.timed_at: stored, moved, restored after a cancel)
    and, for a student, their sign-up becoming "going" (signing up, or a promotion from the
    waiting list). A moment before that never fell due for them: the day-before reminder of
    an event saved at 12:55 for 14:10 today, or of one a student joined late, is not "missed"
    and is never sent at once; the next moment ahead is. A moment that passed after `since`
    while the bot was down is still owed and caught up (README: reminders exactly once).
    `since` None means not recorded (rows from before migration 0026): every moment is owed.
    A `since` later than `now` cannot be true: it was stamped by a clock running ahead
    (a VM resumed with a wrong clock) and is taken as not recorded, so the moments it would
    have skipped are not lost once the clock is right (attack60, #1).
    All instants are aware; comparisons are between UTC instants.
    """
    if since is not None and since > now:
        since = None
    moments = [
        m
        for m in reminder_times(event_start, tz, offsets, quiet=quiet, clock=clock)
        if since is None or m > since
    ]
    passed = [m for m in moments if m <= now]
    return ReminderPlan(max(passed) if passed else None, tuple(m for m in moments if m > now))


def reminding_since(*instants: datetime | None) -> datetime | None:
    """The `since` of reminder_plan: the latest of the instants that are known (not None),
    or None when none is."""
    known = [i for i in instants if i is not None]
    return max(known) if known else None


def _before(start: datetime, offset: timedelta, tz: ZoneInfo) -> datetime:
    """Whole days keep the local time ("tomorrow at 10:00"); hours are absolute. UTC out."""
    if offset % timedelta(days=1) == timedelta(0):
        local = start.astimezone(tz).replace(tzinfo=None) - offset
        return local_instant(local.date(), local.time(), tz)
    return start.astimezone(UTC) - offset


def reminder_still_useful(event_start: datetime, now: datetime) -> bool:
    """A missed reminder is still worth sending while the event has not started."""
    return now < event_start


def poll_due(event_end: datetime, now: datetime) -> bool:
    """The feedback poll goes out when the event has ended, and is caught up for 3 days."""
    return event_end <= now < event_end + POLL_CATCH_UP


def poll_time(
    event_end: datetime, tz: ZoneInfo, quiet: QuietHours | None = STUDENT_QUIET_HOURS
) -> datetime:
    """When the feedback poll goes out (UTC): at the end of the event, or for students after
    quiet hours when it ends late in the evening (deferred, not dropped)."""
    end = event_end.astimezone(UTC)
    return end if quiet is None else out_of_quiet_hours(end, tz, quiet)


def poll_nudge_time(
    event_end: datetime, tz: ZoneInfo, quiet: QuietHours | None = STUDENT_QUIET_HOURS
) -> datetime:
    """The single reminder to answer the poll (UTC): the next day, mid-morning, outside
    quiet hours for students."""
    next_day = event_end.astimezone(tz).date() + timedelta(days=1)
    at = local_instant(next_day, POLL_NUDGE_AT, tz)
    return at if quiet is None else out_of_quiet_hours(at, tz, quiet)


def answer_open(event_end: datetime, now: datetime) -> bool:
    """An answer can be given or changed for 7 days after the event ends."""
    return event_end <= now <= event_end + ANSWER_WINDOW


def nps(scores: Iterable[int]) -> int | None:
    """Net Promoter Score: % of 9–10 minus % of 0–6, rounded; None without answers."""
    values = [s for s in scores if 0 <= s <= 10]
    if not values:
        return None
    promoters = sum(s >= 9 for s in values)
    detractors = sum(s <= 6 for s in values)
    return round(100 * (promoters - detractors) / len(values))


def average(values: Iterable[float]) -> float | None:
    """The mean of `values` rounded to two decimals; None for none."""
    items = list(values)
    return round(sum(items) / len(items), 2) if items else None
