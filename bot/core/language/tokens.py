"""Text normalisation and a span-tracking scanner shared by every extraction rule.

`normalize` keeps the length of the text, so a match found in the normalised copy points at
the same characters of the original message; that is how the title is cut out at the end.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from bot.core.language import literal_index
from bot.core.language.branch_trie import with_trie
from bot.core.language.calendar import MONTH
from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.gate_probe import digit_led_probe
from bot.core.language.lowered import lower
from bot.core.language.numerals import ORDINAL_STEMS, ORDINAL_WORD, ordinal_value
from bot.core.language.past_start import past_start
from bot.core.language.prefilter import plain_literals, required_literals, with_first_chars

_CHAR_MAP = str.maketrans(
    {
        "ё": "е",
        "Ё": "е",
        "–": "-",
        "—": "-",
        "‒": "-",
        "‑": "-",
        "−": "-",
        "\u2010": "-",  # hyphen
        "\u2015": "-",  # horizontal bar
        "\u02d7": "-",  # modifier letter minus, pasted from some sites ("7 ˗ 10 мая")
        # Greek letters drawn like Cyrillic ones, slipped into Russian words by pages that
        # guard their text from copying («состοится», «дο 16.00», «Раκушка»): the Cyrillic
        "\u03bf": "о",  # omicron
        "\u03b1": "а",  # alpha
        "\u03ba": "к",  # kappa
        "\u03c1": "р",  # rho
        "\u03c7": "х",  # chi
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
        "\r": " ",
    }
)

# the same mapping as str.replace pairs: a few `in` scans beat a per-character translate
_CHAR_PAIRS = tuple((chr(k), str(v)) for k, v in _CHAR_MAP.items())


# the last few texts normalised: one message is normalised by several passes (the query test,
# the Scanner, the sessions), with the post's date sentences in between
_NORMALIZED: dict[str, str] = {}
_KEEP_NORMALIZED = 4


_CLOSING = "!.…"  # cut from a command's end with the spaces among them («да!», «стоп…»)


def without_closing_marks(line: str) -> str:
    r"""`line` without the «!», «.», «…» and spaces that close it. A loop, not
    `[!.…\s]+$`: the pattern retried the rest of a long run at each of its characters when
    the line did not end with one (quadratic; review19)."""
    end = len(line)
    while end and (line[end - 1] in _CLOSING or line[end - 1].isspace()):
        end -= 1
    return line[:end]


def normalize(text: str) -> str:
    """Lower-case, unify ё/е, dashes and spaces; the result has the same length."""
    out = _NORMALIZED.get(text)
    if out is None:
        if len(_NORMALIZED) >= _KEEP_NORMALIZED:
            _NORMALIZED.clear()
        out = _NORMALIZED[text] = _normalized(text)
    return out


def _normalized(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    out = lower(text)
    for old, new in _CHAR_PAIRS:
        if old in out:
            out = out.replace(old, new)
    if len(out) != len(text):  # a rare character whose lower case is longer
        out = "".join(ch.translate(_CHAR_MAP).lower()[:1] or " " for ch in text)
    if " ." in out:
        out = _SPACED_DATE_DOT.sub(r"\1\2 ", out)  # «08 .01.2024» → «08.01.2024 »
    return ordinal_days_as_digits(out)


# a space slipped in before the dot of a numeric date with its four-digit year ("с 30.12.2023 –
# 08 .01.2024"): read as the date, the space moved after it so the text keeps its length
_SPACED_DATE_DOT = compile_with_scan(r"(?<![\d.,:/])(\d{1,2}) (\.\d{1,2}\.(?:19|20)\d\d)(?!\d)")


def ordinal_days_as_digits(text: str) -> str:
    """`text` (normalised) with each ordinal word naming a day of the month written as its
    digits, padded with spaces to the word's length: «с первого по пятое декабря» →
    «с 1       по 5     декабря». Every date rule (ranges, deadlines, application windows,
    doubts) then reads a day in words as it reads one in digits (review46 M2)."""
    if not ("ое" in text or "ого" in text or "ье" in text or "ьего" in text):
        return text

    def digits(m: re.Match[str]) -> str:
        value = ordinal_value(m.group(1))
        if value is None or not 1 <= value <= 31:
            return m.group(0)
        return str(value).ljust(len(m.group(0)))  # bare digits, the form every rule reads

    return _ORDINAL_DAY_OF_MONTH_SCANNED.sub(digits, text)


# A rule's pattern may have cheap gates: patterns that must each occur somewhere in the text
# for the rule's own (slower) pattern to match at all, so a long post skips rules early.
_GATES: dict[re.Pattern[str], tuple[re.Pattern[str], ...]] = {}


def gate(pattern: re.Pattern[str], required: re.Pattern[str]) -> None:
    """Register `required` as a necessary condition for `pattern` to match; a pattern may get
    several gates (each must hold). A gate that is only an alternation of plain strings
    ("ауд|каб|к\\.") is checked with `in`, any other one is searched once per text."""
    _GATES[pattern] = (*_GATES.get(pattern, ()), required)
    _PLANS.pop(id(pattern), None)


# A rule's pattern may have an anchor: a cheap pattern that occurs inside every match, at most
# `before` characters after the match's start and `after` characters before its end; the rule's
# pattern is then searched only in windows around the anchor's hits instead of the whole text.
_ANCHORS: dict[re.Pattern[str], tuple[re.Pattern[str], int, int]] = {}
_WINDOW_END = re.compile(r"\S*\s*\S*")


def anchor(pattern: re.Pattern[str], required: re.Pattern[str], before: int, after: int) -> None:
    """Register `required` as an anchor of `pattern` (see _ANCHORS)."""
    _ANCHORS[pattern] = (with_first_scan(with_trie(required)), before, after)  # same hits, sooner
    _PLANS.pop(id(pattern), None)


def initials(alternatives: str) -> str:
    """A lookahead on the first letters of a regex alternation of plain stems
    ("парк|музе|…" -> "(?=[пм…])"), so the regex engine skips other positions at C speed
    instead of trying every alternative at every character; both letter cases are listed."""
    letters = {stem.strip()[:1] for stem in alternatives.split("|") if stem.strip()}
    both = sorted({c.lower() for c in letters} | {c.upper() for c in letters})
    return "(?=[" + "".join(re.escape(c) for c in both) + "])"


# an ordinal word naming a day of the month: before a month («пятое декабря»), or opening a
# span that a month closes («с первого по пятое декабря», «с первого по 5 декабря»)
_DAY_WORD = rf"(?:{ORDINAL_WORD})(?![а-я])"
_ORDINAL_DAY_OF_MONTH = re.compile(
    initials("|".join((*ORDINAL_STEMS, "двадцать", "тридцать"))) + rf"(?<![а-я-])({_DAY_WORD})"
    rf"(?=\s+{MONTH}|\s+(?:по|до)\s+(?:{_DAY_WORD}|\d{{1,2}}(?:-?(?:го|е|ое|ого))?)\s+{MONTH})"
)
# the same pattern with `re`'s first-character scan and its stems as a trie (first_scan.py:
# the same matches and groups), for the one substitution over each normalised text
_ORDINAL_DAY_OF_MONTH_SCANNED = with_first_scan(_ORDINAL_DAY_OF_MONTH)


# each pattern's prefilter (prefilter.required_literals), computed on its first search
_LITERALS: dict[re.Pattern[str], frozenset[str] | None] = {}
# each pattern's twin with a lookahead on its first characters (prefilter.with_first_chars)
_FAST: dict[re.Pattern[str], re.Pattern[str]] = {}
# each pattern's (itself, literals, gate, anchor, twin), looked up once per search instead of
# four times. Keyed by id(pattern): hashing a compiled pattern hashes its whole compiled code
# (CPython's pattern_hash, not cached: ~6 µs for the date rules' patterns), and find() runs
# ~80 times per message; the entry keeps its pattern alive, so its id is never reused.
# a gate as checked: (its key in Scanner._gates, the strings of which the text must hold one,
# whether those strings alone decide it, the gate's pattern)
_Gate = tuple[int, frozenset[str] | None, bool, re.Pattern[str]]
_Plan = tuple[
    re.Pattern[str],
    frozenset[str] | None,
    tuple[_Gate, ...],
    tuple[re.Pattern[str], int, int] | None,
    re.Pattern[str],
    re.Pattern[str] | None,
]
_PLANS: dict[int, _Plan] = {}


def _plan(pattern: re.Pattern[str]) -> _Plan:
    literals = _LITERALS.get(pattern)
    if pattern not in _LITERALS:
        literals = _LITERALS[pattern] = required_literals(pattern)
        literal_index.register(literals or ())
    fast = _FAST.get(pattern)
    if fast is None:
        fast = with_first_chars(pattern)  # compiled as tries when it has a twin
        fast = _FAST[pattern] = with_trie(pattern) if fast is pattern else fast
    gates = tuple(_gate_check(g) for g in _GATES.get(pattern, ()))
    return pattern, literals, gates, _ANCHORS.get(pattern), fast, past_start(pattern)


def _gate_check(required: re.Pattern[str]) -> _Gate:
    plain = plain_literals(required)
    literal_index.register(plain or ())
    if plain is not None:
        return id(required), plain, True, required  # decided by `in`: never searched
    # a gate is searched once per text: two-letter literals ("кл") already spare most searches;
    # one opening with "\\b" or an optional part is searched with `re` skipping to its first
    # characters (first_scan.py: no lookahead in its code, however many they are)
    literals = required_literals(required, min_length=2)
    literal_index.register(literals or ())
    probe = digit_led_probe(required)  # opening with a digit: searched from the sign after it
    # (the probe scanned for its first characters too: "[:.](?<=\\d[:.])\\d\\d|\\d\\s*час"
    # opens a branch with a class, for which `re` itself finds no first-character scan)
    return id(required), literals, False, with_first_scan(with_trie(probe or required))


_QUOTES = re.compile(r"«[^«»]*»|\"[^\"\n]*\"|“[^“”]*”|„[^„“”]*[“”]")
_SPOKEN = re.compile(r"\s*,\s*[-–—]")
_DASH = re.compile(r"\s*[-–—]")
# the speaker named inside a quotation, between two parts of the speech («Турнир будет
# проходить до 28 марта, - рассказал заместитель … - По итогам …»): a verb of saying after a
# comma (or «!», «?») and a dash. The part before it is closed by a comma and a dash as a
# quotation _spoken reads: direct speech, its dates read like any other (doubt82); the part
# after it stays protected (freed too, it moved two right starts of the tuned sets to a
# speaker's «завтра» and a later stage, broad32:29, broad17:24, for the one end it mended)
_SAID_INSIDE = re.compile(
    r"[,!?]\s*[-–—]\s*(?:рассказ|сказа|отмет|отмеча|сообщ|поясн|подчеркн|подчеркива|добав"
    r"|заяв|говор|уточн|замет|призна|объясн|напомн|напомина)[а-яё]*"
)


def _spoken(text: str, m: re.Match[str]) -> bool:
    """Whether a quotation is direct speech, not a name: closed by a comma and a dash («С 8
    по 11 февраля у нас пройдут лекции», — рассказала она) or ending its own sentence before
    the dash («Приходите 12 декабря!» — пригласил …). Its dates are read like any other; a
    quotation naming its speaker inside (_SAID_INSIDE) is freed up to the speaker only."""
    if _SPOKEN.match(text, m.end()):
        return True
    return m.end() >= 2 and text[m.end() - 2] in ".!?…" and _DASH.match(text, m.end()) is not None


@dataclass
class Scanner:
    """The normalised message and which of its characters rules have already taken.

    Rules call `find` to iterate over matches that touch neither taken nor protected
    characters, and `take` to claim a span. Quoted names are protected: a date inside
    «…» belongs to the title.
    """

    original: str
    text: str = ""
    taken: bytearray = field(default_factory=bytearray)  # 1 where a rule took the character
    protected: bytearray = field(default_factory=bytearray)  # 1 where it belongs to the title
    _gates: dict[int, bool] = field(default_factory=dict)
    _present: set[str] = field(default_factory=set)  # literals known to occur in the text
    _absent: set[str] = field(default_factory=set)  # literals known not to occur in it
    # the literals literal_index.scan looked for in the text (None: not scanned yet)
    _scanned: frozenset[str] | None = None
    _hits: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # id(anchor): hits

    def __post_init__(self) -> None:
        self.text = normalize(self.original)
        self.taken = bytearray(len(self.text))
        self.protected = bytearray(len(self.text))
        for m in _QUOTES.finditer(self.text):
            if not _spoken(self.text, m):
                said = _SAID_INSIDE.search(self.text, m.start(), m.end())
                start = m.start() if said is None else said.start()  # speech before the speaker
                self.protected[start : m.end()] = b"\x01" * (m.end() - start)

    def is_free(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) == -1 and self.protected.find(1, start, end) == -1

    def find(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of `pattern` that lie entirely on free text, left to right (lazily: each
        is checked against what rules have taken when the iteration reaches it). A pattern
        its prefilters or gates rule out, or one with no match at all, costs no generator."""
        plan = _PLANS.get(id(pattern))
        if plan is None or plan[0] is not pattern:
            plan = _PLANS[id(pattern)] = _plan(pattern)
        _, literals, gates, spec, fast, later = plan
        # _may_hold inlined (most calls end here): a literal already seen in the text decides
        # without a call; once the text is scanned, literals all among those the scan looked
        # for (every literal of a plan made before it) and none seen are absent: one subset
        # test, no set built and no call; others as _may_hold reads them
        if literals is not None and literals.isdisjoint(self._present):
            scanned = self._scanned
            if scanned is not None and literals <= scanned:
                return iter(())
            unknown = literals - self._absent
            if not unknown or not self._holds_one(unknown):
                return iter(())
        if gates and not self._gates_hold(gates):
            return iter(())
        if spec is not None:
            return self._find_anchored(fast, *spec)
        if later is not None:  # "(?:^|[.!?]\\s*)…": position 0, then the twin (past_start.py)
            first = fast.match(self.text) or later.search(self.text, 1)
            return iter(()) if first is None else self._scan(later, first)
        first = fast.search(self.text)  # the text never changes: only what is free does
        return iter(()) if first is None else self._scan(fast, first)

    def _scan(self, fast: re.Pattern[str], m: re.Match[str]) -> Iterator[re.Match[str]]:
        """`find` over the whole text, from its first match `m` on."""
        text = self.text
        size = len(text)
        while True:
            start, end = m.span()
            if end > start and self.is_free(start, end):
                yield m
                pos = end
            else:
                pos = self._next_free(start + 1)
            if pos > size:
                return
            found = fast.search(text, pos)
            if found is None:
                return
            m = found

    def holds(self, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` occurs anywhere in the normalised text, taken characters
        included (`pattern.search(text)`, with the pattern's prefilters deciding first)."""
        plan = _PLANS.get(id(pattern))
        if plan is None or plan[0] is not pattern:
            plan = _PLANS[id(pattern)] = _plan(pattern)
        _, literals, gates, _, fast, later = plan
        if literals is not None and not self._may_hold(literals):
            return False
        if not self._gates_hold(gates):
            return False
        if later is not None:  # past_start.py
            return fast.match(self.text) is not None or later.search(self.text, 1) is not None
        return fast.search(self.text) is not None

    def _gates_hold(self, gates: tuple[_Gate, ...]) -> bool:
        """Whether every gate of a pattern holds (each gate looked at once per text)."""
        for key, needed, decides, required in gates:
            held = self._gates.get(key)
            if held is None:
                held = self._gates[key] = self._holds(needed, decides, required)
            if not held:
                return False
        return True

    def _holds(
        self, needed: frozenset[str] | None, decides: bool, required: re.Pattern[str]
    ) -> bool:
        """Whether a gate holds: the text has one of `needed` (when `decides`, that is all
        the gate asks) and `required` occurs in it."""
        if needed is not None and not self._may_hold(needed):
            return False
        return decides or required.search(self.text) is not None

    def _may_hold(self, literals: frozenset[str]) -> bool:
        """False when the text holds none of `literals`, of which every match of a pattern
        needs one (prefilter.py); each literal is looked for once per text, and what is
        already known is read with set operations (C speed) instead of a loop."""
        if not literals.isdisjoint(self._present):
            return True
        scanned = self._scanned
        if scanned is not None and literals <= scanned:
            return False  # each was looked for by the scan, none found (see find)
        unknown = literals - self._absent
        return bool(unknown) and self._holds_one(unknown)

    def _holds_one(self, unknown: set[str] | frozenset[str]) -> bool:
        """Whether the text holds one of `unknown` (literals not known present or absent),
        read from one scan of the text for every registered literal (literal_index.py) and
        remembered; a literal registered after the scan is looked for with `in`."""
        scanned = self._scanned
        if scanned is None:
            scanned, found = literal_index.scan(self.text)
            self._scanned = scanned
            self._present |= found
            if not unknown.isdisjoint(found):
                return True
        if unknown <= scanned:  # none of them is present (a present one is in _present)
            self._absent.update(unknown)
            return False
        text = self.text
        for literal in unknown:
            if literal in scanned:
                continue
            if literal in text:
                self._present.add(literal)
                return True
            self._absent.add(literal)
        return False

    def _find_anchored(
        self, pattern: re.Pattern[str], required: re.Pattern[str], before: int, after: int
    ) -> Iterator[re.Match[str]]:
        """`find` searching only windows around the anchor's hits; a window runs on to the end
        of the word after the next spaces, so neither a word nor a run of spaces is cut and the
        pattern's look-aheads and trailing `\\s*` read as over the whole text."""
        text, pos = self.text, 0
        hits = self._hits.get(id(required))  # the anchor is alive in _ANCHORS: a stable id
        if hits is None:  # several rules share an anchor (a month word, "12.05")
            hits = self._hits[id(required)] = [m.span() for m in required.finditer(text)]
        for hit_start, hit_end in hits:
            if hit_end <= pos:
                continue
            low = max(pos, hit_start - before)
            edge = _WINDOW_END.match(text, min(len(text), hit_end + after))
            high = edge.end() if edge else len(text)
            while low < high and (m := pattern.search(text, low, high)) is not None:
                if m.end() >= high and high < len(text):
                    m = pattern.search(text, low)  # at the window's edge: read on past it
                    if m is None:
                        break
                if m.end() > m.start() and self.is_free(m.start(), m.end()):
                    yield m
                    pos = low = m.end()
                else:
                    low = self._next_free(m.start() + 1)
                    pos = max(pos, low)

    def _next_free(self, pos: int) -> int:
        """The first position at or after `pos` that no rule has taken (no match starts on a
        taken character, so the search skips whole taken runs)."""
        free = self.taken.find(0, pos)
        return len(self.text) if free == -1 else max(free, pos)

    def take(self, start: int, end: int) -> None:
        start, end = max(0, start), min(end, len(self.text))
        if end > start:
            self.taken[start:end] = b"\x01" * (end - start)

    def release(self, start: int, end: int) -> None:
        """Give a span back to later rules (a rule that took it undid its reading)."""
        start, end = max(0, start), min(end, len(self.text))
        if end > start:
            self.taken[start:end] = bytes(end - start)

    def protect(self, start: int, end: int) -> None:
        """Keep a span away from every later rule (it belongs to the title)."""
        for i in range(max(0, start), min(end, len(self.text))):
            if not self.taken[i]:
                self.protected[i] = 1

    def take_match(self, m: re.Match[str]) -> None:
        self.take(m.start(), m.end())

    def remainder(self) -> str:
        """The original text with every taken character replaced by a space."""
        return self._blank(self.original)

    def free_text(self) -> str:
        """The normalised text with every taken character replaced by a space."""
        return self._blank(self.text)

    def _blank(self, text: str) -> str:
        """`text` (as long as the scanner's) with the taken runs replaced by spaces."""
        taken, pos, size = self.taken, 0, len(text)
        out: list[str] = []
        while pos < size:
            begin = taken.find(1, pos)
            if begin == -1:
                break
            end = taken.find(0, begin)
            end = size if end == -1 else end
            out += (text[pos:begin], " " * (end - begin))
            pos = end
        out.append(text[pos:])
        return "".join(out)
