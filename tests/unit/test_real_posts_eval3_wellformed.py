"""The held-out set tests/data/real_posts_eval3.jsonl is well formed and independent.

This checks the file, not the parser: every line carries the keys the scorer and the
corpus README define, its dates parse and are consistent (`now` before the event, an end
not before its start, a deadline not after the start), the title's key words are short
enough to fit a concise card title, and no page is taken from a source of any earlier
real-post set (eval2 included), so the set stays independent of everything the parser was
tuned or measured on. There is deliberately no score floor here: the first-run figures are
recorded in tests/data/README.md.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import pytest

from benchmarks.corpus_score import MAX_TITLE, load

EVAL3 = "real_posts_eval3.jsonl"
EARLIER_SETS = (
    "real_posts_dev.jsonl",
    "real_posts_more.jsonl",
    "real_posts_heldout.jsonl",
    "real_posts_fresh.jsonl",
    "real_posts_eval.jsonl",
    "real_posts_eval2.jsonl",
)
REQUIRED = ("text", "now", "start", "end", "title_contains", "origin", "intent")
KNOWN = {
    *REQUIRED,
    "alt",
    "venue_contains",
    "ages",
    "deadline",
    "sessions",
    "online",
    "source",
}
# A key word of the title is a word or two of the event's name, never a sentence.
MAX_NEEDLE = 40
# A Russian phone number as pages print them: +7 / 8 and ten digits, maybe grouped.
PHONE = re.compile(r"(?:\+7|\b8)[\s(-]*\d{3,4}[\s)-]*\d{2,3}[\s-]*\d{2}[\s-]*\d{2}\b")


def _stamp(value: str) -> datetime:
    """A `YYYY-MM-DD` (all-day, read as midnight) or `YYYY-MM-DDTHH:MM` as a datetime."""
    if "T" in value:
        assert len(value) == 16, value
        return datetime.fromisoformat(value)
    return datetime.combine(date.fromisoformat(value), datetime.min.time())


def _needles(value: Any) -> list[str]:
    assert isinstance(value, str | list), value
    needles = value if isinstance(value, list) else [value]
    assert needles, value
    assert all(isinstance(n, str) and n.strip() for n in needles), value
    return needles


def _pairs(case: dict[str, Any]) -> list[tuple[str, str | None]]:
    pairs = [(case["start"], case["end"])]
    for pair in case.get("alt", []):
        assert isinstance(pair, list), pair
        assert len(pair) == 2, pair
        pairs.append((pair[0], pair[1]))
    return pairs


CASES = load(EVAL3)


def test_the_set_is_large_enough_and_mixed() -> None:
    origins = [case["origin"] for case in CASES]
    assert origins.count("page") >= 30
    assert 8 <= origins.count("written") <= 10


@pytest.mark.parametrize("case", CASES, ids=[f"line{i}" for i in range(1, len(CASES) + 1)])
def test_every_line_is_well_formed(case: dict[str, Any]) -> None:
    assert set(REQUIRED) <= set(case), sorted(set(REQUIRED) - set(case))
    assert set(case) <= KNOWN, sorted(set(case) - KNOWN)
    assert case["intent"] == "event"
    assert case["text"]
    assert case["text"].strip() == case["text"]
    if case["origin"] == "page":
        assert case["source"].startswith("http"), case.get("source")
    else:
        assert case["origin"] == "written"
        assert "source" not in case
    now = datetime.fromisoformat(case["now"])
    for start, end in _pairs(case):
        begins = _stamp(start)
        assert begins.date() > now.date() or begins > now, (case["now"], start)
        if end is not None:
            assert _stamp(end) >= begins, (start, end)
    if "deadline" in case:
        deadline = date.fromisoformat(case["deadline"])
        assert deadline <= _stamp(case["start"]).date(), case["deadline"]
    for needle in _needles(case["title_contains"]):
        assert len(needle) <= MAX_NEEDLE < MAX_TITLE, needle
    if "venue_contains" in case:
        _needles(case["venue_contains"])
    if "ages" in case:
        low, high = case["ages"]
        assert isinstance(low, int)
        assert isinstance(high, int)
        assert 0 < low <= high < 100
    if "sessions" in case:
        assert isinstance(case["sessions"], int)
        assert case["sessions"] >= 2
    if "online" in case:
        assert case["online"].startswith("https://")
        assert case["online"] in case["text"]


def test_no_page_comes_from_a_source_of_the_earlier_sets() -> None:
    earlier = {case.get("source") for name in EARLIER_SETS for case in load(name)}
    sources = [case["source"] for case in CASES if case["origin"] == "page"]
    assert len(set(sources)) == len(sources)
    assert not earlier & set(sources)


def test_no_text_is_taken_from_an_earlier_set() -> None:
    # A page reached under another address would still be the same post.
    earlier = {case["text"][:120] for name in EARLIER_SETS for case in load(name)}
    assert not earlier & {case["text"][:120] for case in CASES}


def test_texts_keep_no_e_mail_address_or_phone_number() -> None:
    # Personal contacts were removed when the pages were adapted.
    for case in CASES:
        words = case["text"].split()
        assert not [w for w in words if "@" in w and "." in w.split("@")[-1]], case["text"][:60]
        assert not PHONE.search(case["text"]), case["text"][:60]
