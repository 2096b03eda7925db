"""What a news headline's verb of showing or holding governs: the event the post is about.

A news page's headline is one clause: "В планетарии покажут призрак Вселенной", "Пять
кинопоказов проведёт музей", "Фестиваль детского кино проведут в Твери". Its transitive verb
of showing or holding (показать, провести, устроить, организовать) governs the thing the
whole post is about: its accusative object, after the verb or, when the headline opens with
it, before ("Пять кинопоказов в марте проведёт музей": the subject follows the verb). The
body then lists what else happens on the same days; a careful reader keeps the headline's
object as the event:

- an object whose head is a kind of event ("кинопоказов") is the title's kind;
- an object that names no kind ("призрак Вселенной") names a work: the body's quoted name
  holding its words (by pymorphy3 lemma) is the event's name.

Used by title.py (`_picked`): the hand scores' pick yields to the object only when it holds
neither the object's kind nor its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from bot.core.language.morphology import parses
from bot.core.language.sentences import sentences
from bot.core.language.title_words import KIND, inside_quotes, is_kind_word

# the verbs of showing or holding whose object is what is shown or held (pymorphy3 lemmas)
_SHOW_OR_HOLD = frozenset({"показать", "провести", "устроить", "организовать"})
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_QUOTE = re.compile(r"«([^«»]{3,120})»")
# words of an object phrase read for its content: nouns, adjectives, participles, names
_CONTENT = ("NOUN", "ADJF", "PRTF")


@dataclass(frozen=True)
class HeadlineObject:
    """The object of a headline's verb: its head noun's span, whether that noun is a kind of
    event, and the lemmas of the phrase's content words (the head and what it governs)."""

    start: int
    end: int
    kind: bool
    lemmas: frozenset[str]


def _reading(word: str, pos: tuple[str, ...]) -> object | None:
    return next((p for p in parses(word) if p.tag.POS in pos), None)


def _finite_verb(word: str) -> str | None:
    """The lemma of `word` when its likeliest reading is a finite verb of showing or holding
    in the third person ("покажут", "проведёт"; never "провели": a report of the past)."""
    found = parses(word)
    if not found or found[0].tag.POS != "VERB":
        return None
    tag = found[0].tag
    if tag.person != "3per" or tag.tense == "past":
        return None
    lemma = str(found[0].normal_form)
    return lemma if lemma in _SHOW_OR_HOLD else None


def _noun(word: str, cases: tuple[str, ...]) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case in cases for p in parses(word))


def _phrase_lemmas(words: list[re.Match[str]], head: int) -> frozenset[str]:
    """The lemmas of the head noun and of the content words right after it (up to three:
    "призрак Вселенной", "путешествие к кольцам Сатурна"; a preposition is passed over)."""
    out = {str(parses(words[head].group(0))[0].normal_form)}
    taken = 0
    for m in words[head + 1 :]:
        if taken >= 3:
            break
        found = parses(m.group(0))
        if not found:
            break
        if found[0].tag.POS == "PREP":
            continue
        if found[0].tag.POS not in _CONTENT:
            break
        out.add(str(found[0].normal_form))
        taken += 1
    return frozenset(out)


def headline_object(text: str, headline: tuple[int, int]) -> HeadlineObject | None:
    """The object the headline `text[headline[0]:headline[1]]` says is shown or held, or
    None: no finite verb of showing or holding, or no noun it governs (a preposition after
    the verb and nothing before it: "проведут в Твери")."""
    top, end = headline
    if end <= top:
        return None
    words = list(_WORD.finditer(text, top, end))
    for i, m in enumerate(words):
        if _finite_verb(m.group(0)) is None:
            continue
        head = _object_before(words, i)
        if head is None:
            head = _object_after(words, i)
        if head is None:
            return None
        word = words[head].group(0)
        return HeadlineObject(
            words[head].start(), words[head].end(), is_kind_word(word), _phrase_lemmas(words, head)
        )
    return None


def _object_after(words: list[re.Match[str]], verb: int) -> int | None:
    """The accusative noun the verb governs right after it (adverbs, numerals and
    adjectives between): "покажут призрак Вселенной"; None when a preposition or a
    capitalised noun comes first ("проведёт Музей Победы": the subject, named)."""
    for k in range(verb + 1, len(words)):
        word = words[k].group(0)
        found = parses(word)
        if not found:
            return None
        pos = found[0].tag.POS
        if pos in ("ADVB", "NUMR", "ADJF", "PRTF"):
            continue
        if pos != "NOUN" or word[:1].isupper():
            return None
        return k if _noun(word, ("accs",)) else None
    return None


