"""speed82: searches that read a whole post or sentence for what only a few places can hold.

* compound_dashes: the spaced-dash gate (`_GATE`, entered at every lower-case letter of a post)
  is found from the dashes (`_spaced_dash`), its left half read back over the spaces.
* title_quoted_subject: the word before a quote (`_WORD_BEFORE`, a `$`-anchored word) and a
  clause's opening before it (`_OPENING`) are searched from the window's last words
  (tails.last_words_start), not from the sentence's start.
* clause_numbers: the clause markers are searched only in a post with a dotted number (a
  Scanner gate `\\d[.]\\d`).
* title_heading: a clause's words before a quote (`_CLAUSE_WORDS`, a class run to `$`) are
  searched from the window's last mark (tails.after_last_mark).
* title_stages: «в N этапа» (`_STAGES_CORE`) is looked for before `_IN_STAGES`' lazy run.

The tests put a spy in place of the module's pattern (the clause test reads the Scanner's
gate): before the change it saw the whole text searched (the tests fail); the answers are the
plain patterns' (the dump of every post is identical, tests/data/speed82.md; here on sentences
written for each rule and on random texts).
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import (
    clause_numbers,
    compound_dashes,
    title_heading,
    title_quoted_subject,
    title_stages,
    tokens,
)
from bot.core.language.clause_numbers import take_clause_numbers
from bot.core.language.tails import after_last_mark, last_words_start
from bot.core.language.tokens import Scanner

POSTS = [case["text"] for name in TUNED_SETS for case in load(name)]


class _Spy:
    """A compiled pattern that records each call of its methods with its arguments."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)

        def recorded(*args: Any) -> Any:
            self.calls.append((name, args))
            return method(*args)

        return recorded


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


# ---- compound_dashes: the spaced-dash gate found from its dash


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Встреча в школе - лицее № 8 в 15:00.", "Встреча в школе-лицее № 8 в 15:00."),
        ("Экскурсия в музее — заповеднике «Кижи».", "Экскурсия в музее-заповеднике «Кижи»."),
        ("Встреча в школе - начало в 15:00", "Встреча в школе - начало в 15:00"),
        ("Встреча в школе\n- лицее № 8", "Встреча в школе\n- лицее № 8"),  # a line's dash
        ("Встреча в школе-лицее № 8", "Встреча в школе-лицее № 8"),  # no spaces: nothing to do
    ],
)
def test_place_compounds_read_the_gate_from_the_dashes(
    monkeypatch: pytest.MonkeyPatch, text: str, joined: str
) -> None:
    spy = _Spy(compound_dashes._GATE)
    monkeypatch.setattr(compound_dashes, "_GATE", spy)
    assert compound_dashes.joined_place_compounds(text) == joined
    assert compound_dashes.appositions(text) == []
    assert spy.calls == []  # before: _GATE.search over the whole text


def test_the_spaced_dash_is_the_gates_answer() -> None:
    gate = compound_dashes._GATE
    held = 0
    for text in POSTS:
        assert compound_dashes._spaced_dash(text) == (gate.search(text) is not None), text
        held += compound_dashes._spaced_dash(text)
    pieces = ["а", "я", "ё", "Б", "x", "-", "–", "—", " ", "  ", "\n", "\t", "\u00a0", ",", "ѐ"]
    for text in _random_texts(pieces, 50_000, 82):
        assert compound_dashes._spaced_dash(text) == (gate.search(text) is not None), text
        held += compound_dashes._spaced_dash(text)
    assert held > 100, held


# ---- title_quoted_subject: the words before a quote searched from the window's last words


_HELD = [
    ("В субботу школа проведёт традиционный «Весёлый старт» для 5-х классов.", "«Весёлый старт»"),
    ("12 декабря «Битва хоров» пройдёт в актовом зале.", "«Битва хоров»"),
    (
        "Завтра, 5 декабря, традиционный «День самоуправления» пройдёт в школе.",
        "«День самоуправления»",
    ),
    ("В этом году наш традиционный «День самоуправления» прошёл в школе.", None),
    ("Учителя\tпроведут   ежегодную  «Ярмарку идей»\n", "«Ярмарка идей»"),
    ("Мы очень ждём «Зарницу» в этом году.", None),
]


@pytest.mark.parametrize(("text", "held"), _HELD)
def test_the_word_before_a_quote_is_searched_from_the_last_words(
    monkeypatch: pytest.MonkeyPatch, text: str, held: str | None
) -> None:
    spies = {}
    for name in ("_WORD_BEFORE", "_OPENING"):
        spies[name] = _Spy(getattr(title_quoted_subject, name))
        monkeypatch.setattr(title_quoted_subject, name, spies[name])
    assert title_quoted_subject.held_quote(text, (0, len(text))) == held
    for name, words in (("_WORD_BEFORE", 1), ("_OPENING", 2)):
        for method, (_, pos, end) in spies[name].calls:
            assert method == "search"
            assert pos == last_words_start(text, 0, end, words), (name, pos, end)
    # before: every search from the sentence's start (0)
    assert any(pos > 0 for spy in spies.values() for _, (_, pos, _) in spy.calls)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [(title_quoted_subject._WORD_BEFORE, 1), (title_quoted_subject._OPENING, 2)],
)
def test_a_quotes_tail_searched_from_its_last_words_finds_the_same(
    pattern: re.Pattern[str], words: int
) -> None:
    def same(text: str, low: int, at: int) -> bool:
        full = pattern.search(text, low, at)
        tail = pattern.search(text, last_words_start(text, low, at, words), at)
        if full is None or tail is None:
            return full is tail
        return full.span() == tail.span() and full.groups() == tail.groups()

    found = 0
    for text in POSTS[:600]:
        for m in re.finditer(r"[«\"“]", text):
            low = max(0, text.rfind("\n", 0, m.start()))
            assert same(text, low, m.start()), text
            found += pattern.search(text, low, m.start()) is not None
    pieces = ["а", "Б", "ого", "на", "-", " ", "  ", "\t", "\n", ".", ",", "—", "5", "12", "\u00a0"]
    for text in _random_texts(pieces, 20_000, 7):
        for at in range(len(text) + 1):
            assert same(text, 0, at), (text, at)
            assert same(text, min(1, at), at), (text, at)
            found += pattern.search(text, 0, at) is not None
    assert found > 100, found


