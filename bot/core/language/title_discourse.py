"""Which event a post is about, read from its discourse (title78).

A post names several events: the one it announces, an occasion it is held for, the frame it
belongs to, items of its programme, a past event it reports before the next one. The start
the parser chose was read in one sentence; the event of the post is the event of that
sentence — the noun phrase its verb of holding holds (title_held.held_event), else the one
event noun the sentence governs as its own (title_grammar.grammar_candidates, not after a
preposition or a frame's words). A title that names none of that sentence's words was read
from another part of the post (a headline, another sentence) and is, by default, another
event: "Итоги конкурса «…»\n… 15 марта пройдёт встреча с писателем …" is about the meeting.

The title stays when the post gives reason to read the two as one event or the title's
event as the post's:
- the start's sentence lists several quoted names (a programme: "16 марта – «Морозко»,
  18 марта – «Репка»"): the post is about what holds them;
- the sentence's event is one bare word, or its head only classes or parts an event
  (_NO_OTHER: "соревнования", "мероприятие", "открытие", "награждение"): a mention of the
  titled event ("Лыжня России" … "пройдут соревнования");
- the event stands after a frame's words ("в рамках", "по итогам", "ко Дню",
  "посвящённая"), or shares its head or two words with the title ("игра ко Дню …");
- the event is a named day (NAMED_DAY in any letter case: the occasion the sentence dates
  by), an item after a list's colon or a programme row's dash ("14 марта 09:30-10:00 –
  торжественная линейка"), or a description of a title that is only a quoted name
  («Лыжня России-2027» … "массовая гонка для школьников");
- the post names the title's head noun (by lemma, no person's name reading) or its quoted
  name in more than one sentence not told in the past (told_past.told_in_past; one telling
  it began counts: "Сегодня открылся фестиваль" runs on): the post keeps coming back to it.
  A report of it ("В феврале ученики писали олимпиаду «Умники»") does not count: the post
  went on to the next event;
- the title is the headline line and the start's sentence is the body's first, told in the
  past, with only date lines between: a report's lead retells the headline's event in
  other words ("Беседа о …" over "… прошла встреча декана с учениками").
Where the start's sentence has no verb of holding the title's event (title79):
- a sentence that only names its day, apposed to the date by a dash ("27 марта — Всемирный
  день театра!"), is the date's name: the event is the next sentence's (_after_day);
- a title the sentence names only in its frame ("по итогам недели …", "в рамках недели
  проекта «…»", "посвящённый празднованию …") is what the event belongs to (_only_framed);
  "в рамках" governing the title's own head is not: the sentence tells a part of it;
- a title of a class word only ("Любимый праздник") gives way to a class phrase of the
  sentence with words of its own (_only_class);
- "10 июня, в день фестиваля …": the event the day is the day of (_day_of).
Used by post_draft._titled after title_held.opening_held (which reads the same for the
post's opening sentence and a bare held word, and stays).
"""

from __future__ import annotations

import re

from bot.core.language.calendar import MONTH
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import is_known
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.sentences import sentences
from bot.core.language.title_grammar import grammar_candidates, is_event_noun, word_readings
from bot.core.language.title_held import held_event
from bot.core.language.title_timed import NAMED_DAY
from bot.core.language.told_past import began, told_in_past

DISCOURSE = True  # False: the title as the earlier rules chose it (benchmarks compare)
FRAMED_TITLE = True  # title79: a title the start's sentence names only as its event's frame
NAMED_AS_EVENT = True  # title79: a frame's genitive mention is no telling of it again
CLASS_TITLE = True  # title79: a title of a class word gives way to a class phrase with more
DAY_OF = True  # title79: "в день фестиваля": the event a bare day of the sentence is the day of
DAY_NAMED = True  # title79: a start's sentence only naming its day: the next sentence's event
NOUNLESS = True  # title80: a title that names no event takes the start's sentence's one event
QUOTED_HEADLINE = True  # title81: a quoted headline names the event a future sentence holds
LINE_EVENT = True  # title81: a heading line of its own names the event after a day's name
SHORT_POSTS = True  # title80: a chat line of two sentences or more gets the same reading
_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё-]*")
_SENTENCE = re.compile(r"[^.!?…\n]+")
# the words after which a noun is the frame or the occasion of what the sentence tells, not its
# event ("в рамках фестиваля", "по итогам недели", "ко Дню …", "посвящённая Дню …"), with up
# to two adjectives before the noun
_FRAMED = re.compile(
    r"(?i)(?:в\s+рамках|по\s+итогам|ко?|посвящ[её]нн[а-яё]*|в\s+честь|накануне|в\s+преддверии)"
    r"\s+(?:[а-яё-]+(?:ого|его|ой|ей|ых|их|ому|ему|ым|им)\s+){0,2}$"
)


