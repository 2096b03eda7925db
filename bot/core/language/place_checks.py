"""Small checks on a place noun of a long post, read with pymorphy3 (via title_words): is it
people, what case a preposition puts it in, is it given with its address, does it follow a
verb, do two places overlap, which place a bracketed address belongs to; used by places.py."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.core.language.calendar import MONTH, month_number
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import is_known, lemma, to_nominative
from bot.core.language.place_nouns import PLACE
from bot.core.language.place_words import ADDRESS, right_words
from bot.core.language.sentences import sentence_at
from bot.core.language.title_words import has_noun_reading
from bot.core.language.title_words import word_parses as _parses

_WORD_BEFORE = re.compile(r"([а-яё]+)\s+$")

# a labelled value that names no place but sends the reader elsewhere ("Адрес проведения
# (смотри в описании)", "см. ниже", "уточняется", "будет объявлено позднее")
PLACEHOLDER = re.compile(
    r"(?i)(?<![а-яё])(?:смотри(?:те)?|см\.)\s+(?:в\s+)?(?:описани|ниже|на\s+сайте)"
    r"|(?<![а-яё])(?:уточняется|будет\s+(?:объявлен|сообщен)[а-яё]*)"
)


def after_verb(text: str, pos: int) -> bool:
    """Whether the word before `pos` is a verb: "посетить Национальный университет" names an
    object of the verb, not where the event is."""
    word = _WORD_BEFORE.search(text, max(0, pos - 25), pos)
    return word is not None and _parses(word.group(1))[0].tag.POS in ("VERB", "INFN")


_OPEN_BRACKET = re.compile(r"[^\n(!?]{0,60}\(")


# a dash between a place and its address ("областная станция юных туристов - шоссе
# Нариманова, 13"): the address is the place's, as in brackets
_DASH = re.compile(r"\s+[-–—]\s+")
_DASH_NEAR = re.compile(r"[^\n.!?]{0,80}?\s[-–—]\s")


def with_address(text: str, end: int) -> bool:
    """Whether the place noun ending at `end` is followed by its address in brackets
    ("Дом-музей А. Л. Чижевского (ул. Московская, д. 62)") or after a dash ("станция юных
    туристов - шоссе Нариманова, 13")."""
    if _OPEN_BRACKET.match(text, end) is not None and "(" in right_words(text, end):
        return True
    if _DASH_NEAR.match(text, end) is None:
        return False  # (a cheap look first: right_words reads its words with pymorphy3)
    dash = _DASH.match(text, end + len(right_words(text, end)))
    return dash is not None and ADDRESS.match(text, dash.end()) is not None


def case_after(preposition: str) -> str | None:
    """The case a place noun stands in after its preposition: "в"/"на" the locative, "в
    стенах", "в здании", "на территории", "в гостях у", "Афиша" the genitive (read by pymorphy3)."""
    words = preposition.lower().split()
    if words in (["в"], ["во"], ["на"]):
        return "loct"
    if words in (["афиша"], ["репертуар"]):
        return "gent"  # "Афиша Псковского планетария на май": the page of a place
    if words[-1] == "по":
        return "datv"  # "экскурсия по заповеднику «…»": the place toured
    if words[-1].startswith("посе") and not words[-1].startswith("посетител"):
        return "accs"  # "посетили краеведческий музей": the place visited
    if words[-1].startswith(("гост", "посетител", "зрител", "двер")):
        return "gent"  # "посетители обсерватории", "двери музея": whose guests, whose doors
    return "gent" if len(words) > 1 and words[-1] not in ("с", "от") else None


@lru_cache(maxsize=4096)
def landmark_noun(word: str) -> bool:
    """Whether a small-letter word after "у"/"возле"/"около" is a landmark's noun in the
    genitive ("фонтана", "памятника", "стелы"): an inanimate common noun by one of its two
    likeliest readings (pymorphy3), no place noun of its own (that is read as the place)."""
    if PLACE.match(word):
        return False
    return any(
        "NOUN" in p.tag
        and p.tag.case == "gent"
        and "inan" in p.tag
        and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes
        for p in _parses(word)[:2]
    )


@lru_cache(maxsize=16384)
def person(word: str) -> bool:
    """Whether a word the place stems match names people ("школьники", "гимназистов",
    "музейщики"): its likeliest reading is an animate noun (pymorphy3). Remembered per word
    (a pure function of the string; bounded)."""
    head = word.split()[0]  # "Доме офицеров": the place noun itself
    found = _parses(head)
    if not found or "anim" not in found[0].tag or "inan" in found[0].tag:
        return False
    # a word the dictionary does not know ("картодроме") is guessed by its ending: a guess
    # as likely inanimate in the same case is a thing, people's words are guessed animate alone
    # ("музейщики", "кванторианцы")
    return is_known(head.lower()) or not any(
        "NOUN" in p.tag and "inan" in p.tag and p.tag.case == found[0].tag.case for p in found[1:3]
    )


def multi_or_named(org: str) -> bool:
    """ "МАОУ СОШ № 5", "ЦДО «…»": more than a lone abbreviation (a lone one is read last)."""
    return "№" in org or "«" in org or '"' in org or len(org.split()) >= 2


def overlaps(building: str, venue: str) -> bool:
    """ "Центральная детская библиотека №14" is already in "отдел … библиотеки №14"."""
    stems = [w[:5].lower() for w in building.split() if len(w) > 2]
    low = venue.lower()
    return bool(stems) and sum(s in low for s in stems) * 2 >= len(stems)


# quantifying pronouns (pymorphy3 lemmas): "в каждом музее", "в любой школе", "в других
# библиотеках", "во всех колледжах" speak of places in general, never of the venue
_QUANTIFIERS = frozenset({"каждый", "любой", "всякий", "многий", "некоторый", "другой", "иной"})


def generic(adjectives: list[str]) -> bool:
    """Whether one of a place noun's adjectives (place_words.left_adjectives) is a quantifying
    pronoun ("каждом", "любой", plural "всех"; its likeliest reading, pymorphy3), so that
    the phrase names no particular place ("во всём парке" is one: a singular "весь")."""
    for word in adjectives:
        found = _parses(word)
        if not found or "Apro" not in found[0].tag:
            continue
        lemma = str(found[0].normal_form)
        if lemma in _QUANTIFIERS or (lemma == "весь" and found[0].tag.number == "plur"):
            return True
    return False


# adjectives of an administrative unit: "областной центр", "районный центр" unnamed is that
# unit's chief town, not a building ("областной центр детского творчества" is one)
_CAPITAL_OF = frozenset(
    {"областной", "районный", "краевой", "окружной", "республиканский", "административный"}
)


def chief_town(adjectives: list[str], noun: str, right: str) -> bool:
    """Whether "в областном центре" (adjectives, the noun as written, what names it after)
    means a town: the noun is "центр" (pymorphy3 lemma), nothing names it and an adjective
    is an administrative unit's."""
    if right.strip() or not adjectives or not noun.lower().startswith("центр"):
        return False
    return any(str(_parses(w)[0].normal_form) in _CAPITAL_OF for w in adjectives if _parses(w))


def destination(word: str) -> bool:
    """Whether a place noun after "в"/"на" is in the accusative, where one goes ("в
    мастерскую", "на выставку"), not where it is ("в мастерской"): none of its two likeliest
    readings (pymorphy3) is a locative; indeclinable words ("в кафе") are never destinations."""
    found = _parses(word.split()[0])[:2]
    if not found or any("Fixd" in p.tag for p in found):
        return False
    return not any(p.tag.case in ("loct", "loc2") for p in found)


# "на Певческом поле (", "в Зелёном театре (": a capitalised place phrase before its address
_NAMED_BEFORE = re.compile(
    r"(?:^|[\s,;])(в|во|на)\s+((?:[А-ЯЁ][а-яё-]+\s+)(?:[а-яё-]+\s+)?[а-яё-]+)\s*\(\s*$"
)


def named_before_address(text: str, address_at: int) -> str | None:
    """The place a bracketed address belongs to, in the nominative ("Певческое поле"), when
    the address opens a bracket right after "в/на" + a noun phrase starting with a capital;
    None otherwise (pymorphy3 must read the last word as a noun)."""
    m = _NAMED_BEFORE.search(text, max(0, address_at - 60), address_at)
    if m is None or not has_noun_reading(m.group(2).split()[-1]):
        return None
    words = to_nominative(m.group(2).split(), case=case_after(m.group(1)))
    return " ".join(words)


# a credit line closing a page ("Источник: отдел … «Музей Победы»", "Фото: минспорта СО",
# "По материалам пресс-службы Музея") or a link to another page ("Читайте также: …", a news
# site's "Ранее в … зоопарке рассказали …", "Ранее мы писали, что …"): it names who wrote or
# another story, never where the event is
_CREDIT = re.compile(
    r"(?im)^[ \t]*(?:источник|фото(?:графи[яи])?|автор|текст|по\s+материалам|читать\s+на"
    r"|подробнее\s+на|читайте\s+также|смотрите\s+также|см\.\s+также|ранее)(?![а-яё])[^\n]*"
)


# a verb of saying, up to two words (whom it was told) and "в"/"на" before a place: the body
# that gave the news ("сообщили в музее", "рассказали «Глобусу» в администрации", "уточнили
# ИНТЕРу в администрации Камышина"), the source of the story, not where the event is
_REPORTED = re.compile(
    r"(?i)(?<![а-яё])(?:сообщ(?:ил[аи]?|ают|ает|ается)|рассказ(?:ал[аи]?|ывают)|уточнил[аи]?"
    r"|пояснил[аи]?|добавил[аи]?|заявил[аи]?|подчеркнул[аи]?|информиру(?:ет|ют))"
    r"(?:\s+[^\s,.!?;:]+){0,2}?\s+(?:в|во|на)\s+$"
)


def reported_in(text: str, first: int) -> bool:
    """Whether the place phrase opening at `first` (its adjectives included) follows a verb
    of saying and its preposition: who told the news, not where the event is."""
    return _REPORTED.search(text, max(0, first - 60), first) is not None


# a sentence opening with the event named again, by a pronoun or "мероприятие", as the
# subject of a verb of its taking place (present or future) within three words: "Он пройдёт
# в Византийском дворике …", "Мероприятие состоится 12 апреля в 13:00 в …" ("Он напомнил,
# что раньше мероприятие проводилось в …" is someone's remark on the past)
_RESTATED = re.compile(
    r"\s*(?:он|она|оно|они|мероприятие)\s+(?:[^\s,.!?;:]+\s+){0,3}?"
    r"(?:пройд[её]т|пройдут|состоится|состоятся|буд(?:ет|ут)\s+проходить|проход(?:ит|ят)"
    r"|проводится|проводятся|откро(?:ет|ют)ся|начн[её]тся|начнутся|стартует|стартуют)"
    r"(?![а-яё])[^.!?;]*$"
)


def restates_event(text: str, first: int) -> bool:
    """Whether the place phrase opening at `first` stands in a sentence opening with the
    event named again and its verb of taking place before the place (_RESTATED): the post's
    own statement of where the event is."""
    start, _ = sentence_of(first, text)
    return _RESTATED.match(text[start:first].lower()) is not None


def credit_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of a post's credit lines, in order."""
    return [(m.start(), m.end()) for m in _CREDIT.finditer(text)]


def named_in_text(text: str, shown: str) -> str | None:
    """The fuller name the post gives elsewhere, in any case and after no preposition, to a
    place shown by its bare noun and a genitive complement ("школа Кировского района" of "в
    школе Кировского района"): the same noun (by lemma) with the same complement, after an
    adjective capitalised inside its sentence (a proper name) and one more adjective at most
    ("у учеников Сосновской средней школы Кировского района прошёл урок" -> "Сосновская
    средняя школа Кировского района"); None when the post gives none or `shown` opens with
    anything but a small-lettered noun (a name, a number, a quoted name are names already)."""
    words = shown.split()
    if len(words) < 2 or not all(w.isalpha() for w in words) or not words[0].islower():
        return None
    if not _may_name(text, words[0][:4], " ".join(words[1:])):
        return None  # no phrase of that shape at all: no pattern compiled (speed66)
    pattern = re.compile(
        r"(?<=[а-яё,)]\s)([А-ЯЁ][а-яё]+)\s+(?:([а-яё]+)\s+)?"
        rf"({re.escape(words[0][:4])}[а-яё]*)\s+{re.escape(' '.join(words[1:]))}(?![а-яё])"
    )
    for m in pattern.finditer(text):
        phrase = [w for w in m.groups() if w]
        if lemma(phrase[-1]) != lemma(words[0]):
            continue
        if not _place_phrase(text, m.start(1), phrase[-1]):
            continue  # "команда Лесной школы …", "Экспонаты предоставил Городской музей …"
        if all(_agrees(adjective, phrase[-1]) for adjective in phrase[:-1]):
            return " ".join([*to_nominative(phrase, governed=True), *words[1:]])
    return None


# named_in_text's phrase with any noun before the complement, ending where the complement
# opens (read with `endpos` there): a capitalised word after a small letter, a comma or a
# bracket and a space, one more word at most, and the noun; its last group is the noun
_NAMED_SHAPE = compile_with_scan(r"(?<=[а-яё,)]\s)[А-ЯЁ][а-яё]+\s+(?:[а-яё]+\s+)?([а-яё]+)\s+\Z")
_SMALL_LETTER = re.compile(r"[а-яё]")


def _may_name(text: str, stem: str, rest: str) -> bool:
    """False only when named_in_text's pattern for `stem` and `rest` (the complement) can
    match nowhere in `text`: at no occurrence of `rest` closed by no small letter does
    `_NAMED_SHAPE` end with a noun opening with `stem` (the noun before the complement is the
    same word whichever start the pattern takes). A new post's pattern is compiled only when
    it may match (6 of 329 calls over the tuned posts; a compile costs ~0.1 ms, ~1 % of a new
    post). A stem with letters outside [а-яё] is never ruled out."""
    if _SMALL_LETTER.sub("", stem):
        return True
    at = text.find(rest)
    while at != -1:
        if _SMALL_LETTER.match(text, at + len(rest)) is None:
            shape = _NAMED_SHAPE.search(text, 0, at)
            if shape is not None and shape.group(1).startswith(stem):
                return True
        at = text.find(rest, at + 1)
    return False


# what stands right before a place phrase stated as where something is: "в"/"во"/"на" (the
# noun then locative), "у" (genitive), or "у" and a genitive noun of whom ("у учеников …
# школы прошёл урок"); anything else makes the phrase a subject, an owner or a possessor
_PLACE_LEAD = re.compile(r"(?i)(?<![а-яё])(?:(в|во|на)|у(?:\s+([а-яё]+))?)\s+$")


def _place_phrase(text: str, first: int, noun: str) -> bool:
    """Whether the phrase opening at `first` with its head `noun` is itself a place phrase
    (_PLACE_LEAD; the noun's case read with pymorphy3): "в Молодёжном театре …", "у учеников
    Сосновской средней школы …", not "команда Лесной школы …" or "предоставил Городской
    музей …"."""
    lead = _PLACE_LEAD.search(text, max(0, first - 30), first)
    if lead is None:
        return False
    if lead.group(1):
        return any(p.tag.POS == "NOUN" and p.tag.case in _LOCATIVE for p in _parses(noun))
    whose = lead.group(2)
    if whose and not any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in _parses(whose)):
        return False
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in _parses(noun))


