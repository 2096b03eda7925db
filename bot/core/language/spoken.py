"""Spoken and chat forms of ordinary words, read as the words they stand for: «че на некст
неделе» is «что на след неделе», «шо есть на выхах» is «что есть на выходных», «ой я в 9Б»
is «я в 9Б» (adversarial walk 2026-12-02r, #4 and #16: «некст» was not read, and «на
неделе» alone fell back to the rest of this week).

The vocabulary is a fact of how Russian is typed in chats, not of any one message:

- SPOKEN_WORDS: a whole word (never part of a longer word, of a hyphenated word or of a
  quoted name) that is a colloquial or borrowed spelling of one standard word. «некст»
  (English "next") becomes «след», the abbreviation of «следующий» every period rule already
  reads in all its cases («на след неделе», «в след четверг»), so no case ending is guessed;
- OPENERS: interjections and discourse words that open a spoken message and carry no
  request («ой», «блин», «короче», «слушай», «кстати», «упс»): dropped at the very start,
  with the comma after them, so that «ой я в 9Б» reads as «я в 9Б».

`standard(text)` gives the text with both applied (its other characters kept as typed), or
the text itself when nothing applies. Pure: no store, no clock.
"""

from __future__ import annotations

import re

from bot.core.language.calendar import WEEKDAY

SPOKEN_WORDS: dict[str, str] = {
    # "next": «на некст неделе», «в некст четверг»
    "некст": "след",
    "нехт": "след",
    # «что» as it is said: «чо», «чё», «че», «шо», «што»
    "чо": "что",
    "чё": "что",
    "че": "что",
    "шо": "что",
    "што": "что",
    # the weekend: «выхи», «на выхах», «к выхам»
    "выхи": "выходные",
    "выхах": "выходных",
    "выхам": "выходным",
    # «сегодня», «сейчас» as said
    "седня": "сегодня",
    "сёдня": "сегодня",
    "сення": "сегодня",
    "щас": "сейчас",
    "ща": "сейчас",
    # «пожалуйста»
    "плиз": "пожалуйста",
    "плз": "пожалуйста",
    "пж": "пожалуйста",
    "пжл": "пожалуйста",
    "пжлст": "пожалуйста",
    # an event: «какие меро на неделе», «есть мероприятки»
    "меро": "мероприятия",
    "мерок": "мероприятий",
    "мероприятки": "мероприятия",
    # others of the chat register
    "ваще": "вообще",
    "норм": "нормально",
}
OPENERS = (
    "ой",
    "ой-ой",
    "упс",
    "блин",
    "блин блин",
    "короче",
    "кароче",
    "короч",
    "слушай",
    "слушайте",
    "кстати",
    "ой нет",
)
# «следующий» typed without its «ю» in any case, directly before a period it names («на
# следущей неделе», «в следущий вторник», «в следущем месяце»): its «ю» put back, so the
# period readers see «следующей неделе» (newcomer walk 57: this week was listed instead; a
# bare «след» is not read before every period: «в след четверти»). Before any other word it
# is kept as typed: «Квест Следущий уровень» is a title (review57, #8)
_NEXT_SLIP = re.compile(
    r"(?<![\w\-])следущ(?:ий|ая|ее|ие|его|ей|ему|ую|им|ем|их|ими)"
    r"(?=\s+(?:недел[еиюя]|месяц(?:а|у|ем|е)?|д(?:ень|ня|ню|не)|четверт[иь]|год(?:а|у|ом|е)?"
    rf"|выходн(?:ые|ых|ым)|{WEEKDAY})(?![\w\-]))",
    re.IGNORECASE,
)
# a word as typed: letters of either case, not glued to a hyphen, a letter or a digit
_WORD = re.compile(r"(?<![\w\-])([A-Za-zА-Яа-яЁё]+)(?![\w\-])")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^”]*”")
# the opener is followed by a comma, a space or «!» and then something more
_OPENER = re.compile(
    r"^\s*(?:" + "|".join(sorted((re.escape(o) for o in OPENERS), key=len, reverse=True)) + r")"
    r"(?:\s*[,!.…]+\s*|\s+)(?=\S)",
    re.IGNORECASE,
)


