"""A run told begun and still going on when the message is read: «Выставка открылась 30
ноября. Она продлится до 20 декабря» on 1 December, «Вчера стартовал конкурс … продлится до
20 декабря». Its first day is gone, its last is not: a class can still go, so the draft is the
span of days (the first as written, or today when the message names none) with the doubt
`running` (not asked; the card says the run has begun) — never the question «30 ноября уже
прошло» nor a choice between the first day and the last (parse69).

Read on the draft the rest of the parser built, never by a pass of its own over the text: a
verb of beginning in the past (begun_runs.told_begun, pymorphy3's tense) and the later day
written only as a bound after «до» (running_until.written_only_as_bound)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from bot.core.language.begun_runs import told_begun
from bot.core.language.begun_today_runs import with_run_begun_today
from bot.core.language.continued_runs import continued_until
from bot.core.language.dateless_post import begun_today, told_done
from bot.core.language.doubts import ordered, running
from bot.core.language.opening_runs import opening_clock, told_beginning
from bot.core.language.recurrence import told_daily
from bot.core.language.running_until import lasting_until, lasts_until, written_only_as_bound
from bot.core.models import EventDraft
from bot.core.run_ends import run_end

# what a run's first day gone by raised, read as a year ahead or as one of two days
_DAY_DOUBTS = frozenset({"past", "several_dates", "other_year", "year_guessed", "span_cut"})


def with_running_span(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """`draft` read from `text` at `now` (naive school wall clock) as a run going on when it
    tells one: its two offered days a first day (a year back when it was rolled ahead) and a
    last one written after «до» around today, or its `span_cut` from today told begun («Вчера
    открылась …»), or an all-day span read whole whose first day is gone (`past` → `running`).
    Unchanged otherwise."""
    if draft.start is None:
        return _begun_today(draft, text, now)
    if not draft.all_day and draft.time_known:
        begun = with_run_begun_today(draft, text, now)  # «31 августа начался фестиваль …
        if begun is not draft:  # Ну а 1 сентября …», read on 31 August: from today
            return begun
        return _clocked_going_on(_clocked_run(draft, text, now), now)
    if draft.recurrence is not None:
        return draft
    today = now.date()
    if "several_dates" in draft.doubts and len(draft.choices) == 2:
        first, last = _begun_and_last(draft.choices[0].date(), draft.choices[1].date(), today)
        if first is not None and last is not None and _bound_begun(text, last, now):
            return _span(draft, first, last)
        first, last = draft.choices[0].date(), draft.choices[1].date()
        if today <= first < last and lasts_until(text, last, now):
            return _ahead(draft, first, last)  # «14 декабря стартует … Продлится до 18 декабря»
    if "span_cut" in draft.doubts and draft.span is not None and draft.all_day:
        first, last = draft.span
        if first == today < last and _bound_begun(text, last, now):
            return _span(draft, first, last)
    if "past" not in draft.doubts:
        return draft
    start = draft.start
    if draft.end is None and draft.all_day:
        draft = _continued(draft, text, now)  # «16 мая открылись игры. Сегодня игры продолжатся»
    if running(start, draft.all_day, draft.end, now):
        return replace(draft, doubts=ordered({*draft.doubts} - {"past"} | {"running"}))
    if start.date() == today and draft.end is None:
        return _begun_not_past(draft, text)
    return draft


def _continued(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """An all-day `draft` with no end whose first day is gone, to the day the text tells it
    goes on to (continued_runs.continued_until: «Сегодня игры продолжатся»); unchanged
    otherwise (parse72)."""
    assert draft.start is not None
    last = continued_until(text, now)
    if last is None or last <= draft.start.date():
        return draft
    return replace(draft, end=datetime.combine(last, time()))


def _begun_not_past(draft: EventDraft, text: str) -> EventDraft:
    """An all-day `draft` of today with `past` from a text telling its event begun and no
    event done («Сегодня в школе открылась выставка»: told_begun, not told_done): begun, not
    over — `begun_today` (its days asked) for `past`; unchanged otherwise (parse72)."""
    if not told_begun(text) or told_done(text):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts} - {"past"} | {"begun_today"}))


def _begun_today(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """A `draft` with no start from a post naming no day that tells its event begun
    («В школах района стартовала акция», «… прямо сейчас проходит турнир»:
    dateless_post.begun_today): the post's day (`now`'s) all day, with the doubt
    `begun_today` (asked: the text says nothing of its last day) — or, when the text tells
    it lasting until a later day («Акция началась. Она продлится до 4 декабря»:
    running_until.lasting_until), the run from today to that day with `running` (not
    asked: both ends are said). Unchanged otherwise."""
    if draft.end is not None or draft.recurrence is not None or not begun_today(text):
        return draft
    today = now.date()
    if (last := lasting_until(text, now)) is not None:
        return _span(replace(draft, doubts=ordered({*draft.doubts} - {"no_date"})), today, last)
    doubts = ordered(({*draft.doubts} - {"no_date"}) | {"begun_today"})  # a day: today's
    start = datetime.combine(today, time())
    return replace(draft, start=start, all_day=True, time_known=True, doubts=doubts)


def _clocked_run(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """A timed `draft` whose later day is written only after «до» (written_only_as_bound) —
    offered beside its start (`several_dates`) or taken as a daily repeat's last day with no
    end clock — as one run from its clocked start to the end of that day (run_ends): «с
    10:00 5 декабря до 7 декабря», «5 декабря в 10:00 откроется выставка, продлится до 7
    декабря». A daily repeat over a span written as days, or a one-day draft asked against
    its span (`span_cut`), is the same run when its clock is named as the beginning
    (opening_runs.opening_clock: «с 12 по 13 декабря …, начало в 14:00»; parse70); written
    beside the days alone («12–13 декабря в 10:00») it stays a daily repeat, and hours «с 10
    до 14» give the draft an end clock."""
    assert draft.start is not None
    rec = draft.recurrence
    spanned = False  # the later day is one of a span the parser read (a repeat, span_cut)
    if rec is not None:
        if rec.freq != "daily" or rec.until is None or draft.end is not None or draft.sessions:
            return draft
        if rec.except_weekdays or told_daily(text):  # «каждый день до 20 декабря»: a series
            return draft
        last, spanned = rec.until, True
    elif "several_dates" in draft.doubts and len(draft.choices) == 2 and draft.end is None:
        last = draft.choices[1].date()
    elif (cut := _cut_last(draft)) is not None and not told_daily(text):
        last, spanned = cut, True
    else:
        return draft
    if last <= draft.start.date():
        return draft
    bound = written_only_as_bound(text, last, now)
    if rec is None and spanned:  # span_cut: a clock named as the run's opening, and a run
        # whose last day is only a bound («… продлится до 7 марта») told as beginning
        if not opening_clock(text, draft.start.time()) or (bound and not told_beginning(text)):
            return draft
    elif not bound and not (spanned and opening_clock(text, draft.start.time())):
        return draft
    return replace(
        draft,
        end=run_end(last),
        recurrence=None,
        choices=(),
        span=None,
        doubts=tuple(d for d in draft.doubts if d not in ("several_dates", "span_cut")),
    )


def _clocked_going_on(draft: EventDraft, now: datetime) -> EventDraft:
    """A timed `draft` begun before `now` whose last day is today or later — a daily repeat
    with a last day («Выставка работает с 1 по 20 декабря с 10:00 до 18:00» on 5 December),
    or a run to the end of a later day — `running` rather than `past`, each day's hours kept
    (parse72); unchanged otherwise."""
    if "past" not in draft.doubts or draft.start is None:
        return draft
    rec = draft.recurrence
    until = None
    if rec is not None:
        if rec.freq != "daily" or rec.until is None:
            return draft
        until = rec.until
    if not running(draft.start, False, draft.end, now, until=until):
        return draft
    return replace(draft, doubts=ordered({*draft.doubts} - {"past"} | {"running"}))


def _cut_last(draft: EventDraft) -> date | None:
    """The last day of the span a timed one-day `draft` is asked against (`span_cut`) when
    the span opens on the draft's day; None otherwise."""
    if "span_cut" not in draft.doubts or draft.span is None or draft.end is not None:
        return None
    assert draft.start is not None
    first, last = draft.span
    return last if first == draft.start.date() and not draft.sessions else None


