"""speed69: pymorphy3 tags read once per process (tag_records)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pymorphy3.tagset import OpencorporaTag

from bot.core.language.morphology import analyzer, inflect, parses
from bot.core.language.tag_records import CATEGORIES, TagRecord, tag_record, with_record

WORDS = ["музея", "стали", "Печь", "выпускной", "2026", "IT", "—", "из-за", "медиатекарь"]
CORE = Path(__file__).resolve().parents[2] / "bot" / "core"


@pytest.mark.parametrize("word", WORDS)
def test_a_record_answers_as_the_library_tag(word: str) -> None:
    for mine, theirs in zip(parses(word), analyzer().parse(word.lower()), strict=True):
        assert isinstance(mine.tag, TagRecord)
        assert mine.tag == theirs.tag
        assert hash(mine.tag) == hash(theirs.tag)
        assert str(mine.tag) == str(theirs.tag)
        assert mine.tag.grammemes == theirs.tag.grammemes
        for name in CATEGORIES:
            assert getattr(mine.tag, name) == getattr(theirs.tag, name)
        for grammeme in ("NOUN", "VERB", "gent", "plur", "Name", "LATN"):
            assert (grammeme in mine.tag) == (grammeme in theirs.tag)
        assert ({"NOUN", "sing"} in mine.tag) == ({"NOUN", "sing"} in theirs.tag)


def test_one_record_per_tag() -> None:
    first, second = parses("музея")[0].tag, parses("театра")[0].tag
    assert first is second  # "NOUN,inan,masc sing,gent" both
    assert tag_record(first) is first


def test_unknown_grammemes_still_raise() -> None:
    tag = parses("музея")[0].tag
    with pytest.raises(ValueError, match="unknown"):
        _ = "foo" in tag
    with pytest.raises(ValueError, match="unknown"):
        _ = {"NOUN", "foo"} in tag


def test_inflected_readings_carry_records() -> None:
    found = inflect(parses("музея")[0], {"nomn"})
    assert found.word == "музей"
    assert isinstance(found.tag, TagRecord)
    assert with_record(None) is None


# a category compared with a literal: `.POS == "NOUN"`, `.case in ("gent", "loct")`
_COMPARED = re.compile(
    rf"\.({'|'.join(CATEGORIES)})\s*(?:==|!=|(?:not\s+)?in)\s*(\"\w+\"|\([^)]*\))"
)


def test_every_grammeme_compared_in_the_parser_is_of_its_category() -> None:
    """The records' categories are plain strings (pymorphy3's TypedGrammeme raised on a
    misspelt grammeme when compared): the same check, made once over the source."""
    analyzer()
    allowed = {
        "POS": OpencorporaTag.PARTS_OF_SPEECH,
        "animacy": OpencorporaTag.ANIMACY,
        "aspect": OpencorporaTag.ASPECTS,
        "case": OpencorporaTag.CASES,
        "gender": OpencorporaTag.GENDERS,
        "involvement": OpencorporaTag.INVOLVEMENT,
        "mood": OpencorporaTag.MOODS,
        "number": OpencorporaTag.NUMBERS,
        "person": OpencorporaTag.PERSONS,
        "tense": OpencorporaTag.TENSES,
        "transitivity": OpencorporaTag.TRANSITIVITY,
        "voice": OpencorporaTag.VOICES,
    }
    seen = 0
    for path in CORE.rglob("*.py"):
        for match in _COMPARED.finditer(path.read_text(encoding="utf-8")):
            for literal in re.findall(r"\"(\w+)\"", match.group(2)):
                seen += 1
                assert literal in allowed[match.group(1)], (path.name, match.group(0))
    assert seen > 300