# the spoken words that name a day or a period: an event line's date words as much as a
# question's («Квиз на некст неделе в среду», «Ярмарка на выхах»); «некст» only right before
# a period it names (`_PERIOD_AFTER`), as «Квест Некст левел» is a name
DATE_WORDS = frozenset({"некст", "нехт", "выхи", "выхах", "выхам", "седня", "сёдня", "сення"})
# the words of courtesy, never a word of a name («отмени пж Клуб Норм»)
COURTESY_WORDS = frozenset({"плиз", "плз", "пж", "пжл", "пжлст"})
# the words of a message's frame that no name is made of: kept mended in a title's message
FRAME_WORDS = DATE_WORDS | COURTESY_WORDS
# the spoken nouns for «мероприятие»: a request's noun of kind («отмени меро в субботу»)
KIND_WORDS = frozenset({"меро", "мерок", "мероприятки"})
_PERIOD_AFTER = re.compile(
    r"\s+(?:недел[еиюя]|месяц(?:а|у|ем|е)?|д(?:ень|ня|ню|не)|четверт[иь]|год(?:а|у|ом|е)?"
    rf"|выходн(?:ые|ых|ым)|вых(?:и|ах|ам)|{WEEKDAY})(?![\w\-])",
    re.IGNORECASE,
)
_NEEDS_PERIOD = frozenset({"некст", "нехт"})


def standard(text: str, names_kept: bool = False) -> str:
    """`text` with its spoken words in their standard forms and a spoken opener dropped
    (module docstring); the same string when nothing applies. Quoted names are kept as they
    are («Клуб «Некст»»). A word's case follows the typed word's first letter. `names_kept`:
    only the words of FRAME_WORDS (a message that names a title: «Клуб Норм 14 декабря»)."""
    opened = _OPENER.match(text)
    rest = text[opened.end() :] if opened is not None else text
    if "следущ" not in rest.lower() and not any(
        word.lower() in SPOKEN_WORDS for word in _WORD.findall(rest)
    ):
        return rest
    parts: list[str] = []
    last = 0
    for quoted in _QUOTED.finditer(rest):
        parts.append(_words(rest[last : quoted.start()], names_kept))
        parts.append(quoted.group(0))
        last = quoted.end()
    parts.append(_words(rest[last:], names_kept))
    return "".join(parts)


def mended_words(text: str, kinds: bool) -> frozenset[str]:
    """The standard forms (lower case) that `standard(text)` puts for words that may be a
    name's: not FRAME_WORDS, nor KIND_WORDS unless `kinds` («Клуб Норм» → {"нормально"})."""
    kept = FRAME_WORDS if kinds else FRAME_WORDS | KIND_WORDS
    typed = {word.lower() for word in _WORD.findall(text)}
    return frozenset(SPOKEN_WORDS[w] for w in typed if w in SPOKEN_WORDS and w not in kept)


def _words(segment: str, names_kept: bool) -> str:
    """`segment` (no quoted name in it) with each spoken word replaced (`names_kept`: only
    the words of FRAME_WORDS)."""

    def replaced(match: re.Match[str]) -> str:
        word = match.group(1)
        found = SPOKEN_WORDS.get(word.lower())
        if found is None or (names_kept and word.lower() not in FRAME_WORDS):
            return word
        if word.lower() in _NEEDS_PERIOD and not _PERIOD_AFTER.match(slipped, match.end()):
            return word  # «Квест Некст левел»: a name, no period after it
        return found.capitalize() if word[:1].isupper() else found

    def next_period(match: re.Match[str]) -> str:
        typed = match.group(0)
        return typed[:5] + "ю" + typed[5:]  # «следущей» → «следующей», its case kept

    slipped = _NEXT_SLIP.sub(next_period, segment)
    return _WORD.sub(replaced, slipped)
