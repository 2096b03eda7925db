"""General features of a title candidate: what its head noun is and where its phrase stands.

The hand scores of title.py are one number per rule, set on the tuned posts; they transfer
little to unseen posts. The features here name no rule and no post's words: they read the
candidate's head noun in the post's text by grammar (pymorphy3: its case as written, number,
animacy, whether it names an event, a person, an organisation or a place), the word before it
(a preposition, "в рамках"), its sentence (the first, the event's, the headline, the order of
sentences) and how the post repeats it (its head's lemma, its quoted name, its words on the
post's first line). Each is a number in [0, 1]; title_model.features appends them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.morphology import parses
from bot.core.language.title_grammar import is_event_noun

GENERAL_FEATURES = (
    "head_nominative",  # the head noun as written can be nominative (a subject, a headline)
    "head_accusative",  # … can be accusative and not nominative ("приглашаем на конкурс")
    "head_genitive",  # … can only be genitive (a dependent: "участники конкурса")
    "head_oblique",  # … only dative, instrumental or locative ("в музее", "с мастером")
    "head_plural",  # … is plural
    "head_animate",  # … is animate (a person, a group of people, an animal)
    "head_event",  # … is an event noun (title_grammar.EVENT_LEMMAS)
    "head_organisation",  # … names an organisation or an institution
    "head_place",  # … names a place (pymorphy3 Geox, or a room or a building)
    "head_name",  # … is a person's name (Name, Surn, Patr)
    "after_preposition",  # a preposition stands right before the candidate
    "after_na_v",  # "на" or "в" right before it (where one goes: "на концерт")
    "announced_before",  # an announcing verb earlier in its sentence ("пройдёт", "приглашаем")
    "announced_after",  # an announcing verb after it in its sentence ("… состоится 5 мая")
    "first_sentence",  # it stands in the post's first sentence
    "sentence_order",  # the index of its sentence, capped at 5, / 5
    "head_recurs",  # other occurrences of its head noun's lemma in the post, capped at 4, / 4
    "quote_recurs",  # its quoted name occurs again in the post
    "on_first_line",  # share of its content words found on the post's first line
    "question_or_call",  # its sentence ends with "!" or "?"
)

_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z-]+")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _lexicon(words: str) -> frozenset[str]:
    """A set of words written space-separated (ё read as е)."""
    return frozenset(words.replace("ё", "е").split())


_PREPOSITIONS = _lexicon("в во на по для о об с со к ко за из от до при про через у над под перед")
_ANNOUNCE = re.compile(
    r"(?<![а-яё])(?:состо[ия]тся|пройд[её]т|пройдут|проход[ия]т|начн[её]тся|начнутся|"
    r"стартует|стартуют|откроется|откроются|приглаша\w*|ждём|ждем|организу\w*|"
    r"проводит|проводят|проведёт|проведет|проведут|объявля\w*|запланирован\w*)(?![а-яё])",
    re.IGNORECASE,
)
# heads that name an organisation, an institution or its part (a general lexicon)
_ORGANISATIONS = _lexicon(
    """школа гимназия лицей колледж техникум университет институт академия училище
    детсад сад центр дом дворец музей библиотека театр филармония цирк зоопарк планетарий
    клуб студия кружок секция ансамбль хор оркестр коллектив команда объединение
    администрация министерство управление департамент комитет отдел учреждение
    организация фонд общество союз ассоциация движение партия компания предприятие
    редакция газета журнал канал сайт портал группа сообщество кафедра факультет
    служба инспекция полиция госавтоинспекция пожарный"""
)
# heads that name where things happen, not what happens
_PLACES = _lexicon(
    """зал площадь парк сквер улица проспект площадка стадион каток база корпус здание
    аудитория кабинет фойе сцена территория район город село посёлок поселок область
    край республика страна храм собор церковь галерея павильон набережная"""
)
_CONTENT = re.compile(r"[А-ЯЁа-яё]{4,}")


def _noun_readings(word: str) -> list[object]:
    return [p for p in parses(word) if "NOUN" in p.tag]


@lru_cache(maxsize=4096)
def head_reading(word: str) -> tuple[frozenset[str], str, bool, bool, bool]:
    """What the noun readings of `word` (as written) say: the cases they allow, the likeliest
    lemma, whether it is plural, animate, a person's name."""
    found = _noun_readings(word)
    if not found:
        return frozenset(), "", False, False, False
    cases = frozenset(str(p.tag.case) for p in found if p.tag.case)  # type: ignore[attr-defined]
    top = found[0]
    lemma = str(top.normal_form).replace("ё", "е")  # type: ignore[attr-defined]
    plural = top.tag.number == "plur"  # type: ignore[attr-defined]
    animate = "anim" in top.tag  # type: ignore[attr-defined]
    name = bool({"Name", "Surn", "Patr"} & top.tag.grammemes) and word[:1].isupper()  # type: ignore[attr-defined]
    return cases, lemma, plural, animate, name