def _object_before(words: list[re.Match[str]], verb: int) -> int | None:
    """The noun opening the headline before the verb when it is the object: a kind of
    event ("Фестиваль детского кино проведут …") or a noun counted by a numeral ("Пять
    бесплатных кинопоказов в марте проведет …"); None when a preposition opens the
    headline or its first noun is the verb's subject ("Музей проведёт фестиваль")."""
    counted = False
    for k in range(verb):
        word = words[k].group(0)
        found = parses(word)
        if not found:
            return None
        pos = found[0].tag.POS
        if pos == "NUMR":
            counted = True
            continue
        if pos in ("ADJF", "PRTF"):
            continue
        if pos != "NOUN":
            return None
        return k if is_kind_word(word) or (counted and _noun(word, ("gent",))) else None
    return None


def _lemma_set(phrase: str) -> set[str]:
    return {str(parses(w)[0].normal_form) for w in _WORD.findall(phrase) if parses(w)}


def _same_head(lemma: str, lemmas: set[str]) -> bool:
    """Whether `lemmas` hold `lemma` or a compound of it ("кинопоказ" and "показ")."""
    return any(x == lemma or x.endswith(lemma) or lemma.endswith(x) for x in lemmas if len(x) > 3)


def holds_object(phrase: str, obj: HeadlineObject, text: str) -> bool:
    """Whether the chosen `phrase` already names the headline's object: its kind (a kind
    object) or every content word of it (a work's name)."""
    lemmas = _lemma_set(phrase)
    if obj.kind:
        head = str(parses(text[obj.start : obj.end])[0].normal_form)
        return _same_head(head, lemmas)
    return obj.lemmas <= lemmas


def quoted_work(text: str, obj: HeadlineObject, below: int) -> tuple[int, int] | None:
    """The span of the kind word standing before the first quoted name below the headline
    that holds every content word of a kind-less object ("полнокупольная программа «В
    глубины Вселенной & Призрак Вселенной»" for "покажут призрак Вселенной"), in the same
    sentence; None when no such quote has a kind before it."""
    if obj.kind or len(obj.lemmas) < 2:
        return None
    for q in _QUOTE.finditer(text, below):
        if not obj.lemmas <= _lemma_set(q.group(1)):
            continue
        sentence = max(text.rfind(".", below, q.start()), text.rfind("\n", below, q.start()))
        kinds = [
            k
            for k in KIND.finditer(text, max(sentence + 1, q.start() - 60), q.start())
            if _WORD.fullmatch(k.group(0)) or "-" in k.group(0)
        ]
        if kinds:
            return kinds[-1].start(), kinds[-1].end()
    return None


def kind_repeated_below(text: str, obj: HeadlineObject, below: int) -> bool:
    """Whether the body below the headline (from `below`) names the kind object's noun
    again ("кинопоказов" above "Начало показов в 16:00", by pymorphy3 lemma, compounds
    included): the body talks about that event. A kind the body never repeats may be its
    named event's other word ("спектакль" above "Постановка «…»")."""
    head = str(parses(text[obj.start : obj.end])[0].normal_form)
    return any(_same_head(head, _lemma_set(m.group(0))) for m in _WORD.finditer(text, below))


# a clock time in figures ("12:00", "9.30") and a time told relative to another item
_CLOCK = re.compile(r"(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d|[.:]\d)")
_RELATIVE = re.compile(
    r"(?i)(?<![а-яё])(?:позже|позднее|раньше|ранее|после|затем|потом|следом|в\s+обед"
    r"|во\s+(?:второй|первой)\s+половине\s+дня|по\s+(?:окончании|завершении)"
    r"|в\s+завершение)(?![а-яё])"
)
# a part of the day said in words ("Конкурс чтецов — вечером"): the item's own time, unless
# the word is a noun's instrumental ("литературным вечером", "с Днём матери")
_DAY_PART = re.compile(r"(?i)(?<![а-яё])(утром|дн[её]м|вечером|ночью)(?![а-яё])")
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)[^А-ЯЁа-яё\n]{0,3}$")
_WORD_AFTER = re.compile(r"\s+([А-ЯЁа-яё-]+)")


