"""A concise title for a long post: the event's kind and name, in the nominative.

"…состоится Всероссийский Открытый урок «Большая семья – Россия!», посвящённый…" gives
"Всероссийский Открытый урок «Большая семья – Россия!»". The kind is a noun such as "лекция",
"фестиваль", "соревнования"; the phrase around it takes agreeing adjectives on the left and a
genitive chain, "по …", a quoted name or "посвящённый …" on the right. Inflection to the
nominative uses pymorphy3 (OpenCorpora dictionary). Letter openers, invitations, lecturers and
contacts are never part of the phrase because it is built around the kind noun only.
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.morphology import is_known, parses, to_genitive, to_nominative
from bot.core.language.tokens import initials

MAX_TITLE = 80

_KIND_STEMS = (
    r"лекци|семинар|мастер-класс|экскурси|выставк|концерт|спектакл|фестивал|праздник|конкурс"
    r"|олимпиад|соревновани|первенств|турнир|чемпионат|марафон|акци|урок|заняти|встреч|собрани"
    r"|конференци|форум|квиз|квест|викторин|дебат|линейк|диктант|тренинг|вебинар|кинопоказ"
    r"|презентаци|церемони|эстафет|флешмоб|субботник|ярмарк|сл[её]т|хакатон|кружок|кружк"
    r"|телемост|бесед|профпроб|поход|спартакиад|забег|парад|утренник|шоу|мультфильм|фильм|игр"
    r"|программ|проект|мероприяти|смен|экспозици|чтени|практикум|интенсив|дни\s+открытых"
    r"|день\s+открытых|день\s+без|открыти|финал|полуфинал|пикник|ёлк|посвящени"
    r"|смотр|лектори|игротек|награждени"
)
# a noun naming a kind of event ("лекцию", "мастер-классы", "День открытых дверей")
KIND = re.compile(
    rf"{initials(_KIND_STEMS)}(?<![а-яё])(?:{_KIND_STEMS})[а-яё]*(?:-[а-яё]+)?"
    r"(?:\s+(?:дверей|турникетов))?",
    re.I,
)
_WEAK = re.compile(r"(?i)^(?:мероприяти|программ|проект|смен|игр|заняти|встреч)")
# the capital comes first (a fast scan), then "not after a lower-case letter" is checked
_NAMED_DAY = re.compile(
    r"(?=[А-ЯЁ])(?:([А-ЯЁ](?<![а-яё].)[а-яё]+(?:ий|ый|ой))\s+(день|неделя)\b"
    r"|Д(?:ень|ня|ню|н[её]м|не)\s+[А-ЯЁ][а-яё]{2,})"  # "День Лицея"
)
# a capitalised name right after the verb that announces the event ("откроется Инженерный
# дворик"): the event's own name even when its noun is no kind of event
_NAMED_AFTER_CUE = re.compile(
    r"(?=[оспн])(?:откро\w+|состоится|пройд[её]т|стартует|начн[её]тся)\s+"
    r"([А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|яя|ое|ее)\s+[а-яё]{3,})(?![а-яё])"
)
_OWNER = re.compile(
    r"(?<![\w-])([А-ЯЁ]{2,6})(?=\s+приглаша)|(?:^|\s)(?:в|во)\s+([А-ЯЁ]{2,6})(?![\wА-ЯЁа-яё-])"
)
_CEREMONY = re.compile(
    r"(?i)^(?:\w+\s+)?(?:награждени|церемони|чествовани|открыти|закрыти|финал)[а-яё]*"
    r"(?:\s+победител\w+|\s+участник\w+)?$"
)
# "Телемост пройдёт в формате открытого урока": the verb between a kind and its format
_FORMAT_VERB = re.compile(
    r"^\s+(?:пройд[её]т|пройдут|состоится|состоятся|проходит|проходят|будет\s+проходить)"
    r"(?=\s+в\s+формате\s)"
)
_OPENS = re.compile(
    r"((?:[А-ЯЁа-яё]+(?:ый|ий|ой|ая|ое)\s+){0,2}[а-яё]+)\s+(«[^«»\n]{2,40}»)\s+откро(?:ется|ются)"
)
_GREETING_DAY = re.compile(r"(?i)добр\w*\s+д")
# what the verb announcing the event names, when no kind word does ("состоится
# математический КВН"): its adjectives, then a noun or an abbreviation
_CUE_PHRASE = re.compile(
    r"(?=[спон])(?:состоится|состоятся|пройд[её]т|пройдут|откро[ею]тся|начн[её]тся)\s+"
    r"(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){1,2}([А-ЯЁ]{2,6}|[а-яё]{3,})(?![\wА-ЯЁа-яё-])"
)
_NAME_BEFORE = re.compile(r"(«[^«»]{2,60}»)\s*[–—-]\s*(?:это\s+)?(?:[а-яё]+\s+){0,3}$")
_LAST_WORD = re.compile(r"([А-ЯЁа-яё-]+)\s*$")
_NEXT_WORD = re.compile(r"\s+([А-ЯЁа-яё-]+)")
_CLOSING_NAME = re.compile(r"«[^«»]+»$")
_OPENING = re.compile(r"(?i)(?:\w+\s+)?открытие")
_OPEN_DAY = re.compile(r"(?i)(?:\w+\s+)?(?:день|дни)\s+открытых\s+дверей")
_SIDE_BEFORE = re.compile(r"(?i)в\s+рамках\s+$|участник\w*\s+$|из\s+$|после\s+$")
_LIST_BEFORE = re.compile(r"[»\w\s]*,\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
_CUE_VERBS = ("откро", "состоит", "состоят", "пройд", "стартует", "начн")
# an occasion the event is held for ("ко Дню матери"), not the event's own name
_OCCASION = re.compile(r"(?i)(?:\bк|\bко|в\s+честь|посвящ[её]нн\w*)\s+(?:[а-яё]+\s+)?$")
# a clause opening with a clock time: an item of a programme ("В 13:00 – лекция …")
_LED_BY = re.compile(r"(?:^|[\n.;,])[ \t]*(?:[ВвСс][ \t]+)?$")
_ANY_TIME = re.compile(r"\d[:.]\d\d(?!\d)")
_PROGRAMME_ITEM = re.compile(
    r"(?:^|[\n.;,])\s*(?:[ВвСс]\s+)?\d{1,2}[:.]\d\d(?:\s*[-–—]\s*\d{1,2}[:.]\d\d)?"
    r"[^.;\n\d]{0,40}$"
)
# a noun naming a stage of an event: the stage heads the title ("региональный этап олимпиады")
_STAGE = re.compile(
    r"(?i)^(?:этап|тур|финал|полуфинал|четвертьфинал)(?:а|у|ом|е|ы|ов)?$"
    r"|^(?:открыти|закрыти)(?:е|я|ю|ем|и)$"
)
_GENITIVE_PREPS = frozenset({"для", "до", "из", "от", "у", "около", "после", "без", "кроме"})
_QUOTE = re.compile(r"«[^«»]{2,120}»|\"[^\"\n]{2,120}\"|“[^“”]{2,120}”")
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z-]+|«[^«»]*»|\"[^\"\n]*\"|“[^“”]*”|\S")
_ORGS = re.compile(
    r"(?i)(?:театр|ансамбл|клуб|центр|портал|групп|сет[иь]|отдел|музе|библиотек|школ|компани"
    r"|фонд|коллектив|студи|парк|кафе|издательств|агентств|журнал|газет|сайт|канал|кинотеатр"
    r"|дворц|дом|культуры|творчества|дк)"
    r"[а-яё]*\s*$"
)
_OPENERS = re.compile(
    r"(?i)^(?:уважаемые[^!.]*[!.]|добрый\s+день[!.,]?|здравствуйте[!.,]?|дорогие[^!.]*[!.]"
    r"|друзья[!.,]|внимание[!.:]|коллеги[!.,])\s*"
)
_SKIP_AFTER = frozenset({"для", "с", "в", "на", "во", "от", "до", "к", "у", "и", "из"})


def _parses(word: str) -> tuple[Any, ...]:
    return parses(word)


def concise_title(text: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The event's name from a long post, at most 80 characters; None when none is found."""
    heading = _heading(text)
    if heading is not None:
        return heading
    best: tuple[int, str] | None = None
    named: dict[str, str] = {}  # kind stem -> the first phrase of that kind with a name
    qualified: dict[str, str] = {}  # kind stem -> the first with a subject ("урок мужества")
    inside = _inside_quotes(text)
    programme = _is_programme(text)  # a programme with time slots
    for m in KIND.finditer(text):
        if inside(m.start()):
            continue  # a word of a quoted name («Улётные уроки»), not the event's kind
        start = m.start()
        if text[start - 1 : start] == "-":  # "арт-фестиваль", "онлайн-лекция": one word
            prefix = re.search(
                r"(?<![\w-])[А-ЯЁа-яёA-Za-z]{2,10}-$", text[max(0, start - 12) : start]
            )
            if prefix is None:
                continue
            start -= len(prefix.group(0))
        score = _score(text, m, event_sentence, programme)
        if best is not None and score + 2 <= best[0]:
            if "«" in text[m.end() : m.end() + 40]:  # "Лекция называется «…»": it names the kind
                phrase = _phrase(text, start, m.end())
                if "«" in phrase:
                    named.setdefault(m.group(0)[:4].lower(), phrase)
            continue
        phrase = _phrase(text, start, m.end())
        if _WEAK.match(m.group(0)) and " " not in phrase.strip():
            continue  # "Занятия", "Мероприятие" alone name nothing
        if "«" in phrase and "«" not in text[m.end() : m.end() + 4]:
            score += 2  # "церемония награждения победителей конкурса «…»"
        if "«" in phrase:
            named.setdefault(m.group(0)[:4].lower(), phrase)
        elif " " in phrase:
            qualified.setdefault(m.group(0)[:4].lower(), phrase)
        if best is None or score > best[0]:
            best = (score, phrase)
    cues = _has_cue(text)
    where = event_sentence or (0, len(text))
    # "откроется Инженерный дворик, где пройдут…"
    for m in _NAMED_AFTER_CUE.finditer(text, *where) if cues else ():
        if not KIND.match(text, m.end(1) - len(m.group(1).split()[-1])):
            score = _score(text, m, event_sentence, programme) + 1
            if best is None or score > best[0]:
                best = (score, m.group(1))
    span = event_sentence if cues and event_sentence else (0, 0)
    for m in _CUE_PHRASE.finditer(text, *span):  # "состоится математический КВН для 5–6 классов"
        score = _score(text, m, event_sentence, programme) - 1
        if best is None or score > best[0]:
            best = (score, _phrase(text, m.start(1), m.end(1)))
    for m in _NAMED_DAY.finditer(text):
        if _OCCASION.search(text, max(0, m.start() - 30), m.start()) or _GREETING_DAY.match(
            m.group(0)
        ):
            continue  # "концерт ко Дню Победы": the day is the occasion; "Добрый день!"
        score = _score(text, m, event_sentence, programme) + 1
        if best is None or score > best[0]:
            best = (score, _phrase(text, m.start(), m.end()))
    if best is None:
        return _fallback(text)
    phrase = best[1]
    if " " not in phrase:  # "Лекция состоится…" after "…на лекцию «Химия вокруг нас»"
        key = phrase[:4].lower()
        phrase = named.get(key) or qualified.get(key) or _fuller(text, key) or phrase
    phrase = _of_named_event(phrase, named)
    phrase = _of_what_opens(text, phrase)
    return _fit(_with_owner(text, _with_name(text, phrase, event_sentence)))


