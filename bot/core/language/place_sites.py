"""A place named in the genitive after a part or a unit of it ("на трассах лыжной базы
«Чайка»", "в Красногорском филиале Музея Победы", "в читальном зале библиотеки"): the
preposition governs the first noun, which pymorphy3 reads in the locative, and that noun
governs the place in the genitive. Used by places.py."""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.morphology import is_known, to_nominative
from bot.core.language.place_nouns import PLACE
from bot.core.language.place_words import compound_head
from bot.core.language.prepositions import after_prepositions
from bot.core.language.sentences import IN_SENTENCE
from bot.core.language.title_words import word_parses as _parses

# "в"/"на", up to two agreeing words and the noun they govern, right before a place phrase
_SITE = compile_with_scan(
    r"(?:^|[\s(,;])((?:[Вв]о?|[Нн]а)\s+((?:(?!(?:[Вв]о?|[Нн]а)\s)[А-ЯЁа-яё-]+\s+){0,2}?"
    r"[А-ЯЁа-яё-]{3,}))\s+$"
)
# derived prepositions and the pages of a site: their noun is a locative that names no
# place ("в рамках программы музея", "на сайте библиотеки", "в исполнении артистов театра")
_NOT_SITE = re.compile(
    r"(?i)^(?:рамк|ход[еа]|течени|продолжени|преддвери|честь|памят|составе|качестве|пользу"
    r"|исполнени|адрес|лице|пресс-служб|сайт|страниц|групп|сообществ|канал|аккаунт|портал|соцсет|сети"
    r"|интернет|эфир|телеграм|прямом|программ|план|рубрик|проект|цикл|серии|выпуск|номер"
    r"|фон[еау]|истори|жизн|деятельност|развити|работе)"  # "на фоне", "в истории музея"
)


def site_before(window: str, place: str) -> re.Match[str] | None:
    """The site phrase ("на трассах", "в Красногорском филиале") that ends `window` and
    governs `place` (a place noun as written), or None: its last word must read as an
    inanimate noun in the locative, the words before it as adjectives, and `place` as a
    genitive (pymorphy3's two likeliest readings)."""
    m = _SITE.search(window)
    if m is None:
        return None
    *adjectives, noun = m.group(2).split()
    if _NOT_SITE.match(noun) or PLACE.match(noun) or not _locative_thing(noun):
        return None  # "в зале музея": the hall is a place noun of its own, read with its name
        return None
    if any(not _adjective(w) for w in adjectives):
        return None
    if not any(p.tag.case == "gent" for p in _parses(place.split()[0])[:2]):
        return None
    return m


def named_site(site: re.Match[str]) -> str:
    """The site as part of the venue's name when it is written with a capital ("в
    Красногорском филиале" -> "Красногорский филиал "), else "" (a "трасса" or a "крыша" is
    not shown: the place it belongs to is)."""
    words = site.group(2).split()
    if not any(w[:1].isupper() for w in words):
        return ""
    return " ".join(to_nominative(words, case="loct")) + " "


def _locative_thing(word: str) -> bool:
    found = _parses(word)[:2]
    return any(
        "NOUN" in p.tag and p.tag.case in ("loct", "loc2") and "anim" not in p.tag for p in found
    ) and not any("Geox" in p.tag or "Name" in p.tag or "Surn" in p.tag for p in found[:1])


def _adjective(word: str) -> bool:
    return any("ADJF" in p.tag or "PRTF" in p.tag for p in _parses(word)[:2])


# the inviting verb after a host ("Планетарий … приглашает"), within its sentence
# (sentences.IN_SENTENCE: «им.», «ул.», initials end no sentence)
_INVITES = re.compile(rf"{IN_SENTENCE}{{0,70}}?\sприглаша[а-яё]*")
_SENTENCE_REST = re.compile(rf"{IN_SENTENCE}{{0,200}}")
_PLACE_AFTER_PREP = re.compile(r"(?<![а-яё])(?:в|во|на)\s+(?:[а-яё-]+\s+){0,2}$", re.I)


def invites_home(text: str, end: int) -> bool:
    """Whether the host ending at `end` invites to its own premises: its verb is "приглашает"
    and the rest of its sentence names no other place after "в"/"на" ("Библиотека приглашает
    на встречу в конференц-зале Дома учёных" invites elsewhere)."""
    verb = _INVITES.match(text, end, end + 100)
    if verb is None:
        return False
    rest = _SENTENCE_REST.match(text, verb.end())
    span = rest.group(0) if rest else ""
    return not any(
        _PLACE_AFTER_PREP.search(span, max(0, p.start() - 40), p.start())
        for p in PLACE.finditer(span)
    )


# "в «Музее Тропинина …»": a place whose whole name is quoted after "в"/"на"
# (straight quotes too: «в "Березовой роще"»)
_QUOTED_AFTER_PREP = re.compile(
    r"(?<![А-ЯЁа-яё])(?:[Вв]о?|[Нн]а)\s+(?:«([^«»\n]{3,80})»|\"([^\"\n]{3,80})\")"
)


