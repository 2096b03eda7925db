"""Stages and spans of a long post's event: which days it runs and which of them are its parts.

The span holding a day (span_holding: "с 10 по 14 марта"), a headline's span, a contest's
window for works, a labelled last day ("Окончание: 20 мая"), a span restated later, a final
after the span, a later stage told alone, the closings and awards inside a span; add_stage
records a stage's day on PostFacts. Offsets are characters into the post; days are
`datetime.date`. Moved from post.py (split69), the code unchanged."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core.language.lowered import finditer_span
from bot.core.language.post_clocks import CLOSING, FORMALITY
from bot.core.language.post_cues import later_stage_of
from bot.core.language.post_dates import DATE_ANY, first_day_of, span_of, within_span
from bot.core.language.post_facts import PostFacts
from bot.core.language.post_other_events import FORMALITY_REACH, names_part_of
from bot.core.language.post_scoring import CUE_SCORE, MAX_RIVALS
from bot.core.language.prefilter import may_match
from bot.core.language.title_words import KIND, kind_key

# the works of a contest taken in a window: "Приём (конкурсных) работ с …", "Работы
# принимаются с …", "Приём работ — с …"; the window is the contest's own period. The works
# may be named by their kind: «Рисунки принимаются с …», «приём сочинений с …», «сбор
# поделок с …», «Видеоролики принимаются с …»
_WORKS = (
    r"(?:работ|рисунк(?:и|ов)|подел(?:ки|ок)|сочинени(?:я|й)|фотографи(?:и|й)"
    r"|видеоролик(?:и|ов)|эссе)"
)
_WORKS_TAKEN = re.compile(
    rf"(?:(?:при[её]м\w*|сбор\w*|подач\w*)\s+(?:[а-яё]+\s+)?{_WORKS}(?![а-яё])"
    rf"|(?<![а-яё])(?:работ[ыа]?|{_WORKS})\s+(?:[а-яё]+\s+)?(?:принима\w*|собира\w*))"
    r"[^.!?\n\d]{0,20}?[\s:—–-](?:с|со)\s*$"
)


# a span opening the post: "С 10 января 2025 г. по" before its last day; a dash after it
_HEADLINE_OPENING = re.compile(r"\s*(?:с|со)?\s*")
_HEADLINE_DASH = re.compile(r"\s*(?:г\.|года)?\s*[—–-]\s*")


_SESSION_DAYS = 7  # a span whose every day later sentences date: a week at most


def span_holding(
    text: str,
    candidates: list[tuple[int, int, int, list[re.Match[str]]]],
    best: tuple[int, int, int, list[re.Match[str]]],
    now: datetime,
) -> tuple[int, int, int, list[re.Match[str]]] | None:
    """The earlier sentence whose span of days holds the pick's single day ("Юные шахматисты
    с 20 по 22 июля поборются … 21 июля в 10:00 … состоится чемпионат"): the pick is one of
    the span's sessions and the span, said first, is the event — when later sentences give
    a session on each of its days (a span of a week at most). None when no earlier sentence
    (and none set aside as background) gives such a span."""
    first, last = span_of(text, best[3], now)
    if first is None or (last is not None and last != first):
        return None
    for c in candidates:
        if c[1] >= best[1] or c[0] < 0:
            continue
        span_first, span_last = span_of(text, c[3], now)
        if not (spans_days(span_first, span_last) and within_span(first, span_first, span_last)):
            continue
        days = {first_day_of(o[3][0].group(0), now) for o in candidates if o[1] > c[1]}
        every = (span_last - span_first).days + 1  # type: ignore[operator]
        if every <= _SESSION_DAYS and all(
            span_first + timedelta(days=k) in days  # type: ignore[operator]
            for k in range(every)
        ):  # a session on each of its days
            return c
    return None


def headline_span(
    text: str, kept: list[re.Match[str]], begin: int, end: int, now: datetime
) -> bool:
    """Whether the post opens with its event's span as a headline: a span of days, a dash and
    a line naming a kind of event ("С 10 января 2025 г. по 28 февраля 2025 г. — книжная
    выставка «Книги-юбиляры 2025»"), which announces the event as a verb would."""
    if not _HEADLINE_OPENING.fullmatch(text, 0, kept[0].start()):
        return False
    first, last = span_of(text, kept, now)
    if not spans_days(first, last):
        return False
    joined = len(kept) > 1 and _WINDOW_JOIN.fullmatch(text, kept[0].end(), kept[1].start())
    tail = kept[1] if joined else kept[0]  # "С 10 января 2025 г. по [28 февраля 2025 г.]"
    dash = _HEADLINE_DASH.match(text, tail.end())
    if dash is None:
        return False
    line_end = text.find("\n", dash.end())
    return KIND.search(text, dash.end(), line_end if line_end >= 0 else end) is not None


# what joins a window's first day to its last: "15 сентября [2025 г.] по 15 октября"
_WINDOW_JOIN = re.compile(r"\s*(?:г\.|года|году)?\s*(?:-|–|—|по|до)\s*")


def works_window(text: str, m: re.Match[str], begin: int, now: datetime) -> bool:
    """Whether the date phrase `m` (of the sentence opening at `begin`) is a span of days in
    which a contest's works are taken ("Приём работ с 1 по 25 февраля 2025 года", "Работы
    принимаются с 15 января по 28 февраля"): the contest's period, read as the event's
    span (all-day). A single day ("принимаются до 15 ноября") stays a deadline."""
    window = (max(begin, m.start() - 70), m.start())
    if not may_match(_WORKS_TAKEN, text, *window) or _WORKS_TAKEN.search(text, *window) is None:
        previous = None  # the window's last day: "… с 15 сентября по [15 октября]"
        for found in DATE_ANY.finditer(text, max(begin, m.start() - 60), m.start()):
            previous = found
        return (
            previous is not None
            and _WINDOW_JOIN.fullmatch(text, previous.end(), m.start()) is not None
            and works_window(text, previous, begin, now)
        )
    following = DATE_ANY.search(text, m.end(), m.end() + 60)
    joined = following is not None and _WINDOW_JOIN.fullmatch(text, m.end(), following.start())
    first, last = span_of(text, [m, following] if joined and following else [m], now)
    return spans_days(first, last)


def add_stage(facts: PostFacts, day: date, last: date | None, now: datetime) -> None:
    """Record a later stage of the event (its first day `day`, its last `last` or None: one
    day) among `facts.later_stages`, unless it lies before today or MAX_RIVALS are kept."""
    if day >= now.date() and len(facts.later_stages) < MAX_RIVALS:
        facts.later_stages.append((day, last if last is not None and last > day else None))


# the end's label opening a sentence ("Заканчивается: 1 марта 2026 в 14:00", "Окончание:
# 3 марта в 18:00"): an event page prints the end's moment right after the start's
_END_LABEL = re.compile(r"[\s.;,]*(?:заканчивается|завершается|окончание|завершение|конец)\s*:")


def labelled_end(text: str, event_end: int, begin: int) -> bool:
    """Whether the sentence starting at `begin` comes right after the event's sentence
    (ending at `event_end`) and opens with the end's label: its day and clock are the event's
    end (dated_clock_spans reads the pair), never another date's to take."""
    return not text[event_end:begin].strip(" \t\n.;,") and bool(_END_LABEL.match(text, begin))


def closings_within_spans(
    text: str, candidates: list[tuple[int, int, int, list[re.Match[str]]]], now: datetime
) -> list[tuple[int, int, int, list[re.Match[str]]]]:
    """The candidates, with a sentence about the closing or the awards whose day lies within
    a span of days another announcing sentence gives ("Слёт пройдёт с 10 по 12 сентября" …
    "закрытие слёта состоится 12 сентября", "Отъезд в 7.30") scored just below that span's
    sentence: the closing is a part of the event, whose own dates are the span. So is a
    sentence naming the span's kind as a part of it (names_part_of) up to _FINAL_REACH
    days after, and one opening with a formality ("Заседание судейской коллегии и жеребьёвка
    состоится 20 января") up to FORMALITY_REACH days before the span."""
    spans = []
    for score, begin, end, kept in candidates:
        if score >= CUE_SCORE:
            first, last = span_of(text, kept, now)
            if first is not None and last is not None and last > first:
                kinds = {kind_key(m.group(0)) for m in finditer_span(KIND, text, begin, end)}
                spans.append((score, first, last, kinds))
    if not spans:
        return candidates
    out = []
    for score, begin, end, kept in candidates:
        first_day, last_day = span_of(text, kept, now)
        day = first_day_of(kept[0].group(0), now)
        if day is not None and first_day == last_day:
            closing = CLOSING.search(text, begin, end) is not None
            formality = FORMALITY.match(text, begin) is not None  # "Жеребьёвка состоится"
            within = [
                s
                for s, first, last, kinds in spans
                if (closing and first < day <= last)
                or (formality and first - timedelta(days=FORMALITY_REACH) <= day < first)
                or (
                    first < day <= last + timedelta(days=_FINAL_REACH)  # the first day's
                    # opening with its clock stays the start ("открытие слёта … 10 декабря в 11:00")
                    and names_part_of(text, begin, end, kinds)
                )
            ]
            if within:
                score = min(score, max(within) - 1)
        out.append((score, begin, end, kept))
    return out


def restated_span(
    text: str,
    candidates: list[tuple[int, int, int, list[re.Match[str]]]],
    best: tuple[int, int, int, list[re.Match[str]]],
    day: date,
    now: datetime,
) -> date | None:
    """The last day of a span another sentence opens on the event's day ("Акция стартует 27
    апреля." … "С 27 апреля по 9 мая волонтёры будут вручать ленты"): the event's own span,
    told again with its end. None when no sentence (not a past one) does."""
    for score, begin, _, kept in candidates:
        if begin == best[1] or score < 0:
            continue
        first, last = span_of(text, kept, now)
        if first == day and last is not None and last > day:
            return last
    return None


# the final or the decider of a contest ("состоится городской финал", "решится исход
# турнира", "решающие матчи"); "полуфинал" is a stage like the others
_FINAL = re.compile(
    r"(?<![а-я])(?:финал\w*|суперфинал\w*|исход\w*\s+(?:турнир|соревновани|чемпионат|борьб)\w*"
    r"|решающ\w+\s+(?:матч|игр|тур|поедин)\w*)"
)
_FINAL_REACH = 7  # days after the span's last day within which the final is the event's end


def final_after_span(
    text: str,
    candidates: list[tuple[int, int, int, list[re.Match[str]]]],
    best: tuple[int, int, int, list[re.Match[str]]],
    last_day: date,
    now: datetime,
) -> date | None:
    """The day of the contest's final named right after the event's span of stages, in the
    span's sentence after it ("С 12 по 21 мая пройдут игры …, а 26 мая … состоится финал")
    or in a sentence of its own ("А 30 мая решится исход турнира"), when it falls within
    _FINAL_REACH days of the span's last day: the contest runs until its final. A final
    weeks later ("отборочные туры 26-28 марта, финал состоится 18 апреля") is left alone."""
    found: list[tuple[re.Match[str], int]] = [(m, best[2]) for m in best[3][1:]]
    found += [(kept[0], end) for _, begin, end, kept in candidates if begin > best[1]]
    for m, end in found:
        day = first_day_of(m.group(0), now)
        if day is None or not last_day < day <= last_day + timedelta(days=_FINAL_REACH):
            continue
        after = DATE_ANY.search(text, m.end(), end)  # the final's words before the next date
        if _FINAL.search(text, m.end(), after.start() if after else end):
            return day
    return None


def later_stage_only(
    sentence: str, kept: list[re.Match[str]], first_day: date | None, now: datetime
) -> bool:
    """Whether every date of `sentence` (its kept dates) is a later stage of the event
    starting on `first_day` ("3.2. Муниципальный этап — 6 марта 2025 г. в 10.00")."""
    days = [first_day_of(m.group(0), now) for m in kept]
    return bool(days) and all(
        day is not None and later_stage_of(sentence, day, first_day) for day in days
    )


def spans_days(first_day: date | None, last_day: date | None) -> bool:
    """Whether both days are known and the last is after the first (a span of two days
    or more)."""
    return first_day is not None and last_day is not None and last_day > first_day
