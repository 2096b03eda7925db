"""Who organises the event an announcement tells of, when the text names an outside
organiser (tests/data/organiser76.md, leftover L1 of newcomer74).

A school's deputy head pastes partners' posts as they come; the post names its host in a
few plain shapes of Russian announcements, none of them a particular venue:

- a label: «Организатор: КГТУ», «Организаторы — Музей янтаря», «Организатор мероприятия:
  Библиотека им. Чехова» (a line or a clause of its own);
- the host as the subject of a verb of hosting, before it: «Калининградский музей янтаря
  приглашает …», «БФУ им. И. Канта проводит …», «КГТУ открывает двери!»
  (bot.core.language.place_nouns.partner_host reads the first two);
- the host after such a verb, the event before it: «Экскурсию проводит Музей янтаря»,
  «Мероприятие организует КГТУ»;
- a heading or a signature line holding nothing but an organisation's name: «📚 Библиотека
  им. Чехова 📚» over the post, «С уважением, КГТУ» or «Музей янтаря» under it.

«при поддержке X», «совместно с X», «партнёр: X» name a helper, not the organiser, and are
never read as one; a place the event is held in («Экскурсия в музей янтаря …») is no
organiser either: a venue is not its host unless the post says the host invites or holds.

Also the correction a person types under a card: «организатор — школа», «организатор: КГТУ»,
«поменяй организатора на Музей янтаря» (`organiser_said`).

Pure: no store, no clock; names come back as written (trimmed), the matching to a known
organisation is the feature's (bot.core.features.organisers).
"""

from __future__ import annotations

import re

from bot.core.language.morphology import lemma, parses
from bot.core.language.place_nouns import PLACE, ROOM_LEVEL, partner_host

