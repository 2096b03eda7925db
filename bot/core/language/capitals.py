"""A message written all in capitals, read as if written in normal case: «НА БОЛЬШОЙ
ПЕРЕМЕНЕ 12 ДЕКАБРЯ В 10:00 ПРОЙДЁТ ФЛЕШМОБ», «12 ДЕКАБРЯ В 15:00 В АКТОВОМ ЗАЛЕ ШКОЛЫ
СОСТОИТСЯ КОНЦЕРТ «ЗИМНИЕ ЗВЁЗДЫ»».

The parser's rules read capitals as signs — a proper name, a headline, a sentence's start,
an abbreviation — so a line where every word is capitalised misreads them all («ШКОЛЫ
КОНЦЕРТ …» as the title, «актовый зал» without «школы»), and the card shows the shouting.
Capitals carry no such sign in a text written wholly in them, so it is rewritten as a writer
in normal case would have written it:

- a word the dictionary knows in lower case is lower case, a name's first letter kept
  (pymorphy3's first reading a first name, surname, patronymic, place or organisation:
  «КАЗАНЬ» → «Казань»);
- a word it does not know (an abbreviation: «МЧС», «ГИБДД», «КГТУ», «ГТО») stays in capitals,
  and so does a Latin word;
- the first letter of the text, of each sentence and of each name in quotes is a capital.

Only a text whose letters are at least CAPS_SHARE capitals, MIN_LETTERS letters or more, is
rewritten; a post with a headline in capitals over a normal text is not (its headline is a
sign the title rules read). The rewrite changes case only: the text keeps its length, so
the message as written is what is stored and shown as its description (intents._as_written).

Pure: no store, no clock.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import is_known, parses
from bot.core.language.post_analysis import analysis

CAPS_SHARE = 0.9  # of the letters: a text written in capitals, a few digits' units aside
MIN_LETTERS = 12  # «ГТО», «МЧС 9А»: too short to tell shouting from abbreviations
_WORD = re.compile(r"[А-ЯЁа-яё]+")
# where a capital opens: the text's start, after a sentence's end, an opening quote
_OPENS = re.compile(r"(?:\A|[.!?…]\s+|\n\s*|[«\"„“]\s*)(?=[а-яё])")
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn")


def in_normal_case(text: str) -> str:
    """`text` rewritten in normal case when it is written all in capitals (module
    docstring), else `text` unchanged. Same length either way."""
    letters, capitals = analysis(text).letter_counts()
    if letters < MIN_LETTERS:
        return text
    if capitals < CAPS_SHARE * letters:
        return text
    return _capitalise_openings(_WORD.sub(_word_case, text))


def _word_case(m: re.Match[str]) -> str:
    """One Cyrillic word of a text in capitals as normal case writes it: a lone letter (the
    prepositions «В», «С», «К», «У», «О») and a known word in lower case, a name's first
    letter a capital, an unknown word (an abbreviation) as written."""
    word = m.group(0)
    low = word.lower()
    if m.start() > 0 and m.string[m.start() - 1].isdigit():
        return word  # «7Б», «5-А»: a class's letter as written
    if len(word) == 1:
        return low
    if not is_known(low):
        return word  # «КГТУ»: an abbreviation the dictionary lacks
    found = parses(low)
    if found and "Abbr" in found[0].tag:
        return word  # «МЧС», «ГИБДД»: the dictionary's abbreviations
    if found and any(tag in found[0].tag for tag in _NAME_TAGS):
        return low[:1].upper() + low[1:]
    return low


def _capitalise_openings(text: str) -> str:
    """`text` with the letter after each opening (_OPENS) a capital."""
    chars = list(text)
    for m in _OPENS.finditer(text):
        chars[m.end()] = chars[m.end()].upper()
    return "".join(chars)
