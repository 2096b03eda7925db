"""A post's own heading, told apart from what a web page puts above or instead of one.

A page copied from a site opens with its chrome — a section name ("Новости", "Расписание",
"Описание акции", "Информационное письмо"), a date or clock stamp ("16:08", "27 марта, 13.00 -
16.00"), the organisation's own name ("АНО «…»", "Центральная детская библиотека") — and a news
page's heading is a sentence about the event ("Омских школьников пригласили на конкурс
чтецов"): it has a finite verb (pymorphy3's VERB or short participle). Only a heading without
a verb is the event's name; a news headline only tells which event the post is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import is_known
from bot.core.language.notices import is_notice
from bot.core.language.place_nouns import PLACE
from bot.core.language.post_words import first_kind, first_pos
from bot.core.language.tails import after_last_mark
from bot.core.language.title_days import NAMED_DAY
from bot.core.language.title_words import (
    INSTITUTION_FORM,
    KIND,
    MAX_TITLE,
    adjective_of_noun_after,
    kind_key,
    scare_quoted,
    word_parses,
)

# a site's section or a page's label: never an event's name («Новости», «Новости школы»,
# «Новости проекта»: a news section and whose it is, one word, alone on its line)
_CHROME = re.compile(
    r"(?i)^(?:новост\w*(?:\s+[а-яё]+)?|анонс\w*|афиша|расписание|объявлени[ея]|пресс-релиз|главная|событи[ея]"
    r"|мероприяти[ея]|подробнее|читать\s+далее|календарь(?:\s+событий)?|информаци[яи]"
    r"|(?:описание|программа|подробности)(?:\s+(?:акции|мероприятия|события|программы))?"
    r"|программа\s+(?:[а-яё]+(?:ых|их)\s+)?(?:мероприятий|праздника|фестиваля|дня|недели)"
    r"|информационн(?:ое|ые)\s+(?:письм[оа]|сообщени[ея])|пресс-служба|поделиться|архив(?:\s+новостей)?"
    r"|(?:фото|источник|автор|текст|видео|теги|метки|рубрика|категория|раздел)\s*:.*"
    r"|(?:график|режим|часы)\s+работы.*"
    r"|рубрики|разделы|категории|теги|метки"  # a site's navigation label alone on its line
    r"|(?:версия|режим)(?:\s+сайта)?\s+для\s+слабовидящих)$"  # a school site's accessibility switch
)
# a letter's greeting alone on its line ("Добрый день!", "Здравствуйте, коллеги!", "Уважаемые
# родители!"): the sender's words above a forwarded post, never its heading, so the post's own
# headline may stand below it
_GREETING_LINE = re.compile(
    r"(?i)^(?:добрый\s+(?:день|вечер)|доброе\s+утро|здравствуйте|приветствую|коллеги|друзья"
    r"|(?:уважаемые|дорогие)\s+[а-яё]+(?:\s+[а-яё]+)?)(?:\s*,\s*[а-яё]+(?:\s+[а-яё]+)?)?\s*[!.]?$"
)
# a poster's or a schedule's own page title ("Афиша Псковского планетария на май 2014")
_SECTION_TITLE = re.compile(
    r"(?i)^(?:афиша|анонс\w*|расписание|мероприятия|события|календарь)(?![а-яё])[^?\n]{0,60}$"
)
# a breadcrumb trail ("Главная / Новости / Мероприятия", "Главная > Афиша")
_CRUMBS = re.compile(r"^[^/>»|\n]{2,30}(?:\s+[/>»|]\s+[^/>»|\n]{2,40}){1,5}$")
# a date or clock stamp: digits and at most two short words ("9 декабря 2022, 17:00")
_DIGIT = re.compile(r"\d")
_STAMP_WORDS = re.compile(r"[А-ЯЁа-яёA-Za-z]+")
# the words a written date is made of: a weekday, a month, the year's «г.»/«года» («вторник,
# 24 апреля 2018 г.» is a dateline however many of them it has)
_DATE_WORD = re.compile(rf"{WEEKDAY}|{MONTH}|г|года?", re.IGNORECASE)
# an organisation's legal form and name ("АНО «ИЦТО»", "МАУК «Дом культуры»")
_ORG_NAME = re.compile(r"^[А-ЯЁ]{2,6}(?:\s+[А-ЯЁ]{2,6})*\s*[«\"“][^«»\"“”]{2,60}[»\"”]$")
_PLACE_HEAD = re.compile(
    r"(?i)^(?:библиотек|музе|театр|колледж|университет|институт|академи|гимнази|лице[йя]"
    r"|школ|планетари|филармони|галере|центр|дворец|дом|парк|клуб|зоопарк|кинотеатр"
    r"|учреждени|организаци|министерств|управлени|департамент|комитет"
    r"|студи|ансамбл|оркестр|хор(?![а-яё])|коллектив)"
)
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"\n]*\"|“[^“”]*”")
_WORD = re.compile(r"[А-ЯЁа-яё-]+")
# a letter's greeting or an invitation opening the post: not a heading
_LETTER = re.compile(r"(?i)приглаша|уважаем|добрый|здравствуй|дорогие|коллеги|внимание")
_AGE_MARK = compile_with_scan(r"\s+\d{1,2}\s*\+$")
# an official letter's subject line ("О проведении городского конкурса …")
_LETTER_SUBJECT = re.compile(
    r"(?i)^об?\s+(?:проведении|организации|участии|подготовке)\s"
    # a line opening with a lower-case "о"/"об" goes on from a document's label above it
    # ("Информационное сообщение\nо Турнире …"): the document's subject, read as a headline
    r"|^(?-i:об?)\s+\w"
    # a notice's label and its subject ("Информация о школьном этапе"): what the page is
    # about, read as a headline, so that the body names the event in full
    r"|^(?:информаци[яи]|объявлени[ея]|сообщени[ея])\s+об?\s"
)
_QUOTED_START = re.compile(r"«[^«»\n]{2,60}»")
_HASHTAGS = re.compile(r"#[\w-]+(?:[\s,]+#[\w-]+)*")
# a line led by a hashtag, a few plain words after it and no digit ("#Новости о фестивале",
# "#Анонс недели"): a community's or a site's tag line, never the event's heading
_TAG_LED = re.compile(r"#[^\W\d_][\w-]*(?:[ \t]+[^\d#\n]{1,50})?")
_CLOCK_FIRST = re.compile(r"\d{1,2}[:.]\d\d\s*[-–—]?\s+")
# a line that is one quoted name ("«Кросс нации-2024»")
_QUOTE_MARKS = '«»"“” '
_QUOTED_LINE = re.compile(r"^\s*(?:«[^«»\n]{2,78}»|\"[^\"\n]{2,78}\"|“[^“”\n]{2,78}”)\s*$")
# a congratulation opening the post ("С праздником весны!", "Поздравляем с Днём учителя!")
_CONGRATULATION = re.compile(r"(?i)^(?:с\s|со\s|поздравля)")


@dataclass(frozen=True)
class Heading:
    """What the top of a post says: `title` is a heading that names the event (or None);
    `headline` is the (start, end) of a news headline whose kind words point at the event."""

    title: str | None = None
    headline: tuple[int, int] | None = None
    span: tuple[int, int] = (0, 0)  # where a heading that is a title stands

    def as_headline(self) -> Heading:
        """The title heading read as a news headline (the body names the event better)."""
        return Heading(headline=self.span)


def read_heading(text: str) -> Heading:
    """The post's heading after any chrome lines; see the module docstring."""
    pos = 0
    for _ in range(4):  # chrome is a few lines at most
        end = text.find("\n", pos)
        if end < 0:
            return Heading()
        line = text[pos:end].strip()
        if line and not _is_chrome(line):
            heading = _heading(text, pos, end, line)
            if heading.title is not None and _names_no_event(heading.title):
                below = _headline_below(text, end, heading.title)
                if below is not None:
                    return below  # "Парки Москвы\n\nСубботник в парке …": the site's name
            if heading.title is None or _echoed(heading.title, text, end):
                return heading
        pos = end + 1
    return Heading()