_LOCATIVE = frozenset({"loct", "loc2"})


def _agrees(adjective: str, noun: str) -> bool:
    """Whether pymorphy3 reads `adjective` as an adjective in a case `noun` has as a noun."""
    cases = {p.tag.case for p in _parses(noun) if p.tag.POS == "NOUN"}
    return any(p.tag.POS == "ADJF" and p.tag.case in cases for p in _parses(adjective))


def named_mention(places: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The best place; it gives way to a later mention of the same place that names it more
    fully: "в библиотеке на Лухмановской" to "в библиотеке №101", "в саранском парке" to "в
    саранском Парке культуры и отдыха им. А.С.Пушкина" (every word of the first, by its
    first five letters, is in the second, which has more words). A mention scoring 2 less
    (a bare subject: "Якутский государственный … музей … проведёт") counts only as a proper
    name, its first letter a capital ("стены Калининградского … колледжа" is none)."""
    best = places[0]
    stems = {_stem(w) for w in best[2].split()}
    fuller = [
        p
        for p in places[1:]
        if (p[0] >= best[0] - 1 or (p[0] == best[0] - 2 and p[2][:1].isupper()))
        and len(p[2].split()) > len(stems)
        and "(" not in p[2]  # an address in brackets is added later, once
        and stems <= {_stem(w) for w in p[2].split()}
    ]
    if fuller:
        return fuller[0]
    if " " in best[2]:
        return best
    lemma = _lemma(best[2])
    named = [  # "в музее" gives way to "в Красногорском филиале Музея Победы" (one lemma)
        p for p in places[1:] if " " in p[2] and any(_lemma(w) == lemma for w in p[2].split())
    ]
    return named[0] if named else best


def _stem(word: str) -> str:
    """A word's first five letters, lower-cased; a hyphenated name whole ("Бобруйск-Арена" is
    no mention of "Бобруйска", the town)."""
    return word.lower() if "-" in word else word[:5].lower()


def _lemma(word: str) -> str:
    """`morphology.lemma` of `word` without its quotes, brackets and punctuation."""
    return lemma(word.strip('«»"(),.'))


# "Адрес управления образования: ул. Кирова, 5": the address of whom the label names
_ADDRESS_OF = re.compile(r"(?i)адрес\s+([а-яё]+)[^.:\n]{0,30}:\s*$")


def others_address(text: str, address: re.Match[str]) -> bool:
    """Whether the address is labelled as a body's that is no place ("Адрес управления
    образования:", "Адрес оргкомитета:"); "Адрес библиотеки:" is the venue's own."""
    label = _ADDRESS_OF.search(text, max(0, address.start() - 40), address.start())
    return label is not None and not PLACE.match(label.group(1))


