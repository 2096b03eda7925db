"""Venues of chat messages beyond the school's own rooms: "204 кабинет", "спортзал №2",
"в школе №94", "в КГТУ", "у 18-го причала", an address ("ул. …, д. 43, корпус 2; этаж 3",
"Советский пр-т, 1") and a link of an online event. Each rule takes its words from the
Scanner, so the venue leaves the title (an organisation's abbreviation stays in it too)."""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.legal_forms import quoted_after_form
from bot.core.language.links import signs_up
from bot.core.language.meeting import clause_apart_clock, clause_before, meeting_point
from bot.core.language.morphology import parses, to_nominative
from bot.core.language.place_display import brand_spelling
from bot.core.language.place_nouns import partner_host
from bot.core.language.place_parts import parts_before
from bot.core.language.place_sites import bare_lemma
from bot.core.language.place_verbs import verb_free_end
from bot.core.language.place_words import compound_head, right_words, street_after
from bot.core.language.places import find_venue
from bot.core.language.tokens import Scanner

_PARTNER_LINE = 100  # characters: a one-sentence post is read like a long post (places.py)
# "204 кабинет", "в 214 каб", "в 12 ауд." (not "в 12 каб 5": 12 is then a time)
_ROOM_FIRST = re.compile(
    r"(?<![\w.:-])(?:во?\s+)?(\d{1,4}[а-я]?)\s+(кабинет\w*|аудитори\w*|(?:каб|ауд)(?![а-я])\.?)"
    r"(?![а-я])(?!\s*[.:№]?\s*\d+(?![\dа-я]))"
)
# "КГТУ корпус 2", "в БФУ, корп. 3": an organisation's building
_ORG_BUILDING = re.compile(
    r"(?<![\w-])(?:(?:в|во|на)\s+)?([а-яё]{2,6})\s*,?\s*(?:корпус|корп\.)\s*№?\s*(\d{1,2}[а-я]?)(?![\w.:])"
)
_NUMBERED_HALL = re.compile(r"\b(спортзал|спортивный\s+зал|зал|корпус|павильон)\s*№\s*(\d{1,3})")
_ADDRESS = re.compile(
    r"(?:по\s+адресу\s*:?\s*)?(?:(?:ул\.|улица|пр-к?т|проспект|пер\.|переулок|бульвар|наб\.|пл\."
    # «пр. Мира, 4» (never «и пр.», «and so on»: «… и пр. Начало в 10:00» is a clock)
    r"|(?<![а-яё])(?<!\sи\s)пр\.)"
    r"\s*[а-я0-9](?:(?!\sв\s\d)[\w .-]){1,30}?"
    r"|[а-я]+(?:ий|ый|ой|ая|ом|ей)\s+(?:пр-т[е]?|проспект[е]?|ул\.|улиц[аеы]|бульвар[е]?))"
    r",?\s*(?:д\.\s*(?:№\s*)?|дом\s*№\s*|дом\s+)?\d{1,4}(?:[а-я]|\s?«[а-я]»|\s?\"[а-я]\")?(?![\d:.]\d)"
    r"(?:\s*[,;]\s*(?:корпус|корп\.|к\.)\s*\d+)?(?:\s*[,;]\s*(?:этаж\s*\d+|\d\s*этаж))?"
)
_URL = re.compile(r"https?://[^\s)»\"']+")
# a day named relative to today is a time word, never a place's name («в музей завтра»:
# newcomer walk 2026-12-02o, #7)
_DAY_WORD = r"(?:сегодня|завтра|послезавтра|вчера|позавчера)"
# a place's dedication, part of its name: «имени 1 Мая», «им. 50-летия Октября» (a date or an
# anniversary: never the event's day, dates.named_dates_rule), «им. Ю. А. Гагарина», «имени
# Гоголя»; read on the lower-cased text or case-insensitively
DEDICATION = re.compile(
    r"\s+им(?:\.|ени)\s*(?:\d{1,3}(?:-?летия)?\s+[а-яё]+|(?:[а-яё]\.\s*){0,2}[а-яё]{3,})",
    re.IGNORECASE,
)
# the words before the place noun never hold a preposition of their own: «в полдень в доме
# культуры» is a clock and then the place (the match opens at the place's own «в»)
# (a theatre written short, «в драмтеатре», as _BARE_PLACE reads it: chat57)
_PLACE = re.compile(
    r"\b(в|во|на|у|возле|около)\s+((?:(?!(?:в|во|на|у|возле|около)\s)[\wа-я-]+\s+){0,2}?"
    r"(?:[а-я]+-)?"
    r"(?:обсерватори\w*|фабрик\w*|школ\w*|гимнази\w*|лице[йяеюи]\w*|колледж\w*|техникум\w*|музе\w*|библиотек\w*"
    r"|зоопарк\w*|парк\w*|причал\w*|театр\w*|планетари\w*|дворц\w*|дворец|университет\w*"
    r"|институт\w*|академи\w*|технопарк\w*|кванториум\w*|стадион\w*|филармони\w*|галере\w*"
    r"|корпус\w*|вход\w*|ворот\w*|завод\w*|библ\.|мемориал\w*|памятник\w*"
    r"|дом\w*\s+культуры|дом\w*\s+творчества|дом\w*-музе\w*|центр\w*(?=\s+[«\"])|it-куб\w*"
    r"|кинотеатр\w*|(?:драм|муз|муздрам)театр\w*|катк\w*|каток|арен\w*|океанариум\w*|дельфинари\w*|(?:зоо)?экзотариум\w*"
    r"|двор(?:е|ике)|метро|мастерск\w*|студи[яиюе]|площад(?:и|ь)|сквер\w*|сад(?:у|е)?(?![а-я]))"
    r"(?:-[а-я]{3,})?"  # a noun of two: «в школе-интернате», «в музее-заповеднике»
    # «в лицее №1 им. Канта»: the number and the name after it are one place
    r"(?:\s*№\s*\d+(?:\s+им(?:\.|ени)\s*(?:[а-я]\.\s*){0,2}[а-я]{3,})?"
    r"|\s+[а-я]+(?:ого|ей|ой)\s+[а-я]+(?:а|и|ы)"
    rf"|{DEDICATION.pattern}"
    rf"|\s+(?!{_DAY_WORD}(?![а-я]))[а-я]{{3,}}(?:а|я|ы|и|ол|ов|ей)(?=[\s,.]|$))?)"
)
_ABBREVIATION = compile_with_scan(r"(?:^|(?<=[\s,(]))(?:в|во|на)\s+([А-ЯЁ]{2,6})(?![А-ЯЁа-яё\w])")


