"""Whether a bare future «будет», «пройдёт», «состоится» in a message ending with «?» is the
thing asked (review49 #2). «а экскурсия точно будет в субботу?» asks about the plan. In
«Ребята, 12 декабря в 10:00 будет субботник, сможете прийти?» the verb announces, and the
«?» belongs to a later clause with a verb or a question word of its own. In «Добавьте,
пожалуйста: 12 декабря … будет экскурсия в музей?» a request comes before the verb, and in
«…, если будет автобус?» the verb is a condition. Such messages announce an event, as before
chat49. Pure: reads a normalized line (lower case, ё as е)."""

from __future__ import annotations

import re

from bot.core.language.morphology import parses

_BARE_FUTURE = re.compile(
    r"(?<![а-яё])(?:буд[еи]т|будут|пройд[её]т|пройдут|состо[ия]тся)(?![а-яё])"
)
# a clause break: a comma, semicolon, colon or dash (a hyphen with spaces round it)
_BREAK = re.compile(r"[,;:—–]|\s-\s")
_WORD = re.compile(r"[а-яё]+")
# a condition, concession or purpose opens the verb's clause: «если будет автобус»
_SUBORDINATE = frozenset({"если", "хотя", "чтобы", "ежели"})
# a question word makes a clause a question of its own: «— кто участвует?» («как» is left
# out: «, как обычно?» compares; «, как думаете?» has its verb)
_QUESTION_WORDS = frozenset(
    {
        "кто", "кого", "кому", "что", "чего", "где", "куда", "откуда", "когда", "сколько",
        "зачем", "почему", "какой", "какая", "какое", "какие", "каких", "чей", "чья",
    }
)  # fmt: skip
# imperatives that ask about the plan rather than ask to add to it: «Скажите, …», «Подскажите,
# …», «Проверьте, пожалуйста, экскурсия будет 12 декабря?»
_ASKING = frozenset(
    {
        "сказать", "подсказать", "напомнить", "уточнить", "ответить", "пояснить", "объяснить",
        "посмотреть", "смотреть", "глянуть", "проверить", "узнать", "слушать", "послушать",
        "давать",
    }
)  # fmt: skip


def future_asked(line: str, end: int) -> bool:
    """Whether a bare future verb in `line[:end]` (`end`: where the closing «?» stands) is
    the question's own verb: not inside a clause opened by «если/хотя/чтобы», with no
    later clause holding a verb or a question word of its own («, сможете прийти?»,
    «— кто участвует?»), and no request before it («Добавьте, пожалуйста: …»; a verb of
    asking, «Скажите, …», is no request). Verbless clauses after it still belong to its
    question: «Концерт будет 12 декабря, в актовом зале?»."""
    head = line[:end]
    for verb in _BARE_FUTURE.finditer(head):
        if _in_condition(head, verb.start()) or _asked_later(head[verb.end() :]):
            continue
        return not _requested(head[: verb.start()])
    return False


def _in_condition(head: str, at: int) -> bool:
    """Whether the clause holding the word at `at` opens with a subordinating word."""
    breaks = [b.end() for b in _BREAK.finditer(head, 0, at)]
    words = _WORD.findall(head[breaks[-1] if breaks else 0 : at])
    return any(word in _SUBORDINATE for word in words[:2])


def _asked_later(rest: str) -> bool:
    """Whether a clause after the verb (past a clause break) holds a verb (finite,
    infinitive, imperative) or a question word: the «?» is that clause's own."""
    first = _BREAK.search(rest)
    if first is None:
        return False
    for word in _WORD.findall(rest[first.end() :]):
        if word in _QUESTION_WORDS:
            return True
        found = parses(word)
        if found and found[0].tag.POS in {"VERB", "INFN"}:
            return True
    return False


def _requested(before: str) -> bool:
    """Whether the words before the verb hold an imperative other than a verb of asking:
    «Добавьте», «Поставьте», «Запишите» ask to add the event, not about the plan. A word
    read first as an interjection («здравствуйте», «слушайте») and «давайте» request
    nothing."""
    for word in _WORD.findall(before):
        found = parses(word)
        if not found or found[0].tag.POS == "INTJ":
            continue
        for reading in found:
            if "impr" in reading.tag and reading.normal_form not in _ASKING:
                return True
    return False
