"""speed49's rewrites read exactly as the patterns they replaced: each old pattern is kept
here as the reference and compared on every corpus text (as written, lower-cased, its lines)
and on texts made to break the rewrite."""

from __future__ import annotations

import re

from benchmarks.corpus_score import load
from bot.core.language.intents import _invited_later

CORPORA = ("real_posts_dev.jsonl", "real_posts_more.jsonl", "events_dev.jsonl")

# intents._INVITED_LATER before speed49: a lazy run from every sentence end to the invitation
_OLD_INVITED_LATER = re.compile(
    r"[.?!…]\s.*?(?<![а-я])(?:приходите|приглаша(?:ем|ет|ют)|ждём\s+(?:вас|всех)"
    r"|ждем\s+(?:вас|всех))(?![а-я])",
    re.DOTALL,
)


def _texts() -> list[str]:
    texts = [case["text"] for name in CORPORA for case in load(name)]
    lines = [line for text in texts for line in text.splitlines()]
    return texts + [text.lower() for text in texts] + lines


def test_invited_later_reads_as_the_old_pattern() -> None:
    made = [
        "Что нас ждёт? Приходите 12 декабря",
        "что?приходите. а",  # no space after the mark: the invitation is before the end
        "а. неприходите",  # a longer word
        "а. ждём\n\nвас",
        "приходите. а",  # the invitation before the only sentence end
        "x.\nприглашаем",
        "x. xприглашаем. приглашают",
        "x. ждем всех!",
        "",
        ".",
    ]
    texts = _texts() + made
    invited = 0
    for text in texts:
        old = _OLD_INVITED_LATER.search(text) is not None
        assert _invited_later(text) is old, text[:80]
        invited += old
    assert invited > 10  # the corpus exercises both answers