def discourse_event(text: str, sentence: tuple[int, int] | None, title: str) -> str | None:
    """The event of the start's `sentence` (offsets into `text`) when `title` is another
    event's (see the module's docstring), in the nominative, capitalised, at most 80
    characters; None when the title stays (or no sentence, no title, DISCOURSE off)."""
    if not DISCOURSE or not title or sentence is None:
        return None
    own = with_guillemets(text[sentence[0] : sentence[1]])
    after_day = _after_day(text, sentence, own, title) if DAY_NAMED else None
    if after_day is not None:
        return after_day  # "27 марта — Всемирный день театра! Сегодня … спектакль …"
    quoted = _quoted_headline(text, sentence, title) if QUOTED_HEADLINE else None
    if quoted is not None:
        return quoted  # "«Золотые рыбки» против «Золотых петушков»\n… пройдёт эстафета"
    if NOUNLESS and _no_event_named(title) and not _dedicated_to(own, title):
        nounless = held_event(text, sentence) or _only_kind(own, governed=True)
        if (
            nounless is not None
            and not _one_with(nounless, own, title)
            and not _name_in(own, title)
            and not _named_again(text, title)
        ):
            return nounless  # "начали финальную борьбу … в конкурсе-смотре …"
    shared = _stems(title) & _stems(own)
    if (shared and not _only_framed(own, shared, title)) or len(_NAMES.findall(own)) > 1:
        return None
    event = held_event(text, sentence) or _only_kind(own)
    if event is not None and DAY_OF and _DAY_WORD.match(event):
        event = _day_of(own) or event  # "приглашают 10 июня, в день фестиваля …"
    if event is None or _one_with(event, own, title):
        return None
    if _named_again(text, title, framed=bool(shared)) or (
        not shared and _report_lead(text, sentence, title)
    ):
        return None  # the post keeps naming the title's event: the start's one is a mention
    return event


def short_post_event(text: str, taken: bytearray, title: str) -> str | None:
    """discourse_event for a message too short to be read as a post (post.is_long): a chat
    line of two sentences or more ("Любимый праздник\n22 декабря в 16:00 … состоится
    новогодняя программа", "12 декабря — День Конституции. Дискотека … начнётся в 18:00").
    Its start's sentence is the first (sentences.sentences of `text`, the scanner's
    original: normalising keeps its length) holding a character the scanner took (`taken`:
    1 where the day, the clock or the place was read); the caller leaves out a line with a
    clause set aside (a report, a moved day: another day's sentence). A leftover title of
    two sentences ("День Конституции. Торжественный турнир …") is read by its first piece
    too. None when SHORT_POSTS is off, the line is one sentence, or the title stays."""
    if not SHORT_POSTS:
        return None
    spans = sentences(text)
    if len(spans) < 2:
        return None
    read = next((s for s in spans if taken.find(1, s[0], s[1]) != -1), None)
    pieces = [p for p in _STOPS.split(title) if _WORD.search(p)]
    first = discourse_event(text, read, title)
    if first is None and len(pieces) > 1:
        return discourse_event(text, read, pieces[0])  # "День Конституции. Турнир …"
    return first


def _quoted_headline(text: str, sentence: tuple[int, int], title: str) -> str | None:
    """The start's sentence's held event with the post's headline as its name when that
    headline line is quoted names and the words between them, naming no event ("«Золотые
    рыбки» против «Золотых петушков»"; one quoted name alone is the event's own name, as
    «Лыжня России-2027» over "массовая гонка"), the sentence
    below it holds an event with no name of its own, not told in the past, and `title` is
    made of the headline's and that event's words only: "Эстафета «Золотые рыбки» против
    «Золотых петушков»"; the event alone when the two are longer than 80 characters. None
    otherwise (the sentence writing a headline's name names its event by it already)."""
    line = text.find("\n")
    if not 0 < line <= _HEADLINE or sentence[0] < line:
        return None
    head = with_guillemets(text[:line]).strip()
    if (
        not head.startswith("«")
        or not head.endswith("»")
        or _head_lemma(head) is not None
        or _ONLY_NAME.fullmatch(head) is not None  # one name: the event's own (title78)
        or told_in_past(text, *sentence)
    ):
        return None
    event = held_event(text, sentence)
    if (
        event is None
        or _NAMES.search(event) is not None
        or not _stems(title) <= _stems(head) | _stems(event)
        or any(n in with_guillemets(text[sentence[0] : sentence[1]]) for n in _NAMES.findall(head))
    ):
        return None  # no unnamed event below, other words, or the sentence writes the name
    joined = f"{event} {head}"
    return joined if len(joined) <= 80 else event


