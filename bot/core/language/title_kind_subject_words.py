"""Word tests the subject of a kind asks (title_kind_subject.py, title_phrase.py): an
unread capitalised name ("праздник Эколят"), an adjective that may be a name's, adverbs of
time, a verbal noun's manner, a republic's or a work's name, an unquoted title, an apposed
name, an anniversary, a name after "им."/holders, acronyms and legal forms, how Russian a
name is, genitive runs and coordinated chains reaching a name. pymorphy3 readings through
title_words and morphology. Split from title_phrase.py (split77), unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.morphology import is_known
from bot.core.language.place_nouns import PLACE
from bot.core.language.title_complements import (
    case_run,
    in_case,
)
from bot.core.language.title_words import (
    KIND,
    is_genitive,
    short_quote,
    word_parses,
)

NUMBER_SIGN = re.compile(r"№\s*\d+")  # "школы №20": the institution's number, one token


SKIP_AFTER = frozenset({"для", "с", "в", "на", "во", "от", "до", "к", "у", "и", "из"})


@lru_cache(maxsize=16384)
def is_name_adjective(word: str) -> bool:
    """Whether the word's likeliest reading is an adjective or a participle (a surname's
    reading, "Рождественский", set aside) and none of its readings a pronoun-like adjective
    ("этот", "наш"); cached per word."""
    parses = word_parses(word)
    if parses and {"Surn", "Name"} & parses[0].tag.grammemes:
        parses = tuple(p for p in parses[:3] if "NOUN" not in p.tag)  # "Рождественский"
    if not parses or not ("ADJF" in parses[0].tag or "PRTF" in parses[0].tag):
        return False
    return not any("Apro" in p.tag for p in parses)


def is_unread_name(word: str) -> bool:
    """Whether `word` is a capitalised Cyrillic word pymorphy3 has no reading for at all
    (UNKN: "Эколят"): right after a kind noun such a word can only be a proper name's
    genitive, whose event it is ("праздник Эколят"), as a known one would be read
    ("первенство Барнаула")."""
    if not _CYRILLIC_NAME.fullmatch(word):
        return False
    found = word_parses(word)
    return bool(found) and all(p.tag.POS is None and "UNKN" in p.tag for p in found)


_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]{2,}")


# adverbs of time and repetition: they tell when the event is held ("конкурс по чтению
# впервые пройдёт"), never how its action is done, so they never end a subject phrase
# adverbs of time, repetition and place: they tell when or where the verb happens, never
# which event (leftovers.py drops one a chat line's verb left at its title's end)
WHEN_ADVERBS = _WHEN_ADVERBS = frozenset(
    {
        "сегодня",
        "завтра",
        "вчера",
        "послезавтра",
        "сейчас",
        "теперь",
        "впервые",
        "вновь",
        "снова",
        "опять",
        "вместе",
        "всегда",
        "уже",
        "ещё",
        "еще",
        "скоро",
        "вскоре",
        "затем",
        "потом",
        "сначала",
        "тогда",
        "здесь",
        "там",
        "тут",
        "также",
        "тоже",
        "ежегодно",
    }
)


# the suffixes of a verbal noun's lemma ("чтение", "пение", "развитие"): the noun names an
# action, which an adverb may follow as it follows the verb ("читать вслух")
_VERBAL_NOUN = re.compile(r"(?:[ая]ние|ение|тие)$")


def manner_of_action(noun: str, word: str) -> bool:
    """Whether `word` is an adverb of manner that completes the verbal noun `noun` ("по
    чтению вслух", "по чтению наизусть"): every pymorphy3 reading of `word` is an adverb (not
    a short adjective: "устно" may be a predicate, and stays out), none a pronoun or question
    adverb, it is no adverb of time or repetition, and `noun`'s likeliest reading is a noun
    whose lemma has a verbal noun's suffix (-ание, -ение, -тие). A verbal noun keeps the
    verb's manner adverb after it ("читать вслух" -> "чтение вслух")."""
    found = word_parses(word)
    if not found or not word.isalpha() or word.lower() in _WHEN_ADVERBS:
        return False
    if any(p.tag.POS != "ADVB" or "Prdx" in p.tag or "Ques" in p.tag for p in found):
        return False
    head = word_parses(noun)
    return (
        bool(head) and head[0].tag.POS == "NOUN" and bool(_VERBAL_NOUN.search(head[0].normal_form))
    )


