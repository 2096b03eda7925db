"""Finishing a concise title: the event an award or an opening belongs to, the owner of an
open day, a name the post opens with, the 80-character cut and the fallback when no kind is
found (letter openers left out). Inflection uses pymorphy3 (morphology.py); used by title.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import is_known, to_genitive, to_nominative
from bot.core.language.notices import is_notice, without_notices
from bot.core.language.numbered_names import NUMBER_BEFORE, first_quoted, names_the_institution
from bot.core.language.prefilter import may_match
from bot.core.language.sentences import iter_sentences
from bot.core.language.title_place import is_place_fragment
from bot.core.language.title_quotes import accusative_named
from bot.core.language.title_words import (
    INSTITUTION_FORM,
    KIND,
    MAX_TITLE,
    QUOTE,
    adjective_of_noun_after,
    scare_quoted,
    short_quote,
    side_before,
    slogan_at,
    word_parses,
)

_OWNER = compile_with_scan(
    r"(?<![\w-])([А-ЯЁ]{2,6}(?:\s+им(?:\.|ени)\s*(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё]+)?)"
    r"(?=\s+приглаша)|(?:^|\s)(?:в|во)\s+([А-ЯЁ]{2,6})(?![\wА-ЯЁа-яё-])"
)

# an award or a ceremony, which names the event it belongs to
CEREMONY = re.compile(
    r"(?i)^(?:\w+\s+)?(?:награждени|церемони|чествовани|открыти|закрыти|финал)[а-яё]*"
    r"(?:\s+победител\w+|\s+участник\w+)?$"
)

_OPENS = re.compile(
    r"((?:[А-ЯЁа-яё]+(?:ый|ий|ой|ая|ое)\s+){0,2}[а-яё]+)\s+(«[^«»\n]{2,40}»)\s+откро(?:ется|ются)"
)

_OPENING = re.compile(r"(?i)(?:\w+\s+)?открытие")

_OPEN_DAY = re.compile(r"(?i)(?:\w+\s+)?(?:день|дни)\s+открытых\s+дверей")

_ORGS = re.compile(
    r"(?i)(?:театр|ансамбл|клуб|центр|портал|групп|сет[иь]|отдел|музе|библиотек|школ|компани"
    r"|фонд|коллектив|студи|парк|кафе|издательств|агентств|журнал|газет|сайт|канал|кинотеатр"
    r"|дворц|дом|культуры|творчества|дк)"
    r"[а-яё]*\s*$"
)

# a quoted name after "в"/"на" and a word or two: a place's name ("на катке «Янтарный»")
_PLACE_BEFORE = re.compile(r"(?i)(?:^|\s)(?:в|во|на|у)\s+(?:[а-яё-]+\s+){1,2}$")

_OPENERS = re.compile(
    r"(?i)^(?:(?:уважаемые[^!.]*[!.]|добрый\s+день[!.,]?|здравствуйте[!.,]?|дорогие[^!.]*[!.]"
    r"|друзья[!.,]|внимание[!.:]|коллеги[!.,]|напомина\w*[!.:,]?)\s*)+"
)


def of_named_event(phrase: str, named: Callable[[], dict[str, str]]) -> str:
    """An award or a ceremony names the event it belongs to: "Награждение победителей" in a
    post about "конкурс рисунков «Зимняя сказка»" gives "Награждение победителей конкурса
    рисунков «Зимняя сказка»" (that phrase put in the genitive with pymorphy3)."""
    if "«" in phrase or not CEREMONY.match(phrase):
        return phrase
    other = next((p for k, p in named().items() if not phrase.lower().startswith(k)), None)
    if other is None:
        return phrase
    words = other.split()
    if is_known(words[0].lower()):
        words[0] = words[0].lower()  # "Конкурс" opened its own title; here it follows
    return f"{phrase} {' '.join(to_genitive(words))}"


def of_what_opens(text: str, phrase: str) -> str:
    """An opening names what opens: "Официальное открытие" in a post where "детский технопарк
    «Кванториум» откроется" gives "Официальное открытие детского технопарка «Кванториум»"."""
    if not _OPENING.fullmatch(phrase):
        return phrase
    opens = _OPENS.search(text)
    if opens is None:
        return _of_what_they_open(text, phrase)
    words = [w.lower() if is_known(w.lower()) else w for w in opens.group(1).split()]
    return f"{phrase} {' '.join(to_genitive([*words, opens.group(2)]))}"


