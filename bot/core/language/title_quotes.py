"""Quoted names in a concise title: the form a name is written in where it stands alone, and
names listed after a dash in the event's own line.

A news headline inflects a quoted name with its kind ("Премьера «Теремка» состоится…") while
the body writes it as the name is ("премьера спектакля «Теремок»"); the title takes the body's
form, told by pymorphy3's lemmas of the words (OpenCorpora dictionary). A programme or a
poster lists its events as "3 января в 12.00 – «Новогодний фейерверк» (Утренник для детей)";
the name on the event's own line is its title. Used by title.py.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import lemma, to_nominative
from bot.core.language.title_heading import has_finite_verb
from bot.core.language.title_words import KIND, QUOTE, kind_key, short_quote, word_parses

_WORDS = re.compile(r"[А-ЯЁа-яё]+")
# "12.00 – «Новогодний фейерверк»": a name after a clock time and a dash, a programme's item
_AFTER_TIME = re.compile(r"\d[:.]\d\d\s*[–—-]\s*$")
# "«…» (Утренник для детей)": the kind in brackets after the name
_KIND_IN_BRACKETS = re.compile(r"\s*\(\s*")
_LABELLED = re.compile(r"(?i)(?<![а-яё])(?:тема|название)\s*[:—–-]\s*(«[^«»\n]{2,120}»)")


def as_written(text: str, quote: str) -> str | None:
    """The form of the quoted name `quote` ("«Теремка»") that `text` writes elsewhere in the
    nominative ("«Теремок»"), or None when there is none."""
    lemmas = _lemmas(quote)
    if not lemmas or _nominative_first(quote) or _first_word(quote) == lemmas[0]:
        # "«ЧИСТЯБРЬ 2025»" is written as it is; "«Ночь музеев»" opens with its dictionary
        # form (pymorphy3 reads "ночь" accusative first), never a headline's "«Ночи музеев»"
        return None
    for m in QUOTE.finditer(text):
        other = short_quote(m.group(0))
        if (
            _first_word(other) != _first_word(quote)
            and _lemmas(other) == lemmas
            and (_nominative_first(other, 3))
        ):  # the same name in another case: "«Ночи музеев-2021»", "«Ночь музеев»"
            return other
    return None


def listed_name(text: str, span: tuple[int, int]) -> tuple[re.Match[str], str] | None:
    """The quoted name after a clock time and a dash that opens text[span] (the event's
    sentence) before any kind word ("3 января в 12.00 – «…»"), with its title: the name, with
    the kind written in brackets right after it put before it; None when there is none."""
    m = QUOTE.search(text, *span)
    if m is None or not _AFTER_TIME.search(text, span[0], m.start()):
        return None
    if KIND.search(text, span[0], m.start()) is not None:
        return None  # "зрители увидят спектакль «…», 23 ноября в 19:00 – «…»": other shows
    name = short_quote(m.group(0))
    bracket = _KIND_IN_BRACKETS.match(text, m.end())
    kind = KIND.match(text, bracket.end()) if bracket else None
    found = word_parses(kind.group(0)) if kind else ()
    if kind is None or not found or found[0].tag.case != "nomn":
        return m, name
    word = kind.group(0)
    return m, f"{word[:1].upper()}{word[1:]} {name}"


def accusative_named(quote: str) -> str:
    """A quoted name a preposition put in the accusative, back in the nominative ("на
    «Лыжню России»" -> "«Лыжня России»"): its words up to the first noun, when that noun
    reads only as accusative (pymorphy3); else the name as written."""
    words = quote[1:-1].split(" ")
    for i, word in enumerate(words[:4]):
        bare = _WORDS.match(word)
        found = word_parses(bare.group(0)) if bare else ()
        if not found or "NOUN" not in found[0].tag:
            continue
        if found[0].tag.case != "accs" or any(p.tag.case == "nomn" for p in found[:3]):
            return quote
        head = bare.group(0)  # type: ignore[union-attr]
        nominative = to_nominative([*words[:i], head])
        rest = word[len(head) :]  # "-2021" of "Лыжню-2021"
        if (second := _HYPHENED.match(rest)) and _accusative_noun(second.group(1)):
            # "«Муху-цокотуху»": a compound of two nouns, each in the accusative
            rest = "-" + to_nominative([second.group(1)])[0] + rest[second.end() :]
        return "«" + " ".join([*nominative[:-1], nominative[-1] + rest, *words[i + 1 :]]) + "»"
    return quote


_HYPHENED = re.compile(r"-([А-ЯЁа-яё]+)")


def _accusative_noun(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a noun in the accusative that no
    nominative reading among its first three shares ("цокотуху")."""
    found = word_parses(word)
    return (
        bool(found)
        and "NOUN" in found[0].tag
        and found[0].tag.case == "accs"
        and not any(p.tag.case == "nomn" for p in found[:3])
    )


def labelled_name(text: str) -> str | None:
    """The quoted name a label gives ("Тема: «Химия вокруг нас»", "Название: «…»"), or None."""
    found = _LABELLED.search(text) if "«" in text else None
    return short_quote(found.group(1)) if found else None


def _lemmas(quote: str) -> tuple[str, ...]:
    return tuple(lemma(word) for word in _WORDS.findall(quote))


def _first_word(quote: str) -> str:
    first = _WORDS.search(quote)
    return first.group(0).lower() if first else ""


def _nominative_first(quote: str, likeliest: int = 1) -> bool:
    """Whether the first word of `quote` reads as a nominative in one of its `likeliest`
    readings ("«Ночь музеев»": accusative first, nominative second)."""
    first = _WORDS.search(quote)
    found = word_parses(first.group(0))[:likeliest] if first else ()
    return any(p.tag.case == "nomn" for p in found)


NAMED_AFTER_ADJECTIVES = True  # title53: «Всероссийский Заповедный урок» names a "урок"


def _kind_head(words: list[str]) -> re.Match[str] | None:
    """The kind word opening a quoted name's words, or the first after at most three
    adjectives that open it, capitalised as a name is («Всероссийский Заповедный урок»:
    pymorphy3's likeliest reading of each an adjective; never «всероссийский открытый
    урок», a phrase in scare quotes), or None."""
    if not words[0][:1].isupper():
        return KIND.match(words[0])
    for word in words[:4]:
        if (kind := KIND.match(word)) is not None:
            return kind
        found = word_parses(word) if _WORDS.fullmatch(word) else ()
        if not found or found[0].tag.POS != "ADJF":
            return None
    return None


def named_as_kind(text: str, key: str) -> str | None:
    """A quoted name of two words or more that opens with the kind word `key` (its first
    four letters), or with adjectives and then it, names the event in full ("диктант" and
    «Диктанте Победы» -> "«Диктант Победы»", "урок" and «Всероссийский Заповедный урок»):
    the name with its words up to the first noun put in the nominative
    (pymorphy3; the case a preposition before the name governs is read first, "к «Акции …»"
    dative); None when the post quotes no such name."""
    for m in QUOTE.finditer(text):
        quote = short_quote(m.group(0))
        words = quote[1:-1].split(" ")
        kind = _kind_head(words) if NAMED_AFTER_ADJECTIVES else KIND.match(words[0])
        if len(words) < 2 or kind is None or kind_key(kind.group(0)) != key:
            continue
        if has_finite_verb(quote[1:-1]) or _OWNED_BY_NOUN.search(
            text, max(0, m.start() - 30), m.start()
        ):
            # "«Велопарад – это не гонка», - отметили": a quoted sentence is speech; "в
            # разделе «Конкурсы, итоги»": the name of the noun before it (a site's section)
            continue
        before = _PREPOSITION.search(text, max(0, m.start() - 6), m.start())
        case = _GOVERNS.get(before.group(1).lower()) if before else None
        if case is None and _nominative_first(quote):
            return quote
        for i, word in enumerate(words[:4]):
            bare = _WORDS.match(word)
            found = word_parses(bare.group(0)) if bare else ()
            if found and "NOUN" in found[0].tag:
                head = bare.group(0)  # type: ignore[union-attr]
                nominative = to_nominative([*words[:i], head], case=case)
                named = [*nominative[:-1], nominative[-1] + word[len(head) :], *words[i + 1 :]]
                return "«" + " ".join(named) + "»"
        return quote
    return None


# a part of a web site or a community right before a quote ("в разделе «Конкурсы, итоги»",
# "на сайте «…»", "в группе «…»"): the quote names that part, not an event
_OWNED_BY_NOUN = re.compile(
    r"(?<![А-ЯЁа-яё-])(?:раздел|рубрик|сайт|портал|групп|сообществ|страниц)[а-яё]*\s*$"
)
_PREPOSITION = re.compile(r"(?i)(?<![а-яё])(к|ко|по|в|во|о|об|при|на|про|за|из|от|до|для|у)\s+$")
_GOVERNS = {
    **dict.fromkeys(("к", "ко", "по"), "datv"),
    **dict.fromkeys(("в", "во", "о", "об", "при"), "loct"),
    **dict.fromkeys(("на", "про", "за"), "accs"),
    **dict.fromkeys(("из", "от", "до", "для", "у"), "gent"),
}