def _fuller(text: str, key: str) -> str | None:
    """Another mention of the same kind that says more ("Телемост пройдёт в формате
    открытого урока" after a bare "в телемосте")."""
    inside = _inside_quotes(text)
    for m in KIND.finditer(text):
        if m.group(0)[:4].lower() == key and not inside(m.start()):
            phrase = _phrase(text, m.start(), m.end())
            if " " in phrase:
                return phrase
    return None


def _is_programme(text: str) -> bool:
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


def _has_cue(text: str) -> bool:
    """Whether a verb that announces an event is in the post (a fast substring test)."""
    return any(verb in text for verb in _CUE_VERBS)


def _of_named_event(phrase: str, named: dict[str, str]) -> str:
    """An award or a ceremony names the event it belongs to: "Награждение победителей" in a
    post about "конкурс рисунков «Зимняя сказка»" gives "Награждение победителей конкурса
    рисунков «Зимняя сказка»" (that phrase put in the genitive with pymorphy3)."""
    if "«" in phrase or not _CEREMONY.match(phrase):
        return phrase
    other = next((p for k, p in named.items() if not phrase.lower().startswith(k)), None)
    if other is None:
        return phrase
    words = other.split()
    if is_known(words[0].lower()):
        words[0] = words[0].lower()  # "Конкурс" opened its own title; here it follows
    return f"{phrase} {' '.join(to_genitive(words))}"