def in_event(event_sentence: tuple[int, int] | None) -> Any:
    """2 for a position inside the event's sentence, else 0."""
    if event_sentence is None:
        return lambda pos: 0
    return lambda pos: 2 if event_sentence[0] <= pos < event_sentence[1] else 0


# what may stand before a place noun that opens a clause: a sentence or list break, a number
_OPENS_CLAUSE = re.compile(r"(?:^|[,.:;!?\n]|\d)\s*$")


def nominative_opening(text: str, m: re.Match[str], first: int) -> bool:
    """A place noun in the nominative opening a clause with its adjectives from `first`
    ("18.12 театр Молодёжный", "начало в 11:00, читальный зал библиотеки")."""
    found = _parses(m.group(0))[:2]  # "зал": accusative first, nominative second
    return (
        any(p.tag.case == "nomn" for p in found)
        and _OPENS_CLAUSE.search(text, max(0, first - 4), first) is not None
    )


def sentence_of(pos: int, text: str) -> tuple[int, int]:
    """The (start, end) of the sentence of `text` holding the offset `pos` (the whole text
    when none does)."""
    return sentence_at(pos, text)  # the post's spans split once, not once per offset


# verbs of hosting an event (pymorphy3 lemmas) whose subject may follow them: "Игры примет
# стадион «…»", "Проводит турнир клуб «…»", "Соревнования принимает Дворец спорта"
_HOSTING = frozenset(
    {
        "принять",
        "принимать",
        "провести",
        "проводить",
        "организовать",
        "организовывать",
        "устроить",
        "устраивать",
    }
)
# what ends the clause before a place noun: a sentence's, a line's or a comma's break, a quote
_CLAUSE_BREAKS = '.!?;:,\n«»"'
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+")
# how the forms of _HOSTING begin ("примет", "принимает", "провёл", "проводит", "организует",
# "устроит", "устраивает"): only a clause holding one is parsed
_HOSTING_STEM = re.compile(r"(?i)(?<![а-яё])(?:прим|прин|пров|орган|устр)")


