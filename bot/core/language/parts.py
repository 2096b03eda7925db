"""What the temporal rules collect from a message, and the pattern atoms they share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from bot.core.language.numerals import CARDINAL_WORDS, cardinal_value
from bot.core.language.tokens import Scanner

H = r"(?:2[0-4]|[01]?\d)"


M = r"[0-5]\d"


D = r"(?:3[01]|[12]\d|0?[1-9])"


MM = r"(?:1[0-2]|0?[1-9])"


# a line opening with its clock («9:00 — квест», «14.30 лекция», «10-00 экскурсия»): a
# programme line of a plan, never a day line (plan_rows.py, month_rows.py)
CLOCK_LED = r"^\W*(?:[01]?\d|2[0-3])[:.\-][0-5]\d(?!\d)"


YY = r"(?:(?:19|20)\d\d|\d\d)"
# put right before a numeric day: no slashed pair in brackets right after a number is a date
# ("пр. Мира 14 (12/04)": the building's number in an address, no 12 April)
NOT_AN_ADDRESS_PAIR = r"(?!(?<=\d\s\()\d{1,2}/\d{1,2}\))(?!(?<=\d\()\d{1,2}/\d{1,2}\))"
# put right before a numeric day: no tail of a dotted code mixing letters and numbers is a date
# ("группы 2.ДО.9.1", "11.ПК.5.2": a group's or a specialty's code, 1–4 letters between dots)
NOT_A_CODE_TAIL = "".join(rf"(?<!\.[^\W\d_]{{{n}}}\.)" for n in range(1, 5))


YEAR = r"((?:19|20)\d\d)(?:\s*(?:г\.|года|году|год|г(?![а-я])))?"


NUM = rf"(?:\d+(?:[.,]\d+)?|{CARDINAL_WORDS}|полтора|полторы)"


PART = r"(утра|дня|вечера|ночи|пополудни)"


HOUR_WORD = rf"(?:{H}|{CARDINAL_WORDS})"


PART_OF_DAY_SPANS: dict[str, tuple[time, time | None]] = {
    "утром": (time(4), time(12)),
    "днем": (time(12), time(19)),
    "вечером": (time(18), None),
    "ночью": (time(0), time(4)),
    "в обед": (time(12), time(14)),
    "после обеда": (time(14), time(18)),
    "до обеда": (time(8), time(12)),
    "к вечеру": (time(18), None),  # "сделать к вечеру": by the evening, the evening itself
    "до вечера": (time(12), time(18)),  # the afternoon, as "до обеда" is the morning
    "до утра": (time(0), time(4)),  # "до утра": the night before the morning
}


@dataclass
class TimeMention:
    """A clock time as written, with the word before it ("в", "до", "после", …)."""

    at: time
    prefix: str = ""
    minute_given: bool = False
    pos: int = -1  # where in the text it was written (-1: unknown)
    day_end: bool = False  # written "24:00": the midnight closing the day, not opening it


@dataclass
class TemporalParts:
    """Everything temporal found in one message, before it is combined."""

    day_first: date | None = None
    day_last: date | None = None
    weekday: int | None = None
    weekday_mode: str = "plain"
    # a bare weekday that is a move's new day («перенесли на понедельник»): strictly after today
    weekday_ahead: bool = False
    times: list[TimeMention] | None = None
    end_time: time | None = None
    duration: timedelta | None = None
    all_day: bool = False
    recurrence: str | None = None
    until: date | None = None
    recur_from: date | None = None  # "по средам с 2 по 23 декабря": no occurrence before it
    recur_except: frozenset[int] = frozenset()  # "ежедневно кроме понедельника": Monday = 0
    # a weekly repeat's days when it lists several («по вторникам и четвергам»: {1, 3}; Monday
    # = 0); empty for one day, which `weekday` holds
    recur_weekdays: frozenset[int] = frozenset()
    until_exclusive: datetime | None = None
    period: tuple[date, date] | None = None
    period_grain: str = "day"
    bare_month: int | None = None  # the period is a month named without a year («в декабре»)
    period_exact: tuple[datetime, datetime] | None = None
    clip_to_today: bool = False
    instant: datetime | None = None
    instant_grain: str = "minute"
    part_of_day: str | None = None
    part_of_day_pos: int = -1  # where the part-of-day word was written (-1: unknown)
    part_of_day_tail: str = ""  # the text right after the part-of-day word (to its clock)
    part_of_day_end: int = -1  # where the part-of-day word ends (-1: unknown)
    week_from: bool = False
    week_offset: int | None = None
    day_prefix: str = ""
    date_grain: str = "day"
    doubts: set[str] = field(default_factory=set)
    midnight_word: bool = False  # "в полночь" was read as a clock: which night is unclear
    day_blocked: bool = False  # an impossible date was written: no other rule may guess one
    rolled_year: bool = False  # a date without a year that had passed went to next year
    final_end: time | None = None  # "завершится в 14.00": the end of the whole event
    end_day: date | None = None  # "с 10:00 5 марта до 18:00 7 марта": the end clock's day
    range_pos: int = -1  # where the time range that set `end_time` starts
    range_sentence: int = -1  # where the sentence of that range starts
    # the sentence of a weekly repeat ("По субботам в 12:00 — экскурсии"): where it starts and
    # ends in the normalised text, or None
    recur_sentence: tuple[int, int] | None = None
    range_labelled: bool = False  # that range follows a label of the event's time ("Время:")
    other_days: list[date] = field(default_factory=list)  # days named besides the first one
    # every day or range read, as (where it starts, where it ends, first day, last day)
    day_spans: list[tuple[int, int, date, date]] = field(default_factory=list)
    linked_days: bool = False  # "26 декабря и со 2 по 6 января": sessions, not rival dates
    # a night read as a span («в ночь на 20 декабря», «в ночь с 19 на 20 декабря»): its
    # evening and morning days; with a start clock it is one event, no daily series
    night: tuple[date, date] | None = None
    # «в ночь на субботу», «в ночь с пятницы на субботу»: the day read is the one the night
    # leads into, so an evening clock beside the phrase belongs to the day before it
    # (draft_assembly); the weekday after «на» (0 = Monday), where the phrase starts and
    # ends, and the text just before and after it (to find the clock beside it)
    night_into: bool = False
    night_weekday: int | None = None
    night_span: tuple[int, int] = (-1, -1)
    night_head: str = ""
    night_tail: str = ""
    weekday_rival: date | None = None  # "в среду, 17 декабря" on a Thursday: that week's Wednesday

    @property
    def has_day(self) -> bool:
        return self.day_first is not None or self.weekday is not None or self.day_blocked

    @property
    def start_time(self) -> TimeMention | None:
        """The first start time as written (earliest in the text), not an end time."""
        starts = [m for m in self.times or [] if m.prefix not in ("до", "окончание", "конец")]
        if not starts:
            return None
        begin = [m for m in starts if m.prefix == "начало"]
        if begin:
            return begin[0]  # "Регистрация с 13.00 до 14.00. Начало в 14.30"
        if all(m.pos >= 0 for m in starts):
            return min(starts, key=lambda m: m.pos)
        return starts[0]

    @property
    def found_anything(self) -> bool:
        return bool(
            self.has_day
            or self.times
            or self.all_day
            or self.period
            or self.period_exact
            or self.instant
            or self.part_of_day
            or self.until_exclusive
        )


Rule = Callable[[Scanner, TemporalParts, datetime], None]


def number(raw: str | None) -> float | None:
    if raw is None:
        return None
    raw = raw.strip()
    if raw in ("полтора", "полторы"):
        return 1.5
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        value = cardinal_value(raw)
        return float(value) if value is not None else None


def relative_shift(mode: str | None) -> int:
    """How many periods on a modifier moves: «следующей» 1, «прошлой» -1, «послеследующей»
    2, «позапрошлой» -2, «этой» (or none) 0."""
    if "".join(ch for ch in mode or "" if ch.isalpha()).startswith("послеследующ"):
        return 2
    if (mode or "").startswith("позапрошл"):
        return -2
    if is_next(mode or ""):
        return 1
    if is_last(mode or ""):
        return -1
    return 0


def is_next(mode: str) -> bool:
    return mode.startswith(("следующ", "будущ", "след", "сл.")) or mode == "сл"


def is_last(mode: str) -> bool:
    return mode.startswith(("прошл", "предыдущ", "пред."))
