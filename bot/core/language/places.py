"""Where a long post's event takes place: named places, addresses, rooms, a city at worst.

"в актовом зале школы", "в Центральном парке культуры и отдыха", "у Главного корпуса ММО",
"в школе №86 (ул. Карбышева, 38)", "по адресу улица Советская, 64А", "Место проведения — …".
A place phrase is a preposition, agreeing adjectives, a place noun and what names it (a
genitive chain, "№ N", a quoted name, an address); the head is put in the nominative with
pymorphy3. A room-level place ("актовый зал") is joined with the building the post names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.language import venue_choice, venue_phrases
from bot.core.language.calendar import MONTH
from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.links import online_anywhere, online_here
from bot.core.language.lowered import lower, lowered, search_i
from bot.core.language.meeting import meeting_point
from bot.core.language.morphology import to_nominative
from bot.core.language.numbered_names import numbered_name
from bot.core.language.numbered_parts import numbered_parts
from bot.core.language.place_checks import (
    PLACEHOLDER,
    address_owner,
    after_verb,
    alone_on_line,
    case_after,
    chief_town,
    credit_lines,
    destination,
    firm_named,
    generic,
    in_event,
    landmark_noun,
    locative_adjectives,
    multi_or_named,
    named_before_address,
    named_in_text,
    named_mention,
    named_owner_before_address,
    named_then_address,
    nominative_opening,
    other_occasion,
    others_address,
    overlaps,
    person,
    reported_in,
    restates_event,
    sentence_of,
    subject_after_verb,
    visited_that_day,
    with_address,
)
from bot.core.language.place_display import (
    as_written,
    fit_venue,
    from_capitals,
    with_abbreviation,
    without_phone,
)
from bot.core.language.place_hosts import named_hosts
from bot.core.language.place_located import located_by
from bot.core.language.place_mentions import named_elsewhere
from bot.core.language.place_nouns import (
    ABBREVIATED,
    HOST,
    HOST_ABBREVIATION,
    HOST_VERBS,
    PLACE,
    PLACE_STEMS,
    ROOM_LEVEL,
    partner_host,
    place_nouns,
)
from bot.core.language.place_phrases import framed_places, held_there, loose_places, organisation
from bot.core.language.place_sites import (
    bare_lemma,
    invites_home,
    named_places,
    named_site,
    site_before,
)
from bot.core.language.place_streets import bare_street, foreign_street, street_itself
from bot.core.language.place_verbs import IN_CLAUSE, RIGHT_AFTER
from bot.core.language.place_words import (
    ADDRESS,
    city,
    compound_head,
    find_address,
    is_country,
    left_adjectives,
    local_name,
    locality,
    narrower_than_country,
    nominative_words,
    quoted_local_name,
    region,
    right_words,
    tidy_address,
    town_district,
)
from bot.core.language.prepositions import after_prepositions
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.title_words import has_noun_reading
from bot.core.language.title_words import inside_quotes as _inside_quotes
from bot.core.language.title_words import word_parses as _parses
from bot.core.language.venue_choice import VenueCandidate
from bot.core.language.venue_copula import stated_by_copula
from bot.core.language.venue_quoted import bracketed_after_title, quoted_adjectives

RESTATED_BONUS = 4
_ADDRESS = ADDRESS  # the address pattern (place_words.py), as tests/unit/test_lowered.py reads it
_PLACE, _PLACE_STEMS = PLACE, PLACE_STEMS  # (place_nouns.py) as the gate tests read them

_PREP = re.compile(
    r"(?i)(?:^|[\s(,;])(в|во|на|у|возле|около|при|рядом\s+со?|(?:на|по)\s+территории|в\s+здании"
    r"|в\s+помещении|в\s+стенах|в\s+гостях\s+у|афиша|репертуар|экскурси[яиюей]\s+по|справа\s+от|слева\s+от|напротив|недалеко\s+от|вблизи|перед|за)\s+$"
)
# a site before the place ("на смотровой площадке обсерватории"): the place is the venue
_SITE_PREP = re.compile(r"(?i)(?:^|[\s(,;])(на\s+(?:[а-яё]+\s+)?[а-яё]*площадк[а-яё]+)\s+$")
# a place beside another ("у главного корпуса", "справа от …") or a route's starting point
# ("стартуют от Театральной площади"): shown as written
_BESIDE = re.compile(
    r"(?i)^(?:у|возле|около|рядом\s+со?|справа\s+от|слева\s+от|напротив"
    r"|недалеко\s+от|вблизи|перед|за|от|со?)$"
)
# "от"/"с" right before a place: where a walk, a tour or a race starts, when its clause has a
# verb of starting or setting off ("экскурсия начнётся от Спасской башни", "отправится с
# Театральной площади", "велосипедисты стартуют от площади …", "от здания администрации
# колонна направится к памятнику"): a route is held where it starts, as a meeting point is
_FROM = re.compile(r"(?i)(?:^|[\s(,;])(от|со?)\s+$")
_SETS_OFF = re.compile(
    r"(?i)(?<![а-яё])(?:начн[её]тся|начинается|начнут|стартует|стартуют|отправ[а-яё]*"
    r"|двинется|двинутся|выйд[её]т|выйдут|направ(?:ится|ятся|ляется|ляются))(?![а-яё])"
)
# "у входа в парк …": the entrance of a place, shown as written from the preposition on
_ENTRANCE = re.compile(
    r"(?i)(?:^|[\s(,;])((?:у|возле|около)\s+(?:[а-яё]+\s+)?(?:вход|ворот|въезд)[а-яё]*\s+(?:в|во|на))"
    r"\s+$"
)
# a landmark beside which the event is, the place it belongs to in the genitive after it
# ("у фонтана Одесского Городского Сада", "возле памятника … парка"): shown as written
_AT_LANDMARK = re.compile(r"(?i)(?:^|[\s(,;])((?:у|возле|около)\s+([а-яё]{3,}))\s+$")
# the guests, the visitors, the audience or the doors of a place, its name in the genitive
# after them ("посетители Пущинской обсерватории смогут увидеть …", "гостей парка ждёт …",
# "двери станции переливания будут распахнуты"): the people or the doors are at that place,
# so it is where the event is, as a preposition would state it
_GUESTS_OF = re.compile(
    r"(?i)(?:^|[\s(,;])((?:[а-яё]+(?:ые|ие|ых|их|ым|им)\s+)?"
    r"(?:гост(?:и|ей|ям|ями)|посетител(?:и|ей|ям|ями)|зрител(?:и|ей|ям|ями)|двери))\s+$"
)
# an organiser's label before a dash or a colon: what follows is who organises, not where
# ("Организатор мероприятия — …", "Организаторы фестиваля: …")
_ORGANISER_DASH = re.compile(r"(?i)организатор[а-яё]*(?:\s+[а-яё]+){0,2}\s*[—–:-]\s*$")
# a verb of visiting whose object is the place ("посетили краеведческий музей", "посетят
# областную библиотеку")
_VISITED = re.compile(
    r"(?i)(?:^|[\s(,;])(посе(?:тил[аио]?|тили|тят|тит|щают|щает|щали))\s+$"
)  # (never the infinitive: "смогут посетить университет" offers a side visit)
# a place noun opening a clause ("Музей … приглашает"): what precedes it
_CLAUSE_START = re.compile(r"(?:^|[.!?\n]\s*)$")
# a clause opening with its day (and time), the subject after them: "2 сентября музей
# приглашает …", "Так, 5 декабря в 12:00 Театр кукол «…» покажет …", "В субботу, 8 октября,
# Дворец …": the day fronted, as news tells an event, leaves the subject hosting it
_DATE_OPENING = compile_with_scan(
    r"(?:^|[.!?\n]\s*)(?:[А-ЯЁ][а-яё]+,\s*)?(?:[Вв]о?\s+(?:понедельник|вторник|среду|четверг"
    r"|пятницу|субботу|воскресенье),?\s*)?(?:\d{1,2}(?:-?го)?\s+(?:января|февраля|марта|апреля"
    r"|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![а-яё])|(?<![а-яё])(?:[Сс]егодня"
    r"|[Зз]автра|[Вв]о?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)))"
    r"(?:,?\s*(?:в\s+)?\d{1,2}[:.]\d\d)?,?\s+$"
)
_TIME_OR_ADDRESS = compile_with_scan(r"\d[:.]\d\d|адрес")
_SCHOOL = re.compile(r"(?i)школ\w*$")
_NUMBER_SIGN = re.compile(r"\s*№")
# a word for any site, never a venue by itself ("на площадках колледжей")
_GENERIC = re.compile(r"(?i)^площадк")
# a firm's or an enterprise's noun ("компания", "предприятие") names a place only before its
# own name, quoted or capitalised ("компанию Стройтехмаш", "предприятия «Велес»")
_FIRM_NOUNS = frozenset({"компа", "предп"})  # (the name read by place_checks.firm_named)
# "в актовом": the assembly hall, its noun left out
_ELIDED_HALL = re.compile(r"(?i)(?<![а-яё])в\s+актовом(?!\s*зал)(?![а-яё])")
# "ауд. 301", "каб. 12": a room written short
_ROOM_SHORT = re.compile(r"(?i)(?<![а-яё])(ауд|каб)\.\s*№?\s*(\d{1,4}(?:\.\d{1,3})?[а-я]?)(?![\d])")
# "в МАОУ СОШ № 5", "на площадке МАУ ДО «ДДТ»", "в помещении СШ «Ладья»", "на площадке КФ
# РАНХиГС": an organisation by its abbreviations (a conjunction's small letter inside one),
# with a number, a quoted name or "им. …"; "в помещении", "в здании", "на территории"
# govern its genitive, which an abbreviation does not show
# (a university's short name mixes capitals and small letters: "СахГУ", "КубГУ", "СПбГУ",
# "ЮУрГУ"; its letters are never declined)
_MIXED_ABBR = r"[А-ЯЁ]{1,3}[а-яё]{1,3}[А-ЯЁ]{1,3}"
_ORG_ABBR = rf"(?:[А-ЯЁ]{{2,8}}|[А-ЯЁ]{{2,4}}[иа][А-ЯЁ]{{1,3}}|{_MIXED_ABBR})"
# the person a place is named after, in full: "им. Ю. А. Гагарина", "имени Виктора Поляничко"
# (initials or one or two capitalised names before the surname; a surname alone, "им.
# Ленина", is left to the place nouns' own reading)
_NAMED_AFTER = (
    r"(?:им\.|имени)\s*(?:(?:[А-ЯЁ]\.\s*){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2})"
)
# a quoted name, one quoted name nested in it as official names nest them (МБОУ ДО «ДДТ
# «Юность»», the outer closing quote often dropped: «ДК «Октябрь»)
_QUOTED = r"«(?:[^«»\n]{1,40}«[^«»\n]{1,60}»»?|[^«»\n]{2,60}»)"
# (an enterprise by its legal form takes "на" as "на заводе" does: "на АО «…»", "на ПАО
# «…»"; only before its quoted name: "на ЕГЭ", "на МКС" are no enterprise)
_LEGAL_FORM = r"(?:[ОЗПН]?АО|ООО|[ФМ]?Г?УП)"
_ORG_PLACE = re.compile(
    # (a sentence may open with it: "В ГБОУ ООШ №32 прошёл урок")
    r"(?=[вВнН])(?<![\w-])(?:[вВ]о?|[нН]а\s+(?:базе|площадке|территории)|[вВ]\s+(?:помещении|здании)"
    rf"|[нН]а(?=\s+{_LEGAL_FORM}\s+[«\"]))\s+"
    # "в Заречной СОШ": the abbreviation's adjectives (group 1), then the organisation
    r"((?:[А-ЯЁ][а-яё]{2,}(?:ой|ом|ем|ей)\s+){1,2}(?=[А-ЯЁ]{2}))?"
    rf"((?:{_ORG_ABBR}\s+){{0,3}}{_ORG_ABBR}(?![А-ЯЁа-яё])"
    # "СОШ с УИОП № 4", "СОШ с УИМ № 15": a school "с углублённым изучением" of a subject
    r"(?:\s+с\s+УИ[А-ЯЁ]{1,4}(?![А-ЯЁа-яё])(?=\s*№))?"
    r"(?:\s+(?:лице[йяюе]|гимнази[яиюей]|школ[аыеу]|детск[а-яё]+\s+сад[а-яё]*)(?=\s*№))?"
    # "МДОУ №14 «Солнышко»": a number and the name in quotes after it, both the place's
    rf"(?:\s*№\s*\d{{1,4}}(?:\s+(?:{_QUOTED}|\"[^\"\n]{{2,60}}\"))?|\s+{_QUOTED}|\s+\"[^\"\n]{{2,60}}\""
    rf"|\s+{_NAMED_AFTER})?)"
)
# a school named by its number before the noun, as people say it: "в 46 школе", "во 2-й
# гимназии", "в 5 лицее" (shown "школа № 46")
_SCHOOL_BY_NUMBER = re.compile(
    r"(?i)(?<![\w-])(?:во?|на\s+базе)\s+(\d{1,4})(?:-?(?:й|ой|ей|ом|ем))?\s+"
    r"(школ(?:е|ы)|гимнази(?:и|ю)|лице(?:е|я))(?![а-яё])"
)
_SCHOOL_NOUNS = {"школ": "школа", "гимн": "гимназия", "лице": "лицей"}
# a part of a town by its quoted name right after «в» («в микрорайоне «Южный»»: where in the
# town; «в лесном массиве микрорайона «…»» names the forest, read as a place noun's own)
_DISTRICT = re.compile(r"(?i)(?<![а-яё-])во?\s+(микрорайоне)\s+(«[^«»\n]{2,40}»)")
# one of these is in every _SCHOOL_BY_NUMBER match, lower-cased: a post without any is not
# searched (most posts name no school by its number)
_SCHOOL_STEMS = ("школ", "гимнази", "лице")
# an organisation by its abbreviations with a number or a quoted name, its address in
# brackets after it ("турнир проводит ДЮСШ №10 (ул. Советская, 55а)")
_ORG_ADDRESSED = re.compile(
    rf"(?<![\w-])((?:[А-ЯЁ]{{2,8}}\s+){{0,3}}[А-ЯЁ]{{2,8}}(?:\s*№\s*\d{{1,4}}|\s+{_QUOTED}))"
    r"»?\s*\(\s*(?:по\s+адресу\s*:?\s*)?"  # (a closing quote typed twice: «…»»)
    # the town first, as an address in brackets often opens ("(г. Минск, ул. …, 8)")
    r"(?:((?:г\.|город)\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)\s*,\s*)?"
)
# an institution by its official name: "в государственном бюджетном … учреждении
# Калининградской области «Колледж информационных технологий»": the quoted name
_INSTITUTION = re.compile(
    r"(?i)(?<![а-яё])(?:во?|на\s+базе)\s+(?:[а-яё-]+\s+){0,6}учреждени[а-яё]*"
    r"(?:\s+[^\s«»]+){0,4}?\s+«([^«»\n]{3,80})»"
)
_NUMBERED = re.compile(r"(?i)кабинет|аудитори|корпус|зал|павильон|войсков|воинск")
# «у … аудитории» without a room's number: the people reached, not a room beside which to meet
_AUDIENCE = re.compile(r"(?i)аудитори")
# (a military unit's number has five digits: "войсковой части 02511")
# (possessive blanks around «№»: the same matches, linear over a long run of blanks; H4)
_ROOM_NUMBER = re.compile(r"\s*+№?\s*+(\d{1,5}[а-яА-Я]?)(?![\d:.,]\d)(?!\s*(?:человек|мест|чел))")
# a labelled place runs to the sentence's end; the dots of address abbreviations do not end it
# "Место проведения:", "Место встречи:", "Адрес:", "Площадка:", "Где:", "Локация:"; a bare
# "Место:" only opening a line or a sentence ("1 место — Иванова" is a result, not a place)
# ("место проведения турнира —", "место проведения финального этапа:": whose place it is, up
# to three words with genitive endings, may stand between the label's words and its mark)
# (each at least two letters: a bare «и» is no genitive word; «и» may join two of them)
_GENITIVE_WORD = r"[а-яё]+(?:а|я|ы|и|ов|ев|ей|ий|ого|его|ой|ых|их)(?![а-яё])"
# the genitive words after «место проведения» / «место встречи» before the label's mark
_LABEL_WHOSE = re.compile(r"(?i)место\s+(?:проведения|встречи)\s+([^:—–-]+?)\s*[:—–-]")
# generic occasions: «место проведения мероприятия / соревнований / конкурса» is this event's
_GENERIC_OCCASIONS = frozenset(
    {"мероприятие", "соревнование", "конкурс", "занятие", "турнир", "игра", "акция", "встреча"}
)
_LABEL = re.compile(
    r"(?i)(?=[мапглс])(?:(?:место\s+(?:проведения|встречи)"
    rf"(?:\s+{_GENITIVE_WORD}(?:\s+(?:и\s+)?{_GENITIVE_WORD}){{0,2}})?"
    r"|адрес(?:\s+проведения)?|сбор\s+участников"
    r"|площадка(?:\s+проведения)?|где|(?:^|(?<=[.!?]\s))\s*(?:место|локация))"
    # (never «где-то», «где-нибудь», «где-либо»: an indefinite pronoun, no label)
    r"\s*(?:[:—–]|-(?!(?:то|нибудь|либо)(?![а-яё])))"
    r"|^[ \t]*где\s*\?"  # "Где? Во дворе клуба …": a question opening a line
    # an afisha's field name alone on its line, its value on the next ("Место проведения\nГАУК
    # «Кафедральный собор», ул. …"); not a table's header (a rule or a blank line after it)
    r"|^(?:место|адрес)\s+проведения[ \t]*\n(?=(?-i:[«\"А-ЯЁ]))"
    # "местом проведения станет …", "площадкой фестиваля в районе станет …": the place named
    # as the predicate of a copula, the role noun in the instrumental before it (also of a
    # passive of choosing: "местом проведения выбрана площадь …", "… определён парк …")
    r"|(?:местом\s+(?:проведения|встречи|сбора)|площадкой)(?:\s+[^\s.!?;:,]+){0,6}?"
    r"\s+(?:станет|будет|стал[аои]?|являет[а-яё]*|выбран[аоы]?|определ[её]н[аоы]?))\s*"
    # a clock before the place ("Сбор участников: 9.00 ч., площадь им. …"): the time's
    r"(?:\d{1,2}[.:]\d\d\s*(?:ч\.)?\s*,\s*)?"
    r"((?:(?<![а-яё])(?:ул|д|пр|пер|наб|пл|корп|стр|г|им|просп|пос|мкр|ауд|каб|эт|оф|обл)\.|(?<![а-яё])[А-ЯЁ]\."
    r"|[^\n.;()]){3,160})",  # (an official name and its address may run long)
    re.MULTILINE,
)
# a labelled value opening with a day and its month: the time the label also announces
_DATED_VALUE = re.compile(rf"(?i)\s*\d{{1,2}}\s+{MONTH}")
# a label of where participants meet ("Место встречи:", "Место сбора —", "Местом сбора станет")
_MEETING_LABEL = re.compile(r"(?i)\s*(?:мест(?:о|ом)\s+(?:встречи|сбора)|сбор\s+участников)")
# a heading question ("Где?") opening its line: a label whose answer may be a whole sentence
_QUESTION_LABEL = re.compile(r"(?i)[ \t]*где\s*\?")
# a clock after a labelled place ("Место встречи — у амфитеатра в 11:30"): the time, not the place
# (read by `sub` from the value's start: a tail opening after a blank or a comma is found one
# character earlier, so only the first of a run is tried, and the blanks are possessive —
# `[\s,]+…\s*` from every blank of a long run was cubic; review 2026-12-02, H4; the same text)
_CLOCK_TAIL = re.compile(
    r"(?<![\s,])[\s,]++(?:(?:в|с|начало\s+в)\s*+)?\d{1,2}[:.]\d\d(?!\d).*$", re.S
)
# a labelled place followed by its street after "на" / "по адресу"
_LOCATIVE_STREET = ("улице", "проспекте", "пр-те", "набережной", "площади", "переулке", "адресу")
# (by `sub`, first of a run only and possessive, as _CLOCK_TAIL: the same text, linear)
_TRAILING_NA = re.compile(r"(?i)(?<![\s,])[\s,]++(?:(?:на|по\s+адресу\s*+:?)\s*+)?$")
# a relative clause after a labelled place ("…, где пройдут мастер-классы") tells what
# happens there, it does not name the place
_RELATIVE_TAIL = re.compile(r"(?i),\s+(?:где|куда|котор[а-яё]+)(?![а-яё]).*$", re.S)
# a labelled value whose line ends with ";" or "," goes on to the next line, a place's name
# by itself ("Адрес: г. Тобольск, ул. Ершова, 30;\nЦентр татарской культуры"): a list's
# separator ends no item (not another field, "Время: …", nor a sentence)
_NAMED_NEXT_LINE = re.compile(
    r"[ \t]*[;,][ \t]*\n[ \t]*((?-i:[А-ЯЁ])[^\n:.!?]{2,80}?)[ \t.;]*(?:\n|$)"
)
# "Двор Постникова (ул. О. Кошевого, 2)": the labelled place's address in brackets
_BRACKET = re.compile(r"\s*\(\s*")
# "в КГТУ", "в ЦПКиО им. А.С. Щербакова" (a conjunction's small letter inside), "во ВГУЭС",
# "в ПКиО «Берёзовый лог»" (the name the abbreviation's noun is given, in quotes)
# an office where works or papers are handed in: "Работы … принимаются в администрации
# района", "сдать в администрацию" (the administration a place only then)
_TAKEN_IN = re.compile(
    r"(?i)(?:принима\w*|при[её]м\w*|сда(?:ть|ют|ются|вать)|пода(?:ть|ются|ют)|принести"
    r"|приносить|представ(?:ить|ляются|ляют))[^.!?\n]{0,40}?\bв\s+$"
)
_ABBREVIATION = re.compile(
    rf"(?:^|[\s(,;])[Вв]о?\s+((?:[А-ЯЁ]{{2,6}}|[А-ЯЁ]{{2,4}}[иа][А-ЯЁ]{{1,3}}|{_MIXED_ABBR})"
    rf"(?![А-ЯЁа-яё\w-])(?:\s+{_NAMED_AFTER}|\s+{_QUOTED}|\s+\"[^\"\n]{{2,60}}\")?)"
)


# "на ВДНХ", "на ВВЦ": a site by its abbreviation in capitals after "на"
_ON_ABBREVIATION = re.compile(r"(?<![\w-])[Нн]а\s+([А-ЯЁ]{3,6})(?![А-ЯЁа-яё\w-])(?!\s*[«\"№])")
# every _LABEL match opens with one of these words: its look-ahead puts the match's first
# character on a letter, so neither "^[ \t]*" nor "\s*" before "место" reads anything
_LABEL_WORDS = ("место", "адрес", "площадк", "где", "локация", "сбор")  # «площадкой … станет»


def _label(text: str) -> re.Match[str] | None:
    """`_LABEL.search(text)`: its case-sensitive twin (lowered.py) searched from the first of
    _LABEL_WORDS in the lower-cased post (each match opens with one of them)."""
    low = lowered(text)  # None: a character whose case re reads its own way
    if low is None:
        return _LABEL.search(text)
    found = [at for at in (low.find(word) for word in _LABEL_WORDS) if at != -1]
    return search_i(_LABEL, text, min(found)) if found else None


def find_venue(text: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The venue of a long post in display form, or None when the post names none; spelt
    with "е" for "ё" when the post never writes "ё" (pymorphy3's nominatives bring it in).
    The hand-set rules' choice (short answers and plan lines read their place with it)."""
    venue = _find_venue(with_guillemets(text), event_sentence)
    return as_written(venue, text) if venue else venue


