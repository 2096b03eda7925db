"""An event told by a visit or a performer's appearance, with no kind word beside its name.

A reader of "Во время каникул школьники смогут посетить музеи бесплатно" or "Ребята 5А
посетят музей" takes the visit as the event: "Посещение музеев", "Посещение музея"; of "Вход в
зоопарк 1 сентября будет бесплатным" the visit too: "Посещение зоопарка". Of "Хор детской
музыкальной школы выступит в филармонии" the appearance: "Выступление хора детской
музыкальной школы". These are made titles: the act's noun and what grammar attaches to the
verb (its place object, its performing subject), read with pymorphy3 through title_grammar's
noun phrases (nominative, at most 80 characters) and put in the genitive.

- `visits(text, span)`: in the clause `span`, a verb of visiting (посетить, посещать: the
  accusative object; побывать: "в/на" + the prepositional) or the noun "вход" + "в/на" (its
  accusative), whose
  object is a place (place_nouns.PLACE_STEMS), never a person, a kind of event ("посетят
  выставку": the kind's own rule) or a site.
- `appearance(line)`: a line (a news headline) opening with a group's noun phrase (an
  inanimate noun: "хор", "ансамбль", "коллектив", not a kind of event) whose first verb is one
  of performing (выступить, выступать).

- `opened_places(text, span)`: a place that opens, starts working or is set up
  ("развёрнут детский автогородок", "откроется летний читальный зал «…»", "будут работать:
  … — пришкольные лагеря", "открывает сезон … железная дорога"): the place itself, in the
  nominative, is what the post announces.

Used by title.py (`_offer_visits`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.morphology import is_known, parses, to_genitive
from bot.core.language.place_nouns import PLACE_STEMS
from bot.core.language.title_grammar import (
    Tokens,
    animate,
    head_after,
    is_event_noun,
    is_word,
    left_start,
    noun_group_end,
    phrase_at,
)
from bot.core.language.title_words import is_kind_word

__all__ = ["appearance", "opened_places", "performer", "visits", "with_headline_performer"]

MAX_TITLE = 80  # characters, as title_words.MAX_TITLE

# verbs whose accusative object is the place visited, and those taking "в/на" + the place
_VISIT_OBJECT = frozenset({"посетить", "посещать"})
_VISIT_IN = frozenset({"побывать"})
_PERFORM = frozenset({"выступить", "выступать"})
_INTO = frozenset({"в", "во", "на"})
_PLACE = re.compile(rf"(?i)(?:{PLACE_STEMS})")
# a place of the web, never one to go to ("посетив сайт школы")
_NOT_A_PLACE = re.compile(r"(?i)сайт|страниц|портал|сообществ|групп|аккаунт")
# names' readings: a proper name keeps its capital in the made title
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _lemma(word: str, pos: tuple[str, ...]) -> str | None:
    found = parses(word)
    if not found or found[0].tag.POS not in pos:
        return None
    return str(found[0].normal_form)


def _place(head: str) -> bool:
    """Whether the head noun of an object names a place one goes to (a museum, a park, an
    academy), not a person, a kind of event or a site."""
    return (
        _PLACE.search(head) is not None
        and _NOT_A_PLACE.search(head) is None
        and not animate(head)
        and not is_event_noun(head)
        and not is_kind_word(head)
    )


def _place_phrase(tokens: Tokens, i: int, case: str) -> tuple[str, str] | None:
    """The nominative phrase of the place noun group in `case` starting near token i (adverbs
    and a prepositional group passed over, title_grammar.head_after) and the same words as
    written; None when there is none or its head is no place."""
    h = head_after(tokens, i, (case, "loc2") if case == "loct" else (case,))
    if h is None or not _place(tokens.words[h]):
        return None
    phrase = phrase_at(tokens, h, case)
    if phrase is None:
        return None
    start = tokens.starts[left_start(tokens, h)]
    written = tokens.text[start:].split()[: len(phrase.split())]
    return _as_written(phrase, written[0]), " ".join(written)


def _as_written(phrase: str, original: str) -> str:
    """`phrase` (capitalised by title_grammar.phrase_at) with the first letter of its first
    word as written in the text (`original`, that word's token)."""
    if original[:1].islower():
        return phrase[:1].lower() + phrase[1:]
    return phrase


@lru_cache(maxsize=256)
def visits(text: str, span: tuple[int, int]) -> tuple[tuple[int, str], ...]:
    """(offset of the verb or noun, title) of each visit to a place told in `text[span]`:
    "посетят музей" -> "Посещение музея", "побывают в планетарии" -> "Посещение планетария",
    "Вход в зоопарк" -> "Посещение зоопарка" (a title "Вход …" reads as a notice,
    notices.py); in the order found."""
    clause = text[span[0] : span[1]]
    if not any(cue in clause.lower() for cue in ("посет", "посещ", "побыва", "вход")):
        return ()
    tokens = Tokens(clause)
    found: list[tuple[int, str]] = []
    for i, word in enumerate(tokens.words):
        low = word.lower()
        if low.startswith(("посет", "посещ")):
            lemma = _lemma(word, ("VERB", "INFN"))
            if lemma not in _VISIT_OBJECT:
                continue
            place = _place_phrase(tokens, i + 1, "accs")
            if place is not None:
                words = to_genitive(place[0].split())
                found.append((span[0] + tokens.starts[i], f"Посещение {' '.join(words)}"))
        elif low.startswith("побыва"):
            if _lemma(word, ("VERB", "INFN")) not in _VISIT_IN:
                continue
            title = _visit_into(tokens, i, "loct")
            if title is not None:
                found.append((span[0] + tokens.starts[i], title))
        elif low == "вход":
            title = _visit_into(tokens, i, "accs")
            if title is not None:
                found.append((span[0] + tokens.starts[i], title))
    return tuple(found)


def _visit_into(tokens: Tokens, i: int, case: str) -> str | None:
    """«Посещение ‹place›» when token `i` is followed by в/на and a place phrase in `case`
    («побывают в планетарии»: locative; «вход в зоопарк»: accusative), else None."""
    at = i + 1
    if at >= len(tokens) or tokens.words[at].lower() not in _INTO:
        return None
    place = _place_phrase(tokens, at + 1, case)
    if place is None:
        return None
    return f"Посещение {' '.join(to_genitive(place[0].split()))}"


def performer(line: str) -> str | None:
    """ "хора детской музыкальной школы" of the line "Хор детской музыкальной школы выступит
    в филармонии": the genitive of the group's noun phrase opening a line (an inanimate noun,
    no kind of event) whose first verb is one of performing; None otherwise."""
    if "выступ" not in line.lower():
        return None
    tokens = Tokens(line)
    end = noun_group_end(tokens, 0, ("nomn",))
    if end is None:
        return None
    h = end - 1
    head = tokens.words[h]
    if animate(head) or is_event_noun(head) or is_kind_word(head):
        return None
    verb = next(
        (j for j in range(end, len(tokens)) if _lemma(tokens.words[j], ("VERB", "INFN"))), None
    )
    if verb is None or _lemma(tokens.words[verb], ("VERB", "INFN")) not in _PERFORM:
        return None
    phrase = phrase_at(tokens, h)
    if phrase is None:
        return None
    words = to_genitive(phrase.split())
    first = parses(tokens.words[0])[:1]
    if is_known(tokens.words[0].lower()) and not (
        first and _NAME_GRAMMEMES & set(map(str, first[0].tag.grammemes))
    ):
        words[0] = words[0][:1].lower() + words[0][1:]  # a common word opening the line
    return " ".join(words)


def appearance(line: str) -> str | None:
    """ "Выступление хора детской музыкальной школы" of the line "Хор детской музыкальной
    школы выступит в филармонии" (see `performer`); None when the line tells no performing
    group or the title would not fit a card."""
    who = performer(line)
    title = f"Выступление {who}" if who else None
    return title if title and len(title) <= MAX_TITLE else None


_BARE_CONCERT = re.compile(
    r"(?i)(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){0,2}(?:гала-)?концерт"
)


def with_headline_performer(title: str, line: str) -> str:
    """ "Большой концерт хора гимназии" for a bare concert `title` ("Большой концерт": a kind
    and its adjectives, no performer) when the headline `line` opens with the group that
    will perform ("Хор гимназии выступит в филармонии"); `title` otherwise."""
    if _BARE_CONCERT.fullmatch(title) is None:
        return title
    who = performer(line)
    joined = f"{title} {who}" if who else title
    return joined if len(joined) <= MAX_TITLE else title


# verbs of a place opening, starting work or being set up (pymorphy3 lemmas); "начать" only
# with "работу"; "открывать"/"открыть" of a season ("открывает сезон") or of the place
_OPENING = frozenset({"открыться", "открываться", "заработать", "работать", "развернуть"})
_OPENING_WITH = {"начать": "работ", "открывать": "сезон", "открыть": "сезон"}
# places whose work is an institution's routine, never an event ("Школа начнёт работу")
_INSTITUTION = re.compile(
    r"(?i)школ|гимнази|лице[йяеюи]|колледж|университет|институт|академи|отдел|кафедр|кабинет"
    r"|аудитори|здани|корпус|центр"
)
_OPEN_PLACE = re.compile(rf"(?i)(?:{PLACE_STEMS})|городок|городк|дорог|площадк")
_OPEN_CUES = ("откр", "работ", "развёрн", "развернут", "начн", "начина", "начать")


def _open_place(head: str) -> bool:
    """Whether a noun names a place whose opening is an event: a park, a rink, a camp, a
    town of attractions, a railway, a reading room; not an institution at work."""
    return (
        _OPEN_PLACE.search(head) is not None
        and _INSTITUTION.search(head) is None
        and not animate(head)
        and not is_kind_word(head)  # a kind word's phrase is offered by the kind rules
    )


def _opening_verb(tokens: Tokens, i: int) -> bool:
    lemma = _lemma(tokens.words[i], ("VERB", "INFN", "PRTS"))
    if lemma in _OPENING:
        return True
    wanted = _OPENING_WITH.get(lemma or "")
    return bool(wanted and i + 1 < len(tokens) and tokens.words[i + 1].lower().startswith(wanted))


def _opening_title(tokens: Tokens, i: int, words: list[str], clause_start: bool) -> str:
    """The title of a place `words` (nominative) told by the verb at token i: "Открытие
    сезона …" of a season opened, "Открытие …" of a place that opens ("откроется летний
    читальный зал" -> "Открытие летнего читального зала"), the place itself otherwise
    ("развёрнут детский автогородок" -> "Детский автогородок")."""
    lemma = _lemma(tokens.words[i], ("VERB", "INFN", "PRTS")) or ""
    if lemma in ("открыть", "открывать", "открыться", "открываться"):
        if clause_start and is_known(words[0].lower()):
            words = [words[0].lower(), *words[1:]]  # a capital only of the clause's start
        genitive = " ".join(to_genitive(words))
        season = "сезона " if lemma in _OPENING_WITH else ""
        return f"Открытие {season}{genitive}"
    joined = " ".join(words)
    return joined[:1].upper() + joined[1:]


def _governed(tokens: Tokens, j: int) -> bool:
    """Whether the noun group headed by token j stands after a preposition ("на площади")."""
    start = left_start(tokens, j)
    if start == 0:
        return False
    found = parses(tokens.words[start - 1]) if is_word(tokens.words[start - 1]) else ()
    return bool(found) and found[0].tag.POS == "PREP"


GOVERNED_AFTER = True  # title53: a place noun after the verb and a preposition is no subject


def _oblique_before(tokens: Tokens, j: int) -> bool:
    """Whether the word right before token j is an adjective none of whose readings is
    nominative ("московском метро"): it tells the case of an indeclinable noun, which
    pymorphy3 reads as nominative too."""
    if j == 0 or not is_word(tokens.words[j - 1]):
        return False
    found = parses(tokens.words[j - 1])[:3]
    return (
        bool(found)
        and found[0].tag.POS in ("ADJF", "PRTF")
        and all(p.tag.case != "nomn" for p in found)
    )


def _nominative_head(tokens: Tokens, j: int) -> bool:
    """Whether token j is a noun that may stand in the nominative (a subject's head)."""
    return is_word(tokens.words[j]) and noun_group_end(tokens, j, ("nomn",)) == j + 1


@lru_cache(maxsize=256)
def opened_places(text: str, span: tuple[int, int]) -> tuple[tuple[int, str], ...]:
    """(offset of the verb, title) of each place told in `text[span]` to open, start work or
    be set up: its nominative noun phrase, the subject before the verb or the first
    nominative place noun after it in the clause ("развёрнут детский автогородок" ->
    "Детский автогородок"); in the order found."""
    clause = text[span[0] : span[1]]
    low = clause.lower()
    if not any(cue in low for cue in _OPEN_CUES):
        return ()
    tokens = Tokens(clause)
    found: list[tuple[int, str]] = []
    for i, word in enumerate(tokens.words):
        if not is_word(word) or not _opening_verb(tokens, i):
            continue
        before = [
            j
            for j in range(i - 1, max(i - 9, -1), -1)
            if _nominative_head(tokens, j) and not _governed(tokens, j)
        ]
        after = []
        for j in range(i + 1, min(i + 12, len(tokens))):
            if j > i + 1 and _lemma(tokens.words[j], ("VERB", "INFN")):
                break  # "откроется «…», пройдут … мастерские": another predicate's subject
            if _nominative_head(tokens, j) and not (
                GOVERNED_AFTER and (_governed(tokens, j) or _oblique_before(tokens, j))
            ):
                after.append(j)  # never "в московском метро": a place the verb is in
        for h in before[:2] + after[:3]:
            if not _open_place(tokens.words[h]):
                continue
            phrase = phrase_at(tokens, h)
            if phrase is None:
                continue
            # the subject stands in the nominative already: its words as written
            start = tokens.starts[left_start(tokens, h)]
            words = clause[start:].split()[: len(phrase.split())]
            words[-1] = words[-1].rstrip(",.;:!?")
            if len(words) < 2:
                break  # "будут работать музеи": a bare place noun tells no event apart
            found.append((span[0] + tokens.starts[i], _opening_title(tokens, i, words, start == 0)))
            break
    return tuple(found)
