"""The words around a place noun in a long post: its adjectives on the left ("Мининский"),
what names it on the right (a genitive chain, "№ N", a quoted name, "им. …", an address),
addresses and cities. pymorphy3 (via title_words.word_parses) reads cases and parts of
speech; used by places.py."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language.event_verbs import EVENT_VERBS
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.lowered import lower, search_i
from bot.core.language.morphology import is_known, to_nominative
from bot.core.language.title_words import has_noun_reading
from bot.core.language.title_words import word_parses as _parses

_INITIAL = re.compile(r"(?:[А-ЯЁ]\.){1,2}")  # "А.", "С.М." (initials written close)
# after "им.": "Арк.", a first name cut to its first letters ("им. Арк. Гайдара")
_CUT_NAME = re.compile(r"[А-ЯЁ][а-яё]{1,2}\.")

ADDRESS = re.compile(
    r"(?i)(?:по\s+адресу\s*:?\s*)?"
    # a street's abbreviation opens a word ("каникул.\n\n29 октября" is no "ул. 29 …")
    r"(?:(?<![а-яё])(?:ул\.|пр\.|пер\.|наб\.|пл\.|(?:улиц[аеу]|пр-те?|проспекте?|переул(?:ок|ке)|бульваре?|б-р"
    r"|набережн(?:ая|ой)|площад[ьи]|шоссе|проезд[еа]?|пр-д\.?|алле[яиею])(?![а-яё]))"
    r"\s*[А-ЯЁ0-9](?:(?!\sв\s\d)[\w -]|(?<![а-яё]{2})\.){1,30}?"
    r"|[А-ЯЁ][а-яё]+(?:ой|ая|ое|ий|ый|ом|ем|ей)\s+(?:ул\.|пер\.|наб\.|пр\.|пл\.|(?:улиц[аеы]|пр-те?|проспекте?"
    r"|бульваре?|переул(?:ок|ке)|шоссе|проезд[еа]?|пр-д\.?|набережн(?:ая|ой)|площад[ьи]|алле[яиею])"
    r"(?![а-яё])))"
    # a house's number may take the number sign and a letter in quotes ("дом №9«А»")
    r",?\s*(?:д\.?\s*(?:№\s*)?|дом\s*№\s*|дом\s+)?(?<!\d)(?<!\d[:.])\d{1,4}"
    r"(?:[а-яА-Я]|\s?«[а-яА-Я]»|\s?\"[а-яА-Я]\")?(?![\d]|[:.]\d\d)(?!\s*(?:год|лет|раз|человек|мин|час))"
    # a number before a month is a day ("На Тверской площади 26 марта"), one before ":00" a
    # clock ("с Соборной площади в 9:00"), one with an
    # ordinal's ending an ordinal ("на площади … пройдёт 63-ая эстафета"): no house
    r"(?!\s*(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр))"
    r"(?![-–](?:ая|ья|ый|ой|ий|ое|ее|го|й|я|е|х)(?![а-яё]))(?:\s*[,;]\s*(?:корпус|корп\.|к\.)\s*\d+)?"
    r"(?:\s*[,;]\s*(?:этаж|\d\s*этаж)\s*\d*)?"
)
# (a street's name never holds "в" and a number: "и пр. Начало в 10:00" is a clock)
# one of these (in lower case) is in every text ADDRESS matches: a cheap gate before it
ADDRESS_KEYS = (
    "ул.",
    "улиц",
    "пр-т",
    "проспект",
    "пр.",
    "пер.",
    "переул",
    "бульвар",
    "б-р",
    "наб.",
    "набережн",
    "пл.",
    "площад",
    "шоссе",
    "проезд",
    "пр-д",  # "проезд" written short
    "алле",
)

# a city after its kind's abbreviation or noun: "в г. Усть-Каменогорск", "в городском округе
# Химки", "в посёлке Янтарный" (the name after the noun is often left in the nominative)
# ("В Сургуте состоятся …": a headline opening with the town, "В" capitalised; city() below)
_CITY = compile_with_scan(
    r"(?:^|\s)[Вв]о?\s+(г\.\s*|(?:городе|(?:городском\s+|муниципальном\s+)?округе|посёлке|поселке"
    r"|селе|деревне|станице|ауле)\s+)?((?:[А-ЯЁ][а-яё]+(?:ом|ем|ой|ей)\s+"
    # a settlement's name of two words after its kind stays in the nominative: «в посёлке
    # Сосновый Бор», «в селе Красная Горка» (the kind noun takes the case, not the name)
    r"|(?:(?<=посёлке\s)|(?<=поселке\s)|(?<=селе\s)|(?<=деревне\s)|(?<=станице\s))"
    # (the second word a noun: «в селе Становое Липецкой области» is one word and its region)
    r"[А-ЯЁ][а-яё]+(?:ый|ий|ая|яя|ое|ее)\s+(?=[А-ЯЁ])(?![А-ЯЁ][а-яё]+(?:ой|ей|ого|его|ых|их)\b))?"
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
)
# (a name quoted within a name, its two closing quotes often written as one: «Усадьба
# «Мураново»»; «Дом «Поэзия»)
# («гимназии N 12»: a Latin capital N before a number is the number sign typed, fresh66)
_TOKEN = re.compile(
    r"(?:№|N(?=\s*\d))\s*\d+[а-я]?|№№[\d ,и]+|«[^«»\n]*«[^«»\n]*»»?|«[^«»]*»"
    r"|\"[^\"\n]*\"|[\w.-]+|\S"
)
_STOP = frozenset(
    [
        "и",
        "а",
        "с",
        "со",
        "для",
        "по",
        "к",
        "ко",
        "от",
        "до",
        "из",
        "где",
        "который",
        "в",
        "во",
        "на",
        "у",
        "о",
        "об",
        "за",
        "под",
        "над",
        "при",
        "через",
    ]
)


_ADJECTIVE_END = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ых|их|ую|юю)$")


def compound_head(word: str, case: str | None) -> str:
    """ "доме-музее" -> "дом-музее": the first part of a hyphenated place noun put in the
    nominative (pymorphy3 inflects the last part only), the last part left to the phrase."""
    first, dash, rest = word.partition("-")
    if not dash or not has_noun_reading(first):
        return word
    return f"{to_nominative([first], case=case)[0]}-{rest}"


def nominative_words(words: list[str]) -> str:
    """ "МАОУ гимназии № 40" -> "МАОУ гимназия № 40", "Станции юных техников" -> "Станция
    юных техников": the first noun (by its likeliest pymorphy3 reading; abbreviations skipped)
    and the adjectives right before it (hyphenated ones too: "Северо-Восточного федерального
    университета") put in the nominative, the rest as written."""
    words = [*words[:-1], words[-1].rstrip(".,;:")] if words else words  # a sentence's end
    for i, word in enumerate(words):
        # a noun made of two ("школы-интерната", "Дома-музея"): both parts declined with it
        if (
            word.replace("-", "").isalpha()
            and not word.isupper()
            and not _mixed_abbreviation(word)
            and _likeliest_is(word, "NOUN")
        ):
            start = i
            while (
                start > 0
                and words[start - 1].replace("-", "").isalpha()  # "аграрно-технического"
                and _adjective_first(words[start - 1])
            ):
                start -= 1
            head = to_nominative(words[start : i + 1], governed=True)
            head[-1] = _both_parts(head[-1], word)  # "Дома-музея" -> "Дом-музей"
            head = [
                _cased_as(new, old) for new, old in zip(head, words[start : i + 1], strict=False)
            ]
            return " ".join([*words[:start], *head, *words[i + 1 :]])
    return " ".join(words)


def _mixed_abbreviation(word: str) -> bool:
    """Whether a part of `word` mixes capitals past its first letter with small letters, as a
    short name does ("СахГУ", "КубГУ", "ЦПКиО"): its letters are never declined."""
    return any(
        any(c.isupper() for c in part[1:]) and any(c.islower() for c in part)
        for part in word.split("-")
    )


def _both_parts(nominative: str, written: str) -> str:
    """A two-noun compound's nominative with its first part put in the nominative too when
    pymorphy3, not knowing the compound, declined only the last ("дома-музей" of "Дома-музея")."""
    first, dash, rest = nominative.partition("-")
    if not dash or first.lower() != written.partition("-")[0].lower():
        return nominative
    if not has_noun_reading(first):
        return nominative
    return f"{to_nominative([first], governed=True)[0]}-{rest}"


def _cased_as(word: str, written: str) -> str:
    """`word` (an inflected form of `written`) with the capitals `written` gives each part
    of a hyphenated word ("Северо-восточный" after "Северо-Восточного" -> "Северо-Восточный")."""
    parts, old = word.split("-"), written.split("-")
    if len(parts) != len(old):
        return word
    return "-".join(
        p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, old, strict=True)
    )