def _of_what_opens(text: str, phrase: str) -> str:
    """An opening names what opens: "Официальное открытие" in a post where "детский технопарк
    «Кванториум» откроется" gives "Официальное открытие детского технопарка «Кванториум»"."""
    if not _OPENING.fullmatch(phrase):
        return phrase
    opens = _OPENS.search(text)
    if opens is None:
        return phrase
    words = [w.lower() if is_known(w.lower()) else w for w in opens.group(1).split()]
    return f"{phrase} {' '.join(to_genitive([*words, opens.group(2)]))}"


def _with_owner(text: str, phrase: str) -> str:
    """An open day is the organisation's: "КГТУ приглашает … на День открытых дверей" gives
    "День открытых дверей КГТУ" (the abbreviation that invites, or after "в")."""
    if not _OPEN_DAY.fullmatch(phrase):
        return phrase
    owner = _OWNER.search(text)
    return f"{phrase} {owner.group(1) or owner.group(2)}" if owner else phrase


def _with_name(text: str, phrase: str, event_sentence: tuple[int, int] | None) -> str:
    """A kind without a name takes the quoted name the post opens with ("«Вслед за кометой»
    отправятся… посетив программу…"), unless that name is an organisation's."""
    if "«" in phrase or '"' in phrase or len(phrase) > 50:
        return phrase
    quote = _QUOTE.search(text[:150])
    if quote is None or _ORGS.search(text[max(0, quote.start() - 30) : quote.start()]):
        return phrase
    if quote.start() > 40:
        return phrase
    return f"{phrase} {_short_quote(quote.group(0))}"


