"""Russian morphology for the parser: one pymorphy3 analyzer (OpenCorpora dictionary), loaded
on first use, and a cache of word analyses (posts repeat their words)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """The shared pymorphy3.MorphAnalyzer (import and dictionary load take ~0.3 s, once)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=16384)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's analyses of a word (lower-cased), most likely first. Remembered per word
    as written (a hit costs no lower-casing) and, beneath, per lower-cased word: «Музей»,
    «МУЗЕЙ» and «музей» are parsed once (speed42: one in eight parses of a post's new words
    repeated a word read in another case)."""
    return _lower_parses(word.lower())


@lru_cache(maxsize=16384)
def _lower_parses(low: str) -> tuple[Any, ...]:
    """pymorphy3's analyses of a lower-cased word (see parses), each tag its process-wide
    record (tag_records: categories read once per tag, not on every read)."""
    from bot.core.language.tag_records import with_record

    return tuple(with_record(p) for p in analyzer().parse(low))


def lemma(word: str) -> str:
    """The dictionary form of `word` by its likeliest pymorphy3 reading ("Музея" -> "музей");
    `word` lower-cased when pymorphy3 gives no reading. Unlike asked_event.lemma, ё is kept
    (no tokens.normalize)."""
    found = parses(word)
    return str(found[0].normal_form) if found else word.lower()


def event_lemma(word: str) -> str:
    """`lemma(word)`, but a kind of event's when one of its readings is one (_EVENT_LEMMAS:
    «кружка», «кружке» are a club's forms as well as a mug's, and pymorphy3 ranks the mug
    first): what an event's words are matched by (chat77: «организатор кружка — КГТУ»)."""
    found = parses(word)
    kinds = [str(p.normal_form) for p in found if p.normal_form in _EVENT_LEMMAS]
    return kinds[0] if kinds else lemma(word)


def word_lemma(word: str) -> str | None:
    """`lemma(word)` when pymorphy3's likeliest reading of `word` is a word (has a part of
    speech); None for digits, Latin and punctuation ("2026", "IT", "—")."""
    found = parses(word)
    return str(found[0].normal_form) if found and found[0].tag.POS else None


def is_person_noun(word: str) -> bool:
    """True when `word` reads as an animate noun and never as an inanimate one: a person,
    even one whose word is made from a place's ("библиотекарь", "музейщик", "лицеист" are no
    library, museum or lyceum; a guessed "медиатекарь" too). Read by the word's own lemma,
    never by a stem it shares with the place."""
    nouns = [p.tag for p in parses(word) if p.tag.POS == "NOUN"]
    return any("anim" in t for t in nouns) and not any("inan" in t for t in nouns)


@lru_cache(maxsize=16384)
def _inflected(reading: Any, grammemes: frozenset[str]) -> Any:
    from bot.core.language.tag_records import with_record

    return with_record(reading.inflect(set(grammemes)))


def inflect(reading: Any, grammemes: set[str] | frozenset[str]) -> Any:
    """`reading.inflect(grammemes)` for a pymorphy3 Parse: the reading in the form with
    `grammemes`, or None. Remembered per (reading, grammemes): pymorphy3 builds the word's
    whole lexeme for each call (~0.1 ms), and a post's place and kind nouns repeat."""
    return _inflected(reading, frozenset(grammemes))


@lru_cache(maxsize=16384)
def is_known(word: str) -> bool:
    """True when the dictionary has the word (a real word, not a misspelling)."""
    return bool(analyzer().word_is_known(word))


def to_nominative(
    words: list[str], *, governed: bool = False, case: str | None = None
) -> list[str]:
    """The head noun (last word) and its adjectives put in the nominative, same number
    ("регионального этапа" -> "региональный этап"). `governed`: the phrase stands after a
    word that takes the genitive ("о проведении олимпиады"), so an ambiguous bare noun
    ("олимпиады": genitive singular or nominative plural) is read as genitive singular;
    `case` ("loct" after "в"/"на") likewise names the case the phrase stands in."""
    return list(_nominative(tuple(words), case or ("gent" if governed else "")))