# how many lines under a page's top line its headline may stand (chrome: a site's name, a
# rubric, a weekday, a date, a clock, a currency rate, the weather)
_TOP_LINES = 10


def _names_no_event(title: str) -> bool:
    """Whether a heading names no event: no kind word, no quoted name, no named day, week or
    night ("План проведения недели биологии" names its week)."""
    return not (
        first_kind(title)
        or NAMED_DAY.search(title)
        or _DAY_WORD.search(title)
        or any(q in title for q in '«"“')
    )


_DAY_WORD = re.compile(
    r"(?i)(?<![а-яё])(?:день|дня|дни|недел[а-яё]*|ноч[ьи]|декад[а-яё]*)(?![а-яё])"
)


def _headline_below(text: str, end: int, top: str) -> Heading | None:
    """The news headline under a top line `top` that names no event, when one stands among
    the page's first lines before the body's first paragraph: a line with a finite verb
    ("… пройдёт в Бердске"), or — when `top` has no noun in the nominative singular, the
    head an event's or a poster's name has ("Снежная королева" above "Спектакль для детей")
    — a heading that names a kind of event ("Парки Москвы" above "Субботник в парке …").
    A news page puts its site's name, its rubric and its date lines above the headline
    ("Парки Москвы", "Общее", "Четверг\n28 марта\n2024"), so the line that names nothing is
    chrome. A line opening in lower case continues the top line (a poster's gloss under its
    name: "Снежные бои\nкомандный турнир по игре в снежки"), no headline. None when a
    paragraph (a line of more than 120 characters, or one ending in a full stop) comes first,
    or no such line is found (pymorphy3)."""
    named_top = any(_singular_noun(w) for w in _WORD.findall(top))
    pos = end + 1
    stamped = False  # a date or another chrome line stands between `top` and the line
    for _ in range(_TOP_LINES):
        stop = text.find("\n", pos)
        if stop < 0:
            return None
        line = text[pos:stop].strip()
        if len(line) > 120 or line.endswith("."):
            return None  # the body has begun
        if line[:1].islower():
            return None  # "Физические бои\nкомандный турнир по физике": the top line's gloss
        if line and not _is_chrome(line):
            heading = _heading(text, pos, stop, line)
            if heading.headline is not None:
                return heading
            if heading.title is not None and not _names_no_event(heading.title):
                if named_top and not (stamped and "«" in heading.title):
                    return None
                # "Томский политех\n26.01.2023\nЗаключительный этап олимпиады «…»": a
                # named event under a date line; the top line above the date is the site's
                return heading
        elif line:
            stamped = True
        pos = stop + 1
    return None