def _likeliest_is(word: str, pos: str) -> bool:
    found = _parses(word)
    return bool(found) and pos in found[0].tag


def _adjective_first(word: str) -> bool:
    return _likeliest_is(word, "ADJF") or _likeliest_is(word, "PRTF")


def find_address(text: str) -> re.Match[str] | None:
    """The first street address of a post ("ул. Ленина, д. 8", "на Ленинском пр-те 30")."""
    low = lower(text)
    if not any(key in low for key in ADDRESS_KEYS):
        return None
    m = search_i(ADDRESS, text, _address_skip(low))
    while m is not None and _tells_an_act(m.group(0)):  # «Площадь возгорания составила 200
        m = ADDRESS.search(text, m.end())  # квадратных метров»: an area measured, no street
    return m


_NAME_WORD = re.compile(r"[А-ЯЁа-яё]{3,}")


def _tells_an_act(address: str) -> bool:
    """Whether a street address read by ADDRESS holds a finite verb (pymorphy3's first
    reading of a word): a street's name is a noun phrase («ул. Ленина, 8», «площадь Победы,
    1»), so «площадь возгорания составила 200», «Улица стала шире на 5» is a sentence about an
    area or a street, never a place (fresh83)."""
    for word in _NAME_WORD.findall(address):
        found = _parses(word.lower())
        if found and found[0].tag.POS == "VERB":
            return True
    return False


# what may stand in an address before its street word: "по адресу:", spaces, the adjective
# of "на Ленинском пр-те" (a superset: any word character, space or colon)
_LEAD = re.compile(r"[\w\s:]*")


def _address_skip(low: str) -> int:
    """A position in the lower-cased post before which no ADDRESS match starts: every match
    holds one of ADDRESS_KEYS, and between a match's start and its key there are only the
    characters _LEAD reads; so no match starts before the run of them that leads to the
    first key of the post."""
    first = min(at for key in ADDRESS_KEYS if (at := low.find(key)) >= 0)
    return first - _LEAD.match(low[first - 1 :: -1] if first else "").end()  # type: ignore[union-attr]


def left_adjectives(text: str, start: int) -> list[str]:
    """Up to six adjectives or participles right before text[start] ("Мининский"; an official
    name has as many: "Костромской областной универсальной научной библиотеке", "в Московском
    Государственном Академическом Детском музыкальном театре"); an opening bracket starts the
    phrase ("(Театральная площадь)")."""
    words: list[str] = []
    for token in reversed(text[max(0, start - 100) : start].split()):
        clean = token.strip(",.;:!?()")
        opens = token == f"({clean}"
        if words and (
            token.lower() in _SETTLEMENT_ABBREVIATIONS or token.lower() in _SETTLEMENT_WORDS
        ):
            words.pop(0)  # "в пос. Заречный Районная библиотека": the settlement's name
            break
        if (clean != token and not opens) or not clean or len(words) >= 6:
            break
        depth = 4 if clean[:1].isupper() and _ADJECTIVE_END.search(clean) else 2
        if (
            not _adjective_reading(clean, depth)
            and not _unknown_adjective(clean)
            and not _surname_adjective(clean)
        ):
            break  # "Мининский" is a guessed noun first, an adjective third
        if clean.islower() and _other_number(clean, text[start : start + 40]):
            break  # "в эти выходные Краеведческий музей": a time's plural, not the museum's
        words.insert(0, clean)
        if opens:
            break
    return words


_FIRST_WORD = re.compile(r"[А-ЯЁа-яё]+")


def _other_number(adjective: str, rest: str) -> bool:
    """Whether a lower-case adjective cannot agree in number with the noun `rest` opens: every
    adjective reading of it is plural and every noun reading of the noun singular, or the
    reverse (pymorphy3); False when either has no such reading (an abbreviation, "ДК")."""
    noun = _FIRST_WORD.match(rest)
    if noun is None:
        return False
    nouns = {p.tag.number for p in _parses(noun.group(0))[:3] if "NOUN" in p.tag}
    adjectives = {
        p.tag.number for p in _parses(adjective)[:3] if "ADJF" in p.tag or "PRTF" in p.tag
    }
    if not nouns or not adjectives or None in nouns | adjectives:
        return False
    return not nouns & adjectives


# a settlement's mark (an abbreviation with its dot, or the word): the capitalised word after
# it is the settlement's name ("с Театральной площади" is a preposition, no mark)
_SETTLEMENT_ABBREVIATIONS = frozenset({"пос.", "п.", "с.", "г.", "д.", "дер.", "пгт", "пгт."})
_SETTLEMENT_WORDS = frozenset(
    {"посёлок", "поселок", "посёлке", "поселке", "село", "селе", "деревня", "деревне"}
    | {"станица", "станице", "город", "городе"}
)


def _unknown_adjective(word: str) -> bool:
    """Whether a capitalised word the dictionary does not know has an adjective's ending
    ("в Крещатом парке": pymorphy3 guesses a noun): before a place noun such a word is the
    place name's adjective, attributes standing before their noun."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and _ADJECTIVE_END.search(word) is not None
        and not is_known(word.lower())
    )


_ADJECTIVAL_SURNAME = re.compile(r"(?:ский|цкий|ской|цкой)$")


@lru_cache(maxsize=4096)
def _surname_adjective(word: str) -> bool:
    """Whether a capitalised word with an adjective's ending is read by pymorphy3 only as a
    surname declined like an adjective ("Вуктыльском": "Вуктыльский"): before a place noun it
    agrees with the noun as the town's adjective does ("в Вуктыльском … комплексе")."""
    if not word[:1].isupper() or _ADJECTIVE_END.search(word) is None:
        return False
    found = _parses(word)
    return bool(found) and all(
        "Surn" in p.tag and _ADJECTIVAL_SURNAME.search(p.normal_form) for p in found
    )


@lru_cache(maxsize=16384)
def _adjective_reading(word: str, depth: int) -> bool:
    """Whether one of the word's `depth` likeliest readings is an adjective or a participle
    (cached per word: a post's place nouns share the words before them)."""
    return any("ADJF" in p.tag or "PRTF" in p.tag for p in _parses(word)[:depth])


