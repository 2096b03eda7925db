"""Whether a post's heading names its event or the body does: a heading naming several events
(a digest), a catchphrase or a headline above a dated sentence that names the event, an
umbrella whose dated item is the event, and the body's mention that gives a heading's kind
its name or its proper adjective. Used by title.py (concise_title) and title_settled.py."""

from __future__ import annotations

import re

from bot.core.language.lowered import finditer_i, search_i
from bot.core.language.title_cues import CUE_VERB, has_cue
from bot.core.language.title_days import NAMED_DAY
from bot.core.language.title_grammar import directed_noun
from bot.core.language.title_heading import Heading
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_pointed_back import pointed_back
from bot.core.language.title_repeated import repeats_words
from bot.core.language.title_words import (
    CYRILLIC_WORD,
    KIND,
    MAX_TITLE,
    OPEN_QUOTE,
    inside_quotes,
    kind_key,
    phrase_kind_key,
    word_parses,
)

# a day, week, night or ten-day period named in a heading: a named period, no catchphrase
_WEEK = re.compile(r"(?i)(?<![а-яё])(?:день|дня|дни|недел[а-яё]*|ноч[ьи]|декад[а-яё]*)(?![а-яё])")

# kinds one event is named by in the plural ("Соревнования по плаванию", "Пушкинские чтения")
_ONE_IN_PLURAL = re.compile(r"(?i)соревновани|состязани|чтени|дебат|игр|сбор|выпускн|дни")

# a capitalised adjective right before a kind ("на Губернаторскую елку"), and what precedes it
_PROPER_BEFORE = re.compile(r"(\S?)\s*([А-ЯЁ][а-яё]{3,}(?:[ыиоа][йея]|[ую]ю|[оеая][йяе]))\s+$")


