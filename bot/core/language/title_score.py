"""How likely a kind word in a post is the event's own: its place (a news headline, the
sentence with the event's date, the post's opening), a quoted name after it, and what marks a
side event (an item of a programme or a list, a kind the event is part of or a person's
title names, a congratulation). Used by title.py."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.lowered import search_i
from bot.core.language.post_analysis import analysis
from bot.core.language.post_words import first_pos
from bot.core.language.tails import last_words_start
from bot.core.language.title_dated_days import another_days_kind
from bot.core.language.title_programme_head import announced_head, timetable_item
from bot.core.language.title_words import (
    KIND,
    is_genitive,
    is_kind_word,
    side_before,
    word_parses,
)

# kinds too general to name an event alone
WEAK = re.compile(r"(?i)^(?:мероприяти|программ|проект|смен|игр|заняти|встреч|экзамен|егэ|огэ)")
# "В программе: экскурсии по залам, выставки …": the items of a programme are side events
_IN_PROGRAMME = re.compile(
    r"(?i)(?:в\s+программе(?:\s+[а-яё]+)?|(?:вас|гостей|ребят|детей|участников)\s+жд[уё]т"
    r"(?:\s+[а-яё]+)?)\s*[:—–-][^.!?]*$"
)
# a kind after "в"/"на" and its adjectives, opening a headline's clause ("На форуме",
# "побывают в сказке"): the place or the frame of the event the headline names
_WHERE_BEFORE = re.compile(
    r"(?i)(?<![а-яё])(?:на|в|во)\s+(?:[а-яё-]+(?:ом|ем|ой|ей|ых|их)\s+){0,2}$"
)
_PARTAKE = re.compile(r"(?i)(?<![а-яё])участи[еяию]\s+$")
_LIST_BEFORE = re.compile(r"[»\w\s]*,\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
_WORD_BEFORE_COMMA = re.compile(r"([А-ЯЁа-яё-]+),\s*$")
# a congratulation before a kind ("С праздником весны!", "Поздравляем всех с Днём …")
_CONGRATULATED = re.compile(
    r"(?i)(?:^|[\n!.]\s*)(?:с|со|поздравля[а-яё]*(?:\s+[а-яё]+){0,3}\s+с)\s+(?:[а-яё]+\s+){0,2}$"
)
_FRAMEWORK = re.compile(r"(?i)проект|смен")


@lru_cache(maxsize=4096)
def _is_weak(word: str) -> bool:
    """`WEAK.match(word) is not None`, remembered per kind word (asked of every kind noun)."""
    return WEAK.match(word) is not None


# "лекция называется «…»", "спектакль под названием «…»"
_CALLED = re.compile(
    r"\s*(?:[,—–-]\s*)?(?:называ[а-яё]+|носит\s+название|под\s+названием)\s*:?\s*[«\"“]"
)
# a clause opening with a clock time: an item of a programme ("В 13:00 – лекция …")
_LED_BY = re.compile(r"(?:^|[\n.;,])[ \t]*(?:[ВвСс][ \t]+)?$")
_ANY_TIME = re.compile(r"\d[:.]\d\d(?!\d)")
_PROGRAMME_ITEM = re.compile(
    r"(?:^|[\n.;,])\s*(?:[ВвСс]\s+)?\d{1,2}[:.]\d\d(?:\s*[-–—]\s*\d{1,2}[:.]\d\d)?"
    r"[^.;\n\d]{0,40}$"
)


def is_programme(text: str) -> bool:
    """Whether two clauses or more open with a clock time ("В 13:00 – лекция …")."""
    led = 0
    for m in _ANY_TIME.finditer(text):
        start = m.start() - 1 if m.start() and text[m.start() - 1].isdigit() else m.start()
        window = text[max(0, start - 6) : start]
        found = _LED_BY.search(window)
        if found and (found.group(0)[:1] in "\n.;," or start <= 6):
            led += 1
            if led >= 2:
                return True
    return False


def score_at(
    text: str,
    m: re.Match[str],
    event_sentence: tuple[int, int] | None,
    programme: bool,
    headline: tuple[int, int] = (0, 0),
    elsewhere: tuple[tuple[int, int], ...] = (),
) -> int:
    """The score of the kind word matched by `m` (higher is likelier the event's own):
    +3 in the news headline `headline` and in the event's sentence, +2/+1 near the post's
    opening, +2 before a quoted name (+3 "называется «…»"), +1 for a kind written with a
    capital inside a sentence (a proper name); −3 for a weak kind (−1 named) or another
    programme item, −5 for a side kind, a congratulation or a complement that only points
    back ("по данному виду спорта"), −2 for an item of a list or a kind
    that opens or closes another ("Парад откроет праздник"), −3 for where the winners go on to
    outside the event's sentence, −5 for the format another event is held in ("в формате
    открытого урока"); in a clause of `elsewhere` (dated with another day than the
    chosen start's, title_dated_days.py) −3 and never the event sentence's +3: another event
    of the post."""
    score = 3 if headline[0] <= m.start() < headline[1] else 0  # a news headline's event
    where = (
        _WHERE_BEFORE.search(text, max(headline[0], m.start() - 40), m.start()) if score else None
    )
    if where and not _PARTAKE.search(text, max(0, where.start() - 12), where.start()):
        score = 0  # "На форуме «Россия» … представят выставку": where, not what
        # ("примут участие во всероссийской олимпиаде": the event one takes part in)
    in_event = bool(event_sentence and event_sentence[0] <= m.start() < event_sentence[1])
    if elsewhere and another_days_kind(text, m.start(), m.group(0), elsewhere):
        in_event = False  # "…, а выпускные вечера назначены на 28 июня" when the start is
        score -= 3  # 24 May: another event of the post
    if _heads_programme(text, m.start(), in_event, event_sentence, programme):
        in_event = not in_event  # «Турнир … пройдёт в …»: the programme's event; its first
        # item only dated (title_programme_head.py, chat69)
    if in_event:
        score += 3
    elif programme and _PROGRAMME_ITEM.search(text[max(0, m.start() - 60) : m.start()]):
        score -= 3  # "В 13:00 – лекция …, в 15:00 – мастер-класс …": the other items
    if m.start() < 200:
        score += 2 if m.start() < 120 else 1
    named = text[m.end() : m.end() + 4].lstrip(" ,—-:")[:1] in ("«", '"', "“")
    if named:
        score += 2
    elif _CALLED.match(text, m.end()):
        score += 3  # "Лекция называется «Человек в открытом космосе»": named outright
        named = True
    if m.group(0)[:1].isupper() and KIND.match(m.group(0)) and _inside_sentence(text, m.start()):
        score += 1  # "Двенадцатый Фестиваль науки пройдёт …": an event's proper name
    if _is_weak(m.group(0)):
        # "программа «…»" names an event, "мероприятие" alone does not; "проект «…»" is the
        # framework events are held in
        score -= 1 if named and not _FRAMEWORK.match(m.group(0)) else 3
    if _points_back(text, m.end()):
        score -= 5  # "в финальных состязаниях по данному виду спорта": named above, not here
    if (
        side_before(text, m.start())
        or passive_agent(text, m.start())
        or _in_programme(text, m)
        or _of_side_kind(text, m)
        or _aim_of_kind(text, m.start())
        or _as_format(text, m.start())
    ):
        score -= 5
    if not in_event and _winners_go_on(text, m.start()):
        score -= 3  # "Победители … отправятся на всероссийскую конференцию": a later event
    if _held_already(text, m.end()) or (not in_event and reported_before(text, m.start())):
        score -= 3  # "Олимпиада прошла …, а награждение состоится 19 мая": the past one
        # ("10 апреля состоялось заседание комиссии … наградят 25 апреля": the verb first)
    if _opens_another(text, m.end()):
        score -= 2  # "Папа-парад откроет семейный праздник": a number of the event it opens
    if _congratulated(text, max(0, m.start() - 60), m.start()):
        score -= 5  # "С праздником весны!": a greeting, not an event
    if _LIST_BEFORE.match(text[max(0, m.start() - 3) : m.start()]) and (
        _COMMA_AFTER.match(text, m.end(), m.end() + 3) or _kind_before_comma(text, m.start())
    ):
        score -= 2  # an item of a list ("…, мастер-классы, творческие мастерские"): a side event
    return score


def _heads_programme(
    text: str,
    at: int,
    in_event: bool,
    event_sentence: tuple[int, int] | None,
    programme: bool,
) -> bool:
    """Whether the kind at `at` is the announced event of a programme (not `in_event`, at
    its head) or a timetable item of the dated sentence under such a head (`in_event`):
    title_programme_head.announced_head; the cheap place tests first."""
    if event_sentence is None:
        return False
    if in_event:
        return (
            timetable_item(text, at) and announced_head(text, event_sentence, programme) is not None
        )
    return at < event_sentence[0] and announced_head(text, event_sentence, programme) == at


def _is_head(text: str, at: int) -> bool:
    """Whether the kind at `at` may be a programme's announced event (score_bound: the
    dated sentence's shape not asked)."""
    return announced_head(text, (len(text), len(text)), True) == at


def score_bound(
    text: str,
    m: re.Match[str],
    event_sentence: tuple[int, int] | None,
    headline: tuple[int, int] = (0, 0),
) -> int:
    """An upper bound of `score_at(text, m, event_sentence, programme, headline)` for any
    `programme`, from its cheap terms alone: every bonus of score_at counted as if its
    conditions held (the headline's +3 before a preposition takes it back, the capital's +1
    without the sentence test), the weak kind's penalty exactly, and none of the penalties
    that need a search of the text around `m` (a programme item, a side kind, a
    congratulation, an item of a list: each only lowers the score). So a kind whose bound
    cannot beat the best title so far needs none of those searches (title._offer_kinds)."""
    start = m.start()
    score = 3 if headline[0] <= start < headline[1] else 0
    if event_sentence and event_sentence[0] <= start < event_sentence[1]:
        score += 3
    elif event_sentence and start < min(200, event_sentence[0]) and _is_head(text, start):
        score += 3  # the announced event of a programme (title_programme_head.py)
    if start < 200:
        score += 2 if start < 120 else 1
    named = text[m.end() : m.end() + 4].lstrip(" ,—-:")[:1] in ("«", '"', "“")
    if named:
        score += 2
    elif _CALLED.match(text, m.end()):
        score += 3
        named = True
    word = m.group(0)
    if word[:1].isupper():
        score += 1
    if _is_weak(word):
        score -= 1 if named and not _FRAMEWORK.match(word) else 3
    return score


# the rest of a kind's clause: up to its first comma or sentence end, a quoted name skipped
_CLAUSE_REST = re.compile(r"(?:«[^«»\n]{0,80}»|[^,.;:!?\n«»]){0,100}")
_CLAUSE_WORD = compile_with_scan(r"(?<![А-ЯЁа-яё-])[а-яё]+(?![А-ЯЁа-яё-])")
# a verb announcing an event to come, anywhere after the past one
_FUTURE_CUE = re.compile(
    r"(?<![а-яё])(?:состоится|состоятся|пройд[её]т|пройдут|начн[её]тся|начнутся|стартует"
    r"|стартуют|откро[ею]тся)(?![а-яё])"
)


# the verbs saying an event took place or ended (lemmas), not a headline's figure of speech
# ("«Кожаный мяч» докатился до «Динамо»")
_TOOK_PLACE = frozenset({"пройти", "состояться", "завершиться", "закончиться", "окончиться"})


def _held_already(text: str, end: int) -> bool:
    """Whether the kind ending at `end` is the subject of a verb in the perfective past
    ("Олимпиада «Умники и умницы» прошла в апреле, а награждение победителей состоится
    19 мая"): the first verb of its clause (pymorphy3: a VERB in the past whose lemma says an
    event took place or ended, _TOOK_PLACE) and a verb
    announcing an event to come after it in the post. News of a finished event that
    announces a part still to come dates that part, not the finished one."""
    rest = _CLAUSE_REST.match(text, end)
    if rest is None:
        return False
    for m in _CLAUSE_WORD.finditer(rest.group(0)):
        past = took_place(m.group(0))
        if past is None:
            continue
        return past and _FUTURE_CUE.search(text, rest.end()) is not None
    return False


@lru_cache(maxsize=4096)
def took_place(word: str) -> bool | None:
    """None when the likeliest reading of `word` (pymorphy3) is no verb, else whether it is a
    past verb saying an event took place or ended (_TOOK_PLACE). Remembered per word: every
    kind noun of a post reads the words of the clause after it, and the clauses of one post
    share their words (pymorphy3's tag attributes are Python properties, dear to read)."""
    found = word_parses(word)
    if not found or found[0].tag.POS != "VERB":
        return None
    return found[0].tag.tense == "past" and found[0].normal_form in _TOOK_PLACE


# what ends the clause before a kind: a sentence end, a line break, a comma or a colon
_CLAUSE_MARKS = ",.;:!?\n"
_WORD = compile_with_scan(r"[А-ЯЁа-яё-]+")


def reported_before(text: str, start: int) -> bool:
    """Whether the kind at `start` (or the noun right before a quoted name at `start`) is
    the subject of a verb in the past, written before it in its clause, saying the event
    took place or ended ("10 апреля состоялось заседание комиссии", "Завершился
    фестиваль «…»"), in a post that also announces an event
    to come: a report of another event. The verb agrees with the noun in number and gender
    (pymorphy3) and no noun stands between them ("Стартовал приём заявок на конкурс": the
    intake began, the contest is to come; "состоялись игры финала серии «…»": the games
    took place, the series they belong to goes on). A verb saying an event began
    ("стартовала олимпиада") is left alone: the event goes on and may frame the dated one."""
    low = max(0, start - 120)
    cut = max(text.rfind(mark, low, start) for mark in _CLAUSE_MARKS)
    words: list[str] = _WORD.findall(text, max(low, cut + 1), start)
    subject = text[start : start + 40]
    if text[start : start + 1] in '«"“':
        if not words:
            return False
        subject = words[-1]  # "проект «…»": the noun the name names
        words = words[:-1]
    found_noun = _WORD.match(subject)
    if found_noun is None:
        return False
    noun = found_noun.group(0)
    for word in reversed(words):
        pos = first_pos(word)  # read once per word form (post_words)
        if pos is None:
            return False
        if pos == "VERB":
            first = word_parses(word)[0]
            return (
                first.tag.tense == "past"
                and first.normal_form in _TOOK_PLACE
                and _agrees_with_subject(first, noun)
                and _FUTURE_CUE.search(text) is not None
            )
        if pos in ("NOUN", "NPRO"):
            return False  # "состоялись игры финала серии …": the series may go on
    return False


def _agrees_with_subject(verb: Any, noun: str) -> bool:
    """Whether the past verb `verb` (a pymorphy3 parse) agrees with some nominative reading
    of `noun` in number, and in gender when both are singular."""
    for reading in word_parses(noun):
        tag = reading.tag
        if tag.POS != "NOUN" or tag.case != "nomn" or tag.number != verb.tag.number:
            continue
        if tag.number == "plur" or verb.tag.gender is None or tag.gender == verb.tag.gender:
            return True
    return False


_WORD_AT = re.compile(r"[А-ЯЁа-яё]+")
_CLAUSE_END = re.compile(r"[.!?;\n]")
_PREPOSITION_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁа-яё]{1,6}\s+$")


