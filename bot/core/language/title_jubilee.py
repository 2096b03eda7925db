"""An anniversary as the event a post announces: "столичный зоопарк отметит своё 152-летие"
or "отметит свой 153-й День рождения Московский зоопарк" is the celebration of that owner, so
its title is the anniversary and the owner in the genitive ("152-летие столичного зоопарка",
"153-й День рождения Московского зоопарка"). The owner is the nominative noun phrase the verb
of celebrating has for its subject (after the anniversary, else before the verb), read with
pymorphy3 (OpenCorpora dictionary); used by title.py.
"""

from __future__ import annotations

import re

from bot.core.language.calendar import MONTH
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.title_words import word_parses

# a verb of celebrating, "свой", and the anniversary: "N-летие", "N-й день рождения", "юбилей"
JUBILEE = compile_with_scan(
    r"(?<![а-яё])(?:отмет[а-яё]+|отмеча[а-яё]+|отпразднует|празднует|справит)\s+"
    r"(?:сво[а-яё]+\s+)?"
    r"(\d+-(?:й|летие)(?:\s+[Дд]ень\s+рождения)?|[Дд]ень\s+рождения|[а-яё]+летие|юбилей)"
    r"(?![а-яё])"
    # the object first, as Russian may put it: "свой первый день рождения отметит зоопарк"
    r"|(?<![а-яё])сво[а-яё]+\s+((?:[а-яё]+(?:ый|ой|ий)\s+)?(?:[Дд]ень\s+рождения|юбилей))\s+"
    r"(?:отметит|отметят|отпразднует|отпразднуют|справит|празднует)(?![а-яё])"
)
_TOKEN = re.compile(r"«[^«»]*»|[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?|\S")
_DAY_MONTH = re.compile(rf"(?i)(?<!\d)\d{{1,2}}\s+{MONTH}")  # "12 февраля"


def jubilee_title(text: str, m: re.Match[str]) -> str | None:
    """The title of the anniversary JUBILEE matched at `m` (the verb first, or "свой …"
    the anniversary first, "свой первый день рождения отметит зоопарк"): the anniversary and
    its owner in the genitive; None when no owner is read (a person's own birthday is no
    event's)."""
    owner = _owner(_TOKEN.findall(text[m.end() : m.end() + 80].split(".")[0]), after=True)
    if owner is None:
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        owner = _owner(_TOKEN.findall(text[start : m.start()]), after=False)
    if owner is None:
        return None
    what = m.group(1) or m.group(2)
    return f"{what[:1].upper()}{what[1:]} {owner}"


def performers_before(clause: str) -> str | None:
    """The noun phrase that ends `clause` (the subject before its verb), in the genitive
    ("юные карельские хористы" -> "юных карельских хористов"); None when it ends in none or
    in a person's name (see _owner)."""
    return _owner(_TOKEN.findall(clause), after=False)


def _owner(tokens: list[str], *, after: bool) -> str | None:
    """The owner in the genitive: the noun phrase that opens `tokens` (after the anniversary)
    or ends them (before the verb) — adjectives and a noun in the nominative, then nouns in
    the genitive or a quoted name."""
    if not after:
        tokens = tokens[-6:]
        start = len(tokens)
        while start and _part(tokens[start - 1]):
            start -= 1
        tokens = tokens[start:]
        while tokens and not (
            _nominative(tokens[0], noun=False) or _nominative(tokens[0], noun=True)
        ):
            tokens = tokens[1:]  # "14 февраля столичный зоопарк": the date's month goes
    head = None
    phrase: list[str] = []
    for token in tokens:
        if head is None and _nominative(token, noun=False):
            phrase.append(token)
        elif head is None and _nominative(token, noun=True):
            phrase.append(token)
            head = len(phrase)
        elif head is not None and (token.startswith("«") or _genitive(token)):
            phrase.append(token)
        else:
            break
    if head is None:
        return None
    found = word_parses(phrase[head - 1])
    if found and {"Name", "Surn", "Patr"} & found[0].tag.grammemes:
        return None  # "Иван отметит день рождения": a person's
    genitive = [_in_genitive(w) for w in phrase[:head]]
    return " ".join([*genitive, *phrase[head:]])


def _in_genitive(word: str) -> str:
    """The word's likeliest reading put in the genitive, same number and capital letter
    ("Московский" -> "Московского": the adjective, not a surname's reading)."""
    found = word_parses(word)
    changed = found[0].inflect({"gent"}) if found else None
    if changed is None:
        return word
    inflected: str = changed.word
    return inflected[:1].upper() + inflected[1:] if word[:1].isupper() else inflected


def _part(token: str) -> bool:
    return (
        token.startswith("«")
        or _nominative(token, noun=True)
        or _nominative(token, noun=False)
        or _genitive(token)
    )


def _nominative(word: str, *, noun: bool) -> bool:
    found = word_parses(word) if word[:1].isalpha() else ()
    if not found:
        return False
    tag = found[0].tag
    kinds = ("NOUN",) if noun else ("ADJF", "PRTF")
    if tag.POS in kinds and tag.case == "accs":
        # "хор": an inanimate noun's nominative and accusative are one form, pymorphy3 may
        # rank the accusative first
        return any(p.tag.POS in kinds and p.tag.case == "nomn" for p in found[1:3])
    return tag.POS in kinds and tag.case == "nomn"


def _genitive(word: str) -> bool:
    found = word_parses(word) if word[:1].isalpha() else ()
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent"


def dated_clause(text: str, m: re.Match[str], event_sentence: tuple[int, int] | None) -> bool:
    """Whether the anniversary matched at `m` stands in the event's sentence (or no sentence
    is known) or its own sentence or line names a day of a month ("12 февраля отметит свой
    День рождения"): the celebration is then the event; undated elsewhere ("Театр отмечает
    юбилей" above "Концерт … пройдёт 12 марта") it is the occasion of the event named there."""
    if event_sentence is None or event_sentence[0] <= m.start() < event_sentence[1]:
        return True
    start = max(text.rfind(mark, 0, m.start()) for mark in ".!?\n") + 1
    ends = [e for e in (text.find(mark, m.end()) for mark in ".!?\n") if e >= 0]
    return _DAY_MONTH.search(text, start, min(ends, default=len(text))) is not None
