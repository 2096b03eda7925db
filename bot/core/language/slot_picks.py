"""«давайте первый вариант», «второй», «2», «вариант 3»: the free time a card proposed
(«Свободное время для тех же учеников …», a numbered-in-order list) picked by its place in
the list (newcomer walk 2026-12-02t, #15). Only a message that says nothing but the pick
(with a polite or agreeing word around it) is one; «второй урок», «2 декабря» are not."""

from __future__ import annotations

import re

from bot.core.language.tokens import normalize

# ordinal stems a reader names a proposal by («первый», «первое», «второй», «третий» …)
_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5}
_AGREE = (
    r"(?:(?:ну|тогда|ок|окей|хорошо|да|так)[\s,]+)*"
    r"(?:(?:давайте|давай|берем|беру|возьмем|возьму|возьмите|выбираем|выбираю|выберем|"
    r"ставим|ставьте|поставьте|пусть\s+будет|лучше|подойдет)[\s,]+)?"
)
_WORD = r"(?P<word>перв|втор|трет|четверт|пят)(?:ый|ое|ая|ий|ье|ья|ой|ую|ого|ом)"


def _number(group: str) -> str:
    """«2», «№ 2», «номер 2», «2-й», «2-е» as the named group `group`."""
    return rf"(?:(?:номер|№)\s*)?(?P<{group}>[1-9])(?:\s*-?\s*(?:й|ый|ой|ий|е|ое|я|ая))?"


_THING = r"(?:вариант|варианта|слот|время|предложение|промежуток|окно)"
_PICK = re.compile(
    rf"{_AGREE}(?:{_THING}\s+{_number('after')}|(?:{_WORD}|{_number('num')})(?:\s+{_THING})?)"
    r"(?:[\s,]+(?:подойдет|подходит|устроит|пожалуйста|пжл))?"
)


def slot_pick(text: str) -> int | None:
    """The 1-based place in the proposed list that `text` picks, or None when `text` is
    anything more than a pick."""
    match = _PICK.fullmatch(normalize(text).strip(" .!?,)("))
    if match is None:
        return None
    word = match.group("word")
    return _ORDINALS[word] if word else int(match.group("num") or match.group("after"))