def extract_more_venue(sc: Scanner) -> tuple[str | None, str | None]:
    """(venue, online link) of a message; both None when the message names neither."""
    link = None
    for m in sc.find(_URL):  # a sign-up form's link is no online event's ("запись по ссылке")
        if link is None and not signs_up(sc.original, m.start()):
            link = sc.original[m.start() : m.end()].rstrip(".,;")
        sc.take_match(m)
    if len(sc.original) >= _PARTNER_LINE:  # one long sentence of a partner: read as a post
        venue = find_venue(sc.original, None)
        if venue is not None:
            for m in sc.find(_ADDRESS):  # the address is the venue's, not the title's
                sc.take_match(m)
                begin = parts_before(sc, m.start())  # "Институт …, ул. …": its building too
                parts = " ".join(sc.original[begin : m.start()].split()).rstrip(" ,")
                if parts and parts not in venue:
                    venue = f"{parts}, {venue}"
            return venue, link
    for pattern in (_ROOM_FIRST, _NUMBERED_HALL, _ADDRESS, _ORG_BUILDING):
        for m in sc.find(pattern):
            if pattern is _ORG_BUILDING and not sc.original[m.start(1) : m.end(1)].isupper():
                continue  # an abbreviation only ("КГТУ"), not "школы корпус 2"
            sc.take_match(m)
            if pattern is _ADDRESS and meeting_point(sc.original, m.start()):
                continue  # «Сбор у входа (ул. Мира, 2)»: where they gather, not the venue
            shown = _display(sc.original[m.start() : m.end()], pattern)
            owner = _OWNER_BEFORE.search(sc.original, max(0, m.start() - 60), m.start())
            if pattern is _ADDRESS and owner:  # "в ДК «Октябрь» (ул. Мира, 5)": ДК's address
                shown = f"{' '.join(owner.group(1).split())}, {shown}"
            elif pattern is _ADDRESS and (standing := _place_on_street(sc, m.start())):
                shown = f"{standing}, {shown}"  # "в Доме культуры по ул. Ленина, 3"
            elif pattern is _ADDRESS and (begin := parts_before(sc, m.start())) < m.start():
                parts = " ".join(sc.original[begin : m.start()].split()).rstrip(" ,")
                shown = f"{parts}, {shown}"  # "Институт агроинженерии, ул. …, 5": its building
            return shown, link
    destination = gathering = None
    for m in sc.find(_BASE):  # "на базе МАОУ СОШ № 56": the organisation it names
        org = sc.original[m.start(1) : m.end(1)].split()
        if all(w.isupper() or not w[:1].isalpha() for w in org if "«" not in w):
            quote = _QUOTE_AFTER.match(sc.original, m.end())  # "на базе ДЮСШ «Юность»"
            sc.take(m.start(), quote.end() if quote else m.end())
            return " ".join([*org, quote.group(1)] if quote else org), link
    for m in sc.find(_PLACE):
        before = clause_before(sc.text, m.start())
        if meeting_point(sc.text, m.start()):  # "сбор в 9:15 у школы": where they gather
            if gathering is None and not clause_apart_clock(sc.original, m.start()):
                gathering = " ".join(sc.original[m.start() : m.end()].split())
            continue
        if not _is_where(m.group(1), m.group(2)):
            if destination is None and (_TRIP.search(before) or _goes_there(before)):
                destination = _with_name(sc.original, m.start(2), m.end(2), named=True)
            continue  # "экскурсия в музей": where they go, also part of the title
        end = m.end()
        if m.group(1) in ("у", "возле", "около"):  # "у 18-го причала" reads best as written
            for tail in (_ENTRANCE_TAIL, _ABBREVIATION_AFTER, _QUOTE_AFTER):  # "у метро «…»"
                more = tail.match(sc.original, end)
                if more and not any(sc.taken[more.start() : more.end()]):
                    end = more.end()
            sc.take(m.start(), end)
            return " ".join(sc.original[m.start() : end].split()), link
        if not _named_if_open(sc.original, m):
            continue  # «на площади 200 м²», «в саду»: a square or a garden only by its name
        case = "loct" if m.group(1) in ("в", "во", "на") else None  # "в студии": one studio
        end = verb_free_end(sc.original, m.start(2), m.end(2))  # «в школе состоится …»
        if sc.original[m.start(2)].isupper():  # «во Дворце культуры железнодорожников»
            end = max(end, _genitive_end(sc.original, m.start(2), m.end(2)))
        place = _nominative_place(sc.original[m.start(2) : end], case)
        quote = _QUOTE_AFTER.match(sc.original, end)  # "в музее «Янтарь»": its name
        end = quote.end() if quote else end
        place = f"{place} {quote.group(1)}" if quote else place
        if (street := street_after(sc.original, end)) is not None and sc.is_free(end, street[0]):
            end, place = street[0], f"{place}, {street[1]}"  # "в школе по ул. Лесной": where
        sc.take(m.start(), end)
        return place, link
    for m in _ABBREVIATION.finditer(sc.original):
        if sc.is_free(m.start(), m.end()):  # "в КГТУ" (kept in the title: "Экскурсия в БФУ")
            if (quoted := quoted_after_form(sc.original, m.start(1))) is not None:
                sc.take(m.start(), quoted.end())  # «в ФГБОУ ВО «…»»: the name, not the form
                return quoted.group(1).strip(), link
            dedicated = DEDICATION.match(sc.original, m.end())  # "в ДК имени 1 Мая"
            if dedicated is not None:
                sc.take(m.start(), dedicated.end())
                return m.group(1) + " " + " ".join(dedicated.group(0).split()), link
            named = _NAMED_ORG.match(sc.original, m.end())  # "в ДК Железнодорожников"
            if named is None and (more := _ORG_RUN.match(sc.original, m.end())):
                return f"{m.group(1)}{more.group(0)}", link  # "в МАОУ СОШ №5"
            return (m.group(1) + named.group(0) if named else m.group(1)), link
    if destination is not None:
        return destination, link
    for m in sc.find(_BARE_PLACE):  # "Театр кукол, спектакль …": kept in the title too
        found = parses(m.group(1).split()[-1])
        if _acts(sc.original, m.end(1)):
            continue  # "Театр покажет спектакль «Морозко»": who performs, not where
        if found and found[0].tag.case == "nomn":
            return _with_name(sc.original, m.start(1), m.end(1)) or m.group(1), link
    if gathering is None and (town := _town(sc)) is not None:
        return town, link
    return (gathering or ("онлайн" if link else None)), link


