"""Guards and shortened searches taken for speed find what the full searches find.

- tails.last_words_start: a `$`-anchored pattern of at most N words, searched in a window from
  the window's last N words, gives the match the search of the whole window gives (the title
  rules' _GOVERNOR, _AIM, _NEGATED and _LAST_WORD), on every word start of the real posts and
  on random texts of letters, endings, spaces, line breaks and punctuation.
- places._label: `_LABEL` searched from the first of its opening words is its full search.
- scripts.mend_scripts: only words holding a Latin look-alike are handed to the mender, and
  the text comes out as when every word was.
- title_words.is_kind_word and title_score._is_weak remember the patterns' answers per word.
- place_phrases._TAKES_PLACE, place_streets._BRACKETED and _ON_STREET, places._ABBREVIATION
  and _ORG_ADDRESSED, compiled with a
  first-character scan, find what the plain patterns find; weekday_abbreviations' _CLIPPED
  searched on the lower case (lowered.search_i) finds what it finds in the text.
- opening_hours' sign-up and contact words, searched once over the whole post with a
  first-character scan and tries, find what the plain patterns find.
- post._TEMPORAL_WORDS, _ONSET, _REPORTED and stamps._TEMPERATURE, compiled with a
  first-character scan, find what the plain patterns find.
- post.temporal_view finds the digits of a post once (runs, bisected per sentence) instead of
  searching each sentence: it keeps the same sentences.
- title_score.score_bound, by which the title skips candidates that cannot beat the best so
  far, is never below score_at, for every kind word and the opening's words of a quarter of
  the real posts and of small cases, with a news headline and an event sentence around it or
  not, in a programme or not.
- lowered.finditer_i remembers the matches of the last few (pattern, text) pairs: asked again,
  alternately with other texts and patterns, it gives what `pattern.finditer` gives.
- title_words.inside_quotes bisects the quoted spans: the same answer as testing every span,
  for every offset of the real posts and of texts of quotes, letters and spaces.
"""

from __future__ import annotations

import random
import re
from datetime import datetime

import pytest

from benchmarks.bench_parser import TUNED_SETS
from benchmarks.corpus_score import load
from bot.core.language import (
    opening_hours,
    place_nouns,
    place_phrases,
    place_streets,
    places,
    post,
    post_other_events,
    post_scoring,
    scripts,
    stamps,
    title_phrase,
    title_score,
    title_words,
    weekday_abbreviations,
)
from bot.core.language.lowered import finditer_i, search_i
from bot.core.language.post_facts import PostFacts
from bot.core.language.sentences import sentence_across_wraps
from bot.core.language.tails import last_words_start
from bot.core.language.tokens import Scanner, normalize

POSTS = [case["text"] for name in TUNED_SETS for case in load(name)]

# (pattern, at most how many words a match spans, the window's length before the position)
ANCHORED = [
    (title_score._GOVERNOR, 3, 60),
    (title_score._AIM, 2, 40),
    (title_words._NEGATED, 4, 40),
    (title_phrase._LAST_WORD, 1, 40),
]
PIECES = ["а", "Б", "ого", "их", "на", "не", "в", "во", "-", " ", "  ", "\n", ",", "(", "«"]
PIECES.append("\u00a0")


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


def _random_texts(count: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16))) for _ in range(count)]


@pytest.mark.parametrize(("pattern", "words", "reach"), ANCHORED)
def test_a_tail_pattern_searched_from_its_last_words_finds_the_same(
    pattern: re.Pattern[str], words: int, reach: int
) -> None:
    tried = found = 0
    for text in POSTS:
        for m in re.finditer(r"(?<=\s)\w", text):
            at, low = m.start(), max(0, m.start() - reach)
            full = pattern.search(text, low, at)
            assert _same(full, pattern.search(text, last_words_start(text, low, at, words), at))
            tried += 1
            found += full is not None
    for text in _random_texts(20_000):
        for at in range(len(text) + 1):
            full = pattern.search(text, 0, at)
            assert _same(full, pattern.search(text, last_words_start(text, 0, at, words), at))
            found += full is not None
    assert tried > 10_000, tried
    assert found > 100, found


def test_last_words_start_counts_whitespace_separated_words() -> None:
    text = "xx один  два\nтри "
    assert last_words_start(text, 2, len(text), 2) == text.index("  два")
    assert last_words_start(text, 2, len(text), 3) == 2  # only three words: the window's start
    assert last_words_start(text, 2, len(text) - 1, 1) == text.index("\nтри")


