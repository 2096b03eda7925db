"""Place nouns of a long post ("музей", "Дом культуры", "бизнес-колледж", "IT-куб") and the
organisation that invites to its own premises ("КГТУ приглашает", "Областная детская
библиотека приглашает"); used by places.py and venue_more.py."""

from __future__ import annotations

import re

from bot.core.language import literal_index
from bot.core.language.first_scan import with_first_scan
from bot.core.language.lowered import finditer_i, reread, search_i, twin
from bot.core.language.morphology import to_nominative
from bot.core.language.place_words import compound_head, left_adjectives, right_words
from bot.core.language.prefilter import grouped
from bot.core.language.title_words import has_noun_reading
from bot.core.language.tokens import initials

PLACE_STEMS = (
    r"парк|музе|библиотек|театр|планетари|школ|гимнази|лице[йяеюи]|колледж|техникум|университет|конференц-зал"
    r"|институт|академи|зал|собор|храм|корпус|клуб|центр|дворц|дворец|стадион|зоопарк|причал"
    r"|сквер|площад|бульвар(?![а-яё]{3})|кинотеатр|филармони|галере|отдел|кафедр|аудитори|кабинет|фойе|технопарк"
    r"|кванториум|манеж|арен|бассейн|набережн|сцен|лагер|баз(?:[еаы]|ой)|дом\w*\s+культуры|ДК|цирк"
    r"|спортзал|спорткомплекс|усадьб|кремл|выставочн\w+\s+зал|экспоцентр|дом\w*\s+творчества"
    r"|дом\w*\s+молод[её]жи|дом\w*\s+учител\w*|дом\w*\s+офицеров|дом\w*\s+музыки|дом\w*\s+науки"
    r"|дом[а-яё]*-музе|комплекс|рощ|сад|заповедник|здани|завод|фабрик|комбинат|обсерватори|подворь|каток|катк"
    r"|пляж|лесопарк|озер|пруд|долин|лектори|мемориал|памятник|обелиск|монумент"
    r"|вечн[а-яё]{1,3}\s+огн[а-яё]{1,2}(?![а-яё])"  # "у Вечного огня": a memorial
    r"|алле(?:я|и|е|ю|ей)(?![а-яё])|башн|церк(?:овь|ви|овью)(?![а-яё])"  # "у Аллеи славы"
    r"|столов(?:ая|ой)(?![а-яё])"  # "возле столовой …" ("в столовую" is a destination)
    r"|войсков[а-яё]+\s+част[ьию]{1,2}|воинск[а-яё]+\s+част[ьию]{1,2}"  # a military unit
    # a fire station ("в пожарной части", "в пожарно-спасательную часть"; never "часть концерта")
    r"|пожарн[а-яё]+\s+част[ьию]{1,2}|пожарно-спасательн[а-яё]+\s+част[ьию]{1,2}"
    r"|павильон(?!ах|ами|ам|ов|ы)|санатори|замк(?:е|а|у|ом)(?![а-яё])|замок(?![а-яё])"
    r"|хутор|остров|интернат|администраци[ия](?![а-яё])|[лс]/[бк](?![а-яё/])|факультет|училищ|аэродром|ипподром|велодром|скалодром|картодром|автодром|мотодром|аэропорт|вокзал"
    r"|двор(?!ц|ец|ян)|кинозал|(?:зоо)?экзотариум|океанариум|дельфинари|аквапарк|оранжере"
    # shops: "у гипермаркета «Лента»", "в магазине «Книги»", "в ресторане «Волна»" (not the
    # indeclinable «кафе», whose nominative the place reading cuts to «каф»)
    r"|гипермаркет|супермаркет|магазин|торгов\w+\s+центр|ресторан|кофейн"
    # lodgings (a boarding house, a hostel), clinics, a choir's hall and a salon named by
    # their kind: "в гостинице «…»", "в пансионате «…»", "в детских поликлиниках", "в
    # хоровой капелле", "в литературной гостиной" (not
    # "поляна": «в Ясной Поляне» is a settlement; not "амфитеатр": a park's stage, a part).
    # A capella is a place only in the locative: «капелла России» on a concert's bill, «хор
    # капеллы» are the performers
    r"|приют(?:а|у|е|ом|ы|ов|ах)?(?![а-яё])"  # an animal shelter (never "приютили")
    r"|гостиниц|пансионат|хостел|отел(?:ь|я|е|ю|ем)(?![а-яё])|больниц|поликлиник|капелле(?![а-яё])"
    r"|гостин(?:ая|ой|ую)(?![а-яё])"
    # an archive (never "архивист": a person) and a port ("в морском порту"; never "портрет",
    # "портал": the noun's own forms only)
    r"|архив(?:а|у|е|ом|ы|ов|ах)?(?![а-яё])|порт(?:а|у|е|ом|ы|ов|ах)?(?![а-яё])"
    # a firm or an enterprise before its own name ("посетили компанию Стройтехмаш", "на
    # предприятии «…»"; places.py keeps it only before a quoted or capitalised name: never
    # "в компании друзей")
    r"|(?:компани|предприяти)[а-яё]{0,3}(?![а-яё])"
    # a court by its level ("посетили районный суд", "в областном суде"; never "на суд жюри")
    r"|(?:районн|городск|областн|краев|арбитражн|мирово|верховн)[а-яё]{1,3}\s+суд(?![а-яё]{3})"
    r"|коворкинг|мастерск|студи[яиюе]|IT-куб|ИТ-куб|станци[а-яё]*(?=\s+(?:метро|юных|переливания|скорой|[«\"]))|метро|ледов\w+\s+арен"
    r"|дом\w*\s+(?:[а-яё]+(?:ого|ой|ых|их)\s+){1,2}(?:творчества|культуры|молод[её]жи|науки|музыки)"
    r"|дом(?:е|а|у|ом)?(?=\s+[а-яё]{3,}(?![а-яё]))"  # "в Доме искусств" (capital: place_nouns)
    r"|дом(?:е|а|у|ом)?(?=[.,;!?])"  # "в Губернаторском доме." (a capitalised name: place_nouns)
)
# (an "отделение" of a society or a bank is an organisation's branch, not a room: "Костромское
# отделение Союза писателей")
# (a pavilion stands inside a site as a hall in a building: "павильон «Лекторий»" of a zoo;
# "в павильонах выставочного центра" names the centre, read by place_sites.site_before)
ROOM_LEVEL = re.compile(
    r"(?i)^(?:\w+\s+)?(?:зал|фойе|кабинет|аудитори|сцен|отдел(?!ени)|корпус|павильон)"
)
PLACE = re.compile(
    rf"(?<![а-яёА-ЯЁ]){initials(PLACE_STEMS)}(?:{grouped(PLACE_STEMS)})[а-яё]*(?:-[а-яё]+)?",
    re.I,
)