# lemmas the dictionary lists first for a form a commoner word shares, same case and
# number: "лагере" reads "лагер" (a beer) before "лагерь" (a camp); never the one meant
_RARE_LEMMAS = frozenset({"лагер"})
# lemmas of kinds of event that share their forms with a likelier word of another lemma
# ("кружке", "кружка": a mug's first, a club's after it): an announcement means the event
_EVENT_LEMMAS = frozenset({"кружок"})
# readings of a proper name (a person's, a place's, an organisation's): never a kind's
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@lru_cache(maxsize=8192)
def _nominative(words_in: tuple[str, ...], governed: str) -> tuple[str, ...]:
    words = list(words_in)
    head = words[-1]
    if " " in head:  # "Доме культуры": the first word is the noun, the rest its genitive
        first, rest = head.split(" ", 1)
        if not any("NOUN" in p.tag for p in parses(first)):
            return tuple(words)  # "методическое объединение": an adjective first, as written
        return (*_nominative((*words[:-1], first), governed), rest)
    if not head.isalpha() and "-" not in head:
        return tuple(words)
    if len(words) == 1 and (pair := oblique_noun_pair(head)) is not None:
        return (pair,)  # "Экскурсию-квест": the first noun's case is the pair's
    found = parses(head)
    nouns = [p for p in found if "NOUN" in p.tag]
    if not nouns:
        return _substantive_nominative(words, found)
    common = [p for p in nouns if not _NAME_GRAMMEMES & p.tag.grammemes]
    nouns = common or nouns  # "в викторине": the quiz, not a man named Викторин
    usual = [p for p in nouns if p.normal_form not in _RARE_LEMMAS]
    nouns = usual or nouns  # "в лагере": the camp ("лагерь"), not the beer ("лагер")
    # "хакатоне": the likeliest lemma ("хакатон") before a guessed one ("хакатоня")
    nouns.sort(key=lambda p: p.normal_form != found[0].normal_form)
    # "в кружке": the club ("кружок"), which pymorphy3 ranks after a mug ("кружка")
    nouns.sort(key=lambda p: p.normal_form not in _EVENT_LEMMAS)
    declined = [p for p in nouns if "Fixd" not in p.tag]
    nouns = declined or nouns  # "вебинара": the webinar, not an indeclinable guess
    adjs = [parses(w) for w in words[:-1]]
    if not adjs and _borrowed_as_plural(head, nouns):
        return tuple(words)  # "Квиз": a borrowed masculine as written, never "Квизы"
    if (
        adjs
        and "-" not in head
        and not any(p.tag.case == "nomn" for p in nouns)
        and not is_known(head.lower())
        and all(a and a[0].tag.case == "nomn" for a in adjs)
    ):
        return tuple(words)  # "Литературный квиз": the adjectives tell a guessed word's case
    noun = _agreeing(nouns, adjs, governed)
    if "nomn" in noun.tag and noun.tag.case == "nomn":
        target = noun
    else:
        target = inflect(noun, {"nomn"}) or noun
    out = [_inflect_adj(w, target) for w in words[:-1]]
    out.append(keep_case(head, target.word))
    return tuple(out)


def _borrowed_as_plural(head: str, nouns: list[Any]) -> bool:
    """Whether `head` is a word the dictionary does not know, ending in a consonant, that
    pymorphy3 guesses only as the genitive plural of a feminine in -а/-я ("квиз" read as
    "квиза"): Russian declines a borrowed noun ending in a consonant as a masculine
    ("квиз", "митап", "воркшоп"), whose nominative is the word as written."""
    low = head.lower()
    if "-" in low or low[-1:] not in _CONSONANTS or is_known(low):
        return False
    return all(
        p.tag.number == "plur" and p.tag.case == "gent" and p.normal_form in (low + "а", low + "я")
        for p in nouns
    )


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _agreeing(nouns: list[Any], adjs: list[tuple[Any, ...]], governed: str) -> Any:
    if governed and not adjs:
        for p in nouns:  # of the likeliest word only: "урок" is never read as "урка"
            if p.normal_form == nouns[0].normal_form and (
                p.tag.case == governed or (governed == "loct" and p.tag.case == "loc2")
            ):
                return p
    if adjs:
        full = {(p.tag.number, p.tag.case, p.tag.gender) for p in adjs[-1]}
        for p in nouns:
            if (p.tag.number, p.tag.case, p.tag.gender) in full:
                return p
        wanted = {(p.tag.number, p.tag.case) for p in adjs[-1]}
        for p in nouns:
            if (p.tag.number, p.tag.case) in wanted:
                return p
    for p in nouns:
        if p.tag.case == "nomn":
            return p
    return nouns[0]


def _substantive_nominative(words: list[str], found: tuple[Any, ...]) -> tuple[str, ...]:
    """An adjective standing for its noun ("на выпускном" -> "выпускной", "выпускные") put
    in the nominative, same number (the masculine in the singular), its own adjectives
    agreeing; other words as given."""
    adj = next((p for p in found[:2] if "ADJF" in p.tag and "Apro" not in p.tag), None)
    if adj is None or {"Name", "Surn", "Patr"} & adj.tag.grammemes:
        return tuple(words)
    number = adj.tag.number or "sing"
    target = inflect(adj, {"nomn", number} | ({"masc"} if number == "sing" else set()))
    if target is None:
        return tuple(words)
    out = [_inflect_adj(w, target) for w in words[:-1]]
    return (*out, keep_case(words[-1], target.word))


