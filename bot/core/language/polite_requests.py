"""A polite request to the bot written as a question in the second person: «Покажете план
на декабрь?», «Подскажете, что на следующей неделе?», «Не подскажете расписание на
завтра?», «Можете показать накладки?», «Не могли бы вы напомнить расписание?» — Russian
asks so as often as with the imperative («покажите план на декабрь»), which the plan and
clash readers already understand (fixchat54 left these «не понял»). `as_imperative` turns
such a message into the imperative request it means, so the one reader of that request
reads it.

Read by grammar (pymorphy3): the verb is in the second person (the future indicative
«покажете», «подскажешь», or «можете / могли бы» with the infinitive), its lemma is one of
the verbs of showing or telling that the readers take in the imperative (`_TELLING`), and
its object is the bot's own data: a word of the plan (`_DATA`: план, расписание, накладки,
мероприятия …), an interrogative word («что», «когда», «какие») or a period («на
декабрь»). An announcement's invitation («Посетите выставку «Зима»!», «Приходите на
концерт 12 декабря») is neither a verb of telling nor about the bot's data, and stays as
written. Pure: no store; the clock only reads the period."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.intents import parse_message
from bot.core.language.morphology import inflect, parses
from bot.core.models import QueryIntent

# the verbs of showing, telling and sending that the plan readers take in the imperative
# («покажите», «подскажите», «скажите», «напомните»; «расскажите», «пришлите», «скиньте»,
# «отправьте»: chat57; intents_asks._QUERY_LEAD, _SENDING_LEAD)
_TELLING = frozenset(
    {"показать", "подсказать", "сказать", "напомнить"}
    | {"рассказать", "прислать", "скинуть", "отправить"}
)
# the bot's own data, in dictionary form: what a request for it names as its object
_DATA = frozenset(
    {
        "план",
        "расписание",
        "накладка",
        "пересечение",
        "конфликт",
        "мероприятие",
        "событие",
        "список",
        "афиша",
        "календарь",
        "запись",
    }
)
# the interrogative pronouns pymorphy3 leaves unmarked «Ques» (invitations.py) and «что»
_ASKING = frozenset({"что", "какой", "кто", "сколько", "чей", "который", "есть"})
# what may stand between the verb and its object: «мне», «вы», «пожалуйста», a comma
_FILLER = frozenset({"мне", "нам", "вы", "ты", "пожалуйста", "бы", "ли"})
# what may open the request before its verb: «а», «ну», the polite «не», «вы» / «ты»
_LEAD = frozenset({"а", "и", "ну", "не", "вы", "ты"})
_MAX_LEAD = 3
_WORD = re.compile(r"[а-яё]+|[^\sа-яё]+")
_MAX_CHARS = 80  # a longer text is a post or a story, not this request


def as_imperative(text: str, now: datetime) -> str:
    """`text` with its polite second-person request (module docstring) in the imperative
    («Покажете план на декабрь?» → «покажите план на декабрь?», «Можете показать накладки?»
    → «покажите накладки?»), or `text` itself when it is no such request."""
    line = " ".join(text.split())
    if len(line) > _MAX_CHARS or "\n" in text.strip():
        return text
    words = line.lower().replace("ё", "е").split(" ")
    at = 0
    while at < min(len(words), _MAX_LEAD) and words[at].strip(",") in _LEAD:
        at += 1  # «а не подскажете …?», «вы не могли бы …?»
    found = _telling_verb(words, at)
    if found is None:
        return text
    imperative, after = found
    asked = _asked_object(" ".join(words[after:]), now)
    return text if asked is None else f"{imperative} {asked}".strip()


def _telling_verb(words: list[str], at: int) -> tuple[str, int] | None:
    """(the imperative, the index of the next word) of the second-person request opening at
    `words[at]`: «покажете» / «подскажешь», or «можете / можешь / могли бы (вы)» and the
    infinitive; None when none opens there."""
    if at >= len(words):
        return None
    word = words[at].strip(",")
    for reading in parses(word)[:2]:
        tag = reading.tag
        if reading.normal_form == "мочь" and tag.POS == "VERB":
            number = tag.number or "plur"
            return _infinitive_after(words, at + 1, number)
        if tag.POS == "VERB" and tag.person == "2per" and reading.normal_form in _TELLING:
            return _imperative(reading.normal_form, tag.number or "plur"), at + 1
    return None


def _infinitive_after(words: list[str], at: int, number: str) -> tuple[str, int] | None:
    """The imperative of the telling infinitive after «можете» («можете (вы) показать»)."""
    while at < len(words) and words[at].strip(",") in _FILLER:
        at += 1
    if at >= len(words):
        return None
    for reading in parses(words[at].strip(","))[:1]:
        if reading.tag.POS == "INFN" and reading.normal_form in _TELLING:
            return _imperative(reading.normal_form, number), at + 1
    return None


def _imperative(lemma: str, number: str) -> str:
    """«показать», plur → «покажите»; sing → «покажи»."""
    reading = parses(lemma)[0]
    formed = inflect(reading, {"impr", "excl", number})
    return str(formed.word) if formed is not None else lemma


def _asked_object(rest: str, now: datetime) -> str | None:
    """The words after the verb as the imperative request takes them, when they name the
    bot's data: `rest` itself when its first word besides «мне», «пожалуйста» and
    possessives («мои», «все») is a word of the plan or an interrogative word; «что» and
    `rest` when it reads as a period alone («на декабрь» → «что на декабрь», as «подскажите,
    что на декабрь?» asks); None for anything else."""
    for word in _WORD.findall(rest):
        if not word[0].isalpha() or word in _FILLER:
            continue
        found = parses(word)
        if not found:
            return None
        first = found[0]
        if first.normal_form in _DATA or any(
            "Ques" in p.tag or p.normal_form in _ASKING for p in found[:2]
        ):
            return rest
        if any(p.tag.POS == "ADJF" and "Apro" in p.tag for p in found[:2]):
            continue  # «мои записи», «все мероприятия»
        break
    return f"что {rest}" if _period_alone(rest, now) else None


def _period_alone(rest: str, now: datetime) -> bool:
    """Whether `rest` («на декабрь», «на следующую неделю») reads as the period of a plan
    question and nothing else (no title words)."""
    query = parse_message(f"что {rest.strip(' ?!.')}?", now)
    return isinstance(query, QueryIntent) and not query.title and query.end is not None