# what every abbreviation of an organisation holds: two capitals side by side ("КГТУ", "ЦПКиО")
# or a capital, up to three small letters and a capital ("КубГУ", "СахГУ", _MIXED_ABBR of
# places.py). Over half the posts have none: the patterns reading an abbreviation from a whole
# post (HOST_ABBREVIATION here, places._ORG_PLACE, _ABBREVIATION, _ON_ABBREVIATION,
# _ORG_ADDRESSED) are searched only in a post where this occurs (tests/unit/
# test_speedvenue41_shortcuts.py: every match of theirs holds one)
ABBREVIATED = re.compile(r"[А-ЯЁ][а-яё]{0,3}[А-ЯЁ]")


# the verbs of an organisation hosting an event, as their forms begin
HOST_VERBS = (
    r"(?:приглаша|пригласи|проводит|провед[её]т|организует|ждёт|ждет|покаж|отмет(?:ит|ят)"
    r"|представ|присоедин|откроет|устраивает|устро[ия]т|предлага|предлож)"
)
# the organisation that invites to its own premises ("Музей … приглашает школьников")
HOST = re.compile(
    r"(?:[^.!?\n]|(?<=\s[А-ЯЁ])\.|(?<=\sим)\.){0,70}?"  # "Библиотека им. Н. А. Некрасова"
    rf"\s{HOST_VERBS}"
)
# the organisation that holds the event at its own premises, a verb of showing left out:
# "Театр покажет спектакль" in a message naming a school's hall is a company on tour
HOST_HOLDING = re.compile(
    r"(?:[^.!?\n]|(?<=\s[А-ЯЁ])\.|(?<=\sим)\.){0,70}?"
    r"\s(?:приглаша|пригласи|проводит|провед[её]т|организует|ждёт|ждет|присоедин|откроет"
    r"|устраивает|устро[ия]т|предлага|предлож)"
)
# an organisation by its abbreviation inviting to its own premises ("КГТУ приглашает")
HOST_ABBREVIATION = re.compile(
    r"(?<![\w-])([А-ЯЁ]{2,6})(?:\s+им(?:\.|ени)\s*(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё]+)?"
    r"(?=\s+(?:приглаша|проводит|провед[её]т|организует|ждёт|ждет))"
)