def _echoed(title: str, text: str, end: int) -> bool:
    """False for a heading of two words or more that shares no word with the post below it
    (compared by the first four letters, so inflection does not matter) and is either in
    title case (as Russian writes no event's name: "Авиация Общего Назначения" above a post
    about the Day of Knowledge is the site's name) or a site's section label — no kind, no
    named day, no quoted name and no noun in the nominative singular ("Статьи и обзоры",
    "Главное на сегодня"; an event's or a poster's name has a singular head, "Снежная
    королева"). True otherwise."""
    words = _WORD.findall(title)
    if len(words) < 2:
        return True
    title_case = all(w[:1].isupper() and not w.isupper() for w in words)
    if not title_case and (
        first_kind(title)
        or NAMED_DAY.match(title)
        or any(q in title for q in '«"“')
        or any(_singular_noun(w) for w in words)
    ):
        return True
    body = text[end:].lower()
    return any(w.lower()[:4] in body for w in words if len(w) >= 4)


def _singular_noun(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a noun in the nominative singular."""
    found = word_parses(word)
    return bool(found) and found[0].tag.POS == "NOUN" and {"nomn", "sing"} <= found[0].tag.grammemes


def without_chrome(text: str) -> str:
    """A pasted page without the section names above it ("Афиша\n", "Анонс\n",
    "Мероприятия\n"), which would otherwise read as a question about the poster, when a post
    of 100 characters or more follows; a community post without its tag line ("#анонс
    #библиотека\n") when 60 or more follow. Returns `text` itself when nothing is cut."""
    first, newline, rest = text.lstrip().partition("\n")
    if newline and len(rest) < 100 and _labels_a_statement(first.strip(), rest):
        return rest  # «Анонс соревнований» / «В субботу состоится забег.»: the post itself
    if not newline or len(rest) < 60:
        return text
    if _HASHTAGS.fullmatch(first.strip()) or _TAG_LED.fullmatch(first.strip()):
        return rest  # "#анонс #библиотека", "#Новости о фестивале": a community post's tags
    if len(rest) < 100:
        return text
    if _CHROME.match(first.strip().rstrip(" .:!")) or _SECTION_TITLE.match(first.strip()):
        return rest  # "Афиша Псковского планетария на май 2014": the page's own title
    return text


def _labels_a_statement(first: str, rest: str) -> bool:
    """Whether `first` is a section label («Анонс соревнований», «Афиша выходных», «Анонсы
    недели») and `rest`, however short, a statement of its own: its first line has a finite
    verb, and there is no question mark («В субботу состоится забег.»). A label over a
    question («Афиша\nчто в субботу?»), over a stamp line («20 ноября 2023 / 17:40», which
    the stamp reading wants below a label) or alone is left."""
    if "?" in rest or not rest.strip():
        return False
    label = first.rstrip(" .:!")
    if not (_CHROME.match(label) or _SECTION_TITLE.match(first)):
        return False
    return has_finite_verb(rest.lstrip().partition("\n")[0])  # a stamp line below: left


def is_chrome(line: str) -> bool:
    """Whether a line is a page's chrome rather than a heading: a section name, a rubric, a
    stamp, a notice, a place's or an organisation's name (what read_heading skips)."""
    return _is_chrome(line)


def _is_chrome(line: str) -> bool:
    if len(line) > 120:
        return False  # a paragraph, never chrome
    if len(line) <= 40 and _CHROME.match(line.rstrip(" .:!")):
        return True
    if _TAG_LED.fullmatch(line):
        return True  # "#Новости о фестивале": a tag line, no heading
    if len(line) <= 60 and _GREETING_LINE.match(line):
        return True  # "Добрый день!" above a forwarded post: the sender's, no heading
    if is_notice(line):
        return True  # "Количество мест ограничено!", "Вход свободный": a notice, no heading
    if line.startswith("«") and _is_place_name(line.strip(_QUOTE_MARKS).split("«")[0].strip()):
        return True  # "«Основная общеобразовательная школа «…»": an organisation's letterhead
    if _QUOTED_LINE.match(_AGE_MARK.sub("", line)):
        return False  # "«Кросс нации-2024»", "«Щелкунчик» 6+": a name, even with its year
    if line.isalpha() and _is_rubric(line):
        return True  # "Спорт", "Культура": a site's rubric
    if ("," in line or " и " in line) and is_category(line):
        return True  # "Выставки, выставочные залы", "Олимпиады и конференции": a category
    if (line[-1:] in '»"' and _ORG_NAME.match(line)) or (
        any(sep in line for sep in (" / ", " > ", " » ", " | ")) and _CRUMBS.search(line)
    ):
        return True
    if len(line) <= 40 and _DIGIT.search(line):
        if (clock := _CLOCK_FIRST.match(line)) and line[clock.end() :].isupper():
            return False  # "18:00 ЩЕЛКУНЧИК": a poster's line, not a stamp
        words = _STAMP_WORDS.findall(line)
        if len(words) <= 2 and all(len(w) <= 11 for w in words):
            return True  # "8:40 | 29.09.2016", "4 мая 2014, воскресенье"
        if all(_DATE_WORD.fullmatch(w.lower()) for w in words):
            return True  # "вторник, 24 апреля 2018 г.": a blog's dateline, every word a date's
    return _is_place_name(line)


_CATEGORY_ITEM = re.compile(r"[А-ЯЁа-яё-]+(?: [а-яё-]+){0,2}")
_CATEGORY_JOIN = compile_with_scan(r",\s*(?:и\s+)?|\s+и\s+")


def is_category(line: str) -> bool:
    """Whether `line` is a site's category: two to four short items, commas or «и» between
    them only, each a noun phrase in the nominative plural ("Выставки, выставочные залы",
    "Лекции, мастер-классы", "Олимпиады и конференции"; pymorphy3) — a list of what a
    section holds, not an event's name."""
    items = [item.strip() for item in _CATEGORY_JOIN.split(line)]
    if not 2 <= len(items) <= 4 or not all(_CATEGORY_ITEM.fullmatch(i) for i in items):
        return False
    return all(_plural_nominative(item.split()[-1]) for item in items)


def _plural_nominative(word: str) -> bool:
    """Whether one of the three likeliest readings of `word` is a noun in the nominative
    plural ("лекции": genitive singular and accusative plural first), or an inanimate one in
    the accusative plural, whose form the nominative plural shares ("олимпиады",
    "конференции": their nominative plural is read later than that)."""
    return any(
        {"NOUN", "plur", "nomn"} <= p.tag.grammemes
        or {"NOUN", "plur", "accs", "inan"} <= p.tag.grammemes
        for p in word_parses(word)[:3]
    )


def _is_rubric(word: str) -> bool:
    """ "Спорт", "Образование": one common noun in the nominative that names no kind of
    event (a name of its own, "Библионочь", is no dictionary word)."""
    found = word_parses(word)
    return (
        bool(found)
        and is_known(word.lower())
        and "NOUN" in found[0].tag
        and found[0].tag.case == "nomn"
        and KIND.match(word) is None
    )


def _is_place_name(line: str) -> bool:
    """ "Центральная детская библиотека", "Музей изобразительных искусств": adjectives and a
    place noun in the nominative, then at most a genitive chain."""
    words = line.split()
    if not 1 <= len(words) <= 5:
        return False
    head = next(
        (
            i
            for i, w in enumerate(words)
            if _PLACE_HEAD.match(w) and (found := word_parses(w)) and "NOUN" in found[0].tag
        ),
        None,
    )  # "Центральная …" opens like "центр" but is no noun
    if head is None:
        return False
    for i, word in enumerate(words):
        found = word_parses(word)
        if not found or found[0].tag.case != ("nomn" if i <= head else "gent"):
            return False
    return True


def _heading(text: str, start: int, end: int, line: str) -> Heading:
    first = _AGE_MARK.sub("", line) if "+" in line else line  # "… 6+": an age rating
    clock = _CLOCK_FIRST.match(first)
    if clock and first[clock.end() :].isupper():
        first = first[clock.end() :]  # "12:00 ТАЙНА ЗАКОЛДОВАННОГО ПОРТРЕТА": a poster's line
    if not 3 <= len(first) <= 2 * MAX_TITLE or first.endswith((".", ",")):
        return Heading()
    quoted = _QUOTED_LINE.match(first) is not None  # a name: «Внимание — дети!» is no call
    if not text[end + 1 :].strip() or _CONGRATULATION.match(first):
        return Heading()
    if not quoted and _LETTER.search(first):
        return Heading()
    if has_finite_verb(first) or _LETTER_SUBJECT.match(first):
        return Heading(headline=(start, end))  # "О проведении конкурса …": a letter's subject
    if _QUOTED_LINE.match(first) and len(first) <= MAX_TITLE:
        title = _with_kind_below(text, end, f"«{first.strip(_QUOTE_MARKS)}»")
        return Heading(title=title, span=(start, end))
    if len(first) > MAX_TITLE or first.endswith((":", "!", "?")) or _DIGIT.search(first):
        return Heading()
    title = _with_kind_below(text, end, _sentence_case(first)) if first.isupper() else first
    if KIND.fullmatch(title) and (name := _QUOTED_START.match(text, end + 1)):
        title = f"{title} {name.group(0)}"  # "Выставка\n«Русский авангард» из собрания музея"
    elif KIND.fullmatch(title) and _kind_repeated_below(text, end, title):
        return Heading()  # "Фестиваль\n\nXIII Международный фестиваль …": a section's name
    elif (own := _poster_name_below(text, end, title)) is not None:
        title = own  # "Концерт проекта «Филармония детям»\nМАСЛЕНИЦА": "Концерт «Масленица»"
    return Heading(title=title, span=(start, end))


_SERIES_HEADING = re.compile(r"([А-ЯЁ][а-яё-]+)\s+([а-яё]+)\s+«[^«»]+»")
_CAPITALS_LINE = re.compile(r"[А-ЯЁ][А-ЯЁ -]{2,58}[А-ЯЁ!?]?")


def _poster_name_below(text: str, end: int, heading: str) -> str | None:
    """A poster's own name under a heading that names only the series its event belongs
    to: a kind, a genitive noun and a quoted name ("Концерт проекта «Филармония детям»",
    "Спектакль цикла «…»"), then a line in capitals ("МАСЛЕНИЦА"): "Концерт «Масленица»".
    None when the heading is no such kind or no such line follows (pymorphy3 genitive)."""
    series = _SERIES_HEADING.fullmatch(heading)
    if series is None or not KIND.fullmatch(series.group(1)):
        return None
    if not any("NOUN" in p.tag and p.tag.case == "gent" for p in word_parses(series.group(2))[:2]):
        return None
    newline = text.find("\n", end + 1)
    line = text[end + 1 : newline if newline >= 0 else len(text)].strip()
    if not _CAPITALS_LINE.fullmatch(line) or _CHROME.match(line) or KIND.match(line):
        return None
    name = f"{series.group(1)} «{_sentence_case(line)}»"
    return name if len(name) <= MAX_TITLE else None


def _kind_repeated_below(text: str, end: int, kind: str) -> bool:
    """Whether the next line that is not blank mentions the bare kind `kind` again, with more
    words ("Выставка" above "Персональная выставка акварели «…»"): the heading is the page's
    section, the line below the event's name (kinds compared by kind_key)."""
    line = next((ln for ln in text[end + 1 : end + 400].split("\n") if ln.strip()), "")
    key = kind_key(kind)
    return any(
        kind_key(m.group(0)) == key and m.group(0) != line.strip() for m in KIND.finditer(line)
    )


def _with_kind_below(text: str, end: int, name: str) -> str:
    """A poster's name in capitals or in quotes takes the kind the next line opens with
    ("ТАЙНА …\nСпектакль для детей …" -> "Спектакль «Тайна …»"), when the name has no kind
    itself. A quoted name also takes the kind's adjectives when the line calls the kind by
    that name ("«Уважаемый читатель»\nЛитературная игра с таким названием пройдёт …")."""
    start = end + 1
    called = _CALLED_BELOW.match(text, start) if name.startswith("«") else None
    if called is not None:
        start = called.start(2)
    kind = KIND.match(text, start)
    if kind is None or first_kind(name) or len(name) + len(kind.group(0)) + 3 > MAX_TITLE:
        return name
    found = word_parses(kind.group(0))
    if not found or found[0].tag.case != "nomn":
        return name
    quoted = name if name.startswith("«") else f"«{name}»"
    if called is not None and len(called.group(1)) + len(kind.group(0)) + len(quoted) < MAX_TITLE:
        return f"{called.group(1)}{kind.group(0)} {quoted}"  # "Литературная игра «…»"
    return f"{kind.group(0)[:1].upper()}{kind.group(0)[1:]} {quoted}"


# adjectives and a kind that the line says bears the name above it ("Литературная игра с
# таким названием …", "Акция под этим названием …")
_CALLED_BELOW = re.compile(
    r"((?:[А-ЯЁ][а-яё]+(?:ая|яя|ый|ий|ой|ое|ее|ые|ие)\s+)(?:[а-яё]+(?:ая|яя|ый|ий|ой|ое|ее|ые|ие)\s+)?)"
    r"([а-яё-]+)(?=\s+(?:с\s+таким|под\s+(?:таким|этим))\s+названием)"
)


def has_finite_verb(line: str) -> bool:
    """Whether a word outside quotes is most likely a finite verb, a short participle, an
    infinitive or a predicative: the heading is a sentence ("пройдёт", "пригласили", "дан
    старт", "Читать не вредно"); a word in scare quotes counts ("пожарные «открывают»
    двери"); in a line of capitals every word is read ("АКЦИЯ … ПРОЙДЁТ В СУББОТУ")."""
    bare = _QUOTED.sub(lambda q: q.group(0)[1:-1] if scare_quoted(q.group(0)) else " ", line)
    capitals = bare.isupper()  # a line in capitals marks no name by its capital letters
    for i, m in enumerate(_WORD.finditer(bare)):
        word = m.group(0)
        if i and not capitals and not word.islower():
            continue  # a name inside the line ("Пират Флинт")
        if first_pos(word) in ("VERB", "PRTS", "INFN", "PRED"):  # read once per form
            return True
    return False


@lru_cache(maxsize=8192)
def _subject_word(word: str) -> tuple[bool, bool]:
    """Whether one of the word's two likeliest readings is a nominative noun, and whether
    one is a noun, an adjective or a participle in the nominative or the genitive."""
    found = word_parses(word)[:2] if word[:1].isalpha() else ()
    return (
        any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in found),
        any(
            p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case in ("nomn", "gent") for p in found
        ),
    )


def _sentence_case(heading: str) -> str:
    """ "ДЕНЬ ОТКРЫТЫХ ДВЕРЕЙ В КГТУ" -> "День открытых дверей в КГТУ": dictionary words in
    lower case, abbreviations the dictionary does not know (КГТУ) kept."""
    words = []
    for word in heading.split():
        bare = word.strip('«»"“”,.!?:;()')
        if bare.isalpha() and not is_known(bare.lower()):
            words.append(word)  # КГТУ
            continue
        low = word.lower()
        found = word_parses(bare) if bare.isalpha() else ()
        if word.startswith(("«", '"', "“")) or (found and _PROPER & found[0].tag.grammemes):
            low = _capitalised(low)  # "«Золотая маска»", "в Калининграде"
        words.append(low)
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _capitalised(word: str) -> str:
    """The word with its first letter (after any opening quote) in capitals."""
    at = next((i for i, c in enumerate(word) if c.isalpha()), 0)
    return word[:at] + word[at : at + 1].upper() + word[at + 1 :]


_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn"})


# a quoted name as the subject of the verb announcing the event ("«Научный уикенд» пройдёт
# 6 и 7 сентября"), or named in a news headline not after a preposition ("… будет работать
# «Квантовый лабиринт»", but not "в «Костенках»")
_QUOTE_SUBJECT = re.compile(
    r"(«[^«»\n]{2,60}»|\"[^\"\n]{2,60}\")\s*(?:[–—-]\s*)?(?=(?:пройд[её]т|пройдут|состоится"
    r"|состоятся|стартует|стартуют|откроется|начн[её]тся|ждёт|ждет)(?![а-яё]))"
)
# "Планетарий приглашает 7 февраля … на «Ночь науки»": the invitation names the event (the
# quoted name is found first, the inviting verb then looked for before it)
_ON_QUOTE = re.compile(r"на\s+(«[^«»\n]{2,60}»|\"[^\"\n]{2,60}\")")
_INVITES_BEFORE = re.compile(
    r"(?:приглаша\w*|жд[её]м|жд[её]т|зов[её]т)\s(?:[^.!?«»\"]{0,60}?\s)?$"
    r"|(?:^|[\n.!?]\s*)[Вв]с(?:е|ех|ё)(?:\s+[а-яё]+)?\s*[-–—]?\s*$"
)  # or the call with its verb left out: "Все — на «Лыжню России»!", "Все дружно на «…»"
_QUOTE_ANY = re.compile(r"(«[^«»\n]{2,60}»|\"[^\"\n]{2,60}\")")
_PREPOSITION_BEFORE = re.compile(
    r"(?i)(?:^|\s)(?:в|во|на|из|у|от|с|со|при|для|о|об|к|ко|по|за|под|над|[а-яё]+(?:ых|их|ой|ом))\s*$"
)


# "в парке «Скитские пруды»", "на стадионе «Труд»": a preposition and a noun before a quote
# (its adjectives between: "в социальной сети «ВКонтакте»", "в новом корпусе «Б»")
_PLACE_NOUN_BEFORE = re.compile(
    r"(?i)(?:^|\s)(?:в|во|на|у|возле|около|рядом\s+с)\s+"
    r"(?:[а-яё-]+(?:ой|ом|ей|ем|ых|их|ую|юю)\s+){0,2}([а-яё-]+)\s*$"
)


def _of_place(text: str, start: int, at: int) -> bool:
    """Whether the quoted name at `at` names the place a preposition and a noun lead to
    ("в роще «Дубки»"), not an event ("на конкурс «…»": the noun is a kind)."""
    found = _PLACE_NOUN_BEFORE.search(text, max(start, at - 40), at)
    return found is not None and (KIND.fullmatch(found.group(1)) is None or _where(found.group(1)))


_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)\s*$")