# «Организатор: КГТУ», «Организаторы — …», «Организатор мероприятия: …»
_LABEL = re.compile(
    r"(?<![\w-])организатор(?:ы|ом)?(?:\s+(?:мероприятия|встречи|конкурса|акции|проекта))?"
    r"\s*(?:[:—–]|\s-\s)\s*(?P<name>[^\n]+)",
    re.IGNORECASE,
)
# an organisation's name ends at a clause's end; «им.», «Н.», «пр.» keep their dots
_NAME_END = re.compile(
    r"[,;:!?()\n]|\s(?:при\s+(?:поддержке|участии)|совместно\s+с|и\s+при)\s|"
    r"(?<![\s.][А-ЯЁа-яё])(?<!им)(?<!\s[А-ЯЁ])\.(?:\s|$)|"
    # a date after the name: «проводит Музей янтаря 16 декабря в 15:00» (owner77)
    r"\s\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август"
    r"|сентябр|октябр|ноябр|декабр)"
)
# the verbs of hosting after which the host is named: «Экскурсию проводит Музей янтаря»
_AFTER_VERB = re.compile(
    r"(?<![\w-])(?:провод(?:ит|ят)|провед[её]т|организу(?:ет|ют)|организовал[аи]?"
    r"|устраива(?:ет|ют))\s+(?P<name>[^\n.,;!?]+)",
    re.IGNORECASE,
)
# a subject abbreviation before a verb of hosting partner_host does not read: «КГТУ
# открывает двери», «МЧС приглашает», «БФУ зовёт»
_ABBREVIATION_HOST = re.compile(
    r"(?:^|[.!?\n]\s*|[^\w\s]\s*)(?P<name>[А-ЯЁ]{2,6})\s+"
    r"(?:открыва(?:ет|ют)|зов[её]т|объявля(?:ет|ют)|приглаша(?:ет|ют)|провод(?:ит|ят)"
    r"|организу(?:ет|ют)|жд[её]т)(?![\w-])"
)
# a helper, not the organiser: «при поддержке …», «совместно с …», «партнёр: …»
_HELPER = re.compile(
    r"(?:при\s+(?:поддержке|участии|содействии)|совместно\s+с|в\s+партн[её]рстве\s+с"
    r"|партн[её]р(?:ы|ом)?\s*[:—–-])[^\n.;]*$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^\s*(?:с\s+уважением|ваш[аи]?|ждём\s+вас|ждем\s+вас)\s*,?\s*(?P<name>.+)$", re.IGNORECASE
)
# a line's decoration: emoji, pictographs, hashes, dashes
_DECORATION = re.compile(r"^[^\w«\"]+|[^\w»\"]+$")
_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,6}")
_INITIALS = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]\.\s?[А-ЯЁ]\.")
# the host named right before a verb of hosting, anywhere («#ЯнтарныйДекабрь Музей янтаря
# проводит экскурсию»): up to five words before the verb
_BEFORE_VERB = re.compile(
    r"(?P<before>(?:[^\s.!?\n]+[ \t]+){1,5})"
    r"(?:приглаша(?:ет|ют)|провод(?:ит|ят)|организу(?:ет|ют)|открыва(?:ет|ют))(?![\w-])"
)
_PREPOSITIONS = frozenset(
    [
        "в",
        "во",
        "на",
        "из",
        "у",
        "для",
        "при",
        "с",
        "со",
        "к",
        "ко",
        "о",
        "об",
        "от",
        "до",
        "по",
        "за",
        "под",
        "над",
    ]
)
_WORD = re.compile(r"[А-ЯЁа-яё]+")
# words telling that someone comes to the school as its guest (owner77): «к нам придут»,
# «в гости», «встреча с», «с участием», «приглашённый гость», «представитель»,
# «сотрудники», «инспектор» (of an organisation named next)
_GUEST_SIGNAL = re.compile(
    r"(?<![\w-])(?:к\s+нам|в\s+гост(?:и|ях)|гост(?:ь|я|ем|и|ей)|встреч[аеуи]\s+с(?:о)?"
    r"|с\s+участием|при\s+участии|приглаш[её]нн\w*|пригласили|представител\w*"
    r"|сотрудник\w*|инспектор\w*|специалист\w*)(?![\w-])",
    re.IGNORECASE,
)
# a host inviting the students to its own event: «КГТУ приглашает», «Музей зовёт», «ждёт»
_INVITES = re.compile(r"(?<![\w-])(?:приглаша(?:ет|ют)|зов(?:[её]т|ут)|жд(?:[её]т|ут))(?![\w-])")
# a lesson of the school's own: «Урок мужества», «классный час», «открытый урок» — not a
# lesson counted as a time («после 6 урока», «на 3 уроке», «уроков»)
_LESSON = re.compile(
    r"(?<![\w-])(?<!\d\s)(?<!\d-го\s)(?<!после\s)(?<!перед\s)(?<!вместо\s)"
    r"(?:урок(?:а|е|ом|и)?|классн(?:ый|ого|ом)\s+час(?:а|е|ом)?)(?![\w-])",
    re.IGNORECASE,
)
_WORD_OR_NUMBER = re.compile(r"[А-ЯЁа-яёA-Za-z]+|\d+")
# a line marked as a place, not a name signing the post: «📍 Музей янтаря», «🏛 …»
_PLACE_MARK = re.compile(r"^\s*(?:📍|📌|🗺️?|🏠|🏢|🏛️?)")
# what stands right before a place's name: «в», «во», «на», a place label, a pin
_PLACE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:в|во|на)\s+|(?:мест[оа](?:\s+проведения)?|где|адрес)\s*[:—–-]\s*"
    r"|📍\s*)[«\"]?$",
    re.IGNORECASE,
)
_OWN_WORDS = frozenset({"наш", "свой", "школьный"})  # a lemma opening the school's own unit
_SCHOOL_NOUNS = frozenset({"школа", "гимназия", "лицей"})  # closing it: «Библиотека школы»
MAX_NAME_WORDS = 7  # a longer phrase is a sentence, not an organisation's name
MAX_NAME_CHARS = 120  # a longer name is no organisation's («МБУК «Централизованная …»» fits)
# what stands for the school itself in a correction: «организатор — школа», «… мы»; no one
# outside: «… я», «… нет», «… никто», «организатор не нужен» (attack76)
_SCHOOL_WORDS = re.compile(
    r"^(?:(?:наша|сама|своя)\s+)?школ[аыуе]|(?:мы|я)(?:\s+сам[аи]?)?|сами|наш[аи]?|школьное"
    r"|нет|никто|никакого|не\s+нужен$",
    re.IGNORECASE,
)
_SAID = re.compile(
    r"^\s*(?:(?:исправ(?:ь|ьте)|измени(?:те)?|поменя(?:й|йте)|смени(?:те)?|замени(?:те)?)\s+)?"
    r"организатор[ау]?(?:\s+(?:мероприятия|у\s+мероприятия))?"
    r"\s*(?:[:—–]|\s-\s|\s+на\s+|\s+)\s*(?P<value>\S.*?)[\s.!]*$",
    re.IGNORECASE | re.DOTALL,
)
# a question word where a name was expected: «организатор кто», «организатор — какой?»
_ASKED = re.compile(r"(?:кто|какой|какая|какое|чей|чья|что)(?![а-яё])", re.IGNORECASE)
SCHOOL = ""  # `organiser_said`'s answer for the school itself
MAX_CORRECTION = 80  # characters: a longer text is a message of its own