def _place_on_street(sc: Scanner, at: int) -> str | None:
    """The place said right before the street address at sc.original[at] with "по" or "на"
    between («в Доме культуры по ул. Ленина, 3», «в школе №5 на улице Мира, 8»), in the
    nominative, its words taken from the title; None when no place stands there."""
    text = sc.original
    lead = _STREET_LEAD.search(sc.text, max(0, at - 100), at)
    if lead is None:
        return None
    base = _BASE.search(sc.text, max(0, lead.start() - 60), lead.start())
    if base is not None and base.end() == lead.start() and sc.is_free(base.start(), base.end()):
        org = text[base.start(1) : base.end(1)]
        if all(w.isupper() or not w[:1].isalpha() for w in org.split()):
            sc.take(base.start(), lead.end())  # «на базе ДЮСШ по ул. Лесной, 5»
            return " ".join(org.split())
    for m in _PLACE.finditer(sc.text, max(0, lead.start() - 80), lead.start()):
        if m.group(1) not in ("в", "во", "на") or not _is_where(m.group(1), m.group(2)):
            continue
        end = verb_free_end(text, m.start(2), m.end(2))
        if text[m.start(2)].isupper():
            end = max(end, _genitive_end(text, m.start(2), m.end(2)))
        quote = _QUOTE_AFTER.match(text, end)
        end = quote.end() if quote else end
        if end == lead.start() and sc.is_free(m.start(), end):
            place = _nominative_place(text[m.start(2) : m.end(2) if quote else end], "loct")
            sc.take(m.start(), lead.end())
            return f"{place} {quote.group(1)}" if quote else place
    return None


