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
from functools import lru_cache
from typing import Any

from bot.core.language.morphology import parses
from bot.core.language.tokens import initials

MAX_TITLE = 80

_KIND_STEMS = (
    r"лекци|семинар|мастер-класс|экскурси|выставк|концерт|спектакл|фестивал|праздник|конкурс"
    r"|олимпиад|соревновани|первенств|турнир|чемпионат|марафон|акци|урок|заняти|встреч|собрани"
    r"|конференци|форум|квиз|квест|викторин|дебат|линейк|диктант|тренинг|вебинар|кинопоказ"
    r"|презентаци|церемони|эстафет|флешмоб|субботник|ярмарк|сл[её]т|хакатон|кружок|кружк"
    r"|телемост|бесед|профпроб|поход|спартакиад|забег|парад|утренник|шоу|мультфильм|фильм|игр"
    r"|программ|проект|мероприяти|смен|экспозици|чтени|практикум|интенсив|дни\s+открытых"
    r"|день\s+открытых|день\s+без|открыти|финал|полуфинал|церемони"
)
_KIND = re.compile(
    rf"{initials(_KIND_STEMS)}(?<![а-яё-])(?:{_KIND_STEMS})[а-яё]*(?:-[а-яё]+)?"
    r"(?:\s+(?:дверей|турникетов))?",
    re.I,
)
_WEAK = re.compile(r"(?i)^(?:мероприяти|программ|проект|смен|игр|заняти|встреч)")
# the capital comes first (a fast scan), then "not after a lower-case letter" is checked
_NAMED_DAY = re.compile(r"([А-ЯЁ](?<![а-яё].)[а-яё]+(?:ий|ый|ой))\s+(день|неделя)\b")
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
    inside = _inside_quotes(text)
    for m in _KIND.finditer(text):
        if inside(m.start()):
            continue  # a word of a quoted name («Улётные уроки»), not the event's kind
        score = _score(text, m, event_sentence)
        if best is not None and score + 2 <= best[0]:
            if "«" in text[m.end() : m.end() + 40]:  # "Лекция называется «…»": it names the kind
                phrase = _phrase(text, m.start(), m.end())
                if "«" in phrase:
                    named.setdefault(m.group(0)[:5].lower(), phrase)
            continue
        phrase = _phrase(text, m.start(), m.end())
        if _WEAK.match(m.group(0)) and " " not in phrase.strip():
            continue  # "Занятия", "Мероприятие" alone name nothing
        if "«" in phrase and "«" not in text[m.end() : m.end() + 4]:
            score += 2  # "церемония награждения победителей конкурса «…»"
        if "«" in phrase:
            named.setdefault(m.group(0)[:5].lower(), phrase)
        if best is None or score > best[0]:
            best = (score, phrase)
    for m in _NAMED_DAY.finditer(text):
        score = _score(text, m, event_sentence) + 1
        if best is None or score > best[0]:
            best = (score, _phrase(text, m.start(), m.end()))
    if best is None:
        return _fallback(text)
    phrase = best[1]
    if " " not in phrase:  # "Лекция состоится…" after "…на лекцию «Химия вокруг нас»"
        phrase = named.get(phrase[:5].lower(), phrase)
    return _fit(_with_name(text, phrase, event_sentence))


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


def _score(text: str, m: re.Match[str], event_sentence: tuple[int, int] | None) -> int:
    score = 0
    if event_sentence and event_sentence[0] <= m.start() < event_sentence[1]:
        score += 3
    if m.start() < 200:
        score += 2 if m.start() < 120 else 1
    if text[m.end() : m.end() + 4].lstrip(" ,—-:")[:1] in ("«", '"', "“"):
        score += 2
    if _WEAK.match(m.group(0)):
        score -= 3
    if re.search(r"(?i)в\s+рамках\s+$|участник\w*\s+$|из\s+$|после\s+$", text[: m.start()][-20:]):
        score -= 3
    if re.match(r"[»\w\s]*,\s*$", text[max(0, m.start() - 25) : m.start()][-3:]) and re.match(
        r"\s*,", text[m.end() : m.end() + 3]
    ):
        score -= 2  # an item of a list ("…, мастер-классы, творческие мастерские"): a side event
    return score


def _inside_quotes(text: str) -> Any:
    spans = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    return lambda pos: any(a < pos < b for a, b in spans)


def _heading(text: str) -> str | None:
    """A post's own heading: a short first line with no date and no closing full stop."""
    first, newline, rest = text.partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not 3 <= len(first) <= MAX_TITLE:
        return None
    if first.endswith((".", ":", "!", "?", ",")) or re.search(r"\d", first):
        return None
    if re.search(r"(?i)приглаша|уважаем|добрый|здравствуй|дорогие|коллеги|внимание", first):
        return None
    return first


