"""A cancellation said in words: «отмени лекцию по физике 10 декабря», «Концерт хора 15
декабря не состоится», «экскурсия в музей отменяется».

`cancel_reference` gives the words that point at the event (its title words and day) with
the cancelling words taken out, so the planner can look the event up; `reference_lemmas`
gives the title words as pymorphy3 lemmas, the same for stored titles. Numbered
forms («отмени 2», «отмени последнее», «отмени запись») are commands (commands.py) and are
matched before this. Pure: no store, no clock.
"""

from __future__ import annotations

import re

from bot.core.language.calendar import MONTH
from bot.core.language.morphology import event_lemma, parses
from bot.core.language.post_cues import called_off
from bot.core.language.sentences import sentences
from bot.core.language.tokens import normalize

# «отмени(те) <что-то>»: the imperative first
_IMPERATIVE = re.compile(
    r"^(?:пожалуйста\s*,?\s*)?отмени(?:те|ть)?[\s,]+(?:пожалуйста[\s,]+)?(?P<ref>.+)$"
)
# news of a cancellation, anywhere in a short message
_NEWS = re.compile(
    r"(?<![а-яё])(?:не\s+состо(?:ится|ятся)|отменя(?:ется|ются|ем)|отмен[её]н[аоы]?|отменили|отменим"
    r"|не\s+будет\s+проводиться|не\s+проводится)(?![а-яё])"
)
_MOVED = re.compile(r"перен[её]с|переносится|переносятся")  # a postponement is a move
# «Отмена отменяется!», «отмену отменили»: the cancellation is withdrawn, the event stands
WITHDRAWN = re.compile(
    r"(?<![а-яё])отмен[аыу]\s+(?:отменя(?:ется|ем)|отмен[её]н[аоы]?|отменили)(?![а-яё])"
)
MAX_NEWS_LENGTH = 200  # characters: a longer text is an announcement («в случае дождя отменяется»)
_NOT_TITLE = frozenset(
    {
        "мероприятие",
        "событие",
        "занятие",  # «занятия 9 декабря не будет»: any class that day (walk 2026-12-02o, #5)
        "всё",  # «отмени всё на 10 декабря»: every event of that day (walk 2026-12-02o, #12)
        "весь",
        "запланированный",
        "назначенный",
        "наш",
        "этот",
        "это",
        "который",
        "сегодня",
        "завтра",
        "послезавтра",
        "год",
        "час",
        "класс",
        "пожалуйста",
        "к",
        "сожаление",
        "причина",
    }
)
_DAY_WORDS = re.compile(
    r"^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)"
)


def cancel_reference(text: str) -> str | None:
    """The words pointing at the event a message cancels, or None when it cancels nothing.

    «отмени экскурсию в музей 10 декабря» -> "экскурсию в музей 10 декабря"; «Концерт хора 15
    декабря не состоится» -> "Концерт хора 15 декабря"; a postponement («переносится на …»),
    a question or a long post is not a cancellation.
    """
    line = " ".join(normalize(text).split())
    if not line or "?" in line or _MOVED.search(line) or WITHDRAWN.search(line):
        return None
    imperative = _IMPERATIVE.match(line)
    if imperative is not None:
        reference = imperative.group("ref").strip(" .!,")
        return None if not reference or reference.strip("№ ").isdigit() else reference
    if len(line) > MAX_NEWS_LENGTH or "\n" in text.strip():
        return None
    requested = requested_cancel_reference(line)
    if requested is not None:
        return requested
    news = _NEWS.search(line)
    if news is None:
        return loose_cancel_reference(line)
    rest = (line[: news.start()] + " " + line[news.end() :]).strip(" .!,—-")
    rest = re.sub(r"^(?:к\s+сожалению|внимание)[\s,!:]+", "", rest)
    return " ".join(rest.split()) or None


