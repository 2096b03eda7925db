"""Gated patterns (bot/core/language/gated.py) give the results of the pattern they wrap:
every gated pattern of the parser over corpus posts and their lines, and small cases made to
probe each method, positions and the literal memo."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import bot.core.language as language
from benchmarks.corpus_score import load
from bot.core.language.gated import LONG_TEXT, Gated, gated, holds_any

CORPORA = ("real_posts_dev.jsonl", "real_posts_fresh.jsonl", "events_dev.jsonl")


def _parser_gated() -> list[Gated]:
    found: list[Gated] = []
    for info in pkgutil.iter_modules(language.__path__):
        module = importlib.import_module(f"{language.__name__}.{info.name}")
        found.extend(v for v in vars(module).values() if isinstance(v, Gated))
    return found


def _texts() -> list[str]:
    posts = [case["text"] for name in CORPORA for case in load(name)]
    lines = [line for post in posts for line in post.splitlines() if line.strip()]
    return posts + [p.lower() for p in posts] + lines


def _seen(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups())


def test_every_gated_pattern_of_the_parser_finds_what_its_pattern_finds() -> None:
    patterns = _parser_gated()
    assert len(patterns) >= 20  # the module-level rules wrapped where they are compiled
    assert all(g.literals != ("",) for g in patterns)  # each has a real literal test
    texts = _texts()
    for g in patterns:
        for text in texts:
            plain = [_seen(m) for m in g.compiled.finditer(text)]
            assert [_seen(m) for m in g.finditer(text)] == plain, (g.pattern, text[:80])
            assert _seen(g.search(text)) == _seen(g.compiled.search(text))
            middle = len(text) // 2
            assert _seen(g.search(text, 3, middle)) == _seen(g.compiled.search(text, 3, middle))
            assert _seen(g.match(text, middle)) == _seen(g.compiled.match(text, middle))


@pytest.mark.parametrize(
    "text",
    [
        "Неделя науки: 5 декабря",
        "в ночь с пятницы",
        "никаких слов дней",  # "дней" is no "день": no match
        "",
        "День" * 50,  # case-sensitive: "День" is not "день"
        "x" * LONG_TEXT + " месячник",  # a long text: its literals are remembered
    ],
)
def test_each_method_agrees_with_the_pattern(text: str) -> None:
    compiled = re.compile(r"(день|недел|ночь|декад|месячник)")
    g = gated(compiled)
    assert set(g.literals) == {"день", "недел", "ночь", "декад", "месячник"}
    for _ in range(2):  # the second time from the memo
        assert _seen(g.search(text)) == _seen(compiled.search(text))
        assert _seen(g.match(text)) == _seen(compiled.match(text))
        assert _seen(g.fullmatch(text)) == _seen(compiled.fullmatch(text))
        assert [_seen(m) for m in g.finditer(text, 1)] == [
            _seen(m) for m in compiled.finditer(text, 1)
        ]
        assert g.findall(text) == compiled.findall(text)
        assert g.sub("*", text) == compiled.sub("*", text)
        assert g.subn(lambda m: m.group(0).upper(), text) == compiled.subn(
            lambda m: m.group(0).upper(), text
        )
        assert g.split(text) == compiled.split(text)


def test_patterns_without_literals_are_always_searched() -> None:
    for source, flags in ((r"\d+", 0), (r"до\s+\d", 0), ("день", re.IGNORECASE)):
        g = gated(re.compile(source, flags))
        assert g.literals == ("",)
        assert _seen(g.search("ДЕНЬ до 5")) == _seen(g.compiled.search("ДЕНЬ до 5"))


def test_a_required_literal_is_read_as_written_not_lower_cased() -> None:
    g = gated(re.compile(r"\bМузе[йя]\s+\w+"))
    assert g.literals == ("Музе",)
    assert g.search("музей истории") is None
    assert g.search("Музей истории") is not None


def test_the_memo_tells_texts_apart() -> None:
    long_with = "а" * LONG_TEXT + " декада"
    long_without = "а" * LONG_TEXT + " декабря"
    assert holds_any(long_with, ("декад",))
    assert not holds_any(long_without, ("декад",))
    assert holds_any(long_with, ("декад",))
