"""A run with a clocked start and an end that names a day only: «с 10:00 5 декабря до 7
декабря», «5 декабря в 10:00 откроется выставка, продлится до 7 декабря» (parse69). It is a
timed event (`all_day` False) whose end is the midnight after its last day — an instant like
any other, so both stores keep it as they keep every timed event, the clash checks see the
whole run, and iCalendar writes DTEND as a DATE-TIME beside the DATE-TIME DTSTART, the only
form RFC 5545 allows (§3.6.1: DTEND "MUST be specified as a date with local time if and only
if the DTSTART property is also specified as a date with local time"; §3.8.2.2: DTEND's value
type must be DTSTART's). Shown, it names the last day without a clock."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from bot.core.language.morphology import parses
from bot.core.models import Event, NewEvent


def run_last_day(start: datetime, end: datetime | None) -> date | None:
    """The last day of a timed run whose end names no clock: `end` at midnight, at least two
    days after `start`'s day (the day before it is later than the start's); None otherwise —
    an evening ending at the next midnight («20:00–00:00») keeps its clock. Both in the same
    zone (naive wall clock or aware local)."""
    if end is None or end.time() != time() or start.time() == time():
        return None
    last = (end - timedelta(days=1)).date()
    return last if last > start.date() else None


def run_end(last: date) -> datetime:
    """The end of a run whose last day is `last` (naive wall clock): the midnight after it."""
    return datetime.combine(last + timedelta(days=1), time())


def is_run(event: Event | NewEvent) -> bool:
    """Whether `event` is a run a student may come to on any of its days at any hour (run72):
    held over several days with no hours inside them — all day over two days or more
    («выставка 30 ноября – 20 декабря»), or a timed run whose end names a day only (an
    exhibition opened at 10:00 «до 7 декабря», `run_last_day`). A stretch with a clocked end
    («турслёт с 10:00 9 декабря до 18:00 10 декабря») keeps its people the whole time and
    is no run; neither is an event of one day."""
    if event.all_day:
        return (event.end.date() - event.start.date()).days > 1
    return run_last_day(event.start, event.end) is not None


LONG_RUN_DAYS = 7  # a run of a week or more is visited at any hour: no clash (run72)


def run_days(event: Event | NewEvent) -> int:
    """How many days (school-local) the run `event` covers, its first and last included: 21
    for an exhibition 30 November – 20 December; 0 for an event that is no run (`is_run`)."""
    if not is_run(event):
        return 0
    last = (event.end - timedelta(days=1)).date()  # all day, or a run's midnight end
    return (last - event.start.date()).days + 1


def is_long_run(event: Event | NewEvent) -> bool:
    """Whether `event` is a run of LONG_RUN_DAYS days or more — an exhibition open for weeks
    — which a student comes to at any hour of its days, so that it clashes with no event
    inside it: a lecture on one of its afternoons takes nothing from it (run72). A shorter
    run (a two-day hike stored all day, a competition over three days) may hold its people
    the whole time and clashes as any event does."""
    return run_days(event) >= LONG_RUN_DAYS


# The kinds of event one visits at any hour of its days rather than attends whole (review72):
# the head noun's lemma, or its last part («фотовыставка», «арт-инсталляция»,
# «выставка-ярмарка»). A trip, a camp, a shift, a theme week or a tournament is attended
# whole and is not here: over a week it still takes its students.
VISITED_KINDS = ("выставка", "экспозиция", "инсталляция", "ярмарка", "вернисаж", "биеннале")

_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|„[^“”]*[“”]")
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


# Places one visits an exhibition in: a title that tells no kind («Мир глазами детей» alone)
# held at one of them for weeks is taken as visited (staff74). A lemma, or its end
# («фотогалерея»); «выставочный» is the adjective of «выставочный зал/центр».
VISITED_PLACES = ("музей", "галерея", "выставочный")


def _head_noun(title: str) -> str | None:
    """The lemma («ё» as «е») of `title`'s head noun: its first noun outside quotes by
    pymorphy3's likeliest reading, words under 3 letters skipped; None when it has none (a
    bare quoted name)."""
    for m in _WORD.finditer(_QUOTED.sub(" ", title)):
        found = parses(m.group(0))
        if len(m.group(0)) < 3 or not found or found[0].tag.POS != "NOUN":
            continue
        return str(found[0].normal_form).replace("ё", "е")
    return None


def _of_kinds(lemma: str, kinds: tuple[str, ...]) -> bool:
    """Whether `lemma`, or one of its hyphen parts, is or ends in one of `kinds`."""
    return any(part.endswith(kind) for part in lemma.split("-") for kind in kinds)


def is_visited_kind(title: str) -> bool:
    """Whether `title` names an event visited at any hour of its days — its head noun (the
    first noun outside quotes by pymorphy3's likeliest reading: «Книжная выставка» ->
    выставка, «Поездка в Санкт-Петербург» -> поездка) is, or ends in, one of VISITED_KINDS.
    False for a title with no such noun (a bare quoted name tells no kind)."""
    head = _head_noun(title)
    return head is not None and _of_kinds(head, VISITED_KINDS)


def is_visited_place(venue: str | None) -> bool:
    """Whether `venue` is a place one visits an exhibition in: a word of it (quoted or not:
    «Галерея «Вертикаль»») whose likeliest lemma is, or ends in, one of VISITED_PLACES
    («школьный музей», «художественная галерея», «выставочный зал»)."""
    for m in _WORD.finditer(venue or ""):
        found = parses(m.group(0))
        lemma = str(found[0].normal_form).replace("ё", "е") if found else m.group(0).lower()
        if _of_kinds(lemma, VISITED_PLACES):
            return True
    return False


def is_visited_run(event: Event | NewEvent) -> bool:
    """Whether `event` is a long run (`is_long_run`) of a visited kind (`is_visited_kind`: an
    exhibition open for weeks), which a student comes to at any hour of its days, so that it
    clashes by students with no event inside it (run72). A week-long trip, camp or shift
    (safety72 §6) is attended whole and clashes as any event does. A title that tells no
    kind — a bare quoted name, «Мир глазами детей» — is taken as visited when its place is
    (`is_visited_place`: a museum, a gallery; staff74); otherwise it clashes (the safe
    side: «Орлёнок» may be a camp)."""
    if not is_long_run(event):
        return False
    if _head_noun(event.title) is None:
        return is_visited_place(event.venue)
    return is_visited_kind(event.title)


def is_through_months(event: Event | NewEvent) -> bool:
    """Whether `event` is all day from the 1st of a month to the last day of a month (the
    same or a later one): a plan row that names a month alone («декабрь», «в течение
    месяца» under «ДЕКАБРЬ», files75) — a month of safety, a campaign — which goes on all
    through it rather than at any hour of it. Its days are school-local (`start` midnight,
    `end` the midnight after the last day)."""
    if not event.all_day:
        return False
    return whole_months(event.start.date(), event.end.date())


def whole_months(first: date, after: date) -> bool:
    """Whether the days `first` up to `after` (exclusive: the day after the last) are whole
    months: `first` a 1st, the last day a month's last, more than one day (files75)."""
    last = after - timedelta(days=1)
    return first.day == 1 and after.day == 1 and last > first


def takes_no_hours(event: Event | NewEvent) -> bool:
    """Whether `event` holds none of its students' hours, nor its room's: a visited run
    (`is_visited_run`, an exhibition open for weeks) or a run through whole months
    (`is_through_months`), so no event inside it clashes with it by students (run72,
    files75)."""
    return is_visited_run(event) or is_through_months(event)