# a greeting or an opener before the request: «Добрый день!», «Здравствуйте,», «Коллеги,»
_GREETING = re.compile(
    r"^(?:(?:добрый\s+(?:день|вечер)|доброе\s+утро|здравствуйте|приветствую|привет|коллеги"
    r"|к\s+сожалению|извините|простите)[\s,!.:;—–-]*)+"
)
# «встречу 16-го придётся отменить», «хотим отменить лекцию»: a cancel asked for with a
# modal word and the infinitive; the event's words stand on either side of it
_MODAL_CANCEL = re.compile(
    r"(?<![а-яё])(?<!не\s)(?:придётся|придется|нужно|надо|необходимо|вынуждены|хотим|хотели\s+бы"
    r"|хочу|просим|прошу|попрошу)(?:\s+(?:бы|будет|вас|пожалуйста))*"
    r"[\s,]+отменить(?![а-яё])"
)
# «если не сможете, нужно отменить запись»: a rule an announcement states, not a request
_CONDITION = re.compile(r"(?<![а-яё])(?:если|в\s+случае|при)(?![а-яё])")
_SENTENCE = re.compile(r"(?<=[.!])\s+")


def without_greeting(line: str) -> str:
    """`line` (normalised) without the greeting or opener it starts with: «добрый день!
    отмените …» -> «отмените …»."""
    return _GREETING.sub("", line)


def requested_cancel_reference(line: str) -> str | None:
    """The words pointing at the event a polite request asks to cancel, when the request is
    not the message's first word (newcomer walk 2026-12-02t, #13): «Добрый день! К
    сожалению, встречу 16-го придётся отменить, у нас заболел спикер. Отмените, пожалуйста»
    -> "встречу 16-го, у нас заболел спикер" (cancel_reason then takes the reason apart);
    «Здравствуйте! Отмените, пожалуйста, лекцию 10 декабря» -> "лекцию 10 декабря";
    «Лекция 10 декабря. Отмените её, пожалуйста» -> "лекция 10 декабря". A greeting («добрый
    день», «здравствуйте», «коллеги») or «к сожалению» opening a sentence is no part of the
    event's words. `line` is normalised (lower case, spaces joined). None when no sentence
    asks to cancel: an imperative «отмените», or a modal word with «отменить» («придётся»,
    «нужно», «просим», «хотим»; not after «не», nor after «если» / «в случае»)."""
    sentences = [_GREETING.sub("", s.strip()).strip(" .!,") for s in _SENTENCE.split(line)]
    sentences = [s for s in sentences if s]
    named: list[str] = []
    asked = False
    for sentence in sentences:
        if re.fullmatch(r"(?:пожалуйста\s*,?\s*)?отмени(?:те)?(?:[\s,]+пожалуйста)?", sentence):
            asked = True  # «Отмените, пожалуйста»: the event is named in another sentence
            continue
        imperative = _IMPERATIVE.match(sentence)
        if imperative is not None:
            reference = imperative.group("ref").strip(" .!,")
            reference = re.sub(r"^(?:е[её]|его|их)(?:[\s,]+пожалуйста)?(?![а-яё])", "", reference)
            reference = reference.strip(" .!,")
            if reference:
                return None if reference.strip("№ ").isdigit() else reference
            asked = True
            continue
        modal = _MODAL_CANCEL.search(sentence)
        if modal is not None and not _CONDITION.search(sentence[: modal.start()]):
            before = sentence[: modal.start()].strip(" ,—–-")
            tail = sentence[modal.end() :]
            after = tail.strip(" ,.!—–-")
            comma = ", " if tail.lstrip().startswith(",") else " "  # a reason's clause stays one
            words = comma.join(part for part in (before, after) if part)
            if words:
                return words
            asked = True
            continue
        named.append(sentence)
    return named[0] if asked and named else None


# what says a reason follows: «потому что …», «так как …», «из-за …», «причина: …»
_REASON_MARK = re.compile(
    r"[,;—–]?\s*\b(?:потому\s+что|так\s+как|т\.\s?к\.|из-за|по\s+причине|причина\s*[:—–-])\s*"
)
_REASON_WORDS = {"VERB", "PRTS", "ADJS", "PRED"}  # a clause that says something happens
# a clause that goes on naming the event, not a reason: «…, которая в пятницу», «…, что завтра»
_NOT_A_REASON = re.compile(r"(?:котор|что\b|где\b|когда\b|ту\b|то\b|тот\b|та\b)")
_DAY_WORD = re.compile(
    r"\b(?:понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень|сегодня|завтра"
    r"|послезавтра|недел|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр"
    r"|ноябр|декабр)"
)