# a place noun with a prefix of its own ("бизнес-колледж", "арт-центр", "эко-парк")
_PREFIXED_TAIL = (
    r"-(?:колледж|центр|клуб|парк|студи|лаборатори|зал|холл|кластер|пространств|площадк)[а-яё]*"
)
_PREFIXED_HIT = re.compile(rf"(?i){_PREFIXED_TAIL}")
_DASH_NEXT = re.compile(r"\s+[-—–]\s")
_PREFIXED = re.compile(rf"(?i)(?<![а-яё-])[а-яё]{{2,10}}{_PREFIXED_TAIL}")
# a place noun fused with a compounding stem, as Russian forms such nouns without a hyphen
# ("киноцентр", "киноклуб", "киностудия", "медиацентр", "экопарк", "этнопарк", "спортклуб",
# "автогородок"): still that place ("в киноцентре «Родина» стартует …")
_FUSED = re.compile(
    r"(?i)(?<![а-яё-])(?:кино|медиа|фото|эко|этно|техно|спорт|авто|вело|мото|аква|агро|арт)"
    r"(?:центр|клуб|студи[яиюей]|парк|городк|городок)[а-яё]*(?![а-яё-])"
)
_FUSED_CUE = re.compile(r"(?i)центр|клуб|студи|парк|городо?к")


# a bare "дом" in small letters is a house ("в доме бабушки"); "Дом искусств" is a place
_HOUSE = re.compile(r"дом[а-яё]*")
# … unless a name in capitals makes it a building: "в Губернаторском доме", "Пашков дом"
_NAMED_HOUSE = re.compile(r"(?<![а-яёА-ЯЁ])[А-ЯЁ][а-яё]{3,}(?:ом|ем|ой|ий|ый|ого|ом|ов)\s+$")
# … or its owner's surname after it, as old town houses are named: "у дома Алянчикова", "дом
# Пашкова", "в доме купца Рукавишникова"
_OWNER_HOUSE = re.compile(
    r"\s+(?:купц[аов]{1,2}\s+)?[А-ЯЁ][а-яё]{2,}(?:ова|ева|ёва|ина|ына)(?![а-яё])"
)


# PLACE's case-sensitive twin (lowered.py) found from its opening strings (literal_index.py):
# its stems open with most letters of the alphabet, and `re` tried every stem at every letter
_TWIN = twin(PLACE)
_OPENINGS = literal_index.openings(_TWIN) if _TWIN is not None else None
_PLACE_INDEX = literal_index.OpeningIndex(_TWIN, _OPENINGS) if _TWIN and _OPENINGS else None
# place_nouns of the last few posts: places.py, partner_host and named_elsewhere each ask
_FOUND: dict[str, list[re.Match[str]]] = {}
_KEEP_FOUND = 4