# ---- clause_numbers: the markers searched only in a post with a dotted number


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Согласно п. 3.2 положения, конкурс пройдёт 12 декабря.", "3.2"),
        ("Участники (пункты 2.1 и 2.3) приходят в 10:00.", "2.1 и 2.3"),
        ("Согласно п. 3 положения и статье 5, конкурс пройдёт 12 декабря.", ""),
        ("Глава района откроет праздник в 12:30 в парке.", ""),
    ],
)
def test_clause_markers_are_searched_only_with_a_dotted_number(text: str, taken: str) -> None:
    sc = Scanner(text)
    take_clause_numbers(sc)
    assert "".join(ch for ch, t in zip(sc.text, sc.taken, strict=True) if t) == taken.replace(
        " и ", ""
    )
    (dotted,) = tokens._GATES[clause_numbers._MARKED]  # before: no gate (KeyError)
    assert dotted.pattern == r"\d[.]\d"
    gate_key = tokens._PLANS[id(clause_numbers._MARKED)][2][0][0]
    assert sc._gates[gate_key] is bool(taken)  # False: the markers were never searched


# ---- title_heading: a clause's words before a quote searched from the clause's last mark


def test_a_clause_before_a_quote_is_searched_from_its_last_mark(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Итоги года. Всероссийская лыжная гонка «Лыжня России» состоится в феврале."
    spy = _Spy(title_heading._CLAUSE_WORDS)
    monkeypatch.setattr(title_heading, "_CLAUSE_WORDS", spy)
    at = text.index("«")
    assert title_heading.subject_head(text, at) == (text.index("гонка"), text.index(" «"))
    # before: searched from the window's start (0), the class run to its end at each position
    assert spy.calls == [("search", (text, text.index(" Всероссийская"), at))]


def test_a_tail_class_searched_from_its_last_mark_finds_the_same() -> None:
    pattern, marks = title_heading._CLAUSE_WORDS, title_heading._CLAUSE_MARKS
    assert set(marks) == set('.!?;:\n«»"')

    def same(text: str, low: int, at: int) -> bool:
        full = pattern.search(text, low, at)
        tail = pattern.search(text, after_last_mark(text, low, at, marks), at)
        return (full and full.span()) == (tail and tail.span())

    found = 0
    for text in POSTS[:600]:
        for m in re.finditer(r"[«\"“]", text):
            assert same(text, max(0, m.start() - 120), m.start()), text
            found += pattern.search(text, max(0, m.start() - 120), m.start()) is not None
    pieces = ["а", "Б", " ", ".", "!", "?", ";", ":", "\n", "«", "»", '"', "-", ",", "слово "]
    for text in _random_texts(pieces, 5_000, 11):
        for at in range(len(text) + 1):
            for low in (0, max(0, at - 5)):
                assert same(text, low, at), (text, low, at)
                found += pattern.search(text, low, at) is not None
    assert found > 100, found


# ---- title_stages: «в N этапа» looked for before the sentence's lazy run


@pytest.mark.parametrize(
    ("text", "held", "searched"),
    [
        (
            "Олимпиада по истории края пройдёт в три тура. Итоги 20 мая.",
            ("олимпиады по истории края", "олимпиады"),
            True,
        ),
        ("Второй этап олимпиады пройдёт 5 декабря в школе.", None, False),
        ("Турнир пройдёт в 2 этапах, финал в мае.", None, False),
        (
            "Соревнования пройдут\nв 2 ЭТАПА: отборочный тур и финал.",
            ("соревнований", "соревнований"),
            True,
        ),
    ],
)
def test_stages_are_searched_only_where_a_count_of_them_is_told(
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    held: tuple[str, str] | None,
    searched: bool,
) -> None:
    spy = _Spy(title_stages._IN_STAGES)
    monkeypatch.setattr(title_stages, "_IN_STAGES", spy)
    assert title_stages.held_in_stages(text) == held
    assert bool(spy.calls) is searched  # before: finditer over every post with «этап», «тур»


def test_every_stages_match_holds_its_core() -> None:
    core, whole = title_stages._STAGES_CORE, title_stages._IN_STAGES
    found = 0
    pieces = ["в", "В", " ", "\n", ".", "два", "3", "этапа", "ТУРА", "туров", "этапах", "ы", "!"]
    for text in [*POSTS, *_random_texts(pieces, 30_000, 5)]:
        if core.search(text) is None:
            assert whole.search(text) is None, text
        found += whole.search(text) is not None
    assert found > 20, found
