"""Misspelt kind-of-event words put right: «экскурся», «екскурсию», «лекцыю», «концерд».

A teacher types «экскурся для 9Б 12 декабря» and a student «запиши на екскурсию»; the
title kept the typo («Экскурся»), so a later «перенеси экскурсию» found another event, and
the sign-up search found none (chat49's walk). A word is read as a kind word (the lemmas of
bot.core.titles.KIND_WORDS and of title_grammar.EVENT_LEMMAS, in all their forms) only
when all of these hold, as the date typos are (bot.core.language.typos): it is not a word
the morphology dictionary knows, it has at least five letters, it is close to a form of a
kind word (rapidfuzz's normalised Indel similarity) and no form of another kind word is
nearly as close. Each correction is reported, so the card can show it. Pure.

A typo is a slip inside a word, so no word is read as a kind that only adds letters to a
form's stem («олимпиадники», «семинарка», «линейкин»: a derivation, a diminutive or a
surname), and names are never corrected: a word inside «…» or "…", a capitalised word the
morphology reads as a surname or patronymic, or one followed by initials («Линейкин С.А.»)
(review50 #2). pymorphy3's predicted first names are not used: it guesses a Name for the
typos themselves («Лекцыю», «Концерд»).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import analyzer, is_known
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.language.typos import Correction
from bot.core.titles import KIND_WORDS

MIN_SCORE = 80.0  # one letter lost, added or changed in a word of five letters or more
MIN_MARGIN = 6.0  # the best kind must beat the best form of another kind by this much
MIN_LETTERS = 5  # shorter words («игра», «бал») are too near too many words to be read

# what may stand before a word that opens a sentence (a quote's words are never corrected)
_OPENS = frozenset(".!?…:;'(—-–\n")
# a quoted stretch: a name, never corrected («кафе «Встречин»»)
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"\n]*\"|“[^“”]*”|„[^„“”]*[“”]")
# initials after a surname: «Линейкин С.А.», «Линейкин С. А.»
_INITIALS = re.compile(r"\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.")
_NAME_TAGS = frozenset({"Surn", "Patr"})
_WORD = compile_with_scan(r"(?<![\w-])([а-яёА-ЯЁ]{5,20})(?![\w-])")


@cache
def _forms() -> dict[str, str]:
    """Every form of every kind word (ё read as е), with its lemma."""
    forms: dict[str, str] = {}
    for lemma in sorted(KIND_WORDS | EVENT_LEMMAS):
        if "-" in lemma or len(lemma) < MIN_LETTERS:
            continue
        parses = [p for p in analyzer().parse(lemma) if p.normal_form == lemma]
        for parse in parses[:1]:
            for form in parse.lexeme:
                word = form.word.replace("ё", "е")
                if len(word) >= MIN_LETTERS:
                    forms.setdefault(word, lemma.replace("ё", "е"))
        forms.setdefault(lemma.replace("ё", "е"), lemma.replace("ё", "е"))
    return forms


@lru_cache(maxsize=4096)
def closest_kind(word: str) -> str | None:
    """The form of a kind word the lower-cased `word` is a misspelling of, or None (a word
    the dictionary knows, a kind word spelt right, or no single kind clearly closest)."""
    word = word.replace("ё", "е")
    forms = _forms()
    if len(word) < MIN_LETTERS or word in forms or is_known(word):
        return None
    found = process.extract(word, list(forms), scorer=fuzz.ratio, limit=12)
    if not found or found[0][1] < MIN_SCORE:
        return None
    best, score, _ = found[0]
    if _adds_to_stem(word, best):
        return None  # «олимпиадники», «семинарка»: a word made from the kind, no slip
    rivals = [s for w, s, _ in found[1:] if forms[w] != forms[best]]
    if rivals and score - rivals[0] < MIN_MARGIN:
        return None  # two kinds near: nothing is corrected
    same = [w for w, s, _ in found if forms[w] == forms[best] and s == score]
    if len(same) > 1:  # two forms of one kind equally near: its case is the typed ending's
        same.sort(key=lambda w: (w[-1:] != word[-1:], w))
    return same[0]


def _adds_to_stem(word: str, form: str) -> bool:
    """Whether `word` is `form`'s stem (the form less at most its last letter) with letters
    added after it: a suffix or ending of another word, not a slip inside the form."""
    shared = next((i for i, (a, b) in enumerate(zip(word, form, strict=False)) if a != b), None)
    if shared is None:
        shared = min(len(word), len(form))
    return len(word) > len(form) and shared >= len(form) - 1


@cache
def _compounds() -> dict[str, str]:
    """Every form of every hyphenated kind word («мастер-класс», «мастер-классы», …) by its
    letters alone («мастерклассы»): a compound is misspelt in its hyphen as often as in a
    letter («мастер класс», «мастерклас», «Мастер-клас»)."""
    forms: dict[str, str] = {}
    for lemma in sorted(KIND_WORDS | EVENT_LEMMAS):
        if "-" not in lemma:
            continue
        parses = [p for p in analyzer().parse(lemma) if p.normal_form == lemma]
        for parse in parses[:1]:
            for form in parse.lexeme:
                word = form.word.replace("ё", "е")
                forms.setdefault(word.replace("-", ""), word)
        forms.setdefault(lemma.replace("-", "").replace("ё", "е"), lemma.replace("ё", "е"))
    return forms


# the words a compound kind may be written in, and what may join two of them
_LETTERS = re.compile(r"[а-яёА-ЯЁ]+")
_JOIN = re.compile(r"[ \t]*-[ \t]*|[ \t]+")


def closest_compound(written: str) -> str | None:
    """The form of a hyphenated kind word that `written` (a word, or two joined by a
    hyphen or a space, lower-cased) misspells — its letters within one slip of a form's, or
    only its hyphen missing — or None (spelt right, or no compound near). Each part that
    the dictionary knows must be a form of that part of the compound: «мастер классно» is
    no «мастер-класс»."""
    forms = _compounds()
    if not forms:
        return None
    letters = re.sub(r"[\s-]", "", written.replace("ё", "е"))
    if letters == written and is_known(written):
        return None  # «мастерская»: a word of its own
    found = process.extractOne(letters, list(forms), scorer=fuzz.ratio)
    if found is None or found[1] < MIN_SCORE:
        return None
    read = forms[found[0]]
    if read == written.replace("ё", "е"):
        return None  # spelt right
    typed = re.split(r"\s*-\s*|\s+", written)
    if len(typed) > 1 and len(read.split("-")) == len(typed):
        for part, own in zip(typed, read.split("-"), strict=True):
            own_lemma = analyzer().parse(own)[0].normal_form
            if is_known(part) and all(p.normal_form != own_lemma for p in analyzer().parse(part)):
                return None  # «мастер классно»: a real word that is no part of the compound
    return read


def _mend_compounds(text: str, quoted: list[tuple[int, int]], corrections: list[Correction]) -> str:
    """`text` with misspelt compound kinds («Мастер-клас», «мастер клас», «мастерклас»)
    put right, each correction added to `corrections`; a quoted word, a capital inside a
    sentence or a surname is never read as one."""
    words = list(_LETTERS.finditer(text))
    mended: list[tuple[int, int, str]] = []
    index = 0
    while index < len(words):
        first = words[index]
        spans = []
        if index + 1 < len(words) and _JOIN.fullmatch(text, first.end(), words[index + 1].start()):
            spans.append((first.start(), words[index + 1].end(), 2))
        spans.append((first.start(), first.end(), 1))
        index += 1
        for start, end, count in spans:
            written = text[start:end]
            if count == 1 and (len(written) < MIN_LETTERS + 3 or "-" in text[end : end + 1]):
                continue  # a short word, or one part of a hyphenated pair already read
            if text[start - 1 : start] == "-" or not _may_mend(text, start, written, quoted):
                continue
            read = closest_compound(written.lower())
            if read is None:
                continue
            if written[:1].isupper():
                read = read[:1].upper() + read[1:]
            corrections.append(Correction(written, read))
            mended.append((start, end, read))
            index += count - 1
            break
    for start, end, read in reversed(mended):
        text = text[:start] + read + text[end:]
    return text


def _may_mend(text: str, start: int, written: str, quoted: list[tuple[int, int]]) -> bool:
    """Whether the word(s) `written` at `start` of `text` may be corrected: not quoted,
    not a capital inside a sentence (a name), not a surname."""
    if any(begin <= start < end for begin, end in quoted):
        return False
    before = text[:start].rstrip()
    if written[:1].isupper() and before and before[-1] not in _OPENS:
        return False
    first = _LETTERS.match(written)
    assert first is not None
    return not _is_name(first.group(0), text[start + first.end() : start + first.end() + 8])


def _is_name(written: str, after: str) -> bool:
    """Whether the capitalised `written` (followed by `after`) is a person's name: initials
    follow it, or the morphology reads it as a surname or patronymic."""
    if not written[:1].isupper():
        return False
    if _INITIALS.match(after):
        return True
    return any(p.tag.grammemes & _NAME_TAGS for p in analyzer().parse(written))


def correct_kind_typos(text: str) -> tuple[str, tuple[Correction, ...]]:
    """The text with misspelt kind words replaced (their first letter's case kept), and
    what was replaced (as typed and as read). A capitalised word inside a sentence is a
    name («встреча с Встречиным»), never corrected, nor is a quoted word or a surname."""
    corrections: list[Correction] = []
    quoted = [m.span() for m in _QUOTED.finditer(text)]

    def mend(found: re.Match[str]) -> str:
        written = found.group(1)
        if any(start < found.start() < end for start, end in quoted):
            return written  # «кафе «Встречин»»: a quoted name
        before = text[: found.start()].rstrip()
        if written[:1].isupper() and before and before[-1] not in _OPENS:
            return written  # «лекция Встречина»: a capital inside a sentence is a name
        if _is_name(written, text[found.end() : found.end() + 8]):
            return written  # «Встречин проведёт …», «Линейкин С.А. …»: a surname
        read = closest_kind(written.lower())
        if read is None:
            return written
        if written[:1].isupper():
            read = read[:1].upper() + read[1:]
        corrections.append(Correction(written, read))
        return read

    if _compounds():
        text = _mend_compounds(text, quoted, corrections)
        quoted = [m.span() for m in _QUOTED.finditer(text)]
    return _WORD.sub(mend, text), tuple(corrections)
