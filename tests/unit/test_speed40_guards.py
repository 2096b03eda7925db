"""Guards of branch speed40's savings: each reads what the code it replaced read.

- title_phrase._short_form found the words read after a kind phrase by compiling
  `\\s*w1\\s+w2…` for every phrase (a new post brings new words: over one pass of the tuned
  posts 670 of 1,170 calls missed `re`'s cache and compiled); the words are now matched in
  place (title_phrase.words_end): the same end for every text, position and list of
  whitespace-free words, whitespace as `\\s` reads it (str.isspace).

The held-out sets (bench_parser.HELD_OUT) are not read here.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime

import pytest

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import title_phrase, title_score, title_words, tokens
from bot.core.language.intents import parse_message
from bot.core.language.title_phrase import words_end
from bot.core.language.title_words import word_parses

SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
POSTS = [(c["text"], datetime.fromisoformat(c["now"])) for name in TUNED_SETS for c in load(name)]
PIECES = ["игры", "ВСИ", "(", ")", "в", "«", "»", "-", ".", "a", " ", "\n", "\u00a0", "\u2009"]


def _plain_end(text: str, pos: int, words: list[str]) -> int | None:
    """The end as the replaced code read it (one pattern compiled per list of words)."""
    m = re.compile(r"\s*" + r"\s+".join(re.escape(w) for w in words)).match(text, pos)
    return None if m is None else m.end()


def test_every_character_re_reads_as_whitespace_is_whitespace_to_str() -> None:
    blank = re.compile(r"\s")
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if blank.match(c)] == SPACES


def test_words_end_agrees_with_the_compiled_pattern_on_random_texts() -> None:
    rng = random.Random(40)
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES + SPACES[:8]) for _ in range(rng.randint(0, 12)))
        words = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))).split()
        if not words:
            continue
        pos = rng.randint(0, len(text))
        assert words_end(text, pos, words) == _plain_end(text, pos, words), (text, pos, words)


@pytest.mark.parametrize(
    ("text", "pos", "words", "end"),
    [
        ("игры (ВСИ)", 0, ["игры"], 4),
        ("  игры\u00a0 (ВСИ) x", 0, ["игры", "(ВСИ)"], 13),
        ("игры(ВСИ)", 0, ["игры", "(ВСИ)"], None),  # a word needs a space before the next
        ("военно-спортивные игры", 7, ["спортивные", "игры"], 22),
        ("ab", 0, ["a.b"], None),  # a word is read literally, never as a pattern
    ],
)
def test_words_end_reads_the_words_after_a_phrase(
    text: str, pos: int, words: list[str], end: int | None
) -> None:
    assert words_end(text, pos, words) == end


def test_short_form_compiles_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    text = "Всероссийские военно-спортивные игры (ВСИ) пройдут"
    short = title_phrase._short_form(text, (0, 31), ["Всероссийские", "военно-спортивные"], "игры")
    assert short == "ВСИ"
    assert compiled == []


POST = (
    "Приглашаем на этап олимпиады по физике!\n"
    "Всероссийские военно-спортивные игры (ВСИ) пройдут 12 мая. На лекции проекта «Наука» "
    "расскажут о планетах."
)


def _kinds(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in title_words.KIND.finditer(text)]


def test_a_kind_phrase_read_again_is_not_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[tuple[str, int, int, bool]] = []
    fresh = title_phrase._kind_phrase

    def counting(text: str, start: int, end: int, stage: bool) -> str:
        reads.append((text, start, end, stage))
        return fresh(text, start, end, stage)

    monkeypatch.setattr(title_phrase, "_kind_phrase", counting)
    title_phrase._PHRASES.clear()
    spans = _kinds(POST)
    assert len(spans) >= 3
    first = [title_phrase.kind_phrase(POST, *span) for span in spans]
    count = len(reads)
    again = [title_phrase.kind_phrase(POST, *span) for span in spans]
    assert again == first
    assert len(reads) == count  # the second reading of each came from the memo


def test_the_memo_answers_as_a_fresh_reading_and_stays_small() -> None:
    texts = [POST, POST.replace("физике", "химии"), POST.upper(), POST.lower()]
    for text in texts * 20:
        for span in _kinds(text):
            for stage in (True, False):
                assert title_phrase.kind_phrase(text, *span, stage=stage) == (
                    title_phrase._kind_phrase(text, *span, stage)
                )
                assert len(title_phrase._PHRASES) <= title_phrase._KEEP_PHRASES


# --- tokens.Scanner: a pattern whose literals the scan looked for and did not see


def test_a_scanned_text_rules_out_a_pattern_without_another_look(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looks: list[frozenset[str]] = []
    real = tokens.Scanner._holds_one

    def counting(self: tokens.Scanner, unknown: frozenset[str]) -> bool:
        looks.append(frozenset(unknown))
        return real(self, unknown)

    monkeypatch.setattr(tokens.Scanner, "_holds_one", counting)
    museum = re.compile(r"музе[йяюе]")
    lecture = re.compile(r"лекци[яию]")
    list(tokens.Scanner("в музее").find(museum))
    list(tokens.Scanner("в музее").find(lecture))  # both plans made, their literals registered
    sc = tokens.Scanner("встреча во дворе 12 мая")
    assert list(sc.find(museum)) == []  # the first look scans the text for every literal
    looks.clear()
    assert list(sc.find(lecture)) == []
    assert not sc.holds(lecture)
    assert looks == []  # read from the scan: no set built, no second look


def test_the_scanner_rules_out_only_what_cannot_match_on_real_posts() -> None:
    for text, now in POSTS[:40]:
        parse_message(text, now)  # every rule's plan made, its literals registered
    patterns = [plan[0] for plan in list(tokens._PLANS.values()) if plan[1] is not None]
    assert len(patterns) > 50
    for text, _ in POSTS[::5]:
        sc = tokens.Scanner(text)
        for pattern in patterns:
            plain = pattern.search(sc.text) is not None
            assert sc.holds(pattern) == plain, pattern.pattern
            assert bool(list(sc.find(pattern))) <= plain, pattern.pattern


# --- title_score: the first verb of a kind's clause, read once per word


def _took_place_afresh(word: str) -> bool | None:
    """The reading title_score._held_already made of each word before it was remembered."""
    found = word_parses(word)
    if not found or found[0].tag.POS != "VERB":
        return None
    tag = found[0].tag
    return tag.tense == "past" and found[0].normal_form in title_score._TOOK_PLACE


def test_took_place_reads_each_word_as_the_clause_check_did() -> None:
    words = {w for text, _ in POSTS[::3] for w in re.findall(r"[А-ЯЁа-яё-]+", text)}
    words |= {"прошла", "состоялся", "завершилась", "пройдёт", "состоится", "прошли", "Прошла"}
    assert len(words) > 2_000
    for word in sorted(words):
        assert title_score.took_place(word) == _took_place_afresh(word), word
    assert title_score.took_place("прошла") is True
    assert title_score.took_place("пройдёт") is False
    assert title_score.took_place("олимпиада") is None


def test_a_finished_events_future_part_still_scores_below() -> None:
    text = "Олимпиада «Умники и умницы» прошла в апреле, а награждение состоится 19 мая."
    assert title_score._held_already(text, len("Олимпиада"))
    assert not title_score._held_already(text.replace("прошла", "пройдёт"), len("Олимпиада"))