def _names_its_noun(text: str, start: int, at: int) -> bool:
    """Whether the quoted name at `at` stands right after a noun that names no kind of event
    ("технопарк «Мосгормаш» проведёт …", "абонемент «…»"): in apposition, the name is that
    noun's (an organisation's, a product's), not the event's (pymorphy3's likeliest reading)."""
    before = _WORD_BEFORE.search(text, max(start, at - 40), at)
    if before is None or KIND.fullmatch(before.group(1)):
        return False
    if INSTITUTION_FORM.fullmatch(before.group(1)):
        return True  # "МБУ «ЦФМР» проведёт …": an institution's legal form, then its name
    found = word_parses(before.group(1))
    return bool(found) and found[0].tag.POS == "NOUN"


def _where(kind: str) -> bool:
    """Whether a kind after "в"/"на" can only be read in the locative ("на фестивале «Весна»
    покажут выставку": the frame the event is held in), not the accusative an invitation takes
    ("на конкурс «…»": the event); pymorphy3."""
    return not any(p.tag.case in ("nomn", "accs") for p in word_parses(kind))


def _opens_clause(text: str, pos: int) -> bool:
    """Whether `pos` opens the text, a line or a sentence."""
    before = text[max(0, pos - 2) : pos]
    return pos == 0 or before[-1:] in ("\n", ".", "!", "?") or before in (". ", "! ", "? ")