def subject_after_verb(text: str, m: re.Match[str], first: int) -> bool:
    """Whether the place noun `m` (its adjectives from `first`) is the subject of a verb of
    hosting standing before it in its clause (Russian puts the new information last: "Матчи
    примет стадион «Олимп»"): the clause before it holds a finite verb of hosting in the third
    person or the past (pymorphy3), no preposition between the verb and the noun ("проведут
    из школы" names a source), the noun has a nominative reading of the verb's number
    (subject and verb agree), and the clause is not about taking part ("Участие примут
    музеи", "примет участие театр": participants, not the host)."""
    window = text[max(0, first - 80) : first]
    clause = window[max(window.rfind(c) for c in _CLAUSE_BREAKS) + 1 :]
    if _HOSTING_STEM.search(clause) is None:
        return False  # (a fast scan: no form of those verbs in the clause)
    words = _CYRILLIC_WORD.findall(clause)
    if any(w.lower().startswith("участи") for w in words):
        return False
    for i, word in enumerate(words):
        found = _parses(word.lower())[:1]
        if not found or found[0].tag.POS != "VERB" or str(found[0].normal_form) not in _HOSTING:
            continue
        verb = found[0].tag
        if verb.person not in (None, "3per"):
            continue  # "проводим": the writer's own act
        if any(p.tag.POS == "PREP" for w in words[i + 1 :] for p in _parses(w.lower())[:1]):
            return False
        return any(
            p.tag.case == "nomn" and p.tag.number == verb.number
            for p in _parses(m.group(0).split()[0])[:3]
            if "NOUN" in p.tag
        )
    return False


