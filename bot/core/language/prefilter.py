"""Literal prefilters for the parser's regular expressions.

Python's `re` engine tries a pattern that starts with `\\b`, an optional group or a lookahead
at every position of the text, so each of the parser's ~80 rules costs a full scan of a long
post even when the post cannot match it. `required_literals` reads a pattern's syntax tree and
returns a few strings of which every match must contain at least one ("вечером", "днем", …
for the parts of the day); `str.__contains__` checks them at C speed, and a post holding
none of them skips the rule (tokens.Scanner.find). The same idea as RE2's and Hyperscan's
prefilters. The result is a necessary condition only: a pattern the analysis does not
understand gets None (no prefilter), never a wrong one.

The syntax tree comes from `re._parser`, the parser the standard library's `re.compile` uses
(Python 3.11); anything unexpected in it also gives None.

Beside it: `plain_literals` (a gate that is only "ауд|каб|к\\." is decided by `in`),
`with_first_chars` (a lookahead on the characters a match can start with, for a pattern `re`
cannot scan for itself) and `grouped` (an alternation of stems gathered by first letter).
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.first_scan import compile_with_scan, first_chars
from bot.core.language.re_internals import constants as _c
from bot.core.language.re_internals import parser as _p

MAX_LITERALS = 24  # more alternatives than this cost more to check than they save
MIN_LENGTH = 3  # one- and two-letter literals ("до", "19") are in nearly every post


def required_literals(
    pattern: re.Pattern[str], min_length: int = MIN_LENGTH
) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains at least one, lower-cased (the
    Scanner searches normalised, lower-case text); None when no such short set is known or
    one of them is shorter than `min_length` characters."""
    found = _literals_as_written(pattern, min_length)
    return frozenset(s.lower() for s in found) if found else None


def _literals_as_written(pattern: re.Pattern[str], min_length: int) -> set[str] | None:
    """required_literals before lower-casing: as the pattern writes them; None when the
    pattern is verbose, its tree unexpected, or a literal shorter than `min_length`."""
    if _p is None or pattern.flags & re.VERBOSE:
        return None
    try:
        found = _sequence(list(_p.parse(pattern.pattern, pattern.flags)), min_length)
    except Exception:  # an unexpected tree: no prefilter
        return None
    if not found or min(len(s) for s in found) < min_length:
        return None
    return found


# id(pattern) -> (pattern, its required literals when they gate it exactly, else None)
_GATES: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def may_match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """False when `pattern.search(text, pos, endpos)` cannot match: text[pos:endpos] holds
    none of the literals every match contains (required_literals, looked for with
    `str.find` between the bounds, no slice). Only a case-sensitive pattern whose required
    literals are written in lower case is gated (they are then exactly as a match holds them,
    whatever the text's case; an upper-case letter elsewhere, "(?<![А-ЯЁа-яё])", does not
    matter); any other pattern, or one without such literals, may always match. A window
    search of a rare cue ("следующая встреча", "ранее планировалось") is then a few `find`s
    instead of a regex search of the window."""
    known = _GATES.get(id(pattern))
    if known is None or known[0] is not pattern:
        found = _exact_literals(pattern)
        known = _GATES[id(pattern)] = (pattern, tuple(sorted(found)) if found else None)
    literals = known[1]
    if literals is None:
        return True
    end = len(text) if endpos is None else endpos
    # a plain loop, not any() over a generator: ~6 µs of CPU less a warm post (speed72)
    for literal in literals:  # noqa: SIM110
        if text.find(literal, pos, end) >= 0:
            return True
    return False


def _exact_literals(pattern: re.Pattern[str]) -> set[str] | None:
    """required_literals as written (not lower-cased) for a case-sensitive pattern, when
    every one of them is lower-case; None otherwise."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _literals_as_written(pattern, MIN_LENGTH)
    return found if found and all(s == s.lower() for s in found) else None


def plain_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The strings `pattern` is an alternation of ("ауд|каб|к\\." -> {"ауд", "каб", "к."}), as
    written, when it is nothing more (no flags, repeats, categories or assertions; the parser's
    factoring, "д(?:ен|ня)", is fine): it then occurs in a text exactly when one of them does.
    None for any other pattern, or one spelling more than MAX_LITERALS strings."""
    if _p is None or pattern.flags & ~re.UNICODE:
        return None
    try:
        found = _spelled(list(_p.parse(pattern.pattern, pattern.flags)))
    except Exception:  # an unexpected tree: not a plain alternation
        return None
    return frozenset(found) if found and "" not in found else None