def post_venue(text: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The venue of a long post as find_venue gives it, chosen among venue_candidates by
    the fitted weights (venue_choice.py) when venue_choice.CHOOSER is "learned"."""
    if venue_choice.CHOOSER != "learned":
        return find_venue(text, event_sentence)
    quoted = with_guillemets(text)
    found = venue_candidates(quoted, event_sentence)
    venue = venue_choice.choose(found, quoted, event_sentence)
    return as_written(venue, text) if venue else venue


def _find_venue(text: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The venue the hand-set rules choose (see find_venue)."""
    label = _usable_label(text, event_sentence)
    if label:
        return _label_value(text, label, event_sentence)
    loose: set[int] = set()  # places read by their grammar alone: never added to another
    places = _places(text, event_sentence, loose)
    address = find_address(text) or bare_street(text) or foreign_street(text)  # "(Ленина, 8)"
    return _hand_venue(text, event_sentence, places, loose, address)[0]


def _hand_venue(
    text: str,
    event_sentence: tuple[int, int] | None,
    places: list[tuple[int, int, str]],
    loose: set[int],
    address: re.Match[str] | None,
) -> tuple[str | None, str, int]:
    """The hand-set rules' venue of a post with no usable label, the path that produced it
    and its offset (-1: none); `places` is sorted best first here."""
    if not places:
        return next(_fallbacks(text, event_sentence, address), (None, "none", -1))
    places.sort(key=lambda p: (-p[0], p[1]))
    if event_sentence and places[0][0] < 4:
        here = text[event_sentence[0] : event_sentence[1]]
        if online_here(here):
            return "онлайн", "online", -1  # "Встреча пройдёт онлайн": not the places named
    owned = _owned_in_event(text, event_sentence, address) if places[0][0] <= 0 else None
    if owned is not None:  # "… на хлебокомбинате «Колос» (ул. …)" over a weak "в школе"
        return owned, "address_owned", address.start()  # type: ignore[union-attr]
    best = named_mention(places)
    fuller = named_in_text(text, best[2])  # "в школе … района" named "Сосновская школа …"
    best = (best[0], best[1], fuller) if fuller else best
    return _assembled(text, places, best, address, loose, event_sentence), "place", best[1]


def _owned_in_event(
    text: str, event_sentence: tuple[int, int] | None, address: re.Match[str] | None
) -> str | None:
    """The venue an address in the event's sentence gives with the named place it is of
    ("побывают на экскурсии на хлебокомбинате «Колос» (ул. Заводская, 18)" -> "хлебокомбинат
    «Колос», ул. Заводская, 18"; place_checks.named_owner_before_address): the event's own
    place, stated with its address, whatever its noun; None otherwise."""
    if address is None or event_sentence is None:
        return None
    if not event_sentence[0] <= address.start() < event_sentence[1]:
        return None
    owner = named_owner_before_address(text, address.start())
    return fit_venue(f"{owner}, {tidy_address(address.group(0))}") if owner else None


MAX_PLACE_CANDIDATES = 8  # the best places of a post offered to the chooser


def venue_candidates(text: str, event_sentence: tuple[int, int] | None) -> list[VenueCandidate]:
    """Every venue the rules could give for a post (`text` with guillemets, as find_venue
    passes it), each once, with the path that produced it: the labelled value; each of the
    MAX_PLACE_CANDIDATES best places assembled as the winner would be ("place") and alone
    ("place_bare"); online; the no-place fallbacks (abbreviation, address forms, local name,
    locality, town, region); with venue_phrases.ENABLED, every place phrase read by grammar
    (venue_phrases.py) after them. The hand-set rules' choice is the one marked `hand` (added
    with its own path if no other path gives it)."""
    label = _usable_label(text, event_sentence)
    loose: set[int] = set()
    places = _places(text, event_sentence, loose)
    address = find_address(text) or bare_street(text) or foreign_street(text)
    hand: str | None
    if label:
        hand, hand_path, hand_at = (
            _label_value(text, label, event_sentence),
            "label",
            label.start(1),
        )
    else:
        hand, hand_path, hand_at = _hand_venue(text, event_sentence, places, loose, address)
    places.sort(key=lambda p: (-p[0], p[1]))
    found: dict[str, VenueCandidate] = {}

    def add(shown: str | None, path: str, score: int, at: int, rank: int) -> None:
        if shown and shown not in found:
            found[shown] = VenueCandidate(shown, path, score, at, rank, shown == hand)

    if label:
        add(hand, "label", 0, label.start(1), -1)
    for rank, place in enumerate(places[:MAX_PLACE_CANDIDATES]):
        add(
            _assembled(text, places, place, address, loose, event_sentence),
            "place",
            place[0],
            place[1],
            rank,
        )
        add(fit_venue(with_abbreviation(place[2], text)), "place_bare", place[0], place[1], rank)
    if places and event_sentence and online_here(text[event_sentence[0] : event_sentence[1]]):
        add("онлайн", "online", 0, -1, -1)
    for shown, path, at in _fallbacks(text, event_sentence, address):
        add(shown, path, 0, at, -1)
    if hand and hand not in found:  # a place past the best few, or one named more fully
        rank = next((i for i, p in enumerate(places) if p[1] == hand_at), -1)
        score = places[rank][0] if rank >= 0 else 0
        found[hand] = VenueCandidate(hand, hand_path, score, hand_at, rank, True)
    if venue_phrases.ENABLED:  # every place phrase read by grammar (venue_phrases.py)
        for phrase in venue_phrases.phrases(text):
            for shown, path in phrase.shown:
                add(shown, path, 0, phrase.at, -1)
    return list(found.values())


def _usable_label(text: str, event_sentence: tuple[int, int] | None) -> re.Match[str] | None:
    """The labelled value ("Место:", "Адрес:", _LABEL) the venue is read from, or None."""
    label = _label(text)
    if label and _MEETING_LABEL.match(label.group(0)) and _stated_place(text, event_sentence):
        label = None  # "Место встречи — у амфитеатра" of a post whose event is "в парке «…»"
    if label and _QUESTION_LABEL.match(label.group(0)) and IN_CLAUSE.search(label.group(1).lower()):
        label = None  # "Где?\nСобрание состоится в актовом зале …": a sentence answers, read
        # by its grammar like any other, not taken whole
    line_end = text.find("\n", label.end()) if label else -1
    if label and PLACEHOLDER.search(text, label.start(1), line_end if line_end >= 0 else len(text)):
        label = None  # "место: Адрес проведения (смотри в описании)": the body names the place
    if label and _DATED_VALUE.match(label.group(1)):
        label = None  # "Время и место проведения мероприятия – 25 октября в 14.00 на …": the
        # value opens with the date, the place follows in the sentence, read by its grammar
    if (
        label
        and _foreign_whose(text, label, event_sentence)
        and _stated_place(text, event_sentence)
    ):
        label = None  # "Место проведения прошлого концерта — …": another occasion's place
    if label and _opens_with_verb(label.group(1)):
        label = None  # "библиотека станет площадкой фестиваля и будет работать до вечера":
        # "будет" there opens a compound future, no copula naming a place
    return label


def _foreign_whose(text: str, label: re.Match[str], event_sentence: tuple[int, int] | None) -> bool:
    """Whether a «место проведения <genitive words> —» label names another occasion than the
    event: a genitive word neither a generic occasion (_GENERIC_OCCASIONS: «мероприятия»,
    «соревнований») nor sharing its stem with a word of the event's sentence («финального
    этапа» of «Финал назначен …»): «прошлого концерта», «отборочного тура», «родительского
    собрания» (fixparse47). The text before the label stands for the event's sentence when
    none was found. False for a label without such words."""
    whose = _LABEL_WHOSE.match(text, label.start(), label.start(1))
    if whose is None:
        return False
    # (no event's sentence found: the words before the label stand for it)
    event = text[event_sentence[0] : event_sentence[1]] if event_sentence else text[: label.start()]
    stems = {_stem(w) for w in re.findall(r"[а-яё]{3,}", event.lower())}
    for word in re.findall(r"[а-яё]{2,}", whose.group(1).lower()):
        found = _parses(word)
        base = found[0].normal_form if found else word
        if base not in _GENERIC_OCCASIONS and _stem(base) not in stems and _stem(word) not in stems:
            return True
    return False


def _stem(word: str) -> str:
    """A word's first five letters (all of a shorter one): «финального» and «финал» share it
    with «финала»; the comparison _foreign_whose makes."""
    return word[:5]


def _opens_with_verb(value: str) -> bool:
    """Whether a labelled value opens with an infinitive or a finite verb (pymorphy3's
    likeliest reading of its first word): what follows "будет" is then a compound future
    ("… и будет работать для всех"), not the place a copula names."""
    first = _FIRST_WORD.match(value)
    if first is None:
        return False
    found = _parses(first.group(0).strip())
    return bool(found) and found[0].tag.POS in ("INFN", "VERB")


def _label_value(text: str, label: re.Match[str], event_sentence: tuple[int, int] | None) -> str:
    """The venue a labelled value gives, tidied and joined with what names it more fully."""
    value = _CLOCK_TAIL.sub("", label.group(1)).strip(" ,—–-")  # "у амфитеатра в 11:30"
    value = _RELATIVE_TAIL.sub("", value)  # "…, где будут выполнять задания": no name
    value = _without_clause(value)  # "станет Муром, маршрут пройдёт по улицам …"
    named_next = _NAMED_NEXT_LINE.match(text, label.end())
    if named_next and PLACE.match(named_next.group(1)):
        # "Адрес: город Тобольск, ул. Ершова, 30;\nЦентр … культуры": the value goes on
        value = f"{named_next.group(1).strip()}, {value}"
    bracket = _BRACKET.match(text, label.end())
    if bracket and (inner := ADDRESS.match(text, bracket.end())):
        value = f"{value} ({tidy_address(inner.group(0))})"
    elif bracket and (building := _bracketed_place(text, bracket.end())):
        value = f"{building}, {value}"  # "ул. Спортивная, д. 14 (стадион «Энергия»)"
    elif bracket:
        value = without_phone(value, text, bracket.end())
    inner = ADDRESS.search(value, 1) if any(k in value.lower() for k in _LOCATIVE_STREET) else None
    if inner is not None:  # "клуб «Ладья» на улице Баумана, 19" -> "…, улица Баумана, 19"
        place = _TRAILING_NA.sub("", value[: inner.start()])
        value = f"{place}, {tidy_address(inner.group(0))}" if place else value
    host = partner_host(text) if ADDRESS.match(value) else None
    if host is None and ADDRESS.fullmatch(value):  # "В окнах Музейной студии … Адрес:
        host = _labelled_owner(text, event_sentence)  # ул. …": whose address it is
    if host and not overlaps(host, value):  # "Филармония приглашает … Адрес: ул. …, 61а"
        value = f"{host}, {value}"
    elif _town_only(value) and (spot := _labelled_owner(text, event_sentence)):
        value = f"{spot}, {value}"  # "площадкой станет Муром … Старт – на площади Победы"
    return fit_venue(value)


def _fallbacks(
    text: str, event_sentence: tuple[int, int] | None, address: re.Match[str] | None
) -> Iterator[tuple[str, str, int]]:
    """(venue, path, offset) of what a post naming no place gives, the hand-set rules' choice
    first: an organisation's abbreviation, an address and whose it is, online, a local name,
    a locality, a town, a region."""
    abbreviated = ABBREVIATED.search(text) is not None  # (else _ABBREVIATION finds nothing)
    found = after_prepositions(_ABBREVIATION, text, 1) if abbreviated else ()
    named = next((m for m in found if organisation(m.group(1))), None)
    if address and named and _only_in_event(named.start(), address.start(), event_sentence):
        yield _closed(named.group(1)), "abbreviation", named.start(1)  # "в ТРДК им. … состоится"
    if address:
        where, at = tidy_address(address.group(0)), address.start()
        owner = (
            _ABBREVIATION.search(text, max(0, address.start() - 12), address.start())
            if abbreviated
            else None
        )
        if owner is not None:  # "в КГТУ (Советский пр-т, 1)": the address is КГТУ's
            yield fit_venue(f"{_closed(owner.group(1))}, {where}"), "address_owned", at
        owner_named = address_owner(text, address.start())
        if owner_named:  # "адрес стадиона «Молодость»: …": the place the address is of
            yield fit_venue(f"{owner_named}, {where}"), "address_owned", at
        named_here = named_before_address(text, address.start())
        if named_here:  # "на Певческом поле (пр. Дежнева, 1)": the place and its address
            yield fit_venue(f"{named_here}, {where}"), "address_owned", at
        named_here = named_then_address(text, address.start())
        if named_here:  # "(м. Запорожье, гимназия №6, ул. Олимпийская, 2)": its building
            yield fit_venue(f"{named_here}, {where}"), "address_owned", at
        named_here = named_owner_before_address(text, address.start())
        if named_here:  # "на молокозаводе «Рассвет» (ул. …)", "в … Hotel по адресу: …"
            yield fit_venue(f"{named_here}, {where}"), "address_owned", at
        owner = _OWNER_AFTER_ADDRESS.match(text, address.end())
        if owner is not None:  # "по адресу: ул. …, д. 31, МБУ «Центр …»": whose it is
            yield fit_venue(f"{owner.group(1)}, {where}"), "address_owned", at
        owner = _OWNER_IN_BRACKETS.match(text, address.end())
        if owner is not None:  # "по адресу: …, д. 8 (АСОУ)": the abbreviation's building
            yield fit_venue(f"{owner.group(1)}, {where}"), "address_owned", at
        yield fit_venue(where), "address", at
    if named:  # "Этап пройдёт в КГТУ"
        yield _closed(named.group(1)), "abbreviation", named.start(1)
    here = text[event_sentence[0] : event_sentence[1]] if event_sentence else text
    if online_here(here) or online_anywhere(text):  # twins: fast scans
        yield "онлайн", "online", -1  # "Урок пройдёт в Сферуме": no city, however read
    if shown := quoted_local_name(text, event_sentence):  # "в Омске на «зелёной поляне»"
        yield shown, "local_name", -1
    # "На Звездинке", "около переезда, ст.Орехово", "в Самаре", "В Костромской области …"
    if shown := local_name(text, event_sentence):
        yield shown, "local_name", -1
    if shown := locality(text):
        yield shown, "locality", -1
    if shown := town_district(text, event_sentence):  # «в Кировском районе Перми»
        yield shown, "region", -1  # (the learned chooser's path of districts)
    if shown := city(text, event_sentence):
        # a country, a region or town named elsewhere: «в Беларуси … в Гомельской области»
        # a country named only outside the event's sentence («В России к хлебу всегда
        # относились …» over «5 декабря ученики посетили хлебокомбинат»): the post's
        # background, no venue (fresh82); the event's own «пройдёт … в Казахстане» stays
        narrower = narrower_than_country(text, shown)
        if narrower is not None or not is_country(shown) or city(here) == shown:
            yield narrower or shown, "city", -1
    if shown := region(text, event_sentence):
        yield shown, "region", -1


def _assembled(
    text: str,
    places: list[tuple[int, int, str]],
    chosen: tuple[int, int, str],
    address: re.Match[str] | None,
    loose: set[int],
    event_sentence: tuple[int, int] | None = None,
) -> str:
    """The venue shown for the place `chosen` among `places` (sorted best first): with the
    room or the building the post names with it, its street, its town, its abbreviation; an
    address in another dated sentence than the event's (`event_sentence`) and the place's is
    another occasion's (place_checks.other_occasion)."""
    _, best_at, best = chosen
    if _BARE_SHORT.match(best):  # "в МГУ" of a post that names "Московский государственный
        best = next(  # университет …": the name, shown with its abbreviation
            (p for _, _, p in places if with_abbreviation(p, f"в {best}") != p), best
        )
    near = sentence_of(best_at, text)
    rooms = [  # a bare "зал" elsewhere in the post ("В зале всего 15 мест") names no room,
        p  # nor do rooms in the plural ("в учебных аудиториях начнутся встречи"): several
        for _, at, p in places
        if ROOM_LEVEL.match(p)
        and (" " in p or near[0] <= at < near[1])
        and not _plural_only(_WORD.match(text, at).group(0))  # type: ignore[union-attr]
        and not _reported_at(text, at)  # "— …, — рассказали в отделе …": who told the news
    ]
    low = lower(text)  # once, not once per cue
    gathers = any(cue in low for cue in _GATHER_CUES)
    buildings = [
        (at, p)
        for _, at, p in places
        if not ROOM_LEVEL.match(p) and not (gathers and meeting_point(text, at)) and at not in loose
    ]  # "сбор у школы" is never added to the venue, nor a place read by its grammar alone
    if ROOM_LEVEL.match(best):
        parts = [best]
        # the room's own first; a bare abbreviation after the name it stands for ("МГУ")
        buildings.sort(key=lambda b: (not near[0] <= b[0] < near[1], bool(_BARE_SHORT.match(b[1]))))
        rest = best[ROOM_LEVEL.match(best).end() :].partition(" ")[2].split()  # type: ignore[union-attr]
        owned = any(w[:1].isupper() for w in rest)  # "сцена Дворца …", "зал ДК"
        if buildings and not owned and not overlaps(buildings[0][1], best):
            parts.append(buildings[0][1])  # "актовый зал школы, школа №1234"
    else:
        parts = [rooms[0], best] if rooms and not overlaps(rooms[0], best) else [best]
        sentence = sentence_of(best_at, text)
        for at, other in buildings:  # "в школе №86 (…) и в клубе «Дебют» (…)"
            if (
                at != best_at
                and sentence[0] <= at < sentence[1]
                and not overlaps(other, best)
                and _after_preposition(text, at)  # not "Мобильный планетарий заработает …"
                and not _reported_at(text, at)  # "…, сообщили «Вестнику» в музее": the source
            ):
                parts.append(other)
    single = len(parts) == 1 and ABBREVIATED.search(text) is not None
    inviting = HOST_ABBREVIATION.search(text) if single else None
    if inviting and ROOM_LEVEL.match(best):
        parts.append(inviting.group(1))  # "БФУ им. И. Канта приглашает … в актовом зале": БФУ's
    parts = [  # "в парке", "в городском парке" of a post naming "парк «Добросельский»"
        _named_again(text, p)
        for p in parts  # elsewhere: that park
    ]
    venue = ", ".join(parts[:3])
    street = tidy_address(address.group(0)) if address and not others_address(text, address) else ""
    if street and _SHORT_NAME.match(best) and not near[0] <= address.start() < near[1]:  # type: ignore[union-attr]
        street = ""  # "в ГДК им. … пройдёт концерт. Билеты в кассе по адресу …": another's
    if street and other_occasion(text, address.start(), near, event_sentence):  # type: ignore[union-attr]
        street = ""  # "Судейская коллегия состоится 12.09 … по адресу …": another day's
    if street and street not in venue:  # "на площади Победы, 1": the place is the address
        venue = street if venue.lower() in street.lower() else f"{venue}, {street}"
    elif " " not in venue and (town := city(text[max(near[0], best_at - 30) : best_at + 50])):
        venue = f"{venue}, {town}"  # "в Зеленоградске на набережной": which embankment
    return fit_venue(with_abbreviation(venue, text))  # "…государственный университет (МГУ)"


def _named_again(text: str, place: str) -> str:
    """`place` as the post names it elsewhere when it is a bare noun, or a noun with its
    adjectives and nothing naming it ("парк", "городской парк"; all lower-case after the
    first letter): a mention by the kind alone points back to the named one ("… в городском
    парке «Дубки». 4 мая в городском парке пройдёт …"); `place` itself otherwise."""
    words = place.split()
    if not words or ROOM_LEVEL.match(place) or len(words) > 3:
        return place
    if not all(w.isalpha() for w in words) or any(w[:1].isupper() for w in words[1:]):
        return place
    if len(words) > 1 and words[0][:1].isupper():
        return place  # "Волжский парк": a capitalised adjective is the place's own name
    return named_elsewhere(text, words[-1]) or place


# what a bracket after a labelled address holds when it names the building at that address:
# a place noun and its quoted or capitalised name, the bracket closing after it
_BRACKETED = re.compile(r"([^()\n]{3,80}?)\s*\)")
_NAMED_IN_BRACKET = re.compile(r"[«\"]|\s[А-ЯЁ]")


def _bracketed_place(text: str, at: int) -> str | None:
    """The place named in brackets at text[at] after a labelled address, in the nominative as
    written ("стадион «Энергия»", "Дом культуры «Юбилейный»"): a building's name given with
    its address; None for any other remark in brackets ("вход со двора")."""
    inside = _BRACKETED.match(text, at)
    if inside is None:
        return None
    phrase = inside.group(1).strip()
    noun = PLACE.match(phrase)
    if noun is None or ROOM_LEVEL.match(phrase) or not _NAMED_IN_BRACKET.search(phrase, noun.end()):
        return None
    nominative = any(p.tag.case == "nomn" for p in _parses(noun.group(0).split()[0])[:2])
    return phrase if nominative else None


# a comma and the next three words of a labelled value: a finite verb among them opens a
# clause of its own ("Муром, маршрут пройдёт по улицам …"), no part of the place's name
_NEXT_WORDS = re.compile(r",\s*((?:[А-ЯЁа-яё-]+\s+){0,2}[А-ЯЁа-яё-]+)")


def _without_clause(value: str) -> str:
    """A labelled value cut before a comma that opens a clause of its own, its finite verb
    (pymorphy3's likeliest reading) within three words: "Муром, маршрут пройдёт по улицам
    центральной части города" -> "Муром"; "школа №5, ул. Ленина, 5" is left whole."""
    for m in _NEXT_WORDS.finditer(value):
        words = m.group(1).split()
        if any(_parses(w)[0].tag.POS == "VERB" for w in words if _parses(w)):
            return value[: m.start()].rstrip()
    return value


def _town_only(value: str) -> bool:
    """Whether a labelled value is a town's name alone ("Муром"; a Geox reading among
    pymorphy3's likeliest three): a place the post states in it is more precise."""
    if " " in value or not value[:1].isupper():
        return False
    return any("Geox" in p.tag for p in _parses(value)[:3])  # "Муром": a surname first


def _stated_place(text: str, event_sentence: tuple[int, int] | None) -> bool:
    """Whether the post names a place a preposition or a verb of hosting states (score 2 or
    more, places read by their grammar alone left out): where the event is, unlike where its
    participants meet."""
    loose: set[int] = set()
    return any(s >= 2 and at not in loose for s, at, _ in _places(text, event_sentence, loose))


def _labelled_owner(text: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The place a labelled bare address belongs to: the post's best place named after a
    preposition (score 2 or more), not a room; None when it names none."""
    places = [p for p in _places(text, event_sentence) if p[0] >= 2]
    if not places:
        return None
    places.sort(key=lambda p: (-p[0], p[1]))
    best = named_mention(places)[2]
    return None if ROOM_LEVEL.match(best) or ADDRESS.search(best) else best


def _only_in_event(at: int, other: int, event_sentence: tuple[int, int] | None) -> bool:
    """Whether offset `at` lies in the event's sentence and `other` outside it."""
    if event_sentence is None:
        return False
    start, end = event_sentence
    return start <= at < end and not start <= other < end


def _places(
    text: str, event_sentence: tuple[int, int] | None, loose: set[int] | None = None
) -> list[tuple[int, int, str]]:
    """(score, offset, shown) of each place the post names; the offsets of places read by
    their grammar alone (place_phrases.loose_places) are added to `loose`."""
    found: list[tuple[int, int, str]] = []
    inside = _inside_quotes(text)
    bonus = in_event(event_sentence)
    low = lower(text)
    gathers = any(cue in low for cue in _GATHER_CUES)
    copula = "площадкой" in low or "местом проведения" in low  # (venue_copula.py)
    # every abbreviation pattern's match holds ABBREVIATED (place_nouns.py): over half the
    # posts have none, and the five whole-post scans below are skipped for them
    abbreviated = ABBREVIATED.search(text) is not None
    if "ауд." in low or "каб." in low:
        for m in _ROOM_SHORT.finditer(text):
            found.append((3 + bonus(m.start()), m.start(), f"{m.group(1).lower()}. {m.group(2)}"))
    for m in after_prepositions(_ORG_PLACE, text) if abbreviated else ():
        adjectives = locative_adjectives(m.group(1).split()) if m.group(1) else []
        if adjectives or multi_or_named(m.group(2)):  # "в Заречной СОШ": "Заречная СОШ"
            shown = numbered_name(_closed(" ".join([*adjectives, *m.group(2).split()])))
            first = m.start(1) if m.group(1) else m.start(2)
            found.append(
                (2 + bonus(m.start()) - _SOURCE_COST * reported_in(text, first), m.start(2), shown)
            )
    safe = lowered(text)  # None: a character `re` folds its own way (lowered.py)
    schools = safe is None or any(stem in safe for stem in _SCHOOL_STEMS)
    # "В 46 школе …": "школа № 46"
    for m in after_prepositions(_SCHOOL_BY_NUMBER, text) if schools else ():
        noun = _SCHOOL_NOUNS[m.group(2)[:4].lower()]
        found.append((2 + bonus(m.start()), m.start(1), f"{noun} № {m.group(1)}"))
    for at, shown in numbered_parts(text):  # "в 3 корпусе нашей школы": "корпус № 3 …"
        found.append((2 + bonus(at), at, shown))
    for m in _DISTRICT.finditer(text) if "микрорайон" in low else ():
        found.append((2 + bonus(m.start()), m.start(1), f"микрорайон {m.group(2)}"))
    for m in after_prepositions(_INSTITUTION, text) if "учрежден" in low else ():
        found.append((5 + bonus(m.start()), m.start(1), m.group(1).strip()))
    for m in _ORG_ADDRESSED.finditer(text) if abbreviated and "(" in text else ():
        address = ADDRESS.match(text, m.end())  # "ДЮСШ №10 (ул. Советская, 55а)"
        if address is not None:
            where = tidy_address(address.group(0))
            where = f"{' '.join(m.group(2).split())}, {where}" if m.group(2) else where
            place = f"{_closed(' '.join(m.group(1).split()))} ({where})"
            found.append((2 + bonus(m.start()), m.start(1), place))
    for at, name in named_hosts(text):  # "ДДТ «Радуга» приглашает": its premises, unless
        found.append((1 + bonus(at), at, name))  # the post names a place after "в"/"на"
    for at, name in named_places(text):
        found.append((1 + bonus(at), at, name))  # "в «Музее Тропинина …»", "в «Артеке»"
    for m in after_prepositions(_ABBREVIATION, text, 1) if abbreviated else ():  # "в ЦПКиО, старт в
        if organisation(m.group(1)):  # 11:00": an organisation's abbreviation is a place
            near = _TIME_OR_ADDRESS.search(text, max(0, m.start() - 60), m.end() + 60)
            shown = _closed(m.group(1))
            score = 1 + bonus(m.start()) + (near is not None)
            found.append((score - _SOURCE_COST * reported_in(text, m.start(1)), m.start(1), shown))
    for m in after_prepositions(_ON_ABBREVIATION, text) if abbreviated and "на " in low else ():
        # "форум, который пройдёт с 29 августа на ВДНХ": a site by its abbreviation after
        # "на", in a clause of taking place ("на ЕГЭ", "на МКС" are no place: not held there)
        if organisation(m.group(1)) and held_there(text, m.start(1), event_sentence):
            found.append((1 + bonus(m.start()), m.start(1), m.group(1)))
    for at, name in loose_places(text, event_sentence):  # "в Ясной Поляне", "пройдёт
        found.append((1 + bonus(at), at, name))  # в лесном массиве микрорайона …"
        if loose is not None:
            loose.add(at)
    for at, name in framed_places(text, event_sentence):  # "на площадке AIFC EXPO": stated
        found.append((2 + bonus(at), at, name))  # by the frame as by a preposition
        if loose is not None:
            loose.add(at)
    for at, name in street_itself(text):  # "Фестиваль состоится на ул. Крещатик": the street
        if held_there(text, at, event_sentence):  # (less than a place noun a preposition
            found.append((1 + bonus(at), at, name))  # states: "в ДК на улице Ленина")
            if loose is not None:
                loose.add(at)
    for m in after_prepositions(_ELIDED_HALL, text) if "актовом" in low else ():
        inside_event = event_sentence and event_sentence[0] <= m.start() < event_sentence[1]
        found.append((4 if inside_event else 2, m.start(), "актовый зал"))
    credits = credit_lines(text)
    alone: list[int] = []  # indices in `found` of places alone on their lines
    for m in place_nouns(text):
        if m.group(0)[:5].lower() in _FIRM_NOUNS and not firm_named(text, m.end()):
            continue  # "в компании друзей": a firm's noun is a place before its name only
        slashed = "/" in m.group(0)  # "на л/б «Красное знамя»" (лыжная база), "с/к": a place
        if not slashed and (not has_noun_reading(m.group(0)) or person(m.group(0))):
            continue  # "Центральном": an adjective; "школьники", "гимназисты": people
        if m.group(0)[:5].lower() == "админ" and not _TAKEN_IN.search(
            text, max(0, m.start() - 60), m.start()
        ):
            continue  # "глава администрации", "при поддержке администрации": no place
        if credits and any(a <= m.start() < b for a, b in credits):
            continue  # "Источник: отдел … «Музей Победы»": who wrote the page
        quoted = inside(m.start())
        quoted_place = quoted and _PLACE_QUOTE_OPENS.search(text, max(0, m.start() - 12), m.start())
        quoted_left = None  # "в «Зелёном театре»": the quote holds the place's adjectives
        if quoted and not quoted_place:
            quoted_left = quoted_adjectives(text, m.start(), m.group(0))
            quoted_place = quoted_left is not None
        if (quoted and not quoted_place) or (
            _GENERIC.match(m.group(0))
            and not _QUOTE_NEXT.match(text, m.end())
            and not (_OWNER_ABBREVIATION.match(text, m.end()) and left_adjectives(text, m.start()))
        ):
            continue  # inside a quoted name; "площадки" names no place, "площадка «…»" and
            # "спортивной площадке СОШ №7" (its owner's abbreviation) do ("на площадке СОШ
            # №7" with no adjective is read by _ORG_PLACE)
        left = quoted_left or left_adjectives(text, m.start())
        if left and generic(left):
            continue  # "в каждом музее есть …": places in general
        first = text.rfind(left[0], 0, m.start()) if left else m.start()
        window = text[max(0, first - 30) : first - (1 if quoted_place else 0)]
        prep = search_i(_PREP, window) or (
            _SITE_PREP.search(window) if "лощадк" in window else None
        )
        # "…, сообщили «Глобусу» в музее": who told the news, the venue only when the post
        # names no other place (or the building of a room it names: "Как сообщили в
        # планетарии, … в звёздном зале пройдут …")
        reported = prep is not None and reported_in(text, first)
        start = _FROM.search(window) if prep is None else None
        if (
            start
            and _sets_off(text, first)
            and (start.group(1).lower() == "от" or _genitive(m.group(0)))
        ):
            prep = start  # "экскурсия начнётся от Спасской башни" (not "с театром": company)
        site = None if prep else site_before(text[max(0, first - 45) : first], m.group(0))
        prep = prep or site  # "на трассах лыжной базы «Чайка»": the base is the place
        if (
            prep is None
            and (landmark := _AT_LANDMARK.search(window)) is not None
            and (bool(left and left[0][:1].isupper()) or bool(right_words(text, m.end())))
            and landmark_noun(landmark.group(2))
        ):
            prep = landmark  # "у фонтана Одесского Городского Сада": the garden's fountain
        if (
            prep is None
            and ("ост" in window or "тел" in window or "двер" in window)
            and (left or right_words(text, m.end()))  # not "гостей парка": one named before
        ):
            prep = _GUESTS_OF.search(window)  # "посетители обсерватории смогут …": theirs
        if prep is None and "посе" in window:
            prep = _VISITED.search(window)  # "ученики посетили краеведческий музей": visited
            if prep is not None and not visited_that_day(text, first, event_sentence):
                prep = None  # "Накануне, 13 декабря, хор посетил …": another day's visit
        opens = _CLAUSE_START.search(text[max(0, first - 3) : first]) is not None
        dated = prep is None and not opens and _DATE_OPENING.search(text, max(0, first - 60), first)
        host = (
            prep is None
            and (
                opens
                or dated is not None
                or _QUOTE_NEXT.match(text, m.end()) is not None  # "музей-заповедник «…»"
            )
            and HOST.match(text, m.end(), m.end() + 100) is not None
        )
        # "ПЛАНЕТАРИЙ (ул. Академика Королева, д. 2)": a place given with its address
        addressed = prep is None and not host and with_address(text, m.end())
        # "Игры примет стадион «…»": the subject of a verb of hosting, put after it
        hosting = (
            prep is None
            and not host
            and not addressed
            and (  # "Игры примет стадион «…»", "спектакль «…» (Театр юного зрителя)"
                subject_after_verb(text, m, first)
                or bracketed_after_title(text, first, m.group(0))
                or (  # "Музей №2 станет площадкой …" (a bare "библиотека станет …" restates
                    # a place named before it: "… в ГПНТБ. … библиотека станет площадкой")
                    copula
                    and stated_by_copula(text, first, m.end(), m.group(0))
                    and bool(left or right_words(text, m.end()))
                )
            )
        )
        loose_subject = prep is None and not host and not addressed and not hosting
        if (
            loose_subject
            and left
            and left[0][:1].isupper()
            and (
                not any(p.tag.case == "nomn" for p in _parses(m.group(0))[:2])
                or after_verb(text, first)
            )
        ):
            continue  # "с планом работы Областного центра …": a name in passing, not a place
        prep_less = False
        if loose_subject and not (left and left[0][:1].isupper()):
            named = _NAME_AFTER.match(text, m.end()) or _OWNER_AFTER.match(text, m.end())
            if not named or not nominative_opening(text, m, first):
                continue  # "…, читальный зал библиотеки «Южная»" names one
            prep_less = True  # "…, театр Молодёжный, спектакль": a place named in passing
        right = right_words(text, m.end())
        if (
            prep is not None
            and prep.group(1).lower() == "у"
            and _AUDIENCE.match(m.group(0))
            and not _ROOM_NUMBER.match(text, m.end())
        ):
            continue  # "интерес к кино у широкой аудитории": the audience, no room
        if prep is None and _ORGANISER_DASH.search(text, max(0, first - 50), first):
            continue  # "Организатор мероприятия — Епархиальный отдел": who, not where
        if chief_town(left, m.group(0), right):
            continue  # "Завтра в областном центре стартует …": the region's chief town
        if site and not right and not named_site(site):
            continue  # "на аллеях парка": a part of a place the post does not name
        if prep is None and not host and _HAPPENS.match(text, m.end() + len(right)):
            continue  # "Летняя школа пройдёт в Пушкино": the event itself, named like a place
        base = (
            prep is not None
            and prep.group(1).lower() == "на"
            and m.group(0).lower() == "базе"
            and not left  # "на лыжной базе «…»", "на туристической базе": a place itself
        )
        if base and not (right and right.split()[0].islower() and not PLACE.search(right)):
            # "на базе отдыха «…»" is a place itself, "на базе спортивной школы" names one
            if right and "учрежден" not in right.lower():  # "на базе МАОУ СОШ № 5" (an
                # institution's quoted name is read by _INSTITUTION)
                found.append((4, m.start(), nominative_words(right.split())))
            continue
        score = 2 if prep or hosting else (-1 if prep_less else (1 if addressed else 0))
        if host:
            score = 3 if invites_home(text, m.end()) else 1  # "Планетарий приглашает"
            if dated:  # "26 сентября музей проведёт акцию … соберутся у корпуса …": the
                score = -1  # host after its day, below any place a preposition states
            if _BRANCH.match(m.group(0)):
                score = 0  # "Региональное отделение общества «Знание» приглашает": a
                # society's branch, whose hall the post names elsewhere if at all
        elif prep is None and alone_on_line(text, first, m.end() + len(right)):
            alone.append(len(found))  # a poster's line "Театральный зал, 3 этаж" (below)
        if prep and case_after(prep.group(1)) == "loct" and destination(m.group(0)):
            score -= 3  # "заглянуть в мастерскую «…»": where they go within the event
        if reported:
            score -= _SOURCE_COST
        elif prep and not bonus(m.start()) and restates_event(text, first):
            score += RESTATED_BONUS  # "… приглашает на фестиваль. Он пройдёт в … дворике"
        if gathers and meeting_point(text, first):
            score -= 5  # "сбор в 9:15 у школы": where they gather, unless nothing else is named
        if event_sentence and event_sentence[0] <= m.start() < event_sentence[1]:
            # a bare subject ("Городской зоопарк запустит …") less than a place a preposition
            # or a verb of hosting states ("… на площадке «…»")
            stated = prep or host or hosting or addressed
            score += 2 if stated or _HOSTS_LATER.search(text, m.end(), event_sentence[1]) else 1
        sentence = text[max(0, m.start() - 60) : m.end() + 60]
        if _TIME_OR_ADDRESS.search(sentence):
            score += 1  # "Начало концерта в 12:00 в большом зале … по адресу"
        if _SCHOOL.match(m.group(0)) and not _NUMBER_SIGN.match(text, m.end()):
            score -= 2  # "во всех школах": a generic mention
        if prep and _plural_only(m.group(0)) and not _NAMED_RIGHT.search(right):
            # "экскурсии по музеям города", "на факультетах": several places, none named
            # ("в кинозалах ДНК «Строитель»" names its places)
            score -= 3
        entrance = _ENTRANCE.search(text[max(0, first - 40) : first])
        if entrance or (prep and (_BESIDE.match(prep.group(1)) or prep.re is _AT_LANDMARK)):
            # "справа от главного корпуса ТПУ", "у входа в парк «Юность»": as written
            opening = entrance.group(1) if entrance else prep.group(1)  # type: ignore[union-attr]
            phrase = f"{opening} {text[first : m.end()]}{right}"
        else:
            case = case_after(prep.group(1)) if prep else None
            words = m.group(0).split()
            if len(words) > 1 and not has_noun_reading(words[0]):
                head = to_nominative([*left, *words], case=case)  # "выставочном зале"
            else:
                head = to_nominative([*left, compound_head(m.group(0), case)], case=case)
                if not left and (lemma := bare_lemma(m.group(0), case)):
                    head = [lemma]  # "в парке «Музеон»": the park, not a "парка" (a coat)
            number = _ROOM_NUMBER.match(text, m.end()) if _NUMBERED.match(m.group(0)) else None
            if number:  # "в кабинете 105", "в аудитории 231 главного корпуса"
                sign = "№" if "№" in number.group(0) else ""  # "павильон №2" as written
                right = f" {sign}{number.group(1)}{right_words(text, number.end())}"
            if not right and prep is not None and (located := located_by(text, m.end())):
                right = located  # "на площади перед Драмтеатром": which square
            phrase = " ".join(head) + right
            if site and (shown := named_site(site)):  # "Красногорский филиал Музея Победы"
                phrase = shown + text[first : m.end()] + right
            if addressed and m.group(0).isupper():
                phrase = from_capitals(phrase)  # "ПЛАНЕТАРИЙ (…)", a programme's heading
        found.append((score, m.start(), " ".join(phrase.split())))
    if len(alone) == 1:  # one line of a post telling where by itself, not a list of them
        score, at, shown = found[alone[0]]
        found[alone[0]] = (max(score, 3), at, shown)
    if credits:  # "Читайте также: На Певческом поле открылась …": another page's place
        found = [f for f in found if not any(a <= f[1] < b for a, b in credits)]
    return found


# an organisation right after an address, by its abbreviations and quoted name
_OWNER_AFTER_ADDRESS = re.compile(
    rf"\s*,\s*((?:{_ORG_ABBR}\s+){{1,3}}(?:«[^«»\n]{{2,80}}»|\"[^\"\n]{{2,80}}\"))"
)
# an organisation's abbreviation alone in brackets right after an address ("д. 8 (АСОУ)")
_OWNER_IN_BRACKETS = re.compile(rf"\s*\(\s*((?:{_ORG_ABBR}\s+){{0,2}}{_ORG_ABBR})\s*\)")
_BARE_SHORT = re.compile(rf"(?:[А-ЯЁ]{{2,6}}|[А-ЯЁ]{{2,4}}[иа][А-ЯЁ]{{1,3}}|{_MIXED_ABBR})$")
_SHORT_NAME = re.compile(
    rf"(?:[А-ЯЁ]{{2,6}}|[А-ЯЁ]{{2,4}}[иа][А-ЯЁ]{{1,3}}|{_MIXED_ABBR})(?:$|\s+им\.|\s+имени)"
)
_WORD = re.compile(r"\w*")
_FIRST_WORD = re.compile(r"\s*[а-яё]+(?![\w-])")
_NAMED_RIGHT = re.compile(r"[«\"]|(?<![\w-])[А-ЯЁ]")


def _closed(name: str) -> str:
    """The name with the closing quotes a nested quoted name left out ("МБУК «ДК «Октябрь»"
    -> "МБУК «ДК «Октябрь»»"), as the card shows it."""
    return name + "»" * max(0, name.count("«") - name.count("»"))


def _genitive(word: str) -> bool:
    """Whether one of a place noun's two likeliest readings (pymorphy3) is a genitive: "с" of
    a starting point governs it ("с площади"), "с" of company the instrumental ("с театром")."""
    return any(p.tag.case == "gent" for p in _parses(word.split()[0])[:2])


def _sets_off(text: str, at: int) -> bool:
    """Whether the clause of text[at] (up to 80 characters back to its sentence's start, and
    on to its end) has a verb of starting or setting off (_SETS_OFF)."""
    start, end = sentence_of(at, text)
    return _SETS_OFF.search(text, max(start, at - 80), min(end, at + 80)) is not None


def _plural_only(word: str) -> bool:
    """Whether every noun reading of a one-word place noun is plural ("музеях", "факультетах";
    pymorphy3): the post names several places, none of them the venue."""
    if " " in word:
        return False
    nouns = [p for p in _parses(word) if "NOUN" in p.tag]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


# a verb of the event taking place right after its subject (place_verbs.py)
_HAPPENS = RIGHT_AFTER
_GATHER_CUES = (
    "сбор",
    "собир",
    "встречаемся",
    "место встречи",
    "выход",
    "выезд",
    "отъезд",
    "отправ",
)
# a place's own name right after its noun ("завод Автотор", "театр Молодёжный")
_NAME_AFTER = re.compile(r"\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?(?![а-яё])|\s+[«\"]")
# a place in the genitive naming the one before it ("зал библиотеки «Южная»", "зал Дворца")
_OWNER_AFTER = re.compile(
    rf"\s+(?:[А-ЯЁа-яё]+(?:ой|ого|ей|его|их|ых)\s+){{0,2}}(?:{PLACE_STEMS})[а-яё]*(?:\s+[«\"]|\s+[А-ЯЁ]|\s*№)"
)


_QUOTE_NEXT = re.compile(r"\s+[«\"]")
# an organisation's branch ("отделение общества", "отделение Союза писателей"), not a room
_BRANCH = re.compile(r"(?i)отделени")
# a verb of hosting later in the event's sentence ("Планетарий имени Ю.А. Гагарина приглашает")
_HOSTS_LATER = re.compile(rf"\s{HOST_VERBS}")
# an organisation's abbreviation right after a site noun: its owner ("площадке СОШ №7")
_OWNER_ABBREVIATION = re.compile(rf"\s+{_ORG_ABBR}(?![А-ЯЁа-яё])")


# a quoted name that opens right after a place's preposition: "в «Центр молодёжных инициатив»",
# "у «Дома книги»": its first word, a place noun, is the place (not a word inside a title)
_PLACE_QUOTE_OPENS = re.compile(r"(?<![а-яё])(?:в|во|на|у|возле|около)\s+[«\"]$", re.IGNORECASE)


def _after_preposition(text: str, at: int) -> bool:
    """Whether the place noun at `at` (with its adjectives) follows a preposition."""
    left = left_adjectives(text, at)
    first = text.rfind(left[0], 0, at) if left else at
    return _PREP.search(text[max(0, first - 30) : first]) is not None


# what a place costs when it follows a verb of saying («Об этом ТАСС сообщили в ОАО «Искра»»,
# «как рассказали в ГБУК «…»»): the news' source, the venue only when nothing else is named
_SOURCE_COST = 4


def _reported_at(text: str, at: int) -> bool:
    """Whether the place noun at `at` (with its adjectives) follows a verb of saying and its
    preposition (place_checks.reported_in): the news' source, never added to the venue."""
    left = left_adjectives(text, at)
    return reported_in(text, text.rfind(left[0], 0, at) if left else at)


# searched over whole posts: `re` skips to their first characters (first_scan.py)
_ORG_PLACE = with_first_scan(_ORG_PLACE)
_ABBREVIATION = with_first_scan(_ABBREVIATION)  # opens with "(?:^|[\s(,;])"
_ORG_ADDRESSED = with_first_scan(_ORG_ADDRESSED)  # opens with a look-behind