def passive_agent(text: str, at: int) -> bool:
    """Whether the word at `at` (a kind or its first adjective) is in the instrumental, with no
    preposition before it, in a clause whose verb is a short passive participle: the agent of
    the passive ("методическим объединением учителей был проведён конкурс", "кружком юных
    краеведов проведена викторина"), who holds the event, never the event (pymorphy3). An
    instrumental after a preposition ("встреча с ветераном") or beside an active verb
    ("завершился концертом") is not one."""
    word = _WORD_AT.match(text, at)
    if word is None:
        return False
    found = word_parses(word.group(0))
    if not found or found[0].tag.case != "ablt" or found[0].tag.POS not in ("NOUN", "ADJF"):
        return False  # read first: once per word form, before the clause is looked at
    before = _PREPOSITION_BEFORE.search(text, max(0, at - 8), at)
    if before is not None and any(
        p.tag.POS == "PREP" for p in word_parses(before.group(0).strip())[:1]
    ):
        return False
    start = max((e.end() for e in _CLAUSE_END.finditer(text, max(0, at - 150), at)), default=0)
    end = _CLAUSE_END.search(text, at, at + 200)
    return analysis(text).any_word(_passive_participle, start, end.start() if end else at + 200)


def _passive_participle(form: str) -> bool:
    """Whether pymorphy3 reads the word `form` first as a short passive participle
    («проведён», «проведена»)."""
    return any({"PRTS", "pssv"} <= p.tag.grammemes for p in word_parses(form)[:1])