def cancel_reason(reference: str) -> tuple[str, str | None]:
    """The event's words and the reason a cancellation gives (newcomer walk 2026-12-02t, #7):
    «интенсив по 3d-моделированию, в каникулы школа закрыта» -> ("интенсив по
    3d-моделированию", "в каникулы школа закрыта"); «лекцию 10 декабря, потому что лектор
    заболел» -> ("лекцию 10 декабря", "лектор заболел"). A reason is a clause after a word
    that says so («потому что», «так как», «из-за», «причина:»), or a clause after a comma
    that states something (a verb, a short adjective or participle: «закрыта», «заболел»)
    and names no day, time or number; else the whole reference and None («экскурсию,
    пожалуйста»; «лекцию, ту что 10 декабря»)."""
    marked = _REASON_MARK.search(reference)
    if marked is not None and marked.start() > 0:
        head, reason = reference[: marked.start()], reference[marked.end() :]
    elif "," in reference:
        head, reason = reference.split(",", 1)
        words = re.findall(r"[а-яё]+", reason)
        if (
            _NOT_A_REASON.match(reason.strip())
            or _DAY_WORD.search(reason)
            or re.search(r"\d", reason)
            or not any(
                parsed.tag.POS in _REASON_WORDS for word in words for parsed in parses(word)[:1]
            )
        ):
            return reference, None
    else:
        return reference, None
    head, reason = head.strip(" ,.;—–-"), reason.strip(" ,.!;—–-")
    return (head, reason) if head and reason else (reference, None)


# «почему отменили интенсив?», «по какой причине отменена лекция?», «из-за чего отменили …»
_WHY_CANCELLED = re.compile(
    r"^(?:а\s+)?(?:почему|зачем|отчего|из-за\s+чего|по\s+какой\s+причине)\s+"
    r"(?:(?:вы|куратор|школа)\s+)?(?:отменил[аио]?|отменен[аоы]?|отменён)\s+(?P<ref>.+)$"
)


def why_cancelled(text: str) -> str | None:
    """The words pointing at the event a «why was it cancelled?» question names, or None:
    «почему отменили интенсив?» -> "интенсив"; «по какой причине отменена лекция 10 декабря?»
    -> "лекция 10 декабря" (newcomer walk 2026-12-02t, #7)."""
    # the closing marks cut off first: a lazy reference before «[\s?!.]*$» retried the whole
    # run of marks at each of its characters (quadratic; review19)
    line = " ".join(normalize(text).split()).rstrip(" ?!.")
    found = _WHY_CANCELLED.match(line)
    return found.group("ref").strip(" ,.") or None if found else None


# what opens a cancellation before its words: «к сожалению,», «внимание!»
_OPENER = re.compile(r"^(?:к\s+сожалению|внимание)[\s,!:]+")
# «не будет» with the event's words before or after it in one clause
_NOT_HAPPENING = re.compile(r"^(?:не\s+будет\s+(?P<after>.+)|(?P<before>.+?)\s+не\s+будет)$")
# «отмена» opening or closing the clause, with the event's words (and day) on its other side
_CANCEL_NOUN = re.compile(r"^(?:отмена\s*!?\s+(?P<after>.+)|(?P<before>.+?)\s+отмена)$")
_CLAUSE_END = re.compile(r"\s*(?:[,;!?—–]|(?<!\d)[.:]|[.:](?!\d))|\s-\s")  # not «10.12», «15:00»
LOOSE_LENGTH = 100  # characters: a loose cancellation is a short message


def loose_cancel_reference(line: str) -> str | None:
    """The words pointing at the event a short message calls off with «не будет» or with the
    noun «отмена» (newcomer walk 2026-12-02o, #5): «лекции 10 декабря не будет», «не будет
    занятия в пятницу», «отмена занятия 9 декабря», «в среду отмена» -> "лекции 10 декабря",
    "занятия в пятницу", "занятия 9 декабря", "в среду". `line` is normalised (lower case,
    spaces joined). These words call an event off only when they open the message (after
    «к сожалению,» or «внимание!») and close its first clause, the event's words and day in
    that clause: a later clause («Концерт 25 декабря, входной платы не будет») or words in
    quotes («Лекция «Отмена крепостного права»») are an announcement's details. None
    otherwise, and for a question."""
    if len(line) > LOOSE_LENGTH or "?" in line or any(q in line for q in '«»"„“'):
        return None
    line = _OPENER.sub("", line.strip(" .!"))
    clause = line
    stop = _CLAUSE_END.search(line)
    if stop is not None:
        clause, rest = line[: stop.start()], line[stop.end() :].strip(" .!")
        if clause == "отмена" and stop.group(0).strip() == "!":
            clause, rest = f"отмена {rest}", ""  # «Отмена! Занятия 9 декабря»
        if _CANCEL_NOUN.match(clause) and rest:
            return None  # «Отмена крепостного права: лекция …», «… — отмена …»
    for pattern in (_NOT_HAPPENING, _CANCEL_NOUN):
        found = pattern.match(clause.strip())
        if found is not None:
            reference = (found.group("after") or found.group("before")).strip(" ,.!—-")
            return reference or None
    return None