def named_organiser(text: str) -> str | None:
    """The outside organisation the announcement `text` names as its organiser, as written
    (its nominative where the post writes it so), or None when it names none: a label
    («Организатор: …»), a host inviting or holding («… приглашает», «… проводит»), the host
    after a verb of hosting, or a heading or signature line that is just a name (see the
    module's docstring). A helper («при поддержке …») is never the organiser; nor the
    school itself («Наша школа приглашает …», «Организатор: Школа»: its own event), nor a
    name over MAX_NAME_CHARS characters (attack76)."""
    for read in (_labelled, _hosting, _hosted_by, _heading, _signature):
        name = read(text)
        if name:
            if _SCHOOL_WORDS.fullmatch(name) or len(name) > MAX_NAME_CHARS:
                return None
            if read is not _labelled and name == named_guest(text):
                return None  # a guest of the school's lesson, not its organiser (owner77)
            if not schools_own(name):
                return name
    return None


def named_guest(text: str) -> str | None:
    """The outside organisation `text` names as the school's guest, not its host (owner77):
    who comes to the school — «к нам придут сотрудники МЧС», «в гости к 7Б приедет
    представитель ГИБДД», «встреча с КГТУ», «с участием Музея янтаря», «приглашённый гость —
    МЧС» (the first organisation's name after such words) — or who holds a lesson of the
    school's («Урок мужества … Проводит МЧС», «МЧС проведёт урок безопасности»: a lesson or
    a class hour is the school's, the one who holds it is its guest). A partner holding its
    own event at the school («МЧС проводит учения в школе», «КГТУ проводит в нашей школе
    олимпиаду») or inviting to its own lesson («КГТУ приглашает на открытый урок») is no
    guest. None when there is none."""
    for m in _GUEST_SIGNAL.finditer(text):
        name = _organisation_after(text[m.end() : m.end() + 80])
        if name:
            return name
    if _LESSON.search(text) is None or _INVITES.search(text) is not None:
        return None  # «КГТУ приглашает на открытый урок»: the partner invites, its lesson
    host = _hosted_by(text) or _hosting(text)
    return host if host and not _SCHOOL_WORDS.fullmatch(host) and not schools_own(host) else None


def _organisation_after(window: str) -> str | None:
    """The first organisation's name in `window` (an abbreviation, or a capitalised place
    noun's name: «Музея янтаря», «ГИБДД»), cut at its clause's end; None when none, or
    when the first one stands after a preposition — a place («встреча с художником в Музее
    янтаря» is held there; the museum is no guest)."""
    words = window.split()
    for at, word in enumerate(words[:8]):
        bare = word.strip('«»"(),.:;!?—–-')
        is_name = _ABBREVIATION.fullmatch(bare) or (bare[:1].isupper() and _is_place(bare))
        if is_name and at > 0 and words[at - 1].lower() in _PREPOSITIONS:
            return None
        if _ABBREVIATION.fullmatch(bare):
            return bare
        if bare[:1].isupper() and _is_place(bare):
            name = _trimmed(" ".join(words[at:]))
            return _nominative(name) if name else None
    return None


def _nominative(name: str) -> str:
    """`name` with its first word in the nominative when another case holds it («Музея
    янтаря» after «с участием» → «Музей янтаря»); its complement is left as written."""
    first, _, rest = name.partition(" ")
    found = parses(first)
    if not found or "nomn" in found[0].tag:
        return name
    word = found[0].inflect({"nomn"})
    if word is None:
        return name
    head = word.word.capitalize() if first[:1].isupper() else word.word
    return f"{head} {rest}".strip()