def _no_event_named(title: str) -> bool:
    """Whether `title` names no event: no event noun (title_grammar.is_event_noun), its
    first word a dictionary word (morphology.is_known) and no number: a coined word
    ("Библиосумерки-2026"), an edition's number ("XXXII Мемориал …") or a title opening
    with a quoted name ("«Золотые рыбки» против «Золотых петушков»": a headline in quotes) is
    an event's name of its own."""
    words = _WORD.findall(title)
    return (
        not with_guillemets(title).lstrip().startswith("«")
        and _head_lemma(title) is None
        and bool(words)
        and is_known(words[0].lower())
        and _NUMBERED.search(title) is None
    )


def _dedicated_to(own: str, title: str) -> bool:
    """Whether the words after the sentence's frame words (_FRAME_SPAN: "посвящённые
    последнему звонку") hold all of `title`'s (four-letter stems): the occasion the event is
    held for, by which the post names it (title28)."""
    spans = " ".join(m.group(1) for m in _FRAME_SPAN.finditer(own))
    return bool(spans) and _stems(title, 4) <= _stems(spans, 4)


def _name_in(own: str, title: str) -> bool:
    """Whether the sentence `own` writes the quoted name of `title` (any letter case)."""
    name = _QUOTED.search(with_guillemets(title))
    return name is not None and name.group(1).lower() in own.lower()


def _day_of(own: str) -> str | None:
    """The event the sentence `own` names as what its day is the day of ("10 июня, в день
    III фестиваля летних игровых программ", "в день проведения акции «…»"): the event
    phrase (grammar_candidates, nominative) that begins within the two words after "в
    день" (and "проведения"); None when it names none."""
    found = _DAY_OF.search(own)
    if found is None:
        return None
    rest = own[found.end() :]
    near = len(" ".join(rest.split()[:2]))
    return next(
        (p for at, p, role in grammar_candidates(rest) if role == "kind" and at <= near), None
    )


def _only_framed(own: str, shared: set[str], title: str) -> bool:
    """Whether the title's words the sentence `own` writes (`shared`, by stems) all stand in
    its frame's phrases — the event phrases (grammar_candidates) after a frame's words
    ("по итогам городской недели иностранного языка", "в рамках недели проекта «…»"): the
    title is what the sentence's event belongs to, not its event (FRAMED_TITLE). The words
    after "посвящённый", "приуроченный" … (_FRAME_SPAN) count only for a title they do not
    wholly hold: one they do is the occasion the event is named by (title28: "Последний
    звонок" over "линейки, посвящённые последнему звонку"). Not when
    "в рамках" governs the title's own head ("Фестиваль «…»" … "В рамках фестиваля пройдёт
    концерт"): the post is about that event, and the sentence tells a part of it."""
    if not FRAMED_TITLE:
        return False
    head = _head_lemma(title)
    if head is not None and any(_lemma(m.group(1)) == head for m in _WITHIN.finditer(own)):
        return False
    framed = [p for at, p, _ in grammar_candidates(own) if _FRAMED.search(own[:at]) is not None]
    spans = " ".join(m.group(1) for m in _FRAME_SPAN.finditer(own))
    if not _stems(title, 4) <= _stems(spans, 4):  # a title wholly what the event is for
        framed.append(spans)  # names its occasion ("посвящённые последнему звонку": title28)
    return bool(framed) and shared <= _stems(" ".join(framed))