def head_at(text: str, at: int, reach: int = 60) -> tuple[int, str] | None:
    """The offset and word of the candidate's head noun: the first word from `at` (within
    `reach` characters and the same sentence) with a noun reading that is not an adjective
    first; None when there is none."""
    if at < 0:
        return None
    stop = _SENTENCE_END.search(text, at, at + reach)
    end = stop.start() if stop else min(len(text), at + reach)
    for m in _WORD.finditer(text, at, end):
        word = m.group(0)
        readings = parses(word)
        if len(word) < 3 or not readings:
            continue
        if readings[0].tag.POS == "NOUN":
            return m.start(), word
    return None


def _sentence_span(text: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    stop = _SENTENCE_END.search(text, at)
    return start, (stop.end() if stop else len(text))


@lru_cache(maxsize=64)
def _sentence_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _SENTENCE_END.finditer(text) if text[m.end() :].strip()))


@lru_cache(maxsize=64)
def _lemma_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in _CONTENT.finditer(text):
        found = _noun_readings(m.group(0))
        if found:
            lemma = str(found[0].normal_form).replace("ё", "е")  # type: ignore[attr-defined]
            counts[lemma] = counts.get(lemma, 0) + 1
    return counts


def _stem(word: str) -> str:
    low = word.lower().replace("ё", "е")
    return low[: max(4, len(low) - 2)]


def general(text: str, at: int, phrase: str) -> list[float]:
    """The GENERAL_FEATURES of the candidate `phrase` matched at character offset `at` of
    `text` (−1 when unknown: then only the phrase's own features are read)."""
    row = dict.fromkeys(GENERAL_FEATURES, 0.0)
    head = head_at(text, at)
    if head is None:
        words = _WORD.findall(phrase)
        nouns = [w for w in words if len(w) >= 3 and _noun_readings(w)]
        word = nouns[0] if nouns else ""
    else:
        word = head[1]
    if word:
        cases, lemma, plural, animate, name = head_reading(word)
        if head is not None:  # the case as written is known only in the text
            row["head_nominative"] = float("nomn" in cases)
            row["head_accusative"] = float("accs" in cases and "nomn" not in cases)
            row["head_genitive"] = float(bool(cases) and cases <= {"gent", "gen2"})
            row["head_oblique"] = float(
                bool(cases) and cases <= {"datv", "ablt", "loct", "loc2", "gen2"}
            )
        row["head_plural"] = float(plural)
        row["head_animate"] = float(animate)
        row["head_event"] = float(is_event_noun(word))
        readings = _noun_readings(word)
        lemmas = {str(p.normal_form).replace("ё", "е") for p in readings}  # type: ignore[attr-defined]
        row["head_organisation"] = float(bool(lemmas & _ORGANISATIONS))
        geox = any("Geox" in p.tag for p in readings)  # type: ignore[attr-defined]
        row["head_place"] = float(geox or bool(lemmas & _PLACES))
        row["head_name"] = float(name)
        if lemma:
            row["head_recurs"] = min(_lemma_counts(text).get(lemma, 1) - 1, 4) / 4
    if at >= 0:
        before = _WORD.findall(text[max(0, at - 20) : at])
        prev = before[-1].lower() if before else ""
        close = not text[max(0, at - 20) : at].rstrip().endswith((".", "!", "?", "\n"))
        row["after_preposition"] = float(close and prev in _PREPOSITIONS)
        row["after_na_v"] = float(close and prev in {"на", "в", "во"})
        start, end = _sentence_span(text, at)
        row["announced_before"] = float(_ANNOUNCE.search(text, start, at) is not None)
        row["announced_after"] = float(_ANNOUNCE.search(text, at, end) is not None)
        starts = _sentence_starts(text)
        order = sum(1 for s in starts if s <= at) - 1
        row["first_sentence"] = float(order == 0)
        row["sentence_order"] = min(order, 5) / 5
        row["question_or_call"] = float(text[start:end].rstrip().endswith(("!", "?")))
    quoted = re.search(r"«([^«»]{3,})»", phrase)
    if quoted:
        row["quote_recurs"] = float(text.count(quoted.group(1)) >= 2)
    first_end = text.find("\n")
    first = text[: first_end if first_end >= 0 else len(text)].lower().replace("ё", "е")
    content = [_stem(w) for w in _CONTENT.findall(phrase)]
    if content:
        row["on_first_line"] = sum(1 for s in content if s in first) / len(content)
    return [row[f] for f in GENERAL_FEATURES]
