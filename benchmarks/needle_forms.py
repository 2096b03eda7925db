"""Label needles a card shown in the nominative can hold: a check of a real-post set's labels
that never runs the parser.

The scorer (`benchmarks/corpus_score.py`) compares lower-cased substrings of the card's venue
and title, and the card shows both in the nominative. A needle written in the case the text
gives («Пулковском парке» of «в Пулковском парке») can therefore never pass, however right the
card (the fault of eval10, eval11 and eval19: tests/data/README.md). The corpus convention
(README sections of eval10–eval12) is a stem both forms hold («Пулковск», «парк») or a genitive
complement a nominative phrase keeps as written («вестибюль администрации …»).

`needle_faults(text, needle, field)` reads the needle's first word where the text has it, with
pymorphy3 tags only:

- a stem (the text's word goes on past the needle) must begin the word's nominative
  («библиотек» of «библиотеке»: yes; «Дворц» of «Дворца»: no, «Дворец» is shown);
- a whole word must be one the card holds as written: a complement of a noun before it (its
  adjectives and a name's initials walked over: «здания администрации …», «им. Г.А. …», «Дню
  знаний»), though not of a frame noun a card may drop (FRAME_NOUNS: «на базе школы …»,
  «в вестибюле администрации …», «этапа Всероссийского конкурса …»); a name in quotes after
  a noun («ДК «Юность»») or inside quotes; a heading's word after a dash, or in a title after
  the preposition opening its line («К музею бережно»); an abbreviation («СФТИ», «просп.»);
  or else a word with a nominative reading — a singular one after «в», «во», «на» or a frame
  noun («на площади» is the locative of «площадь», not its plural);
- a needle does not begin or end with a preposition a card drops («в библиотеке»), unless a
  noun before it takes the phrase as its complement («сквере у драмтеатра»), nor with
  punctuation a card drops (a comma, a bracket, a dash, a lone quote mark).

A needle passes if any of its occurrences passes. Run as a script on set files to list the
faults: `python benchmarks/needle_forms.py tests/data/real_posts_evalNN.jsonl`.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pymorphy3

FIELDS = ("venue_contains", "title_contains")
# a word as the needles and texts write it: letters, digits, inner hyphens
WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*")
OPENING_QUOTES = "«“„\"'"
# prepositions of place: what follows them in a venue is the place in an oblique case
PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
# frame nouns a card may drop, showing what follows in the nominative: «на базе школы № 5» →
# «школа № 5», «в вестибюле администрации» → «администрация», «регионального этапа конкурса
# сочинений» → «Конкурс сочинений»; a needle after one is the stem both forms hold
FRAME_NOUNS = frozenset(
    {"база", "территория", "вестибюль", "фойе", "площадка", "сцена", "этап", "церемония"}
)
# abbreviations after which a name stays as written («им. Волкова»)
# (and a street's kind: «ул. Энгельса», «пр. Мира»)
NAMING = frozenset({"им", "имени", "ул", "пр", "просп", "пер", "пл", "наб", "ш", "б-р", "мкр"})
# a card drops these at a needle's edge («?» and «!» belong to names: «Что? Где? Когда?»)
EDGE_PUNCTUATION = ",;:()[]—–-"
# parts of speech that agree with the noun after them (walked over to find the governor)
AGREEING = frozenset({"ADJF", "PRTF", "NUMR"})


@cache
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


def _parses(word: str) -> list[Any]:
    return list(_morph().parse(word))


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _is_pos(word: str, parts: frozenset[str]) -> bool:
    """Whether any reading of `word` is one of the parts of speech `parts` (OpenCorpora tags)."""
    return any(p.tag.POS in parts for p in _parses(word))


def _is_noun(word: str) -> bool:
    # an abbreviation in capitals («ДК», «МАУ», «ГО») is a noun whatever pymorphy3 guesses
    return (word.isupper() and len(word) > 1) or _is_pos(word, frozenset({"NOUN"}))


def _is_preposition(word: str) -> bool:
    return _is_pos(word, frozenset({"PREP"}))


def _nominatives(word: str) -> set[str]:
    """The nominative forms of `word`'s readings, each in its own number (folded)."""
    forms = set()
    for parse in _parses(word):
        if parse.tag.case is None:
            continue
        inflected = parse.inflect({"nomn"})
        forms.add(_fold(inflected.word if inflected else parse.normal_form))
        forms.add(_fold(parse.normal_form))
    return forms