# "по"/"на" between a place and its street address, the address starting right after it
_STREET_LEAD = re.compile(r"\s+(?:по|на)\s+$")


# «в Зеленоградске», «во Владимире»: a capitalised word after «в»/«во»
_TOWN = re.compile(r"(?<![\w-])[вВ]о?\s+([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁа-яё][а-яё]+)?)(?![\w-])")


def _town(sc: Scanner) -> str | None:
    """The town a message names as where it happens when it names no other place: a word
    pymorphy3 reads as a place name (Geox) in the locative after «в»/«во» («в
    Зеленоградске» -> «Зеленоградск»), taken from the title, and never the locative of a
    common noun as well («в Телеграме»). «в Зеленоградск» (where to go) and «из
    Калининграда» name no venue."""
    for m in _TOWN.finditer(sc.original):
        if not sc.is_free(m.start(), m.end()):
            continue
        word = m.group(1)
        found = [p for p in parses(word) if p.tag.POS == "NOUN" and p.tag.case == "loct"]
        town = next((p for p in found if "Geox" in p.tag), None)
        if town is None or any("inan" in p.tag and "Geox" not in p.tag for p in found):
            continue  # «в Телеграме»: a common noun's locative too («телеграмма»)
        sc.take(m.start(), m.end())
        return to_nominative([word], case="loct")[0]
    return None


