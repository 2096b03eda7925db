"""What follows a kind noun and names its subject, read word by word: a genitive chain
("олимпиады школьников"), "по робототехнике", "о космосе", "ко Дню матери", another kind
joined by "и", a quoted or unquoted name, a meeting's "с писателем" (kind_subject).

A walk (_SubjectWalk) through steps, each reading the token it stands at: a name written
there, a goal ("в кадеты", "к 145-летию"), a "по"/"о" complement, a frame, coordinated
words, written forms (acronyms, initials, legal forms), names after the chain, a genitive
word. Called by title_phrase.py for the words right of a kind; the word tests it asks are
in title_kind_subject_words.py. Split from title_phrase.py (split77), unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core.language.morphology import is_known
from bot.core.language.title_complements import (
    audience_and_name,
    case_run,
    in_case,
    only_grades,
    opens_with_kind,
    purpose,
)
from bot.core.language.title_grammar import directed_noun, plural_animate_accusative
from bot.core.language.title_kind_subject_words import (
    ACRONYM,
    INITIALS_NAME,
    LEGAL_FORM,
    NUMBER_SIGN,
    SKIP_AFTER,
    TROPHY,
    acronym_after,
    anniversary_after,
    apposed_name,
    chain_goes_on_to_name,
    coordinated_genitive,
    coordinated_in_case,
    genitive_run_to_name,
    is_namesake,
    is_unread_name,
    joins_adjectives,
    manner_of_action,
    may_name_kind,
    name_after,
    name_after_holders,
    ordinal_before_genitive,
    republic_name,
    russian,
    unquoted_title,
)
from bot.core.language.title_words import (
    KIND,
    is_abbreviation,
    is_animate,
    is_genitive,
    is_person,
    short_quote,
    word_parses,
)

_DOTTED_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:\.[А-ЯЁ][а-яё]+)+")  # "Знание.Лектор", "Яндекс.Учебник"


def _joined_group(tokens: list[str], at: int) -> int:
    """How many tokens from `at` name a group of people one joins after "в": a plural
    animate noun in its nominative form ("в кадеты"), after at most two adjectives in the
    plural nominative form as well ("в юные пешеходы", "в юные инспекторы"; pymorphy3); 0
    when none does."""
    for k in range(3):
        if at + k >= len(tokens):
            return 0
        if plural_animate_accusative(tokens[at + k]):
            return k + 1
        if not _plural_nominative_adjective(tokens[at + k]):
            return 0
    return 0


def _plural_nominative_adjective(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a plural nominative adjective
    ("юные", "младшие")."""
    found = word_parses(word)
    return bool(found) and {"ADJF", "plur", "nomn"} <= found[0].tag.grammemes


# a preposition opening the subject of a kind, and the case of the words that follow it
_SUBJECT_PREPS = {
    "по": "datv",
    "о": "loct",
    "об": "loct",
    "про": "accs",
    "ко": "datv",
    "на": "accs",  # "конкурс на лучшее оформление класса", "турнир на кубок главы"
}


# "на английском языке", "на иностранных языках": the language an event is held in
_LANGUAGE = re.compile(r"(?i)[а-яё]+(?:ом|ем|ых|их)\s+язык(?:е|ах)$")