def republic_name(tokens: list[str], at: int) -> int:
    """How many tokens from `at` are a republic's own name after "Республики": Russian keeps
    it in the nominative whatever case "Республика" takes ("первенство Республики Татарстан",
    "олимпиада школьников Республики Саха (Якутия)"), so a capitalised word that pymorphy3
    reads as a nominative place name, with a second name in brackets after it; 0 otherwise."""
    token = tokens[at] if at < len(tokens) else ""
    if not token[:1].isupper() or not token.isalpha():
        return 0
    found = word_parses(token)
    if not found or found[0].tag.case != "nomn" or "Geox" not in found[0].tag:
        return 0
    bracket = tokens[at + 1 : at + 4]
    if bracket[:1] == ["("] and bracket[2:] == [")"] and bracket[1][:1].isupper():
        return 4  # "Саха (Якутия)"
    return 1


_PERSON_OR_PLACE = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


_TROUPE = re.compile(r"(?i)(?:ансамбл|оркестр|хор|студи|коллектив|трупп|капелл)")


def unquoted_title(tokens: list[str], i: int) -> str | None:
    """A work's title written without quotes after its kind in an oblique case: a title keeps
    its nominative whatever case the kind takes ("премьера спектакля Женитьба Бальзаминова",
    "показ фильма Летучий корабль"), so a capitalised noun in the nominative that is no
    person's or place's name, and the capitalised words right after it (at most four), are
    the title, quoted ("«Женитьба Бальзаминова»"); None otherwise (pymorphy3's likeliest
    reading). An adjective first ("спектакля Алтайский театр покажет") is not taken: it may
    open the next clause's subject; nor a troupe or a place ("спектакля Театр юного зрителя").
    An author's name right after the title ("Ревизор Гоголя") is taken with it: a title may
    hold a name too ("Женитьба Бальзаминова")."""
    token = tokens[i]
    if not token[:1].isupper() or not token.isalpha() or token.isupper():
        return None
    found = word_parses(token)
    if not found or found[0].tag.POS != "NOUN" or found[0].tag.case != "nomn":
        return None
    if _PERSON_OR_PLACE & found[0].tag.grammemes or PLACE.fullmatch(token) or _TROUPE.match(token):
        return None  # "спектакля Театр юного зрителя покажет …": who shows it, not its title
    run = [token]
    for word in tokens[i + 1 : i + 4]:
        if not (word[:1].isupper() and word.isalpha()):
            break
        run.append(word)
    return f"«{' '.join(run)}»"


def _closes_clause(tokens: list[str], i: int) -> bool:
    """Whether the capitalised word at tokens[i] (and the capitalised words right after it)
    ends the clause: a comma, a bracket, a point or the line's end follows."""
    j = i + 1
    while j < len(tokens) and j < i + 4 and tokens[j][:1].isupper() and tokens[j].isalpha():
        j += 1
    return j >= len(tokens) or tokens[j] in (",", "(", ".", ";", ":", "!", "?", "—", "–")


def may_name_kind(tokens: list[str], i: int, out: list[str], oblique: bool) -> bool:
    """Whether an unquoted name at tokens[i] may be the kind's: right after a kind in an
    oblique case, or closing its genitive chain `out` after a word that does not take the
    name itself (_names_itself)."""
    if not out:
        return oblique
    return _closes_clause(tokens, i) and not _names_itself(out[-1])


def _names_itself(word: str) -> bool:
    """Whether a name right after `word`, a word of the kind's genitive chain, is that word's
    own: a common inanimate singular noun that is no kind takes its name in apposition ("реки
    Сейм", "города Курск"); a kind ("конкурса Родник"), a plural ("чтецов Родник") or a
    capitalised name ("народов Севера Хейро") leaves it to the kind (pymorphy3's likeliest
    reading)."""
    if not word[:1].islower() or KIND.fullmatch(word):
        return False
    found = word_parses(word)
    return (
        bool(found)
        and found[0].tag.POS == "NOUN"
        and found[0].tag.number == "sing"
        and "anim" not in found[0].tag.grammemes
    )


