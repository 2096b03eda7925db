"""A quoted name that is itself what a verb of holding holds: "пройдёт традиционный «Детский
день»", "состоится «Лыжня России»", "«Битва хоров» пройдёт в актовом зале".

Russian announcements often give the event by its name alone, with no kind noun before it:
the quote is the subject (or the object) of the verb that says the event is held. A reader
takes the name as the event; a kind said in the next sentence ("Участников ждут мастер-классы")
is an item of its programme. The title chooser looks for kinds first and so took the item.

The name counts when, in the start's sentence, it stands
- after a verb of holding (title_apposition.HOLDING: пройти, состояться, стартовать,
  провести …) with only adjectives, participles or adverbs between ("пройдёт ежегодная"),
  spaces only — never after a preposition or a noun ("пройдёт в «Кванториуме»", "в ДК
  «Восток»"), or
- right before such a verb, opening its clause (or after a date or adjectives): "«Битва
  хоров» пройдёт 14 марта";
and is not the first of a list ("пройдут «Весёлые старты», эстафеты и конкурсы": one item).

Used by post_draft (with_post_facts, after title_held). Round 42, tests/data/title77.md."""

from __future__ import annotations

import re

from bot.core.language.tails import last_words_start
from bot.core.language.title_apposition import HOLDING
from bot.core.language.title_quotes import accusative_named
from bot.core.language.title_words import QUOTE, short_quote, word_parses

_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?)([ \t]+)$")
_WORD_AFTER = re.compile(r"[ \t]+([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?)")
_LISTED = re.compile(r",[ \t]*(?:[«\"“]|([А-ЯЁа-яё]+))|[ \t]+и[ \t]+(?:[«\"“]|([А-ЯЁа-яё]+))")
_MODIFIERS = frozenset({"ADJF", "PRTF", "ADVB", "NUMR"})  # between the verb and the name
_REACH = 4  # modifiers at most between the verb and the name
_OPENING = re.compile(r"(?:^|[.!?,:;—–\n]\s*|\d\s+[а-яё]+\s+)$")  # a clause's or a date's end


def held_quote(text: str, sentence: tuple[int, int]) -> str | None:
    """The first quoted name of text[sentence] that a verb of holding holds (see the module
    docstring), as «name» (title_words.short_quote); None when there is none."""
    start, end = sentence
    for quote in QUOTE.finditer(text, start, end):
        if _listed(text, quote.end()):
            continue
        if _after_verb(text, start, quote.start()):
            # "проведёт «Зарницу»": an object in the accusative, named in the nominative
            return accusative_named(short_quote(quote.group(0)))
        if _before_verb(text, start, quote):
            return short_quote(quote.group(0))
    return None


def with_held_quote(text: str, sentence: tuple[int, int] | None, title: str) -> str | None:
    """The held quoted name of `sentence` (held_quote) when `title` does not already hold its
    words; None otherwise (the title stands)."""
    if sentence is None:
        return None
    name = held_quote(text, sentence)
    if name is None or _plain(name[1:-1]) in _plain(title):
        return None
    return name


def _plain(words: str) -> str:
    """`words` in lower case with "ё" as "е" and without quote marks."""
    return re.sub(r"[«»\"“”]", "", words.lower().replace("ё", "е")).strip()


def _after_verb(text: str, start: int, at: int) -> bool:
    """Whether a verb of holding stands before `at` in the same clause with only modifiers
    (adjectives, participles, adverbs) and spaces between."""
    end = at
    for _ in range(_REACH + 1):
        word = _word_before(text, start, end)
        if word is None:
            return False
        if _holding(word.group(1)):
            return True
        found = word_parses(word.group(1))
        if not found or found[0].tag.POS not in _MODIFIERS:
            return False
        end = word.start()
    return False


def _before_verb(text: str, start: int, quote: re.Match[str]) -> bool:
    """Whether a verb of holding follows the quote (spaces between) and the quote opens its
    clause, after a date or modifiers at most: "«Битва хоров» пройдёт", "Традиционный «День
    самоуправления» прошёл"."""
    word = _WORD_AFTER.match(text, quote.end())
    if word is None or not _holding(word.group(1)):
        return False
    end = quote.start()
    for _ in range(_REACH + 1):
        # a match spans at most two words (a date's digits and its month): tails.py
        if _OPENING.search(text, last_words_start(text, start, end, 2), end) or end == start:
            return True
        before = _word_before(text, start, end)
        if before is None:
            return False
        found = word_parses(before.group(1))
        if not found or found[0].tag.POS not in ("ADJF", "PRTF"):
            return False
        end = before.start()
    return False


def _word_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_WORD_BEFORE.search(text, start, end)`: the word right before `end` (and the spaces
    after it) in text[start:end], searched from the window's last word (tails.py: a match is
    one word; the sentence before it is not read)."""
    return _WORD_BEFORE.search(text, last_words_start(text, start, end, 1), end)


def _holding(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a verb (or short participle) of
    holding an event (title_apposition.HOLDING)."""
    found = word_parses(word)
    return bool(found) and found[0].tag.POS in ("VERB", "PRTS") and found[0].normal_form in HOLDING


def _listed(text: str, at: int) -> bool:
    """Whether the quote ending at `at` opens a list: a comma or "и" and then another quote
    or a noun ("«Весёлые старты», эстафеты и конкурсы"); a conjunction, a pronoun, a
    participle or a verb after the comma goes on the sentence ("«Детский день», однако …")."""
    listed = _LISTED.match(text, at)
    if listed is None:
        return False
    word = listed.group(1) or listed.group(2)
    if word is None:
        return True  # another quote
    found = word_parses(word)
    return bool(found) and found[0].tag.POS == "NOUN"