def _score(
    text: str, m: re.Match[str], event_sentence: tuple[int, int] | None, programme: bool
) -> int:
    score = 0
    if programme and _PROGRAMME_ITEM.search(text[max(0, m.start() - 60) : m.start()]):
        score -= 3  # "В 13:00 – лекция …, в 15:00 – мастер-класс …": the programme's items
    if event_sentence and event_sentence[0] <= m.start() < event_sentence[1]:
        score += 3
    if m.start() < 200:
        score += 2 if m.start() < 120 else 1
    if text[m.end() : m.end() + 4].lstrip(" ,—-:")[:1] in ("«", '"', "“"):
        score += 2
    if _WEAK.match(m.group(0)):
        score -= 3
    if _SIDE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
        score -= 3
    if _LIST_BEFORE.match(text[max(0, m.start() - 3) : m.start()]) and _COMMA_AFTER.match(
        text, m.end(), m.end() + 3
    ):
        score -= 2  # an item of a list ("…, мастер-классы, творческие мастерские"): a side event
    return score


def _inside_quotes(text: str) -> Any:
    spans = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    return lambda pos: any(a < pos < b for a, b in spans)


def _heading(text: str) -> str | None:
    """A post's own heading: a short first line with no date and no closing full stop."""
    first, newline, rest = text.partition("\n")
    first = re.sub(r"\s+\d{1,2}\s*\+$", "", first.strip())  # "… 6+": an age rating
    if not newline or not rest.strip() or not 3 <= len(first) <= MAX_TITLE:
        return None
    if first.endswith((".", ":", "!", "?", ",")) or re.search(r"\d", first):
        return None
    if re.search(r"(?i)приглаша|уважаем|добрый|здравствуй|дорогие|коллеги|внимание", first):
        return None
    return _sentence_case(first) if first.isupper() else first