LABELS = [
    "Место проведения: КГТУ, ул. Ленина, 8.",
    "Спектакль. Место: сквер у фонтана",
    "Где? Во дворе клуба",
    "Адрес — пр. Мира, 5",
    "ЛОКАЦИЯ: парк",
    "Местом проведения станет библиотека им. Гайдара.",
    "Площадка: Дом молодёжи",
    "Приходите в зал, где будет интересно",  # "где" without a colon: no label
    "Место \u1c82 проведения: зал",  # a character whose case re reads its own way
]


def test_the_label_searched_from_its_first_word_is_the_full_search() -> None:
    found = 0
    for text in [*POSTS, *LABELS]:
        full = places._LABEL.search(text)
        assert _same(full, places._label(text)), text[:80]
        found += full is not None
    assert found > 20, found


def test_mending_only_words_with_a_look_alike_changes_what_mending_every_word_does() -> None:
    def every_word(text: str) -> str:
        return scripts._WORD.sub(scripts._mended_word, text)

    rng = random.Random(3)
    letters = "acekopxyzABCQабвгдеёжXY _-1.,äßǅ"
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 20))) for _ in range(20_000)]
    changed = 0
    for text in [*POSTS, *texts, "дeкабря zoom IT-куб e-mail зaвтра"]:
        mended = scripts._MIXED_WORD.sub(scripts._mended_word, text)
        assert mended == every_word(text), text[:80]
        changed += mended != text
    assert changed > 100, changed


def test_remembered_kind_and_weak_words_are_the_patterns_answers() -> None:
    words = {m.group(0) for text in POSTS for m in re.finditer(r"[А-ЯЁа-яё-]+", text)}
    kinds = weak = 0
    for word in sorted(words):
        assert title_words.is_kind_word(word) == (title_words.KIND.fullmatch(word) is not None)
        assert title_score._is_weak(word) == (title_score.WEAK.match(word) is not None)
        kinds += title_words.is_kind_word(word)
        weak += title_score._is_weak(word)
    assert kinds > 100, kinds
    assert weak > 10, weak


def _reference_view(sc: Scanner, facts: PostFacts) -> str:
    rest = sc.remainder()
    kept: list[str] = []
    covered = -1  # a kept sentence goes on over the hard wraps after it (parse78)
    for begin, end in facts.sentences:
        if end <= covered:
            continue
        if (begin, end) == facts.event_sentence or any(
            p.search(sc.text, begin, end) for p in post._TEMPORAL_WORDS
        ):
            if sc.text[end : end + 1] == "\n":
                end = max(end, sentence_across_wraps(begin, sc.text, sc.original)[1])
            # quotations blanked (starts11), wraps as spaces, as the view
            kept.append(post._unprotected(sc, rest, begin, end).replace("\n", " "))
            covered = end
    return ".\n".join(kept)


def test_the_temporal_view_keeps_the_sentences_a_digit_search_per_sentence_keeps() -> None:
    now = datetime.fromisoformat("2026-12-01T10:00")  # the naive wall clock the parser gets
    views = 0
    for text in POSTS:
        sc = Scanner(text)
        facts = post.prepare_post(sc, now)
        assert post.temporal_view(sc, facts).original == _reference_view(sc, facts), text[:80]
        views += bool(facts.sentences)
    assert views > 500, views


@pytest.mark.parametrize(
    "pattern",
    [
        place_phrases._TAKES_PLACE,
        place_streets._BRACKETED,
        place_streets._ON_STREET,
        places._ABBREVIATION,
        places._ORG_ADDRESSED,
    ],
)
def test_a_pattern_given_a_first_character_scan_finds_what_it_found(
    pattern: re.Pattern[str],
) -> None:
    plain = re.compile(pattern.pattern, pattern.flags)
    assert plain is not pattern  # the scan is really there
    texts = [*POSTS, *(t.lower() for t in POSTS), "(Ленина, 8)", "на Малой Грузинской, 15"]
    found = 0
    for text in texts:
        spans = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert spans == [(m.span(), m.groups()) for m in plain.finditer(text)], text[:80]
        found += len(spans)
    assert found >= 3, found  # each pattern matched some text


def test_clipped_weekdays_are_found_on_the_lower_case_as_in_the_text() -> None:
    clipped = weekday_abbreviations._CLIPPED
    texts = [*POSTS, "Встреча в пятн в 18.30", "К ПТН. готово", "во вт", "С пн"]
    found = 0
    for text in texts:
        full = clipped.search(text)
        assert _same(full, search_i(clipped, text)), text[:80]
        found += full is not None
    assert found >= 3, found