def _after_day(text: str, sentence: tuple[int, int], own: str, title: str) -> str | None:
    """The event the post tells right after a start's sentence `own` that only names its
    day: `title` is a named day (NAMED_DAY) the sentence writes (by stems) and the sentence
    names no other event ("27 марта — Всемирный день театра!", "Сегодня … установлена
    новая памятная дата – День неизвестного солдата"): the day is the date's name, and the
    event is held_event's (else the one kind's) phrase of the next of the following two
    sentences that has one, of more than one word, no class word (_NO_OTHER), no named day,
    with no date written before it (the post tells a day again). None otherwise, and when
    that event opens with an ordinal ("Первый урок …": a part of the day, the day the
    event)."""
    if _NAMED_DAY.match(title) is None or not _stems(title) <= _stems(own):
        return None
    if not any(_NAMED_DAY.match(own, m.end()) for m in _APPOSED.finditer(own)):
        return None  # "выехали на День открытых дверей", "День … состоится": not the date's name
    if held_event(text, sentence) is not None or any(
        _NAMED_DAY.match(phrase) is None for _, phrase, _ in grammar_candidates(own)
    ):
        return None  # the sentence names an event of its own
    for begin, end in _next_sentences(text, sentence[1], 2):
        part = with_guillemets(text[begin:end])
        if _DATED.search(text, sentence[1], end):
            return None  # a date of its own: the post goes on to tell a day again
        event = held_event(text, (begin, end)) or _only_kind(part) or _line_event(text, begin, end)
        if event is None or " " not in event.strip() or _NAMED_DAY.match(event):
            continue
        if _ORDINAL.match(event):
            return None  # "Первый урок …": a part of the day, which is the event
        if _head_lemma(event) not in _NO_OTHER:
            return event
    return None


def _next_sentences(text: str, after: int, count: int) -> list[tuple[int, int]]:
    """Up to `count` sentences (offsets into `text`, sentences.sentences) that begin at or
    after `after`, none shorter than three words but a line of its own (_line_event)."""
    found = [
        (begin, end)
        for begin, end in sentences(text)
        if begin >= after
        and (len(_WORD.findall(text[begin:end])) >= 3 or _line_event(text, begin, end))
    ]
    return found[:count]


def _line_event(text: str, begin: int, end: int) -> str | None:
    """The sentence `begin`..`end` of `text` when it is a line of its own of two words or
    more naming an event by its head and no verb (a heading: "Субботняя дискотека" under
    "12 декабря — День Конституции."), when LINE_EVENT; None otherwise."""
    line = text[begin:end].strip(" .!")
    words = _WORD.findall(line)
    if (
        not LINE_EVENT
        or not text[:begin].endswith("\n")
        or not text[end:].lstrip(" .!").startswith("\n")
        or len(words) < 2
        or _head_lemma(line) is None
        or any(p.tag.POS == "VERB" for w in words for p in word_readings(w)[:1])
    ):
        return None
    return line[:1].upper() + line[1:]


def _one_with(event: str, own: str, title: str, *, bare: bool = True) -> bool:
    """Whether the start's sentence's `event` (read in `own`) is no other event than
    `title`'s: a bare word, a class or a part (_NO_OTHER), a named day (the occasion), an
    item after a colon or a frame's words, the title's own head, two of the title's words,
    or a description of a title that is only a quoted name («Лыжня России» … «массовая
    гонка для школьников»)."""
    head = _head_lemma(event)
    at = own.lower().find(event.split()[0].lower()[:5])
    return (
        (bare and " " not in event.strip())
        or head is None
        or (head in _NO_OTHER and not _only_class(title))
        or head in _lemmas(title)
        or _NAMED_DAY.match(event) is not None
        or _framed(own, event)
        or (at >= 0 and _LISTED.search(own[:at]) is not None)
        or len(_stems(event) & _stems(title)) > 1  # "игра ко Дню …" names the day held for
        or (_ONLY_NAME.fullmatch(title) is not None and _NAMES.search(event) is None)
    )


def title_stays(text: str, event: str, own: str, title: str) -> bool:
    """Whether `title` stays over `event`, read in the sentence or line `own` of `text`: the
    event is no other than the title's (_one_with: a bare word, a class or a part, a named
    day, a frame's or a list's item, the title's own head or two of its words), or the post
    keeps naming the title's event (_named_again)."""
    return _one_with(event, own, title, bare=False) or _named_again(text, title)


def _only_class(title: str) -> bool:
    """Whether `title` names its event by a class word only (its head in _NO_OTHER, at most
    one word besides, no quoted name: "Любимый праздник", "Профессиональный праздник"; not
    "Открытие финала олимпиады") when CLASS_TITLE: then
    a class word of the start's sentence with words of its own ("новогодняя развлекательная
    программа") says more, and is no mere mention of the title's event."""
    words = _WORD.findall(title)
    return (
        CLASS_TITLE
        and len(words) <= 2
        and _head_lemma(title) in _NO_OTHER
        and _NAMES.search(title) is None
    )


