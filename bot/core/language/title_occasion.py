"""A named day the start's sentence says is observed is the occasion; the event is what is
held on it (title76).

"Сегодня, 7 февраля, отмечается необычный праздник — День рождения огнетушителя", "22 июня в
России отмечается День памяти и скорби": a sentence that says a named day is observed
(отмечается, отмечают, празднуется) dates the post by a calendar day; it holds no event.
When the start was read there and the title is that day, a reader takes the event the post
says is held — "Сотрудники МЧС провели урок безопасности …", "Около памятника пройдёт час
памяти" — read by title_held.held_event in the start's sentence first, then in the post's
other sentences in order. Not when the post's headline line names the day (the writer
titled the post by it: "День Героев Отечества" above "в 3 «Б» классе прошёл классный час,
посвящённый этому дню"), nor when the event held is only a day, a feast, an action or
"мероприятие" again (no more than the day), nor from a sentence listing a programme's items
after a colon ("приготовила праздничную программу: в 15:00 начнутся громкие чтения").
Used by post_draft.py after title_timed.
"""

from __future__ import annotations

import re

from bot.core.language.lowered import finditer_i
from bot.core.language.sentences import sentences
from bot.core.language.title_held import held_event
from bot.core.language.title_timed import NAMED_DAY
from bot.core.language.title_words import KIND

# a verb saying a day is observed: отмечается, отмечают, отметят, празднуется, празднуют
_OBSERVED = re.compile(r"(?i)(?<![а-яё])(?:отмеча|отмет[ия]т|праздну)[а-яё]*")
# an event that names no more than the day: a day, week, feast, action, "мероприятие"
_VAGUE = re.compile(r"(?i)^(?:[а-яё-]+\s+)?(?:день|дни|недел|праздник|мероприяти|акци|программ)")
_STEM = re.compile(r"[а-яёa-z0-9]+")
_HEADLINE = 120  # characters a headline line has at most


def occasion_event(text: str, sentence: tuple[int, int] | None, title: str) -> str | None:
    """The event held on the named day `title` when the start's sentence `sentence` (offsets
    into `text`; when None, the post's first sentence saying so) says that day is observed
    and no headline line above it names the day; None otherwise (the title stays). The
    event is held_event's phrase (nominative, capitalised, at most 80 characters) of that
    sentence, else of the first other sentence that has one, of more than one word and not
    vague."""
    if NAMED_DAY.match(title) is None:
        return None
    spans = sentences(text)
    said = [sentence] if sentence is not None else spans
    observed = next((s for s in said if _observes(text[s[0] : s[1]], title)), None)
    if observed is None or _headline_names(text, observed[0], title):
        return None
    for where in [observed, *(s for s in spans if s != observed)]:
        if _lists_items(text, where):
            continue
        held = held_event(text, where)
        if held is not None and " " in held and _VAGUE.match(held) is None:
            return held
    return None


def _lists_items(text: str, sentence: tuple[int, int]) -> bool:
    """Whether `sentence` names a kind and then lists after a colon what it holds
    ("приготовила праздничную программу: в 15:00 начнутся громкие чтения и викторина"):
    what follows are the programme's items, not the event held on the day."""
    colon = text.find(":", *sentence)
    return colon >= 0 and next(finditer_i(KIND, text[sentence[0] : colon]), None) is not None


def _observes(sentence: str, title: str) -> bool:
    """Whether `sentence` says the day `title` is observed: a verb of observing and every
    word of the title (by stems)."""
    return _OBSERVED.search(sentence) is not None and _stems(title) <= _stems(sentence)


def _headline_names(text: str, before: int, title: str) -> bool:
    """Whether a short line (a headline: at most 120 characters) of `text` before offset
    `before` holds every word of `title` (by stems): the writer titled the post by the day."""
    return any(
        len(line) <= _HEADLINE and _stems(title) <= _stems(line)
        for line in text[:before].split("\n")
        if line.strip()
    )


def _stems(phrase: str) -> set[str]:
    """The first five letters of each word: a word's forms share them ("Дня", "День")."""
    return {w[:5] for w in _STEM.findall(phrase.lower().replace("ё", "е"))}