def apposed_name(tokens: list[str], i: int) -> str | None:
    """An event's name written without quotes beside its kind: a name keeps the nominative
    whatever case the kind takes, so a capitalised noun whose likeliest reading is a singular
    nominative, after a kind in an oblique case ("на фестивале Радуга", "в празднике Навруз")
    or closing the kind's genitive chain ("праздник народов Севера Хейро,"), cannot be
    governed by the word before it; it and the capitalised words after it are the name, quoted
    (unquoted_title's reading, which also keeps out persons, places and troupes). A plural
    ("на празднике Дети …") may open the next clause's subject: not taken."""
    found = word_parses(tokens[i])
    if not found or found[0].tag.number != "sing" or "anim" in found[0].tag.grammemes:
        return None
    return unquoted_title(tokens, i)


# the dative of an anniversary: "столетию", "-летию" (after its number), "юбилею", "годовщине"
_ANNIVERSARY = re.compile(r"(?i)-?[а-яё]*летию|юбилею|годовщине")


def anniversary_after(tokens: list[str], at: int) -> tuple[str, int] | None:
    """The anniversary an event is timed to after "к" ("к 145-летию", "к юбилею", "к 80-й
    годовщине"), as one word, and how many tokens it took; None when there is none."""
    number = tokens[at] if at < len(tokens) and tokens[at].isdigit() else ""
    word = tokens[at + 1 : at + 2] if number else tokens[at : at + 1]
    if word and number and word[0].startswith("-") and _ANNIVERSARY.fullmatch(word[0]):
        return number + word[0], 2  # "145", "-летию"
    if word and not word[0].startswith("-") and _ANNIVERSARY.fullmatch(word[0]):
        return (f"{number} {word[0]}" if number else word[0]), 2 if number else 1
    return None


def name_after(tokens: list[str], at: int) -> tuple[list[str], int] | None:
    """The capitalised name from tokens[at] on, its initials with their points ("Дж", ".",
    "К", ".", "Максвелла" -> ["Дж.", "К.", "Максвелла"]), and how many tokens it took; None
    when no capitalised word stands at `at`. At most three words besides the initials."""
    words: list[str] = []
    j, full = at, 0
    while j < len(tokens) and full < 3 and tokens[j][:1].isupper() and tokens[j][:1].isalpha():
        if tokens[j + 1 : j + 2] == ["."] and len(tokens[j]) <= 3:
            words.append(f"{tokens[j]}.")  # an initial
            j += 2
            continue
        words.append(tokens[j])
        full += 1
        j += 1
    return (words, j - at) if full else None


def acronym_after(tokens: list[str], i: int, preposition: str) -> int:
    """1 when an indeclinable acronym follows the preposition at `i` ("урок по ОБЖ",
    "кружок по ИЗО"): the subject in whatever case the preposition asks; else 0 (and for a
    company's legal form, "экскурсия по ОАО «…»", which names no subject)."""
    if preposition in ("к", "ко") or i + 1 >= len(tokens):
        return 0
    token = tokens[i + 1]
    return int(ACRONYM.fullmatch(token) is not None and LEGAL_FORM.fullmatch(token) is None)


# "по вт и чт", "по средам", "по выходным": days a class meets on, not its subject
# the legal form before a company's quoted name
LEGAL_FORM = re.compile(r"ООО|ОАО|ЗАО|ПАО|АО|АНО|ИП|ФГУП|ГУП|МУП|НКО")


def is_namesake(word: str) -> bool:
    """Whether a capitalised word can be a person's name in the genitive ("Дубко", an
    indeclinable surname, reads as every case): a namesake after "имени" (pymorphy3's Name,
    Surn and Patr readings)."""
    return word[:1].isupper() and any(
        p.tag.case == "gent" and {"Name", "Surn", "Patr"} & p.tag.grammemes
        for p in word_parses(word)
    )


