"""Temporal rules for periods in questions: weeks, weekends, months, years, seasons."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH
from bot.core.language.parts import (
    NUM,
    YEAR,
    TemporalParts,
    is_last,
    is_next,
    number,
    relative_shift,
)
from bot.core.language.tokens import (
    Scanner,
)

_WEEK_FROM = re.compile(r"\b(?:на\s+)?недел[еюя]\s+(?:с|от|начиная\s+с)\s+(?=\d)")


_WEEK = re.compile(
    r"\b(?:(?:на|в|во|за)\s+)?(?:(эт\w*|следующ\w*|след(?:\.|(?![а-я]))|сл(?:\.|(?![а-я]))|будущ\w*|прошл\w*|пред\."
    r"|предыдущ\w*|ближайш\w*|после-?\s?следующ\w*|позапрошл\w*)\s*)?\b(?<!\w)недел[еяюи](?![а-я])"
)


_WEEKEND = re.compile(
    r"\b(?:(?:на|в|во|за)\s+)?(?:(эт\w*|следующ\w*|след(?:\.|(?![а-я]))|сл(?:\.|(?![а-я]))|ближайш\w*|будущ\w*|прошл\w*)"
    r"\s*)?\b(?<!\w)(?:выходн(?:ые|ых|ым)|вых(?:и|ах|ам))(?![а-я])"  # «выхи»: spoken «выходные»
)


_MONTH_REL = re.compile(
    r"\b(?:(?:в|на|за)\s+)?(эт\w*|следующ\w*|след(?:\.|(?![а-я]))|сл(?:\.|(?![а-я]))|будущ\w*|прошл\w*|предыдущ\w*"
    r"|ближайш\w*|текущ\w*|нынешн\w*)\s*\bмесяц\w*"  # «в текущем месяце»: this month
)


_YEAR_REL = re.compile(
    r"\b(?:(?:в|на|за)\s+)?(эт\w*|следующ\w*|будущ\w*|прошл\w*|текущ\w*|нынешн\w*)\s+год\w*"
)


_NEXT_N = re.compile(
    rf"\b(?:(?:на|в|за)\s+)?(следующие|ближайшие|последние|прошлые)\s+({NUM})\s+"
    r"(дн\w*|день|недел\w*|месяц\w*)"
)


_SEASON = re.compile(
    r"\b(?:(?:в|на)\s+)?(лет(?:о|ом)|весн(?:а|ой|у)|осен(?:ь|ью)|зим(?:а|ой|у))(?![а-я])"
)


_MONTH_ALONE = re.compile(rf"\b(?:(?:в|во|на|за)\s+)?({MONTH})(?:\s*,?\s*{YEAR})?")
# "июль - август 2023", "с мая по июнь": two months, the year (if any) after the second
_MONTH_SPAN = re.compile(
    rf"\b(?:(?:с|со)\s+)?({MONTH})\s*(?:-|–|—|\bпо\b)\s*({MONTH})(?:\s*,?\s*{YEAR})?(?!\s*\d)"
)


# «на неделю 14-20 декабря»: a bare week word before the days that name it is only their label
_WEEK_LABEL = re.compile(
    r"(?<![а-я])(?:на\s+|за\s+)?недел[юяе]\s+(?=\d{1,2}\s*(?:[-–—]|\.\d|\s+(?:янв|фев|мар|апр|ма[яй]"
    r"|июн|июл|авг|сен|окт|ноя|дек)))"
)
_WEEK_MODIFIER = re.compile(r"(?:эт|следующ|след|сл|будущ|прошл|пред|предыдущ|ближайш)\w*\.?\s*$")


def week_from_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """«неделя с 7 декабря»: the week from that day; «на неделю 14-20 декабря»: the days.
    Sets `parts.week_from`, so that the day read next opens a week-long `period`
    (day_parts.set_day). Example: «Неделя с 7 декабря» → the week 7–13 December."""
    for m in sc.find(_WEEK_FROM):
        parts.week_from = True
        sc.take_match(m)
    for m in sc.find(_WEEK_LABEL):
        if not _WEEK_MODIFIER.search(sc.text[: m.start()]):  # «на следующей неделе 15-го»
            sc.take_match(m)


def weeks_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A week named relative to today: «на этой неделе», «на следующей неделе», «на прошлой
    неделе», with «след.», «будущей», «ближайшей», «позапрошлой» and the like (a bare «на
    неделе»: this week). Sets `parts.period` to that week's Monday..Sunday (school-local
    dates), `period_grain` "week" and `clip_to_today` (the days already past are left out);
    a week read after a period is set is only taken out of the title. Example: «Что у нас на
    следующей неделе?» on Monday 7 December 2026 → (14 December, 20 December)."""
    today = now.date()
    for m in sc.find(_WEEK):
        if parts.period is None:
            shift = relative_shift(m.group(1))
            monday = cal.week_monday(today) + timedelta(weeks=shift)
            parts.period = (monday, monday + timedelta(days=6))
            parts.period_grain = "week"
            parts.clip_to_today = True
        sc.take_match(m)