def reference_lemmas(reference: str) -> frozenset[str]:
    """The title words of a reference (or of a stored title, to match it against) as
    lemmas: no numbers, months, weekdays or filler."""
    lemmas = set()
    for word in re.findall(r"[а-яё]{3,}|[a-z]{3,}", reference.lower()):
        if _DAY_WORDS.match(word):
            continue
        lemma = event_lemma(word)  # «кружка»: the club, not the mug (chat77)
        if lemma not in _NOT_TITLE:
            lemmas.add(lemma)
    return frozenset(lemmas)


_CALLED_OFF_DATE = re.compile(
    rf"\b\d{{1,2}}\s+(?:{MONTH})(?:\s+(?:19|20)\d\d)?|\b\d{{1,2}}\.\d{{1,2}}(?:\.\d{{2,4}})?(?!\d)"
)


def called_off_reference(text: str, title: str) -> str | None:
    """The event a long letter calls off («Сообщаем, что концерт хоровой студии,
    запланированный на 5 декабря, отменяется …»), as a reference for the cancel lookup: the
    draft's `title` and the day of the first sentence that calls an event off (see
    post_cues.called_off: conditions such as «в случае мороза» do not count). None when no
    sentence with a day calls anything off."""
    low = normalize(text)
    for start, end in sentences(low):  # «… на ул. Мира отменяется»: one sentence
        sentence = low[start:end]
        day = _CALLED_OFF_DATE.search(sentence)
        if day is not None and called_off(sentence, sentence[day.end() :]):
            return f"{title} {day.group(0)}".strip()
    return None


# «всё в силе», «остаётся в силе», «по-прежнему в силе»: the event stands as planned
_IN_FORCE = re.compile(
    r"(?<![а-яё])(?:вс[её]\s+|оста[её]тся\s+|остаются\s+|по-прежнему\s+)?в\s+силе(?![а-яё])"
)
# what a «still on» message adds around the event's words
_STANDS = re.compile(
    r"(?<![а-яё])(?:состо(?:ится|ятся)|пройд[её]т|пройдут|будет|будут|как\s+и\s+планировалось"
    r"|как\s+и\s+планировали|по\s+плану|без\s+изменений)(?![а-яё])"
)


def still_on_reference(text: str) -> str | None:
    """The words pointing at the event a short one-line message says is still on, or None
    when it says no such thing. «Отмена отменяется! Концерт хора 17 декабря состоится» ->
    "Концерт хора 17 декабря"; «Лекция 18 декабря — всё в силе» -> "Лекция 18 декабря";
    «Отмена отменяется!» alone -> "". Only a withdrawn cancellation (WITHDRAWN) or «в
    силе» says it: «Лекция состоится 15 декабря в 15:00» is how an announcement is written,
    so «состоится» alone is no such message (newcomer walk 2026-12-02n, #12)."""
    line = " ".join(normalize(text).split())
    if not line or "?" in line or len(line) > MAX_NEWS_LENGTH or "\n" in text.strip():
        return None
    withdrawn = WITHDRAWN.search(line)
    in_force = _IN_FORCE.search(line)
    if withdrawn is None and in_force is None:
        return None
    rest = line
    for pattern in (WITHDRAWN, _IN_FORCE, _STANDS):
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"^(?:внимание|ура|хорошие\s+новости)[\s,!:]+", "", rest.strip(" .!,:;—-"))
    return " ".join(rest.strip(" .!,:;—-").split())
