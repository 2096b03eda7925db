"""What ties a title candidate to the event rather than to the page: features read by grammar.

A post names many things (its site, a section, the event's frame, a past event it reports);
the event's name is the phrase the announcement's grammar ties to the event: the subject of
"состоится/пройдёт/стартует", the object of "приглашаем на", what one takes part in, near the
sentence with the event's date, a noun of an event kind, repeated through the post. Each
feature here is a number in [0, 1] read from the post's text and one candidate's offset and
phrase (title_model.features appends them to its own); the heads are those title_grammar
marks (marked_heads).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.title_grammar import marked_heads

TIE_FEATURES = (
    "event_role",  # its head is the subject of an announcing verb, invited to or taken part in
    "past_role",  # its head is the subject of a verb saying an event took place ("прошёл")
    "event_head",  # its head is an event noun (title_grammar.EVENT_LEMMAS)
    "framed",  # it stands after "в рамках": the frame of the event, not the event
    "stage",  # it opens with a stage or part of an event ("этап", "тур", "секция")
    "date_distance",  # characters from the sentence with the event's date, / 1000, capped at 1
    "mentions",  # occurrences of its first word's stem in the post, capped at 5, / 5
)

_REACH = 40  # characters after a candidate's offset where its head noun may stand
_FRAME = re.compile(r"в\s+рамках\s+$", re.IGNORECASE)
_STAGE = re.compile(
    r"(?:[А-ЯЁа-яё]+(?:ый|ий|ой)\s+)?(?:этап|тур|секци|номинаци|част[ьи]\b)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]{3,}")


@lru_cache(maxsize=64)
def _roles(text: str) -> dict[str, tuple[int, ...]]:
    """Offsets of the marked heads of `text`, by role."""
    found: dict[str, list[int]] = {}
    for at, role in marked_heads(text):
        found.setdefault(role, []).append(at)
    return {role: tuple(offsets) for role, offsets in found.items()}


def _near(offsets: tuple[int, ...], text: str, at: int, phrase: str) -> bool:
    """Whether one of `offsets` is the head of the candidate `phrase` matched at `at`: within
    the phrase's length (at most _REACH characters) and the same sentence."""
    end = at + min(len(phrase), _REACH)
    return any(at <= h < end and not _SENTENCE_END.search(text, at, h) for h in offsets)


def ties(text: str, event_sentence: tuple[int, int] | None, at: int, phrase: str) -> list[float]:
    """The TIE_FEATURES of the candidate `phrase` matched at character offset `at` of `text`
    (−1 when unknown: then only the phrase's own features are read); `event_sentence` is the
    (start, end) character span of the sentence with the event's date, or None."""
    roles = _roles(text)
    known = at >= 0
    subject = known and any(
        _near(roles.get(r, ()), text, at, phrase) for r in ("subject", "invited", "part")
    )
    past = known and _near(roles.get("past", ()), text, at, phrase)
    head = known and _near(roles.get("kind", ()), text, at, phrase)
    framed = known and _FRAME.search(text, max(0, at - 12), at) is not None
    if not known or event_sentence is None:
        distance = 1.0
    elif event_sentence[0] <= at < event_sentence[1]:
        distance = 0.0
    else:
        gap = event_sentence[0] - at if at < event_sentence[0] else at - event_sentence[1]
        distance = min(gap, 1000) / 1000
    first = _WORD.search(phrase)
    stem = first.group(0).lower()[: max(4, len(first.group(0)) - 2)] if first else ""
    mentions = min(text.lower().count(stem), 5) / 5 if stem else 0.0
    return [
        float(subject),
        float(past),
        float(head),
        float(framed),
        float(_STAGE.match(phrase) is not None),
        distance,
        mentions,
    ]
