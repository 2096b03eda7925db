"""Schools named in a message: «для гимназии №32 и лицея №23», «мои события в лицее 23».

A school is named by its kind (школа, гимназия, лицей, СОШ — any case form, checked with
pymorphy3 through bot.core.language.morphology) and its number, written «№32», «№ 32»,
«32», «N32» after the kind or «32-й», «32-я» before it. The same reading applies to the
schools config's names and aliases (bot.core.ports.SchoolRef), so a mention matches a
school when both read as the same kind and number, or when the words as written are one of
its names (an alias like «Лицей-интернат» without a number).

The list may also follow «для учеников …», start with a legal form («для МАОУ СОШ №5»), give
bare numbers after the first («для школ №32, №23»), or say where the event goes in the
accusative for two schools or more («в гимназию 32 и в лицей 23»; «в гимназии №32» is the
venue and «экскурсия в лицей №23» where one event goes, so neither is a list).

Pure: no store, no clock.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.language.morphology import lemma, parses
from bot.core.language.tokens import normalize
from bot.core.ports import SchoolRef

KINDS = {"школа": "школа", "сош": "школа", "гимназия": "гимназия", "лицей": "лицей"}
_KIND_WORD = r"(?:школ[а-я]*|сош|гимнази[а-я]*|лице[а-я]*)"
# the legal form before a school's name (муниципальное автономное общеобразовательное …)
_LEGAL_FORM = r"(?:(?:маоу|мбоу|моу|мкоу|мау|гбоу|гаоу|гоу|чоу|ноу)\s+)?"
# who an event is for, before the schools: «для учеников гимназии №32»
_PUPILS = r"(?:(?:учеников|учащихся|обучающихся|школьников|ребят|детей)\s+)?"
# a number that is a whole number (not the first digits of «15 декабря»), not of classes
_WHOLE = r"(?!\d)(?!\s*-?\s*(?:х\s+)?класс)"
_NUMBER_AFTER = rf"(?:\s*(?:№|n|номер)\s*|\s+)(?P<after>\d{{1,4}}){_WHOLE}(?:-?[а-я]{{1,2}}\b)?"
_NUMBER_BEFORE = r"(?<!\d)(?P<before>\d{1,4})-?(?:[а-я]{1,3})\s+"
_NOT_A_DAY = r"(?!\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр))"
_ONE = (
    rf"(?:{_NUMBER_BEFORE}(?P<kind1>{_KIND_WORD})\b"
    rf"|{_LEGAL_FORM}(?P<kind2>{_KIND_WORD})\b{_NUMBER_AFTER}(?!\s*[:.]\d){_NOT_A_DAY})"
)
ONE_SCHOOL = re.compile(_ONE)
# «для школ №32, №23»: a number alone takes the kind named before it
_BARE = rf"(?:№|n)\s*(?P<bare>\d{{1,4}}){_WHOLE}(?!\s*[:.]\d){_NOT_A_DAY}"
LIST_ITEM = re.compile(rf"{_ONE}|{_BARE}")
_LIST = rf"{_ONE}(?:\s*(?:,|и|,\s*и)\s*(?:для\s+)?(?:{_ONE}|{_BARE}))*"
FOR_SCHOOLS = re.compile(
    rf"(?<![а-яё])для\s+{_PUPILS}(?P<list>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', _LIST)})"
)
# «в гимназию №32 и в лицей №23»: where an event goes, in the accusative (not «в гимназии»,
# the venue) and only for two schools or more («экскурсия в лицей №23» is where it goes)
_ACCUSATIVE = r"(?:школу|сош|гимназию|лицей)"
_INTO_LIST = (
    rf"{_LEGAL_FORM}{_ACCUSATIVE}\b{_NUMBER_AFTER}(?!\s*[:.]\d){_NOT_A_DAY}"
    rf"(?:\s*(?:,|и|,\s*и)\s*(?:во?\s+)?(?:{_ONE}|{_BARE}))+"
)
INTO_SCHOOLS = re.compile(
    rf"(?<![а-яё])во?\s+(?P<list>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', _INTO_LIST)})"
)
# «мои события в 23 лицее»: a bare number before the kind names a school only when it is all
# of the phrase (elsewhere «для 2 школ» is a count)
BARE_NUMBER_FIRST = re.compile(rf"^(?P<number>\d{{1,4}})\s+(?P<kind>{_KIND_WORD})$")
MINE_AT = re.compile(
    r"^(?:мои|наши)\s+(?:мероприятия|события)\s+(?:в|во|для|по)\s+(?P<school>.+?)[\s?!.]*$"
)


# a partner of two schools asking what is planned with another one (newcomer walk
# 2026-12-03y, Y5): «а с гимназией №32 что?», «что запланировано со школой №7?»
_WITH_SCHOOL = re.compile(
    rf"^(?:(?:а|и)\s+)?(?:(?:что|какие\s+мероприятия)\s+(?:у\s+(?:нас|меня)\s+)?"
    r"(?:запланировано|планируется|есть|будет|намечено)\s+)?(?:с|со)\s+"
    rf"(?P<school>{_KIND_WORD}\s*(?:№|n|номер)?\s*\d{{1,4}})"
    r"(?:\s+(?:что|как)(?:\s+(?:запланировано|планируется|будет))?)?[\s?!.]*$"
)
# «что запланировано с каждой школой?», «я работаю ещё с одной школой»: the other schools
_OTHER_SCHOOLS = re.compile(
    r"(?<![а-я])(?:с|со|в|для)\s+(?:каждой|другой|второй|одной|обеими|всеми|разными)"
    rf"\s+{_KIND_WORD}(?![а-я])"
)
MAX_SCHOOL_QUESTION = 140  # characters: a longer text is a post, not this question


@dataclass(frozen=True, slots=True)
class SchoolMention:
    """A school named in a message: `kind` the kind's lemma («школа», «гимназия», «лицей»;
    None for words that are no numbered school), `number` its number as digits (None when
    not numbered), `written` the words as written (lower-cased)."""

    kind: str | None
    number: str | None
    written: str


def for_schools(text: str) -> tuple[tuple[SchoolMention, ...], str] | None:
    """The schools a new event is for («…, для гимназии №32 и лицея №23») and the message
    without that phrase (so the title and venue do not take it); None when the message
    names no school that way."""
    text = unicodedata.normalize("NFC", text)
    line = normalize(text)  # same length: positions in `line` are positions in `text`
    match = next((m for m in _plain_matches(line) if _list_mentions(m.group("list"))), None)
    if match is None:
        return None
    mentions = _list_mentions(match.group("list"))
    rest = text[: match.start()] + " " + text[match.end() :]
    rest = re.sub(r"\s*,\s*(?:,\s*)+", ", ", rest)
    rest = re.sub(r"(?<=\S)[ \t]+,", ",", rest)  # «Экскурсия , 15 декабря»
    rest = re.sub(r"[\s,;–—-]+$", "", re.sub(r"[ \t]{2,}", " ", rest)).strip()
    return mentions, rest


def mine_at_school(text: str) -> SchoolMention | None:
    """«мои события в лицее №23», «мои мероприятия в гимназии 32», «а с гимназией №32 что?»:
    the school meant; «…с каждой школой», «ещё с одной школой»: the other schools (no kind,
    no number); None for anything else."""
    line = normalize(text).strip()
    match = MINE_AT.match(line) or _WITH_SCHOOL.match(line)
    if match is None:
        # no digit: «Лекция 15 декабря для другой школы» is an event, not this question
        if len(line) <= MAX_SCHOOL_QUESTION and not re.search(r"[\d\n]", line):
            other = _OTHER_SCHOOLS.search(line)
            if other is not None:
                return SchoolMention(None, None, other.group(0))
        return None
    words = match.group("school").strip(" «»\"'")
    found = _mentions(words)
    if len(found) == 1 and found[0].written == words:
        return found[0]
    bare = BARE_NUMBER_FIRST.match(words)
    kind = _kind(bare.group("kind")) if bare and _singular(bare.group("kind")) else None
    if bare and kind is not None:
        return SchoolMention(kind, str(int(bare.group("number"))), words)
    return SchoolMention(None, None, words) if words else None


def is_school_word(word: str) -> bool:
    """Whether `word` is a school's kind in any case form («лицее», «гимназии», «СОШ»):
    beside a named school («когда лекция в лицее №23?») it names the school, never an
    event's title (attack 2026-12-02s #6b)."""
    return re.fullmatch(_KIND_WORD, normalize(word)) is not None