def _tells_own_time(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause `span` gives its item a time in words, told by another item
    ("начнётся позже", "— следом", "после обеда", "по окончании") or by the part of the day
    ("— вечером", "утром"): a time that is not another item's clock."""
    if _RELATIVE.search(text, *span):
        return True
    for m in _DAY_PART.finditer(text, *span):
        before = _WORD_BEFORE.search(text, span[0], m.start())
        if before is not None and _reading(before.group(1), ("ADJF", "PRTF", "NUMR")):
            continue  # "литературным вечером": a noun, not the time of day
        after = _WORD_AFTER.match(text, m.end(), span[1])
        if after is not None and m.group(1).lower().startswith("дн"):
            word = parses(after.group(1))
            if word and word[0].tag.POS == "NOUN":
                continue  # "с Днём матери", "днём рождения": a day's name
        return True
    return False


def _names_object(text: str, obj: HeadlineObject, span: tuple[int, int]) -> bool:
    """Whether the clause `span` names the headline's object: its kind's noun (a kind
    object, compounds included) or every content word of a work's name."""
    lemmas = _lemma_set(text[span[0] : span[1]])
    if obj.kind:
        return _same_head(str(parses(text[obj.start : obj.end])[0].normal_form), lemmas)
    return obj.lemmas <= lemmas


def _names_other_kind(text: str, obj: HeadlineObject, span: tuple[int, int]) -> bool:
    """Whether the clause `span` names a kind of event (outside a quoted name) that is not
    the headline's object ("… пройдёт концерт хора" under "проведут конкурс")."""
    quoted = inside_quotes(text)
    head = str(parses(text[obj.start : obj.end])[0].normal_form) if obj.kind else ""
    for m in KIND.finditer(text, *span):
        if quoted(m.start()):
            continue
        if not head or not _same_head(head, _lemma_set(m.group(0))):
            return True
    return _other_act(text, head, span)


# verbs of performing (pymorphy3 lemmas): "выступит хор" is an act of its own
_PERFORM = frozenset({"выступить", "выступать", "спеть", "исполнить", "сыграть", "станцевать"})
# kinds of event made of performances: a choir singing at a concert is the concert itself
_STAGE_KINDS = (
    "концерт", "спектакль", "представление", "шоу", "фестиваль", "праздник", "вечер",
    "утренник", "выступление", "постановка", "мюзикл", "балет", "опера", "капустник",
)  # fmt: skip
# the ones who take part in the headline's event: "выступят участники" is that event
_TAKING_PART = frozenset(
    {"участник", "конкурсант", "финалист", "победитель", "лауреат", "призёр", "чтец"}
)


def _other_act(text: str, head: str, span: tuple[int, int]) -> bool:
    """Whether the clause `span` gives a performer's act by a finite verb of performing
    ("в 12:00 в актовом зале выступит хор «Звонкие голоса»"): another event than the
    headline's contest or quiz, though no kind word names it. Not under a headline of a
    stage kind (a concert is its performers' act) nor when those performing are the
    event's own participants ("выступят участники конкурса")."""
    if head in _STAGE_KINDS or any(_same_head(kind, {head}) for kind in _STAGE_KINDS):
        return False
    lemmas = _lemma_set(text[span[0] : span[1]])
    if lemmas & _TAKING_PART:
        return False
    for m in _WORD.finditer(text, *span):
        found = parses(m.group(0))
        if not found or found[0].tag.POS != "VERB" or found[0].tag.tense == "past":
            continue
        if str(found[0].normal_form) in _PERFORM:
            return True
    return False


_HOURS = re.compile(r"(?i)(?<![\d.:])([01]?\d|2[0-3])\s+час(?:а|ов)?(?![а-яё])")


def _clocks(text: str, span: tuple[int, int]) -> set[time]:
    """The clock times a clause gives ("12:00", "9.30", "в 17 часов")."""
    found = {time(int(m.group(1)), int(m.group(2))) for m in _CLOCK.finditer(text, *span)}
    return found | {time(int(m.group(1))) for m in _HOURS.finditer(text, *span)}


def start_is_its(
    text: str,
    obj: HeadlineObject,
    below: int,
    event_sentence: tuple[int, int] | None,
    clock: time | None,
) -> bool:
    """Whether the card's start (the dated sentence `event_sentence` and the start's `clock`,
    None when all day) may be the headline's event's: the body gives that event no time of
    its own other than the start's ("Экскурсия начнётся в 11:00" while the start is 12:00,
    "Конкурс … начнётся позже"), and a clause giving the start's clock names the headline's
    event, or the one that gives it (the dated sentence when it holds it) names no other
    event ("14 декабря в 12:00 … пройдёт концерт хора" gives the concert's time, not the
    contest's). A day without a clock is shared by the items a post lists for it."""
    body = [s for s in sentences(text) if s[0] >= below]
    for span in body:
        if not _names_object(text, obj, span):
            continue
        own = _clocks(text, span)
        if own and clock not in own:
            return False  # its own clock, another than the start's
        if not own and _tells_own_time(text, span):
            return False  # "начнётся позже", "после линейки", "— вечером": not the start's
    if clock is None:
        return True  # all day: a day the listed items share
    timed = [s for s in body if clock in _clocks(text, s)]
    if any(_names_object(text, obj, s) for s in timed):
        return True  # "Квест … начнётся тоже в 15:00": the clock is its own too
    if event_sentence is not None and clock in _clocks(text, event_sentence):
        timed = [event_sentence]
    return not timed or not _names_other_kind(text, obj, timed[0])
