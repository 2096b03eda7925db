"""Typed answers to the doubt `span_cut` in its buttons' own words («В объявлении указаны
дни с 15 по 17 декабря, а я записал каждый день в 13:00. Как правильно?» [Все дни: 15–17
декабря] [Каждый день в 13:00]): «все дни», «все три дня» — and «весь день» under a daily
series — mean the whole span all day; «каждый день», «ежедневно» keep the daily series the
draft has. Before, each was «Не понял дату» (attack 2026-12-03ac, #3). Round 26 (span26):
a day named by its place in the span («только первый», «последний день»), the span's days
without a month («15-17», «с 15 по 17»: `monthless_span`), and a bound on a daily series
(drafts.MAX_DAILY_SPAN_DAYS, `series_too_long`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.core import drafts
from bot.core.language.commands import CommandKind, parse_command
from bot.core.models import EventDraft, Recurrence

# «все дни», «все три дня», «все 3 дня», «во все дни»
_ALL_DAYS = re.compile(r"(?<![а-яё])все\s+(?:\S+\s+)?дн[еяи]", re.IGNORECASE)
# «каждый день», «ежедневно», «все дни в 13:00» is a span typed back, read as dates
_EVERY_DAY = re.compile(r"(?<![а-яё])(?:каждый\s+день|ежедневно)(?![а-яё])", re.IGNORECASE)
# «только первый», «в первый день», «второй день», «только последний»: a day of the span by
# its place; the whole answer is that (a hurried «нет, только первый» too)
_PLACES = {"перв": 0, "втор": 1, "трет": 2, "четв": 3, "пят": 4}
_BY_PLACE = re.compile(
    r"(?:(?:нет|да)[\s,]+)?(?:только\s+)?(?:в\s+|на\s+)?(?:самый\s+)?"
    r"(перв|втор|трет|четв[её]рт|пят|последн)ь?(?:ый|ий|ой|ого|его|ом|ем|ая|яя|ое|ее)"
    r"(?:\s+(?:день|дня))?"
    r"(?:\s+только)?",
    re.IGNORECASE,
)
# a clock in an answer by place («только первый день в 15:00», «в 15 последний»): cut before
# the place is read, then the clock is read as usual (answers._span_answer)
_CLOCK = re.compile(
    r"(?<![\d.:])(?:в|к|на|с)\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:час[а-я]*|ч\.?))?(?![\d.:])"
    r"|(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d.:])",
    re.IGNORECASE,
)
# «15-17», «15–17», «с 15 по 17», «с 15-го по 17-е», «15-17 числа»: the days without a month
_DAYS_ONLY = re.compile(
    r"(?:(?:нет|да)[\s,]+)?(?:только\s+)?(?:с\s+)?(\d{1,2})(?:-?(?:го|е|ое))?\s*"
    r"(?:[-–—]|по|до)\s*(\d{1,2})(?:-?(?:го|е|ое))?(?:\s+(?:числа|число))?",
    re.IGNORECASE,
)

MAX_DAILY_SPAN_DAYS = drafts.MAX_DAILY_SPAN_DAYS


def span_word_answer(draft: EventDraft, text: str) -> EventDraft | None:
    """`draft` as the words of `text` answer its `span_cut` doubt: the whole span
    (`draft.span`, school-local dates) as one all-day event, the daily series it has, or one
    day of the span named by its place («только первый», «последний день»: that day at the
    draft's clock, without the daily repetition), the date doubts settled either way; None
    when the draft has no such doubt or `text` says none of these (then it is read as a day
    as usual)."""
    if "span_cut" not in draft.doubts or draft.span is None or draft.start is None:
        return None
    first, last = draft.span
    command = parse_command(text)
    # «весь день» under «каждый день в 13:00» is every day all day; under «только 28 марта»
    # it may be that one day all day, so it is read as usual there
    all_day = command is not None and command.kind is CommandKind.ALL_DAY
    if _ALL_DAYS.search(text) or (all_day and draft.recurrence is not None):
        moved = drafts.with_day(replace(draft, recurrence=None), first)
        return replace(drafts.whole_day(moved), end=datetime.combine(last, time()))
    if _EVERY_DAY.search(text) and draft.recurrence is not None:
        return drafts.with_day(draft, draft.start.date())
    day = _day_by_place(text, first, last)
    if day is not None:
        return drafts.with_day(replace(draft, recurrence=None), day)
    chosen = chosen_days(text, first, last)
    if chosen is not None:
        return _on_days(draft, chosen)
    return None


# the days of the span typed as an answer (round 27, conv27; attack 2026-12-03ae, #7):
# «16 и 17», «16, 17», «кроме 16», «все, кроме 16», «нет, только 16», «16-18», «первый и
# последний», «кроме первого»; an opener, then days joined by commas and «и»
_CHOSEN_OPENER = re.compile(
    r"^(?:(?:нет|да|ок)[\s,]+)?(?:(?P<only>только)\s+"
    r"|(?:(?:во\s+)?все(?:\s+дни)?[\s,]+)?(?P<but>кроме|без|за\s+исключением)\s+)?",
    re.IGNORECASE,
)
_FILLER = re.compile(r"(?<![а-я])(?:день|дня|дни|дням|числа|число|числам|го|е|ое)(?![а-я])")
_CHOSEN_SEPARATOR = re.compile(r"\s*(?:,|(?<![а-я])и(?![а-я]))\s*")
_NUMBER = re.compile(r"(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?")
_ORDINAL = re.compile(
    # masculine, as «день» is: «первое» is «первое число», the 1st of a month (span26)
    r"(?:(?:в|на)\s+)?(перв|втор|трет|четв[её]рт|пят|последн)ь?(?:ый|ий|ой|ого|его|ом|ем|ому|ему)",
    re.IGNORECASE,
)
_BUTTONS = 2  # the span question offers two buttons: a lone «1» or «2» is a button's number


def chosen_days(text: str, first: date, last: date) -> list[date] | None:
    """The days of the span `first`–`last` (school-local, inclusive) `text` chooses: a list
    of days of the month («16 и 17», «нет, только 16»), days by their place in the span
    («первый и последний»), a sub-range («16-18»: its end may lie up to
    MAX_DAILY_SPAN_DAYS days past the span — the partner's own range — when one end is a
    day of the span), or the span without some days («кроме 16», «все, кроме первого»).
    Sorted, each once; None when `text` is anything else, a number names no day (a lone
    «1» or «2» is a button's number), or no day is left. A range without a month
    («15-17») is `monthless_span`'s; a clock («в 15») is never a day here."""
    bare = _bare(text)
    if _CLOCK.search(bare):
        return None
    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    pair = _DAYS_ONLY.fullmatch(bare)
    if pair is not None and all(_in_span(int(n), span) for n in pair.groups()):
        return None  # monthless_span's
    opener = _CHOSEN_OPENER.match(bare)
    assert opener is not None  # every group is optional
    rest = _FILLER.sub(" ", bare[opener.end() :].replace("-го", " ").replace("-е", " "))
    parts = [p.strip() for p in _CHOSEN_SEPARATOR.split(rest.strip())]
    if not parts or not all(parts):
        return None
    named: set[date] = set()
    for part in parts:
        found = _part_days(part, span)
        if found is None:
            return None
        named |= found
    if opener.group("but"):
        left = sorted(set(span) - named)
        return left or None
    lone = len(parts) == 1 and not opener.group("only") and parts[0].isdigit()
    if lone and int(parts[0]) <= _BUTTONS:
        return None
    return sorted(named) or None


def _part_days(part: str, span: list[date]) -> set[date] | None:
    """The days one part of a chosen-days answer names within `span`: «16», «16-18», «первый»,
    «последний»; None when it is none of these or names no day of the span."""
    ordinal = _ORDINAL.fullmatch(part)
    if ordinal is not None:
        stem = ordinal.group(1).lower().replace("ё", "е")
        if stem == "последн":
            return {span[-1]}
        place = next(p for s, p in _PLACES.items() if stem.startswith(s))
        return {span[place]} if place < len(span) else None
    number = _NUMBER.fullmatch(part)
    if number is None:
        return None
    if number.group(2) is None:
        day = _in_span(int(number.group(1)), span)
        return {day} if day is not None else None
    a, b = (int(number.group(1)), int(number.group(2)))
    inside_a, inside_b = _in_span(a, span), _in_span(b, span)
    if inside_a is None and inside_b is None:
        return None
    start = inside_a or _near_span(a, span)
    end = inside_b or _near_span(b, span)
    if start is None or end is None or end <= start:
        return None
    return {start + timedelta(days=i) for i in range((end - start).days + 1)}


def _in_span(number: int, span: list[date]) -> date | None:
    same = [d for d in span if d.day == number]
    return same[0] if len(same) == 1 else None


def _near_span(number: int, span: list[date]) -> date | None:
    """The day of the month `number` nearest the span (before or after it, at most
    MAX_DAILY_SPAN_DAYS days away): «16-18» over 15–17 December is 16–18 December."""
    first, last = span[0], span[-1]
    candidates = []
    for anchor in (first - timedelta(days=28), first, last, last + timedelta(days=28)):
        try:
            candidates.append(date(anchor.year, anchor.month, number))
        except ValueError:
            continue
    near = [
        d
        for d in candidates
        if (first - d).days <= MAX_DAILY_SPAN_DAYS and (d - last).days <= MAX_DAILY_SPAN_DAYS
    ]
    return min(near, key=lambda d: max((first - d).days, (d - last).days), default=None)


def _on_days(draft: EventDraft, days: list[date]) -> EventDraft:
    """`draft` held on `days` (sorted, school-local) at its clock: one day alone, or a daily
    series from the first to the last of them without the days between that were left out
    (Recurrence.except_dates), as «без 16 декабря» on a series' card leaves them."""
    base = drafts.with_day(replace(draft, recurrence=None), days[0])
    if len(days) == 1:
        return base
    every = {days[0] + timedelta(days=i) for i in range((days[-1] - days[0]).days + 1)}
    skipped = frozenset(every - set(days))
    return replace(base, recurrence=Recurrence(freq="daily", until=days[-1], except_dates=skipped))


def place_with_clock(draft: EventDraft, text: str) -> date | None:
    """The day of `draft.span` (school-local) that `text` names by its place beside a clock
    («только первый день в 15:00», «в 15:00 последний»); None under no `span_cut` doubt or
    when `text` without its clock is no such name. The clock itself is read by the caller."""
    if "span_cut" not in draft.doubts or draft.span is None or not _CLOCK.search(text):
        return None
    return _day_by_place(_CLOCK.sub(" ", _bare(text)), *draft.span)


def in_span_words(draft: EventDraft, text: str) -> bool:
    """Whether `text` answers `draft`'s `span_cut` question in its own words («все дни»,
    «только первый день в 15:00», «15-17»), so it is read as that answer even where it could
    pass for a message of its own (a day and a clock: understanding.draft_answers.draft_answer)."""
    return (
        span_word_answer(draft, text) is not None
        or monthless_span(draft, text) is not None
        or place_with_clock(draft, text) is not None
    )


def _day_by_place(text: str, first: date, last: date) -> date | None:
    """The day of the span `first`–`last` that `text` names by its place («первый», «второй
    день», «последний»; not «первое число», the 1st of a month); None when the whole text
    is not such a name or the span is shorter."""
    match = _BY_PLACE.fullmatch(_bare(text))
    if match is None:
        return None
    stem = match.group(1).lower()
    if stem == "последн":
        return last
    place = next(p for s, p in _PLACES.items() if stem.startswith(s))
    day = first + timedelta(days=place)
    return day if day <= last else None


def monthless_span(draft: EventDraft, text: str) -> str | None:
    """The answer `text` («15-17», «с 15 по 17», «16–17 числа») to the `span_cut` question
    written again with the month and year of the span the question named, as «с 15.12.2026
    по 17.12.2026» — the question's own example is «15–17 декабря», and a hurried partner
    leaves the month out. Each number is the day of that number within `draft.span`
    (school-local dates; a span across two months maps «28-3» to 28 December and 3
    January); None when the doubt is not asked, the text is not such a pair, or a number is
    no day of the span."""
    if "span_cut" not in draft.doubts or draft.span is None:
        return None
    match = _DAYS_ONLY.fullmatch(_bare(text))
    if match is None:
        return None
    first, last = draft.span
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    found = []
    for number in (int(match.group(1)), int(match.group(2))):
        same = [d for d in days if d.day == number]
        if len(same) != 1:
            return None
        found.append(same[0])
    a, b = found
    if b <= a:
        return None
    return f"с {a.strftime('%d.%m.%Y')} по {b.strftime('%d.%m.%Y')}"


def series_too_long(asked: EventDraft, answered: EventDraft) -> bool:
    """Whether `answered`, the draft `asked` under the doubt `span_cut` became, is a daily
    series of more than MAX_DAILY_SPAN_DAYS days («С 1 по 30 января …» answered «каждый
    день» or «1–30 января»: 30 meetings; attack 2026-12-03ac, #4). A span that long is an
    exhibition, a stage or a school term, not a meeting every day: a month of identical
    events would fill the plan, the curators' notices and the clash checks with copies, and
    the one meeting the post dates (a judges' meeting) is a single day anyway. Two weeks is
    the bound the chat already uses for a run of event days typed as an answer
    (answers.MAX_ANSWERED_DAYS). Such an answer keeps the question open (ask_date says why);
    the whole span as one all-day event or one day are saved."""
    if "span_cut" not in asked.doubts or answered.start is None:
        return False
    recurrence = answered.recurrence
    if recurrence is None or recurrence.freq != "daily" or recurrence.until is None:
        return False
    return (recurrence.until - answered.start.date()).days + 1 > MAX_DAILY_SPAN_DAYS


def _bare(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split()).strip(" .!?,")