# an organisation right before its address: "в ДК «Октябрь» (ул. Мира, 5)"
_OWNER_BEFORE = re.compile(
    r"(?<![\w-])(?:в|во|на)\s+([А-ЯЁ]{2,8}(?:\s+[А-ЯЁ]{2,8}){0,3}(?:\s*№\s*\d{1,4}"
    r"|\s+[«\"][^»\"\n]{2,40}[»\"])?)\s*[(,]?\s*(?:по\s+адресу\s*:?\s*)?$"
)
# more abbreviations and a number after an organisation's first one ("МАОУ СОШ №5")
# the abbreviations after the first and its number: «в МАОУ СОШ №5», «в СОШ № 12»
_ORG_RUN = re.compile(r"(?:\s+[А-ЯЁ]{2,8}(?![А-ЯЁа-яё\w]))*(?:\s*№\s*\d{1,4}(?!\d))?")
# the clause a place stands in, back to the last comma or sentence end
_BASE = re.compile(r"(?<![а-я])на\s+базе\s+((?:[а-я]{2,8}\s+){0,3}[а-я]{2,8}(?:\s*№\s*\d{1,4})?)")
_QUOTE_AFTER = re.compile(r"\s+([«\"][^»\"\n]{2,40}[»\"])")
# a trip names where it goes ("экскурсия в музей янтаря", "едем на завод"): the venue
_TRIP = re.compile(r"(?<![а-яё])(?:экскурси|поездк|поход|посещени|ед[её]м|ид[её]м|выезд)[а-яё]*")
# the verbs of going somewhere, in dictionary form (never «пройти» / «проходить», which also
# mean taking place: «Праздник пройдёт в рамках программы Дома культуры»; nor «найти»)
_GOING = frozenset(
    {
        "идти",
        "пойти",
        "прийти",
        "приходить",
        "ходить",
        "сходить",
        "ехать",
        "поехать",
        "приехать",
        "приезжать",
        "ездить",
        "съездить",
        "выехать",
        "отправиться",
        "отправляться",
        "направиться",
        "направляться",
    }
)
_LAST_WORDS = 3  # the words before a destination that may be its verb («отправятся все в …»)


def _goes_there(before: str) -> bool:
    """Whether one of the last words of the clause `before` a destination is a verb of
    going (pymorphy3: a verb or an infinitive whose lemma is one of _GOING), as the
    nouns of _TRIP are: «ребята отправятся в кинотеатр «Мир»», «9Б пойдёт в музей» (chat56:
    the long path took such a destination, a chat line did not)."""
    for word in re.findall(r"[а-яё]+", before.lower())[-_LAST_WORDS:]:
        for reading in parses(word)[:1]:
            if reading.tag.POS in ("VERB", "INFN") and reading.normal_form in _GOING:
                return True
    return False


# a place noun in the nominative opening a clause of a chat message ("Планетарий 19.12",
# "театр Молодёжный, спектакль …")
_BARE_PLACE = re.compile(
    r"(?:^|(?<=[,.:;!])\s*|(?<=\d\s))((?:[а-я]+(?:ой|ый|ий)\s+){0,2}?(?:театр|музей|планетарий|зоопарк|библиотека|кинотеатр"
    r"|филармония|стадион|бассейн|каток|технопарк|кванториум|дворец|парк"
    r"|(?:драм|муз|муздрам)театр|тюз))(?![а-яё])"  # "…, драмтеатр.": a theatre written short
)
# the word after a place noun (past its name, if any): a finite verb makes the noun its subject
_WORD_AFTER = re.compile(r"\s+(?:[«\"][^»\"\n]{2,40}[»\"]\s+|[А-ЯЁ][а-яё]+\s+)?([а-яё]+)")


