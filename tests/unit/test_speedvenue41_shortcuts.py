"""The venue step's speed shortcuts (speedvenue41) give the answers of the code they stand in for.

- literal_index.openings / OpeningIndex: a pattern tried only where one of its opening strings
  occurs finds exactly `finditer`'s matches (place_nouns.PLACE's twin over every tuned post and
  line, lower-cased as the twin reads them, and small patterns over made-up texts).
- place_nouns.place_nouns: its matches equal lowered.finditer_i(PLACE) filtered as before,
  and each call gets its own list.
- place_phrases._roles: a word's roles read once equal the readings _phrase used to take.
"""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import literal_index, lowered, place_nouns, place_phrases, places
from bot.core.language.morphology import inflect
from bot.core.language.title_words import word_parses


def _texts() -> list[str]:
    posts = [case["text"] for name in TUNED_SETS for case in load(name)]
    return posts + [line for post in posts for line in post.splitlines() if line.strip()]


TEXTS = _texts()


def test_the_place_twin_is_found_from_its_openings_as_by_finditer() -> None:
    twin = lowered.twin(place_nouns.PLACE)
    assert twin is not None
    strings = literal_index.openings(twin)
    assert strings is not None
    assert "дом" in strings
    assert "л/б" in strings  # "[лс]/[бк]"
    index = literal_index.OpeningIndex(twin, strings)
    hits = 0
    for text in TEXTS:
        low = text.lower()
        expected = [(m.span(), m.group(0)) for m in twin.finditer(low)]
        assert [(m.span(), m.group(0)) for m in index.finditer(low)] == expected, text[:80]
        hits += len(expected)
    assert hits > 5_000, hits


def test_place_nouns_read_as_through_the_lowered_twin() -> None:
    seen = 0
    for text in TEXTS[:3000]:
        expected = [(m.span(), m.group(0)) for m in lowered.finditer_i(place_nouns.PLACE, text)]
        got = [(m.span(), m.group(0)) for m in place_nouns._place_matches(text)]
        assert got == expected, text[:80]
        seen += len(got)
    assert seen > 1_000, seen


def test_each_call_of_place_nouns_gets_its_own_list() -> None:
    text = "Концерт пройдёт в Доме культуры «Октябрь» и в парке Победы."
    first = place_nouns.place_nouns(text)
    assert [m.group(0) for m in first] == ["Доме культуры", "парке"]
    first.clear()
    assert [m.group(0) for m in place_nouns.place_nouns(text)] == ["Доме культуры", "парке"]


@pytest.mark.parametrize(
    "source",
    [
        r"(?<![a-z])(?:ab|ac)d*",
        r"x?yz|q[rs]t",
        r"(?:ab)?cd(?=e)",
        r"\b(?:foo|fa[bc])\w*",
        r"a(?:b|c(?:d|e))f+",
    ],
)
def test_a_small_pattern_is_found_from_its_openings_as_by_finditer(source: str) -> None:
    pattern = re.compile(source)
    strings = literal_index.openings(pattern)
    assert strings is not None
    index = literal_index.OpeningIndex(pattern, strings)
    rng = random.Random(41)
    for _ in range(2_000):
        text = "".join(rng.choice("abcdefqrstxyz _") for _ in range(rng.randint(0, 40)))
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in index.finditer(text)] == expected, text


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"a?"),  # may match empty: opens with nothing
        re.compile(r"\w+"),  # a category first
        re.compile(r"[^a]b"),  # a negated class
        re.compile(r"(?i)abc"),  # case-folded
        re.compile(r"x|\d"),  # one branch unknown
    ],
)
def test_a_pattern_some_match_of_which_opens_unknown_has_no_openings(
    pattern: re.Pattern[str],
) -> None:
    assert literal_index.openings(pattern) is None


def _reference_roles(token: str) -> tuple[bool, str | None, str | None]:
    found = word_parses(token)
    shown: list[str | None] = []
    for noun in (place_phrases._place_noun(token, found), place_phrases._street_name(token, found)):
        if noun is None:
            shown.append(None)
            continue
        target = inflect(noun, {"nomn"}) or noun
        shown.append(target.word.capitalize() if token[:1].isupper() else target.word)
    return place_phrases._adjective(found), shown[0], shown[1]


def test_a_words_roles_are_its_readings_in_a_place_phrase() -> None:
    words = {w for text in TEXTS[:800] for w in re.findall(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*", text)}
    nouns = 0
    for word in sorted(words):
        roles = place_phrases._roles(word)
        assert roles == _reference_roles(word), word
        nouns += roles[1] is not None
    assert nouns > 200, nouns


GATED = [
    places._ORG_PLACE,
    places._ABBREVIATION,
    places._ON_ABBREVIATION,
    places._ORG_ADDRESSED,
    place_nouns.HOST_ABBREVIATION,
]
ABBREVIATIONS = [
    "Турнир пройдёт в КГТУ.",
    "Встреча в СахГУ им. А. П. Чехова",
    "в КубГУ и в ЮУрГУ",
    "на базе МАОУ СОШ № 5",
    "в ЦПКиО «Сокольники»",
    "форум на ВДНХ",
    "турнир проводит ДЮСШ №10 (ул. Советская, 55а)",
    "БФУ им. И. Канта приглашает",
    "в МгУ",  # a capital, a small letter, a capital: still an abbreviation's shape
]


@pytest.mark.parametrize("pattern", GATED)
def test_every_abbreviation_match_holds_the_gate_the_places_check_first(
    pattern: re.Pattern[str],
) -> None:
    matched = 0
    for text in [*TEXTS, *ABBREVIATIONS]:
        for m in pattern.finditer(text):
            assert place_nouns.ABBREVIATED.search(m.group(0)), (pattern.pattern[:40], m.group(0))
            matched += 1
    assert matched >= 5, matched


def test_a_post_without_the_gate_has_no_abbreviation_match() -> None:
    plain = [t for t in TEXTS if not place_nouns.ABBREVIATED.search(t)]
    assert len(plain) > 1_000, len(plain)  # the skip is taken for many posts
    for text in plain:
        assert not any(pattern.search(text) for pattern in GATED), text[:80]


def test_every_school_by_number_holds_a_school_stem_the_places_check_first() -> None:
    matched = skipped = 0
    made_up = ["В 46 ШКОЛЕ пройдёт концерт", "во 2-й гимназии", "в 5 Лицее", "на базе 12 школы"]
    for text in [*TEXTS, *made_up]:
        found = list(places._SCHOOL_BY_NUMBER.finditer(text))
        safe = lowered.lowered(text)
        if safe is not None and not any(stem in safe for stem in places._SCHOOL_STEMS):
            assert not found, text[:80]
            skipped += 1
        for m in found:
            assert any(stem in m.group(0).lower() for stem in places._SCHOOL_STEMS), m.group(0)
            matched += 1
    assert matched >= 5, matched  # the made-up four and the corpus's own
    assert skipped > 1_000, skipped
