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

import re
from bisect import bisect_left, bisect_right

from bot.core.language.morphology import parses

_RUN = re.compile(r"[А-ЯЁа-яё]+")
_LETTERS = re.compile(r"[A-Za-zА-ЯЁа-яё]+")
_CAPITALS = re.compile(r"[A-ZА-ЯЁ]+")

# verbs of beginning, by lemma: «стартовал», «началась», «открылась», «начинался»
BEGIN_LEMMAS = frozenset({"стартовать", "начаться", "начинаться", "открыться", "открываться"})


class Analysis:
    """The shared reading of one text; each part computed on its first use, then kept."""

    __slots__ = ("text", "_starts", "_ends", "_forms", "_counts", "_begun")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._forms: list[str] = []
        self._counts: tuple[int, int] | None = None
        self._begun: list[int] | None = None

    def _words(self) -> list[int]:
        """The starts of the words (runs of [А-ЯЁа-яё]), filling their ends and forms."""
        if self._starts is None:
            starts: list[int] = []
            ends: list[int] = []
            forms: list[str] = []
            text = self.text
            for m in _RUN.finditer(text):
                start, end = m.span()
                starts.append(start)
                ends.append(end)
                forms.append(m.group().lower())
            self._ends, self._forms = ends, forms
            self._starts = starts
        return self._starts

    def forms(self, start: int = 0, end: int | None = None) -> list[str]:
        """The lower-case forms of the words of text[start:end], in order: what
        `re.findall("[а-яё]+", text[start:end].lower())` gives (a word the range cuts is cut
        with it). A new list."""
        starts = self._words()
        stop = len(self.text) if end is None else min(end, len(self.text))
        if start <= 0 and stop >= len(self.text):
            return list(self._forms)
        if stop <= start:
            return []
        first = bisect_right(self._ends, start)  # the first word ending after `start`
        last = bisect_left(starts, stop)  # the words starting before `stop`
        out = self._forms[first:last]
        if out and starts[first] < start:
            out[0] = out[0][start - starts[first] :]
        if out and self._ends[last - 1] > stop:
            out[-1] = out[-1][: len(out[-1]) - (self._ends[last - 1] - stop)]
        return out

    def spans(self) -> tuple[list[int], list[int]]:
        """The starts and the ends of the words, ascending (shared lists: not to be changed)."""
        return self._words(), self._ends

    def letter_counts(self) -> tuple[int, int]:
        """(letters, capitals) of the text: its characters of [A-Za-zА-ЯЁа-яё] and, of
        those, of [A-ZА-ЯЁ]."""
        if self._counts is None:
            letters = sum(map(len, _LETTERS.findall(self.text)))
            capitals = sum(map(len, _CAPITALS.findall(self.text))) if letters else 0
            self._counts = (letters, capitals)
        return self._counts

    def told_begun(self, start: int = 0, end: int | None = None) -> bool:
        """Whether text[start:end] (0 <= start) holds a verb of beginning in the past tense
        by pymorphy3's likeliest verb reading of a word (begun_verb): what
        `begun_runs.told_begun(text[start:end])` answers. The words are read once for the
        whole text; a word the range cuts is read as cut."""
        starts = self._words()
        ends = self._ends
        if self._begun is None:
            self._begun = [i for i, form in enumerate(self._forms) if begun_verb(form)]
        stop = len(self.text) if end is None else min(end, len(self.text))
        first = bisect_right(ends, start)  # the first word ending after `start`
        last = bisect_left(starts, stop)  # past the last word starting before `stop`
        if first >= last or stop <= start:
            return False
        if starts[first] < start or ends[last - 1] > stop:
            forms = self.forms(start, stop)
            if starts[first] < start and begun_verb(forms[0]):
                return True
            if ends[last - 1] > stop and begun_verb(forms[-1]):
                return True
        return any(
            first <= i < last and start <= starts[i] and ends[i] <= stop for i in self._begun
        )


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
