"""An announcement's invitation written as a question («Придёте на концерт?», «Ты пойдёшь с
нами на ярмарку?»): a yes/no question whose verb speaks to the reader (second person),
which the announcement asks its readers, never the bot (chat53: the bot answered it with
a list of concerts, or said it did not understand it). Its verb is one of coming or taking
part, which takes no object («придёте», «присоединитесь», «запишетесь»); a polite request
to the bot has an object («Покажете план?», «Отмените концерт?», «Запишете меня?»:
review53 #2). Read by grammar (pymorphy3): the person and transitivity of the verb, the
interrogative words, an infinitive."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pymorphy3.tagset import OpencorporaTag

from bot.core.language.morphology import parses

_WORD = re.compile(r"[а-яё]+")
# the interrogative pronouns pymorphy3 does not mark «Ques» («какой», «кто», «сколько»):
# a question with one asks for something, never only whether the reader comes
_ASKING_PRONOUNS = frozenset({"какой", "кто", "сколько", "чей", "который", "каков"})


def invites_reader(question: str) -> bool:
    """Whether `question` (one sentence ending in «?») is an invitation to the reader: its
    verb is in the second person and intransitive («придёте», «пойдёшь», «будете»,
    «поучаствуете»; a transitive one asks the bot to do something: «Перенесёте лекцию на
    17:00?», «Запишете меня на квест?»), it holds no
    interrogative word («что», «когда», «где», «какой», «сколько»: «Подскажете, что ещё в
    декабре?» asks the bot) and no infinitive («Можете показать концерты?» asks the bot to
    do something)."""
    words = _WORD.findall(question.lower().replace("ё", "е"))
    if not words or not question.rstrip().endswith("?"):
        return False
    second_person = False
    for word in words:
        found = parses(word)
        if not found:
            continue
        if asking(found):
            return False
        first = found[0].tag
        if first.POS == "INFN":
            return False
        second_person = second_person or _comes_along(first)
    return second_person


def asking(found: Sequence[Any]) -> bool:
    """Whether a word's pymorphy3 readings `found` make it an interrogative word: marked
    «Ques» («когда», «где», «что») or an interrogative pronoun pymorphy3 leaves unmarked
    («какой», «кто», «сколько»)."""
    return any("Ques" in p.tag or p.normal_form in _ASKING_PRONOUNS for p in found)


def _comes_along(tag: OpencorporaTag) -> bool:
    """Whether a word's tag is a verb telling the reader to come or take part: the second
    person and intransitive («придёте», «присоединитесь», «будете»), never a transitive
    verb of the bot's own work («покажете», «отмените», «перенесёте», «запишете»)."""
    return bool(tag.POS == "VERB" and tag.person == "2per" and tag.transitivity == "intr")