# a kind word, then up to two genitive adjectives, right before another kind
_GOVERNOR = compile_with_scan(r"([А-ЯЁа-яё-]+)\s+(?:[А-ЯЁа-яё-]+(?:ого|его|ой|ей|ых|их)\s+){0,2}$")


def _of_side_kind(text: str, m: re.Match[str]) -> bool:
    """Whether the kind matched by `m` is the genitive of a kind that is itself a side one
    ("в рамках программы летнего чтения": the reading programme is the frame, and so is its
    "чтения"); pymorphy3 tells the genitive."""
    end = m.start()
    # a match is at most three words before `end` (tails.py): searched from them
    if not is_genitive(m.group(0)):
        return False  # read first: once per word form, before a search of the window
    governor = _GOVERNOR.search(text, last_words_start(text, max(0, end - 60), end, 3), end)
    return (
        governor is not None
        and is_kind_word(governor.group(1))
        and side_before(text, governor.start(1))
    )


# a verb that opens or closes something after a kind (its subject, with at most two words of
# its own: "Парад оркестров откроет"), and the verb's object
OPENS_OTHER = compile_with_scan(
    r"(?:\s+[а-яё-]+){0,2}?\s+(?:торжественно\s+)?(?:откро(?:ет|ют)|открыва(?:ет|ют)|заверш(?:ит|ат|ает|ают)"
    r"|закро(?:ет|ют))\s+((?:[А-ЯЁа-яё-]+\s+){0,2}[А-ЯЁа-яё-]+)"
)