_CLAUSE_MARKS = '.!?;:\n«»"'
_CLAUSE_WORDS = re.compile(rf"[^{_CLAUSE_MARKS}]{{3,120}}$")
_PHRASE_WORD = re.compile(r"[А-ЯЁа-яё-]+|\S")


def subject_head(text: str, at: int) -> tuple[int, int] | None:
    """The span of the head noun when the words from the clause's start to the quoted name at
    `at` are a noun phrase in the nominative, the name's own ("Всероссийская лыжная гонка
    «Лыжня России» состоится", "Музыкальная сказка и утренник для детей «…» состоятся"):
    adjectives and nouns in the nominative, their genitives, "и", "для" and a genitive, at
    least one nominative noun (the first is the head, and no place: "центр «Горизонт»"), no
    verb and no other preposition (pymorphy3's likeliest readings); None otherwise."""
    low = max(0, at - 120)  # searched from the clause's last mark: tails.py
    clause = _CLAUSE_WORDS.search(text, after_last_mark(text, low, at, _CLAUSE_MARKS), at)
    if clause is None or (clause.start() > 0 and text[clause.start() - 1] not in ".!?;\n"):
        return None
    head = None
    for m in _PHRASE_WORD.finditer(text, clause.start(), at):
        word = m.group(0)
        if word.lower() in ("и", "для"):
            continue
        noun, phrase_word = _subject_word(word)  # the readings, once per form
        if noun:
            if head is None and PLACE.fullmatch(word):
                return None  # "Молодёжный центр «Горизонт» откроется": a place's name
            head = head or m.span()
        elif not phrase_word:
            return None
    return head