# "откроют главную ёлку НАО": what is opened, the object of the verb (in the accusative)
_OPENED = compile_with_scan(
    r"(?<![а-яё])откро(?:ют|ет)\s+((?:[а-яё]+(?:ую|юю|ый|ий|ое|ее)\s+){0,2}[а-яё]{3,}(?:-[а-яё]+)?)"
    r"((?:\s+[А-ЯЁ]{2,6}(?![а-яё]))?)"
)


def opening_of_object(text: str, at: int) -> str | None:
    """ "Открытие главной елки НАО" when the kind at `at` is the object of "откроют"/
    "откроет" ("в Нарьян-Маре откроют главную елку НАО": the event is its opening, not the
    tree); None otherwise (see _of_what_they_open)."""
    window = max(0, at - 60), at + 40
    if not may_match(_OPENED, text, *window):  # most kinds follow no «откро…»
        return None
    for opened in _OPENED.finditer(text, *window):
        if opened.start(1) <= at < opened.end(1) and not _kind_opens(text, opened.start()):
            title = _of_what_they_open(text[opened.start() :], "Открытие")
            return title if title != "Открытие" else None
    return None


_WORDS_BEFORE = re.compile(r"((?:[А-ЯЁа-яё-]+\s+){1,3})$")


def _kind_opens(text: str, verb: int) -> bool:
    """Whether a kind word among the three words right before the verb at `verb` is its
    subject ("Папа-парад откроет семейный праздник", "Парад оркестров откроет …"): then the
    object is the event itself, not its opening."""
    before = _WORDS_BEFORE.search(text, max(0, verb - 60), verb)
    return before is not None and KIND.search(before.group(1)) is not None


def _of_what_they_open(text: str, phrase: str) -> str:
    """ "Открытие" in a post saying "в Нарьян-Маре откроют главную ёлку НАО" gives
    "Открытие главной ёлки НАО": the object read as accusative, put in the genitive
    (pymorphy3); the phrase itself when no noun is opened so."""
    opened = _OPENED.search(text)
    if opened is None:
        return phrase
    words = opened.group(1).split()
    found = word_parses(words[-1])
    if not found or "NOUN" not in found[0].tag:
        return phrase
    genitive = to_genitive(to_nominative(words, case="accs"))
    kept = [g if "ё" in w else g.replace("ё", "е") for w, g in zip(words, genitive, strict=True)]
    return f"{phrase} {' '.join(kept)}{opened.group(2)}"  # "елку" stays "елки", as written


def with_owner(text: str, phrase: str) -> str:
    """An open day is the organisation's: "КГТУ приглашает … на День открытых дверей" gives
    "День открытых дверей КГТУ" (the abbreviation that invites, or after "в")."""
    if not _OPEN_DAY.fullmatch(phrase):
        return phrase
    owner = _OWNER.search(text)
    return f"{phrase} {owner.group(1) or owner.group(2)}" if owner else phrase


def with_name(
    text: str, phrase: str, opening: int, elsewhere: tuple[tuple[int, int], ...] = ()
) -> str:
    """A kind without a name takes the quoted name the post opens with ("«Вслед за кометой»
    отправятся… посетив программу…"), unless that name is an organisation's or stands in a
    clause of `elsewhere` (dated with another day than the event's: "Конкурс «…» назначен
    на 19 декабря. А 12 декабря … состоится ярмарка": the contest's name, not the fair's);
    `opening` is where the post's own text begins, after any page chrome."""
    if "«" in phrase or '"' in phrase or len(phrase) > 50:
        return phrase
    quote = QUOTE.search(text, opening, opening + 150)
    if quote is None or _names_a_place(text, quote.start()) or _names_another(text, quote.start()):
        return phrase
    if any(low <= quote.start() < high for low, high in elsewhere):
        return phrase
    if scare_quoted(quote.group(0)):
        return phrase  # "пожарные «открывают» двери": a word in scare quotes names nothing
    if slogan_at(text, quote.start()):
        return phrase  # "Под девизом «Спорт — это жизнь!» пройдут соревнования": a slogan
    if adjective_of_noun_after(text, quote.start(), quote.end()):
        return phrase  # "«Междугородний» турнир": a quoted word of the phrase, not its name
    if quote.start() - opening > 40:
        return phrase
    name = short_quote(quote.group(0))
    if _ON_BEFORE.search(text, max(0, quote.start() - 4), quote.start()):
        name = accusative_named(name)  # "на «Лыжню России»" -> "«Лыжня России»"
    if _plain(name.strip("«»")) == _plain(phrase):
        return phrase  # «Неделя детской книги» above "стартует Неделя детской книги": itself
    return f"{phrase} {name}"


