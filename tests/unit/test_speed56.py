"""speed56's two literal gates skip only searches that cannot match: where the gate says no
(none of the pattern's required literals in the searched part), the search finds nothing, on
every corpus text (as written, normalised, its lines) and on sentences made for it."""

from __future__ import annotations

from benchmarks.corpus_score import load
from bot.core.language.intents import _INVITATION
from bot.core.language.post import _NUMBERS_SPAN
from bot.core.language.prefilter import may_match, required_literals
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
    "",
]


def _texts() -> list[str]:
    texts = [case["text"] for name in CORPORA for case in load(name)]
    lines = [line for text in texts for line in text.splitlines()]
    return texts + [normalize(text) for text in texts] + lines + MADE


def test_the_gates_have_literals() -> None:
    assert required_literals(_NUMBERS_SPAN) == {"числ"}
    assert required_literals(_INVITATION) == {"приходите", "приглаша", "ждём", "ждем"}


def test_a_gate_says_no_only_where_the_search_finds_nothing() -> None:
    found = {_NUMBERS_SPAN: 0, _INVITATION: 0}
    for text in _texts():
        for pattern in found:
            for pos in (0, len(text) // 2):
                hit = pattern.search(text, pos) is not None
                assert hit <= may_match(pattern, text, pos), (pattern.pattern, text[:80])
                found[pattern] += hit
    assert all(count > 0 for count in found.values())  # both answers exercised