def _place_matches(text: str) -> list[re.Match[str]]:
    """`list(finditer_i(PLACE, text))`: the twin's hits in the lower-cased post, each read
    again from the post as written (lowered.finditer_i), the hits found by _PLACE_INDEX."""
    if _PLACE_INDEX is None:
        return list(finditer_i(PLACE, text))
    return reread(PLACE, text, _PLACE_INDEX)


def place_nouns(text: str) -> list[re.Match[str]]:
    """Place nouns in order; one written with a prefix ("в бизнес-колледже") whole."""
    known = _FOUND.get(text)
    if known is None:
        known = _place_nouns(text)
        if len(_FOUND) >= _KEEP_FOUND:
            _FOUND.clear()  # (one call: safe beside a plan file's worker thread)
        _FOUND[text] = known
    return list(known)


def _place_nouns(text: str) -> list[re.Match[str]]:
    found = [
        m
        for m in _place_matches(text)
        if text[m.start() - 1 : m.start()] != "-"
        and (
            not _HOUSE.fullmatch(m.group(0))
            or _NAMED_HOUSE.search(text, 0, m.start())
            or _OWNER_HOUSE.match(text, m.end())
        )
    ]
    prefixed = []
    for hit in finditer_i(_PREFIXED_HIT, text) if "-" in text else ():
        whole = _PREFIXED.search(text, max(0, hit.start() - 10), hit.end())
        if whole is not None and whole.group(0).isupper() and _DASH_NEXT.match(text, whole.end()):
            continue  # "Тула. 31 августа. ИНТЕРФАКС-ЦЕНТР - …": a news agency's dateline
        if whole is not None and whole.end() == hit.end():
            prefixed.append(whole)
    if search_i(_FUSED_CUE, text):  # the lower-cased post is remembered (lowered.py)
        prefixed += [m for m in finditer_i(_FUSED, text) if not PLACE.fullmatch(m.group(0))]
    if prefixed:
        found = sorted(found + prefixed, key=lambda m: m.start())
    return found


# what may stand before the inviting organisation: a sentence's start, a comma, a time
# ("В пятницу, 11 декабря, в 18:00 Областная филармония приглашает …")
_HOST_OPENING = re.compile(r"(?:^|[.!?\n]\s*|\d[:.]\d\d,?\s+|,\s+)$")


def partner_host(text: str, *, showing: bool = True) -> str | None:
    """The organisation that invites to its own premises, or None: by its abbreviation ("КГТУ
    приглашает", "БФУ им. И. Канта проводит") or a place opening a clause ("Областная детская
    библиотека приглашает") in the nominative. A school room in its post is its room. Without
    `showing`, a place that only shows ("Театр покажет спектакль", a company on tour) is none."""
    abbreviation = HOST_ABBREVIATION.search(text) if ABBREVIATED.search(text) else None
    if abbreviation is not None:
        return abbreviation.group(1)
    for m in place_nouns(text):
        if ROOM_LEVEL.match(m.group(0)) or not has_noun_reading(m.group(0)):
            continue
        left = left_adjectives(text, m.start())
        first = text.rfind(left[0], 0, m.start()) if left else m.start()
        if _HOST_OPENING.search(text[max(0, first - 8) : first]) is None:
            continue
        if (HOST if showing else HOST_HOLDING).match(text, m.end(), m.end() + 100) is None:
            continue
        head = to_nominative([*left, compound_head(m.group(0), None)])
        return " ".join(" ".join(head).split() + right_words(text, m.end()).split())
    return None


# searched over whole posts: `re` skips to their first characters (first_scan.py)
HOST_ABBREVIATION = with_first_scan(HOST_ABBREVIATION)