def _begun_and_last(first: date, last: date, today: date) -> tuple[date | None, date | None]:
    """A run's first and last day from two offered days: `first` (a year back when it was
    read a year ahead of `last`) not after `today`, `last` today or later; (None, None) when
    the two are no such pair."""
    if first > last:
        try:
            first = first.replace(year=first.year - 1)
        except ValueError:  # 29 February
            return None, None
    if first <= today <= last and first < last:
        return first, last
    return None, None


def _bound_begun(text: str, last: date, now: datetime) -> bool:
    """Whether `text` writes `last` only as a bound («до 20 декабря») and tells a beginning
    in the past («открылась», «стартовал»)."""
    return written_only_as_bound(text, last, now) and told_begun(text)


def _all_day_run(draft: EventDraft, first: date, last: date, doubts: tuple[str, ...]) -> EventDraft:
    """`draft` as the all-day run from `first` to `last` (inclusive, local days), its
    choices gone and `doubts` its doubts."""
    return replace(
        draft,
        start=datetime.combine(first, time()),
        end=datetime.combine(last, time()),
        all_day=True,
        time_known=True,
        choices=(),
        doubts=doubts,
    )


def _ahead(draft: EventDraft, first: date, last: date) -> EventDraft:
    """`draft` as the all-day run from `first` to `last` (inclusive) not begun yet: its
    choice between the two days gone (parse70)."""
    kept = tuple(d for d in draft.doubts if d != "several_dates")
    return _all_day_run(draft, first, last, kept)


def _span(draft: EventDraft, first: date, last: date) -> EventDraft:
    """`draft` as the all-day run from `first` to `last` (inclusive), its day doubts gone
    and `running` said when it began before today's run of it (always here: a told
    beginning)."""
    doubts = ordered(({*draft.doubts} - _DAY_DOUBTS) | {"running"})
    return replace(_all_day_run(draft, first, last, doubts), span=None)
