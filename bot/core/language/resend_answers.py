"""Answers typed in words to the offer to update a re-sent event (bot.core.features
.resending; newcomer walk 2026-12-01i, #1): the card asks «Обновить прежнее», «Добавить
ещё одно» or «Не сохранять», and people answer the question in their own words — «ещё
одно занятие», «добавь», «это второе занятие» (a second session), «обнови», «это
исправление», «я ошибся» (the update), «ничего не меняй», «оставь как есть» (neither).

The rule: an answer to this question is a short phrase made only of the question's own
vocabulary (adding, another/second/new one, the session nouns; updating, correcting,
replacing; keeping as it is) and fillers; a word outside it (a date, an hour, a place, a
title) makes it no answer, so a correction of the card («время 16:00») stays a correction.
A phrase with words of two answers (add and update) is none of them. An update word taken
back («не надо обновлять») or «оставь прежнее» with no word of adding is the answer that
changes nothing (newcomer walk 2026-12-01j, #1: those were «не понял», and the next «да»
updated); «другое занятие» is a second session.
"""

from __future__ import annotations

import re

from bot.core.language.commands import CommandKind
from bot.core.language.tokens import normalize


def _words(listed: str) -> frozenset[str]:
    return frozenset(listed.replace("ё", "е").split())


MAX_WORDS = 9  # a longer text is a message of its own, not an answer to this question

# words that say «a second one, keep the first»
_COPY = _words(
    "добавь добавьте добавить добавим добавляй добавляйте второе второй вторая вторую "
    "вторым второго новое новый новая новую новым отдельно отдельное отдельным отдельная "
    "оба обе два две копию копия дубль ещё другое другой другая другую"
)
# words that say «the first one was a mistake: change it»
_UPDATE = _words(
    "обнови обновите обновить обновляй обновляйте обновлять исправление исправь исправьте "
    "исправить исправлять менять заменять "
    "замени замените заменить перезапиши перезапишите измени измените ошибся ошиблась "
    "ошиблись опечатка ошибка поправка поправь поправьте"
)
# words that may stand beside either answer without changing it
_FILLER = _words(
    "это да ну тогда пожалуйста просто как будет будут одно одну один одна занятие занятия "
    "встреча встречу встречи мероприятие мероприятия сеанс сеанса лекция лекцию урок раз "
    "сохрани сохранить сохраните и то прежнее прежнюю прежний старое старую первое "
    "первую оставь оставьте оставить пусть останется остается тоже а нужно нужны надо я мы "
    "его ее их на вместо был была было там же так верно нет в плане еще стоит будем буду ничего"
)
_NEITHER = re.compile(
    r"^(?:нет[,\s]+)?(?:(?:ничего|пока)\s+)?не\s+(?:меняй(?:те)?|добавляй(?:те)?|трогай(?:те)?"
    r"|сохраняй(?:те)?)(?:\s+ничего)?"
    r"|(?:нет[,\s]+)?(?:оставь(?:те)?|пусть)\s+(?:вс[её]\s+)?(?:будет\s+|останется\s+)?как\s+"
    r"(?:есть|было|раньше)"
    r"|ни\s+то,?\s+ни\s+(?:другое|это)|ничего(?:\s+не\s+надо)?|ничего\s+не\s+нужно$"
)
_NOT_BEFORE = re.compile(
    r"\bне\s+(?:(?:надо|нужно|стоит|будем|буду)\s+)?(?:ничего\s+|его\s+|е[её]\s+)?(\w+)"
)
# «keep the earlier one» said with no word of adding: nothing is to change
_KEEP = _words("оставь оставьте оставить пусть останется остается")


def resend_answer(text: str) -> CommandKind | None:
    """SAVE_COPY («ещё одно занятие»), YES (the update: «обнови», «это исправление») or NO
    («ничего не меняй») for a short answer to the update offer in words; None for any other
    text. «не» (or «не надо», «не нужно») before an update word («это не исправление, а ещё
    одно») takes it back; taken back with no word of adding, or «оставь прежнее», it is NO."""
    said = re.sub(r"[^\w\s]", " ", normalize(text)).strip()
    if not said or len(said.split()) > MAX_WORDS:
        return None
    if _NEITHER.fullmatch(" ".join(said.split())):
        return CommandKind.NO
    negated = set(_NOT_BEFORE.findall(said))
    words = [w for w in said.split() if w != "не"]
    if any(w not in _COPY | _UPDATE | _FILLER for w in words):
        return None
    copy = any(w in _COPY and w not in negated for w in words)
    update = any(w in _UPDATE and w not in negated for w in words)
    refused = any(w in _UPDATE and w in negated for w in words)
    if copy and not update:
        return CommandKind.SAVE_COPY
    if update and not copy:
        return CommandKind.YES
    if not copy and (refused or any(w in _KEEP for w in words)):
        return CommandKind.NO  # «не надо обновлять», «оставь прежнее»: nothing changes
    return None