def _acts(text: str, end: int) -> bool:
    """Whether the place noun ending at text[end] is the subject of a finite verb right after
    it (and its name): "Театр покажет спектакль", "Музей «…» приглашает" — who acts, the
    event's performer or host, not a place the message states (pymorphy3)."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    found = parses(m.group(1))
    return bool(found) and found[0].tag.POS == "VERB"


# the name after an organisation's abbreviation: a capitalised word or a quoted name
_NAMED_ORG = re.compile(r"\s+(?:[А-ЯЁ][а-яё]{3,}(?![а-яё])|[«\"][^»\"\n]{2,60}[»\"])")
_NAME_AFTER = re.compile(
    r"\s+(?:[А-ЯЁ][А-ЯЁа-яё-]+|[«\"][^»\"\n]{2,40}[»\"]|(?:им\.|имени)\s*(?:[А-ЯЁ]\.\s*){0,2}"
    rf"[А-ЯЁ][а-яё]+|(?!{_DAY_WORD}(?![а-яё]))[а-яё]{{3,}}(?=[\s,.]))"
)


def _with_name(text: str, start: int, end: int, *, named: bool = False) -> str | None:
    """A place as written with the name that follows it ("завод Автотор", "Театр кукол"),
    the place noun put in the nominative with pymorphy3 ("музей янтаря" after "в"); None when
    `named` is asked for and the place has no name ("экскурсия в библиотеку")."""
    phrase = text[start:end]
    if named and len(phrase.split()) > 1:
        return _nominative_place(" ".join(phrase.split()))  # "в музей «…»" matched whole
    after = _NAME_AFTER.match(text, end)
    if after and after.group(0).strip().islower() and not _is_genitive(after.group(0).strip()):
        after = None  # "театр, спектакль": only a genitive or a name names the place
    if named and after is None:
        return None
    phrase = text[start : after.end() if after else end]
    words = phrase.split()
    return _nominative_place(" ".join(words)) if words else phrase


def _is_genitive(word: str) -> bool:
    return any("gent" in p.tag and "NOUN" in p.tag for p in parses(word)[:2])


def room_building(sc: Scanner) -> str | None:
    """The building a room is in, when the message names it: an address (taken) or an
    organisation's abbreviation after "в" ("лекция в КГТУ ауд. 12.05"; kept in the title)."""
    for m in sc.find(_ADDRESS):
        sc.take_match(m)
        return _display(sc.original[m.start() : m.end()], _ADDRESS)
    for m in _ABBREVIATION.finditer(sc.original):
        if sc.is_free(m.start(), m.end()):
            return m.group(1)
    return None


# the place nouns that name a place only by their own name after them («на Площади Ленина»,
# «в сквере Победы»); alone they are an area, a yard, a garden of any house
_OPEN_PLACE = re.compile(r"(?:площад|сквер|сад)[а-я]*")


def _named_if_open(text: str, m: re.Match[str]) -> bool:
    """Whether a `_PLACE` match is a place: an open place («площади», «сквере», «саду») only
    capitalised or followed by a capitalised name; any other place noun always."""
    words = text[m.start(2) : m.end(2)].split()
    head = next((i for i, w in enumerate(words) if _PLACE_WORD.match(w.lower())), None)
    if head is None or not _OPEN_PLACE.fullmatch(words[head].lower()):
        return True
    named = words[head : head + 2]
    return any(w[:1].isupper() for w in named)


_WORD = re.compile(r"[А-ЯЁа-яё-]+")


