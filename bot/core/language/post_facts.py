"""What `post.prepare_post` finds in a long post: the PostFacts the parser reads after it.

Offsets are characters into the post's text; days are `datetime.date`. Its own module so
that post.py's parts (post_stages, post_other_events) can name it without importing post.py
(tests/unit/test_layers.py: no import circles in the core, TYPE_CHECKING ones included).
Moved from post.py (split69), the class unchanged."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class PostFacts:
    """What the post names besides the event's own date."""

    deadline: date | None = None
    ages: tuple[int, int] | None = None
    online_url: str | None = None
    online: bool = False
    moscow_time: bool = False
    event_sentence: tuple[int, int] | None = None
    until: date | None = None  # "Состязания продлятся до 6 декабря": the last day
    # the sentence the last day was read from by an until-phrase («доступна … по 31 января
    # с 14.00 до 19.00»): its clocks are each day's hours
    until_sentence: tuple[int, int] | None = None
    # a run begun on a day gone by and still held, offered beside its closing's day
    # («С 9 декабря … началась неделя … Награждение … 16 декабря»: _run_begun_on, doubt60)
    run_day: date | None = None
    # the final's day soon after the event's span of stages ("28-29 мая … матчи групповой
    # стадии. А 30 мая решится исход турнира"): the event's last day
    final_day: date | None = None
    hidden: int = 0  # how many date phrases were looked at (hidden or kept)
    # the date phrases hidden as told in the past (_hide: «18 февраля прошёл урок»), with
    # their sentence's span: a report's own day when the post names no other
    # (post_other_events.report_day)
    told: list[tuple[re.Match[str], int, int]] = field(default_factory=list)
    # the date phrases hidden as an observed day's (_OCCASION_AFTER/_BEFORE: «3 декабря наша
    # страна отмечает День Неизвестного солдата»), with their sentence's span: the day a report
    # of that feast tells when the post dates nothing else (observed_report.observed_report_day)
    observed: list[tuple[re.Match[str], int, int]] = field(default_factory=list)
    # the event's sentence spans several days and gives no time: a time range read elsewhere
    # is a slot of its programme ("14:00 – 16:30 – регистрация"), not the event's own end
    programme_times: bool = False
    rivals: list[date] = field(default_factory=list)  # other days as likely as the pick
    # later days of the same programme, each with its own time, when the pick has one too
    later_sessions: list[datetime] = field(default_factory=list)
    # later stages of a competition held in stages (first day, last day), after the pick's
    # first stage ("Пробный тур 1 — 10 марта. Основной тур 11 — 20 марта"): its sessions
    later_stages: list[tuple[date, date | None]] = field(default_factory=list)
    several_slots: bool = False  # the event's day has several other time slots, none its own
    # the sentence the start's day was read from when no event sentence was found
    # (start_sentence): the title reads the event there
    start_sentence: tuple[int, int] | None = None
    # the first sentence whose day was set aside as told in the past ("26 декабря … прошёл
    # утренник"): the happening a report tells, which the title reads when no start is kept
    past_sentence: tuple[int, int] | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # every dated sentence weighed: (score, its first day, start, end), the pick's included
    weighed: list[tuple[int, date | None, int, int]] = field(default_factory=list)
    # every date phrase kept in the weighed sentences: (start, end, its first day, its last
    # day); the title reads which of the post's clauses are dated with another day than the
    # start chosen (title_dated_days.py)
    dated: list[tuple[int, int, date | None, date | None]] = field(default_factory=list)
    # the first and last day of the event's sentence's date ("с 1 декабря по 20 января")
    event_span: tuple[date | None, date | None] = (None, None)
    # the sentences temporal_view kept, in order: where each piece of the view comes from
    view: list[tuple[int, int]] = field(default_factory=list)
    # the post's runs of digits (start, end) and their ends, read once by prepare_post: its
    # sentences without one hold no date phrase (DATE_ANY opens with a digit), and
    # temporal_view keeps the sentences with one
    digits: tuple[list[tuple[int, int]], list[int]] | None = None
