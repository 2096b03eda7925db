"""The announcing words (announcing.py) and the three patterns built from them
(intents_asks.INVITATION, named_day_report._AHEAD, dateless_post._ANNOUNCES): each reads
the shared words and differs where its docstring says (split76)."""

from __future__ import annotations

import re

import pytest

from bot.core.language.announcing import INVITING, TOLD_AHEAD
from bot.core.language.dateless_post import _ANNOUNCES
from bot.core.language.intents_asks import INVITATION
from bot.core.language.named_day_report import _AHEAD


@pytest.mark.parametrize(
    "sentence",
    ["мы приглашаем всех", "музей приглашает детей", "организаторы приглашают на бал"],
)
def test_every_reader_hears_an_invitation(sentence: str) -> None:
    assert re.search(INVITING, sentence)
    assert INVITATION.search(sentence)
    assert _AHEAD.search(sentence)
    assert _ANNOUNCES.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "в субботу пройдёт ярмарка",
        "концерт состоится вечером",
        "выставка откроется в музее",
        "завтра стартует акция",
        "мы проведём урок мужества",
    ],
)
def test_a_told_ahead_verb_announces_but_asks_no_one(sentence: str) -> None:
    assert re.search(TOLD_AHEAD, sentence)
    assert _AHEAD.search(sentence)
    assert _ANNOUNCES.search(sentence)
    assert INVITATION.search(sentence) is None  # a question may say it and still ask


@pytest.mark.parametrize("sentence", ["записывайтесь по ссылке", "приходите всей семьёй"])
def test_a_call_or_sign_up_looks_forward_but_names_no_event(sentence: str) -> None:
    assert _AHEAD.search(sentence)
    assert _ANNOUNCES.search(sentence) is None


@pytest.mark.parametrize("sentence", ["в лагере стартовала смена", "открылась выставка рисунков"])
def test_an_event_begun_is_announced_only_by_a_dateless_post(sentence: str) -> None:
    assert _ANNOUNCES.search(sentence)
    assert _AHEAD.search(sentence) is None
    assert INVITATION.search(sentence) is None