def _report_lead(text: str, sentence: tuple[int, int], title: str) -> bool:
    """Whether `title` is the post's headline line (at most 120 characters, by stems) and
    the start's `sentence` is the body's first sentence told in the past (only date lines
    between): a report's lead retells the headline's event in other words ("Беседа о …"
    over "… прошла встреча декана с учениками")."""
    line = text.find("\n")
    if not 0 < line <= _HEADLINE or not _stems(title) <= _stems(text[:line]):
        return False
    between = text[line : sentence[0]]
    return _DATE_LINES.fullmatch(between) is not None and told_in_past(text, *sentence)


def _framed(own: str, event: str) -> bool:
    """Whether the sentence `own` writes `event` (its first word, by stem) right after a
    frame's words (_FRAMED)."""
    first = event.split()[0].lower()[:5]
    at = own.lower().find(first)
    return at >= 0 and _FRAMED.search(own[:at]) is not None


def _named_again(text: str, title: str, *, framed: bool = False) -> bool:
    """Whether the post names `title`'s head noun (by lemma), or its quoted name, in more
    than one sentence; when the start's sentence names the title as its event's frame
    (`framed`), only its head told in another case than the genitive counts ("победы
    недели", "недели проекта «…»" name what the event belongs to)."""
    head = _head_lemma(title)
    name = _QUOTED.search(title)
    seen = 0
    for found in _SENTENCE.finditer(text):
        part = found.group()
        if told_in_past(text, found.start(), found.end()) and not began(part):
            continue  # a report of it (not its opening): the post went on to the next event
        if (head and head in (_told_lemmas(part) if framed else _lemmas(part))) or (
            name and not framed and name.group(1).lower() in part.lower()
        ):
            seen += 1
    return seen > 1


def _told_lemmas(phrase: str) -> set[str]:
    """The dictionary forms (_lemma) of the phrase's words, but for nouns read (likeliest)
    in the genitive when NAMED_AS_EVENT: "победы недели", "по итогам недели" name the week
    as what the event told belongs to, not as an event told again."""
    return {_lemma(w) for w in _WORD.findall(phrase) if not (NAMED_AS_EVENT and _genitive(w))}


def _genitive(word: str) -> bool:
    """Whether `word`'s likeliest noun reading (pymorphy3) is in the genitive."""
    for p in word_readings(word):
        if "NOUN" in p.tag:
            return bool(p.tag.case == "gent")
    return False


def _only_kind(own: str, *, governed: bool = False) -> str | None:
    """The one event phrase grammar reads in the sentence `own` (a subject, an invitation's
    goal, what one takes part in, or a kind noun not governed by a preposition), none after
    a frame's words and no named day (the day the sentence dates by: "Сегодня международный
    День защиты детей"); None when there are none or several."""
    kinds = [
        (at, phrase)
        for at, phrase, role in grammar_candidates(own)
        if role in ("kind", "subject", "invited", "part")
        and _FRAMED.search(own[:at]) is None
        and (governed or role != "kind" or _GOVERNED.search(own[:at]) is None)
    ]
    phrases = {p for _, p in kinds}
    if len(phrases) != 1:
        return None
    return next(iter(phrases))


