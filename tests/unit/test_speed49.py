"""speed49's rewrites read exactly as the patterns they replaced: each old pattern is kept
here as the reference and compared on every corpus text (as written, lower-cased, its lines)
and on texts made to break the rewrite."""

from __future__ import annotations

import random
import re

from benchmarks.corpus_score import load
from bot.core.language import place_streets, scripts, start_doubts, tokens
from bot.core.language.intents_asks import invited_later
from bot.core.language.tokens import normalize
from bot.core.text import clean_text

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
        assert invited_later(text) is old, text[:80]
        invited += old
    assert invited > 10  # the corpus exercises both answers


def test_mended_words_is_the_mixed_word_substitution() -> None:
    rng = random.Random(49)
    letters = "acekopxyzABCQабвгдеёжXY _-1.,äßǅ²½٣\n"
    made = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 24))) for _ in range(20_000)]
    texts = [*_texts(), *made, "дeкабря zoom IT-куб e-mail зaвтра", "https://vk.com/club1 зaл"]
    changed = 0
    for text in texts:
        old = scripts._MIXED_WORD.sub(scripts._mended_word, text)
        assert scripts.mended_words(text) == old, text[:80]
        changed += old != text
    assert changed > 100, changed


def _old_mend_scripts(text: str) -> str:
    text = clean_text(text)
    if not (scripts._LATIN.search(text) and scripts._CYRILLIC.search(text)):
        return text
    return scripts._LONE_LETTER.sub(
        lambda m: m.group(0).translate(scripts._TWINS),
        scripts._MIXED_WORD.sub(scripts._mended_word, text),
    )


def test_mend_scripts_reads_as_before() -> None:
    rng = random.Random(7)
    letters = 'ckoyaCKOABxабв12 \n\t.!?(«"„'
    made = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 16))) for _ in range(20_000)]
    texts = [*_texts(), *made, "c 10 до 12", "C 10 до 12 — концерт", "Площадка C 12 декабря"]
    lone = 0
    for text in texts:
        old = _old_mend_scripts(text)
        assert scripts.mend_scripts(text) == old, text[:80]
        lone += scripts._LONE_LETTER.search(text) is not None
    assert lone > 100, lone


def test_the_scanned_ordinal_days_are_the_pattern_s_matches() -> None:
    texts = [text.lower() for text in _texts()]  # (normalize puts the digits in already)
    texts += ["с первого по пятое декабря", "двадцать первого мая", "ёпервого мая", "-первого мая"]
    found = 0
    for text in texts:
        old = [(m.span(), m.groups()) for m in tokens._ORDINAL_DAY_OF_MONTH.finditer(text)]
        new = [(m.span(), m.groups()) for m in tokens._ORDINAL_DAY_OF_MONTH_SCANNED.finditer(text)]
        assert new == old, text[:80]
        found += len(old)
    assert found > 5, found


def test_the_daily_clocks_scanned_are_the_pattern_s_matches() -> None:
    plain = re.compile(start_doubts._DAILY_CLOCK.pattern)
    rng = random.Random(11)
    texts = [normalize(text) for text in _texts()] + ["с 9 до 18, в 10:30", "12.30.1 от 7 до 9:15"]
    found = 0
    for text in texts:
        windows = [(0, len(text))]
        for _ in range(3):
            begin = rng.randrange(len(text) + 1)
            windows.append((begin, rng.randrange(begin, len(text) + 1)))
        for begin, end in windows:
            old = [(m.span(), m.groups()) for m in plain.finditer(text, begin, end)]
            new = [
                (m.span(), m.groups()) for m in start_doubts._DAILY_CLOCK.finditer(text, begin, end)
            ]
            assert new == old, (text[:80], begin, end)
            found += len(old)
    assert found > 100, found


def test_a_foreign_street_kind_is_found_as_the_seventeen_in_checks_find_it() -> None:
    kinds = (*place_streets._FOREIGN_KINDS, *place_streets._FOREIGN_KINDS_MORE)
    made = ["Tallinna mnt. 40", "Brīvības iela 1", "tee", "tee 5", "Gedimino pr. 9", "аl.", ""]
    held = 0
    for text in [*_texts(), *made]:
        old = any(kind in text for kind in kinds)
        assert (place_streets._FOREIGN_KIND.search(text) is not None) is old, text[:80]
        held += old
    assert held > 3, held