def named_schools(words: str) -> tuple[SchoolMention, ...]:
    """The numbered schools `words` name anywhere («отмени экскурсию в школе №5» → школа 5),
    in order; () when none (a class «в 5 классе» or a bare number is no school)."""
    return _mentions(normalize(words))


def matches(mention: SchoolMention, ref: SchoolRef) -> bool:
    """Whether `mention` names the school `ref` (same kind and number as its name or an
    alias, or the same words as one of them)."""
    names = (ref.name, *ref.aliases)
    if mention.kind is not None:
        return any(
            (m.kind, m.number) == (mention.kind, mention.number)
            for name in names
            for m in _mentions(normalize(name))
        )
    wanted = _lemmas(mention.written)
    return bool(wanted) and any(_lemmas(normalize(name)) == wanted for name in names)


def resolve(
    mentions: Iterable[SchoolMention], refs: Sequence[SchoolRef]
) -> tuple[list[SchoolRef], list[SchoolMention]]:
    """(the schools named, in the message's order, each once; the mentions no school of
    `refs` fits)."""
    found: list[SchoolRef] = []
    unknown: list[SchoolMention] = []
    for mention in mentions:
        ref = next((r for r in refs if matches(mention, r)), None)
        if ref is None:
            unknown.append(mention)
        elif ref not in found:
            found.append(ref)
    return found, unknown


