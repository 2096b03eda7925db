"""The event a post's headline says is held or celebrated (title81).

A news post often opens with a headline line that tells its event with a verb: "В Курске
пройдёт водная экологическая акция", "Лагерь приглашает добровольцев на субботники",
"8 октября в Ульяновске отпразднуют День школьника", "СУНЦ НГУ отметил юбилей". The body
goes on to the event's items ("конкурсы и мастер-классы", "презентация", "экскурсия по
выставке"); the title the earlier steps read from the body is then an item, and the
headline's event is the post's. It stays the body's when the title names a word of the
headline or has a quoted name of its own, when the headline's event is no other than the
title's (title_discourse.title_stays: a class or part word, a named day, the title's head;
or the post keeps naming the title's event: "Настоящая сказка пройдёт …" over a festival
named again and again), and when the headline reports a past event above a sentence that
does not (a report's headline, then the next event). Used by post_draft._titled after
title_discourse.discourse_event. Measured on the tuned sets: no post moved (tests/data/
title81.md); the posts written for it are in tests/unit/test_title81.py.
"""

from __future__ import annotations

import re

from bot.core.language.quote_marks import with_guillemets
from bot.core.language.title_discourse import title_stays
from bot.core.language.title_grammar import (
    Tokens,
    head_after,
    is_event_noun,
    is_word,
    phrase_at,
    word_readings,
)
from bot.core.language.title_held import held_event
from bot.core.language.told_past import told_in_past

HEADLINE_EVENT = True  # title81: a headline's held or celebrated event over a body item
_HEADLINE = 120  # characters a headline line has at most (as title_grammar reads one)
_CELEBRATING = frozenset({"праздновать", "отпраздновать", "отметить", "отмечать"})
_STEM = re.compile(r"[а-яёa-z0-9]+")
_QUOTE = re.compile(r"«")


def headline_event(text: str, sentence: tuple[int, int] | None, title: str) -> str | None:
    """The event the post's headline line (at most 120 characters, a body below) says is
    held, invited to (title_held.held_event over the line) or celebrated (_celebrated), in
    the nominative, capitalised, at most 80 characters, when the start was read below the
    headline (`sentence`, offsets into `text`) and `title` gives way (see the module's
    docstring); None otherwise, and when HEADLINE_EVENT is off."""
    if not HEADLINE_EVENT or sentence is None or not title:
        return None
    line = text.find("\n")
    if line <= 0 or line > _HEADLINE or sentence[0] < line or not text[line:].strip():
        return None
    headline = with_guillemets(text[:line])
    if _stems(title) & _stems(headline) or _QUOTE.search(with_guillemets(title)):
        return None  # the title names the headline's words, or has a name of its own
    event = held_event(text, (0, line)) or _celebrated(headline)
    if event is None or title_stays(text, event, headline, title):
        return None
    if told_in_past(text, 0, line) and not told_in_past(text, sentence[0], sentence[1]):
        return None  # a report's headline, then the next event
    return event


def _celebrated(headline: str) -> str | None:
    """The event a verb of celebrating has as its object ("отпразднуют День школьника",
    "отметил пятидесятилетний юбилей"): an event noun, a day or a capitalised name, in the
    nominative; None when no verb of celebrating has one."""
    tokens = Tokens(headline)
    for i, word in enumerate(tokens.words):
        if not is_word(word):
            continue
        found = word_readings(word)
        if not found or found[0].tag.POS != "VERB" or found[0].normal_form not in _CELEBRATING:
            continue
        h = head_after(tokens, i + 1, ("accs",))
        if h is None:
            return None
        head = tokens.words[h]
        if is_event_noun(head) or head.lower() == "день" or head[:1].isupper():
            return phrase_at(tokens, h, "accs")
    return None


def _stems(phrase: str) -> set[str]:
    """The first five letters of each word."""
    return {w[:5] for w in _STEM.findall(phrase.lower().replace("ё", "е"))}