def locative_adjectives(words: list[str]) -> list[str]:
    """ "Заречной" (of "в Заречной СОШ") -> ["Заречная"]: adjectives standing after "в" before
    an organisation's abbreviation, each put in the nominative of its own gender and number
    (an abbreviation shows neither: the adjective agrees with the noun it stands for, "СОШ" a
    школа); [] unless every word has a locative adjective reading (pymorphy3)."""
    out: list[str] = []
    for word in words:
        reading = next(
            (p for p in _parses(word) if "ADJF" in p.tag and p.tag.case in ("loct", "loc2")), None
        )
        nominative = reading.inflect({"nomn"}) if reading is not None else None
        if nominative is None:
            return []
        out.append(nominative.word.capitalize())
    return out


# "Напомним адрес стадиона «Молодость»: 8 микрорайон, улица …": whose address follows
_ADDRESS_OWNER = re.compile(
    r"(?i)(?<![а-яё])адрес\s+([а-яё-]+(?:\s+[«\"][^«»\"\n]{2,60}[»\"])?)\s*:([^.!?\n:]{0,40})$"
)


def address_owner(text: str, address_at: int) -> str | None:
    """The place an address is labelled as belonging to ("адрес стадиона «Молодость»: …" ->
    "стадион «Молодость»"; "Адрес библиотеки:" -> "библиотека"), its noun in the nominative
    (pymorphy3); None when no such label stands before the address in its sentence or the
    label's noun is no place noun ("Адрес оргкомитета:": others_address)."""
    m = _ADDRESS_OWNER.search(text, max(0, address_at - 150), address_at)
    if m is None:
        return None
    noun, _, name = m.group(1).partition(" ")
    if PLACE.match(noun) is None:
        return None
    head = to_nominative([noun], governed=True)[0]
    return f"{head} {' '.join(name.split())}".strip()