def _opens_another(text: str, end: int) -> bool:
    """Whether the kind ending at `end` is the subject of a verb that opens or closes another
    kind ("Папа-парад откроет семейный праздник", "Концерт завершит фестиваль"): Russian puts
    the subject first, so the kind is a number of the event its object names."""
    found = OPENS_OTHER.match(text, end, end + 80)  # anchored at `end`: no scan of the post
    return found is not None and KIND.search(found.group(1)) is not None


# a clause whose subject is the winners and whose verb sends them on ("Победители в апреле
# отправятся в Москву на …", "Лучшие команды примут участие в …"), up to the kind
_WINNERS_ON = re.compile(
    r"(?i)(?:^|[.!?\n]\s*)(?:[а-яё]+\s+){0,2}(?:победител|призёр|призер|лауреат|лучши)[а-яё]*"
    r"[^.!?\n]{0,100}?(?:отправ|поед|выед|направ|примут\s+участие|будут\s+участвовать|выступ)"
    r"[а-яё]*[^.!?\n]{0,80}$"
)


def _winners_go_on(text: str, at: int) -> bool:
    """Whether the kind at `at` is where the winners go on to ("Победители в апреле
    отправятся в Москву на всероссийскую конференцию «Отечество»"): an event after this one."""
    low = max(0, at - 200)
    if not any(w in text[low:at] for w in ("обедител", "ризёр", "ризер", "ауреат", "учши")):
        return False
    return _WINNERS_ON.search(text, low, at) is not None