def kind_subject(
    tokens: list[str],
    *,
    meeting: bool = False,
    trip: bool = False,
    part: bool = False,
    oblique: bool = False,
) -> list[str]:
    """What follows a kind and names its subject: a genitive chain ("олимпиады школьников"),
    "по робототехнике", "о космосе", "ко Дню матери", another kind joined by "и" ("экскурсии
    и мастер-классы") and a quoted name; at most eight words, never a person's name. A meeting
    names whom it is with ("встреча с писателем"). An unquoted name in the nominative after a
    kind in an `oblique` case, or closing its genitive chain, is taken (apposed_name)."""
    out: list[str] = []
    if meeting and tokens[:1] in (["—"], ["–"], ["-"]) and tokens[1:2] in (["с"], ["со"]):
        tokens = tokens[1:]  # "встреча — с поэтом"
    if meeting and tokens[:1] in (["с"], ["со"]) and (run := case_run(tokens, 1, "ablt")):
        out = tokens[: 1 + run]  # "с представителями колледжа"
        for token in tokens[1 + run : 5 + run]:
            if not token[:1].isalpha() or token.lower() in SKIP_AFTER or not is_genitive(token):
                break
            out.append(token)
        return out
    w = _SubjectWalk(tokens, meeting=meeting, trip=trip, part=part, oblique=oblique)
    while w.i < len(w.tokens) and (len(w.out) < 8 or chain_goes_on_to_name(w.tokens, w.i)):
        took = None
        for step in _SUBJECT_STEPS:
            took = step(w)
            if took is not None:
                break
        if not took:
            break
    return w.out if w.done is None else w.done


@dataclass(slots=True)
class _SubjectWalk:
    """Where the walk of kind_subject stands: the tokens after the kind, the kind's reading
    (`meeting`, `trip`, `part`, `oblique`), the token `i`, the subject's words so far `out`,
    where a "по"/"о" complement ended and its case (`joined`), and an answer that replaces
    `out` (`done`, set by answer)."""

    tokens: list[str]
    meeting: bool
    trip: bool
    part: bool
    oblique: bool
    i: int = 0
    out: list[str] = field(default_factory=list)
    joined: tuple[int, str] | None = None
    done: list[str] | None = None

    def answer(self, words: list[str]) -> bool:
        """End the walk with `words` as the subject instead of `out`; False (stop)."""
        self.done = words
        return False


# each step of kind_subject reads the token at w.i: True when it took words (the walk goes on),
# False when the subject ends there, None when the token is not that step's


