"""One reading of a text shared by the rules that used to read it each on their own: its
Cyrillic words with their offsets and lower-case forms, its letter counts, its sentences, and
the words pymorphy3 reads as a verb of beginning in the past (speed78).

Before this module every such rule re-read the post: `capitals.in_normal_case` listed each
letter of the message, `begun_runs.told_begun` lower-cased and re-split the post and each of
its sentences and asked pymorphy3 about every word again for each sentence,
`begun_today_runs` split each sentence a second time, `typos` and `word_openings` found the
same runs of letters once more. Now `analysis(text)` is made once per text (the last few
texts are kept: one `parse_message` call reads the same message in several stages) and each
part is computed the first time a rule asks for it, then kept: a rule that reads a sentence
asks for the words between the sentence's offsets instead of splitting the sentence.

Every part answers exactly what the rule's own reading answered (the tests in
test_speed78 compare them over sentences written for it):

- a word is a run of `[А-ЯЁа-яё]` in the text; its form is the run lower-cased. Lower-casing
  never turns another character into one of these letters and turns each of them into one
  letter of `[а-яё]` (checked over every code point), so the runs of `[а-яё]+` in
  `piece.lower()` are the runs of the text within the piece, lower-cased, whatever else
  `lower` does to the piece's other characters (a run cut by the piece's edge is cut the same);
- the letters are those of `[A-Za-zА-ЯЁа-яё]`, the capitals those of `[A-ZА-ЯЁ]`.

Pure: no store, no clock; offsets are the text's own (str indices).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses

_RUN = compile_with_scan(r"[А-ЯЁа-яё]+")
# the letters [A-Za-zА-ЯЁа-яё] and the capitals [A-ZА-ЯЁ] counted as bytes of cp1251, which
# holds each of them (and encodes no other character to their bytes: a codec's table is one to
# one): the text encoded, the characters it has no byte for dropped, then every byte but the
# letters' (the capitals') deleted by `bytes.translate` — C loops over the text, ~10 times
# cheaper than the two `findall` scans of `[A-Za-zА-ЯЁа-яё]+` and `[A-ZА-ЯЁ]+` (speed83)
_CP1251_LETTERS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя".encode("cp1251")
)
_CP1251_CAPITALS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ".encode("cp1251")
)
_NOT_LETTERS = bytes(b for b in range(256) if b not in _CP1251_LETTERS)
_NOT_CAPITALS = bytes(b for b in range(256) if b not in _CP1251_CAPITALS)

# verbs of beginning, by lemma: «стартовал», «началась», «открылась», «начинался»
BEGIN_LEMMAS = frozenset({"стартовать", "начаться", "начинаться", "открыться", "открываться"})


class Analysis:
    """The shared reading of one text; each part computed on its first use, then kept."""

    __slots__ = ("_counts", "_forms", "_marked", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._forms: list[str] | None = None
        self._counts: tuple[int, int] | None = None
        self._marked: dict[Callable[[str], bool], frozenset[str]] = {}

    def forms(self, start: int = 0, end: int | None = None) -> list[str]:
        """The lower-case forms of the words of text[start:end] (0 <= start), in order: what
        `re.findall("[а-яё]+", text[start:end].lower())` gives, a word the range cuts cut
        with it. The whole text's list is made once and shared (callers do not change it);
        a range's is read from the text by offset (`findall`'s pos and endpos)."""
        if start <= 0 and (end is None or end >= len(self.text)):
            if self._forms is None:
                self._forms = list(map(str.lower, _RUN.findall(self.text)))
            return self._forms
        stop = len(self.text) if end is None else end
        return list(map(str.lower, _RUN.findall(self.text, start, stop)))

    def letter_counts(self) -> tuple[int, int]:
        """(letters, capitals) of the text: its characters of [A-Za-zА-ЯЁа-яё] and, of
        those, of [A-ZА-ЯЁ]."""
        if self._counts is None:
            coded = self.text.encode("cp1251", "ignore")  # no letter of the two classes lost
            letters = len(coded.translate(None, _NOT_LETTERS))
            capitals = len(coded.translate(None, _NOT_CAPITALS)) if letters else 0
            self._counts = (letters, capitals)
        return self._counts

    def any_word(self, mark: Callable[[str], bool], start: int = 0, end: int | None = None) -> bool:
        """Whether a word of text[start:end] (0 <= start; a word the range cuts read as cut)
        is one `mark` holds for: `any(mark(w) for w in forms(start, end))`. `mark` is a pure
        test of a lower-case form (pymorphy3's readings of it), asked once per form in the
        process (`marked`); the whole text's marked forms are found once per text, so a
        range (a sentence, a clause) that cuts no word and whose text has none is answered
        without reading its words."""
        found = self._marked.get(mark)
        if found is None:
            found = self._marked[mark] = marked(mark, self.forms())
        text = self.text
        stop = len(text) if end is None else min(end, len(text))
        if start <= 0 and stop >= len(text):
            return bool(found)
        if stop <= start:
            return False
        cut_start = start > 0 and text[start - 1] in _CYRILLIC and text[start] in _CYRILLIC
        cut_end = stop < len(text) and text[stop - 1] in _CYRILLIC and text[stop] in _CYRILLIC
        if not found and not cut_start and not cut_end:
            return False  # its words are whole words of the text: none marked
        forms = self.forms(start, stop)  # a marked whole word is in `found`; a cut one:
        return not found.isdisjoint(forms) or (  # its piece asked (`mark` is of the form)
            bool(forms) and ((cut_start and mark(forms[0])) or (cut_end and mark(forms[-1])))
        )

    def told_begun(self, start: int = 0, end: int | None = None) -> bool:
        """Whether text[start:end] holds a verb of beginning in the past tense (begun_verb):
        what `begun_runs.told_begun(text[start:end])` answers."""
        return self.any_word(begun_verb, start, end)


# the letters of a word (_RUN)
_CYRILLIC = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя")

# per test given to `marked`: the forms it holds for and the forms it does not, bounded
_MARKS: dict[Callable[[str], bool], tuple[set[str], set[str]]] = {}
_KEEP_FORMS = 50_000


def marked(mark: Callable[[str], bool], forms: list[str]) -> frozenset[str]:
    """The forms of `forms` that `mark` holds for, each form tested once in the process
    (the answers kept per test; both sets emptied past 50,000 forms)."""
    yes, no = _MARKS.setdefault(mark, (set(), set()))
    fresh = set(forms)
    fresh.difference_update(no)
    fresh.difference_update(yes)
    if fresh:
        if len(no) > _KEEP_FORMS:
            no.clear()
            yes.clear()
        for form in fresh:
            (yes if mark(form) else no).add(form)
    return frozenset(yes.intersection(forms)) if yes else frozenset()


def begun_verb(form: str) -> bool:
    """Whether the lower-case word `form`'s likeliest verb reading (pymorphy3) is a verb of
    beginning (BEGIN_LEMMAS) in the past tense: «стартовал», «началась», never «начнётся»."""
    for parse in parses(form):
        if parse.tag.POS == "VERB" and parse.normal_form in BEGIN_LEMMAS:
            return bool(parse.tag.tense == "past")
    return False


# the analyses of the last few texts: one message is read in several stages (the written
# message, its mended copy, the cleaned post), most of them the same text
_ANALYSES: dict[str, Analysis] = {}
_KEEP = 8


def analysis(text: str) -> Analysis:
    """The shared reading of `text` (module docstring), made on the first call for a text
    and kept for the last few texts."""
    found = _ANALYSES.get(text)
    if found is None:
        if len(_ANALYSES) >= _KEEP:
            _ANALYSES.clear()
        found = _ANALYSES[text] = Analysis(text)
    return found