_AIM = compile_with_scan(r"([А-ЯЁа-яё-]+)\s+на\s+$")


# "в формате онлайн-флешмоба", "в формате открытого урока": the way another event is held,
# up to two of its adjectives before the kind
_FORMAT = compile_with_scan(r"(?i)(?<![а-яё])в\s+формате\s+(?:[а-яё-]+\s+|[а-яё]+-){0,3}$")


def _as_format(text: str, at: int) -> bool:
    """Whether the kind at `at` is the format another event is held in ("акция «…»
    проходит … в формате онлайн-флешмоба", "телемост в формате открытого урока"): how that
    event runs, never an event of its own."""
    return "формат" in text[max(0, at - 60) : at] and (
        _FORMAT.search(text, max(0, at - 60), at) is not None
    )


def _aim_of_kind(text: str, at: int) -> bool:
    """Whether the kind at `at` is what another kind is played for ("турнир на Кубок
    директора", "соревнования на кубок города"): the prize, part of that kind's phrase."""
    aim = _AIM.search(text, last_words_start(text, max(0, at - 40), at, 2), at)  # tails.py
    return aim is not None and is_kind_word(aim.group(1))


# a kind's complement that only points back: a preposition and a demonstrative
# ("состязания по данному виду спорта", "финал этого конкурса" is not matched: a genitive
# owner with "этот" is the same event named before, and the kind itself still says which)
_POINTS_BACK = re.compile(
    r"[а-яё]*(?:\s+[а-яё]+)?\s+(?:по|для|среди|в|во|на|о|об)\s+(?:данн|указанн|вышеуказанн)[а-яё]{1,3}(?![а-яё])"
)