# a place noun in the nominative with its number or quoted name, then a comma and the address
# ("(м. Запорожье, гимназия №6, ул. Олимпийская, 2)", "Сбор: школа № 12, ул. Мира, 3"): the
# building the address is of, as an address is written after its building's name
_NAMED_THEN_ADDRESS = re.compile(
    r"(?:^|(?<=[\s(,;:]))([А-ЯЁа-яё]+)(\s*№\s*\d{1,4}(?!\d)|\s+«[^«»\n]{2,60}»)\s*,\s*$"
)


def named_then_address(text: str, address_at: int) -> str | None:
    """The place named in the nominative right before an address and a comma ("гимназия №6,
    ул. Олимпийская, 2" -> "гимназия №6"): a place noun (PLACE) whose likeliest reading
    (pymorphy3) is a nominative, with its number or quoted name, as written; None otherwise
    ("в гимназии №6, …" is read by its preposition, "письмо №6, ул. …" names no place)."""
    m = _NAMED_THEN_ADDRESS.search(text, max(0, address_at - 80), address_at)
    if m is None or PLACE.fullmatch(m.group(1)) is None:
        return None
    found = _parses(m.group(1))
    if not found or "NOUN" not in found[0].tag or found[0].tag.case != "nomn":
        return None
    return " ".join(text[m.start(1) : m.end(2)].split())