def schools_own(name: str) -> bool:
    """Whether the host `name` is the school itself or a unit of it, not an outside
    organiser (review76): «наш/свой …» first («Наша школа», «Наш лицей»), the adjective
    «школьный» («Школьная библиотека»), a school noun closing the name («Администрация
    школы», «Библиотека гимназии», «Школа» alone; «Школа №5», «Детская школа искусств» go
    on past it and are another's), or a bare common place noun with no name of its own
    («Библиотека», «Спортзал»): each becomes a new partner on «да» otherwise."""
    words = [lemma(w.strip('«»"')) for w in name.lower().split()]
    if not words:
        return False
    if words[0] in _OWN_WORDS or words[-1] in _SCHOOL_NOUNS:
        return True
    return len(words) == 1 and _is_place(name) and not _ABBREVIATION.fullmatch(name)


def organiser_said(text: str) -> str | None:
    """The organiser a correction typed under a card names: «организатор — школа» (SCHOOL,
    ""; also «… я», «… мы сами»: the speaker is the school's), «организатор: КГТУ» («КГТУ»),
    «поменяй организатора на Музей янтаря»; None when `text` is no such correction (or
    longer than MAX_CORRECTION), asks («организатор кто») or names a person («организатор:
    Иванова М. П.»), which no partner organisation is (review76: each became one on «да»)."""
    written = " ".join(text.split())
    if len(written) > MAX_CORRECTION:
        return None
    m = _SAID.match(written)
    if m is None:
        return None
    value = _DECORATION.sub("", m.group("value")).strip()
    if not value or "?" in m.group(0):
        return None
    if _SCHOOL_WORDS.fullmatch(value):
        return SCHOOL
    if _ASKED.match(value) or _person(value):  # «организатор кто», «… Иванова М. П.»
        return None
    return value if len(value.split()) <= MAX_NAME_WORDS else None


# «организатор спектакля — …», «измени организатора 4 на …»: the organiser of an event
# named by a word or two (its title, its number) set to another (newcomer75)
_OF_EVENT = re.compile(
    r"^\s*(?:(?:исправ(?:ь|ьте)|измени(?:те)?|поменя(?:й|йте)|смени(?:те)?|замени(?:те)?)\s+)?"
    r"организатор[ау]?(?:\s+[^\s:—–?]+){0,3}?\s*(?:[:—–]|\s-\s|\s+на\s+)\s*[^\s?]",
    re.IGNORECASE,
)


def organiser_change_asked(text: str) -> bool:
    """Whether `text`, one short line, sets an event's organiser: «организатор: КГТУ»,
    «организатор — школа», «организатор спектакля — Драмтеатр», «смени организатора 4 на
    БФУ» (at most MAX_CORRECTION characters, no question mark); False for a question
    («кто организатор?») or a longer message (an announcement with an «Организатор:» line)."""
    written = " ".join(text.split())
    if len(written) > MAX_CORRECTION or "\n" in text.strip() or "?" in written:
        return False
    return organiser_said(written) is not None or _OF_EVENT.match(written) is not None


def _labelled(text: str) -> str | None:
    """«Организатор: КГТУ»: the name after the label."""
    for m in _LABEL.finditer(text):
        name = _trimmed(m.group("name"))
        if name and name[0].isupper() and not _person(name):
            return name
    return None


def _person(name: str) -> bool:
    """Whether `name` is a person's («Иванова М. П.», «Мария Петровна»), not an organisation's."""
    if _names_organisation(name):
        return False
    if _INITIALS.search(name):
        return True
    found = parses(name.split()[0])
    return bool(found) and ("Surn" in found[0].tag or "Name" in found[0].tag)


def _hosting(text: str) -> str | None:
    """The host inviting or holding, named before its verb: place_nouns.partner_host, or a
    bare abbreviation before another verb of hosting («КГТУ открывает двери»)."""
    host = partner_host(text)
    if host and not _helped(text, host):
        return _trimmed(host)
    m = _ABBREVIATION_HOST.search(text)
    if m is not None and not _helped(text, m.group("name")):
        return m.group("name")
    for m in _BEFORE_VERB.finditer(text):
        words = m.group("before").split()
        for at in range(len(words)):
            name = " ".join(words[at:])
            if not words[at][0].isupper() or not _names_organisation(name):
                continue
            if at == 0 or words[at - 1].lower() not in _PREPOSITIONS:
                return name
            break
    return None