@pytest.mark.parametrize("pattern", [opening_hours._SIGNUP, opening_hours._CONTACT])
def test_the_whole_post_signup_search_finds_what_the_plain_pattern_finds(
    pattern: re.Pattern[str],
) -> None:
    twin, fast = opening_hours._WHOLE_POST[id(pattern)]
    assert twin is pattern
    assert fast is not pattern  # a faster twin is really used
    texts = [*POSTS, *(normalize(t) for t in POSTS), "Справки по тел. 8-911", "регистрация с 9"]
    found = 0
    for text in texts:
        plain, quick = pattern.search(text), fast.search(text)
        assert (plain and (plain.span(), plain.group(0))) == (
            quick and (quick.span(), quick.group(0))
        )
        found += plain is not None
    assert found > 10


def test_post_words_and_the_weather_head_with_a_first_character_scan_find_the_same() -> None:
    patterns = [
        *post._TEMPORAL_WORDS[1:],
        stamps._TEMPERATURE,
        post_other_events.ONSET,
        post_scoring.REPORTED,
    ]
    texts = [*POSTS, *(normalize(t) for t in POSTS), "сб, 20 апр.\n08:20\n+12 °С, ясно"]
    found = 0
    for pattern in patterns:
        plain = re.compile(pattern.pattern, pattern.flags)
        assert plain is not pattern  # the scan is really there
        for text in texts:
            spans = [m.span() for m in pattern.finditer(text)]
            assert spans == [m.span() for m in plain.finditer(text)], text[:80]
            found += len(spans)
    assert found > 100


# the kinds' headings, dated sentences and quoted names the bound's bonuses are about
BOUND_CASES = [
    "Лекция «Космос» пройдёт 12 декабря.",
    "Фестиваль науки\nДвенадцатый Фестиваль науки пройдёт в КГТУ. В программе: лекции, "
    "мастер-классы, экскурсии.",
    "С праздником весны! Концерт, спектакль называется «Репка», выставка, проект «Мы».",
    "В 13:00 – лекция, в 15:00 – мастер-класс. Мероприятие под названием «Зима» — 5 мая.",
    "На форуме «Россия» представят выставку. Турнир на Кубок директора; не на экскурсию.",
]


def test_the_score_bound_is_never_below_the_score() -> None:
    tried = 0
    for number, text in enumerate([*BOUND_CASES, *POSTS[::4]]):
        programme = number % 2 == 1
        # every kind word (what _offer_kinds bounds) and the opening's words (the other
        # candidates are names and phrases, scored where they start)
        matches = [*title_words.KIND.finditer(text), *re.finditer(r"[А-ЯЁа-яё]+", text[:300])]
        size = len(text)
        frames = [((0, 0), None), ((0, min(size, 80)), (size // 3, size // 2))]
        for m in matches:
            for headline, sentence in frames:
                score = title_score.score_at(text, m, sentence, programme, headline)
                assert title_score.score_bound(text, m, sentence, headline) >= score, (text, m)
                tried += 1
    assert tried > 10_000, tried


def test_remembered_case_blind_matches_are_the_plain_ones() -> None:
    patterns = [title_words.KIND, place_nouns.PLACE]
    texts = [*POSTS[::7], "Лекция в МУЗЕЕ", "лекция в музее"]
    for _ in range(2):  # the second round reads what the first remembered (or pushed out)
        for text in texts:
            for pattern in patterns:
                plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
                first, again = finditer_i(pattern, text), finditer_i(pattern, text)
                assert [(m.span(), m.groups()) for m in first] == plain
                assert [(m.span(), m.groups()) for m in again] == plain  # its own iterator


def test_inside_quotes_bisected_is_every_span_tested() -> None:
    rng = random.Random(11)
    marks = ["«", "»", '"', "“", "”", "„", "а", " ", "Б", "\n"]
    made = ["".join(rng.choice(marks) for _ in range(rng.randint(0, 20))) for _ in range(400)]
    tried = 0
    for text in [*POSTS[::5], *made]:
        spans = [m.span() for m in title_words.QUOTE.finditer(text)]
        inside = title_words.inside_quotes(text)
        for pos in range(-1, len(text) + 2):
            assert inside(pos) == any(a < pos < b for a, b in spans), (pos, text)
            tried += 1
    assert tried > 50_000, tried