def quoted_places(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each place named in quotes right after "в"/"на" whose first words
    are a place noun in the locative and its adjectives ("в «Музее Тропинина и московских
    художников его времени»" -> "Музей Тропинина и московских художников его времени"): the
    noun phrase put in the nominative with pymorphy3, the rest as written."""
    found = []
    for m in after_prepositions(_QUOTED_AFTER_PREP, text):
        words = (m.group(1) or m.group(2)).split()
        head = next((i for i, w in enumerate(words[:3]) if PLACE.fullmatch(w)), None)
        if head is None or any(not _adjective(w) for w in words[:head]):
            continue
        if not any(p.tag.case in ("loct", "loc2") for p in _parses(words[head])[:2]):
            continue  # "на «Ночь музеев»": an event's name, where one goes
        words[head] = compound_head(words[head], "loct")  # "Доме-музее" -> "Дом-музее"
        shown = to_nominative(words[: head + 1], case="loct")
        if "ё" not in m.group(0).lower():  # "Березовой роще": spelt as the writer spells it
            shown = [w.replace("ё", "е").replace("Ё", "Е") for w in shown]
        found.append((m.start(1 if m.group(1) else 2), " ".join([*shown, *words[head + 1 :]])))
    return found


def bare_lemma(word: str, case: str | None) -> str | None:
    """The nominative of a place noun standing without adjectives in `case` when one of its
    readings in that case has a dictionary form the word begins with ("парке" -> "парк",
    not pymorphy3's likelier "парка", a coat, read in the dative first); None when the
    likeliest reading is in that case already ("на базе") or no form fits ("музее")."""
    if case not in ("loct", "gent") or "-" in word:
        return None
    low = word.lower()
    found = _parses(word)
    if found and found[0].tag.case in (case, "loc2"):
        return None  # "на базе": the likeliest reading is in the case already
    for p in found:
        form = str(p.normal_form)
        if (
            "NOUN" in p.tag
            and "sing" in p.tag
            and p.tag.case in (case, "loc2")
            and low.startswith(form)
            and form != low
        ):
            return word[:1] + form[1:] if word[:1].isupper() else form
    return None


# "на крыше «Мастерславля»", "в «Артеке»": a quoted name after "в"/"на" or after a site
_QUOTED_NAME = re.compile(
    r"(?<![А-ЯЁа-яё])(?:[Вв]о?|[Нн]а)\s+(?:((?:[а-яё-]+\s+){0,2}?[а-яё-]{3,})\s+)?«([^«»\n]{3,60})»"
)


def quoted_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each place known by a quoted proper name alone, right after "в"/"на"
    ("в «Артеке»", locative) or after a site in the locative ("на крыше «Мастерславля»",
    genitive): its first word must read as a place or organisation name (pymorphy3's Geox,
    Orgn) or as an inanimate noun the dictionary does not know, never as a known common
    noun ("на «Лыжне России»", "в рамках «Недели науки»"); shown in the nominative."""
    found = []
    for m in after_prepositions(_QUOTED_NAME, text):
        words = m.group(2).split()
        site = m.group(1)
        if site is not None and all(_locative_adjective(w) for w in site.split()):
            site = None  # "в московском «Технограде»": the name's adjectives, no site
        if site is not None and site_before(f"в {site} ", words[0]) is None:
            continue
        name = _proper_name(words[0], "gent" if site else "loct")
        if name is not None:
            found.append((m.start(2), " ".join([name, *words[1:]])))
    return found


def _locative_adjective(word: str) -> bool:
    """Whether the likeliest reading of `word` is an adjective in the locative ("московском")."""
    found = _parses(word)[:1]
    return bool(found) and "ADJF" in found[0].tag and found[0].tag.case in ("loct", "loc2")


def _proper_name(word: str, case: str) -> str | None:
    """The word's nominative when it reads as a name in `case` (see quoted_names)."""
    if not word[:1].isupper():
        return None
    known = is_known(word.lower())
    fits = [
        str(p.normal_form)
        for p in _parses(word)[:2]
        if "NOUN" in p.tag
        and p.tag.case in (case, "loc2")
        and ({"Geox", "Orgn"} & p.tag.grammemes or (not known and "inan" in p.tag))
    ]
    if not fits:
        return None
    if not known:  # a guessed word: the lemma the word begins with ("Технограде" -> "Техноград",
        # not the guess "Технограда"), read among all its guesses
        low = word.lower()
        fits += [
            str(p.normal_form)
            for p in _parses(word)
            if "NOUN" in p.tag
            and p.tag.case in (case, "loc2")
            and low.startswith(str(p.normal_form))
        ]
        fits.sort(key=lambda form: not low.startswith(form))
    return "-".join(part.capitalize() for part in fits[0].split("-"))


# "в ТЮЗе «Молодёжный»", "во ВГИКе", "в курском ТЮЗе": an abbreviation declined with a
# small ending (after at most two adjectives in the locative)
_DECLINED = re.compile(
    r"(?<![\w-])[Вв]о?\s+(?:[а-яё]+(?:ом|ем)\s+){0,2}([А-ЯЁ]{3,6})(е|у)(?![А-ЯЁа-яё\w-])"
    r"(\s+«[^«»\n]{2,60}»)?"
)


def named_places(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the places a post names without a place noun: quoted_places,
    quoted_names, and an organisation's abbreviation declined after "в" ("в ТЮЗе
    «Молодёжный»" -> "ТЮЗ «Молодёжный»"; not a common noun in capitals: "в ВУЗе")."""
    found = [*quoted_places(text), *quoted_names(text)] if "«" in text or '"' in text else []
    for m in after_prepositions(_DECLINED, text):
        word = (m.group(1) + m.group(2)).lower()
        if is_known(word) and not any("Orgn" in p.tag for p in _parses(word)[:2]):
            continue  # "в ВУЗе", "в ЗАГСе": common nouns written in capitals
        found.append((m.start(1), m.group(1) + (m.group(3) or "")))
    return found


# searched over whole posts: `re` skips to their first characters (first_scan.py)
_QUOTED_AFTER_PREP = with_first_scan(_QUOTED_AFTER_PREP)
_QUOTED_NAME = with_first_scan(_QUOTED_NAME)
_DECLINED = with_first_scan(_DECLINED)