def _spelled(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string a sequence of literals, plain groups and alternations spells."""
    out = {""}
    for op, arg in items:
        if op is _c.LITERAL:
            options = {chr(arg)}
        elif op is _c.SUBPATTERN and arg[0] is None and not arg[1] and not arg[2]:
            options = _spelled(list(arg[3])) or set()
        elif op is _c.BRANCH:
            options = set()
            for branch in arg[1]:
                options |= _spelled(list(branch)) or {""}
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in arg):
            options = {chr(a) for _, a in arg}
        else:
            return None
        if not options or "" in options:
            return None
        out = {a + b for a in out for b in options}
        if len(out) > MAX_LITERALS:
            return None
    return out


def _sequence(items: list[tuple[Any, Any]], min_length: int) -> set[str] | None:
    """The best necessary set of one element of a sequence (each element is required); a
    set holding a literal shorter than `min_length` is the worst (no prefilter of its own)."""
    best: set[str] | None = None
    run: list[str] = []
    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            best = _better(best, {"".join(run)}, min_length)
            run = []
        best = _better(best, _element(op, arg, min_length), min_length)
    if run:
        best = _better(best, {"".join(run)}, min_length)
    return best


def _element(op: Any, arg: Any, min_length: int) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(list(arg[3]), min_length)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(arg), min_length)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, body = arg
        return _sequence(list(body), min_length) if low >= 1 else None
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence(list(branch), min_length)
            if not found:
                return None  # one alternative needs nothing: the branch needs nothing
            union |= found
        return union if len(union) <= MAX_LITERALS else None
    if op is _c.IN:
        return _char_set(arg)
    return None  # \b, lookarounds, categories, "." …: nothing required of the text


def _char_set(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is _c.LITERAL:
            chars.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < MAX_LITERALS:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None  # a negated class, \d, \w: too wide
    return chars if 0 < len(chars) <= MAX_LITERALS else None


def _better(old: set[str] | None, new: set[str] | None, min_length: int) -> set[str] | None:
    """The more selective of two necessary sets: longer literals, fewer of them; one holding
    a literal shorter than `min_length` only when there is no other ("в|во|через" before
    "zoom|зум|…": the platforms prefilter the branch, the prepositions could not)."""
    if not new or "" in new:
        return old
    if old is None:
        return new
    return new if _selectivity(new, min_length) > _selectivity(old, min_length) else old


def _selectivity(found: set[str], min_length: int) -> int:
    shortest = min(len(s) for s in found)
    return 4 * shortest - len(found) if shortest >= min_length else -(10**6)


def grouped(alternatives: str) -> str:
    """A regex alternation of plain stems with the stems that share a first letter gathered
    under it ("парк|музе|планетари" -> "п(?:арк|ланетари)|музе"), to go inside "(?:…)": the
    same matches, and `re` tries one branch per first letter instead of every stem (it factors
    out only a prefix that all alternatives share). Stems keep their order within a letter;
    stems whose first letters differ (compared case-insensitively) never match at the same
    position, so their order never mattered. Returned as given when a stem does not open
    with a plain letter. Only top-level bars split: a stem may hold its own group
    ("дом\\w*\\s+(?:культуры|науки)")."""
    stems = top_level_branches(alternatives)
    if not all(stem[:1].isalpha() for stem in stems):
        return alternatives
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[0].lower(), []).append(stem)
    return "|".join(
        members[0] if len(members) == 1 else _shared_first(members) for members in groups.values()
    )


def top_level_branches(alternatives: str) -> list[str]:
    """The branches of an alternation split at bars outside any parentheses or class."""
    branches, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, char in enumerate(alternatives):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(alternatives[start:i])
            start = i + 1
    return [*branches, alternatives[start:]]


def _shared_first(members: list[str]) -> str:
    if len({m[0] for m in members}) > 1:  # "ДК" beside "дом…": keep them apart, in order
        return "|".join(members)
    return members[0][0] + "(?:" + "|".join(m[1:] for m in members) + ")"


_INLINE = re.compile(r"\(\?[aiLmsux-]+[):]")
# a lookahead on more first characters than this skips too few positions; the date and clock
# rules (~20 first characters: digits, в, д, н, п, с, …) still search 1.3-2.5x faster with it
MAX_FIRST = 32


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead on the characters a match can start with ("(?=[вн\\d])…"),
    or `pattern` itself when they are unknown or too many. `re` tries a pattern that starts
    with `\\b` or an optional group at every position; the lookahead rejects most positions
    with one character test. Same matches and groups (the lookahead captures nothing)."""
    if _p is None or pattern.flags & (re.VERBOSE | re.IGNORECASE) or _INLINE.match(pattern.pattern):
        return pattern  # case-folded or with inline flags: left as it is
    try:
        tree = list(_p.parse(pattern.pattern, pattern.flags))
        if not _starts_blind(tree):
            return pattern  # `re` already skips to the possible first characters itself
        chars = first_chars(tree, MAX_FIRST)
        if chars is None:
            return pattern
        return compile_with_scan(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)
    except Exception:  # an unexpected tree: the pattern as it is
        return pattern


def _starts_blind(items: list[tuple[Any, Any]]) -> bool:
    """Whether the pattern opens with something `re` cannot scan for (a word boundary, a
    lookaround, an optional part, a choice one of whose branches opens with a class or a
    boundary: "\\d|сегодня|…"); one opening with a letter, a class or a choice of letters
    already gets `re`'s own fast scan, which a lookahead in front would disable."""
    while items and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, arg = items[0]
    if op is _c.AT:
        return arg not in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)  # "^" is already fast
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return True
    if op is _c.BRANCH:  # `re` scans for a choice only when every branch opens with a letter
        return any(not branch or branch[0][0] is not _c.LITERAL for branch in arg[1])
    return op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] == 0
