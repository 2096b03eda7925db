"""Alternations rewritten as a trie inside a parsed pattern, so `re` tries one branch per
character instead of every branch in turn.

`re` matches an alternation ("понедельник|вторник|среда|…") by trying its branches one after
the other at each position; `re._parser` factors out only a prefix that all of them share.
`trie_branches` gathers, in a parsed (case-sensitive) pattern, the branches that open with
the same literal character under that character, recursively ("сред|суббот|сегодня" ->
"с(?:ред|уббот|егодня)"): at a position only the branches opening with its character can
match, so `re` tests one character per group instead of one per branch.

Same matches, spans and groups: branches that open with different literal characters never
match at the same position (the pattern is case-sensitive, so a literal matches its own
character only), so their relative order never mattered; branches sharing a first character
keep their order inside its group, and backtracking tries them in the same order as before.
An alternation is left as it is when one of its branches does not open with a literal (a
class, a group, an assertion, an empty branch), and inside a group with inline flags.
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.possessive_runs import possessive_runs
from bot.core.language.re_internals import compiler as _c
from bot.core.language.re_internals import constants as _k
from bot.core.language.re_internals import parser as _p
from bot.core.language.re_internals import sre as _sre


def trie_branches(parsed: Any) -> int:
    """Rewrite every alternation of `parsed` (a `re._parser.SubPattern`, case-sensitive) in
    place as a trie of its branches (see the module docstring); how many were rewritten."""
    return 0 if _k is None else _walk(parsed)


def _walk(sub: Any) -> int:
    done = 0
    data = sub.data
    for i, (op, arg) in enumerate(data):
        if op is _k.BRANCH:
            branches = list(arg[1])
            done += sum(_walk(branch) for branch in branches)
            grouped = _grouped(sub.state, branches)
            if grouped is not None:
                data[i] = (op, (arg[0], grouped))
                done += 1
        elif op is _k.SUBPATTERN:
            if not arg[1] and not arg[2]:  # "(?i:…)": literals there match other cases
                done += _walk(arg[3])
        elif op in (_k.MAX_REPEAT, _k.MIN_REPEAT, _k.POSSESSIVE_REPEAT):
            done += _walk(arg[2])
        elif op in (_k.ASSERT, _k.ASSERT_NOT):
            done += _walk(arg[1])
        elif op is _k.ATOMIC_GROUP:
            done += _walk(arg)
        elif op is _k.GROUPREF_EXISTS:
            done += _walk(arg[1]) + (_walk(arg[2]) if arg[2] is not None else 0)
    return done


def _grouped(state: Any, branches: list[Any]) -> list[Any] | None:
    """The branches gathered by their first literal character (first appearance order), or
    None when a branch opens with anything else or no two branches share a character."""
    groups: dict[int, list[Any]] = {}
    for branch in branches:
        if not branch.data or branch.data[0][0] is not _k.LITERAL:
            return None
        groups.setdefault(branch.data[0][1], []).append(branch)
    if len(groups) == len(branches):
        return None  # every character opens one branch: nothing to gather
    out = []
    for char, members in groups.items():
        if len(members) == 1:
            out.append(members[0])
            continue
        rests = [_p.SubPattern(state, list(m.data[1:])) for m in members]
        inner = _grouped(state, rests) if all(r.data for r in rests) else None
        branch = _p.SubPattern(state, [(_k.LITERAL, char), (_k.BRANCH, (None, inner or rests))])
        out.append(branch)
    return out


def with_trie(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` compiled with its alternations as tries (same source, flags, matches and
    groups), or `pattern` itself when it ignores case, is verbose, has no alternation to
    gather or the standard library's compiler is not the expected one."""
    if _k is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return pattern
    try:
        return _compiled(pattern) or pattern
    except Exception:  # an unexpected tree or code: the pattern as it is
        return pattern


def _compiled(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    parsed = _p.parse(pattern.pattern, pattern.flags)
    flags = pattern.flags | parsed.state.flags
    if flags & (re.IGNORECASE | re.DEBUG):
        return None
    if not trie_branches(parsed):
        return None  # nothing gathered: the pattern re.compile built is as good
    possessive_runs(parsed, flags)  # (compiled anew anyway: possessive_runs.py)
    groups = parsed.state.groups
    index_group: list[str | None] = [None] * groups
    for name, i in parsed.state.groupdict.items():
        index_group[i] = name
    found: re.Pattern[str] = _sre.compile(
        pattern.pattern,
        flags,
        _c._code(parsed, flags),
        groups - 1,
        parsed.state.groupdict,
        tuple(index_group),
    )
    return found