def _phrase(text: str, start: int, end: int) -> str:
    left = _left_adjectives(text, start)
    head = text[start:end]
    right = _right(text, end)
    named = re.search(r"(«[^«»]{2,60}»)\s*[–—-]\s*(?:это\s+)?(?:[а-яё]+\s+){0,3}$", text[:start])
    if named and "«" not in right:
        right = " " + named.group(1)  # "«Библиосумерки» – это настоящий праздник"
    words = [*left, head]
    nominative = _to_nominative(words)
    phrase = " ".join(nominative)
    if right:
        phrase = f"{phrase}{right}"
    phrase = " ".join(phrase.split())
    return phrase[:1].upper() + phrase[1:]


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
    tail = text[end : end + 160]
    quote = re.match(
        r"\s*[,—-]?\s*(?:(?:для\s+[а-яё]+\s+)?под\s+названием\s+"
        r"|(?:называ\w+|носит\s+название|с\s+названием|на\s+тему)\s*:?\s*)?"
        r"(«[^«»]{2,120}»|\"[^\"\n]{2,120}\"|“[^“”]{2,120}”)",
        tail,
    )
    if quote:
        return " " + _short_quote(quote.group(1))
    dedicated = re.match(r"\s*,\s*(посвящ[её]нн\w+\s+[^.,;!?()\n]{3,70})", tail)
    if dedicated:
        return ", " + dedicated.group(1).strip()
    out = []
    tokens = _WORD.findall(tail)
    i = 0
    if tokens and tokens[0].lower() == "по" and len(tokens) > 1:
        out.append("по")
        i = 1
    for token in tokens[i : i + 5]:
        if token.startswith(("«", '"', "“")):
            out.append(_short_quote(token))
            break
        if not token[:1].isalpha() or token.lower() in _SKIP_AFTER:
            break
        if not _is_genitive(token) and not (out == ["по"] and _is_dative(token)):
            break
        out.append(token)
    return (" " + " ".join(out)) if out and out != ["по"] else ""


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


def _to_nominative(words: list[str]) -> list[str]:
    """The head noun (last word) and its adjectives put in the nominative, same number."""
    return list(_nominative(tuple(words)))


@lru_cache(maxsize=8192)
def _nominative(words_in: tuple[str, ...]) -> tuple[str, ...]:
    words = list(words_in)
    head = words[-1]
    if " " in head or (not head.isalpha() and "-" not in head):
        return tuple(words)
    parses = _parses(head)
    nouns = [p for p in parses if "NOUN" in p.tag]
    if not nouns:
        return tuple(words)
    adjs = [_parses(w) for w in words[:-1]]
    noun = _agreeing(nouns, adjs)
    if "nomn" in noun.tag and noun.tag.case == "nomn":
        target = noun
    else:
        target = noun.inflect({"nomn"}) or noun
    out = [_inflect_adj(w, target) for w in words[:-1]]
    out.append(_keep_case(head, target.word))
    return tuple(out)


def _agreeing(nouns: list[Any], adjs: list[tuple[Any, ...]]) -> Any:
    if adjs:
        full = {(p.tag.number, p.tag.case, p.tag.gender) for p in adjs[-1]}
        for p in nouns:
            if (p.tag.number, p.tag.case, p.tag.gender) in full:
                return p
        wanted = {(p.tag.number, p.tag.case) for p in adjs[-1]}
        for p in nouns:
            if (p.tag.number, p.tag.case) in wanted:
                return p
    for p in nouns:
        if p.tag.case == "nomn":
            return p
    return nouns[0]


def _inflect_adj(word: str, noun: Any) -> str:
    for p in _parses(word):
        if "ADJF" not in p.tag and "PRTF" not in p.tag:
            continue
        grams = {"nomn", noun.tag.number or "sing"}
        if noun.tag.number == "sing" and noun.tag.gender:
            grams.add(noun.tag.gender)
        found = p.inflect(grams)
        if found is not None:
            return _keep_case(word, found.word)
    return word


def _keep_case(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _fit(phrase: str) -> str:
    if len(phrase) <= MAX_TITLE:
        return phrase
    cut = phrase[:MAX_TITLE]
    if "«" in cut and "»" not in cut[cut.index("«") :]:
        cut = cut[: cut.index("«")].rstrip(" ,")
    return cut.rsplit(" ", 1)[0].rstrip(" ,—-:") if len(cut) == MAX_TITLE else cut


def _fallback(text: str) -> str | None:
    body = _OPENERS.sub("", text.strip())
    quote = _QUOTE.search(body[:300])
    if quote:
        return _fit(_short_quote(quote.group(0)))
    first = re.split(r"[.!?\n]", body, maxsplit=1)[0].strip()
    return _fit(first) if first else None
