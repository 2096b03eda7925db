"""pymorphy3 tags read once: each grammatical tag (there are ~5,500 in the OpenCorpora
dictionary, shared by every word form) gets one record whose categories (`POS`, `case`,
`number`, `tense` …) are stored values instead of properties computed on every read.

pymorphy3's `OpencorporaTag.POS` (and every other category) is a descriptor that intersects
the category's grammemes with the tag's on each read and wraps the answer in a new
`TypedGrammeme`; `"NOUN" in tag` is a Python method. The parser reads these tens of times a
post and hundreds of times for a post with words the process has not met (speed66: the
first reading of new word forms by ~45 word memos is most of a new post's extra cost). A
record here is the same tag (a subclass: equal, same hash, same `str`, every method of
pymorphy3 works on it, `inflect` included) with the categories read once, when the tag is
first met, and kept in the instance: a plain attribute read afterwards.

The answers are pymorphy3's own, as plain strings: pymorphy3 wraps a category in a
`TypedGrammeme` whose `==` (a Python method) raises ValueError for a grammeme not of the
category (a misspelling); that check is made once over the parser's source instead
(tests/unit/test_speed69.py: every literal compared with a category is of the category).
`"foo" in tag` still raises for an unknown grammeme."""

from __future__ import annotations

from typing import Any

from pymorphy3.tagset import OpencorporaTag

# the categories pymorphy3 reads by descriptor, each stored once per tag
CATEGORIES = (
    "POS",
    "animacy",
    "aspect",
    "case",
    "gender",
    "involvement",
    "mood",
    "number",
    "person",
    "tense",
    "transitivity",
    "voice",
)


class TagRecord(OpencorporaTag):  # type: ignore[misc]  # pymorphy3 has no types
    """An OpencorporaTag whose categories are read once (stored in the instance's dict, which
    a plain descriptor of the class gives way to) and whose grammeme tests are a frozenset's
    (`"NOUN" in tag`, `{"NOUN", "sing"} in tag`), the library's check kept for a miss."""

    # the grammemes' frozenset, kept in the instance's dict (the base class's property, a
    # Python call on every read, gives way to a plain class attribute of the subclass)
    grammemes: frozenset[str] = frozenset()

    def __init__(self, tag: str) -> None:
        super().__init__(tag)
        plain = OpencorporaTag(tag)
        for name in CATEGORIES:
            value = getattr(plain, name)  # a TypedGrammeme: its == is a Python method
            self.__dict__[name] = None if value is None else str(value)
        self._grammemes_cache = self.__dict__["grammemes"] = plain.grammemes

    def __contains__(self, grammeme: Any) -> bool:
        if grammeme.__class__ is str:
            if grammeme in self._grammemes_cache:
                return True
        elif grammeme.__class__ in (set, frozenset) and grammeme <= self._grammemes_cache:
            return True
        return bool(
            super().__contains__(grammeme)
        )  # a miss: pymorphy3 checks the grammeme is known


_RECORDS: dict[str, TagRecord] = {}


def tag_record(tag: Any) -> TagRecord:
    """The record of pymorphy3 tag `tag` (one per distinct tag in the process, kept: the
    dictionary has ~5,500 tags and guesses add a few)."""
    if tag.__class__ is TagRecord:
        return tag
    key = str(tag)
    found = _RECORDS.get(key)
    if found is None:
        found = _RECORDS[key] = TagRecord(key)
    return found


def with_record(reading: Any) -> Any:
    """A pymorphy3 Parse with its tag replaced by the tag's record (the same Parse
    otherwise: its `inflect`, `lexeme`, `normalized` work as before); None stays None."""
    if reading is None or reading.tag.__class__ is TagRecord:
        return reading
    return reading._replace(tag=tag_record(reading.tag))