def agrees(adjective: str, noun: str) -> bool:
    """Whether a reading of `adjective` (an adjective or a participle) shares number and case
    with a noun reading of `noun` ("выпускной вечер": yes; "выпускной родителей": no), so the
    adjective qualifies that noun rather than standing for one of its own (pymorphy3)."""
    forms = {
        (p.tag.number, p.tag.case) for p in parses(adjective) if {"ADJF", "PRTF"} & p.tag.grammemes
    }
    if not forms:
        return True  # not an adjective: nothing to disagree
    found = parses(noun)
    if found and found[0].tag.POS in ("PREP", "CONJ", "PRCL"):
        return False  # "выпускные в лицее": "в" is a preposition, not the letter's name
    return any(
        (p.tag.number, p.tag.case) in forms
        or (p.tag.number is None and any(c == p.tag.case for _, c in forms))
        for p in found
        if "NOUN" in p.tag
    )


def agreed(word: str, head: str) -> str:
    """An adjective or a participle put in the nominative in agreement with the nominative
    noun `head` ("посвященную", "программа" -> "посвящённая"); `word` unchanged when `head`
    has no nominative noun reading or `word` no adjective one (pymorphy3)."""
    noun = next((p for p in parses(head) if "NOUN" in p.tag and p.tag.case == "nomn"), None)
    found = word if noun is None else _inflect_adj(word, noun)
    same = found.replace("ё", "е") == word.replace("ё", "е")
    return word if same else found  # "посвященный" stays as written


def _inflect_adj(word: str, noun: Any) -> str:
    readings = parses(word)
    # a surname declined like an adjective, pymorphy3's only reading ("Вуктыльском":
    # "Вуктыльский"), stands before a place noun as a town's adjective, agreeing with it
    surname = bool(readings) and all(
        "Surn" in p.tag and p.normal_form.endswith(("ский", "цкий", "ской", "цкой"))
        for p in readings
    )
    for p in readings:
        if "ADJF" not in p.tag and "PRTF" not in p.tag and not surname:
            continue
        grams = {"nomn", noun.tag.number or "sing"}
        if noun.tag.number == "sing" and noun.tag.gender:
            grams.add(noun.tag.gender)
        found = inflect(p, grams)
        if found is not None:
            return keep_case(word, found.word)
    return word


def keep_case(original: str, new: str) -> str:
    """`new` (another form of the word `original`, e.g. its nominative from pymorphy3)
    written as `original` is: its capitals kept ("IT-состязания" unchanged, "ЛИЦЕЯ" ->
    "ЛИЦЕЙ", "Москве" -> "Москва"), and "е" for "ё" when `original` writes none (a writer
    who spells "слета" spells its nominative "слет", not "слёт"). One word; pure string work."""
    if "ё" in new and "ё" not in original and "Ё" not in original:
        new = new.replace("ё", "е").replace("Ё", "Е")
    if new.lower() == original.lower():
        return original  # "IT-состязания" unchanged: its capitals kept
    new = _hyphens_kept(original, new)
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _hyphens_kept(original: str, new: str) -> str:
    """`new` with the written first parts of a hyphenated `original` when only its last part
    changed: pymorphy3's dictionary spells some compound adjectives solid or lower-cases
    their second part ("Южно-Уральском" -> "южноуральский", "Северо-Кавказском" ->
    "северо-кавказский"), but a name is written as its owner writes it ("Южно-Уральский",
    "Северо-Кавказский"). `new` unchanged when a first part changed too ("Дома-музея" ->
    "дом-музей") or `original` has no hyphen. The last part keeps `original`'s first capital;
    the caller applies the whole word's case."""
    parts = original.split("-")
    if len(parts) < 2 or not all(parts):
        return new
    head = "".join(parts[:-1]).lower()
    flat = new.replace("-", "")
    if not flat.lower().startswith(head) or len(flat) <= len(head):
        return new
    last = flat[len(head) :]
    if parts[-1].isupper() and len(parts[-1]) > 1:
        last = last.upper()
    elif parts[-1][:1].isupper():
        last = last[:1].upper() + last[1:].lower()
    else:
        last = last.lower()
    return "-".join([*parts[:-1], last])


def to_genitive(words: list[str]) -> list[str]:
    """A nominative phrase put in the genitive, same number ("Конкурс рисунков «…»" ->
    "конкурса рисунков «…»"): the adjectives and the first noun change, the rest (its own
    genitive chain, a quoted name) stays as written."""
    return to_case(words, "gent")


