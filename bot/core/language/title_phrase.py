"""The phrase around a kind noun, in the nominative: "регионального этапа олимпиады
школьников по математике" gives "Региональный этап олимпиады школьников по математике".

Agreeing adjectives on the left, then on the right a quoted name, "посвящённый …" or a subject
(a genitive chain, "по …", "о …", "ко Дню …", "встреча с …"); the head and its adjectives are
put in the nominative with pymorphy3 (morphology.to_nominative).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.morphology import to_nominative
from bot.core.language.title_words import (
    KIND,
    MAX_TITLE,
    has_noun_reading,
    is_animate,
    is_genitive,
    is_noun,
    is_person,
    short_quote,
    word_parses,
)

# a noun naming a stage of an event: the stage heads the title ("региональный этап олимпиады")
_STAGE = re.compile(
    r"(?i)^(?:этап|тур|финал|полуфинал|четвертьфинал)(?:а|у|ом|е|ы|ов)?$"
    r"|^(?:открыти|закрыти)(?:е|я|ю|ем|и)$"
)
_GENITIVE_PREPS = frozenset({"для", "до", "из", "от", "у", "около", "после", "без", "кроме"})
_NAME_BEFORE = re.compile(r"(«[^«»]{2,60}»)\s*[–—-]\s*(?:это\s+)?(?:[а-яё]+\s+){0,3}$")
# "([А-ЯЁа-яё-]+)\s*$" tried only where a word starts and never backed into: linear, not quadratic
_LAST_WORD = re.compile(r"(?<![А-ЯЁа-яё-])([А-ЯЁа-яё-]++)\s*$")
_NEXT_WORD = re.compile(r"\s+([А-ЯЁа-яё-]+)")
_CLOSING_NAME = re.compile(r"«[^«»]+»$")
# "Телемост пройдёт в формате открытого урока": the verb between a kind and its format
_FORMAT_VERB = re.compile(
    r"^\s+(?:пройд[её]т|пройдут|состоится|состоятся|проходит|проходят|будет\s+проходить)"
    r"(?=\s+в\s+формате\s)"
)
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z-]+|«[^«»]*»|\"[^\"\n]*\"|“[^“”]*”|\S")
_SKIP_AFTER = frozenset({"для", "с", "в", "на", "во", "от", "до", "к", "у", "и", "из"})


def kind_phrase(text: str, start: int, end: int, *, stage: bool = True) -> str:
    """The title phrase around the kind noun at text[start:end], in the nominative and
    capitalised ("этапа олимпиады" -> "Этап олимпиады"; `stage`: a stage noun before the kind
    may head the phrase)."""
    start, end, left = _head(text, start, end)
    first = text.rfind(left[0], 0, start) if left else start
    before = _LAST_WORD.search(text[max(0, first - 40) : first])
    prev = before.group(1) if before else ""
    if stage and _STAGE.match(prev) and is_genitive(left[0] if left else text[start:end]):
        at = first - len(text[max(0, first - 40) : first]) + before.start(1)  # type: ignore[union-attr]
        return kind_phrase(text, at, at + len(prev), stage=False)  # "этапа олимпиады" -> "Этап …"
    governed = prev.lower() in _GENITIVE_PREPS or (bool(prev) and prev.islower() and is_noun(prev))
    head = text[start:end]
    right = _right(text, end)
    named = _NAME_BEFORE.search(text, max(0, start - 120), start)
    if named and "«" not in right:
        right = " " + named.group(1)  # "«Библиосумерки» – это настоящий праздник"
    words = [*left, head]
    nominative = to_nominative(words, governed=governed)
    phrase = " ".join(nominative)
    if right:
        phrase = f"{phrase}{right}"
    name = _CLOSING_NAME.search(phrase)
    if len(phrase) > MAX_TITLE and name:  # the kind and its quoted name, the chain left out
        phrase = f"{' '.join(nominative)} {name.group(0)}"
    phrase = " ".join(phrase.split())
    return phrase[:1].upper() + phrase[1:]


def _head(text: str, start: int, end: int) -> tuple[int, int, list[str]]:
    """The head noun's span and its adjectives; a kind word that is an adjective
    ("конкурсного отбора") gives its noun as the head and joins the adjectives."""
    left = _left_adjectives(text, start)
    word = text[start:end]
    if " " in word or has_noun_reading(word):
        return start, end, left
    nxt = _NEXT_WORD.match(text, end, end + 40)
    if nxt and has_noun_reading(nxt.group(1)):
        return nxt.start(1), nxt.end(1), [*left, word]
    return start, end, left


def _left_adjectives(text: str, start: int) -> list[str]:
    words: list[str] = []
    before = text[max(0, start - 80) : start]
    for token in reversed(before.split()):
        clean = token.strip(",.;:!?()")
        if clean != token or not clean or len(words) >= 3:
            break
        if not _name_adjective(clean):
            break  # not an adjective first; "этот", "наш", "весь", "его": not part of a name
        words.insert(0, clean)
    return words


@lru_cache(maxsize=16384)
def _name_adjective(word: str) -> bool:
    """Whether the word's likeliest reading is an adjective or a participle and none of its
    readings a pronoun-like adjective ("этот", "наш"); cached per word."""
    parses = word_parses(word)
    if not parses or not ("ADJF" in parses[0].tag or "PRTF" in parses[0].tag):
        return False
    return not any("Apro" in p.tag for p in parses)


def _right(text: str, end: int) -> str:
    tail = _FORMAT_VERB.sub("", text[end : end + 160], count=1)
    quote = re.match(
        r"\s*(?:из\s+(?:цикла|серии)\s+«[^«»]{2,60}»\s*[,—–-]?\s*)?"  # "из цикла «…» — «…»"
        r"(?:для\s+[а-яё]+(?:\s+[а-яё]+)?\s*)?[,—-]?\s*(?:(?:для\s+[а-яё]+\s+)?под\s+названием\s+"
        r"|(?:называ\w+|носит\s+название|с\s+названием|на\s+тему)\s*:?\s*)?"
        r"(«[^«»]{2,120}»|\"[^\"\n]{2,120}\"|“[^“”]{2,120}”|'[^'\n]{2,120}'(?!\w))",
        tail,
    )
    if quote:
        return " " + short_quote(quote.group(1))
    dedicated = re.match(r"\s*,\s*(посвящ[её]нн\w+\s+[^.,;!?()\n]{3,70})", tail)
    if dedicated:
        return ", " + dedicated.group(1).strip()
    head = _LAST_WORD.search(text[max(0, end - 20) : end])
    meeting = bool(head and _MEETING.match(head.group(0)))
    out = _subject(_WORD.findall(tail[:120]), meeting=meeting)
    return (" " + " ".join(out)) if out else ""


# a preposition opening the subject of a kind, and the case of the words that follow it
_SUBJECT_PREPS = {"по": "datv", "о": "loct", "об": "loct", "про": "accs", "ко": "datv"}
_MEETING = re.compile(r"(?i)^встреч")


def _subject(tokens: list[str], *, meeting: bool = False) -> list[str]:
    """What follows a kind and names its subject: a genitive chain ("олимпиады школьников"),
    "по робототехнике", "о космосе", "ко Дню матери", another kind joined by "и" ("экскурсии
    и мастер-классы") and a quoted name; at most eight words, never a person's name. A meeting
    names whom it is with ("встреча с писателем")."""
    out: list[str] = []
    i = 0
    if meeting and tokens[:1] in (["с"], ["со"]) and (run := _case_run(tokens, 1, "ablt")):
        out = tokens[: 1 + run]  # "с представителями колледжа"
        for token in tokens[1 + run : 5 + run]:
            if not token[:1].isalpha() or token.lower() in _SKIP_AFTER or not is_genitive(token):
                break
            out.append(token)
        return out
    while i < len(tokens) and len(out) < 8:
        token, low = tokens[i], tokens[i].lower()
        if token.startswith(("«", '"', "“")):
            out.append(short_quote(token))
            break
        case = _SUBJECT_PREPS.get("ко" if low == "к" else low)
        if meeting and low in ("с", "со"):
            case = "ablt"  # "встреча школьников с ветеранами"
        if case is not None:
            run = _case_run(tokens, i + 1, case)
            if not run or (low in ("к", "ко") and not tokens[i + 1].lower().startswith("дн")):
                break
            out += tokens[i : i + 1 + run]
            i += 1 + run
            continue
        if low == "в" and tokens[i + 1 : i + 2] == ["формате"] and _case_run(tokens, i + 2, "gent"):
            out += tokens[i : i + 2]  # "в формате открытого урока"
            i += 2
            continue
        if low == "и" and len(out) == 0 and i + 1 < len(tokens) and KIND.fullmatch(tokens[i + 1]):
            out += tokens[i : i + 2]  # "экскурсии и мастер-классы"
            i += 2
            continue
        if not token[:1].isalpha() or low in _SKIP_AFTER or not is_genitive(token):
            break
        if token[:1].isupper() and is_person(token) and (not out or is_animate(out[-1])):
            break  # "лекция профессора Иванова": the lecturer is not the event's name
        out.append(token)
        i += 1
    return out


def _case_run(tokens: list[str], at: int, case: str) -> int:
    """How many words from `at` are adjectives and one noun in `case` ("мирном атоме")."""
    n = 0
    for token in tokens[at : at + 4]:
        found = [
            p
            for p in word_parses(token)[:4]
            if p.tag.case == case or (case == "loct" and p.tag.case == "loc2")
        ]
        if not found:
            break
        n += 1
        if any("NOUN" in p.tag for p in found):
            break
    return n