def _genitive_end(text: str, start: int, end: int) -> int:
    """Where a named place's phrase text[start:end] ends with the genitive chain after its
    place noun that place_words.right_words reads («Дворце культуры железнодорожников»,
    «Доме творчества детей и молодёжи»), when the chain stands in the text as read; `end`
    otherwise."""
    for word in _WORD.finditer(text, start, end):
        if _PLACE_WORD.match(word.group(0).lower()):
            more = right_words(text, word.end()).rstrip(".")
            if more and text.startswith(more, word.end()):
                return word.end() + len(more)
            break
    return end


def _is_where(preposition: str, phrase: str) -> bool:
    """ "в школе", "у причала" name where it happens; "в музей" names where they go."""
    head = next((w for w in phrase.split() if _PLACE_WORD.match(w)), "")
    if head == "библ.":
        return preposition in ("в", "во")  # "в библ. им. Чехова": the word is not declined
    if preposition in ("у", "возле", "около"):  # "у входа в парк": the entrance is where
        head = next((w for w in phrase.split() if any("NOUN" in p.tag for p in parses(w)[:2])), "")
    if not any("NOUN" in p.tag for p in parses(head)[:2]):
        return False  # "в школьной …": an adjective, the place noun comes later
    wanted = "gent" if preposition in ("у", "возле", "около") else "loct"
    return any(wanted in p.tag or (wanted == "loct" and "loc2" in p.tag) for p in parses(head))


_PLACE_WORD = re.compile(
    r"(?:[а-я]+-)?(?:библ\.|завод|фабрик|обсерватори|школ|гимнази|лице|колледж|техникум|музе|библиотек|зоопарк|парк|причал|театр|планетари"
    r"|дворц|дворец|университет|институт|академи|технопарк|кванториум|стадион|филармони|галере"
    r"|корпус|вход|ворот|мемориал|памятник|дом(?:е|а|у|ом)?(?![а-я])|центр(?:е|а|у|ом)?(?![а-я])|it-куб|кинотеатр|катк|каток|арен|океанариум"
    r"|(?:драм|муз|муздрам)театр|дельфинари|экзотариум|зооэкзотариум|двор|метро|мастерск|студи|площад|сквер|сад)"
)
# "у входа в парк «Юность»": an entrance is named by the place it leads into
_ENTRANCE_TAIL = re.compile(r"\s+(?:в|во|на)\s+[а-яё-]+(?:\s+[«\"][^»\"\n]{2,40}[»\"])?")
_ABBREVIATION_AFTER = re.compile(r"\s+[А-ЯЁ]{2,6}(?![А-ЯЁа-яё\w])")
_ORG_HALL = re.compile(
    r"(?<=зал)[а-яё]{0,3}\s+((?:[А-ЯЁа-яё]+(?:ого|ой|их)\s+){0,3}(?:колледж|университет|техникум"
    r"|институт|академи|музе|библиотек|лице|гимнази|корпус|дворц|центр|кванториум|технопарк"
    # "в спортивном зале школы № 12": another school's hall; "в актовом зале школы": the
    # school's own, its owner shown with it rather than left in the title ("Концерт школы")
    r"|школ)"
    r"[а-яё]*(?:\s*№\s*\d{1,4})?(?:\s+(?:им\.|имени)\s*(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё]+)?"
    r"(?:\s+«[^«»\n]{1,40}»)?)"  # «в спортивном зале спортивной школы «Олимп»»: its name
    r"(?![а-яё\d])"
)


def _display(text: str, pattern: re.Pattern[str]) -> str:
    text = " ".join(text.split()).strip(" ,;")
    if pattern is _ORG_BUILDING:
        found = _ORG_BUILDING.search(text.lower())
        if found:
            return f"{text[found.start(1) : found.end(1)]}, корпус {found.group(2)}"
    if pattern is _ROOM_FIRST:
        number, word = re.sub(r"(?i)^во?\s+", "", text).split(maxsplit=1)
        return f"{'каб.' if word.startswith('каб') else 'ауд.'} {number.upper()}"
    return re.sub(r"(?i)^по\s+адресу\s*:?\s*", "", text)


