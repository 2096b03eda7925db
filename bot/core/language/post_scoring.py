"""How tied a long post's sentence is to its event: the weights `post.prepare_post` picks by.

A sentence scores by its event cues ("состоится", "пройдёт", "начало"), less when told in the
past, more when it holds a clock (sentence_score); the post's blocks of undated sentences
after a dated one (sentence_blocks), the clause around a date (date_clause) and the tests
`post._hide` asks of a date's clause (a future verb, a day ahead, a report before it) are here
too. Moved from post.py (split69), the code unchanged."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.branch_trie import with_trie
from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.morphology import parses
from bot.core.language.post_cues import AFTERWARDS, refers_back
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.prefilter import may_match, with_first_chars

TIME_ANY = re.compile(r"\b(?:в|с|до)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
EVENT_CUES = with_first_chars(
    re.compile(
        r"\b(?:состоит\w*|состоя\w*|пройд\w*|пройдут|проводит\w*|проводят\w*|(?<!\bо\s)(?<!\bоб\s)провед\w*|начн\w*|начало"
        r"|стартует|стартуют|откро\w*|приглаша\w*|ждем|ждут|организу\w*|будет|будут|прибуд\w*"
        r"|дата|когда|решено|запланирован\w*|анонсирова\w*|назначен\w*|перенос\w*|перенес\w*"
        # («устраивает» "suits" is none: after «не» or a person, or with nothing after it —
        # «если вас не устраивает время», «нас всё устраивает»)
        r"|(?<!\bне\s)(?<!\bнас\s)(?<!\bвас\s)(?<!\bих\s)(?<!\bменя\s)"
        r"устраива(?:ет|ют|ем)(?=\s+[а-яё])|устро(?:ит|ят|им))"
        r"(?![а-я])"
    )
)
PAST_WORDS = with_first_chars(
    re.compile(
        r"\b(?:вчера|позавчера|состоял\w*|прошл[аио]?\b|прош[её]л\b|было|был[аи]?\b|провели"
        r"|завершил\w*|закончил\w*|стартовал\w*|уже\s+(?:[а-я]+\s+)?[а-я]+(?:ли|ла|лось|лись))(?![а-я])"
    )
)


REPORTED = re.compile(
    r"\b(?:сообщил\w*|сообщает|сообщается|рассказал\w*|заявил\w*|пишет|писал\w*"
    r"|опубликова\w*|информирует|напомнил\w*|напоминает|проинформировал\w*|отметил\w*"
    r"|подчеркнул\w*|пояснил\w*|уточнил\w*)(?![а-я])"
)


_BLOCK_SENTENCES = 3  # undated sentences after a dated one that still speak of its day


def sentence_blocks(spans: list[tuple[int, int]], dated: list[bool]) -> dict[int, int]:
    """For each sentence (by its start), where its block ends: a dated sentence and the
    undated ones after it ("В субботу, 7 декабря, пройдёт конкурс. … Место встречи — у
    амфитеатра в 11:30."), at most _BLOCK_SENTENCES of them, up to the next dated sentence.
    `dated[i]`: whether DATE_ANY occurs in sentence i (read once by prepare_post's loop)."""
    blocks = {}
    for i, (begin, end) in enumerate(spans):
        last = end
        for j in range(i + 1, min(i + 1 + _BLOCK_SENTENCES, len(spans))):
            if dated[j]:
                break
            last = spans[j][1]
        blocks[begin] = last
    return blocks


def later_clock(text: str, begin: int, end: int, block_end: int) -> int:
    """1 when a sentence gives no time but its block does ("… пройдёт конкурс. Начало в
    12:00."): its date has a time as surely as one written beside it (see sentence_score)."""
    if has_clock(text, begin, end) or _in_hours(text[begin:end]):
        return 0
    return 1 if has_clock(text, end, block_end) else 0


def cue_referred_back(text: str, score: int, end: int, block_end: int) -> int:
    """CUE_SCORE when a sentence gives no event cue and a later sentence of its block
    announces something on the day it names, referring back to it ("Он отмечается 27
    сентября. В этот день пройдёт экскурсия", "Ну а 26 мая парк готовит сюрприз. На этот
    день назначен концерт"): the cue is the date's as surely as if it stood beside it."""
    if score >= CUE_SCORE or end >= block_end or not refers_back(text, end, block_end):
        return 0
    return CUE_SCORE if EVENT_CUES.search(text, end, block_end) else 0


def has_clock(text: str, begin: int, end: int) -> bool:
    """Whether a clock time (TIME_ANY) lies in text[begin:end]; its ":" or "." is looked
    for first (most sentences have neither, and the pattern's search tries every space)."""
    if not _clock_mark(text, begin, end):
        return False
    return TIME_ANY.search(text, begin, end) is not None


def _clock_mark(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] holds a digit, ":" or ".", a digit 0-5 and a digit in a row,
    which every TIME_ANY match holds ("14:30"); the marks are found with str.find, so a
    sentence whose only "." ends it costs no regex scan (`\\d` is a decimal digit, as in re)."""
    for mark in ":.":
        at = text.find(mark, begin + 1, end - 2)
        while at != -1:
            if (
                text[at - 1].isdecimal()
                and text[at + 1] in _MINUTE_TENS
                and text[at + 2].isdecimal()
            ):
                return True
            at = text.find(mark, at + 1, end - 2)
    return False


_MINUTE_TENS = frozenset("012345")


_IN_HOURS = compile_with_scan(r"\bв\s+\d{1,2}\s+час")  # "в 16 часов"


def _in_hours(sentence: str) -> bool:
    """Whether the sentence names an hour with "в … час" ("час" looked for first)."""
    return "час" in sentence and _IN_HOURS.search(sentence) is not None


# "в 16.10" among other clocks of its sentence ("2 класс в 15.30, 3 класс в 16.10"): a clock
# written like the others, never 16 October
_AT_DOTTED = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_AT_BEFORE = re.compile(r"\bв\s+$")
_OTHER_CLOCK = re.compile(r"\bв\s+(?:[01]?\d|2[0-3])\.(?:1[3-9]|[2-5]\d)(?!\.?\d)")


def listed_clock(text: str, m: re.Match[str], sentence: tuple[int, int]) -> bool:
    """Whether a dotted "HH.MM" after "в" sits in a sentence whose other clocks after "в"
    are written the same way and cannot be dates (minutes over 12): a list of clocks."""
    if not _AT_DOTTED.fullmatch(m.group(0)) or not _AT_BEFORE.search(
        text[max(0, m.start() - 4) : m.start()]
    ):
        return False
    return any(o.end() != m.end() for o in _OTHER_CLOCK.finditer(text, *sentence))


# a lower-case word of three letters or more (a normalised post: "ё" read as "е"), as the
# clause tests here and post_other_events._nouns walk a clause
LOWER_WORD = re.compile(r"[а-я]{3,}")


def date_ahead(text: str, m: re.Match[str], now: datetime) -> bool:
    """Whether the post writes a date other than `m` that lies ahead of `now` (today
    included; a date without a year is read ahead by the calendar's convention). A date
    written with a past year in a clause announcing the event in the future tense («7
    февраля 2015 г. … состоится олимпиада», a notice re-posted a year on) is the event's own
    only when no such date does: it is kept, and the bot asks about the past day (doubt
    `past`) instead of dropping the day and its «Начало … в 11:00» unsaid (newcomer walk
    2026-12-03aa, Z14)."""
    for other in DATE_ANY.finditer(text):
        if other.start() == m.start():
            continue
        day = date_of(other.group(0), now)
        if day is not None and day >= now.date():
            return True
    return False


def future_verb(clause: str) -> bool:
    """Whether the clause holds a verb in the future tense (pymorphy3's first analysis): what
    it says is ahead, so its date is no date of reporting ("встретит", "покажут")."""
    for m in LOWER_WORD.finditer(clause):
        tag = parses(m.group(0))[0].tag
        if tag.POS != "VERB":
            continue
        if tag.tense == "futr" or (tag.tense == "pres" and not REPORTED.match(m.group(0))):
            return True
    return False


_THAT = re.compile(r"\bчто(?![а-я])")  # compiled once, not looked up per call


def reported_before_that(text: str, after: int, end: int) -> bool:
    """Whether the date ending at `after` (its sentence ends at `end`) dates a report whose
    content, introduced by «что», names another day: "Сегодня, 21 марта, пресс-центр сообщил
    о том, что в четверг, 22 марта, в 13.30 состоятся соревнования". The verb of reporting
    (before «что», with no verb of the event between) makes the first date the day it was
    said; the event's day is the one reported."""
    window = (after, min(end, after + 120))
    that = _THAT.search(text, *window) if may_match(_THAT, text, *window) else None
    if that is None:
        return False
    head = text[after : that.start()]
    return (
        REPORTED.search(head) is not None
        and EVENT_CUES.search(head) is None
        and DATE_ANY.search(text, that.end(), end) is not None
    )


def date_clause(text: str, start: int, end: int) -> str:
    """The part of the sentence `text` around the date at text[start:end] (offsets into
    `text`), between commas, semicolons, colons and brackets; the text itself, a str."""
    left = max(text.rfind(ch, 0, start) for ch in ",;:(") + 1
    rights = [i for i in (text.find(ch, end) for ch in ",;:)") if i != -1]
    return text[left : min(rights, default=len(text))]


CUE_SCORE = 3  # what an event cue adds to a sentence's score
MAX_RIVALS = 3  # other dates offered as choices beside the pick


# a quoted name: its words are a title's («Да будет свет»), never the sentence's own cue
QUOTED_NAME = re.compile(r"«[^«»]{0,120}»")


def blanked(m: re.Match[str]) -> str:
    """As many spaces as `m` matched: a `re.sub` replacement that hides a match and keeps
    every offset after it."""
    return " " * len(m.group(0))


def sentence_score(sentence: str, clause: str) -> int:
    """How tied a sentence is to the event, in points (an int: CUE_SCORE for an event cue,
    less for a past verb, more for a clock); `clause` is the part around its first date. A
    past verb elsewhere in the sentence does not make a date whose own clause announces it
    past ("Во второй этап прошли 27 учеников, который состоится 30 января")."""
    unquoted = QUOTED_NAME.sub(blanked, sentence) if "«" in sentence else sentence
    score = CUE_SCORE if EVENT_CUES.search(unquoted[:400]) else 0
    announced = EVENT_CUES.search(clause) and not PAST_WORDS.search(clause)
    if PAST_WORDS.search(sentence) and not announced:
        score -= 4
    if may_match(AFTERWARDS, sentence) and AFTERWARDS.search(
        sentence
    ):  # "Следующая встреча — 23 декабря", "Итоги подведут …"
        score -= CUE_SCORE
    score = min(score, 6) if score > 0 else score
    if has_clock(sentence, 0, len(sentence)) or _in_hours(sentence):
        score += 1  # a date with its time is the event's own more often than a bare date
    return score


# searched over whole posts: `re` skips to their first characters (first_scan.py); the verbs'
# alternations gathered by first letter as well (branch_trie.py): the same matches
TIME_ANY = with_first_scan(TIME_ANY)
REPORTED = with_first_scan(with_trie(REPORTED))