# heads that name no other event than the title's: a class any event belongs to, or a part
# of an event (its opening, its awards, its broadcast)
_NO_OTHER = frozenset(
    {
        "мероприятие",
        "программа",
        "онлайн-программа",
        "событие",
        "праздник",
        "соревнование",
        "состязание",
        "акция",
        "занятие",
        "испытание",
        "учение",
        "открытие",
        "закрытие",
        "парад",
        "награждение",
        "трансляция",
        "церемония",
        "финал",
        "этап",
        "тур",
        "сбор",
        "старт",
        "неделя",
        "каникулы",
        "гала-концерт",
        "коллекция",
        "показ",
        "матч",
        "отбор",
    }
)
_STEM = compile_with_scan(r"[а-яё0-9]{4,}")
# a number in a title: an edition ("XXXII Мемориал", "20-й фестиваль", "Библиосумерки-2026")
_NUMBERED = re.compile(r"\d|(?<![A-Za-z])[IVXLC]{2,}(?![A-Za-z])|(?<![A-Za-z])[IVX](?=\s)")
# a sentence's end inside a chat line's leftover title ("День Конституции. Турнир …")
_STOPS = re.compile(r"(?<=[.!?…])\s+")
# an ordinal opening an event phrase ("Первый урок", "Второе занятие"): one part of a series
# by the ordinal's own endings: "Пятничная дискотека", "Шествие …" are no ordinals (title80)
_ORDINAL = re.compile(
    r"(?i)(?:(?:перв|четв[её]рт|пят)(?:ый|ая|ое|ые)|(?:втор|шест)(?:ой|ая|ое|ые)"
    r"|трет(?:ий|ья|ье|ьи)|последн(?:ий|яя|ее|ие))\s"
)
_DAY_WORD = re.compile(r"(?i)день(?![а-яё])")
# "в день" with "проведения" passed over: what follows is the event of that day
_DAY_OF = re.compile(r"(?i)(?<![а-яё])в\s+день\s+(?:проведения\s+)?")
# the noun "в рамках" governs, after up to two adjectives ("в рамках городской недели")
_WITHIN = re.compile(
    r"(?i)(?<![а-яё])в\s+рамках\s+(?:[а-яё-]+(?:ого|его|ой|ей|ых|их)\s+){0,2}([а-яё-]+)"
)
# the words a frame's words govern, to a comma or the sentence's end, at most five
# ("посвященный празднованию Великой Победы", "приуроченный к Международному дню туризма")
_FRAME_SPAN = re.compile(
    r"(?i)(?<![а-яё])(?:в\s+рамках|по\s+итогам|посвящ[её]нн[а-яё]*|приурочен[а-яё]*(?:\s+ко?)?"
    r"|в\s+честь|накануне|в\s+преддверии)((?:\s+[^\s,;:]+){1,5})"
)
# a named day in any case of its letters («Международный День защиты детей»)
_NAMED_DAY = re.compile(NAMED_DAY.pattern, re.IGNORECASE)
# a preposition with up to two adjectives (by their endings) before a noun: the noun is a
# place, a goal or a topic of the sentence ("погрузились в сказку", "рассказали о конкурсе"),
# not its event
_GOVERNED = re.compile(
    r"(?i)(?<![а-яё])(?:в|во|на|о|об|про|с|со|к|ко|по|из|для|от|до|за|у|при|после|перед)\s+"
    r"(?:[а-яё-]+(?:[ыио]й|[ая]я|[оеи]е|ы[ех]|[ое]го|[ое]му|[ыи]м|[ое]м|[ую]ю|[ыи]х|[ыи]ми)\s+){0,2}$"
)
_QUOTED = re.compile(r"«([^«»]+)»")
_ONLY_NAME = re.compile(r"\s*(?:«[^«»]+»|\"[^\"]+\")\s*")
# what stands between a headline and its body's first sentence: blank lines, date stamps
_DATE_LINES = re.compile(r"[\s\d.:/,-]*")
_HEADLINE = 120  # characters a headline line has at most
# a list's colon (not a clock's: "15:00") or a programme row's dash after its time
# ("09:30-10:00 – торжественная линейка"): what follows is an item of a programme
_LISTED = re.compile(r":(?!\d)|\d\s*[–—-]\s*$")
_NAMES = re.compile(r"«[^«»]+»|\"[^\"]+\"")
# a dash that names what stands before it ("27 марта — ", "памятная дата – ") and a quote mark
_APPOSED = re.compile(r"\s[—–-]\s+[«\"]?")
# a date of its own in a sentence ("15 марта", "15.03"): the sentence tells another day
_DATED = re.compile(rf"(?i)\d{{1,2}}\s+{MONTH}|\d{{1,2}}\.\d{{2}}(?!\d)")


def _stems(phrase: str, size: int = 5) -> set[str]:
    """The first `size` letters of each word of four letters or more (four letters match a
    noun's forms whose fifth letter alternates: «звонок», «звонку»)."""
    return {w[:size] for w in _STEM.findall(phrase.lower().replace("ё", "е"))}


def _head_lemma(phrase: str) -> str | None:
    """The dictionary form of the phrase's first event noun (title_grammar.is_event_noun)."""
    for word in _WORD.findall(phrase):
        if is_event_noun(word):
            return _lemma(word)
    return None


def _lemmas(phrase: str) -> set[str]:
    """The dictionary forms (_lemma) of the phrase's words."""
    return {_lemma(w) for w in _WORD.findall(phrase)}


def _lemma(word: str) -> str:
    """The dictionary form of `word`'s likeliest noun reading that is no person's name
    (pymorphy3 reads «викторину» first as the name Викторин), ё as е; the word in lower
    case when it has none."""
    for p in word_readings(word):
        if "NOUN" in p.tag and not _PERSON & set(p.tag.grammemes):
            return str(p.normal_form).replace("ё", "е")
    return word.lower().replace("ё", "е")


_PERSON = frozenset({"Name", "Surn", "Patr"})