def _nominative_place(phrase: str, case: str | None = None) -> str:
    """ "Центральной детской библиотеке №14" -> "Центральная детская библиотека №14": the place
    noun and its adjectives in the nominative (pymorphy3), what follows it as written; `case`
    is the case the phrase stands in ("loct" after "в"/"на"), when known."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if _PLACE_WORD.match(w.lower())), None)
    if head is None:
        return phrase
    first = head
    while first > 0 and any("ADJF" in p.tag for p in parses(words[first - 1])[:1]):
        first -= 1  # "смотровой площадке обсерватории": the place is the observatory
    words[head] = compound_head(words[head], None)  # "Доме-музее" -> "Дом-музее"
    if first == head and (lemma := bare_lemma(words[head], case)):
        words[head] = lemma  # "в Парке Победы": the park, not a "парка" (a coat)
    place = " ".join([*to_nominative(words[first : head + 1], case=case), *words[head + 1 :]])
    return brand_spelling(place)  # "It-куба" -> "IT-куб"


_HALL_OF = re.compile(r"(?<=зал)[а-яё]{0,3}\s+([А-ЯЁ]{2,6})(?![А-ЯЁа-яё\w])")


def partner_hall(sc: Scanner) -> str | None:
    """The organisation a hall belongs to, as it follows the hall's name: "в актовом зале КГТУ"
    -> "КГТУ" (taken), "в актовом зале главного корпуса" of "БФУ им. И. Канта приглашает …" ->
    "главного корпуса БФУ", "Областная детская библиотека приглашает … в конференц-зале" ->
    ", Областная детская библиотека" (place_nouns.partner_host: the inviting organisation)."""
    for pattern in (_HALL_OF, _ORG_HALL):
        for m in pattern.finditer(sc.original):
            if sc.is_free(m.start(1), m.end(1)):
                sc.take(m.start(1), m.end(1))
                if _BUILDING_PART.match(m.group(1)) and (host := partner_host(sc.original)):
                    return f"{m.group(1)} {host}" if host.isupper() else f"{m.group(1)}, {host}"
                return m.group(1)
    host = partner_host(sc.original, showing=False)  # not "Театр покажет …" (attack w #14)
    if host is None:
        return None
    return host if host.isupper() else f", {host}"


def with_partner_hall(sc: Scanner, venue: str | None, rooms: frozenset[str]) -> str | None:
    """A school room's venue ("актовый зал", "актовый зал, 3 этаж") with the organisation it
    belongs to when the message names one (partner_hall): "актовый зал КГТУ, 3 этаж"; any
    other venue as it is."""
    if venue is None:
        return None
    room, _, floor = venue.partition(", ")
    owner = partner_hall(sc) if room in rooms else None
    if not owner:
        return venue
    joined = f"{room}{owner}" if owner.startswith(",") else f"{room} {owner}"
    return f"{joined}, {floor}" if floor else joined


# a part of a building that names no organisation ("главного корпуса", "второго этажа")
_BUILDING_PART = re.compile(r"(?i)^(?:[а-яё]+(?:ого|ой)\s+)*(?:корпус|здани|этаж|крыл)")


_FIRST_LINE = re.compile(r"[^\n]{3,120}")


def heading_venue(text: str, clean: str) -> str | None:
    """The place a page's heading names when the heading was cut from the post before reading
    it ("Афиша Псковского планетария на май 2014\n4 мая …" -> "Псковский планетарий"); None
    when nothing was cut or the heading names no place."""
    first = _FIRST_LINE.match(text.lstrip())
    if first is None or first.group(0).strip() in clean:
        return None
    return find_venue(first.group(0), None)
