"""Domain objects shared by the parser, the planner, storage and the transports.

All of them are frozen dataclasses: the core passes values, never rows or VK objects.
Instants stored in the plan are timezone-aware; the parser works in the school's wall-clock
time (naive datetimes) and the planner attaches the school's timezone.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

# An event whose message gives no end is assumed to last this long for clash checks.
DEFAULT_DURATION = timedelta(hours=1)


class Role(enum.StrEnum):
    """What a person may do; see core/permissions.py."""

    CURATOR = "curator"
    STAFF = "staff"
    PARTNER = "partner"
    STUDENT = "student"


class EventStatus(enum.StrEnum):
    """An event's state: a draft (not in the plan yet), confirmed, or cancelled (kept, shown as
    such)."""

    DRAFT = "draft"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class OrgKind(enum.StrEnum):
    """An organisation is the school itself or one of its partners."""

    SCHOOL = "school"
    PARTNER = "partner"


@dataclass(frozen=True, slots=True)
class Audience:
    """Who an event is for: whole grades (9, 10, 11) and/or single classes ("10А"), and/or
    the school's staff (`staff`: «для учителей», a педсовет — no student is in it).
    `parents`: the event is for the parents of those grades and classes (of the whole school
    when none is named) — a «родительское собрание»; no student is in it either.

    An empty audience means the whole school, which overlaps every other audience.
    """

    grades: frozenset[int] = frozenset()
    classes: frozenset[str] = frozenset()
    staff: bool = False
    parents: bool = False

    @property
    def is_everyone(self) -> bool:
        """Whether the audience names no grades, classes or staff: the whole school."""
        return not self.grades and not self.classes and not self.staff

    @property
    def staff_only(self) -> bool:
        """True for an event of the staff alone (no grade or class): students never see it."""
        return self.staff and not self.grades and not self.classes

    @property
    def no_students(self) -> bool:
        """True when no student is in the audience (the staff alone, or the parents): a
        student never sees it in a list and never signs up for it."""
        return self.staff_only or self.parents

    def covered_grades(self) -> frozenset[int]:
        """Grades touched by this audience: its grades plus the grades of its classes."""
        return self.grades | {class_grade(c) for c in self.classes}

    def overlaps(self, other: Audience) -> bool:
        """True when some student could be in both audiences.

        A grade overlaps its own classes (10 ~ 10А), classes overlap only when equal; the
        staff overlap the staff (the same teachers) and the whole school.
        """
        if self.is_everyone or other.is_everyone:
            return True
        if self.staff and other.staff:
            return True
        if self.grades & other.covered_grades() or other.grades & self.covered_grades():
            return True
        return bool(self.classes & other.classes)

    def joined(self, other: Audience) -> Audience:
        """This audience with `other`'s grades and classes added («добавьте 10 классы»:
        newcomer walk 2026-12-02t, #12); the whole school stays the whole school, and the
        parents only when both are the parents'."""
        if self.is_everyone:
            return self
        return Audience(
            grades=self.grades | other.grades,
            classes=self.classes | other.classes,
            staff=self.staff or other.staff,
            parents=self.parents and other.parents,
        )

    def includes(self, other: Audience) -> bool:
        """True when every student of `other` is in this audience (a filter check)."""
        if self.is_everyone:
            return True
        if other.is_everyone or (other.staff and not self.staff):
            return False
        return all(g in self.grades for g in other.grades) and all(
            c in self.classes or class_grade(c) in self.grades for c in other.classes
        )


# every student of the school (grades 1–11): a filter that keeps every event with students in
# its audience and leaves out the staff's own (a student who has not named a class)
ALL_STUDENTS = Audience(grades=frozenset(range(1, 12)))


def class_grade(class_name: str) -> int:
    """The grade number of a class name: "10А" -> 10."""
    digits = "".join(ch for ch in class_name if ch.isdigit())
    return int(digits) if digits else 0


def grade_ages(class_name: str) -> tuple[int, int] | None:
    """The usual ages in years (inclusive) of a class's pupils: a Russian school takes
    children into the 1st grade at 6½–8 (Federal law 273-FZ, art. 67 p. 1), so a pupil of
    grade g is mostly g+6 or g+7 during the school year; None for a class name with no grade
    in 1–11."""
    grade = class_grade(class_name)
    return (grade + 6, grade + 7) if 1 <= grade <= 11 else None