def quoted_subjects(text: str, headline: tuple[int, int]) -> list[tuple[re.Match[str], int]]:
    """Quoted names that are the event's own: the subject of an announcing verb anywhere,
    and in a news headline with no kind word a quoted name not after a preposition or an
    adjective of a place ("в воронежских «Костенках»"); each with its weight (an invitation's
    name may be a series the event belongs to, so it weighs less)."""
    found: list[tuple[re.Match[str], int]] = []
    if "»" in text or '"' in text:
        found += (
            (m, 3)
            for m in _QUOTE_SUBJECT.finditer(text)
            if _opens_clause(text, m.start()) or subject_head(text, m.start()) is not None
        )
        for m in _ON_QUOTE.finditer(text) if "на «" in text or 'на "' in text else ():
            if _INVITES_BEFORE.search(text, max(0, m.start() - 90), m.start()):
                found.append((m, 1))
    if headline[1] > headline[0]:
        for m in _QUOTE_ANY.finditer(text, *headline):
            if (
                not scare_quoted(m.group(0))
                and not _PREPOSITION_BEFORE.search(text, headline[0], m.start())
                and not _of_place(text, headline[0], m.start())
                and not _names_its_noun(text, headline[0], m.start())
            ):
                found.append((m, 3))
    return [
        (m, weight)
        for m, weight in found
        if not adjective_of_noun_after(text, m.start(1), m.end(1))
    ]
