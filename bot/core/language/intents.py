"""The top of the parser: one message in, one Intent out (event, query or other).

Pipeline: mend the text (scripts, quote marks, spaced dashes, legal forms), classify it by
the opening words — a question, query or request to send the plan (intents_asks.py, read
by intents_query.py), a follow-up about another class (intents_follow_up.py) — else read
it as an event (intents_event.py: its parts taken by intents_event_read.py, each rule
claiming its characters, then the title from what remains, tidied). `parse_many`
(intents_many.py) splits a pasted plan into one message per event line. The draft is
assembled in draft_assembly.py, the title tidied in leftovers.py; their public names are
re-exported here.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime

from bot.core.language.capitals import in_normal_case
from bot.core.language.compound_dashes import joined_place_compounds, with_dashes
from bot.core.language.doubts import ordered
from bot.core.language.draft_assembly import build_draft, with_sessions
from bot.core.language.intents_asks import asks, is_programme
from bot.core.language.intents_event import parse_event
from bot.core.language.intents_follow_up import class_follow_up, with_week_word
from bot.core.language.intents_query import parse_query, with_holder, without_asker_sentences
from bot.core.language.kind_typos import correct_kind_typos
from bot.core.language.leftovers import strip_symbols, tidy_title
from bot.core.language.legal_forms import without_legal_forms
from bot.core.language.own_days import without_own_days
from bot.core.language.post import is_long
from bot.core.language.quote_marks import loose_as_guillemets
from bot.core.language.running_spans import with_running_span
from bot.core.language.scripts import mend_scripts
from bot.core.language.slips import (
    date_slip,
    time_slip,
    without_monthless_dates,
    without_time_slips,
)
from bot.core.language.title_heading import without_chrome
from bot.core.language.tokens import normalize
from bot.core.language.typos import Correction, correct_typos
from bot.core.language.venue_more import heading_venue
from bot.core.models import EventIntent, Intent, OtherIntent

__all__ = [
    "MAX_MESSAGE_LENGTH",
    "build_draft",
    "parse_message",
    "tidy_title",
    "with_sessions",
]

log = logging.getLogger(__name__)

# characters read of one text: the chat takes up to understand.MAX_MESSAGE_CHARS (8000) and
# a VK wall post may be longer than one message (a pasted announcement of ~5,000 characters
# with its event at the end was cut off unread: newcomer walk 2026-12-01k, #9). Reading time
# grows with the length: 10,000 characters of prose read in ~0.45 s on the shared 2-core box.
MAX_MESSAGE_LENGTH = 10_000


# "Внимание! …", "Анонс: …" open a post; they are neither a question nor part of the title.
_ANNOUNCE = re.compile(r"(?i)^\s*(?:внимание|объявление|анонс|важно)\s*[!:.]+\s*")


def parse_message(
    text: str, now: datetime, *, day_in_period: bool = False, told: bool = False
) -> Intent:
    """Understand one chat message; `now` is the school's naive wall-clock time.

    With `day_in_period`, an event named with a period and no day or time («Лекция в
    следующей четверти»: event_periods.py) is an event without a start whose draft keeps
    the period, so the chat asks the day within it; without it (a plan's lines, a file's
    paragraphs, the checks whether a text is a new message) such a line is an OtherIntent,
    as before periods were read. With `told`, the text is never read as a question: a
    file's row states an event («Мероприятия для 5-х классов 12 декабря в 10:00» opens as
    «мероприятия для 5-х классов?» does, review54 #3).

    Never raises: anything that cannot be understood is an OtherIntent.
    """
    try:
        written = mend_scripts(text[:MAX_MESSAGE_LENGTH])
        mended = in_normal_case(written)  # «НА БОЛЬШОЙ ПЕРЕМЕНЕ …» as a writer in normal case
        mended = loose_as_guillemets(mended)  # «стадион <Балтика>» as «стадион «Балтика»»
        mended = joined_place_compounds(mended)  # «в школе - лицее» as «в школе-лицее»
        mended = without_legal_forms(mended)  # «в ГБОУ ВПО Московском институте»: the name
        intent = _parse(mended, now, day_in_period, told)
        if isinstance(intent, EventIntent):  # a run begun and going on (parse69)
            intent = EventIntent(with_running_span(intent.draft, mended, now))
        return intent if mended == written else _as_written(intent, mended, written)
    except Exception:  # the bot must never crash on a message
        log.exception("parser failed on %r", text[:200])
        return OtherIntent(text=text)


def _as_written(intent: Intent, mended: str, written: str) -> Intent:
    """`intent`, read from `mended` (`written` with its quote marks and spaced-dash place
    nouns rewritten), with the message's own words as its description or text: the
    rewrites are for reading only, never shown or stored (fixquote52, review51 #3/#4)."""
    if isinstance(intent, EventIntent) and intent.draft.venue:  # «библиотека — филиал № 2»
        intent = EventIntent(replace(intent.draft, venue=with_dashes(intent.draft.venue, written)))
    if isinstance(intent, EventIntent) and intent.draft.description == mended.strip():
        return EventIntent(replace(intent.draft, description=written.strip()))
    if isinstance(intent, OtherIntent) and intent.text == mended:
        return OtherIntent(text=written)
    return intent


def _parse(text: str, now: datetime, day_in_period: bool = False, told: bool = False) -> Intent:
    clean = without_chrome(_ANNOUNCE.sub("", strip_symbols(text)))  # "Афиша\n…": a page
    if not clean.strip():
        return OtherIntent(text=text)
    clean, corrections, unreadable = correct_typos(clean)
    lowered = normalize(clean)
    chat = not is_long(clean)  # a pasted post has room numbers, prices and scores besides
    kinds_fixed: tuple[Correction, ...] = ()
    if chat:  # «экскурся для 9Б», «будет ли концерд?»: a kind word misspelt (chat50)
        clean, kinds_fixed = correct_kind_typos(clean)
        lowered = normalize(clean)
    slipped = chat and date_slip(lowered)  # «1 5 декабря», «00.12»: the day is asked
    if slipped:
        clean = without_monthless_dates(clean)  # «15.13 10-00»: no clock 15:13, none in the title
    if chat:
        clean = with_week_word(clean)  # «а на послеследующей?»: «… неделе?»
    if chat and (follow_up := class_follow_up(clean, now.date())) is not None:
        return follow_up  # «а для 10А?» after a list: its period for 10А (AJ4)
    if not told and asks(normalize(clean)) and not is_programme(clean):
        asked, own_days = without_own_days(clean) if chat else (clean, False)
        query = parse_query(without_asker_sentences(asked, now) if chat else asked, now)
        if query is not None:  # «в эти дни»: the days of the asker's own events (newcomer77)
            return with_holder(replace(query, own_days=True) if own_days else query, clean)
    intent = parse_event(
        clean, text, now, unreadable=unreadable, slipped=slipped, day_in_period=day_in_period
    )
    unreadable = unreadable or slipped
    if isinstance(intent, EventIntent) and chat and time_slip(lowered):
        title = tidy_title(without_time_slips(intent.draft.title))  # «в 25:00»: asked, not kept
        intent = EventIntent(draft=replace(intent.draft, time_known=False, title=title))
    if isinstance(intent, EventIntent) and intent.draft.venue is None:
        # "Афиша Псковского планетария на май\n…": the page's heading (cut above) names the place
        venue = heading_venue(text, clean)
        intent = EventIntent(draft=replace(intent.draft, venue=venue)) if venue else intent
    if isinstance(intent, EventIntent) and (corrections or unreadable):
        draft = intent.draft
        fixed = tuple((c.written, c.read) for c in (*corrections, *kinds_fixed))
        doubts = ordered({*draft.doubts, "date_typo"})
        return EventIntent(draft=replace(draft, doubts=doubts, corrections=fixed))
    if isinstance(intent, EventIntent) and kinds_fixed:  # shown on the card, never asked
        fixed = tuple((c.written, c.read) for c in kinds_fixed)
        return EventIntent(draft=replace(intent.draft, corrections=fixed))
    return intent
