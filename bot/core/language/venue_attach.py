"""What ties a venue candidate to the EVENT rather than to anything else a post names: the
grammar around a place phrase, read with pymorphy3 lemmas and tags, for the venue chooser
(venue_choice.py).

For a candidate at offset `at` of a post (the first word of its phrase, after the
preposition) `attachment` gives, each within [0, 1]:

- governed: the place phrase is an adverbial of the event's own predicate in the same
  clause — a verb of taking place, of inviting or of gathering («пройдёт в …», «состоится на
  базе …», «приглашаем в …», «соберутся у …») before or after it with no clause boundary
  (a full stop, a semicolon, a line's end, a relative pronoun) between, or a labelled line
  («Место проведения: …»); the nearer the verb, the higher (1 / (1 + words / 3));
- relative: the phrase stands inside a relative or participial clause about another noun
  («клуб, что находится в Заболотной», «расположенном на …»): it locates that noun, not the
  event;
- place_preposition: the phrase is the object of a preposition of place in the case it
  governs (в/во/на/при + the locative by pymorphy3 tags; у/возле/около + the genitive) or of
  a compound one («на базе», «на территории», «по адресу», «в здании»);
- in_block: the phrase stands in the paragraph (text between blank lines) that holds the
  event's sentence (the sentence of the chosen start's date);
- date_near: 1 / (1 + words / 5) between the phrase and the nearest date of the event's
  sentence («21 сентября», «07.11.2017»), 0 outside that sentence;
- head_place: the candidate's head noun (its first noun, by pymorphy3's lemma) is a noun of
  a kind of place (place_nouns.PLACE: музей, библиотека, школа, зал, парк, центр …: a class
  of Russian words, no particular venue);
- organiser: the phrase is an organiser's or a sender's, not a place: a word of organising,
  supporting or reporting (организатор, при поддержке, сообщает, пресс-служба …) in the few
  words before it, or it stands in the post's last line after the event's sentence (a
  signature).

Plain Python over regular expressions and pymorphy3's cached readings; no lexicon of venues.
"""

from __future__ import annotations

import re

from bot.core.language.event_verbs import EVENT_VERBS
from bot.core.language.morphology import parses
from bot.core.language.place_nouns import PLACE

ATTACHMENT = (
    "governed",
    "relative",
    "place_preposition",
    "in_block",
    "date_near",
    "head_place",
    "organiser",
)