# "ГТО", "ВсОШ", "КВН", "ЧМ-2018" (an acronym and its year)
ACRONYM = re.compile(r"[А-ЯЁ](?=[а-яё]?[А-ЯЁ])[А-ЯЁа-яё]{1,5}(?:-\d{2,4})?")


_NAME_WORD = re.compile(r"[А-ЯЁа-яёA-Za-zІіЇїЄєҒғҚқҢңӨөҰұҮүҺһӘәЎў]+")


def russian(name: str) -> float:
    """The share of a name's words pymorphy3 knows as Russian (0.0 for none): of «Таза ауа –
    біздің болашағымыз!» / «Чистый воздух – наше будущее!» a Russian card shows the second."""
    words = _NAME_WORD.findall(name)
    return sum(is_known(w.lower()) for w in words) / len(words) if words else 0.0


# a person's initials and surname, written with or without spaces: "Т.Г. Шевченко", "В.П.Чкалова"
INITIALS_NAME = re.compile(r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


# a prize named after a person: "Кубок В.П.Чкалова", "мемориал А.И. Иванова"
TROPHY = re.compile(r"(?i)^(?:кубок|кубка|мемориал[а-яё]*|приз[а-яё]*)$")


def chain_goes_on_to_name(tokens: list[str], at: int) -> bool:
    """Whether a genitive chain past its eighth word still leads straight to a quoted name
    ("этап конкурса исследовательских работ и творческих проектов дошкольников и младших
    школьников «Я – исследователь»"): the name is the kind's own, so the chain is read on to
    it (and cut short around the name when the title is too long, kind_and_name)."""
    if at < len(tokens) and tokens[at].startswith(("«", '"', "“")):
        return True
    if _namesake_within(tokens, at):
        return True  # "… конкурса ученической и студенческой молодёжи имени Т.Г. Шевченко"
    skip = int(at < len(tokens) and tokens[at].lower() == "и")
    return genitive_run_to_name(tokens, at + skip) > 0


def _namesake_within(tokens: list[str], at: int) -> bool:
    """Whether genitive words from `at` (at most four, "и" between them) lead to "имени" and a
    person's initials and surname: the event's namesake, part of its name (or `at` is that
    name, right after "имени")."""
    if at and tokens[at - 1].lower() == "имени" and at < len(tokens):
        return INITIALS_NAME.fullmatch(tokens[at]) is not None
    for j in range(at, min(at + 6, len(tokens) - 1)):
        if tokens[j].lower() == "имени":
            return INITIALS_NAME.fullmatch(tokens[j + 1]) is not None
        if tokens[j] != "и" and (not tokens[j][:1].isalpha() or not is_genitive(tokens[j])):
            return False
    return False


def genitive_run_to_name(tokens: list[str], at: int) -> int:
    """How many genitive words from `at` lead straight to a quoted name (0 when none do); a
    number after "№" is one of them ("преподавателей музыкальной школы № 20 «Звуки весны»"),
    and so is "и" joining two genitives ("учащихся музыкальных школ и школ искусств «…»":
    coordinated holders, up to sixteen words, still the kind's own chain)."""
    for j in range(at, min(at + 16, len(tokens))):
        if tokens[j].startswith(("«", '"', "“")):
            return j - at
        if j > at and NUMBER_SIGN.fullmatch(tokens[j]):
            continue
        if j > at and tokens[j].lower() == "и" and tokens[j - 1].lower() != "и":
            continue
        if not tokens[j][:1].isalpha() or not is_genitive(tokens[j]):
            return 0
    return 0


def joins_adjectives(last: str, after: list[str]) -> bool:
    """Whether "и"/"или"/"," joins two genitive adjectives of one noun ("детских и семейных
    фильмов", "народной или эстрадной песни"): `last` and the first word `after` are
    adjectives, a genitive noun follows (after more adjectives joined the same way,
    "детского, юношеского и молодёжного …")."""
    if len(after) < 2 or not is_name_adjective(last) or not is_name_adjective(after[0]):
        return False
    if not (is_genitive(last) and is_genitive(after[0])):
        return False
    if is_genitive(after[1]):
        return True
    # more adjectives joined first: "детского, юношеского и молодёжного вокального творчества"
    rest, k = after[1:], 0
    while (
        k + 1 < len(rest)
        and rest[k].lower() in (",", "и", "или")
        and is_name_adjective(rest[k + 1])
    ):
        if not is_genitive(rest[k + 1]):
            return False
        k += 2
    return 0 < k < len(rest) and is_genitive(rest[k])


def coordinated_in_case(tokens: list[str], at: int, case: str) -> int:
    """How many words from `at` (after "и") are adjectives and a noun in `case`: a second
    complement of the preposition before the first ("олимпиада по физике и математике",
    "конкурс по русскому языку и литературе"): "и" joins two words in one case under one
    preposition (pymorphy3 readings). 0 when the words after "и" are no such noun (another
    kind, a number, a person's name)."""
    run = case_run(tokens, at, case)
    if not run:
        return 0
    last = tokens[at + run - 1]
    if not last.isalpha() or last[:1].isupper() or last.lower() in SKIP_AFTER:
        return 0
    found = in_case(last, case, 4)
    return run if any("NOUN" in p.tag for p in found) else 0


def coordinated_genitive(last: str, tokens: list[str], at: int) -> int:
    """How many words from `at` (after "и" or a comma) are a genitive noun, with at most two
    genitive adjectives before it, coordinated with the genitive noun `last` that ends the
    chain so far ("смотр строя и песни", "неделя биологии, химии и экологии"): both nouns read as
    genitives of the same number by pymorphy3, so "и" joins two complements of one kind, not
    the kind and another subject ("конкурс чтецов и выставка"). 0 otherwise."""
    number = _genitive_noun_number(last)
    if number is None:
        return 0
    for j in range(at, min(at + 3, len(tokens))):
        token = tokens[j]
        if not token[:1].isalpha() or token.lower() in SKIP_AFTER:
            return 0
        if _genitive_noun_number(token) == number:
            return j - at + 1
        if not (is_name_adjective(token) and is_genitive(token)):
            return 0
    return 0


def _genitive_noun_number(word: str) -> str | None:
    """ "sing" or "plur" when the likeliest reading of `word` is a genitive noun, else None."""
    found = word_parses(word)
    if not found or "NOUN" not in found[0].tag or found[0].tag.case != "gent":
        return None
    return str(found[0].tag.number)


# the case ending of an ordinal written in digits before a genitive ("47-й олимпиады", "5-го
# фестиваля", "XX-го"): the number of the event's edition
_ORDINAL_ENDING = re.compile(r"-(?:й|го|ого|его|ой|ей)")


def ordinal_before_genitive(tokens: list[str], i: int) -> str | None:
    """ "47-й" when tokens[i] is a number, tokens[i + 1] an ordinal's genitive ending and a
    genitive adjective or noun follows ("этап 47-й Всероссийской олимпиады"); else None."""
    if not tokens[i].isdigit() or i + 2 >= len(tokens):
        return None
    if not _ORDINAL_ENDING.fullmatch(tokens[i + 1]) or not tokens[i + 2][:1].isalpha():
        return None
    return tokens[i] + tokens[i + 1] if is_genitive(tokens[i + 2]) else None


def name_after_holders(tokens: list[str], at: int) -> str | None:
    """The quoted name right after a second holder's name: tokens[at] is a quote that names
    the genitive noun before it (an ensemble, a studio), "и", another genitive noun phrase
    and its quote follow, then one more quote, which no noun stands before ("концерт
    ансамбля «Грёзы» и студии «Задоринки» «Танцующая мелодия»"): that last quote is the
    kind's own name, as when two quotes stand side by side. None otherwise."""
    if tokens[at + 1 : at + 2] != ["и"]:
        return None
    run = genitive_run_to_name(tokens, at + 2)
    second = at + 2 + run
    if not run or second + 1 >= len(tokens):
        return None
    last = tokens[second + 1]
    if not last.startswith(("«", '"', "“")) or not last.endswith(("»", '"', "”")) or len(last) < 4:
        return None
    return short_quote(last)