def _points_back(text: str, end: int) -> bool:
    """Whether the kind ending at `end` has a complement that only points back to a subject
    named before ("в финальных состязаниях по данному виду спорта", "по указанной
    дисциплине"): what the event is about is written elsewhere, so this mention of the kind
    names nothing a card could show (the earlier one does)."""
    return "нн" in text[end : end + 40] and _POINTS_BACK.match(text, end, end + 40) is not None


def _inside_sentence(text: str, at: int) -> bool:
    """Whether a word other than a sentence's, a line's or a quote's first stands before
    `at` (so a capital letter at `at` is a name's, not the sentence's)."""
    before = text[max(0, at - 4) : at].rstrip(" \t")
    return bool(before) and before[-1] not in '.!?\n:«"“(—–-'


def _kind_before_comma(text: str, at: int) -> bool:
    """Whether the word before the comma that precedes `at` is a kind ("конкурсов,
    конференций, семинаров"): the last item of a list of kinds."""
    before = _WORD_BEFORE_COMMA.search(text, max(0, at - 40), at)
    return before is not None and is_kind_word(before.group(1))


def _in_programme(text: str, m: re.Match[str]) -> bool:
    """Whether the match is an item after "В программе:" in the same sentence (its colon
    or dash looked for first: the pattern's search tries every position of the window)."""
    low = max(0, m.start() - 100)
    return (
        ("рограмме" in text or "жд" in text)
        and _has_any(text, low, m.start(), ":—–-")
        and search_i(_IN_PROGRAMME, text[low : m.start()]) is not None  # no ^, \b or look-behind
    )


def _congratulated(text: str, low: int, high: int) -> bool:
    """`_CONGRATULATED.search(text, low, high)`: a greeting opens the text or follows a line
    break, "!" or "." (looked for first) in the window."""
    return (low == 0 or _has_any(text, low, high, "\n!.")) and bool(
        _CONGRATULATED.search(text, low, high)
    )


def _has_any(text: str, low: int, high: int, chars: str) -> bool:
    """Whether one of `chars` occurs in text[low:high]."""
    window = text[low:high]
    return any(char in window for char in chars)