# "в/на" + up to three words + a name (a quoted name, "№ N") or a Latin name alone, right
# before an address's bracket or "по адресу": "на молокозаводе «Рассвет» (", "в отделение
# почты № 3 (", "в Grand Palace Hotel по адресу: " (no word of the phrase is a preposition)
_NOT_PREPOSITION = r"(?!(?:в|во|на|по|у|с|со|к|о|об|и|для|от|до|из)\s)"
_OWNER_BEFORE = re.compile(
    rf"(?:^|[\s(,;])(в|во|на)\s+(?:((?:{_NOT_PREPOSITION}[а-яё-]+\s+){{0,2}}"
    rf"{_NOT_PREPOSITION}[а-яё-]+)(\s*№\s*\d{{1,4}}(?!\d)|\s+«[^«»\n]{{2,60}}»)"
    r"|([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}))"
    r"(?:\s*\(\s*|,?\s+(?:по\s+адресу\s*:?\s*)?)$"  # (an address may open with "по адресу")
)


def named_owner_before_address(text: str, address_at: int) -> str | None:
    """The place an address at `address_at` is of when a named noun phrase stands right
    before its bracket or "по адресу" after "в"/"на", whatever the noun ("на молокозаводе
    «Рассвет» (ул. …)" -> "молокозавод «Рассвет»", "в отделение почты № 3 (…)" -> "отделение
    почты № 3", "в Grand Palace Hotel по адресу: …" as written): a quoted name, a number or
    a Latin name makes the noun an establishment's, so it owns the address. Its head noun
    (the first word pymorphy3 reads as a noun) and the adjectives before it are put in the
    nominative, the words after it (its genitive) kept; None when no such phrase stands
    there or the phrase has no noun."""
    m = _OWNER_BEFORE.search(text, max(0, address_at - 100), address_at)
    if m is None:
        return None
    if m.group(4):
        return " ".join(m.group(4).split())
    words = m.group(2).split()
    head = next((i for i, w in enumerate(words) if has_noun_reading(w)), None)
    if head is None:
        return None
    nominative = to_nominative(words[: head + 1], case=case_after(m.group(1)))
    return " ".join([*nominative, *words[head + 1 :], m.group(3).strip()])


# what may follow a place phrase alone on its line: its floor or room, a full stop
_LINE_TAIL = re.compile(
    r"(?:\s*,\s*(?:\d{1,2}(?:-?й)?\s+этаж[а-яё]*|этаж\s+\d{1,2}|(?:каб|ауд)\.\s*\d{1,4}))?"
    r"[ \t.]*(?:\n|$)"
)


