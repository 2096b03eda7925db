"""A message that answers nothing open: a new event, a post announcing several, a pasted plan
(its lines marked cancelled kept out), a cancellation marked on an event, a question about the
plan, or nothing understood (bot.core.language.understand reads it last).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.language import questions, schools
from bot.core.language.asked_titles import names_kind
from bot.core.language.cancel_marks import title_mark
from bot.core.language.cancel_phrases import (
    MAX_NEWS_LENGTH,
    WITHDRAWN,
    called_off_reference,
    still_on_reference,
)
from bot.core.language.card_questions import card_question
from bot.core.language.day_spans import hours_unknown
from bot.core.language.intents import parse_message
from bot.core.language.intents_many import parse_many
from bot.core.language.invitations import invites_reader
from bot.core.language.meaning import (
    AddEvents,
    AddForSchools,
    Agreement,
    AgreementKind,
    AlsoAsked,
    Ask,
    CancelByText,
    ClashesInPeriod,
    EventClashes,
    EventDetails,
    Intent,
    NotUnderstood,
    StillOn,
)
from bot.core.language.own_class import names_own_class
from bot.core.language.plan_text import skipped_lines
from bot.core.language.post_draft import in_zone
from bot.core.language.post_events import post_events, without_gathering, wrapped_sentences
from bot.core.language.tokens import normalize
from bot.core.language.understanding.clash_questions import unknown_class
from bot.core.language.understanding.plan_questions import (
    asked_at_school,
    period_question,
    unread_period,
)
from bot.core.language.when import resolve_when
from bot.core.models import EventDraft, EventIntent, QueryIntent


def new_message(text: str, now: datetime, zone: ZoneInfo | None = None) -> Intent:
    """A new event, a pasted plan, a question, or nothing understood."""
    still = still_on_reference(text)
    if still is not None:  # «Отмена отменяется! Концерт … состоится»: never a new draft
        return StillOn(still)
    several = _for_schools(text, now)
    if several is not None:
        return several
    intents = parse_many(text, now, day_in_period=True)  # «Лекция в декабре»: its day asked
    events = tuple(
        hours_unknown(in_zone(i.draft, zone)) for i in intents if isinstance(i, EventIntent)
    )  # «Неделя театра 21–25 декабря»: the hours are asked, as a plan file's row holds them
    question = questions.disguised_question(text, events[0]) if len(events) == 1 else None
    if question is not None:  # «а завтра что-нибудь есть?»
        return Ask(question)
    if len(events) == 1 and events[0].start is None:
        reference = called_off_reference(text, events[0].title)
        if reference is not None:  # a letter calling an event off: the cancel lookup
            return CancelByText(reference)
    if len(events) == 1 and (reference := _marked_reference(text, events[0].title)):
        return CancelByText(reference)  # «Отмена! Лекция 5 декабря в 15:00» (walk k)
    announced = post_events(text, now) if _maybe_one_post(text, events) else None
    if announced is not None and len(announced) >= len(events):
        # «… 12 декабря в 11:00 … Также 17 декабря в 15:30 …»: two events (walk t, #3)
        drafts = tuple(hours_unknown(in_zone(d, zone)) for d in announced)
        return AddEvents(drafts, one_post=True)
    if len(events) > 1:  # a pasted plan: its lines marked cancelled are never saved
        skipped = skipped_lines(text, len(intents), now)
        marked = [line for line in text.splitlines() if _marked_cancelled(line)]
        called_off = [_marked_cancelled(e.title, marked) for e in events]
        cancelled = tuple(e.title for e, off in zip(events, called_off, strict=True) if off)
        kept = tuple(e for e, off in zip(events, called_off, strict=True) if not off)
        return AddEvents(kept, skipped, cancelled)
    if len(events) == 1 and (plain := without_gathering(text)) is not None:
        events = _gathering_cut(plain, text, events[0], now, zone)
    if len(events) == 1 and (also := _also_asked(text, now, zone)) is not None:
        return also  # «12 декабря в 15:00 концерт. А ярмарка будет?»: the card, then the answer
    if events:
        return AddEvents(events)
    query = next((i for i in intents if isinstance(i, QueryIntent)), None)
    if query is not None and query.audience.is_everyone and names_own_class(text):
        query = replace(query, own_class=True)  # «что у моего класса на следующей неделе?»
    if query is not None and unread_period(text, query, now):
        return NotUnderstood(unknown_period=True)  # «что на новый год?»: never «С 2 декабря»
    if query is not None and (unknown := unknown_class(text.lower(), query, query.own_class)):
        # «что у 12Я?»: never the whole plan with the class dropped (chat57)
        return replace(unknown, plan=True)
    if query is not None:
        return asked_at_school(text, query)
    reference = _marked_alone(text)
    if reference is not None:  # «Отмена! Лекция «Роботы»»: no day, looked up by its title
        return CancelByText(reference)
    asked_period = period_question(text, now)
    if asked_period is not None:  # «на след неделе что есть для 9б», «на некст неделе»
        return asked_period
    return NotUnderstood(only_links=_only_links(text))


# «Согласовано …», «Утверждено …»: a statement opening a post, not the act «согласую …»
_AGREED_STATED = re.compile(r"^\W*(?:согласован|одобрен|утвержден)[оа]?(?![а-яё])")


# a chat message's last sentence asked after another: «… концерт. А ярмарка будет?»
_LAST_QUESTION = re.compile(r"(?<=[.!…])\s+(?P<asked>[^.!?…]+\?+)\s*$")


_ALSO_ASKED_CHARS = 300  # a chat message, never a post (whose questions are its own prose)


# what a question after an event may be answered as: a plan question, an event's details
_ANSWERED_QUESTIONS = (Ask, EventDetails, ClashesInPeriod, EventClashes)


def _also_asked(text: str, now: datetime, zone: ZoneInfo | None) -> AlsoAsked | AddEvents | None:
    """A short message holding one event and, as its last sentence, a question («12 декабря
    в 15:00 концерт. А ярмарка будет?»): the event read without the question, and the
    question read alone (None when it reads as no plan question: the reply then says it
    was not understood, never drops it: chat51). A question about the card itself («…
    Накладки есть?») is the card's (it shows clashes and classes): the event alone is
    returned then, and so is it for an invitation to the post's readers («… Придёте на
    концерт?»: invitations.invites_reader; chat53). None for a message without such a
    question or whose rest is no single event."""
    if len(text) > _ALSO_ASKED_CHARS:
        return None
    found = _LAST_QUESTION.search(text)
    if found is None:
        return None
    head = text[: found.start()].strip()
    first = new_message(head, now, zone)
    if not isinstance(first, AddEvents) or len(first.drafts) != 1:
        return None
    asked = found.group("asked").strip()
    if card_question(asked) is not None:
        return first  # «… Накладки есть?»: the card answers it, the question is no title
    if invites_reader(asked):
        return first  # «… Придёте на концерт?»: the post asks its readers, not the bot
    question = new_message(asked, now, zone)
    if isinstance(question, AddEvents):
        return None  # «… Концерт 12 декабря в 18:00?»: an event asked about is the plan's
    if isinstance(question, _ANSWERED_QUESTIONS):
        return AlsoAsked(first, question, asked)
    if names_kind(asked) or resolve_when(asked, now) is not None:
        return AlsoAsked(first, None, asked)  # about the plan, but unread: said so
    return None  # «Кто пойдёт?»: the announcement's own words, as before


def announces_event(text: str, agreeing: Agreement, now: datetime) -> bool:
    """Whether a text opening with «Согласовано …» goes on to an event of its own: a day with
    a clock time and classes or a place («Согласовано с директором: лекция по физике 23
    декабря 15:00-16:00, 11 классы, ауд. 7» — attack v, #17: a partner's post was swallowed
    as an agreement, the curator's tried to agree «с директором: …»). It is then read as a
    new event. «Согласую лекцию …» (the act) stays an agreement whatever it names."""
    if agreeing.kind not in (AgreementKind.AGREE, AgreementKind.AGREE_ALL):
        return False
    if _AGREED_STATED.match(normalize(text)) is None:
        return False
    read = parse_message(agreeing.reference or agreeing.organiser or "", now)
    if not isinstance(read, EventIntent) or read.draft.start is None:
        return False
    draft = read.draft
    named = draft.venue is not None or not draft.audience.is_everyone
    return draft.time_known and not draft.all_day and named


def _gathering_cut(
    plain: str, text: str, draft: EventDraft, now: datetime, zone: ZoneInfo | None
) -> tuple[EventDraft, ...]:
    """The one event of `text` read from `plain` (post_events.without_gathering: «Также 18
    декабря в 9:30 сбор у школы, автобус» cut), the whole text its description: the
    gathering stays out of its title and place (attack v, #28). `draft` when `plain` reads
    as no event with the same day."""
    found = parse_message(plain, now)
    if not isinstance(found, EventIntent) or found.draft.start is None or draft.start is None:
        return (draft,)
    if found.draft.start.date() != draft.start.date():
        return (draft,)
    read = replace(found.draft, description=text.strip())
    return (hours_unknown(in_zone(read, zone)),)


def _maybe_one_post(text: str, events: Sequence[EventDraft]) -> bool:
    """Whether `text` may be one post announcing several events (post_events): it reads as
    one event, or as a plan whose lines are a post's hard-wrapped sentences («…на мастер-класс
    «Основы» / «программирования на Python» (ауд. 310…»), which the plan's reading breaks."""
    return len(events) == 1 or (len(events) > 1 and wrapped_sentences(text))


def _marked_alone(text: str) -> str | None:
    """The title a one-line message without a day marks cancelled («Отмена! Лекция
    «Роботы»», «ОТМЕНА: квиз»), as a reference for the cancel lookup (walk n #12), as a
    dated one is (_marked_reference); None for anything else, and for a cancellation that
    is itself withdrawn («Отмена отменяется!»: cancel_phrases.WITHDRAWN)."""
    line = " ".join(text.split())
    if "\n" in text.strip() or len(line) > MAX_NEWS_LENGTH or WITHDRAWN.search(line.lower()):
        return None
    mark = title_mark(line)
    return mark.title if mark is not None and mark.cancelled and mark.title else None


def _marked_reference(text: str, title: str) -> str | None:
    """The event a one-event message marked cancelled names («Отмена! Лекция 5 декабря в
    15:00», «Лекция 5 декабря в 15:00 (ОТМЕНА)»), as a reference for the cancel lookup: the
    message without its mark. None unless the event's title carries a cancel mark, as a
    pasted plan's line marked so is never saved (_marked_cancelled; newcomer walk k)."""
    mark = title_mark(title)
    if mark is None or not mark.cancelled or WITHDRAWN.search(text.lower()):
        return None
    whole = title_mark(" ".join(text.split()))
    if whole is not None and whole.cancelled and whole.title:
        return whole.title
    return mark.title or None


def _marked_cancelled(title: str, marked_lines: Sequence[str] = ()) -> bool:
    """Whether a plan line's title carries a cancel mark («Викторина (ОТМЕНЕНО)»), or is
    part of one of `marked_lines`, the plan's lines that carry one where the title read
    from them no longer does («ОТМЕНЕНО: Викторина 16.12 в 15:00»)."""
    mark = title_mark(title)
    if mark is not None and mark.cancelled:
        return True
    return bool(title.strip()) and any(title in line for line in marked_lines)


_WEB_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w@])[\w-]+(?:\.[\w-]+)*\.(?:ru|рф|com|org|net|me|su)(?:/\S*)?",
    re.IGNORECASE,
)


def _only_links(text: str) -> bool:
    """Whether `text` is nothing but web addresses («https://kgtu.ru/news/1», «vk.com/wall-1_2»)."""
    rest = _WEB_ADDRESS.sub(" ", text)
    return rest != text and not rest.strip(" \t\n,;.!?-—")


def _for_schools(text: str, now: datetime) -> AddForSchools | None:
    """One event for the schools the message names («…, для гимназии №32 и лицея №23»),
    parsed without the school phrase so that its title and venue do not take it."""
    named = schools.for_schools(text)
    if named is None:
        return None
    mentions, rest = named
    if "\n" in rest.strip() and len(parse_many(rest, now)) > 1:
        return None  # a pasted plan: its lines go on as usual
    parsed = parse_message(rest, now)
    return AddForSchools(parsed.draft, mentions) if isinstance(parsed, EventIntent) else None