def _plain(words: str) -> str:
    """`words` in lower case with "ё" as "е", for comparing two spellings of one name."""
    return words.lower().replace("ё", "е").strip()


def _names_a_place(text: str, at: int) -> bool:
    """Whether the quoted name at `at` is an organisation's or a place's ("театр «Сказка»",
    "на катке «Янтарный»"), not the event's."""
    before = text[max(0, at - 30) : at]
    if (number := NUMBER_BEFORE.search(before)) is not None:
        # «в МДОУ №14 «Солнышко»»: the institution's name after its number, unless an event's
        if not names_the_institution(first_quoted(text, at)):
            return False
        before = before[: number.start()]
    if _ORGS.search(before) or _PLACE_BEFORE.search(before):
        return True
    form = _LAST_WORD.search(before)  # "МБУ «ЦФМР»": an institution's legal form, its name
    return form is not None and INSTITUTION_FORM.fullmatch(form.group(1)) is not None


def _names_another(text: str, at: int) -> bool:
    """Whether the quoted name at `at` follows a preposition or names a kind the event is
    part of ("с «раскопками»", "в рамках фестиваля «Книжная зима»"): no name of the event."""
    before = _LAST_WORD.search(text, max(0, at - 40), at)
    if before is None:
        return False
    if before.group(1).lower() in _PREPOSITIONS:
        return True
    kind = KIND.fullmatch(before.group(1))
    return kind is not None and side_before(text, before.start(1))


_LAST_WORD = re.compile(r"([А-ЯЁа-яё-]+)\s*$")
_ON_BEFORE = re.compile(r"(?i)(?<![а-яё])на\s+$")
# "на" right before a name leads to an event ("регистрация на «Диктант Победы»"): a place
# after "на" has its noun before the name ("на стадионе «Труд»", see _names_a_place)
_PREPOSITIONS = frozenset({"с", "со", "в", "во", "о", "об", "к", "ко", "от", "из", "для"})


def fit(phrase: str) -> str:
    """The phrase cut to 80 characters at a word, never inside a quoted name nor after an
    adjective or a preposition left dangling (pymorphy3). A phrase with a quoted name keeps
    its kind and its name and loses the words between them first (see `kind_and_name`)."""
    if len(phrase) <= MAX_TITLE:
        return phrase
    kept = kind_and_name(phrase)
    if kept is not None:
        return kept
    cut = phrase[:MAX_TITLE]
    if "«" in cut and "»" not in cut[cut.index("«") :]:
        cut = cut[: cut.index("«")].rstrip(" ,")
    cut = cut.rsplit(" ", 1)[0].rstrip(" ,—-:") if len(cut) == MAX_TITLE else cut
    words = cut.split()
    while len(words) > 1 and _dangles(words[-1]):
        words.pop()  # "… академии рыбопромыслового" cut mid-phrase: end at its last noun
    return " ".join(words)