def _sentence_case(heading: str) -> str:
    """ "ДЕНЬ ОТКРЫТЫХ ДВЕРЕЙ В КГТУ" -> "День открытых дверей в КГТУ": dictionary words in
    lower case, abbreviations the dictionary does not know (КГТУ) kept."""
    words = [w if not is_known(w.lower()) and w.isalpha() else w.lower() for w in heading.split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _phrase(text: str, start: int, end: int, *, stage: bool = True) -> str:
    start, end, left = _head(text, start, end)
    first = text.rfind(left[0], 0, start) if left else start
    before = _LAST_WORD.search(text[max(0, first - 40) : first])
    prev = before.group(1) if before else ""
    if stage and _STAGE.match(prev) and _is_genitive(left[0] if left else text[start:end]):
        at = first - len(text[max(0, first - 40) : first]) + before.start(1)  # type: ignore[union-attr]
        return _phrase(text, at, at + len(prev), stage=False)  # "этапа олимпиады" -> "Этап …"
    governed = prev.lower() in _GENITIVE_PREPS or (bool(prev) and prev.islower() and _is_noun(prev))
    head = text[start:end]
    right = _right(text, end)
    named = _NAME_BEFORE.search(text, max(0, start - 120), start)
    if named and "«" not in right:
        right = " " + named.group(1)  # "«Библиосумерки» – это настоящий праздник"
    words = [*left, head]
    nominative = to_nominative(words, governed=governed)
    phrase = " ".join(nominative)
    if right:
        phrase = f"{phrase}{right}"
    name = _CLOSING_NAME.search(phrase)
    if len(phrase) > MAX_TITLE and name:  # the kind and its quoted name, the chain left out
        phrase = f"{' '.join(nominative)} {name.group(0)}"
    phrase = " ".join(phrase.split())
    return phrase[:1].upper() + phrase[1:]


def _head(text: str, start: int, end: int) -> tuple[int, int, list[str]]:
    """The head noun's span and its adjectives; a kind word that is an adjective
    ("конкурсного отбора") gives its noun as the head and joins the adjectives."""
    left = _left_adjectives(text, start)
    word = text[start:end]
    if " " in word or any("NOUN" in p.tag for p in _parses(word)[:2]):
        return start, end, left
    nxt = _NEXT_WORD.match(text, end, end + 40)
    if nxt and any("NOUN" in p.tag for p in _parses(nxt.group(1))[:2]):
        return nxt.start(1), nxt.end(1), [*left, word]
    return start, end, left


def _is_noun(word: str) -> bool:
    found = _parses(word)
    return bool(found) and "NOUN" in found[0].tag


def _left_adjectives(text: str, start: int) -> list[str]:
    words: list[str] = []
    before = text[max(0, start - 80) : start]
    for token in reversed(before.split()):
        clean = token.strip(",.;:!?()")
        if clean != token or not clean or len(words) >= 3:
            break
        parses = _parses(clean)
        if not parses or not ("ADJF" in parses[0].tag or "PRTF" in parses[0].tag):
            break
        if any("Apro" in p.tag for p in parses):
            break  # "этот", "наш", "весь", "его": not part of a name
        words.insert(0, clean)
    return words


def _right(text: str, end: int) -> str:
    tail = _FORMAT_VERB.sub("", text[end : end + 160], count=1)
    quote = re.match(
        r"\s*(?:для\s+[а-яё]+(?:\s+[а-яё]+)?\s*)?[,—-]?\s*(?:(?:для\s+[а-яё]+\s+)?под\s+названием\s+"
        r"|(?:называ\w+|носит\s+название|с\s+названием|на\s+тему)\s*:?\s*)?"
        r"(«[^«»]{2,120}»|\"[^\"\n]{2,120}\"|“[^“”]{2,120}”)",
        tail,
    )
    if quote:
        return " " + _short_quote(quote.group(1))
    dedicated = re.match(r"\s*,\s*(посвящ[её]нн\w+\s+[^.,;!?()\n]{3,70})", tail)
    if dedicated:
        return ", " + dedicated.group(1).strip()
    head = _LAST_WORD.search(text[max(0, end - 20) : end])
    meeting = bool(head and _MEETING.match(head.group(0)))
    out = _subject(_WORD.findall(tail[:120]), meeting=meeting)
    return (" " + " ".join(out)) if out else ""


# a preposition opening the subject of a kind, and the case of the words that follow it
_SUBJECT_PREPS = {"по": "datv", "о": "loct", "об": "loct", "про": "accs", "ко": "datv"}
_MEETING = re.compile(r"(?i)^встреч")


def _subject(tokens: list[str], *, meeting: bool = False) -> list[str]:
    """What follows a kind and names its subject: a genitive chain ("олимпиады школьников"),
    "по робототехнике", "о космосе", "ко Дню матери", another kind joined by "и" ("экскурсии
    и мастер-классы") and a quoted name; at most eight words, never a person's name. A meeting
    names whom it is with ("встреча с писателем")."""
    out: list[str] = []
    i = 0
    if meeting and tokens[:1] in (["с"], ["со"]) and (run := _case_run(tokens, 1, "ablt")):
        out = tokens[: 1 + run]  # "с представителями колледжа"
        for token in tokens[1 + run : 5 + run]:
            if not token[:1].isalpha() or token.lower() in _SKIP_AFTER or not _is_genitive(token):
                break
            out.append(token)
        return out
    while i < len(tokens) and len(out) < 8:
        token, low = tokens[i], tokens[i].lower()
        if token.startswith(("«", '"', "“")):
            out.append(_short_quote(token))
            break
        case = _SUBJECT_PREPS.get("ко" if low == "к" else low)
        if meeting and low in ("с", "со"):
            case = "ablt"  # "встреча школьников с ветеранами"
        if case is not None:
            run = _case_run(tokens, i + 1, case)
            if not run or (low in ("к", "ко") and not tokens[i + 1].lower().startswith("дн")):
                break
            out += tokens[i : i + 1 + run]
            i += 1 + run
            continue
        if low == "в" and tokens[i + 1 : i + 2] == ["формате"] and _case_run(tokens, i + 2, "gent"):
            out += tokens[i : i + 2]  # "в формате открытого урока"
            i += 2
            continue
        if low == "и" and len(out) == 0 and i + 1 < len(tokens) and KIND.fullmatch(tokens[i + 1]):
            out += tokens[i : i + 2]  # "экскурсии и мастер-классы"
            i += 2
            continue
        if not token[:1].isalpha() or low in _SKIP_AFTER or not _is_genitive(token):
            break
        if token[:1].isupper() and _is_person(token) and (not out or _is_animate(out[-1])):
            break  # "лекция профессора Иванова": the lecturer is not the event's name
        out.append(token)
        i += 1
    return out


def _case_run(tokens: list[str], at: int, case: str) -> int:
    """How many words from `at` are adjectives and one noun in `case` ("мирном атоме")."""
    n = 0
    for token in tokens[at : at + 4]:
        found = [
            p
            for p in _parses(token)[:4]
            if p.tag.case == case or (case == "loct" and p.tag.case == "loc2")
        ]
        if not found:
            break
        n += 1
        if any("NOUN" in p.tag for p in found):
            break
    return n


def _is_animate(word: str) -> bool:
    return any("anim" in p.tag and "NOUN" in p.tag for p in _parses(word)[:2])


def _is_person(word: str) -> bool:
    return any(
        {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
        for p in _parses(word)[:2]
    )


def _short_quote(quote: str) -> str:
    inner = quote[1:-1]
    if len(inner) > 50:
        cut = re.split(r"[:.!?]\s", inner, maxsplit=1)[0]
        inner = cut if len(cut) >= 3 else inner[:50].rsplit(" ", 1)[0]
    return f"«{inner.strip()}»"


def _is_genitive(word: str) -> bool:
    parses = _parses(word)
    return bool(parses) and any(
        "gent" in p.tag and ("NOUN" in p.tag or "ADJF" in p.tag) for p in parses[:3]
    )


def _is_dative(word: str) -> bool:
    return any("datv" in p.tag for p in _parses(word)[:3])


def _fit(phrase: str) -> str:
    if len(phrase) <= MAX_TITLE:
        return phrase
    cut = phrase[:MAX_TITLE]
    if "«" in cut and "»" not in cut[cut.index("«") :]:
        cut = cut[: cut.index("«")].rstrip(" ,")
    cut = cut.rsplit(" ", 1)[0].rstrip(" ,—-:") if len(cut) == MAX_TITLE else cut
    words = cut.split()
    while len(words) > 1 and _dangles(words[-1]):
        words.pop()  # "… академии рыбопромыслового" cut mid-phrase: end at its last noun
    return " ".join(words)


def _dangles(word: str) -> bool:
    found = _parses(word.strip(",.;:"))
    return (
        bool(found)
        and not word.endswith("»")
        and found[0].tag.POS
        in (
            "ADJF",
            "PRTF",
            "PREP",
            "CONJ",
        )
    )


def _fallback(text: str) -> str | None:
    body = _OPENERS.sub("", text.strip())
    quote = _QUOTE.search(body[:300])
    if quote:
        return _fit(_short_quote(quote.group(0)))
    first = re.split(r"[.!?\n]", body, maxsplit=1)[0].strip()
    return _fit(first) if first else None
