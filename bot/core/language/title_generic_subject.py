"""A dated sentence whose subject is only "мероприятие" or "события": the event is named
in one of the sentences right after it.

"Мероприятие пройдёт 14 марта в ДК «Юность». В рамках фестиваля пройдут лекции и
мастер-классы": the writer dates the event by a generic noun and names it in the next
sentence — as the frame the items are held in ("в рамках фестиваля"), or as what that
sentence says is held ("События развернутся 19 и 20 марта. С таким размахом пройдёт первый
Всероссийский экофорум"). A reader calls the event by that name, not by the generic noun nor
by an item of its programme ("Лекции").

The generic sentence: the start's sentence holds "мероприятие" or "событие/события" in the
nominative, with no quoted name right after it and no demonstrative before it ("это
мероприятие состоится" points back to the event named before), and no kind of event
(title_words.KIND) besides. The name: in the first of the next three sentences that names
one, the kind right after "в рамках" opening it (with its adjectives and a quoted name after
it), else title_held.held_event of it when its head is no generic noun again. A sentence
saying "одним из …" (one of several: the post goes on to list items) ends the search. A
title whose quoted name the post writes by the dated sentence's end stands.

Used by post_draft (with_post_facts, after title_held). Round 42, tests/data/title77.md."""

from __future__ import annotations

import re

from bot.core.language.lowered import finditer_span
from bot.core.language.morphology import to_nominative
from bot.core.language.sentences import sentences
from bot.core.language.title_held import held_event
from bot.core.language.title_words import KIND, inside_quotes, short_quote, word_parses

_NEXT = 3  # sentences after the generic one read for the name
# demonstratives that point the generic noun back to the event named before it
_POINTING_BACK = frozenset({"это", "этот", "эта", "эти", "данное", "данные", "такое", "такие"})
_GENERIC = frozenset({"мероприятие", "событие"})
_QUOTED = re.compile(r"[«\"“]([^«»\"“”]+)[»\"”]")
_ONE_OF = re.compile(r"(?i)(?<![а-яё])одн(?:им|ой|о|а|у|ого|ою)\s+из(?![а-яё])")
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
# "В рамках городского фестиваля «Наука 0+»": the frame's opening, then up to three
# adjectives, the kind and its quoted name
_IN_FRAME = re.compile(r"\s*[Вв]\s+рамках\s+")
_FRAME_WORDS = 4
_NAME_AFTER = re.compile(r"\s+(«[^«»]{2,80}»)")


def named_after_generic(text: str, sentence: tuple[int, int] | None, title: str) -> str | None:
    """The event a sentence after `sentence` names when `sentence` dates only a generic
    noun (see the module docstring); None when it does not, when the next sentences name no
    event, or when `title` already holds the event's kind (its first five letters)."""
    if sentence is None or _named_by_then(text, sentence, title):
        return None  # "Мероприятие «…»": the title's name, written by the dated sentence
    if not _generic_only(text, sentence):
        return None
    following = [s for s in sentences(text) if s[0] >= sentence[1]][:_NEXT]
    named = None
    for next_sentence in following:
        if _ONE_OF.search(text, *next_sentence):
            return None  # "Одним из центральных мероприятий станет …": the post lists items
        named = _frame(text, next_sentence) or _held(text, next_sentence)
        if named is not None:
            break
    if named is None:
        return None
    kind = KIND.search(named)
    if kind is not None and kind.group(0)[:5].lower() in title.lower():
        return None
    return named


def _named_by_then(text: str, sentence: tuple[int, int], title: str) -> bool:
    """Whether `title` has a quoted name that `text` writes before the end of `sentence`."""
    name = _QUOTED.search(title)
    return name is not None and name.group(1).lower() in text[: sentence[1]].lower()


def _generic_only(text: str, sentence: tuple[int, int]) -> bool:
    """Whether text[sentence] holds a generic noun in the nominative and no kind word outside
    quotes."""
    inside = inside_quotes(text)
    start, end = sentence
    kinds = [k for k in finditer_span(KIND, text, start, end) if not inside(k.start())]
    if any(not _generic(k.group(0)) for k in kinds):
        return False
    previous = ""
    for word in _WORD.finditer(text, start, end):
        if _generic(word.group(0)) and previous.lower() in _POINTING_BACK:
            return False  # "это мероприятие состоится": the event named before
        previous = word.group(0)
        if _generic(word.group(0)):
            # "Мероприятие «День открытых дверей» пройдёт": the generic noun has its name
            return not text.startswith(("«", '"', " «", ' "'), word.end())
    return False


def _generic(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a nominative of _GENERIC."""
    found = word_parses(word)
    return bool(found) and found[0].normal_form in _GENERIC and found[0].tag.case == "nomn"


def _lemma(word: str) -> str:
    """pymorphy3's likeliest lemma of `word` ("" when it has none)."""
    found = word_parses(word)
    return found[0].normal_form if found else ""


def _frame(text: str, sentence: tuple[int, int]) -> str | None:
    """The kind "в рамках" opens text[sentence] with, in the nominative with its adjectives
    (up to three) and its quoted name: "Городской фестиваль «Наука 0+»"; None when there is
    none."""
    opening = _IN_FRAME.match(text, sentence[0], sentence[1])
    if opening is None:
        return None
    words = list(_WORD.finditer(text, opening.end(), sentence[1]))[:_FRAME_WORDS]
    kind = next((k for k, w in enumerate(words) if KIND.fullmatch(w.group(0))), None)
    if kind is None or _lemma(words[kind].group(0)) in _GENERIC:
        return None
    nominative = to_nominative([w.group(0) for w in words[: kind + 1]], governed=True)
    phrase = " ".join(nominative)
    name = _NAME_AFTER.match(text, words[kind].end())
    if name is not None:
        phrase += " " + short_quote(name.group(1))
    return phrase[:1].upper() + phrase[1:]


def _held(text: str, sentence: tuple[int, int]) -> str | None:
    """held_event of text[sentence] when its head is no generic noun; None otherwise."""
    held = held_event(text, sentence)
    if held is None or any(_generic(w) for w in held.split()[:4]):
        return None
    return held