def _hosted_by(text: str) -> str | None:
    """«Экскурсию проводит Музей янтаря»: an abbreviation or a place noun right after the
    verb of hosting (never a person: «проводит Иванова», nor «проводят специалисты»)."""
    for m in _AFTER_VERB.finditer(text):
        name = _trimmed(m.group("name"))
        if not name:
            continue
        first = name.split()[0]
        if _ABBREVIATION.fullmatch(first) or (_is_place(first) and first[0].isupper()):
            return name
    return None


def _heading(text: str) -> str | None:
    """The post's first line when it is only an organisation's name («📚 Библиотека им.
    Чехова 📚»), not a place marked as one («📍 Музей янтаря»); a one-line message has no
    heading."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or _PLACE_MARK.match(lines[0]):
        return None
    return _name_line(lines[0])


def _signature(text: str) -> str | None:
    """The post's last line when it signs it: «С уважением, КГТУ», or only a name — unless
    that name is the event's place: marked as one («📍 Музей янтаря») or said as the place
    above it («… в Музее янтаря», «Место: Музей янтаря»): a venue repeated closing the post
    is no signature (owner77)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    last = _DECORATION.sub("", lines[-1])
    sign_off = _SIGN_OFF.match(last)
    if sign_off is not None:
        name = _trimmed(sign_off.group("name"))
        return name if name and _names_organisation(name) else None
    line = _name_line(lines[-1])
    if line is None or _PLACE_MARK.match(lines[-1]):
        return None
    return None if _said_as_place("\n".join(lines[:-1]), line) else line


def _said_as_place(text: str, name: str) -> bool:
    """Whether `text` names `name` (in any case: its words' dictionary forms in order) as a
    place: after «в», «во», «на» or a place label («Место:», «Где:», «Адрес:», «📍»)."""
    wanted = [lemma(w) for w in _WORD_OR_NUMBER.findall(name)]
    if not wanted:
        return False
    tokens = list(_WORD_OR_NUMBER.finditer(text))
    forms = [lemma(t.group(0)) for t in tokens]
    size = len(wanted)
    for at in range(len(forms) - size + 1):
        if forms[at : at + size] != wanted:
            continue
        before = text[: tokens[at].start()]
        if _PLACE_BEFORE.search(before):
            return True
    return False


def _name_line(line: str) -> str | None:
    """`line` (decoration stripped) when it is nothing but an organisation's name: a place
    noun first (not a room) or an abbreviation alone, no digits, few words."""
    bare = _DECORATION.sub("", line).strip()
    if not bare or any(ch.isdigit() for ch in bare) or bare != _trimmed(bare):
        return None
    return bare if _names_organisation(bare) else None


def _names_organisation(name: str) -> bool:
    """Whether `name` reads as an organisation's: it begins with a place noun that is no
    room («Музей янтаря», «Библиотека им. Чехова», «Калининградский музей …» through its
    first noun) or is an abbreviation («КГТУ», «БФУ им. И. Канта»), in MAX_NAME_WORDS words."""
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    if _ABBREVIATION.fullmatch(words[0]):
        return True
    for at, word in enumerate(words[:3]):
        if _is_place(word):
            if ROOM_LEVEL.match(word):  # «Актовый зал», «Кабинет 12»: a room, no organisation
                return False
            return at == 0 or (words[0][0].isupper() and all(map(_adjective, words[:at])))
        if not _adjective(word):
            return False
    return False


def _adjective(word: str) -> bool:
    """Whether `word`'s likeliest reading is a full adjective («Калининградский»)."""
    found = parses(word.strip(".,"))
    return bool(found) and "ADJF" in found[0].tag


def _is_place(word: str) -> bool:
    """Whether `word` is a noun of a kind of place (place_nouns.PLACE: музей, библиотека …)."""
    letters = _WORD.match(word)
    return letters is not None and PLACE.fullmatch(letters.group(0).lower()) is not None


def _trimmed(name: str) -> str:
    """`name` cut at its clause's end, decoration stripped, or "" when too long to be one."""
    end = _NAME_END.search(name)
    cut = _DECORATION.sub("", name[: end.start()] if end else name).strip()
    return cut if 0 < len(cut.split()) <= MAX_NAME_WORDS else ""


def _helped(text: str, name: str) -> bool:
    """Whether `name` stands in `text` only as a helper: «при поддержке КГТУ»."""
    at = text.find(name)
    return at >= 0 and _HELPER.search(text[max(0, at - 40) : at]) is not None