# «на выходных 12-13 декабря», «в выходные 12 и 13»: the days that name the weekend meant
_WEEKEND_DAYS = re.compile(
    rf"\s*(\d{{1,2}})(?:-?го)?\s*(?:[-–—]|,|и(?![а-я]))\s*(\d{{1,2}})(?:-?го)?(?![\d:.])"
    rf"(\s*{MONTH})?"
)


def _weekend_days(sc: Scanner, m: re.Match[str], parts: TemporalParts, today: date) -> bool:
    """A weekend word followed by the two days that name it («на выходных 12-13 декабря», «в
    выходные 12 и 13»; newcomer walk 2026-12-02o, #8) is only their label: the word is
    taken and, with a month, the days are left to the date rules; with no month they are
    the days of this month, or of the next when they are past. False when no days follow
    (or the weekend word has a modifier: «на следующих выходных»)."""
    if m.group(1):
        return False
    days = _WEEKEND_DAYS.match(sc.text, m.end())
    if days is None:
        return False
    first, last = int(days.group(1)), int(days.group(2))
    if days.group(3):
        sc.take_match(m)
        return True
    if not 1 <= first <= 31 or not 1 <= last <= 31 or not 0 < (last - first) % 31 <= 3:
        return False
    month = today.replace(day=1)
    for _ in range(2):
        start = cal.safe_date(month.year, month.month, first)
        if start is not None and start >= today:
            end = start + timedelta(days=(last - first) % 31)
            parts.period = (start, end)
            parts.period_grain = "day"
            sc.take(m.start(), days.end())
            return True
        month = cal.add_months(month, 1)
    return False


def weekends_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A weekend named relative to today: «в эти выходные», «на следующих выходных», «на прошлых
    выходных», spoken «на выхах». Sets `parts.period` to that Saturday..Sunday, `period_grain`
    "weekend" and `clip_to_today`; a weekend word followed by the two days it means («на
    выходных 12-13 декабря», «в выходные 12 и 13») is only their label (`_weekend_days`).
    Example: «Что будет в эти выходные?» on Monday 7 December 2026 → (12 December, 13 December)."""
    today = now.date()
    for m in sc.find(_WEEKEND):
        if _weekend_days(sc, m, parts, today):
            continue
        if parts.period is None:
            saturday = cal.week_monday(today) + timedelta(days=5)
            mode = m.group(1) or ""
            if is_next(mode):
                saturday += timedelta(weeks=1)
            elif is_last(mode):
                saturday -= timedelta(weeks=1)
            parts.period = (saturday, saturday + timedelta(days=1))
            parts.period_grain = "weekend"
            parts.clip_to_today = True
        sc.take_match(m)


def month_rel_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A month named relative to today: «в этом месяце», «в следующем месяце», «за прошлый месяц»,
    «в текущем месяце». Sets `parts.period` to that calendar month's first..last day,
    `period_grain` "month" and `clip_to_today`. Example: «план на следующий месяц» on 7 December
    2026 → (1 January 2027, 31 January 2027)."""
    today = now.date()
    for m in sc.find(_MONTH_REL):
        if parts.period is None:
            first = cal.add_months(today.replace(day=1), relative_shift(m.group(1)))
            parts.period = (first, cal.month_end(first))
            parts.period_grain = "month"
            parts.clip_to_today = True
        sc.take_match(m)


_YEAR_ALONE = re.compile(
    r"\b(?:в|на|за)\s+((?:19|20)\d\d)\s*(?:году|год|г\.|г\b)|^\s*((?:19|20)\d\d)\s*(?:г\.?|год)?\s*$"
)