def outside_ages(class_name: str | None, ages: tuple[int, int] | None) -> bool:
    """Whether the pupils of `class_name` are usually outside the age range `ages`
    (inclusive years, an open upper bound 99; None: no age — nobody is outside)."""
    usual = grade_ages(class_name) if class_name else None
    if usual is None or ages is None:
        return False
    return usual[1] < ages[0] or usual[0] > ages[1]


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A repeating event: weekly or daily (`freq`), up to `until` (a school-local day,
    inclusive; None: the default reach, drafts.DEFAULT_REPEATS).

    `weekdays` are the days a weekly repeat meets on (Monday = 0), the meaning of RFC 5545's
    BYDAY in a WEEKLY rule: «по вторникам и четвергам» is {1, 3}; empty means the start's
    own weekday only (one meeting a week, as before the field existed)."""

    freq: str = "weekly"
    until: date | None = None
    weekdays: frozenset[int] = frozenset()  # a weekly repeat's days (Monday = 0; see above)
    except_weekdays: frozenset[int] = frozenset()  # days a daily repeat skips (Monday = 0)
    # local days left out of the series («без 6 января» on its card: a holiday meeting)
    except_dates: frozenset[date] = frozenset()


@dataclass(frozen=True, slots=True)
class EventDraft:
    """What the parser understood from an event message, in school wall-clock time.

    For an all-day event `start` is midnight of the first day and `end` is midnight of the
    last day (inclusive) or None for a single day. For a timed event `end` is None when the
    message gives neither an end nor a duration. `time_known` is False when the message had
    a date but no time and did not say "весь день": the bot should ask for the time.
    """

    title: str
    start: datetime | None
    end: datetime | None = None
    all_day: bool = False
    time_known: bool = True
    venue: str | None = None
    audience: Audience = field(default_factory=Audience)
    recurrence: Recurrence | None = None
    capacity: int | None = None  # places, when the message limits them
    # What the parser doubts (codes: date_typo, impossible_date, past, other_year,
    # end_before_start, several_dates); the bot asks about these before saving.
    doubts: tuple[str, ...] = ()
    corrections: tuple[tuple[str, str], ...] = ()  # misspelt date words: (written, read)
    deadline: date | None = None  # last day to register or apply, when the post names one
    # every session of a multi-session event as (start, end or None), wall-clock time
    sessions: tuple[tuple[datetime, datetime | None], ...] = ()
    choices: tuple[datetime, ...] = ()  # equally likely starts, offered as buttons
    ages: tuple[int, int] | None = None  # the audience's age range in years, inclusive
    online_url: str | None = None  # the link of an online event
    description: str | None = None  # the message as written, for ICS DESCRIPTION and exports
    # hours the times were moved by: written in Moscow time ("по МСК"), shown in the school's
    # zone (0: none moved); the card says so, so the writer sees why 11:00 became 10:00
    moscow_shift_hours: int = 0
    # a period the message named instead of a day: the day is asked within it
    period: DayPeriod | None = None
    # one day's programme as (start, end or None, what happens), wall-clock time: the steps
    # of this one event, shown on the card (bot.core.language.programme)
    programme: tuple[tuple[datetime, datetime | None, str], ...] = ()
    # a span of days (first, last: school-local dates, inclusive) a long post names by the
    # event's sentence while the draft is one day (doubt `span_cut`): offered whole beside it
    span: tuple[date, date] | None = None
    # stages (sessions of several days each, as first and last school-local day) dropped
    # from the card when one stage's first day was typed («12 апреля» on «Пробный тур 29
    # марта — 11 апреля. Основной тур 12 — 19 апреля.»): the card names them, «оба этапа»
    # brings them back (drafts.with_day, drafts.with_stages_back)
    dropped_stages: tuple[tuple[date, date], ...] = ()
    # a daily series typed on the card with no last day («каждый день») was cut to
    # drafts.MAX_DAILY_SPAN_DAYS days: the card says so (series_answers.repeated)
    daily_bounded: bool = False


@dataclass(frozen=True, slots=True)
class DayPeriod:
    """The span of days a message named instead of a day («в следующей четверти», «в
    декабре», «на следующей неделе», «в каникулы», «весной»): the day is asked within it.

    `first` and `last` are inclusive school-local dates (`first` is never before the day the
    message was read). `kind` is "term", "vacation", "month", "week", "weekend", "season" or
    "part" (a part of one: «в конце декабря»); `number` is a term's number; `detail` is the
    term kind ("quarter", "trimester") or a vacation's season ("winter", …); `written` is
    the phrase as the message wrote it (lower case), for the question's wording.
    """

    first: date
    last: date
    kind: str
    number: int = 0
    detail: str = ""
    written: str = ""


@dataclass(frozen=True, slots=True)
class EventIntent:
    """A message read as a new event: the draft it describes."""

    draft: EventDraft


@dataclass(frozen=True, slots=True)
class QueryIntent:
    """A question about the plan: inclusive dates, `end` None when open-ended."""

    start: date
    end: date | None
    audience: Audience = field(default_factory=Audience)
    organiser: str | None = None
    own_class: bool = False  # «что у моего класса?»: the asker's own class (a class teacher's)
    # «а в субботу?»: a bare weekday (Monday = 0) asked as a follow-up (the question opens with
    # «а»); the planner reads it within the period it just listed, if that period has the day
    follow_up_weekday: int | None = None
    # «а через неделю?» asked as a follow-up: after a week's list it is the week after that
    # list (newcomer walk 2026-12-04ag, AG6); with no week listed, the day a week on. The
    # number of weeks on («а через 2 недели?»: 2, AJ6); 0: no such follow-up
    follow_up_week: int = 0
    # the question opens with «а» («а 16 декабря?», «а завтра?»): it goes on from the one
    # before, so naming no classes it is about the classes that one was for
    follows_on: bool = False
    # such a follow-up that asks «что» anew («а что на следующей неделе?»): it keeps the
    # classes, organiser and place asked before, never the title words (chat53)
    asks_anew: bool = False
    # a day written without its year that had passed this year and was read as next year's
    # («а 1 июня?» on 1 December: 1 June 2027); a follow-up of a past question keeps that
    # question's year instead (conv46)
    rolled_year: bool = False
    # «а для 10А?»: classes alone as a follow-up — the period listed last, for them (AJ4);
    # with no period listed it is from `start` (today) on (queries.within_listed_period)
    same_period: bool = False
    # «когда лекция?», «какие экскурсии в декабре?»: the title words of the events asked
    # about (bot.core.language.asked_titles); None when the question names no event
    title: str | None = None
    # «что ещё в школе в эти дни?» (bot.core.language.own_days): only the days the asker's
    # organisation holds its upcoming events on (newcomer77); `start` is then today
    own_days: bool = False
    # «когда свободен актовый зал?», «что в спортзале в пятницу?»: the room asked about, as
    # written (bot.core.language.asked_rooms), and whether its free time is asked (`room_free`)
    room: str | None = None
    room_free: bool = False
    # «что в пятницу 17?» when the 17th is a Thursday: the written weekday's day in the same
    # week as the numbered day (`start`), the other reading the reply offers; None when the
    # weekday and the number agree or no weekday contradicts a number
    weekday_rival: date | None = None
    # «была ли лекция 9 декабря?» a week before: a past-tense yes/no question about a date
    # still ahead in the coming weeks reads that coming date, and the reply says plainly
    # that it has not come yet (chat49)
    not_yet: bool = False
    # «что у музея в декабре?»: the lower-case words after «у» that may name an organiser
    # (the planner filters by them only when they name one: «у шестиклассников» names none);
    # `ours`: «что у нас …?», which from a partner means its own events (chat51)
    holder: str | None = None
    ours: bool = False


@dataclass(frozen=True, slots=True)
class OtherIntent:
    """A message read as neither an event nor a question about the plan: its text."""

    text: str


Intent = EventIntent | QueryIntent | OtherIntent


@dataclass(frozen=True, slots=True)
class Organisation:
    """The school or a partner, by id; `name` as written (names are unique case-folded)."""

    id: int
    name: str
    kind: OrgKind


@dataclass(frozen=True, slots=True)
class Person:
    """Someone the bot knows by VK id: their role, name, organisation (None: a student, or a curator
    without one yet) and class (a student's, or the class a teacher leads)."""

    id: int
    vk_id: int
    role: Role
    name: str = ""
    organisation_id: int | None = None
    class_name: str | None = None  # for students, e.g. "9Б"; a teacher's: the class they lead
    # a teacher's `class_name` as a curator confirmed it (bot.core.features.class_teachers);
    # not stored with the person: the planner reads it for the person writing
    class_confirmed: bool = False


@dataclass(frozen=True, slots=True)
class EventDetails:
    """What a pasted announcement adds to a stored event (all optional).

    `description` is the message as written (ICS DESCRIPTION, the export's «Описание»);
    `deadline` is the last day to register or apply, a day of the school's local calendar,
    inclusive; `ages` is the audience's age range in years, inclusive (an open upper bound is
    99); `online_url` is the link of an online event. `text_zone` is the IANA time zone
    the description's clock times were read in — the zone of the community where it was
    written, which differs from the storing school's for an event sent to several schools
    (None: no description, or stored before migration 0027).
    """

    description: str | None = None
    deadline: date | None = None
    ages: tuple[int, int] | None = None
    online_url: str | None = None
    text_zone: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A stored event. `start`/`end` are aware instants and the interval is half-open.

    For an all-day event they are the local midnights around its days. `end_given` tells
    whether the end came from the organiser or is the assumed DEFAULT_DURATION.
    """

    id: int
    title: str
    organisation_id: int
    start: datetime
    end: datetime
    all_day: bool = False
    end_given: bool = True
    venue: str | None = None
    audience: Audience = field(default_factory=Audience)
    status: EventStatus = EventStatus.CONFIRMED
    created_by: int | None = None
    series_id: int | None = None
    capacity: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 1  # bumped by every stored change; a write of an older version conflicts
    details: EventDetails = field(default_factory=EventDetails)
    # When the event got its current start: stored, moved, or restored after a cancel (UTC
    # instant on the bot's clock, migration 0026); None when not recorded. Reminders that fell
    # due before it are never caught up (bot.core.reminders.reminder_plan).
    timed_at: datetime | None = None
    # The curator's agreement (migration 0031; walk t, #16): when the event was agreed (UTC
    # instant on the bot's clock) and by whom (Person.id; None: not recorded). None
    # `agreed_at`: it waits for the curator (bot.core.permissions.agreed_when_added,
    # needs_agreeing_again).
    agreed_at: datetime | None = None
    agreed_by: int | None = None

    @property
    def duration(self) -> timedelta:
        """end − start (aware instants: a DST change counts in real time)."""
        return self.end - self.start

    @property
    def agreed(self) -> bool:
        """Whether the curator agreed the event as it is now (its time and place)."""
        return self.agreed_at is not None


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event about to be stored (no id yet); same conventions as Event."""

    title: str
    organisation_id: int
    start: datetime
    end: datetime
    all_day: bool = False
    end_given: bool = True
    venue: str | None = None
    audience: Audience = field(default_factory=Audience)
    status: EventStatus = EventStatus.CONFIRMED
    created_by: int | None = None
    series_id: int | None = None
    capacity: int | None = None
    details: EventDetails = field(default_factory=EventDetails)
    agreed_at: datetime | None = None  # as Event.agreed_at: None, waiting for the curator
    agreed_by: int | None = None


class ClashReason(enum.StrEnum):
    """Why two events clash: the same classes at once (audience), the same place at once (venue), or
    the same event twice (duplicate)."""

    AUDIENCE = "audience"
    VENUE = "venue"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class Clash:
    """A stored event that collides with a new or moved one, and why."""

    other: Event
    reasons: frozenset[ClashReason]


@dataclass(frozen=True, slots=True)
class Slot:
    """A proposed free interval (aware, half-open)."""

    start: datetime
    end: datetime


class CalendarWarningKind(enum.StrEnum):
    """Why the school calendar objects to an event (not a clash between two events)."""

    DAY_OFF = "day_off"  # a public holiday or a transferred day off (the `holidays` package)
    VACATION = "vacation"  # школьные каникулы
    LESSONS = "lessons"  # the audience has lessons then


@dataclass(frozen=True, slots=True)
class CalendarWarning:
    """An event on a day off, in a vacation, or during its audience's lessons.

    `first`/`last` are the local days concerned (inclusive); `reason` is the holiday's name
    for DAY_OFF and the vacation's season ("autumn", "winter", "spring", "summer",
    "february" or "" when unnamed) for VACATION; `grades` are the grades having lessons
    (LESSONS) or the grades a vacation is for (empty: all); `lessons_end` is when those
    lessons end (local wall-clock time); `assumed` is True when that end is the usual one
    because the school has not given its lesson hours (school_calendar.TYPICAL_LESSONS_END),
    or, `bell_lesson` > 0, the end of that lesson by the school's bell schedule (its grades'
    usual last lesson: school_calendar.SchoolCalendar.bells_end, files72);
    `moved_from` is, for a DAY_OFF moved by the transfer decree, the day whose day off it is
    (the package's «Выходной (перенесено с 04.01.2026)»), so replies can say it as a person
    would («выходной день (перенесён с 4 января)»).
    """

    kind: CalendarWarningKind
    first: date
    last: date
    reason: str = ""
    grades: tuple[int, ...] = ()
    lessons_end: time | None = None
    assumed: bool = False
    moved_from: date | None = None
    bell_lesson: int = 0