# the nouns of an event's own place ("место проведения", "сбор участников")
_PLACE_LABEL = re.compile(
    r"(?i)(?:место|адрес|площадка|локация)(?:\s+(?:проведения|встречи|сбора))?\s*[:—–-]\s*$|где\s*[:?]\s*$"
)
# what begins a relative or participial clause about another noun
_RELATIVE = frozenset({"что", "который", "где", "куда", "откуда"})
_RELATIVE_VERBS = frozenset(
    {"находиться", "располагаться", "расположить", "расположенный", "находящийся", "жить"}
)
# the lemmas of organising, supporting, reporting: their genitive or locative is a sender's
_ORGANISER = frozenset(
    {
        "организатор",
        "организация",
        "поддержка",
        "партнёр",
        "партнер",
        "учредитель",
        "спонсор",
        "сообщать",
        "сообщить",
        "писать",
        "пресс-служба",
        "информация",
        "источник",
        "редакция",
        "автор",
        "фото",
        "уважение",
        "инициатива",
        "содействие",
    }
)
_COMPOUND_PLACE = re.compile(
    r"(?i)(?:^|[\s(,;])(?:на\s+базе|на\s+территории|по\s+адресу|в\s+здании|в\s+помещении"
    r"|в\s+стенах|на\s+площадке|на\s+сцене)\s*$"
)
_PREPOSITION = re.compile(r"(?i)(?:^|[\s(,;])(в|во|на|при|у|возле|около|близ|вблизи|напротив)\s+$")
_GOVERNS = {"в": "loct", "во": "loct", "на": "loct", "при": "loct"}
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*")
_BOUNDARY = re.compile(r"[.!?;\n]")
_DATE = re.compile(
    r"(?i)\b\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр"
    r"|декабр)|\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\b"
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MODIFIERS = frozenset({"ADJF", "PRTF", "NUMR"})
_COMPOUND_HEAD = re.compile(r"(?:театр|центр|зал|парк|клуб|комплекс|дворец|музей)$")
WINDOW = 12  # words looked at on each side of the phrase within its clause


def attachment(
    text: str, at: int, shown: str, event_sentence: tuple[int, int] | None
) -> list[float]:
    """The ATTACHMENT features of a candidate shown as `shown` at offset `at` of `text` (-1:
    a candidate with no place in the text, every feature 0 but head_place), in that order."""
    head = 1.0 if _head_is_place(shown) else 0.0
    if at < 0:
        return [0.0, 0.0, 0.0, 0.0, 0.0, head, 0.0]
    start, end = _clause(text, at)
    before = text[start:at]
    governed, relative = _governing(text, start, at, end)
    if _PLACE_LABEL.search(text[text.rfind("\n", 0, at) + 1 : at]):
        governed = 1.0
    return [
        governed,
        relative,
        _place_preposition(text, at),
        1.0 if event_sentence and _same_block(text, at, event_sentence[0]) else 0.0,
        _date_near(text, at, event_sentence),
        head,
        1.0 if _organiser(before, text, at, event_sentence) else 0.0,
    ]


def _clause(text: str, at: int) -> tuple[int, int]:
    """The sentence around `at`: from after the previous full stop, semicolon or line's end
    to the next one."""
    start = max(text.rfind(ch, 0, at) for ch in ".!?;\n") + 1
    found = _BOUNDARY.search(text, at)
    return start, found.start() if found else len(text)


def _lemmas(fragment: str) -> list[tuple[str, str]]:
    """Each word of `fragment` with pymorphy3's likeliest lemma and part of speech."""
    out = []
    for m in _WORD.finditer(fragment):
        found = parses(m.group(0).lower())
        out.append((str(found[0].normal_form), str(found[0].tag.POS)) if found else ("", ""))
    return out


def _governing(text: str, start: int, at: int, end: int) -> tuple[float, float]:
    """(governed, relative) of a phrase at `at` in the clause text[start:end]."""
    # (the prepositions between a verb and the phrase count no distance: "пройдёт в …")
    before = [w for w in _lemmas(text[start:at]) if w[1] != "PREP"][-WINDOW:]
    after = _lemmas(text[at:end])[:WINDOW]
    relative = 0.0
    since_comma = _lemmas(text[max(start, text.rfind(",", start, at) + 1) : at])
    if any(lemma in _RELATIVE or lemma in _RELATIVE_VERBS for lemma, _ in since_comma):
        relative = 1.0
    distance = None
    for k, (lemma, _) in enumerate(reversed(before)):
        if lemma in _RELATIVE:
            break
        if lemma in EVENT_VERBS:
            distance = k
            break
    for k, (lemma, _) in enumerate(after):
        if lemma in _RELATIVE:
            break
        if lemma in EVENT_VERBS and (distance is None or k < distance):
            distance = k
            break
    governed = 0.0 if distance is None or relative else 1 / (1 + distance / 3)
    return governed, relative


def _place_preposition(text: str, at: int) -> float:
    """1.0 when the phrase at `at` is the object of a preposition of place in the case it
    governs (a compound one always), else 0.0."""
    before = text[max(0, at - 40) : at]
    if _COMPOUND_PLACE.search(before):
        return 1.0
    found = _PREPOSITION.search(before)
    if not found:
        return 0.0
    case = _GOVERNS.get(found.group(1).lower(), "gent")
    word = _WORD.match(text, at)
    if word is None:
        return 1.0  # a quoted name or an abbreviation's mark right after the preposition
    readings = parses(word.group(0).lower())
    if any(p.tag.case == case or (case == "loct" and p.tag.case == "loc2") for p in readings):
        return 1.0
    return 1.0 if word.group(0).isupper() else 0.0  # "в МБОУ …": an abbreviation


def _same_block(text: str, at: int, sentence_start: int) -> bool:
    """Whether `at` and the event's sentence stand in the same paragraph."""
    low, high = sorted((at, sentence_start))
    return _BLANK_LINE.search(text, low, high) is None


def _date_near(text: str, at: int, event_sentence: tuple[int, int] | None) -> float:
    """1 / (1 + words / 5) between `at` and the nearest date of the event's sentence when
    `at` is in it, else 0."""
    if not event_sentence or not event_sentence[0] <= at < event_sentence[1]:
        return 0.0
    best = None
    for m in _DATE.finditer(text, event_sentence[0], event_sentence[1]):
        low, high = sorted((m.start(), at))
        words = len(_WORD.findall(text[low:high]))
        best = words if best is None else min(best, words)
    return 0.0 if best is None else 1 / (1 + best / 5)


def _head_is_place(shown: str) -> bool:
    """Whether the head noun of `shown` (its first word pymorphy3 reads first as a noun, the
    adjectives before it skipped) names a kind of place by its lemma: place_nouns.PLACE, or
    a compound ending in one of the commonest («драмтеатр», «спорткомплекс»)."""
    for m in _WORD.finditer(shown):
        found = parses(m.group(0).lower())
        if found and found[0].tag.POS in _MODIFIERS:
            continue
        nouns = [p for p in found if p.tag.POS == "NOUN"]
        if nouns:
            return any(
                PLACE.fullmatch(str(p.normal_form)) or _COMPOUND_HEAD.search(str(p.normal_form))
                for p in nouns
            )
        return bool(PLACE.match(m.group(0)))  # "ДК", an abbreviation
    return False


def _organiser(before: str, text: str, at: int, event_sentence: tuple[int, int] | None) -> bool:
    """Whether the phrase at `at` is an organiser's or a sender's: a word of organising or
    reporting among the five words before it, or it stands in the post's last line after
    the event's sentence."""
    if any(lemma in _ORGANISER for lemma, _ in _lemmas(before)[-5:]):
        return True
    last_line = text.rstrip().rfind("\n")
    return (
        last_line > 0
        and at > last_line
        and event_sentence is not None
        and event_sentence[1] <= last_line
    )
