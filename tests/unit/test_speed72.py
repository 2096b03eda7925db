"""speed72: a word question remembered by one cache, not two stacked."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from bot.core.language.title_words import is_genitive

BOT = Path(__file__).resolve().parents[2] / "bot"
# a cache decorator on its own line: `@lru_cache`, `@lru_cache(maxsize=…)`, `@cache`, with or
# without `functools.`
_CACHE = re.compile(r"^\s*@(?:functools\.)?(?:lru_cache|cache)\b")


def test_is_genitive_is_remembered_once() -> None:
    # the function under the cache is the plain function, not another cache
    assert not hasattr(is_genitive.__wrapped__, "cache_info")
    assert is_genitive("учащихся")
    assert not is_genitive("при")


def test_no_function_stacks_two_caches() -> None:
    stacked = []
    for path in sorted(BOT.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, (line, after) in enumerate(itertools.pairwise(lines), 1):
            if _CACHE.match(line) and _CACHE.match(after):
                stacked.append(f"{path.relative_to(BOT)}:{number}")
    assert stacked == []