def right_words(text: str, end: int) -> str:
    """What names a place after its noun at text[end] (a genitive chain, "№ N", a quoted
    name, "им. …", an address in brackets), with a leading space, or ""."""
    out: list[str] = []
    tail = text[end : end + 140]
    numbered = _NUMBERED_PART.match(tail)
    if numbered:  # "в лесном массиве 5 микрорайона": a part of a town named by its number
        return f" {' '.join(numbered.group(1).split())}"
    pos = 0
    if _MONUMENT.search(text, max(0, end - 12), end):  # "памятника героям войны": to whom
        pos = _dedicated_to(tail, out)
    for m in _TOKEN.finditer(tail, pos):
        if m.start() < pos:
            continue  # a phrase taken whole below ("для детей и юношества")
        token = m.group(0)
        gap = tail[pos : m.start()]
        named_after = bool(out) and (
            token.lower() in ("имени", "им.")
            or (
                any(w.lower() in ("имени", "им.") for w in out[-3:])
                and (out[-1].lower() in ("имени", "им.") or _initial(out[-1]))
            )
        )  # "… творчества им. С.П. Кадышева": the name the place is named after, whole
        if "\n" in gap or (len(out) >= 6 + sum(_initial(w) for w in out) and not named_after):
            break  # a long chain stops, but never between "им." and the name it announces
        if token[:1] == "N" and token[1:].strip()[:1].isdigit():
            token = "№" + token[1:]  # «гимназии N 12» → «№ 12»
        if token.startswith(("№", "«", '"')) and len(token) > 1:
            out.append(token + "»" * (token.count("«") - token.count("»")))  # balanced
        elif not out and pos == 0 and gap == " " and _school_number(text, end, tail, m):
            out.append(token.rstrip("."))  # "в лицее 8 пройдёт …": the school's number (no "№")
            break
        elif not out and pos == 0 and (jubilee := _ANNIVERSARY_NAME.match(tail, m.start())):
            out += jubilee.group(0).split()  # "на площади 30-летия Победы", "сквер 50-летия
            break  # ВЛКСМ": an anniversary in the genitive names the square or street
        elif not out and pos == 0 and token[:1].isupper() and token.isalpha() and gap == " ":
            out.append(token)  # "завод Автотор": the place's own name
        elif (
            len(out) == 1
            and out[0][:1].isupper()
            and out[0].isalpha()
            and gap == " "
            and token[:1].isupper()
            and len(token) > 3
            and _nominative_noun(token.rstrip("."))
        ):
            out.append(token.rstrip("."))  # "в парке Куракина Дача": the own name goes on with
            break  # a capitalised noun mid-sentence (a sentence's first word follows a point)
        elif (
            len(out) == 1
            and gap == " "
            and token.rstrip(".").isalpha()
            and token.islower()
            and _agreeing_name(out[0], token.rstrip("."))
        ):
            out.append(token.rstrip("."))  # "в сквере Дворянское гнездо", "в парке Зелёная
            break  # роща": an own name of an adjective and its noun, both in the nominative
        elif (
            not out
            and pos == 0
            and token[:1].isupper()
            and len(token) > 3  # not an initial ("Ф.")
            and token[:-1].isalpha()
            and gap == " "
        ):
            out.append(token[:-1])  # "на острове Кижи. Сотрудники …": the name ends a sentence
            break
        elif (locality := _LOCALITY_AFTER.match(tail, m.start())) is not None:
            out += locality.group(1).split()  # "в Центре культуры с. Маджалис", "в ДКЖ ст.
            break  # Абакан": the settlement the place is in, its short noun and its name
        elif token == "(" and (short := _SHORT_THEN_NAME.match(tail, m.start())):
            pos = short.end()  # "академии культуры и искусств (ЛГАКИ) имени Михаила …": the
            continue  # name goes on past its abbreviation (shown by with_abbreviation)
        elif token == "(" and (part := _PART_IN_BRACKETS.match(tail, m.start())):
            out.append(" ".join(part.group(0).split()))  # "Музей Мирового океана (экспозиция
            break  # «Мировой океан»)": the part of the place, by its name, in brackets
        elif token == "(" and (addr := ADDRESS.match(tail, m.end())):
            out.append(f"({tidy_address(addr.group(0))})")
            break
        elif token.lower() in ("на", "по") and (addr := ADDRESS.match(tail, m.end() + 1)):
            out.append(f", {tidy_address(addr.group(0))}")  # "… «Кругозор», ул. Горького, 2"
            break
        elif token.lower() == "на" and (street := _ON_STREET.match(tail, m.end())):
            out.append(f", {street_nominative(street.group(1))}")  # "в ДК на пл. Пушкина": the
            break  # square or street the place stands on, named without a house number
        elif token.lower() == "по" and (street := _BY_STREET.match(tail, m.end())):
            out.append(f", {by_street_shown(street.group(1))}")  # "на базе ДЮСШ по ул.
            break  # Макарова": the street (dative, singular) the place stands on, no number
        elif (
            not out
            and token.lower() in _BESIDE_WORDS
            and (near := _NAMED_NEAR.match(tail, m.end()))
        ):
            out += [token, *near.group(1).split()]  # "в сквере у Дома советов": which square
            break
        elif (
            all(w.startswith("№") for w in out)
            and token.lower() in _BESIDE_WORDS
            and (landmark := _landmark(tail, m.end()))
        ):
            out += [token, *landmark]  # "в сквере у драмтеатра", "в павильоне №2 у главного
            break  # входа ВДНХ": a landmark in the genitive tells which place
        elif not out and token.lower() == "для" and (whom := _FOR_WHOM.match(tail, m.start())):
            out += whom.group(1).split()  # "библиотека для детей и юношества": whom it serves,
            pos = whom.end()  # a part of its name
            continue
        elif token == "при" and (owner := _ATTACHED_TO.match(tail, m.end())):
            out += [token, *owner.group(1).split()]  # "в школе при Посольстве России"
            break
        elif out and out[-1][:1].isupper() and token[:1].isupper() and _place_name(token):
            out.append(token)  # "Национальной библиотеке Республики Татарстан"
            if token.endswith("."):
                break  # the sentence ends
        elif (
            out
            and out[-1].lower() in _NAMED_FEATURES
            and token[:1].isupper()
            and token.rstrip(".").isalpha()
        ):
            out.append(token.rstrip("."))  # "набережной озера Кабан", "реки Волхов": a lake's, a
            if token.endswith("."):  # river's name stays in the nominative after its noun
                break  # the sentence ends
        elif (
            out
            and out[-1].lower() in ("имени", "им.")
            and (ordinal := _NUMBERED_NAME.match(tail, m.start()))
        ):
            out += ordinal.group(0).split()  # "ДК имени 1 Мая", "клуб им. 50-летия Октября"
            break
        elif out and out[-1].lower() in ("имени", "им.") and _initial(token):
            out.append(token)  # "им. Ю. А. Гагарина": the initials, then the name
            pos = m.end()
            continue
        elif (
            (out and _initial(out[-1]) and token[:1].isupper())
            or (out and out[-1][:1].islower() and _apposition(token, out[-1]))
            or token.lower() in ("имени", "им.")
            or (
                token.lower() == "и"
                and out
                and _is_gent(tail[m.end() :].split()[:1])
                and not _opens_preposition(tail[m.end() :])
            )
            or (
                token[:1].isalpha()
                and token.lower() not in _STOP
                and _gent_or_name(token, out)
                and not _lone_pronoun(token, tail[m.end() :])
            )
        ):
            out.append(token)
            if token.endswith(".") and len(token) > 4 and token[:-1].isalpha():
                break  # "… юных натуралистов. Работы принимаются": the sentence ends
        else:
            break
        pos = m.end()
    return (" " + " ".join(out)).replace(" , ", ", ") if out else ""


