"""speed56's literal gates skip only searches that cannot match: where the gate says no (none
of the pattern's required literals in the searched part), the search finds nothing, on every
corpus text (as written, normalised, its lines) and on sentences made for it."""

from __future__ import annotations

from benchmarks.corpus_score import load
from bot.core.language.intents_asks import INVITATION
from bot.core.language.post import _LETTER_SUBJECT, _NUMBERS_SPAN
from bot.core.language.post_clocks import CEREMONY_WORDS
from bot.core.language.post_draft import _COUNTED
from bot.core.language.post_scoring import _THAT
from bot.core.language.post_stages import _WORKS_TAKEN
from bot.core.language.prefilter import may_match, required_literals
from bot.core.language.start_doubts import _HOUR_OF_DAY
from bot.core.language.tokens import normalize

CORPORA = ("real_posts_dev.jsonl", "real_posts_more.jsonl", "events_dev.jsonl")
MADE = [
    "финал пройдёт с 7 по 10 числа, полуфинал раньше",
    "с 7 - 10 числа",
    "7–10 число",  # «число»: not the pattern's «числа»/«числo» ending
    "С 7 ПО 10 ЧИСЛА",  # upper case: neither the gate's literal nor the pattern's
    "Что нас ждёт? Приходите 12 декабря",
    "итак. ждём вас в субботу",
    "итак. ждем всех",
    "итак. приглашаем",
    "итак. неприходите",
    "приём работ с ",  # the window before the date: the pattern ends at its end
    "сообщил о том, что в четверг",
    "торжественное закрытие выставки",
    "администрация информирует о проведении ",
    "с 9 утра до 6 вечера",
    "в кирове пройдут два фестиваля",
    "",
]


def _texts() -> list[str]:
    texts = [case["text"] for name in CORPORA for case in load(name)]
    lines = [line for text in texts for line in text.splitlines()]
    return texts + [normalize(text) for text in texts] + lines + MADE


def test_the_gates_have_literals() -> None:
    assert required_literals(_NUMBERS_SPAN) == {"числ"}
    assert required_literals(INVITATION) == {"приходите", "приглаша", "ждём", "ждем"}


def test_a_gate_says_no_only_where_the_search_finds_nothing() -> None:
    gated = (_NUMBERS_SPAN, INVITATION, _WORKS_TAKEN, _THAT, CEREMONY_WORDS, _LETTER_SUBJECT)
    found = dict.fromkeys((*gated, _HOUR_OF_DAY, _COUNTED), 0)
    for text in _texts():
        for pattern in found:
            for pos, end in ((0, len(text)), (len(text) // 2, len(text)), (0, len(text) // 2)):
                hit = pattern.search(text, pos, end) is not None
                assert hit <= may_match(pattern, text, pos, end), (pattern.pattern, text[:80])
                found[pattern] += hit
    assert all(count > 0 for count in found.values())  # both answers exercised