def _name_at(w: _SubjectWalk) -> bool | None:
    """A name written at the token: a dash before a quoted name, a Latin name, a quoted name
    (which ends the subject), or the audience and the name after it."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if (
        token in ("-", "–", "—")
        and w.out
        and w.tokens[w.i + 1 : w.i + 2][:1] != []
        and (w.tokens[w.i + 1].startswith("«"))
    ):
        w.i += 1  # "конкурса творческих проектов – «Самара – территория будущего»"
        return True
    if _LATIN_NAME.match(token):  # "соревнование First Tech Challenge по робототехнике"
        run = 1
        while w.i + run < len(w.tokens) and _LATIN_WORD.match(w.tokens[w.i + run]):
            run += 1
        w.out += w.tokens[w.i : w.i + run]
        w.i += run
        if w.out[-1].isdigit() and w.tokens[w.i : w.i + 1] == ["+"]:
            w.out[-1] += "+"  # "фестиваль науки NAUKA 0+": the name's own sign, not cut off
            w.i += 1
        return True
    nested = _nested_open(w.tokens, w.i, bare=not w.out) if token == "«" else None
    if NESTED_OPEN and nested is not None:
        w.out.append(nested)  # "по робототехнике « Гонка роботов «Шорт-трек»": one name
        return False
    if token.startswith(("«", '"', "“")):
        if len(token) < 4 or not token.endswith(("»", '"', "”")):
            return False  # a lone opening mark of a name left unclosed
        following = w.tokens[w.i + 1] if w.i + 1 < len(w.tokens) else ""
        if following.startswith(("«", '"', "“")) and w.out:
            return w.answer([short_quote(following)])  # "лекции проекта «Знание» «Физики и лирики»"
        if w.out and (own := name_after_holders(w.tokens, w.i)) is not None:
            return w.answer([own])  # "концерт ансамбля «Грёзы» и студии «Задоринки» «Танцующая …»"
        other = (
            w.tokens[w.i + 2]
            if w.tokens[w.i + 1 : w.i + 2] == ["/"] and w.i + 2 < len(w.tokens)
            else ""
        )
        if other.startswith("«") and other.endswith("»") and russian(other) > russian(token):
            token = other  # «Жасыл қала» / «Зелёный город»: the Russian one of two
        w.out.append(short_quote(token))
        bracket = w.tokens[w.i + 1 : w.i + 4]
        if bracket[:1] == ["("] and bracket[2:] == [")"] and ACRONYM.fullmatch(bracket[1]):
            w.out.append(f"({bracket[1]})")  # "«Готов к труду и обороне» (ГТО)": its short form
        return False
    if low in _AUDIENCE_PREPS and (named := audience_and_name(w.tokens, w.i)):
        # "по шахматам среди школьников «Белая ладья»"; grades alone are the card's 👥 line
        w.out += named[1:] if only_grades(named[0]) else named
        return False
    return None


NESTED_OPEN = True  # title80: a name quoting another, its outer mark left open


def _nested_open(tokens: list[str], i: int, *, bare: bool) -> str | None:
    """The name a lone opening mark at token `i` begins when up to five words and a quoted
    name follow it and no lone closing mark comes later on its line: a name quoting another,
    its two closing marks written as one ("« Гонка роботов «Шорт-трек»", a space after the
    first mark or none), with both marks closed; None otherwise (a word of a legal form
    among the words: the holder's name; words opening with a kind right after the kind, a
    `bare` one with no subject read yet: "акции «Всероссийский экологический субботник
    «Зелёная Россия»", where the inner kind names the event, title_phrase's reading)."""
    words: list[str] = []
    for j in range(i + 1, min(i + 7, len(tokens))):
        token = tokens[j]
        if token.startswith("«") and token.endswith("»") and len(token) > 2 and words:
            if "»" in tokens[j + 1 :] or (bare and opens_with_kind(" ".join(words))):
                return None  # closed further on; «Всероссийский субботник «…»: the inner kind
            return "«" + " ".join([*words, token]) + "»"
        if not token.isalpha() or LEGAL_FORM.fullmatch(token):
            return None  # "« Чемпионат МАОУ «Лицей 121»": a holder's name, not the event's
        words.append(token)
    return None


def _goal_at(w: _SubjectWalk) -> bool | None:
    """A group joined ("посвящение в суворовцы"), a purpose ("в поддержку …") or an
    anniversary ("к 145-летию …") after "в" or "к"."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if low in ("в", "во") and (group := _joined_group(w.tokens, w.i + 1)):
        w.out += w.tokens[w.i : w.i + 1 + group]  # "посвящение в (юные) суворовцы": joining a group
        w.i += 1 + group
        return True
    if low in ("в", "во") and (cause := purpose(w.tokens, w.i, bare=not w.out, part=w.part)):
        w.out += cause  # "акция в поддержку выпускников", "старты в рамках гонки «…»"
        return False
    if low in ("к", "ко") and (jubilee := anniversary_after(w.tokens, w.i + 1)):
        w.out += [token, jubilee[0]]  # "лекция к 145-летию Максимилиана Волошина"
        w.i += 1 + jubilee[1]
        return True
    return None


def _complement_at(w: _SubjectWalk) -> bool | None:
    """A prepositional complement in its case ("по робототехнике", "о космосе", "ко Дню
    матери", a meeting's "с …", a trip's "в …"), or the member "и" joins to it; "по"
    before a weekday, "на" before a place and a purpose cut short end the subject."""
    low = w.tokens[w.i].lower()
    case = _SUBJECT_PREPS.get("ко" if low == "к" else low)
    if low == "по" and _WHEN_AFTER_PO.match(w.tokens[w.i + 1] if w.i + 1 < len(w.tokens) else ""):
        return False  # "занятия по вт и чт", "по средам": when, not what
    if w.meeting and low in ("с", "со"):
        case = "ablt"  # "встреча школьников с ветеранами"
    if (
        ((w.trip and not w.out) or (bool(w.out) and directed_noun(w.out[-1])))
        and low in ("в", "во")
        and not in_case(w.tokens[w.i + 1 : w.i + 2], "loct", 4)
    ):
        case = "accs"  # "экскурсия в Музей янтаря": where a trip goes is its subject
        # ("церемония вступления в Юнармию": what one joins, title_grammar.directed_noun)
    if low == "на" and _LANGUAGE.match(" ".join(w.tokens[w.i + 1 : w.i + 3])):
        w.out += w.tokens[w.i : w.i + 3]  # "фестиваль ораторского мастерства на английском языке
        w.i += 3  # «…»": the language it is held in, no place
        return True
    if low == "на" and in_case(w.tokens[w.i + 1 : w.i + 2], "loct", 4):
        return False  # "субботник на территории кампуса": where, not what for
    if case is not None:
        run = case_run(w.tokens, w.i + 1, case) or acronym_after(w.tokens, w.i, low)
        if low == "на" and w.tokens[w.i + 1 + run : w.i + 2 + run] in (["в"], ["во"]):
            return False  # "отбора на участие в …": a purpose cut short, not a subject
        if not run or (
            low in ("к", "ко")
            and not w.tokens[w.i + 1].lower().startswith("дн")
            and not (w.out and w.out[-1].lower().startswith("подготовк"))
        ):
            return False  # "ко Дню матери", "по подготовке к собеседованию"; not "к 9:30"
        w.out += w.tokens[w.i : w.i + 1 + run]
        w.i += 1 + run
        w.joined = (w.i, case) if low in _COORDINATED_PREPS else None
        if w.i < len(w.tokens) and manner_of_action(w.out[-1], w.tokens[w.i]):
            w.out.append(w.tokens[w.i])  # "соревнования по чтению вслух": how one reads
            w.i += 1
        return True
    if (
        low == "и"
        and w.joined is not None
        and w.joined[0] == w.i
        and (run := coordinated_in_case(w.tokens, w.i + 1, w.joined[1]))
    ):
        w.out += w.tokens[w.i : w.i + 1 + run]  # "по русскому языку и литературе"
        w.i += 1 + run
        w.joined = None
        return True
    return None


def _frame_at(w: _SubjectWalk) -> bool | None:
    """ "в честь Дня …" (the day honoured) or "в формате …"."""
    low = w.tokens[w.i].lower()
    if (
        low == "в"
        and w.tokens[w.i + 1 : w.i + 2] == ["честь"]
        and w.tokens[w.i + 2 : w.i + 3][:1]
        and w.tokens[w.i + 2][:2] in ("Дн", "дн")
        and is_genitive(w.tokens[w.i + 2])
    ):
        # "концерт в честь Дня учителя": the day honoured, as "ко Дню учителя" names it
        w.out += w.tokens[w.i : w.i + 3]
        w.i += 3
        return True
    if (
        low == "в"
        and w.tokens[w.i + 1 : w.i + 2] == ["формате"]
        and case_run(w.tokens, w.i + 2, "gent")
    ):
        w.out += w.tokens[w.i : w.i + 2]  # "в формате открытого урока"
        w.i += 2
        return True
    return None


def _coordinated_at(w: _SubjectWalk) -> bool | None:
    """Another kind, genitive or adjective joined by "и" or a comma, or an edition's
    ordinal before a genitive."""
    low = w.tokens[w.i].lower()
    if (
        low == "и"
        and len(w.out) == 0
        and w.i + 1 < len(w.tokens)
        and KIND.fullmatch(w.tokens[w.i + 1])
    ):
        w.out += w.tokens[w.i : w.i + 2]  # "экскурсии и мастер-классы"
        w.i += 2
        return True
    if low == "и" and w.out and (run := genitive_run_to_name(w.tokens, w.i + 1)):
        w.out += w.tokens[w.i : w.i + 1 + run]  # "СМИ и творческих коллективов «Пою моё Отечество»"
        w.i += 1 + run
        return True
    if low in ("и", ",") and w.out and (run := coordinated_genitive(w.out[-1], w.tokens, w.i + 1)):
        if low == ",":
            w.out[-1] += ","  # "неделя биологии, химии и экологии"
        w.out += w.tokens[w.i + (low == ",") : w.i + 1 + run]  # "смотр строя и песни"
        w.i += 1 + run
        return True
    if (ordinal := ordinal_before_genitive(w.tokens, w.i)) is not None:
        w.out.append(ordinal)  # "этап 47-й Всероссийской олимпиады": the edition's number
        w.i += 2
        return True
    if (
        low in ("и", "или", ",")
        and w.out
        and joins_adjectives(w.out[-1], w.tokens[w.i + 1 : w.i + 7])
    ):
        joined = w.tokens[w.i : w.i + 2] if low != "," else [w.out.pop() + ",", w.tokens[w.i + 1]]
        w.out += joined
        w.i += 2  # "фестиваль детских и семейных фильмов", "народной или эстрадной песни"
        return True
    return None


def _written_forms_at(w: _SubjectWalk) -> bool | None:
    """A clipped word, a legal form (which ends the subject), an acronym, a number sign,
    a namesake's initials or an abbreviation with the name it leads."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if (
        token.endswith(".")
        and len(token) > 2
        and w.out
        and w.i + 1 < len(w.tokens)
        and is_genitive(w.tokens[w.i + 1])
    ):
        w.out.append(token)  # "олимпиада по матем. и информатике"
        w.i += 1
        return True
    if LEGAL_FORM.fullmatch(token):
        if len(w.out) >= 2 and w.out[-2].lower() in ("на", "при", "от"):
            del w.out[-2:]  # "на призы", "при поддержке" the company: left out with it
        return False  # "фестиваль на призы ООО «…»": a company's name, not the event's
    if ACRONYM.fullmatch(token) and not is_known(low):
        w.out.append(token)  # "этап ВсОШ по биологии", "норм ГТО": an acronym, indeclinable
        w.i += 1
        return True
    if w.out and NUMBER_SIGN.fullmatch(token):
        w.out.append(token)  # "концерт учащихся школы №20": its number
        w.i += 1
        return True
    if w.out and w.out[-1].lower() == "имени" and INITIALS_NAME.fullmatch(token):
        w.out.append(token)  # "конкурс имени Т.Г. Шевченко": the namesake, as written
        w.i += 1
        return True
    if w.out and w.tokens[w.i + 1 : w.i + 2] == ["."] and is_abbreviation(token):
        # "им. Дж. К. Максвелла", "г. Челябинска": an abbreviation and the name it leads
        name = name_after(w.tokens, w.i + 2)
        if not name:
            return False  # "… района г.": no clipped word left dangling at the end
        w.out += [f"{token}.", *name[0]]
        w.i += 2 + name[1]
        return True
    return None


def _names_after_at(w: _SubjectWalk) -> bool | None:
    """A name after the words it completes: an unquoted work's title, a republic's name,
    an age group, a namesake, an edition's year, a trophy, a dotted name, an apposed or
    unread name (each but the age group and the republic ends the subject)."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if w.out and _WORK.match(w.out[-1]) and (title := unquoted_title(w.tokens, w.i)):
        w.out.append(title)  # "премьера спектакля Женитьба Бальзаминова по пьесе …"
        return False
    if w.out and _REPUBLIC.fullmatch(w.out[-1]) and (run := republic_name(w.tokens, w.i)):
        w.out += [w.tokens[w.i], *(["".join(w.tokens[w.i + 1 : w.i + 4])] if run > 1 else [])]
        # "первенство Республики Татарстан по дзюдо", "Республики Саха (Якутия)"
        w.i += run
        return True
    if w.out and low == "до" and _AGE_LIMIT.fullmatch(" ".join(w.tokens[w.i + 1 : w.i + 3])):
        w.out += w.tokens[w.i : w.i + 3]  # "первенство по дзюдо до 23 лет": its age group
        w.i += 3
        return True
    if w.out and _DEDICATED.search(" ".join(w.out[-3:])) and is_namesake(token):
        w.out.append(token)  # "премии имени Александра Дубко": an indeclinable surname
        w.i += 1
        return True
    if (edition := _EDITION.fullmatch(token)) and is_genitive(edition.group(1)):
        w.out.append(token)  # "фестиваль науки-2015": the subject and the edition's year
        return False
    if (
        token[:1].isupper()
        and TROPHY.match(token)
        and w.i + 1 < len(w.tokens)
        and INITIALS_NAME.fullmatch(w.tokens[w.i + 1])
    ):
        w.out += w.tokens[w.i : w.i + 2]  # "турнир по борьбе Мемориал Б. Г. Иванова": its name
        return False
    if _DOTTED_NAME.fullmatch(token):
        w.out.append(f"«{token}»")  # "конкурса Знание.Лектор": a name, its point inside
        return False
    if may_name_kind(w.tokens, w.i, w.out, w.oblique) and (apposed := apposed_name(w.tokens, w.i)):
        w.out.append(apposed)  # "в фестивале Радуга", "праздник народов Севера Хейро,"
        return False
    if not w.out and is_unread_name(token):
        w.out.append(token)  # "праздник Эколят": a proper name the dictionary lacks
        return False
    return None


def _genitive_word_at(w: _SubjectWalk) -> bool | None:
    """A genitive word of the chain, never a person's name after a kind; anything else
    ends the subject."""
    token, low = w.tokens[w.i], w.tokens[w.i].lower()
    if not token[:1].isalpha() or low in SKIP_AFTER or not is_genitive(token):
        return False
    if (
        token[:1].isupper()
        and is_person(token)
        and (not w.out or (is_animate(w.out[-1]) and not w.out[-1][:1].isupper()))
        and not _DEDICATED.match(" ".join(w.out[-3:]))
    ):
        return False  # "лекция профессора Иванова": the lecturer, not "конкурс имени Ивана Шмелёва"
        # nor the second word of a capitalised name ("на Кубок Деда Мороза")
    w.out.append(token)
    w.i += 1
    return True


_SUBJECT_STEPS = (
    _name_at,
    _goal_at,
    _complement_at,
    _frame_at,
    _coordinated_at,
    _written_forms_at,
    _names_after_at,
    _genitive_word_at,
)


# "Республики": a republic, whose own name stands after it in the nominative in any case
_REPUBLIC = re.compile(r"(?i)республики")


# "до 23 лет", "до 18 года": the age group of a contest, part of its name
_AGE_LIMIT = re.compile(r"\d{1,2} (?:лет|года)")


# a work shown or staged in an oblique case ("спектакля", "фильме"), before its unquoted title
_WORK = re.compile(
    r"(?i)^(?:спектакл|фильм|мультфильм|кинофильм|постановк|опер[ыеуо]|балет|мюзикл|пьес)"
    r"[а-яё]*$"
)


# a name written in Latin letters: capitalised words (or digits) after the kind
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9.-]*$")


_LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]*$")


# "имени Ивана Сергеевича": the name of the person an event is named after is part of its name
_DEDICATED = re.compile(r"(?i)(?:^|\s)им(?:\.|ени)(?:\s+[А-ЯЁ][а-яё.]*){0,2}$")


# a word with its edition's year joined by a hyphen ("науки-2015")
_EDITION = re.compile(r"([А-ЯЁа-яё]+)-(?:19|20)\d\d")


_WHEN_AFTER_PO = re.compile(
    r"(?i)(?:пн|вт|ср|чт|пт|сб|вс|понедельникам|вторникам|средам|четвергам|пятницам|субботам"
    r"|воскресеньям|выходным|будням|вечерам|утрам)\.?$"
)


_AUDIENCE_PREPS = frozenset({"среди", "для"})


# prepositions whose complement "и" may continue with a second noun in the same case
_COORDINATED_PREPS = frozenset({"по", "о", "об"})