# a settlement after a place, by its short noun and its name ("Центр культуры с. Маджалис",
# "ДКЖ ст. Абакан", "клуб пгт Верх-Чебула"): "с." and "п." are "село" and "посёлок" only
# before a capitalised name ("д. 5" is a house), their dot written ("парк с Дедом Морозом")
_LOCALITY_AFTER = re.compile(
    r"((?:(?:г|с|п|пос|д|дер|ст|х|р\.\s?п|с\.\s?п)\.|пгт\.?|рп\.?)\s*[А-ЯЁ][а-яё]+"
    r"(?:-[А-ЯЁа-яё][а-яё]+)*)"
    r"(?![\w-])"
)


# a part of the place in brackets, a noun in the nominative and its quoted name: "(экспозиция
# «Мировой океан»)", "(зал «Космос»)", "(корпус «Б»)", "(малый зал филармонии «…»)"
_PART_IN_BRACKETS = re.compile(
    r"\(\s*(?:[а-яё]+(?:ый|ий|ой|ая|яя)\s+)?(?:экспозиция|зал|корпус|павильон|филиал|отдел"
    r"|сцена|здание|крыло|площадка)(?:\s+[а-яё]+){0,2}\s+«[^«»\n]{1,60}»\s*\)"
)
# an abbreviation in brackets inside an official name, "имени" going on after it
_SHORT_THEN_NAME = re.compile(r"\(\s*[А-ЯЁ][А-ЯЁа-яё]{0,6}[А-ЯЁ]\s*\)(?=\s+(?:имени|им\.)\s)")


# a street or a square named after "на", no house number after it ("ДК на пл. Пушкина",
# "библиотека на улице Гагарина", "клуб на Советской улице"): where the place stands
_ON_STREET = re.compile(
    r"\s+((?:(?:ул|пл|наб|пр)\.|пр-те|(?:улице|площади|проспекте|набережной|бульваре|переулке)"
    r"(?![а-яё]))\s*[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:ой|ом)\s+(?:улице|площади|проспекте|набережной|бульваре|переулке))"
    r"(?![\w-])(?!\s*,?\s*(?:д\.|дом)?\s*\d)"
)

# a street in the dative singular after "по", without a house number (an address with one is
# ADDRESS's): "по ул. Макарова", "по улице Гагарина", "по Садовой улице"; a plural ("по
# улицам …") is a route, never a place's street
_BY_STREET = re.compile(
    r"\s+((?:(?:ул|пр)\.|(?:улице|проспекту|набережной|бульвару|переулку)"
    r"(?![а-яё]))\s*[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:ой|ому)\s+(?:улице|проспекту|набережной|бульвару|переулку))"
    r"(?![\w-])(?!\s*,?\s*(?:д\.|дом)?\s*\d)"
)


_STREET_PREPOSITION = re.compile(r"\s+(по|на)(?=\s)", re.IGNORECASE)


def street_after(text: str, end: int) -> tuple[int, str] | None:
    """The street a place stands on, said right after it at text[end] with "по" (dative) or
    "на" (locative), with or without a house number ("школа по ул. Макарова", "библиотека
    по улице Ленина, 3", "ДК на пл. Пушкина"): (where it ends, its display form with the
    street word in the nominative); None otherwise ("по улицам …" is a route)."""
    lead = _STREET_PREPOSITION.match(text, end)
    if lead is None:
        return None
    if (addr := ADDRESS.match(text, lead.end() + 1)) is not None:
        return addr.end(), tidy_address(addr.group(0))
    if lead.group(1).lower() == "по":
        street = _BY_STREET.match(text, lead.end())
        return (street.end(), by_street_shown(street.group(1))) if street else None
    street = _ON_STREET.match(text, lead.end())
    return (street.end(), street_nominative(street.group(1))) if street else None


def by_street_shown(street: str) -> str:
    """A street said in the dative after «по», in the nominative: its street word
    (street_nominative) and an adjective name after it («ул. Лесной» -> «ул. Лесная»,
    «улице Садовой» -> «улица Садовая»; pymorphy3's likeliest reading an adjective in the
    dative, its form agreeing with the street word: «-ой» is a dative of four); a name in
    the genitive («ул. Макарова», «проспекту Мира») as written."""
    words = street_nominative(street).split(" ")
    last = words[-1]
    found = _parses(last) if len(words) > 1 and last[:1].isupper() else ()
    if not found or found[0].tag.POS != "ADJF":
        return " ".join(words)
    dative = next((p for p in found if p.tag.POS == "ADJF" and p.tag.case == "datv"), None)
    nominative = dative.inflect({"nomn"}) if dative is not None else None
    if nominative is not None:
        words[-1] = nominative.word.capitalize()
    return " ".join(words)


# a part of a town or of a building named by its number, in the genitive after the place:
# "5 микрорайона", "5-го мкр", "3 квартала", "2 корпуса"
_NUMBERED_PART = re.compile(
    r"\s+(\d{1,3}(?:-?го)?\s+(?:микрорайона|мкр\.?|квартала|корпуса))(?![а-яё])"
)
# what a place is attached to, by its name ("при Посольстве России", "при МГУ"); "при
# поддержке …", "при участии …" in small letters name no place
_ATTACHED_TO = re.compile(r"\s+((?:[А-ЯЁ]{2,8}|[А-ЯЁ][а-яё]+)(?:\s+[А-ЯЁ][а-яё]+)?)(?![А-ЯЁа-яё])")
# nouns of natural features in the genitive, their proper name after them in the nominative
_NAMED_FEATURES = frozenset(
    {"озера", "реки", "пруда", "залива", "моря", "острова", "полуострова", "горы", "урочища"}
)
# a name after "имени" opening with a number: a date ("1 Мая", "8 Марта") or an anniversary
# ("50-летия Октября", "40-летия ВЛКСМ") and the capitalised word it names
_NUMBERED_NAME = re.compile(r"\d{1,3}(?:-?летия)?\s+[А-ЯЁа-яё]+(?:\s+[А-ЯЁ][А-ЯЁа-яё]+)?")
# an anniversary right after a place's noun, the capitalised word(s) it is of: the place's
# name ("площадь 30-летия Победы", "сквер 50-летия ВЛКСМ", "улица 40-летия Октября")
_ANNIVERSARY_NAME = re.compile(r"\d{1,3}-?летия\s+[А-ЯЁ][А-ЯЁа-яё]+(?:\s+[А-ЯЁ][А-ЯЁа-яё]+)?")
_BESIDE_WORDS = frozenset({"у", "возле", "около", "напротив"})
# a capitalised landmark in the genitive and its genitive word ("у Дома советов")
# ("у Покровского Кафедрального Собора": up to three capitalised words of one name)
_NAMED_NEAR = re.compile(
    r"\s+([А-ЯЁ][а-яё]+(?:\s+[а-яё]+(?:ов|ев|ей|ых|их|а|я|и|ы)"
    r"|(?:\s+[А-ЯЁ][а-яё]+(?:ого|его|ой|ей|ых|их|а|я|ы|и)){1,2})?(?![а-яё])"
    # the landmark's own quoted name ("у Дворца культуры «Молодёжный»")
    r"(?:\s+«[^«»\n]{2,60}»)?)"
)


