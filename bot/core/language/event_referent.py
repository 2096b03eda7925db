"""Which event a generic «Мероприятие пройдёт 12 декабря» names (doubt60).

A post naming two events of different kinds in a sentence («Лекция об астероидах и ярмарка
поделок.», «… готовят концерт хора, а родители проводят ярмарку поделок.») and then dating
«мероприятие» / «событие» in the singular («Мероприятие пройдёт 12 декабря в 15:00») does not
say which of them is on that day; the title kept one of them and dropped the other unsaid.
The plural («Мероприятия пройдут») names both and is not asked. When the title holds the
kind of exactly one of the events, the other's name is offered beside it (the doubt
`several_events`; the chat asks «Какое из них …?» with both as buttons,
features.adding.ask_title_several). Pure: text in, text out; pymorphy3 reads the kinds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.language.doubts import ordered
from bot.core.language.morphology import parses
from bot.core.language.sentences import sentences
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.models import EventDraft
from bot.core.titles import KIND_WORDS

# the singular generic subject with a verb of taking place: «Мероприятие пройдёт»,
# «Событие состоится», «Мероприятие начнётся»
_REFERENT = re.compile(
    r"(?i)(?<![а-яё])(?:мероприятие|событие)\s+(?:[а-яё]+\s+)?"
    r"(?:пройд[её]т|состоится|начн[её]тся|стартует|откроется|будет\s+проходить)(?![а-яё])"
)
# kinds of an event, less the generic and the framing ones (a day, a week, a holiday's run:
# «неделя науки» holds events, «день» is mostly a date's word)
_KINDS = (KIND_WORDS | EVENT_LEMMAS) - {
    "мероприятие",
    "событие",
    "день",
    "неделя",
    "декада",
    "месячник",
    "каникулы",
    "лагерь",
    "кружок",
    "занятие",
}
# a kind in the genitive is a complement, not an event: «награждение победителей конкурса»
_HEAD_CASES = frozenset({"nomn", "accs"})
_WORD = re.compile(r"(?i)[а-яё]+(?:-[а-яё]+)?")
_QUOTED = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»|\"[^\"\n]*\"")
# where a named event's phrase ends: «и», «а», a comma, a dash between spaces, a sentence's end
_PHRASE_END = re.compile(r"(?i)\s+(?:и|а)\s+|[,;.!?\n(]|\s+[—–-]\s+")
# the generic noun in any form: named before the referent's sentence, it is the event whose
# parts the kinds are («В рамках мероприятия запланированы концерт …, выставка …»)
_GENERIC = re.compile(r"(?i)(?<![а-яё])(?:мероприяти|событи)[а-яё]*")
_BEFORE = 2  # sentences before the referent's that may name its events


def rival_event(text: str, title: str) -> str | None:
    """The name of the other event (capitalised, its head noun in the nominative) when
    `text` dates a singular «мероприятие» after a sentence naming two events of different
    kinds and `title` holds the kind of exactly one of them; None otherwise."""
    if not title or ("ероприятие" not in text and "обытие" not in text):
        return None  # two substring tests, no pass of a regex over every event's text
    named = _events_before_referent(text)
    if len(named) < 2:
        return None
    held = _lemmas(title)
    kept = [name for lemma, name in named if lemma in held]
    others = [name for lemma, name in named if lemma not in held]
    return others[0] if len(kept) == 1 and others else None


def with_referent_doubt(draft: EventDraft, text: str) -> EventDraft:
    """`draft` with the doubt `several_events` when its title keeps one of two events a
    generic «Мероприятие пройдёт …» may name (rival_event)."""
    if rival_event(text, draft.title) is None:
        return draft
    return replace(draft, doubts=ordered({*draft.doubts, "several_events"}))


def _events_before_referent(text: str) -> list[tuple[str, str]]:
    """(kind lemma, name) of each event of a distinct kind named in the sentences just
    before the first singular generic referent's sentence, in the post's order."""
    referent = _REFERENT.search(text)
    if referent is None:
        return []
    spans = sentences(text)
    at = next((i for i, (b, e) in enumerate(spans) if b <= referent.start() < e), None)
    if at is None or at == 0 or _GENERIC.search(text, 0, spans[at][0]):
        return []  # «В рамках мероприятия — концерт, выставка …»: parts of one named before
    found: dict[str, str] = {}
    for begin, end in spans[max(0, at - _BEFORE) : at]:
        unquoted = _QUOTED.sub(lambda m: " " * len(m.group(0)), text[begin:end])
        for word in _WORD.finditer(unquoted):
            lemma = _head_kind(word.group(0))
            if lemma is not None and lemma not in found:
                found[lemma] = _name_at(text, begin + word.start(), end, lemma)
    return list(found.items())


def _head_kind(word: str) -> str | None:
    """The kind lemma of `word` when pymorphy3's first reading is a noun of a kind in the
    nominative or accusative (a head, not a complement); None otherwise."""
    found = parses(word.lower())
    if not found:
        return None
    tag = found[0].tag
    lemma = str(found[0].normal_form)
    if tag.POS != "NOUN" or lemma not in _KINDS or tag.case not in _HEAD_CASES:
        return None
    return lemma


def _name_at(text: str, begin: int, end: int, lemma: str) -> str:
    """The phrase from the kind noun at `begin` to its end (_PHRASE_END outside quotes),
    the noun in the nominative singular, capitalised: «ярмарку поделок» → «Ярмарка поделок»."""
    stop, depth, at = end, 0, begin
    while at < end:
        ch = text[at]
        depth += ch == "«"
        depth -= ch == "»" and depth > 0
        if depth == 0 and (m := _PHRASE_END.match(text, at)) is not None:
            stop = m.start()
            break
        at += 1
    phrase = text[begin:stop].strip()
    head = _WORD.match(phrase)
    if head is not None:
        phrase = lemma + phrase[head.end() :]
    return phrase[:1].upper() + phrase[1:]


def names_another_kind(text: str, title: str) -> bool:
    """Whether `text` (a wish's value: «концерт 12 декабря в 18:00», «проведём концерт 12
    декабря») names, outside quotes, an event kind as a head (pymorphy3: a kind noun in the
    nominative or accusative) that `title` does not hold: another event, not this one's new
    day (review60 #2). «лекцию 12 декабря» for «Лекция о космосе», «в 12:00» are not."""
    kinds = {_head_kind(w) for w in _WORD.findall(_QUOTED.sub(" ", text))} - {None}
    return bool(kinds - _lemmas(title))


def _lemmas(title: str) -> set[str]:
    """The first readings' lemmas of `title`'s words (quotes left out)."""
    found = set()
    for word in _WORD.findall(_QUOTED.sub(" ", title)):
        read = parses(word.lower())
        if read:
            found.add(read[0].normal_form)
    return found