def kind_and_name(phrase: str) -> str | None:
    """A title too long for a card that holds a quoted name, shortened to its kind and that
    name: the words between them go from the right, a dedication "имени …" as a whole, an
    adjective or a preposition left dangling with them ("Церемония награждения победителей
    конкурса творческих проектов – «Самара – территория будущего»" -> "Церемония награждения
    победителей конкурса «Самара – территория будущего»"); the kind noun (the first noun)
    and the words before it stay. None when no quote follows the kind or it still does not
    fit."""
    quote = QUOTE.search(phrase)
    if quote is None:
        quote = _NAMESAKE.search(phrase)  # "конкурс … имени Т.Г. Шевченко": named after him
    if quote is None or not quote.group(0).startswith(("«", "им")):
        return None
    name = quote.group(0)
    short = _SHORT_FORM.match(phrase, quote.end())
    if short is not None:
        name += short.group(0)  # "«Готов к труду и обороне» (ГТО)": the name's short form
    units = _units(phrase[: quote.start()].rstrip(" ,:–—-").split())
    head = next((i for i, u in enumerate(units) if _is_noun_word(u)), None)
    if head is None:
        return None
    if len(units) > head + 3 and [u.lower() for u in units[-3:-1]] == ["в", "рамках"]:
        # "… по плаванию в рамках спартакиады «…»": the frame and its name go as one, the
        # part's own subject is cut instead
        name = f"{' '.join(units[-3:])} {name}"
        del units[-3:]
    whole = list(units)
    while units[head + 1 :] and len(" ".join(units)) + 1 + len(name) > MAX_TITLE:
        units.pop()
        while units[head + 1 :] and _dangles(units[-1]):
            units.pop()
    gone = whole[len(units) :]
    if len(units) > head + 2 and gone and _cut_from_its_object(units[-2], gone[0]):
        # "олимпиады школьников по вопросам [избирательного права и процесса] «Софиум»": a
        # preposition's noun whose genitive was cut says nothing; it goes with its preposition
        gone = whole[len(units) - 2 :]
        del units[-2:]
    # "Гала-концерт VII Международного … фестиваля-конкурса вокального … творчества «…»": the
    # event the name is of, a kind word after its adjectives, is kept when it fits
    noun = next((i for i, u in enumerate(gone) if not _dangles(u)), None)
    if (
        noun is not None
        and noun > 0
        and KIND.fullmatch(gone[noun].rstrip(",;:"))
        and all(
            _EDITION.fullmatch(u) or _adjective(u) or (u == "и" and k > 0)
            for k, u in enumerate(gone[:noun])
        )
    ):
        fuller = f"{' '.join(units)} {gone[noun].rstrip(',;:')} {name}"
        if len(fuller) <= MAX_TITLE:
            return fuller
    title = f"{' '.join(units)} {name}"
    return title if len(title) <= MAX_TITLE else None


_DEDICATION = re.compile(r"(?i)^им(?:\.|ени)$")
# "имени Т.Г. Шевченко" ending a title: the person the event is named after
_NAMESAKE = re.compile(r"(?<=\s)им(?:\.|ени)\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё-]+$")
_SHORT_FORM = re.compile(r"\s*\([А-ЯЁA-Z][А-ЯЁA-Zа-яё]{1,5}\)$")


def _units(words: list[str]) -> list[str]:
    """The words, with "имени" (or "им.") and the capitalised words or initials after it
    joined into one: a dedication goes as a whole."""
    units: list[str] = []
    joining = False
    for word in words:
        if joining and word[:1].isupper():
            units[-1] = f"{units[-1]} {word}"
            continue
        joining = _DEDICATION.match(word) is not None
        units.append(word)
    return units


def _is_noun_word(word: str) -> bool:
    """Whether pymorphy3 reads `word` (a single word) most likely as a noun."""
    found = word_parses(word.strip(",.;:"))
    return bool(found) and found[0].tag.POS == "NOUN"


# an edition's number, which stands for an adjective ("VII Международного фестиваля",
# "47-й олимпиады"): left dangling when the words after it go
_EDITION = re.compile(r"(?:[IVXLC]+|\d{1,3}-?[а-яё]{1,3})[,.;:]?")


def _adjective(word: str) -> bool:
    """Whether pymorphy3 reads `word` most likely as an adjective or a participle."""
    found = word_parses(word.strip(",.;:"))
    return bool(found) and found[0].tag.POS in ("ADJF", "PRTF")


def _cut_from_its_object(before: str, first_gone: str) -> bool:
    """Whether the title's last two words are a preposition and its noun ("по вопросам") and
    the first word cut after them opens that noun's genitive ("избирательного права"), not a
    dedication ("имени …"): the phrase is left without what it is about (pymorphy3's
    likeliest readings)."""
    if _DEDICATION.match(first_gone.split()[0]):
        return False  # "по шахматам имени …": a dedication, no genitive of the noun
    prep = word_parses(before.strip(",.;:"))
    gone = word_parses(first_gone.strip(",.;:"))
    return (
        bool(prep)
        and prep[0].tag.POS == "PREP"
        and bool(gone)
        and gone[0].tag.POS in ("NOUN", "ADJF", "PRTF")
        and gone[0].tag.case == "gent"
    )