def _has_nominative(word: str, *, singular: bool = False) -> bool:
    """Whether a reading of `word` is nominative (a singular one, if asked, or a word with no
    singular reading at all, as «Черёмушки»); words pymorphy3 gives no case (an abbreviation
    it does not know, a foreign word) count as nominative."""
    parses = [p for p in _parses(word) if p.tag.case is not None]
    if not parses or any(p.tag.POS == "PREP" for p in _parses(word)):
        return not parses
    nominative = [p for p in parses if p.tag.case == "nomn"]
    if not singular:
        return bool(nominative)
    if all(p.tag.number == "plur" for p in parses):
        return bool(nominative)
    return any(p.tag.number != "plur" for p in nominative)


def _agrees(word: str, between: str) -> bool:
    """Whether `word`, right before another, is read first as a word agreeing with it (an
    adjective, a participle, a numeral: «детской» is an adjective before «школе»)."""
    return not between and _parses(word)[0].tag.POS in AGREEING


def _initial(word: str, between: str) -> bool:
    """Whether `word` is a name's initial («Г.» of «им. Г.А. Кулаковой», «Арк.» of «им. Арк.
    Гайдара»)."""
    return between == "." and len(word) <= 3 and word[0].isupper()


def _previous_word(text: str, at: int) -> tuple[str, int, str]:
    """The word ending before `at`, where it starts, and what lies between it and `at`
    (stripped of spaces); a bracketed aside right before `at` («Саха (Якутия) по …») is
    stepped over."""
    before = text[:at]
    if before.rstrip().endswith(")") and "(" in before:
        before = before[: before.rfind("(")]
    words = list(WORD.finditer(before))
    if not words:
        return "", 0, before.strip()
    last = words[-1]
    return last.group(), last.start(), before[last.end() :].strip()


def _open_quote(text: str, at: int) -> int:
    """Where the quoted name holding `at` opens (on `at`'s line, not closed before it), or -1."""
    line_start = text.rfind("\n", 0, at) + 1
    depth = {"«": 0, "“": 0, '"': 0}
    opened = {"«": -1, "“": -1, '"': -1}
    for i in range(line_start, at):
        char = text[i]
        if char in "«“" or (char == '"' and depth['"'] == 0):
            depth[char] += 1
            opened[char] = i
        elif char in "»”" or char == '"':
            mark = {"»": "«", "”": "“", '"': '"'}[char]
            depth[mark] = max(0, depth[mark] - 1)
    return max((opened[m] for m in depth if depth[m] > 0), default=-1)


def _governor(text: str, at: int) -> tuple[str, str, int]:
    """What governs the word at `at`: ("noun" | "frame" | "preposition" | "place" | "verb" |
    "none" | "dash", the governing word, its start), walking back over agreeing adjectives, initials
    and one opening quote mark (a name in quotes after a noun is the noun's apposition)."""
    word, start, between = _previous_word(text, at)
    if between and between in OPENING_QUOTES:
        head, head_start, gap = _previous_word(text, len(text[:at].rstrip()) - 1)
        if not gap and head and _is_noun(head) and not _is_preposition(head):
            return "noun", head, head_start
        word, start, between = head, head_start, gap
    while word and (_agrees(word, between) or _initial(word, between)):
        word, start, between = _previous_word(text, start)
    folded = _fold(word)
    if between == "." and folded in NAMING:
        return "noun", word, start
    if between and between[-1] in "—–":
        return "dash", word, start
    if not word or between:
        return "none", "", -1
    if _is_preposition(word):
        return ("place" if folded in PLACE_PREPOSITIONS else "preposition"), word, start
    if _is_noun(word):
        return ("frame" if _nominatives(word) & FRAME_NOUNS else "noun"), word, start
    return "verb", word, start