def year_rel_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в следующем году", "в 2027 году": the whole year.
    Sets `parts.period` (1 January..31 December) and `period_grain` "year" (and `clip_to_today`
    for a year named relative to today). Example: «в следующем году» on 7 December 2026 → (1
    January 2027, 31 December 2027)."""
    for m in sc.find(_YEAR_ALONE):
        if parts.period is None:
            year = int(m.group(1) or m.group(2))
            parts.period = (date(year, 1, 1), date(year, 12, 31))
            parts.period_grain = "year"
        sc.take_match(m)
    for m in sc.find(_YEAR_REL):
        if parts.period is None:
            year = now.year + relative_shift(m.group(1))
            parts.period = (date(year, 1, 1), date(year, 12, 31))
            parts.period_grain = "year"
            parts.clip_to_today = True
        sc.take_match(m)


def next_n_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A count of days, weeks or months ahead or back: «в ближайшие 3 дня», «на следующие две
    недели», «за последние 2 месяца». Sets `parts.period` — days from tomorrow (or the days
    before today), whole weeks from next Monday (or before this one), whole months from the
    next month's first (or before this one) — and `period_grain` "day", "week" or "month";
    left alone when a period is set already. Example: «что в ближайшие 3 дня» on 7 December
    2026 → (8 December, 10 December)."""
    today = now.date()
    for m in sc.find(_NEXT_N):
        count = number(m.group(2))
        if count is None or parts.period is not None:
            continue
        count_i = max(1, int(count))
        backwards = m.group(1) in ("последние", "прошлые")
        unit = m.group(3)
        if unit.startswith(("дн", "день")):
            first = today - timedelta(days=count_i) if backwards else today + timedelta(days=1)
            parts.period = (first, first + timedelta(days=count_i - 1))
            parts.period_grain = "day"
        elif unit.startswith("недел"):
            monday = cal.week_monday(today) + timedelta(weeks=-count_i if backwards else 1)
            parts.period = (monday, monday + timedelta(weeks=count_i) - timedelta(days=1))
            parts.period_grain = "week"
        else:
            first = cal.add_months(today.replace(day=1), -count_i if backwards else 1)
            last = cal.add_months(first, count_i) - timedelta(days=1)
            parts.period = (first, last)
            parts.period_grain = "month"
        sc.take_match(m)


def seasons_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A season: «летом», «весной», «осенью», «зимой», «этим летом». Sets `parts.period` to the
    season's months (`_season_span`: the one under way, else the next; winter December to
    February) and `period_grain` "season". Example: «весной будет турнир» on 7 December 2026 →
    (1 March 2027, 31 May 2027)."""
    for m in sc.find(_SEASON):
        if parts.period is None:
            parts.period = _season_span(m.group(1), now.date())
            parts.period_grain = "season"
        sc.take_match(m)


def _season_span(word: str, today: date) -> tuple[date, date]:
    first_month = {"лет": 6, "вес": 3, "осе": 9, "зим": 12}[word[:3]]
    year = today.year
    if first_month == 12 and today.month <= 2:
        year -= 1
    first = date(year, first_month, 1)
    last = cal.add_months(first, 3) - timedelta(days=1)
    if last < today:
        first, last = date(year + 1, first_month, 1), date(year + 1, last.month, last.day)
    return first, last


def months_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A month by name, alone or as a span of months, with an optional year: «в апреле», «в январе
    2027», «с марта по май», «июль - август 2027». Sets `parts.period` to the first..last day of
    the month(s) — the named month next on or after this one when no year is written — and
    `period_grain` "month"; a month alone without a year also sets `bare_month` (its number).
    Left alone when a day or a period is read already, or an impossible date was written
    (`day_blocked`). Example: «Экскурсия в апреле» on 7 December 2026 → (1 April 2027,
    30 April 2027), bare_month 4."""
    today = now.date()
    for m in sc.find(_MONTH_SPAN):
        first_month, last_month = cal.month_number(m.group(1)), cal.month_number(m.group(2))
        if first_month is None or last_month is None or first_month == last_month:
            continue
        if parts.period is None and parts.day_first is None and not parts.day_blocked:
            if m.group(3):
                year = int(m.group(3))
                first = date(year - (first_month > last_month), first_month, 1)
            else:
                first = cal.next_month_named(first_month, today)
            last = date(first.year + (last_month < first_month), last_month, 1)
            parts.period = (first, cal.month_end(last))
            parts.period_grain = "month"
        sc.take_match(m)
    for m in sc.find(_MONTH_ALONE):
        month = cal.month_number(m.group(1))
        if month is None:
            continue
        if parts.period is None and parts.day_first is None and not parts.day_blocked:
            first = (  # a weekday may come with it: "в апреле в среду" (when.py picks the day)
                date(int(m.group(2)), month, 1)
                if m.group(2)
                else cal.next_month_named(month, today)
            )
            parts.period = (first, cal.month_end(first))
            parts.period_grain = "month"
            parts.bare_month = None if m.group(2) else month
        sc.take_match(m)
