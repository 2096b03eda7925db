"""A sentence after a long post's event sentence that tells an event of its own: «12 апреля
в городе пройдёт субботник. Для желающих подготовили мероприятия:» — an
item of a list that follows («► в парке с 10:00 до 13:00 пройдёт мастер-класс») has its own
verb of taking place («пройдёт», «состоится», «запланирован») and its own subject, a noun
the event's sentence does not name. A plain sentence is not read so: «Праздничные
мероприятия пройдут с 10:00 до 21:00» is most often the event's own frame. Its clocks are that side
event's hours, not the main event's (parse72; fresh70 #4). A pronoun subject («Он пройдёт
с 10:00 до 13:00») or the event's own noun again («Субботник пройдёт с 10:00») is the same
event.

Read by pymorphy3 (lemmas, cases), only for the few sentences of an event's block that a
draft's clock is checked against (start_doubts.end_elsewhere)."""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.morphology import parses

# verbs of taking place, by lemma (any tense), and the short participle «запланирован»
_TAKES_PLACE = frozenset({"пройти", "проходить", "состояться", "проводиться", "запланировать"})
_WORD = re.compile(r"[а-яё]+")
# a list item's line: after a line closing on «:» or «;» (the marks «►», «•» may be gone
# from the normalised text), or opening on a mark of its own
_ITEM_AFTER = re.compile(r"[:;][ \t]*\n[ \t]*$")
_ITEM_MARK = re.compile(r"[ \t]*(?:[►•▪●*·\-–—]|\d{1,2}[.)])")


def tells_other_event(text: str, sentence: tuple[int, int], event: tuple[int, int]) -> bool:
    """Whether `text[sentence]` (lowered text; spans as (start, end)) tells an event of its
    own beside the one of `text[event]`: a verb of taking place whose nominative subject
    noun (the first one after the verb, else the last before it) is not named in the
    event's sentence (see the module docstring)."""
    if not _list_item(text, sentence[0]):
        return False  # a plain sentence: often the event's own frame («мероприятия пройдут …»)
    words = _WORD.findall(text[sentence[0] : sentence[1] + 1])
    at = next((i for i, w in enumerate(words) if _takes_place(w)), None)
    if at is None:
        return False
    subject = _subject(words[at + 1 :]) or _subject(list(reversed(words[:at])))
    if subject is None or subject.tag.POS != "NOUN":
        return False
    named = {
        p.normal_form for w in _WORD.findall(text[event[0] : event[1] + 1]) for p in parses(w)[:1]
    }
    return subject.normal_form not in named


def _list_item(text: str, at: int) -> bool:
    """Whether the sentence at `at` opens a line that is an item of a list: the line before
    it closes on «:» or «;», or its own line opens on a list mark."""
    line = text.rfind("\n", 0, at) + 1
    if text[line:at].strip(" \t►•▪●*·-–—") or line == 0:
        return False  # the sentence does not open its line
    return bool(_ITEM_AFTER.search(text, max(0, line - 8), line) or _ITEM_MARK.match(text, line))


def _takes_place(word: str) -> bool:
    """Whether `word` is a verb (or short participle) of taking place, by pymorphy3's
    likeliest reading."""
    if not word.startswith(("про", "сост", "запл")):
        return False
    found = parses(word)
    if not found:
        return False
    best = found[0]
    return best.tag.POS in ("VERB", "PRTS") and best.normal_form in _TAKES_PLACE


def _subject(words: list[str]) -> Any:
    """The first of `words` (up to four) read as a nominative noun or pronoun (its likeliest
    reading a noun or pronoun with a nominative reading); None when there is none."""
    for word in words[:4]:
        found = parses(word)
        if not found or found[0].tag.POS not in ("NOUN", "NPRO"):
            continue
        kind = found[0].tag.POS
        nominative = next((p for p in found if p.tag.case == "nomn" and kind == p.tag.POS), None)
        if nominative is not None:
            return nominative
    return None