def proper_in_dated(text: str, heading: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The dated sentence's phrase of the heading's kind when it is named there with a
    capitalised adjective inside the sentence (a proper name: "На Губернаторскую елку,
    которая состоится 26 декабря" below "Ёлка для отличников"), in the nominative
    (kind_phrase), at most 80 characters; None when the heading has a quoted name or the
    adjective already, or the dated sentence gives no such phrase. A capital inside a
    sentence marks a name's word in Russian; the heading says only the kind and whom for.
    A qualitative adjective («Большой концерт») is written with a capital for emphasis and
    names nothing: the heading stays."""
    if event_sentence is None or OPEN_QUOTE.search(heading):
        return None
    found = search_i(KIND, heading)
    if found is None:
        return None
    key, low_heading = _lemma_key(found.group(0)), heading.lower().replace("ё", "е")
    start, end = event_sentence
    for m in finditer_i(KIND, text[:end]):
        if m.start() < start or _lemma_key(m.group(0)) != key:
            continue
        before = _PROPER_BEFORE.search(text, max(start, m.start() - 40), m.start())
        if before is None or before.group(1) in _SENTENCE_OPENERS or before.group(1).isdigit():
            continue  # a sentence's, a list item's or a name's first word is capitalised anyway
        if _qualitative(before.group(2)):
            continue  # «Большой концерт»: a capital for emphasis, no name (review46 M3)
        if before.group(2).lower().replace("ё", "е")[:5] in low_heading:
            continue
        phrase = kind_phrase(text, before.start(2), m.end())
        return phrase if len(phrase) <= MAX_TITLE and " " in phrase else None
    return None


# what comes before a sentence's, a list item's or a name's first word («: — • 1.»)
_SENTENCE_OPENERS = frozenset(
    ("", ".", "!", "?", "«", '"', "“", "\n", ":", "-", "–", "—", "•", ")")
)


def _qualitative(word: str) -> bool:
    """Whether the adjective's likeliest reading is qualitative (pymorphy3 Qual: «Большой»,
    «Праздничный», «Весёлый»): a quality, where a name's adjective is relative or possessive
    («Губернаторская», «Пушкинский»)."""
    found = word_parses(word.lower())[:1]
    return bool(found) and "Qual" in found[0].tag


def _lemma_key(word: str) -> str:
    """A kind word's key read through its likeliest lemma (pymorphy3), so that its cases
    meet ("Ёлка", "елку"); its kind_key when no dictionary reading is found."""
    found = word_parses(word.lower())[:1]
    return (found[0].normal_form if found else kind_key(word)).replace("ё", "е")


# "в рамках районной спартакиады", "в рамках фестиваля": the umbrella a dated item is held in
_WITHIN = re.compile(r"(?i)(?<![а-яё])в\s+рамках\s")


def frames_dated_item(text: str, heading: str, event_sentence: tuple[int, int] | None) -> bool:
    """Whether the event's dated sentence says its event is held within the heading's
    ("в рамках районной спартакиады школьников пройдут соревнования …" under "Районная
    спартакиада …"): "в рамках" and, within three words, a kind with the heading kind's
    key, while an announcing verb of the sentence is followed by another kind."""
    found = search_i(KIND, heading)
    if event_sentence is None or found is None or "рамках" not in text:
        return False
    key = kind_key(found.group(0))
    framed = False
    for m in _WITHIN.finditer(text, *event_sentence):
        for word in CYRILLIC_WORD.finditer(text, m.end(), min(m.end() + 60, event_sentence[1])):
            kind = search_i(KIND, word.group(0))
            if kind is not None and kind.start() == 0:
                framed = framed or kind_key(kind.group(0)) == key
                break  # the umbrella's own kind, the first after "в рамках"
    if not framed:
        return False
    for cue in CUE_VERB.finditer(text, *event_sentence):
        other = KIND.search(text, cue.end(), min(cue.end() + 60, event_sentence[1]))
        if other is not None and kind_key(other.group(0)) != key:
            return True
    return False


def same_kind(phrase: str, other: str) -> bool:
    """Whether two phrases are built around kinds with the same key."""
    return phrase_kind_key(phrase) == phrase_kind_key(other)


def one_of_several(text: str, picked: str, event_sentence: tuple[int, int]) -> str | None:
    """The dated sentence's phrase of a kind whose plural the picked phrase is, when the
    picked phrase names several events ("Слёты юных туристов и краеведов", a plural kind
    in the nominative, is_digest) and the dated sentence names one in the singular ("пройдёт
    Всероссийский слёт юных краеведов", pymorphy3): that one is the event. None otherwise."""
    if not is_digest(picked):
        return None
    key = phrase_kind_key(picked)
    for m in finditer_i(KIND, text[: event_sentence[1]]):
        if m.start() < event_sentence[0] or kind_key(m.group(0)) != key:
            continue
        first = word_parses(m.group(0))[:1]
        if first and first[0].tag.number == "sing":
            phrase = kind_phrase(text, m.start(), m.end())
            # a bare "осмотр" of "Осмотры детей … по субботам": a session of the same events
            return phrase if " " in phrase and len(phrase) <= MAX_TITLE else None
    return None


def named_below(
    text: str, title: str, end: int, event_sentence: tuple[int, int] | None
) -> str | None:
    """The body's mention of a heading's unnamed kind phrase that repeats all its words and
    gives it a quoted name ("Конкурс детского рисунка" above "… пройдёт областной конкурс
    детского рисунка «Зимняя сказка»": the same event, named), at most 80 characters; in the
    event's dated sentence, a mention that repeats the heading's kind and the adjectives
    before it is enough ("Городской праздник семьи в парке" above "15 мая … пройдёт городской
    праздник «Моя семья»"; title_repeated.py). None when the heading has a name or names no
    kind, or the body gives none (kind_phrase, in the nominative)."""
    found = KIND.search(title)
    if found is None or OPEN_QUOTE.search(title):
        return None
    key, wanted = kind_key(found.group(0)), title.lower().replace("ё", "е")
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if m.start() < end or kind_key(m.group(0)) != key or inside(m.start()):
            continue
        phrase = kind_phrase(text, m.start(), m.end())
        if "«" not in phrase or len(phrase) > MAX_TITLE:
            continue
        if wanted in phrase.lower().replace("ё", "е") or repeats_words(title, phrase):
            return phrase
        if repeated_around_name(text, title, phrase, m.end()):
            return phrase
        dated = event_sentence is not None and event_sentence[0] <= m.start() < event_sentence[1]
        if dated and repeats_words(title, phrase, up_to_kind=True):
            return phrase
    return None


def repeated_around_name(text: str, title: str, phrase: str, end: int) -> bool:
    """Whether a heading's unnamed phrase ("Девятая молодежная олимпиада по краеведению")
    is repeated, word by word in order, by a named mention of its kind together with the
    words the sentence gives after the name ("… Девятой открытой молодежной олимпиады
    «П.И. Рычков и его время» по краеведению …"): a name may stand between a kind and its
    subject, and the mention is still the heading's event (title_repeated.py)."""
    name = _CLOSING_QUOTE.search(phrase)
    if name is None:
        return False
    at = text.find(name.group(0), end, end + 200 if end else len(text))
    if at < 0:
        return False
    after = _SENTENCE_REST.match(text, at + len(name.group(0)))
    rest = after.group(0) if after else ""
    return repeats_words(title, f"{phrase[: name.start()]} {rest} {name.group(0)}")


_CLOSING_QUOTE = re.compile(r"«[^«»]+»$")
_SENTENCE_REST = re.compile(r"[^.!?\n«»]{0,160}")


def announced_below(text: str, heading: str, event_sentence: tuple[int, int] | None) -> bool:
    """Whether a heading naming no kind, no quoted name and no day stands above an event
    sentence whose announcing verb is followed by a kind ("пройдёт фестиваль …") or whose
    subject points back to a kind named before it ("Встреча состоится …", pointed_back)."""
    if event_sentence is None or "«" in heading or search_i(KIND, heading):
        return False
    if NAMED_DAY.match(heading) or not has_cue(text):
        return False
    if pointed_back(text, event_sentence) is not None:
        return True  # "Встреча состоится …", "Состоится она …": the meeting invited to above
    for cue in CUE_VERB.finditer(text, *event_sentence):
        if KIND.search(text, cue.end(), min(cue.end() + 60, event_sentence[1])):
            return True
    return False


def catchphrase(text: str, heading: Heading, event_sentence: tuple[int, int] | None) -> bool:
    """Whether the heading is a catchphrase above an event sentence: it names no kind of event,
    no quoted name and no named day or week, and the post below never repeats its head noun
    nor its first word of four letters or more (compared by their first five letters,
    pymorphy3 for the noun) — "Его величество цирк" above "цирк будет праздновать
    Международный День цирка", "Летняя подработка для старшеклассников" above "состоится
    приём документов". A heading the post repeats ("Сбор макулатуры" above "пройдёт сбор
    макулатуры") names its event, and so does a bare noun phrase of nouns and adjectives (a
    poster's "Снежная королева"): a headline's catchphrase has a preposition, a pronoun or
    a verb."""
    title = heading.title
    if event_sentence is None or title is None or "«" in title or '"' in title:
        return False
    if KIND.search(title) or NAMED_DAY.search(title) or _WEEK.search(title):
        return False
    words = CYRILLIC_WORD.findall(title)
    if all(_name_word(w) for w in words):
        return False  # "Снежная королева": adjectives and nouns only, a poster's own name
    if len(words) > 2 and directed_noun(words[0]) and words[1].lower() in _TO_PLACE:
        return False  # "Поездка в Ботанический сад": a trip named by where it goes (title75)
    head = next((w for w in words if (f := word_parses(w)) and f[0].tag.POS == "NOUN"), None)
    first = next((w for w in words if len(w) >= 4), None)
    body = text[heading.span[1] :].lower()
    return not any(w is not None and w.lower()[:5] in body for w in (head, first))


_TO_PLACE = frozenset({"в", "во", "на", "к", "ко"})  # where a trip goes


def _name_word(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a noun, an adjective or a
    participle in the nominative (no preposition, pronoun or verb): a word a name is made of."""
    found = word_parses(word)
    return (
        bool(found)
        and found[0].tag.POS in ("NOUN", "ADJF", "PRTF")
        and (found[0].tag.case == "nomn" or found[0].tag.case == "gent")
    )


# a collective noun with a kind in the genitive plural ("цикл мероприятий", "серия лекций"):
# several events under one heading
_SERIES = re.compile(
    r"(?i)(?:цикл|серия|ряд|комплекс|череда|каскад)\s+(?:[а-яё]+(?:ых|их)\s+)?"
    r"(?:мероприятий|лекций|встреч|занятий|экскурсий|концертов|спектаклей|событий)(?![а-яё])"
)


def is_digest(heading: str) -> bool:
    """Whether a heading is about several events: it opens with a collective noun and a kind
    in the genitive plural ("Цикл мероприятий ко Дню космонавтики"), or its first kind is a
    plural noun in the nominative, without a quoted name ("Детские и взрослые экскурсии в
    обсерватории", pymorphy3)."""
    if _SERIES.match(heading) and "«" not in heading:
        return True  # "Цикл мероприятий ко Дню космонавтики": a collective of kinds
    found = search_i(KIND, heading)
    if (
        found is None
        or "«" in heading
        or " " in found.group(0)
        or _ONE_IN_PLURAL.match(found.group(0))
    ):
        return False
    first = word_parses(found.group(0))[:1]
    return bool(first) and {"NOUN", "plur", "nomn"} <= first[0].tag.grammemes