def to_case(words: list[str], case: str) -> list[str]:
    """A nominative phrase put in `case` (a pymorphy3 case grammeme: "gent", "datv" …), same
    number ("День народного единства", "datv" -> "Дню народного единства"): the adjectives
    and the first noun change, and a possessive adjective right after that noun that agrees
    with it ("Рождество Христово" -> "Рождеству Христову"); the rest (its own genitive
    chain, a quoted name) stays as written."""
    out: list[str] = []
    for i, word in enumerate(words):
        found = parses(word) if word.isalpha() or "-" in word else ()
        noun = next((p for p in found if "NOUN" in p.tag and p.tag.case == "nomn"), None)
        adj = next((p for p in found if "ADJF" in p.tag and p.tag.case == "nomn"), None)
        if adj is not None and i + 1 < len(words) and "ADJF" in found[0].tag:
            noun = None  # "городской конкурс": an adjective first, not "городской" (an official)
        target = noun or adj
        if target is None:
            return [*out, *words[i:]]
        changed = inflect(target, {case, target.tag.number or "sing"})
        out.append(keep_case(word, changed.word) if changed else word)
        if noun is not None:
            rest = words[i + 1 :]
            if case != "gent" and rest and (after := _possessive_after(rest[0], noun, case)):
                return [*out, after, *rest[1:]]
            return [*out, *rest]
    return out


def _possessive_after(word: str, noun: Any, case: str) -> str | None:
    """A possessive adjective after its noun, agreeing with it, put in `case`
    ("Христово" after "Рождество")."""
    for p in parses(word) if word.isalpha() else ():
        same = p.tag.gender == noun.tag.gender and p.tag.number == noun.tag.number
        if "ADJF" in p.tag and "Poss" in p.tag and p.tag.case == "nomn" and same:
            grams = {case, noun.tag.number or "sing"}
            if noun.tag.gender and noun.tag.number != "plur":
                grams.add(noun.tag.gender)
            changed = inflect(p, grams)
            return keep_case(word, changed.word) if changed else None
    return None


def person_name_nominative(name: str) -> str:
    """A person's full name as a command governs it — «пригласить … Орлову Ирину Павловну»
    (accusative), «… Петрова Сергея Ивановича» — put back in the nominative: «Орлова Ирина
    Павловна», «Петров Сергей Иванович» (newcomer walk 2026-12-03z, Z9: the curator was told
    «К боту подключился Орлову Ирину Павловну»). The first name (pymorphy3's `Name`) decides
    the gender and case, and every other word must be a surname or patronymic (`Surn`,
    `Patr`) in them; a name already in the nominative, initials («Орлову И.П.») or any other
    word leave `name` as written. Capitals are kept."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return name
    first = next((w for w in words if any("Name" in p.tag for p in parses(w))), None)
    if first is None or any("Name" in p.tag and "nomn" in p.tag for p in parses(first)):
        return name
    for reading in (p for p in parses(first) if "Name" in p.tag):
        gender, case = reading.tag.gender, reading.tag.case
        chosen = []
        for word in words:
            fitting = next(
                (
                    p
                    for p in parses(word)
                    if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
                    and p.tag.gender == gender
                    and p.tag.case == case
                    and p.tag.number == "sing"
                ),
                None,
            )
            if fitting is None:
                break
            chosen.append(fitting)
        else:
            named = [p.inflect({"nomn"}) for p in chosen]
            if all(named):
                return " ".join(keep_case(w, p.word) for w, p in zip(words, named, strict=True))
    return name


def oblique_noun_pair(word: str) -> str | None:
    """A noun of two hyphenated nouns whose first part is in an oblique case only, put in
    the nominative part by part ("Экскурсию-квест" -> "Экскурсия-квест", the second read in
    the first's case and number, as "квест" is the accusative too); None when the word is no
    such pair or its first part can be the nominative ("Арт-студию", "Мастер-класс": the last
    part alone inflects), pymorphy3."""
    parts = word.split("-")
    if len(parts) != 2 or not all(part.isalpha() and is_known(part.lower()) for part in parts):
        return None
    firsts = [p for p in parses(parts[0]) if "NOUN" in p.tag]
    if not firsts or any(p.tag.case == "nomn" or "Fixd" in p.tag for p in firsts):
        return None
    seconds = [p for p in parses(parts[1]) if "NOUN" in p.tag and "Fixd" not in p.tag]
    for first in firsts:
        for second in seconds:
            if (first.tag.case, first.tag.number) != (second.tag.case, second.tag.number):
                continue
            one, two = inflect(first, {"nomn"}), inflect(second, {"nomn"})
            if one is not None and two is not None:
                return f"{keep_case(parts[0], one.word)}-{keep_case(parts[1], two.word)}"
    return None