def _dangles(word: str) -> bool:
    if _EDITION.fullmatch(word):
        return True
    found = word_parses(word.strip(",.;:"))
    return (
        bool(found)
        and not word.endswith("»")
        and found[0].tag.POS
        in (
            "ADJF",
            "PRTF",
            "PREP",
            "CONJ",
        )
    )


def first_words(text: str, subject: str | None = None) -> str | None:
    """A post with no kind of event: its first quoted name that is not a place's, else the
    `subject` of its event's sentence, else its first sentence without a letter's openers,
    cut to 80 characters; never a notice ("Вход свободный", notices.py)."""
    body = _without_leading_notices(_OPENERS.sub("", text.strip()))
    quote = next(  # never one lower-case word used loosely («желающих «зависнуть»»)
        (
            q
            for q in QUOTE.finditer(body[:300])
            if not _names_a_place(body, q.start()) and not scare_quoted(q.group(0))
        ),
        None,
    )
    if quote:
        return fit(short_quote(quote.group(0)))
    # the first sentence that is more than where it is ("В Центральном парке. …")
    first = next(
        (
            p.strip()
            for p in (body[a:b] for a, b in islice(iter_sentences(body), 3))
            if _not_a_place(p)
        ),
        "",
    )
    opening = _before_dates(first) if first else None
    if subject and not (opening and opening.lower().startswith(subject.lower())):
        return fit(subject)  # the subject, unless the opening is it and says more
    opening = without_notices(opening) if opening else None
    return fit(opening) if opening else None


def _not_a_place(sentence: str) -> bool:
    """Whether a sentence has words and is not only a place (title_place.is_place_fragment)."""
    return bool(sentence.strip()) and not is_place_fragment(sentence.strip())


def _without_leading_notices(body: str) -> str:
    """`body` without the notices and letter openers before its first other sentence
    ("Количество мест ограничено! Уважаемые родители! 15 декабря …")."""
    for _ in range(6):
        rest = _second_sentence(body)
        if not rest or not is_notice(body[:rest]):
            return body
        body = _OPENERS.sub("", body[rest:])
    return body


def _second_sentence(body: str) -> int:
    """The offset where the sentence after the first one of `body` opens (len(body) when
    none does, 0 when `body` has no sentence); «ул.», «им.», initials end none
    (sentences.iter_sentences)."""
    spans = iter_sentences(body)
    if next(spans, None) is None:
        return 0
    return next(spans, (len(body), 0))[0]


def _before_dates(sentence: str) -> str:
    """The sentence up to its first number, without the verb left at its end ("Каток на
    стадионе заработает 15 декабря в 16:00" -> "Каток на стадионе"), when two words or
    more are left; else the sentence itself."""
    words = _FIRST_NUMBER.split(sentence, maxsplit=1)[0].split()
    opening = word_parses(words[0].strip(",")) if words else ()
    if not opening or (pos := opening[0].tag.POS) in _VERBS or pos == "PREP":
        return sentence  # "В среду, 1 сентября, …", "Приглашаем … от 6 до 12 лет": no name
    verb = next(
        (i for i, w in enumerate(words[2:], 2) if (f := word_parses(w)) and f[0].tag.POS == "VERB"),
        len(words),
    )
    words = words[:verb]  # "Отбор участников пройдёт с пятого": the subject before its verb
    while len(words) > 2 and (found := word_parses(words[-1])) and found[0].tag.POS in _TAILS:
        words.pop()
    return " ".join(words) if len(words) >= 2 else sentence


# (read by a first `split`: a number's lead opening after a blank or a comma is found one
# character earlier, so only the first of a run is tried, and its blanks are possessive —
# from every blank of a long run it was quadratic, 7 s for «Размещено» + 7,900 spaces +
# «x 15 декабря» in parse_message; review 2026-12-02, H4; the same split)
_FIRST_NUMBER = re.compile(r"(?i)(?<![\s,])[\s,]++(?:(?:с|со|в|во|до|к|на|—|–|-)\s++)?\d")
_VERBS = frozenset({"VERB", "INFN", "PRTS"})
_TAILS = _VERBS | {"PREP", "CONJ"}
