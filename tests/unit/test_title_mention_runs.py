"""title_mention._stem_runs finds what the per-title pattern it replaced found.

The pattern was compiled per title (`re.finditer` of «stem[а-яё-]*» joined by «[^\\S\\n]+»);
compiling its Cyrillic class for every post cost 9 % of a long post's parse. These tests
compare the hand-written scan with that pattern over every real post of the tuned sets and
over random texts built from the same pieces.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.core.language.title_mention import _WORD, _stem, _stem_runs

DATA = Path(__file__).resolve().parents[1] / "data"
HELD_OUT = {"real_posts_eval18.jsonl", "real_posts_eval20.jsonl"}


def _old(low: str, stems: list[str]) -> list[tuple[int, int]]:
    pattern = r"[^\S\n]+".join(re.escape(s) + r"[а-яё-]*" for s in stems)
    return [m.span() for m in re.finditer(pattern, low)]


def _real_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("real_posts_*.jsonl")):
        if path.name in HELD_OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_runs_equal_the_pattern_on_real_posts_for_their_own_word_pairs() -> None:
    texts = _real_texts()
    assert len(texts) > 1000
    compared = 0
    for text in texts:
        low = text.lower().replace("ё", "е")
        words = _WORD.findall(text)[:40]
        for n in (1, 2, 3):
            for i in range(0, max(0, len(words) - n), 7):
                stems = [_stem(w) for w in words[i : i + n]]
                assert list(_stem_runs(low, stems)) == _old(low, stems), (stems, text[:60])
                compared += 1
    assert compared > 10_000


def test_runs_equal_the_pattern_on_random_texts() -> None:
    rng = random.Random(41)
    pieces = [
        "ко",
        "конк",
        "конкурс",
        "-",
        " ",
        "  ",
        "\n",
        "\t",
        "е",
        "а",
        "ы",
        "«",
        "»",
        "1",
        ".",
        "я",
    ]
    for _ in range(20_000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        stems = [rng.choice(["ко", "конк", "е", "а-", "ко-н"]) for _ in range(rng.randint(1, 3))]
        assert list(_stem_runs(low, stems)) == _old(low, stems), (stems, low)
