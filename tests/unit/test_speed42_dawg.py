"""speed42: pymorphy3 reads its dictionary through the DAWG2 C extension (pymorphy3[fast]).

Without it pymorphy3 falls back on dawg_python, a pure-Python reader of the same files: a
word never seen before cost ~180 µs to parse instead of ~56 µs (every distinct word of the
tuned posts, 20,198 of them), and new words are most of a fresh post's morphology. The
extension must read the dictionary exactly as the fallback does: the parser's outputs may
not depend on which one is installed."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language.morphology import analyzer

# words of every kind pymorphy3 reads differently: dictionary words in several cases, names,
# hyphenated words, words only its predictors read (by suffix, by a known prefix), numbers
_WORDS = (
    "лекция",
    "музее",
    "выставку",
    "состоится",
    "пройдёт",
    "Калининградский",
    "зоопарк",
    "КГТУ",
    "мастер-класс",
    "квазиконференциями",
    "робототехнике",
    "152-летию",
    "онлайн-лекция",
    "Рычков",
    "гимназии",
    "учащихся",
    "декабря",
    "дикабря",
    "2026",
    "IT-квест",
    "ёлка",
    "Ёлочка",
    "псковичи",
    "кракозябрами",
)

_READ = """
import json, sys
if sys.argv[1] == "python":
    sys.modules["dawg"] = None  # the C extension hidden: pymorphy3 falls back on dawg_python
import pymorphy3
from pymorphy3 import dawg
morph = pymorphy3.MorphAnalyzer()
words = json.loads(sys.stdin.read())
print(json.dumps([dawg.EXTENSION_AVAILABLE, [repr(morph.parse(w)) for w in words]]))
"""


def _words() -> list[str]:
    """_WORDS and every distinct word of every tenth tuned post (~4,000 words)."""
    texts = [case["text"] for name in TUNED_SETS for case in load(name)][::10]
    found = {w for text in texts for w in re.findall(r"[\w-]+", text)}
    return [*_WORDS, *sorted(found)]


def _read(reader: str, words: list[str]) -> tuple[bool, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _READ, reader],
        input=json.dumps(words),
        capture_output=True,
        text=True,
        check=True,
    )
    extension, readings = json.loads(done.stdout)
    return extension, readings


def test_pymorphy3_reads_its_dictionary_with_the_c_extension() -> None:
    from pymorphy3 import dawg

    assert dawg.EXTENSION_AVAILABLE
    extension = importlib.import_module("dawg")  # DAWG2's module (no type stubs)
    assert isinstance(analyzer().dictionary.words, extension.RecordDAWG)


def test_the_extension_reads_every_word_as_the_pure_python_reader() -> None:
    words = _words()
    fast, with_extension = _read("extension", words)
    slow, in_python = _read("python", words)
    assert fast
    assert not slow
    assert with_extension == in_python
