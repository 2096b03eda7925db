"""Venue candidates read by grammar alone: every noun phrase of a post that a Russian reader
could take for a place, for the learned chooser (venue_choice.py) to choose among.

The hand-set rules (places.py) propose the places their lexicons and constructions know; on
posts nobody has seen the right place is often none of them. Here a place is proposed from
the grammar of any post (pymorphy3 tags, no words of seen posts):

- a preposition of place and the noun phrase in the case it governs: "в"/"во"/"на"/"при"
  the locative, "у"/"возле"/"около"/"напротив"/"вблизи"/"близ" the genitive, "рядом с" the
  instrumental; the phrase is its agreeing adjectives and its noun (or a run of capitals, an
  abbreviation "МБОУ СОШ", or a quoted name), then what names it: a genitive chain ("Дворца
  культуры железнодорожников"), "№ 5", "имени …", a quoted or capitalised name; it is cut
  where it ends (a verb, a preposition, a conjunction, punctuation, a clock or a date);
- a labelled line ("Место проведения:", "Адрес:", "Где:", "Площадка:").

Each phrase is shown in the nominative (morphology.to_nominative: the noun and its adjectives;
what names it as written) three ways: whole, its noun phrase alone, and its genitive chain
alone ("на базе школы № 5" -> "база школы № 5", "база", "школа № 5"). Nouns that never name a
place (a time, a frame, a document, a medium: place_phrases' list) and people's names give
none. The only lexicon is that list of general Russian words; a place noun (place_nouns.PLACE)
is a feature of the chooser, not a condition here.

ENABLED switches the generator into places.venue_candidates (off by default: see
tests/data/README.md, twenty-first round, for the measured figures).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from bot.core.language.morphology import keep_case, parses, to_nominative
from bot.core.language.place_display import fit_venue
from bot.core.language.place_nouns import PLACE
from bot.core.language.place_phrases import NOT_PLACE

# whether places.venue_candidates adds the candidates read here (benchmarks/venue_model.py
# --generated switches it on for a measurement)
ENABLED = False

MAX_HEAD = 4  # adjectives and the noun of a phrase
MAX_NAMING = 9  # words of what names it (a genitive chain, a name, "№" and its number)

# a token: a word (hyphenated too), a quoted name, "№", a number, any other mark
_TOKEN = re.compile(
    r"(?P<word>[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*\.?)"
    r"|(?P<quote>«[^«»\n]{1,80}»|\"[^\"\n]{1,80}\"|<[^<>\n]{1,80}>)"
    r"|(?P<number>№)"
    r"|(?P<digits>\d+(?:[-/]?[А-ЯЁа-яё])?(?![.:]\d))"
    r"|(?P<clock>\d{1,2}[.:]\d\d|\d+[.:]\d+)"
    r"|(?P<newline>\n)"
    r"|(?P<mark>\S)"
)
# prepositions of place and the case each governs (pymorphy3's names)
_GOVERNS = {
    "в": "loct",
    "во": "loct",
    "на": "loct",
    "при": "loct",
    "у": "gent",
    "возле": "gent",
    "около": "gent",
    "напротив": "gent",
    "вблизи": "gent",
    "близ": "gent",
}
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LATIN_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MONTH = re.compile(
    r"(?i)(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
)
_MOTION = frozenset({"в", "во", "на"})  # also take the accusative, of a destination
_LABEL = re.compile(
    r"(?im)^[ \t]*(?:[^\w\n]{1,3}[ \t]*)?(?:место(?:\s+(?:проведения|встречи|сбора))?|адрес"
    r"(?:\s+проведения)?|где|площадка|локация)[ \t]*(?:[:—–-]|\?)[ \t]*(\S[^\n]{1,160})"
)
# parts of speech that end a phrase: a verb, a gerund, a short participle or adjective, a
# preposition, a conjunction, a particle, an adverb, a pronoun
_ENDS = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADJS", "PREP", "CONJ", "PRCL", "ADVB", "NPRO"})
_PERSON = frozenset({"Name", "Surn", "Patr"})
# words of place_phrases' list (whose places other rules read) that are places here: a
# street, a square, a settlement, a floor, premises
_OPEN_PLACES = frozenset(
    {
        "улица",
        "проспект",
        "переулок",
        "бульвар",
        "набережная",
        "площадь",
        "шоссе",
        "проезд",
        "аллея",
        "территория",
        "этаж",
        "помещение",
        "город",
        "село",
        "деревня",
        "посёлок",
        "поселок",
        "станица",
        "район",
        "область",
        "край",
    }
)
# the dictionary forms of nouns of time a place preposition takes besides those of
# place_phrases' list ("в субботу", "на выходных", "в полдень")
_TIME = frozenset(
    {
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
        "утро",
        "вечер",
        "ночь",
        "полдень",
        "время",
        "раз",
        "каникулы",
        "праздник",
        "выходные",
    }
)
_NAMED_BY = frozenset({"имени", "им."})


class Phrase(NamedTuple):
    """A place phrase read by grammar: `at` its offset (its first word after the
    preposition), `shown` each way it can be shown with the path of that way (PATHS: the
    whole, its noun phrase alone, its genitive chain alone, or a labelled line's value)."""

    at: int
    shown: tuple[tuple[str, str], ...]


# the paths of the candidates read here (venue_choice.PATHS): a phrase whole after a
# preposition of place, whole after "в"/"на" with the accusative (a destination), its noun
# phrase alone, its genitive chain alone, a labelled line's value
PATHS = ("phrase", "phrase_motion", "phrase_noun", "phrase_chain", "phrase_label")


class _Token(NamedTuple):
    kind: str
    text: str
    start: int
    gap: str  # the text between the previous token and this one


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    end = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "mark"
        out.append(_Token(kind, m.group(0), m.start(), text[end : m.start()]))
        end = m.end()
    return out


def phrases(text: str) -> list[Phrase]:
    """Every place phrase of `text` (a post with guillemets, as places.venue_candidates
    passes it), in the order of the text, labelled lines first."""
    found = list(_labelled(text))
    tokens = _tokens(text)
    for i, token in enumerate(tokens):
        if token.kind != "word":
            continue
        low = token.text.lower()
        case = _GOVERNS.get(low)
        skip = 1
        if low == "рядом" and i + 1 < len(tokens) and tokens[i + 1].text.lower() in ("с", "со"):
            case, skip = "ablt", 2
        if case is None:
            continue
        phrase = _phrase(tokens, i + skip, case)
        if phrase is None and low in _MOTION:
            phrase = _phrase(tokens, i + skip, "accs")  # "приглашаем в библиотеку"
        if phrase is not None:
            found.append(phrase)
    return found


def _labelled(text: str) -> Iterator[Phrase]:
    for m in _LABEL.finditer(text):
        value = fit_venue(m.group(1))
        if value and any(ch.isalpha() for ch in value):
            yield Phrase(m.start(1), ((value, "phrase_label"),))


def _is_case(found: tuple[Any, ...], case: str, pos: frozenset[str]) -> Any:
    """The first reading of `found` whose part of speech is in `pos` and whose case is
    `case` (the second locative counts as the locative), or None."""
    for p in found:
        if p.tag.POS in pos and (p.tag.case == case or (case == "loct" and p.tag.case == "loc2")):
            return p
    return None


_ADJ = frozenset({"ADJF", "PRTF", "NUMR"})
_NOUN = frozenset({"NOUN"})


def _phrase(tokens: list[_Token], i: int, case: str) -> Phrase | None:
    """The place phrase whose first token is tokens[i], its noun phrase in `case`."""
    if i >= len(tokens):
        return None
    first = tokens[i]
    if first.gap.strip() or "\n" in first.gap:
        return None  # "в: …", a line's end: no phrase
    head: list[str] = []
    adjectives: list[Any] = []
    noun: Any = None
    j = i
    kind = ""
    while j < len(tokens) and len(head) < MAX_HEAD:
        token = tokens[j]
        if j > i and token.gap != " ":
            return None
        if token.kind == "quote":
            head.append(token.text)
            kind, j = "quote", j + 1
            break
        if token.kind == "digits" and not head and _continues(tokens[j + 1 : j + 2] or None, case):
            j += 1  # "в 12 школах города": a count of places, not their name
            continue
        if token.kind != "word":
            return None
        word = token.text.rstrip(".")
        if len(word) > 1 and word.replace("-", "").isupper():
            head.append(word)  # "МБОУ", "ДК": an abbreviation, never declined
            kind, j = "caps", j + 1
            while j < len(tokens) and tokens[j].gap == " " and _caps(tokens[j]):
                head.append(tokens[j].text.rstrip("."))
                j += 1
            break
        if word[:1] in _LATIN_CAPITALS:
            head.append(word)  # "в Grand Hotel": a foreign name, never declined
            kind, j = "caps", j + 1
            while j < len(tokens) and tokens[j].gap == " " and tokens[j].text[:1] in _LATIN:
                head.append(tokens[j].text.rstrip("."))
                j += 1
            break
        found = parses(word)
        adjective = _is_case(found, case, _ADJ)
        ahead = tokens[j + 1] if j + 1 < len(tokens) else None
        if (
            adjective is not None
            and not head
            and word[:1].isupper()
            and not _continues(ahead, case)
            and not any(p.tag.POS == "NOUN" for p in found)
        ):  # "в Лесном": a settlement named by an adjective standing alone
            target = adjective.inflect({"nomn", "sing", "masc"}) or adjective
            head.append(_keep_parts_case(word, target.word))
            kind, j = "name", j + 1
            break
        if adjective is not None and not token.text.endswith(".") and _continues(ahead, case):
            head.append(word)  # "на Красной площади": agrees with the word after it
            adjectives.append(adjective)
            j += 1
            continue
        noun = _place_reading(found, case) or _is_case(found, case, _NOUN)
        if noun is None:
            return None
        if "anim" in noun.tag or _PERSON & noun.tag.grammemes:
            return None  # "у Ивана Петровича": a person's
        lemma = str(noun.normal_form)
        if (NOT_PLACE.fullmatch(lemma) and lemma not in _OPEN_PLACES) or lemma in _TIME:
            return None  # "в течение", "на сайте", "в 2025 году", "в субботу"
        head.append(word)
        kind, j = "noun", j + 1
        break
    if not kind:
        return None
    naming, j = _naming(tokens, j, kind)
    # (an abbreviation, a foreign or a quoted name: as written)
    nominative = _nominative(head, adjectives, noun) if kind == "noun" else head
    path = "phrase_motion" if case == "accs" else "phrase"
    return Phrase(first.start, _shown(nominative, naming, path))


def _place_reading(found: tuple[Any, ...], case: str) -> Any:
    """The noun reading in `case` a reader takes: one whose dictionary form is a place noun
    (place_nouns.PLACE) and is read first as itself ("в парке": "парк", not a parka's
    "парка", a form pymorphy3 reads first as "парк"'s genitive), then any such; None when
    no noun reading is in `case`."""
    nouns = [
        p
        for p in found
        if p.tag.POS == "NOUN" and (p.tag.case == case or (case == "loct" and p.tag.case == "loc2"))
    ]
    if not nouns:
        return None
    return min(
        nouns,
        key=lambda p: (
            not PLACE.fullmatch(str(p.normal_form)),
            parses(str(p.normal_form))[0].normal_form != p.normal_form,
        ),
    )


def _keep_parts_case(original: str, new: str) -> str:
    """`new` written as `original` is (morphology's rule), each part of a hyphenated name
    on its own ("Йошкар-Оле" -> "Йошкар-Ола")."""
    old_parts, new_parts = original.split("-"), new.split("-")
    if len(old_parts) == len(new_parts) > 1:
        return "-".join(keep_case(o, n) for o, n in zip(old_parts, new_parts, strict=True))
    return keep_case(original, new)


def _continues(token: _Token | list[_Token] | None, case: str) -> bool:
    """Whether `token` may go on a noun phrase in `case` (a noun, an adjective, an
    abbreviation or a quoted name after one space)."""
    if isinstance(token, list):
        token = token[0]
    if token is None or token.gap != " ":
        return False
    if token.kind == "quote" or _caps(token):
        return True
    if token.kind != "word":
        return False
    return _is_case(parses(token.text.rstrip(".")), case, _ADJ | _NOUN) is not None


def _nominative(head: list[str], adjectives: list[Any], noun: Any) -> list[str]:
    """The noun by the reading read in its case put in the nominative, same number ("бору"
    -> "бор", "кафе" -> "кафе"), its adjectives agreeing with it."""
    target = noun.inflect({"nomn"}) or noun
    grams = {"nomn", target.tag.number or "sing"}
    if target.tag.number == "sing" and target.tag.gender:
        grams.add(target.tag.gender)
    out = []
    for word, reading in zip(head[:-1], adjectives, strict=True):
        found = reading.inflect(grams) or reading.inflect(grams - {"masc", "femn", "neut"})
        out.append(_keep_parts_case(word, found.word) if found is not None else word)
    out.append(_keep_parts_case(head[-1], target.word))
    return out


def _caps(token: _Token) -> bool:
    word = token.text.rstrip(".")
    return token.kind == "word" and len(word) > 1 and word.replace("-", "").isupper()


def _naming(tokens: list[_Token], j: int, kind: str) -> tuple[list[str], int]:
    """The words after a phrase's noun that name it (a genitive chain, "№ N", "имени …", a
    quoted or capitalised name) and the index after them."""
    out: list[str] = []
    named_by = False
    while j < len(tokens) and len(out) < MAX_NAMING:
        token = tokens[j]
        if token.gap not in (" ", "") or (token.gap == "" and token.kind == "word"):
            break
        if token.kind == "quote":
            out.append(token.text)
            j += 1
            continue
        if (
            token.kind == "digits"
            and not out
            and kind == "noun"
            and not (j + 1 < len(tokens) and _MONTH.match(tokens[j + 1].text))
        ):
            out.append(token.text)  # "в корпусе 2", "в лицее 8" (not "в парке 5 мая")
            j += 1
            break
        if token.kind == "number" and j + 1 < len(tokens) and tokens[j + 1].kind == "digits":
            out += [token.text, tokens[j + 1].text]
            j += 2
            continue
        if token.kind != "word":
            break
        word = token.text
        low = word.lower()
        if low in _NAMED_BY:
            out.append(word)
            named_by = True
            j += 1
            continue
        bare = word.rstrip(".")
        if named_by and (word[:1].isupper()):
            out.append(word)  # "имени А. С. Пушкина"
            if word.endswith(".") and len(bare) > 2:
                break
            j += 1
            continue
        if _caps(token):
            out.append(bare)  # "ДК РЖД"
            j += 1
            continue
        found = parses(bare)
        if found and found[0].tag.POS in _ENDS:
            break
        if not any(p.tag.case == "gent" and p.tag.POS in (_ADJ | _NOUN) for p in found):
            if word[:1].isupper() and not out and kind != "quote":
                out.append(bare)  # "завод Автотор": its own name
                j += 1
                if word.endswith("."):
                    break
                continue
            break
        noun = _is_case(found, "gent", _NOUN)
        if noun is not None and NOT_PLACE.fullmatch(str(noun.normal_form)) and not out:
            break  # "в зале 15 декабря", "в парке в течение дня"
        out.append(bare)
        j += 1
        if word.endswith("."):
            break
    while out and out[-1].lower() in _NAMED_BY:
        out.pop()
    return out, j


def _shown(nominative: list[str], naming: list[str], path: str) -> tuple[tuple[str, str], ...]:
    """The phrase whole, its noun phrase alone and its genitive chain alone, each fit for a
    card (fit_venue) and capitalised, duplicates dropped."""
    ways = [(" ".join([*nominative, *naming]), path), (" ".join(nominative), "phrase_noun")]
    if naming and naming[0][:1].isalpha() and naming[0].lower() not in _NAMED_BY:
        chain = _chain_nominative(naming)
        if chain:
            ways.append((chain, "phrase_chain"))
    out: list[tuple[str, str]] = []
    for way, way_path in ways:
        value = fit_venue(way)
        value = value[:1].upper() + value[1:]
        if value and all(value != v for v, _ in out):
            out.append((value, way_path))
    return tuple(out)


def _chain_nominative(naming: list[str]) -> str | None:
    """ "школы № 5" -> "школа № 5", "Дворца культуры железнодорожников" -> "Дворец культуры
    железнодорожников": the first noun of a genitive chain and its adjectives before it in the
    nominative, the rest as written; None when the chain opens with no genitive noun phrase."""
    for k, word in enumerate(naming):
        found = parses(word)
        noun = _is_case(found, "gent", _NOUN)
        if noun is not None and not (found[0].tag.POS in _ADJ and found[0].tag.case == "gent"):
            if "anim" in noun.tag or _PERSON & noun.tag.grammemes:
                return None  # "у памятника Пушкину", "в доме бабушки": someone's
            head = to_nominative(naming[: k + 1], case="gent")
            return " ".join([*head, *naming[k + 1 :]])
        if _is_case(found, "gent", _ADJ) is None:
            return None
    return None
