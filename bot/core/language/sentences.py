"""Sentence boundaries in a post, aware of the abbreviations of addresses and names."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from bot.core.language.first_scan import compile_with_scan

# "[.!?]+\s+|\n+" written to open with one character class: `re` then skips to the next
# ".", "!", "?" or newline at C speed instead of trying both branches at every position
# A mark typed after a space and glued to the next word ("«Зимы не будет» .Каким бы ни был")
# ends its sentence too: the space slipped to the wrong side of the mark.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*\s+|(?<=\n)\n*|(?<=\s[.!?])(?=[^\W\d_]))")
ABBREVIATIONS = frozenset(
    [
        "ул",
        "г",
        "гг",
        "д",
        "им",
        "пр",
        "каб",
        "ауд",
        "т",
        "ст",
        "корп",
        "пер",
        "наб",
        "пл",
        "обл",
        "р-н",
        "кв",
        "стр",
        "эт",
        "мин",
        "руб",
        "тел",
        "см",
        "др",
        # a settlement's or an avenue's abbreviation before its name: "мкр. Южный", "пос.
        # Лесной", "пгт. Ярега", "просп. Мира" (place_display keeps their dots as well)
        "мкр",
        "пос",
        "пгт",
        "просп",
    ]
)


def is_abbreviation(word: str) -> bool:
    """Whether `word` (without its dot) is one of the abbreviations whose dot ends no
    sentence: «ул», «каб», «ауд», «им», «г» ("ул. Карбышева", "каб. 21")."""
    return word.lower() in ABBREVIATIONS


_HOUR_WORDS = frozenset(["час", "ч"])
_MINUTES = re.compile(r"[0-5]?\d\s*мин")
_RUN = re.compile(r"[\w-]*")  # read over the reversed 12 characters before a full stop
# a numeric day and month closed by a full stop ("19.12.") and a dash then a day after it
# ("— 20.12.2019", "по 20.12.2019"): the first day of a span written with dots, never a
# sentence's end (a sentence ending on a bare date goes on with a capital word, not with a
# dash or «по»/«до» and a number)
_DAY_DOT = compile_with_scan(r"(?<![\d.])\d{1,2}\.\d{1,2}\.$")
_DASH_DAY = re.compile(r"(?:[-–—]|по|до)[ \t]*\d")
# a day, its month abbreviated with a full stop, then the year: "15 нояб. 2018 г.", "3 дек.
# 2019" — one date (a page's stamp writes it so), its dot no stop; the typo reader writes the
# abbreviation out in the nominative, keeping the dot («15 ноябрь. 2018»), which after a day
# number only an abbreviation gives
_MONTH_DOT_YEAR = re.compile(
    r"(?<!\d)\d{1,2}[ \t]+(?i:янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек"
    r"|январь|февраль|март|апрель|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
    r"(?P<dot>\.)[ \t]*(?:19|20)\d\d(?!\d)"
)


def _month_dot(text: str, dot: int) -> bool:
    """Whether the full stop at `text[dot]` closes an abbreviated month between a day and
    its year (_MONTH_DOT_YEAR: «15 нояб. 2018»)."""
    if text[dot - 1 : dot].isdigit() or not text[dot + 1 : dot + 8].strip(" \t")[:1].isdigit():
        return False  # the cheapest tests first: a letter before the dot, a digit after it
    m = _MONTH_DOT_YEAR.search(text, max(0, dot - 12), dot + 8)
    return m is not None and m.start("dot") == dot


def dot_ends_sentence(text: str, dot: int) -> bool:
    """Whether the full stop at `text[dot]` may end a sentence: not after an initial or a
    one-letter abbreviation («В. И.», «т. е.») nor after one of ABBREVIATIONS, the
    abbreviations of ГОСТ Р 7.0.12-2011 (and common usage) written before a name or a
    number («ул. Садовая», «каб. 12», «200 руб. на …»), also glued to its number
    («2015г.», «200руб.»). Shared by the card's clause and sentence readers (meeting,
    student_asks)."""
    run = _RUN.match(text[max(0, dot - 12) : dot][::-1]).end()  # type: ignore[union-attr]
    if run == 1:  # an initial, «т. е.»; a number's last digit («школа № 5.») ends one
        return not text[dot - 1].isalpha()
    return not ((run and _abbreviation_run(text[dot - run : dot].lower())) or _month_dot(text, dot))


def _abbreviation_run(run: str) -> bool:
    """Whether the word `run` (as the text writes it before a full stop, without the stop)
    is one of ABBREVIATIONS, alone or glued after its number: «г», «2015г», «200руб» — a
    writer who leaves out the space after the year («10 сентября 2015г. в детском доме …»)
    still abbreviates «года», and the sentence goes on as after «2015 г.»."""
    return run in ABBREVIATIONS or (
        run[:1].isdecimal() and run.lstrip("0123456789") in ABBREVIATIONS
    )


def mark_before_ends(text: str, pos: int) -> bool:
    """Whether the end mark right before `pos` ends a sentence: «!», «?», or a full stop
    that `dot_ends_sentence` lets end (not «ул.», «им.», an initial). For the splits on
    the end marks of the title's readers (notices, title_chat)."""
    return text[pos - 1 : pos] != "." or dot_ends_sentence(text, pos - 1)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; "ул. Карбышева" and "В. И. Ленина" do not end one."""
    return list(_spans(text)[1])


# the sentence spans of the last few texts and their starts, for `sentences` and
# `sentence_at`: the stages ask for the sentences of the same post and of its lines, and a
# place rule for the sentence of several offsets of the same post
_SPANS: dict[str, tuple[list[int], tuple[tuple[int, int], ...]]] = {}
_KEEP_SPANS = 4


def _spans(text: str) -> tuple[list[int], tuple[tuple[int, int], ...]]:
    """The starts of the sentences of `text` and their spans, remembered for a few texts."""
    known = _SPANS.get(text)
    if known is None:
        if len(_SPANS) >= _KEEP_SPANS:
            _SPANS.clear()
        spans = tuple(iter_sentences(text))
        known = _SPANS[text] = ([start for start, _ in spans], spans)
    return known


def sentence_at(pos: int, text: str) -> tuple[int, int]:
    """The (start, end) of the sentence of `text` holding the offset `pos` (the whole text
    when none does: `pos` among the marks between two sentences, or past the end)."""
    starts, spans = _spans(text)
    at = bisect_right(starts, pos) - 1  # the last sentence starting at or before pos
    if at >= 0 and pos < spans[at][1]:
        return spans[at]
    return 0, len(text)


def _wrapped_at(cased: str, brk: int) -> bool:
    """Whether the newline at `cased[brk]` is a hard wrap inside a sentence: a letter, a
    digit or a comma before it and a small letter opening the next line («14 декабря учащиеся
    нашей\nшколы побывали …», «пройдёт 14\nноября в спортзале …», a day cut from its month:
    fresh82), the line break of a page copied with its lines cut to a width. `cased` is the
    text in its own case."""
    if brk <= 0 or cased[brk - 1 : brk] not in _BEFORE_WRAP:
        return False
    at = brk + 1
    while cased[at : at + 1] in (" ", "\t"):
        at += 1
    return cased[at : at + 1] in _SMALL


_SMALL = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_BEFORE_WRAP = _SMALL | frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ,0123456789")


def sentence_across_wraps(pos: int, text: str, cased: str | None = None) -> tuple[int, int]:
    """`sentence_at(pos, text)` joined with the sentences a hard line wrap split from it
    (_wrapped_at: a line going on with a small letter after a word, a number or a comma): the whole
    sentence of a page copied with its lines cut to a width. `cased`: `text` in its own case
    (the scanner's `original`, same length) when `text` is a lower-cased copy; without it,
    `text` itself. A text without capitals tells no wrap by case: its sentences are
    sentence_at's. Offsets are `text`'s."""
    begin, stop = sentence_at(pos, text)
    cased = text if cased is None or len(cased) != len(text) else cased
    if (begin, stop) == (0, len(text)) or cased.islower():
        return begin, stop
    while stop < len(text) and text[stop] == "\n" and _wrapped_at(cased, stop):
        stop = sentence_at(stop + 1, text)[1]
    while begin > 0 and text[begin - 1] == "\n" and _wrapped_at(cased, begin - 1):
        begin = sentence_at(begin - 2, text)[0]
    return begin, stop


def iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """`sentences(text)` lazily, left to right: a caller after one sentence stops early."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0):
            end = m.start()  # the word before it ends here, or before a newline here ("$")
            stop = end - 1 if text[end - 1 : end] == "\n" else end
            run = _RUN.match(text[max(0, end - 12) : stop][::-1]).end()  # type: ignore[union-attr]
            if run == 1 or (run and _abbreviation_run(text[stop - run : stop])):
                continue  # "ул. Карбышева", "В. И. Ленина", "2015г. в школе"
            if run and text[stop - run : stop] in _HOUR_WORDS and _MINUTES.match(text, m.end()):
                continue  # "в 13 час. 30 мин.": one clock time
            if _DAY_DOT.search(text, max(0, end - 6), end + 1) and _DASH_DAY.match(text, m.end()):
                continue  # "19.12. — 20.12.2019": a span's first day, its dot no stop
            if _month_dot(text, end):
                continue  # "15 нояб. 2018 г.": one date, the month abbreviated
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _inner_dots() -> str:
    """The regex alternatives of a full stop that ends no sentence by `dot_ends_sentence`:
    after an initial («В. И.») or after one of ABBREVIATIONS («ул.», «им.», «г.»), each a
    fixed-width look-behind tried only at a «.»."""
    words = sorted(ABBREVIATIONS, key=len, reverse=True)  # alone or glued to a number: «2015г.»
    behind = "|".join(rf"(?<=(?<![^\W\d_])(?<!-){re.escape(w)})" for w in words)
    return rf"(?:(?<=(?<![\w-])[^\W\d_])|(?i:{behind}))\."


# one character of a window that stays inside its sentence: `[^.!?\n]` that lets through
# the dots `dot_ends_sentence` keeps («ул. Мира», «им. Пушкина», «В. И. Ленина»); for the
# `[^.!?\n]{0,N}` windows of the cue readers (deadlines, postponed, post_cues, start_doubts)
IN_SENTENCE = rf"(?:[^.!?\n]|{_inner_dots()})"
# the same without digits (`[^.!?\n\d]`)
IN_SENTENCE_NO_DIGIT = rf"(?:[^.!?\n\d]|{_inner_dots()})"