def readings(ref: SchoolRef) -> dict[tuple[str, ...], str]:
    """Every way `matches` can recognise the school, each with the name or alias it comes
    from: ("гимназия", "32") for a numbered name, ("=", lemma, …) for one without a number.
    Two schools sharing a reading could not be told apart in a message."""
    found: dict[tuple[str, ...], str] = {}
    for name in (ref.name, *ref.aliases):
        numbered = [(m.kind, m.number) for m in _mentions(normalize(name))]
        keys: list[tuple[str, ...]] = [
            (k, n) for k, n in numbered if k is not None and n is not None
        ]
        for key in keys or [("=", *_lemmas(normalize(name)))]:
            found.setdefault(key, name)
    return found


def after_v(ref: SchoolRef) -> tuple[str, str] | None:
    """How «мои события в …» names a numbered school: (its kind after «в», its number), e.g.
    ("лицее", "23") for «Лицей №23»; None when neither its name nor an alias is numbered."""
    for name in (ref.name, *ref.aliases):
        found = _mentions(normalize(name))
        if found and found[0].kind is not None and found[0].number is not None:
            inflected = parses(found[0].kind)[0].inflect({"loct"})
            return (inflected.word if inflected else found[0].kind), found[0].number
    return None


def _plain_matches(line: str) -> Iterable[re.Match[str]]:
    """«для …» lists, then «в …» lists of two schools or more, in the message's order."""
    into = (m for m in INTO_SCHOOLS.finditer(line) if len(_list_mentions(m.group("list"))) > 1)
    return sorted([*FOR_SCHOOLS.finditer(line), *into], key=lambda m: m.start())


def _mentions(words: str) -> tuple[SchoolMention, ...]:
    """Every numbered school in `words` whose kind word really is a school's kind."""
    found = []
    for match in ONE_SCHOOL.finditer(words):
        kind = _kind(match.group("kind1") or match.group("kind2"))
        number = match.group("before") or match.group("after")
        if kind is not None and number is not None:
            found.append(SchoolMention(kind, str(int(number)), match.group(0).strip()))
    return tuple(found)


def _list_mentions(words: str) -> tuple[SchoolMention, ...]:
    """The schools of a «для …» list: as _mentions, and a number alone («для школ №32,
    №23») of the kind named before it."""
    found: list[SchoolMention] = []
    for match in LIST_ITEM.finditer(words):
        if match.group("bare") is not None:
            if found and found[-1].kind is not None:
                number = str(int(match.group("bare")))
                found.append(SchoolMention(found[-1].kind, number, match.group(0).strip()))
            continue
        found += _mentions(match.group(0))
    return tuple(found)


def _singular(word: str) -> bool:
    """Whether a kind word can be singular («лицее» yes, «школах» no: «в 2 школах» counts)."""
    return any(p.normal_form in KINDS and "plur" not in p.tag for p in parses(word))


def _kind(word: str) -> str | None:
    """The school kind a word is a form of («гимназии» -> «гимназия»; «школьник» -> None)."""
    if word in KINDS:
        return KINDS[word]
    lemmas = {p.normal_form for p in parses(word)}
    return next((KINDS[lemma] for lemma in lemmas if lemma in KINDS), None)


def _lemmas(words: str) -> tuple[str, ...]:
    """The words' dictionary forms, in order («лицее-интернате» -> ("лицей", "интернат"))."""
    tokens = re.findall(r"[а-яёa-z0-9]+", words.lower())
    return tuple(lemma(t) for t in tokens)