# whom an institution serves, a part of its name ("библиотека для детей и юношества",
# "центр для детей и молодёжи", "театр для детей")
_FOR_WHOM = re.compile(
    r"(?i)(для\s+(?:детей(?:\s+и\s+(?:юношества|молод[её]жи))?|юношества|молод[её]жи))(?![а-яё])"
)
# a monument's noun: whom it stands to follows it in the dative ("памятник героям войны",
# "обелиск жертвам блокады", "мемориал воинам-интернационалистам", "памятник Пушкину")
_MONUMENT = re.compile(r"(?i)(?:памятник|обелиск|монумент|мемориал|стел|бюст)[а-яё]{0,3}$")
# a word of a landmark phrase: an adjective in the genitive, then the landmark's noun
# (a street's abbreviation is no landmark's noun: "у ул. Прорезной")
_LANDMARK_WORD = re.compile(
    r"\s+(?!(?:ул|пр|пл|пер|наб|просп|д|г)\.)([а-яё]+(?:-[а-яё]+)?)(?![\w-])"
)
_LANDMARK_ADJECTIVE = re.compile(r"[а-яё]+(?:ого|его|ой|ей|ых|их)")
# what may name the landmark after its noun: an abbreviation, a quote, a capitalised name
# and its genitive word ("арки Дружбы народов")
_LANDMARK_NAME = re.compile(
    r"\s+((?:[А-ЯЁ]{2,8}|«[^«»\n]{2,60}»|\"[^\"\n]{2,60}\""
    r"|[А-ЯЁ][а-яё]+(?:\s+[а-яё]+(?:ов|ев|ей|ых|их))?)(?![\w-]))"
)


# a school's noun ending where its number may follow without "№"
_SCHOOL_NOUN_END = re.compile(r"(?i)(?:школ|лице|гимнази)[а-яё]*$")


def _school_number(text: str, end: int, tail: str, token: re.Match[str]) -> bool:
    """Whether `token` (of `tail`, the text after a place noun ending at `end`) is a bare
    number of one to three digits naming the school before it ("в лицее 8", "в
    школе-гимназии 4"): the noun is a school's, and what follows the number is a mark, the
    clause's end or a verb (village_may_end), never a counted word or a month ("в школе 5
    классов", "в школе 15 мая")."""
    number = token.group(0).removesuffix(".")  # "в школе 2." ends its sentence
    return (
        number.isdigit()
        and len(number) <= 3
        and _SCHOOL_NOUN_END.search(text, max(0, end - 20), end) is not None
        and village_may_end(tail, token.start() + len(number))
    )


def _dedicated_to(tail: str, out: list[str]) -> int:
    """Add to `out` the words in the dative that open `tail` after a monument's noun (to whom
    it stands: "героям-землякам", "жертвам", "Воину-Победителю"; up to four, pymorphy3's
    likeliest two readings); returns where they end in `tail` (0: none)."""
    pos = 0
    for m in _TOKEN.finditer(tail):
        token = m.group(0)
        if tail[pos : m.start()] not in (" ", "") or len(out) >= 4 or not _dative(token):
            break
        out.append(token)
        pos = m.end()
    return pos


@lru_cache(maxsize=4096)
def _dative(word: str) -> bool:
    """Whether one of the word's two likeliest readings is a dative noun or adjective."""
    if not word.replace("-", "").isalpha():
        return False
    return any("datv" in p.tag and ("NOUN" in p.tag or "ADJF" in p.tag) for p in _parses(word)[:2])


def _landmark(tail: str, at: int) -> list[str] | None:
    """The landmark after "у"/"возле"/"около"/"напротив" at tail[at] in small letters: up to
    two adjectives and an inanimate noun in the genitive (pymorphy3), then its name if one
    follows ("главного входа ВДНХ"); None when the words there are no such phrase (a person:
    "у директора")."""
    words: list[str] = []
    pos = at
    while len(words) < 3:
        m = _LANDMARK_WORD.match(tail, pos)
        if m is None:
            return None
        word = m.group(1)
        words.append(word)
        pos = m.end()
        if len(words) < 3 and _LANDMARK_ADJECTIVE.fullmatch(word) and _adjective_gent(word):
            continue
        if not _inanimate_gent(word):
            return None
        named = _LANDMARK_NAME.match(tail, pos)
        return [*words, *named.group(1).split()] if named else words
    return None


def _adjective_gent(word: str) -> bool:
    return any("ADJF" in p.tag and "gent" in p.tag for p in _parses(word))


def _inanimate_gent(word: str) -> bool:
    found = _parses(word)[:2]
    return (
        bool(found)
        and "NOUN" in found[0].tag
        and "anim" not in found[0].tag
        and any("NOUN" in p.tag and "gent" in p.tag and "anim" not in p.tag for p in found)
    )