def alone_on_line(text: str, first: int, end: int) -> bool:
    """Whether a place phrase (from `first`, its adjectives, to `end`, what names it) stands
    alone on its line, but for its floor or room ("Театральный зал, 3 этаж"): a poster's or a
    programme's line telling where, with no verb or preposition to tie it to anything else.
    A post's first line (its heading) is not such a line."""
    start = text.rfind("\n", 0, first) + 1
    if start == 0 or text[start:first].strip():
        return False
    return _LINE_TAIL.match(text, end) is not None


# a day named in a sentence: «17 сентября», «17.09.2017» (with its year: «17.09» may be a clock)
_DAY_NAMED = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+({MONTH})|(?<![\d.])(\d{{1,2}})\.(\d{{1,2}})\.(?:19|20)?\d\d(?![\d.:])",
    re.IGNORECASE,
)


def _days_named(text: str, span: tuple[int, int]) -> set[tuple[int, int]]:
    """The (day, month) of each date written in text[span]."""
    days: set[tuple[int, int]] = set()
    for m in _DAY_NAMED.finditer(text, *span):
        if m.group(1) is not None:
            days.add((int(m.group(1)), month_number(m.group(2)) or 0))
        else:
            days.add((int(m.group(3)), int(m.group(4))))
    return days


def other_occasion(
    text: str, at: int, place_sentence: tuple[int, int], event_sentence: tuple[int, int] | None
) -> bool:
    """Whether the offset `at` (an address) lies in a sentence of its own, neither the
    event's (`event_sentence`) nor the place's (`place_sentence`), dated another day than
    the place's sentence: «Старт … на площади … 17.09.2017 в 11.20.
    Судейская коллегия состоится 12.09.2017 с 16.00 … по адресу: ул. Амурский бульвар, 16»
    — the address is the side meeting's, not the event's place's (walk v, F4)."""
    own = sentence_of(at, text)
    if own == place_sentence or (
        event_sentence is not None and own[0] <= event_sentence[0] < own[1]
    ):
        return False
    there, here = _days_named(text, own), _days_named(text, place_sentence)
    return bool(there) and bool(here) and not there & here


def visited_that_day(text: str, at: int, event_sentence: tuple[int, int] | None) -> bool:
    """Whether a place visited at the offset `at` («хор посетил концертный зал») may be the
    event's place: its sentence is the event's (`event_sentence`), names no day, or names one
    of the event's sentence's days. A visit dated another day («Накануне, 13 декабря, хор
    посетил …») is news of that day, not where the event is."""
    own = sentence_of(at, text)
    if event_sentence is None or own[0] <= event_sentence[0] < own[1]:
        return True
    there = _days_named(text, own)
    return not there or bool(there & _days_named(text, event_sentence))


# a firm's own name after its noun: quoted, or a capitalised word ("компанию Стройтехмаш",
# "компании КамАЗ")
_FIRM_NAME = re.compile(
    r"\s+(?:([«\"])|([А-ЯЁ][а-яё]+[А-ЯЁ][А-ЯЁа-яё]*|[А-ЯЁ][а-яё]{2,})(?![а-яё]))"
)
_PEOPLE_TAGS = ("Name", "Surn", "Patr")


def firm_named(text: str, end: int) -> bool:
    """Whether a firm's noun ending at `end` ("компании", "предприятие") stands before its own
    name: a quoted one, or a capitalised word pymorphy3 reads neither as a person's name
    (Name/Surn/Patr) nor, in its likeliest reading, as an animate noun ("в компании Деда
    Мороза", "в компании Марии Ивановны", "в компании Петрова" are people)."""
    m = _FIRM_NAME.match(text, end)
    if m is None:
        return False
    if m.group(1):
        return True
    found = _parses(m.group(2))
    if any(tag in p.tag for p in found for tag in _PEOPLE_TAGS):
        return False
    return not (found and found[0].tag.POS == "NOUN" and "anim" in found[0].tag)
