"""A post announcing a new event that also calls an earlier one off (attack w, #4): «Концерт
«Зима» 20 декабря в 12:00 для 5А, актовый зал. Концерт «Щелкунчик» отменён, будет концерт
«Зима».» was read as the cancel of «Щелкунчик» only and «Зима» was never shown. A sentence
of its own that calls an event off (cancel_phrases.cancel_reference) and names no day, beside
the rest of the post that is a whole event (a day with a clock time, and classes or a
place), is a replacement: the new event is the post's event, the called-off one is the event
it replaces. Pure: text in, text out.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.cancel_phrases import cancel_reference, reference_lemmas
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

# a sentence ends at «.», «!» or «?» before a space (never inside «ул. Ленина» mid-word)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
# «, будет концерт «Зима»», «— вместо него …», «, а вместо …»: what follows names the new one
_TAIL = re.compile(r"\s*(?:[,;—–-]|\s(?:будет|вместо|взамен|а\s+вместо|но)\s).*$")
_DAY = re.compile(r"\d")  # a sentence naming a day or a time is the event's own
# «Если погода плохая, экскурсия отменяется»: a rule the post states, nothing called off
_CONDITION = re.compile(r"(?i)\s*(?:если|в\s+случае|при)(?![а-яё])")


def replaced_reference(text: str, now: datetime) -> str | None:
    """The words of the event that a post announcing another whole event calls off
    («концерт «щелкунчик»»), or None: no sentence of `text` calls an event off by itself
    (without a digit: a day, a time), the rest of the post is no whole event (`now`: the
    school's wall-clock time, to read the day), or the words called off name nothing but
    that event's own title («Концерт хора … Концерт отменён.» cancels it)."""
    sentences = [s for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]
    if len(sentences) < 2:
        return None
    for index, sentence in enumerate(sentences):
        if _DAY.search(sentence) or _CONDITION.match(sentence):
            continue
        called_off = cancel_reference(sentence)
        if called_off is None:
            continue
        reference = _TAIL.sub("", called_off).strip(" .!,")
        rest = " ".join(sentences[:index] + sentences[index + 1 :])
        title = _whole_event(rest, now)
        # «Концерт хора … Концерт отменён.»: the post's own event called off, no other one
        if title is not None and reference_lemmas(reference) - reference_lemmas(title):
            return reference
    return None


def _whole_event(text: str, now: datetime) -> str | None:
    """The title of `text` when it is one event with a day, a clock time, and classes or a
    place; None otherwise."""
    read = parse_message(text, now)
    if not isinstance(read, EventIntent) or read.draft.start is None:
        return None
    draft = read.draft
    named = draft.venue is not None or not draft.audience.is_everyone
    return draft.title if draft.time_known and not draft.all_day and named else None