def _apposition(word: str, noun: str) -> bool:
    """Whether a capitalised word after a genitive `noun` names it in the nominative
    ("поселения Щаповское", "села Красное", "посёлка Кедровый"): its likeliest reading
    (pymorphy3) is a nominative adjective of the noun's gender and number, the settlement's
    name left undeclined ("филармонии Литературный театр" opens another phrase)."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    found = _parses(word)
    if not found or "ADJF" not in found[0].tag or found[0].tag.case != "nomn":
        return False
    head = next((p for p in _parses(noun)[:2] if "NOUN" in p.tag and p.tag.case == "gent"), None)
    return head is not None and (
        head.tag.number == found[0].tag.number == "sing" and head.tag.gender == found[0].tag.gender
    )


def _opens_preposition(rest: str) -> bool:
    """Whether `rest` opens with a preposition ("… юных техников и в ДЮСТШ"): "и" there joins
    another place phrase, not another genitive naming this place (pymorphy3 reads "в" as a
    genitive noun too)."""
    word = rest.split()[:1]
    found = _parses(word[0]) if word and word[0].isalpha() else ()
    return bool(found) and found[0].tag.POS == "PREP"


def _initial(word: str) -> bool:
    """Whether a word is an initial ("А.", "С.М.") or a first name cut short ("Арк.")."""
    return _INITIAL.fullmatch(word) is not None or _CUT_NAME.fullmatch(word) is not None


_FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


@lru_cache(maxsize=4096)
def _agreeing_name(adjective: str, noun: str) -> bool:
    """Whether a capitalised word after a place noun and the lower-case word after it are an
    own name of an adjective and its noun ("Дворянское гнездо", "Зелёная роща"): the first
    has a nominative adjective reading (pymorphy3), one of the second's two likeliest readings
    is a common noun in the nominative of the same gender and number. A name after a place noun
    keeps its nominative whatever the noun's case, so a noun in another case ("в парке
    Победы вход") or a verb ("в сквере Весеннем пройдёт") is no part of it. A word read first
    as a preposition or conjunction ("по", whose second reading is the abbreviation ПО) is no
    noun, and an abbreviation ("ДЮСШ", read also as an indeclinable adjective) no adjective:
    "на базе ДЮСШ по ул. …" names no «ДЮСШ по»."""
    if not (adjective[:1].isupper() and adjective.isalpha()):
        return False
    found = _parses(noun)
    if not found or found[0].tag.POS in _FUNCTION_WORDS:
        return False
    nouns = [p.tag for p in found[:2] if {"NOUN", "nomn"} <= p.tag.grammemes]
    return any(
        {"ADJF", "nomn"} <= p.tag.grammemes
        and "Fixd" not in p.tag
        and p.tag.number == tag.number
        and (tag.number == "plur" or p.tag.gender == tag.gender)
        for p in _parses(adjective)
        for tag in nouns
    )


def _nominative_noun(word: str) -> bool:
    """Whether the likeliest reading of a capitalised word is a common noun in the nominative
    singular ("Дача", "Роща"), not a person's or a place's name (pymorphy3); an inanimate
    masculine one read first as the accusative ("Локомотив", "Салют") is its nominative too,
    the two forms being one."""
    found = _parses(word)
    if not found or {"Name", "Surn", "Patr", "Geox"} & found[0].tag.grammemes:
        return False
    first = found[0].tag.grammemes
    if {"NOUN", "nomn", "sing"} <= first:
        return True
    return {"NOUN", "accs", "sing", "inan", "masc"} <= first and any(
        "nomn" in p.tag and p.normal_form == found[0].normal_form for p in found[1:]
    )


def _place_name(word: str) -> bool:
    """Whether the likeliest reading of a word is a place name (pymorphy3's Geox)."""
    found = _parses(word.rstrip(".,;:"))
    return bool(found) and "Geox" in found[0].tag


def _lone_pronoun(token: str, rest: str) -> bool:
    """ "в зале всего 15 мест": a pronoun-like word ("всего", "этого") names the place only
    with a genitive noun after it ("в зале этого музея")."""
    found = _parses(token)
    if not found or not ({"Apro", "NPRO"} & set(str(found[0].tag).replace(" ", ",").split(","))):
        return False
    return not _is_gent(rest.split()[:1])


def _gent_or_name(token: str, out: list[str]) -> bool:
    if token.isupper() and len(token) >= 2:
        return True  # "ММО", "КГТУ"
    if out and out[-1].lower() in ("имени", "им."):
        return True
    return _is_gent([token]) and not _finite_verb(token)


def _is_gent(words: list[str]) -> bool:
    if not words:
        return False
    return _genitive_reading(words[0].strip(",.;:"))


@lru_cache(maxsize=16384)
def _genitive_reading(word: str) -> bool:
    """Whether one of the word's two likeliest readings is a genitive noun, adjective or
    participle (cached per word)."""
    return any(
        "gent" in p.tag and ("NOUN" in p.tag or "ADJF" in p.tag or "PRTF" in p.tag)
        for p in _parses(word)[:2]
    )


def _finite_verb(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a finite verb nine times in ten ("были"): such a
    word ends a place's genitive chain ("в архиве района были организованы"), however rare
    its noun reading ("быль")."""
    found = _parses(word.strip(",.;:"))
    return bool(found) and found[0].tag.POS == "VERB" and found[0].score >= 0.9


# "в Менделеево", "в Пушкино": a place name in -ово/-ево/-ино/-ыно is often left undeclined
_UNDECLINED = re.compile(r"(?:ов|ев|ин|ын)о$")


def city(text: str, event_sentence: tuple[int, int] | None = None) -> str | None:
    """The city the post names ("в Санкт-Петербурге", "в г. Усть-Каменогорск"), in the
    nominative (pymorphy3's Geox names); the last resort of a venue. A town opening the
    headline (the first line: "В Сургуте состоятся …") only when no sentence names one after
    a small "в" (the body's "в Санкт-Петербурге" over the headline's "В России"). A town
    named in the event's sentence (`event_sentence`, offsets into `text`) comes first, with
    a capital "В" too: the sentence that states the event states where it is ("школа в
    Новосибирске была учреждена … 23 – 25 августа в Академгородке состоятся …")."""
    if event_sentence is not None:
        start, end = event_sentence
        here = text[start:end]
        town = _town(list(_CITY.finditer(here)))
        if town is None:
            town = next(filter(None, (_bare_village(m, here) for m in _CITY.finditer(here))), None)
        if town is not None:
            return town
    headline = text.find("\n") % (len(text) + 1)  # the first line (the whole text if one)
    found = [  # "в Самаре" of a sentence before "В …" opening the headline; a body's sentence
        m  # opening "В России …" tells of the country, not where the event is
        for m in _CITY.finditer(text)
        if m.group(0).lstrip()[:1] != "В" or m.start() < headline
    ]
    return _town(sorted(found, key=lambda m: m.group(0).lstrip()[:1] == "В"))


# countries (pymorphy3's normal forms): a Geox name the dictionary does not tell from a town,
# the coarsest place a post names (narrower_than_country)
_COUNTRIES = frozenset(
    {"россия", "беларусь", "белоруссия", "казахстан", "украина", "израиль", "китай"}
    | {"армения", "грузия", "азербайджан", "узбекистан", "киргизия", "кыргызстан"}
    | {"таджикистан", "туркмения", "туркменистан", "монголия", "абхазия", "молдавия"}
    | {"молдова", "латвия", "литва", "эстония", "польша", "германия", "франция", "италия"}
    | {"испания", "финляндия", "турция", "индия", "япония", "вьетнам", "египет", "сербия"}
    | {"болгария", "чехия"}
)


def is_country(name: str) -> bool:
    """Whether `name` (a place in the nominative, any case of letters) is a country of
    _COUNTRIES."""
    return name.lower() in _COUNTRIES


def narrower_than_country(text: str, town: str) -> str | None:
    """A region or a town the post names after "в" anywhere (_REGION, _CITY), the first in
    the text, when `town` (city()'s answer) is a country ("пройдёт в Беларуси … соберёт в
    Гомельской области" -> "Гомельская область"): the event is held somewhere in it, and a
    country is the coarsest answer. None when `town` is no country or nothing narrower is
    named."""
    if town.lower() not in _COUNTRIES:
        return None
    found: list[tuple[int, str]] = []
    for m in _CITY.finditer(text):
        name = _town([m])
        if name is not None and name.lower() not in _COUNTRIES:
            found.append((m.start(), name))
            break
    for m in _REGION.finditer(text):
        words = m.group(1).split()
        if words[0] != "Республике":
            found.append((m.start(), " ".join(to_nominative(words, case="loct"))))
            break
        if not any(p.normal_form in _COUNTRIES for p in _parses(words[1])[:2]):
            found.append((m.start(), " ".join(["Республика", *words[1:]])))  # «в Республике Коми»
            break  # (not «в Республике Беларусь»: the country again)
    return min(found)[1] if found else None


# a region or a district named after "в": "в Костромской области", "в Алтайском крае", "в
# Угранском районе", "в Ханты-Мансийском автономном округе", "в Республике Коми"
_REGION = compile_with_scan(
    r"(?:^|(?<=[\s(,;]))[Вв]о?\s+((?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ой|ом)\s+)"
    r"(?:автономном\s+)?(?:области|крае|районе|округе)|Республике\s+[А-ЯЁ][а-яё]+"
    r"(?:\s+[А-ЯЁ][а-яё]+)?)(?![а-яё])"
)


def region(text: str, event_sentence: tuple[int, int] | None = None) -> str | None:
    """The region or district the event's sentence or the headline (the first line) names
    after "в", in the nominative ("В Костромской области посадят …" -> "Костромская
    область"): where a regional event is held when the post names no narrower place, a
    venue's last resort after a town (city()); None when neither names one (a region told of
    in passing elsewhere in the post is not where the event is)."""
    spans = [event_sentence] if event_sentence is not None else []
    spans.append((0, text.find("\n") % (len(text) + 1)))
    for start, end in spans:
        m = _REGION.search(text, start, end)
        if m is not None:
            words = m.group(1).split()
            if words[0] == "Республике":
                return " ".join(["Республика", *words[1:]])
            return " ".join(to_nominative(words, case="loct"))
    return None


# a rural settlement's kind noun after "в" (in _CITY) and the abbreviation whose gender it has
_SETTLEMENT_KINDS = {"посёлке": "п", "поселке": "п", "селе": "с", "деревне": "д", "станице": "ст"}


# what may follow a village named bare: no word (a noun the name is the adjective of: "в
# Сосновском районе", "в Сосновском парке") but a number, a verb, a mark or a clause's end;
# a verb in the present or future («пройдёт», «начнутся») or in the past, as a report tells
# it («прошёл», «прошла», «состоялась», «собрались»)
_AFTER_VILLAGE = re.compile(
    r"\s*(?:$|[,.;:!?)\d—–-]"
    r"|(?P<verb>[а-яё]+(?:ся|сь|ет|ёт|ит|ут|ют|ят|л|ла|ло|ли))(?![а-яё]))"
)


def village_may_end(sentence: str, at: int) -> bool:
    """Whether what follows a bare village name ending at offset `at` of `sentence` lets it
    stand alone (_AFTER_VILLAGE): a number, a mark, the clause's end, or a word pymorphy3
    reads first as a verb («пройдёт», «состоится»; never «билет», «кабинет», «совет»)."""
    m = _AFTER_VILLAGE.match(sentence, at)
    if m is None:
        return False
    word = m.group("verb")
    if word is None:
        return True
    found = _parses(word)
    return bool(found) and found[0].tag.POS == "VERB"


def _bare_village(m: re.Match[str], sentence: str) -> str | None:
    """A village the dictionary does not know, named bare after "в" in the event's sentence
    (a _CITY match with no kind noun: "решено провести в Кузьмихе" -> "Кузьмиха", "в
    Вельяминовском 19 мая состоится" -> "Вельяминовское"), in the nominative: an unknown
    word with a locative reading that is no person's name, nothing but a number, a verb or
    a mark after it (an adjective's own noun would follow it); None otherwise. (A known
    adjective alone, "в Лесном", is left to the rest of the post: it may name a town whose
    stadium the post goes on to name.)"""
    name = m.group(2).strip()
    if m.group(1) or " " in name or "-" in name or is_known(name.lower()):
        return None
    if not village_may_end(sentence, m.end()):
        return None
    reading = next(  # (a person's name is no village: "Кузьмихе" may read as "Кузьма" too)
        (
            p
            for p in _parses(name)[:3]
            if p.tag.case == "loct"
            and {"NOUN", "ADJF"} & p.tag.grammemes
            and not {"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes
        ),
        None,
    )
    if reading is None:
        return None
    # an adjective names a village in the gender of the neuter "село" ("Вельяминовское")
    wanted = {"nomn", "neut"} if "ADJF" in reading.tag else {"nomn"}
    nominative = reading.inflect(wanted)
    return nominative.word.capitalize() if nominative is not None else None


# a district of a town: «в Индустриальном районе Барнаула», «в Кировском районе Перми»
_TOWN_DISTRICT = compile_with_scan(
    r"(?:^|(?<=[\s(,;]))[Вв]о?\s+([А-ЯЁ][а-яё]+(?:ом|ой)\s+районе)"
    r"\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)(?![а-яё])"
)


def town_district(text: str, event_sentence: tuple[int, int] | None = None) -> str | None:
    """The district of a town that the event's sentence or the headline (the first line)
    names, the town in the genitive after it («в Индустриальном районе Барнаула» ->
    "Индустриальный район Барнаула"): narrower than the town itself (city()), which a
    headline often names alone («… пройдёт в Барнауле»). None when neither names one, or
    the word after «районе» is no town in the genitive (pymorphy3's Geox)."""
    spans = [event_sentence] if event_sentence is not None else []
    spans.append((0, text.find("\n") % (len(text) + 1)))
    for start, end in spans:
        for m in _TOWN_DISTRICT.finditer(text, start, end):
            town = m.group(2)
            if any("Geox" in p.tag and "gent" in p.tag for p in _parses(town)[:3]):
                district = " ".join(to_nominative(m.group(1).split(), case="loct"))
                return f"{district} {town}"
    return None


# the endings of an adjective in the nominative (a settlement's two-word name after its kind)
_NOMINATIVE_ADJECTIVE = ("ый", "ий", "ая", "яя", "ое", "ее")


def _town(found: list[re.Match[str]]) -> str | None:
    """The first of `found` (_CITY matches) that names a town (a Geox reading), nominative;
    after a rural settlement's kind noun ("в селе Покровское", "в посёлке Лесном") any
    capitalised name is one, known to the dictionary or not (the noun says what it is)."""
    for m in found:
        *adjectives, name = m.group(2).split()
        kind = _SETTLEMENT_KINDS.get((m.group(1) or "").strip().lower())
        parses = _parses(name)
        if kind and not adjectives and not any("Geox" in p.tag for p in parses[:3]):
            return _settlement_nominative(name, kind)
        if kind and adjectives and adjectives[-1].endswith(_NOMINATIVE_ADJECTIVE):
            return m.group(2)  # "в посёлке Сосновый Бор": the name as written, nominative
        for p in parses[: 3 if m.group(1) else 2]:
            if "Geox" in p.tag and ("loct" in p.tag or m.group(1) or _UNDECLINED.search(name)):
                city = "-".join(w.capitalize() for w in str(p.normal_form).split("-"))
                if adjectives:  # "в Нижнем Новгороде" -> "Нижний Новгород"
                    return " ".join(to_nominative([*adjectives, name], case="loct"))
                return city
    return None


def tidy_address(address: str) -> str:
    """An address without "по адресу:", with single spaces and its street word in the
    nominative ("на улице Ленина, 5" -> "улица Ленина, 5")."""
    address = " ".join(re.sub(r"(?i)^по\s+адресу\s*:?\s*", "", address).split()).strip(" ,;")
    return street_nominative(address)


_STREET_LOCATIVE = {
    "улице": "улица",
    "улицу": "улица",
    "проспекте": "проспект",
    "проспекту": "проспект",
    "переулку": "переулок",
    "бульвару": "бульвар",
    "пр-те": "пр-т",
    "переулке": "переулок",
    "бульваре": "бульвар",
    "набережной": "набережная",
    "площади": "площадь",
}
_STREET_WORD = re.compile(
    rf"(?i)(?<![а-яё-])([А-ЯЁ][а-яё]+(?:ом|ой)\s+)?({'|'.join(_STREET_LOCATIVE)})(?![а-яё])"
)


def street_nominative(address: str) -> str:
    """ "улице Олега Кошевого, 2" -> "улица Олега Кошевого, 2", "Ленинском проспекте, 30" ->
    "Ленинский проспект, 30": the street word of an address written after "на" (and its
    adjective, with pymorphy3) put back in the nominative, the rest as written."""
    m = _STREET_WORD.search(address)
    if m is None:
        return address
    noun = _STREET_LOCATIVE[m.group(2).lower()]
    words = [m.group(1).strip(), m.group(2)] if m.group(1) else []
    head = " ".join([*to_nominative(words, case="loct")[:1], noun]) if words else noun
    return f"{address[: m.start()]}{head}{address[m.end() :]}"


# "На Звездинке", "на Арбате": a capitalised name after "на" (cities take "в": city())
_ON_NAME = compile_with_scan(r"(?:^|[\s(,;])[Нн]а\s+([А-ЯЁ][а-яё]{3,})(?![А-ЯЁа-яё-])(?!\s+[А-ЯЁ])")


_HEADING_END = re.compile(r"[.!?\n]|$")


def local_name(text: str, event_sentence: tuple[int, int] | None) -> str | None:
    """A local place named by itself after "на" ("На Звездинке появится …" -> "Звездинка",
    "на Арбате" -> "Арбат"), in the nominative: a word pymorphy3 knows as a place name
    (Geox), or one it does not know at all, read as an inanimate noun in the locative. Known
    common nouns ("на Масленице", "на Госуслугах") and guessed place names of sites ("на
    Рутубе") are not places; nor is one named outside the post's heading (its first
    sentence) and the event's sentence, or in a sentence told in the past ("Масленицу на Руси всегда
    отмечали" is history); None when the post names none."""
    heading = (0, _HEADING_END.search(text).start())  # type: ignore[union-attr]
    spans = [heading, event_sentence] if event_sentence else [heading]
    for m in _ON_NAME.finditer(text):
        word = m.group(1)
        span = next(((a, b) for a, b in spans if a <= m.start(1) < b), None)
        if span is None or _told_in_past(text[span[0] : span[1]]):
            continue
        known = is_known(word.lower())
        for p in _parses(word)[:3]:
            if "NOUN" not in p.tag or p.tag.case not in ("loct", "loc2") or "anim" in p.tag:
                continue
            if ("Geox" in p.tag) == known:  # a known place name, or an unknown word
                return str(p.normal_form).capitalize()
    return None


# a quoted name right after "в"/"на", no noun before it: "в «Ёлочке»", "на «зелёной поляне»"
_IN_QUOTED = compile_with_scan(
    r"(?:^|[\s(,;])(?:[Вв]о?|[Нн]а)\s+[«\"]([А-ЯЁа-яё][а-яё-]*(?:\s+[а-яё-]+){0,2})[»\"]"
)


_TAKES_PART = re.compile(r"(?i)участи[еяю]|участв")


def quoted_local_name(text: str, event_sentence: tuple[int, int] | None) -> str | None:
    """A place named only by its quoted name right after "в"/"на" in the event's sentence
    (`event_sentence`), its last word an inanimate noun in the locative (pymorphy3): "в
    «Ёлочке» пройдёт …" -> "«Ёлочка»", "в Омске на «зелёной поляне»" -> "«зелёная поляна»";
    shown in the nominative in its quotes. Nothing in a sentence told in the past, nor a
    quote whose last word cannot be a locative ("на «Пушкинскую карту»"), nor one whose
    clause does not hold the event there (_held_there: "в «Госуслугах» откроется запись", "в
    «Пушкинской карте» появится …"); None otherwise."""
    if event_sentence is None:
        return None
    start, end = event_sentence
    if _told_in_past(text[start:end]):
        return None
    for m in _IN_QUOTED.finditer(text, start, end):
        words = m.group(1).split()
        if _TAKES_PART.search(text, start, m.start()):
            continue  # "примут участие 5 июня в «Большой перемене»": a contest, no place
        if not _held_there(text, m.start(), m.end(), event_sentence):
            continue  # "в «Госуслугах» откроется запись": a service, a card, an app
        if not any(
            "NOUN" in p.tag and p.tag.case in ("loct", "loc2") and "anim" not in p.tag
            for p in _parses(words[-1])[:3]
        ):
            continue
        shown = to_nominative(words, case="loct")
        if words[0][:1].isupper():
            shown[0] = shown[0][:1].upper() + shown[0][1:]
        return f"«{' '.join(shown)}»"
    return None


# the clause of a quoted name runs between these marks; a sign-up's nouns
_CLAUSE_BREAK = re.compile(r"[,;:—–\n]")
_SIGN_UP = re.compile(r"(?i)запис|заяв(?:к|ок)|регистр")
_CLAUSE_WORDS = re.compile(r"[а-яё]+")


def _held_there(text: str, at: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the clause of the quoted name at text[at:end] (within `sentence`) holds the
    event there: a verb whose place is the event's (EVENT_VERBS: «пройдёт», «состоится»,
    «ждём»), or no predicate at all («Утренник 27 декабря в «Ёлочке»»). Another verb or a
    short adjective («появится», «доступны», «принимаются») or a sign-up («откроется
    запись», «регистрация») says what a service, a card, an app or a programme offers."""
    left = sentence[0]
    for mark in _CLAUSE_BREAK.finditer(text, sentence[0], at):
        left = mark.end()
    right = _CLAUSE_BREAK.search(text, end, sentence[1])
    clause = text[left : right.start() if right else sentence[1]].lower()
    if _SIGN_UP.search(clause):
        return False
    predicate = False
    for word in _CLAUSE_WORDS.findall(clause):
        found = _parses(word)
        if not found:
            continue
        if found[0].normal_form in EVENT_VERBS:
            return True
        if found[0].tag.POS in ("VERB", "INFN", "ADJS") and found[0].normal_form != "быть":
            predicate = True
    return not predicate


def _told_in_past(sentence: str) -> bool:
    """Whether a verb of the sentence is in the past tense by its likeliest reading."""
    return any(
        (found := _parses(w)) and "VERB" in found[0].tag and "past" in found[0].tag
        for w in re.findall(r"[а-яё]{3,}", sentence.lower())
    )


# a locality by its kind's abbreviation and its name: "ст. Орехово", "пос. Каменка", "оз.
# Курочкино", "с. Луговое", "дер. Ивановка", "пгт Янтарный" (small letters: "С. Иванов" is
# a person's initial; a number after "д."/"п."/"ст." is a house, an item or an article)
_LOCALITY = compile_with_scan(
    r"(?<![А-ЯЁа-яё.-])(?:(ст|пос|п|с|дер|д|оз|х)\.|(пгт|мкр)\.?\s)[ \t]*"
    r"([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁа-яё][а-яё]+)?(?:[ \t]+[А-ЯЁ][а-яё]{2,})?)(?![а-яё-])"
)


def locality(text: str) -> str | None:
    """The first locality a post names by its kind's abbreviation ("ст.Орехово" -> "ст.
    Орехово"), as written with one space; a venue's last resort before a city (city())."""
    m = _LOCALITY.search(text)
    if m is None:
        return None
    kind = m.group(1) or m.group(2)
    return f"{kind}. {_settlement_nominative(m.group(3), kind)}"


# the gender of each locality kind's noun: an adjective naming the locality agrees with it
_KIND_GENDER = {"ст": "femn", "дер": "femn", "д": "femn", "с": "neut", "оз": "neut"}


def _settlement_nominative(name: str, kind: str) -> str:
    """ "Октябрьском" (of "в п. Октябрьском") -> "Октябрьский", "Луговом" (of "в с. Луговом")
    -> "Луговое", "Ивановке" -> "Ивановка": a one-word name whose readings (pymorphy3) hold a
    locative and no nominative, put in the nominative (an adjective in the gender of the
    locality's kind, `kind` its abbreviation); any other name as written ("Орехово")."""
    if " " in name or "-" in name:
        return name
    found = _parses(name)
    if any(p.tag.case == "nomn" for p in found):
        return name
    reading = next(
        (p for p in found if p.tag.case == "loct" and {"ADJF", "NOUN"} & p.tag.grammemes), None
    )
    if reading is None:
        return name
    wanted = {"nomn", _KIND_GENDER.get(kind, "masc")} if "ADJF" in reading.tag else {"nomn"}
    nominative = reading.inflect(wanted)
    return nominative.word.capitalize() if nominative is not None else name