def _as_written(text: str, at: int, kind: str, start: int, field: str) -> bool:
    """Whether the word at `at`, governed as `kind` by the word at `start`, is held as written
    by a nominative card: a noun's complement («вестибюле администрации …»), a preposition's
    phrase that is a noun's complement («соревнований по лыжным гонкам»), a quoted name's
    own grammar («Новый год в мышином королевстве»), a heading after a dash or, in a title, a
    heading that opens with its preposition («К музею бережно»)."""
    quote = _open_quote(text, at)
    if kind in ("noun", "dash") or (quote >= 0 and (kind == "none" or start > quote)):
        return True
    if kind in ("preposition", "place"):
        if field == "title_contains" and text.rfind("\n", 0, start) + 1 == start:
            return True
        return kind == "preposition" and _governor(text, start)[0] == "noun"
    return False


def _occurrence_fault(text: str, at: int, needle: str, field: str) -> str | None:
    """Why the needle's occurrence at `at` is one no nominative card holds, or None."""
    first = WORD.match(needle)
    if first is None or needle[0].isdigit():
        return None  # «№ 9», a number, a quoted name with its marks: as written
    text_word = WORD.match(text, at)
    assert text_word is not None
    stem = first.group()
    if needle[first.end() : first.end() + 1] == "." or sum(c.isupper() for c in stem) > 1:
        return None  # an abbreviation («просп. Свободы», «СФТИ», «им. …») does not decline
    kind, head, start = _governor(text, at)
    if _as_written(text, at, kind, start, field):
        return None
    if len(text_word.group()) > len(stem):
        if any(form.startswith(_fold(stem)) for form in _nominatives(text_word.group())):
            return None
        return f"stem «{stem}» begins no nominative of «{text_word.group()}»"
    if _is_preposition(stem):
        if _open_quote(text, at) >= 0:
            return None  # a quoted name's own first word («Во дворе дома писателей»)
        return f"begins with the preposition «{stem}»"
    singular = kind in ("place", "frame") or (kind == "preposition" and field == "venue_contains")
    if _has_nominative(stem, singular=singular):
        return None
    return f"«{stem}» after «{head}» has no nominative reading a card shows"


def needle_faults(text: str, needle: str, field: str) -> list[str]:
    """Why `needle` (a `venue_contains` or `title_contains` needle of a real-post line whose
    post is `text`) is one a card shown in the nominative cannot hold: an empty list when it
    can. Shape only (pymorphy3 tags), never the parser; a needle missing from the text is the
    shape test's fault, not this one's."""
    faults = []
    edges = needle[:1] + needle[-1:]
    if needle != needle.strip() or any(c in EDGE_PUNCTUATION for c in edges):
        faults.append("punctuation or space at an edge")
    if needle.count("«") != needle.count("»") or needle.count('"') % 2:
        faults.append("a lone quote mark")
    words = WORD.findall(needle)
    if words and needle.endswith(words[-1]) and _is_preposition(words[-1]) and len(words) > 1:
        faults.append(f"ends with the preposition «{words[-1]}»")
    starts = [
        m.start()
        for m in re.finditer(re.escape(needle.lower()), text.lower())
        if m.start() == 0 or not WORD.match(text[m.start() - 1])
    ]
    if starts:
        reasons = [_occurrence_fault(text, at, needle, field) for at in starts]
        if all(reasons):
            faults.append(str(reasons[0]))
    return faults


def set_faults(cases: list[dict[str, Any]]) -> list[tuple[int, str, str, list[str]]]:
    """Every needle of a real-post set (its lines as `corpus_score.load` reads them) with its
    faults: (1-based line, field, needle, faults), the needles with none left out."""
    found = []
    for line_no, case in enumerate(cases, 1):
        for field in FIELDS:
            value = case.get(field, [])
            for needle in [value] if isinstance(value, str) else value:
                faults = needle_faults(case["text"], needle, field)
                if faults:
                    found.append((line_no, field, needle, faults))
    return found


def main(paths: list[str]) -> int:
    """Print each faulty needle of the set files named (JSON lines); 1 if any was found."""
    total = 0
    for name in paths:
        lines = Path(name).read_text(encoding="utf-8").splitlines()
        cases = [json.loads(line) for line in lines if line.strip()]
        for line_no, field, needle, faults in set_faults(cases):
            print(f"{name}:{line_no} {field} {needle!r}: {'; '.join(faults)}")
            total += 1
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
