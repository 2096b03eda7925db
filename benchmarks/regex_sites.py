"""Where a warm post's work goes: by part of the interpreter (callgrind) and by regex call site.

Run (the posts are the tuned sets' without the held-out sets and without real_posts_dev.jsonl,
which no helper opens):

* `.venv/bin/python benchmarks/regex_sites.py --engine [N]`: one warm pass over the first N
  posts (default 60) under callgrind, its instructions grouped by what CPython spends them in:
  the regex engine (`_sre`), the interpreter (ceval, frames), strings (unicode methods, `in`,
  lower-casing), memory (obmalloc, malloc), dicts and sets, the literal index (pyahocorasick),
  the garbage collector, the rest; then how often `re`'s search loop tested a character
  against a pattern's first-character set and started a match attempt (callers of
  `sre_ucs1_charset` and `sre_ucs2_match` from `sre_search`). ~3 min of CPU for 60 posts.
* `.venv/bin/python benchmarks/regex_sites.py --scans [N] [TOP]` (speed75): every plain
  pattern (not case-insensitive, compiled by `re.compile`) the warm pass over the first N
  posts (default 150) called and for which `first_scan.compile_with_scan` knows a
  first-character scan `re` lacks: its calls replayed as they are and with the scan (best of
  three each), the CPU a post the scan saves, the TOP largest (default 80) by "module.NAME".
* `.venv/bin/python benchmarks/regex_sites.py --openings [N] [TOP]` (speed76): the ceiling
  of the shared word-form analysis for the searches that open at a word: every recorded
  `search`/`finditer`/`findall` of a pattern that `word_openings.openings` proves opens only
  at a run of letters starting with one of its literal prefixes (a case-insensitive pattern
  through its lower-case twin, `lowered.twin`), replayed as it is and as `re.match` tried
  only at those runs' starts, the runs of each text found once beforehand (the shared
  analysis, its own cost printed apart): the CPU a post saved, by "module.NAME", and the
  calls whose matches differ (expected 0).
* `.venv/bin/python benchmarks/regex_sites.py --possessive [N] [TOP]` (speed80): every plain
  pattern (compiled by `re.compile`, case-sensitive) the warm pass over the first N posts
  (default 150) called whose runs possessive_runs.py would make possessive: its calls
  replayed as they are and rewritten (best of three each), the CPU a post saved, the TOP
  (default 30) by "module.NAME", and the calls answered otherwise (expected 0).
* `.venv/bin/python benchmarks/regex_sites.py [N] [TOP]`: every compiled pattern's method
  call the parser makes over a warm pass of the first N posts (default 300) recorded at its
  call site (bot/core/language/*.py rewritten at import: `x.search(…)` becomes a recording
  call, the same answer), then each site's calls replayed alone (best of three), a `finditer`
  iterated to its end: the CPU each site costs a post, the TOP dearest (default 40). Unlike
  parser_costs.py's profiler, which sees a `finditer` call but not the matching done while
  it is iterated, and whose clock is read around every call, the replay times whole batches.
  Then the bound of a literal gate: the CPU of the calls that found nothing and that
  prefilter.may_match would have ruled out (their required literals absent from the range).

The replayed `sub` calls put "" for a function replacement (the function itself is the
caller's work, not the engine's). A site is "module.py:line"; a site used with several
patterns (Scanner.find's search) is split by pattern.
"""

from __future__ import annotations

import ast
import importlib.abc
import importlib.machinery
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_parser import HELD_OUT, REAL_SETS
from benchmarks.corpus_score import load

# the lead's sets no helper opens (besides HELD_OUT): never read here
NOT_READ = (*HELD_OUT, "real_posts_dev.jsonl")
METHODS = frozenset({"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})
PACKAGE = "bot.core.language."

# (site, pattern, method, args, kwargs) of each call while recording (None: not recording)
_RECORDED: list[tuple[str, re.Pattern[str], str, tuple[Any, ...], dict[str, Any]]] | None = None


def posts() -> list[tuple[str, datetime]]:
    """(text, now) of every post of REAL_SETS but NOT_READ, in REAL_SETS' order."""
    names = [name for name in REAL_SETS if name not in NOT_READ]
    return [(c["text"], datetime.fromisoformat(c["now"])) for n in names for c in load(n)]


def recorded_call(obj: Any, method: str, site: str, *args: Any, **kwargs: Any) -> Any:
    """`getattr(obj, method)(*args, **kwargs)`, recorded with its site when `obj` is a
    compiled pattern and a pass is being recorded."""
    if _RECORDED is not None and isinstance(obj, re.Pattern):
        _RECORDED.append((site, obj, method, args, kwargs))
    return getattr(obj, method)(*args, **kwargs)


class _Recording(ast.NodeTransformer):
    """`x.search(a, …)` -> `__rx__(x, "search", "module.py:line", a, …)` for METHODS."""

    def __init__(self, module: str) -> None:
        self.module = module

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        func = node.func
        if not isinstance(func, ast.Attribute) or func.attr not in METHODS:
            return node
        site = f"{self.module}:{node.lineno}"
        head = [func.value, ast.Constant(func.attr), ast.Constant(site)]
        call = ast.Call(ast.Name("__rx__", ast.Load()), [*head, *node.args], node.keywords)
        return ast.copy_location(call, node)


def recording_code(source: str, path: str) -> Any:
    """`source` compiled with every METHODS call going through `__rx__` (recorded_call)."""
    tree = _Recording(Path(path).name).visit(ast.parse(source))
    return compile(ast.fix_missing_locations(tree), path, "exec")


class _Loader(importlib.machinery.SourceFileLoader):
    def source_to_code(self, data: Any, path: Any, *, _optimize: int = -1) -> Any:  # type: ignore[override]
        return recording_code(data.decode("utf-8") if isinstance(data, bytes) else data, path)

    def exec_module(self, module: ModuleType) -> None:
        module.__dict__["__rx__"] = recorded_call
        super().exec_module(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Sequence[str] | None, target: Any = None) -> Any:
        if not name.startswith(PACKAGE):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.origin and spec.origin.endswith(".py"):
            spec.loader = _Loader(name, spec.origin)
        return spec


def _with_recording() -> Callable[[list[tuple[str, datetime]]], None]:
    """The parser imported with its call sites rewritten; its one-pass function."""
    sys.dont_write_bytecode = True  # the rewritten code never lands in __pycache__
    sys.meta_path.insert(0, _Finder())
    for name in [name for name in sys.modules if name.startswith(PACKAGE)]:
        del sys.modules[name]  # imported by the benchmarks' modules: imported again, rewritten
    from bot.core.language.intents import parse_message

    def one_pass(cases: list[tuple[str, datetime]]) -> None:
        for text, now in cases:
            parse_message(text, now)

    return one_pass


def _replay(calls: list[tuple[Callable[..., Any], str, tuple[Any, ...], dict[str, Any]]]) -> None:
    for method, name, args, kwargs in calls:
        found = method(*args, **kwargs)
        if name == "finditer":
            for _ in found:
                pass


def _replayable(method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """`args` with a function replacement of sub/subn put as ""."""
    if method in ("sub", "subn") and args and callable(args[0]):
        return ("", *args[1:])
    return args


def _record(count: int) -> list[tuple[str, re.Pattern[str], str, tuple[Any, ...], dict[str, Any]]]:
    """Every compiled pattern's method call of a warm pass over the first `count` posts."""
    global _RECORDED
    one_pass = _with_recording()
    cases = posts()[:count]
    one_pass(cases)
    _RECORDED = []
    one_pass(cases)
    recorded, _RECORDED = _RECORDED, None
    return recorded


def sites(count: int, top: int) -> None:
    """Print the regex call sites' CPU per post over a warm pass (see the module)."""
    recorded = _record(count)
    from bot.core.language.prefilter import may_match

    cases = posts()[:count]
    by_site: dict[tuple[str, int], list[Any]] = defaultdict(list)
    for site, pattern, method, args, kwargs in recorded:
        call = (getattr(pattern, method), method, _replayable(method, args, kwargs), kwargs)
        by_site[(site, id(pattern))].append((*call, pattern))
    rows = []
    for (site, _), calls in by_site.items():
        plain = [c[:4] for c in calls]
        best = min(_timed(plain) for _ in range(3))
        rows.append((best, len(calls), site, calls[0][1], calls[0][4].pattern))
    total = sum(r[0] for r in rows)
    print(f"{len(cases)} posts: {len(recorded) / len(cases):.0f} regex calls a post, replayed")
    print(f"{total / len(cases) * 1e6:.0f} µs of CPU a post ({len(rows)} sites)")
    print(" share  µs/post  calls/post  method    site                       pattern")
    for cpu, often, site, method, source in sorted(rows, reverse=True)[:top]:
        each = cpu / len(cases) * 1e6
        print(
            f"{cpu / total:6.1%} {each:8.1f} {often / len(cases):10.1f}  {method:8s}"
            f"  {site:26s} {source[:70]!r}"
        )
    gated = _gate_bound(recorded, may_match)
    print(f"calls finding nothing that may_match rules out: {gated / len(cases) * 1e6:.1f} µs/post")


def scannable(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` compiled with a first-character scan (first_scan.compile_with_scan) when it
    is a plain `re.compile` pattern without one that a scan can be given; else None."""
    from bot.core.language.first_scan import compile_with_scan

    if pattern.flags & re.IGNORECASE or pattern != re.compile(pattern.pattern, pattern.flags):
        return None  # folded case: no scan; or compiled otherwise already
    fast = compile_with_scan(pattern.pattern, pattern.flags)
    return fast if fast != pattern else None


def defined_as(pattern: re.Pattern[str]) -> str:
    """ "module.NAME" of a parser module's global holding `pattern` ("?" when none does)."""
    for name, module in list(sys.modules.items()):
        if name.startswith(PACKAGE):
            for attribute, value in vars(module).items():
                if value is pattern:
                    return f"{name[len(PACKAGE) :]}.{attribute}"
    return "?"


def scans(count: int, top: int) -> None:
    """Print what a first-character scan would save each plain pattern that lacks one: its
    recorded calls of a warm pass replayed as they are and with `scannable`'s pattern."""
    recorded = _record(count)
    by_pattern: dict[int, list[Any]] = defaultdict(list)
    for _, pattern, method, args, kwargs in recorded:
        by_pattern[id(pattern)].append((pattern, method, _replayable(method, args, kwargs), kwargs))
    rows = []
    for calls in by_pattern.values():
        fast = scannable(calls[0][0])
        if fast is None:
            continue
        plain = [(getattr(p, m), m, a, k) for p, m, a, k in calls]
        scanned = [(getattr(fast, m), m, a, k) for _, m, a, k in calls]
        saved = min(_timed(plain) for _ in range(3)) - min(_timed(scanned) for _ in range(3))
        rows.append((saved / count * 1e6, len(calls) / count, defined_as(calls[0][0])))
    print(f"{count} posts: {len(rows)} patterns without a scan called, a scan saves")
    print(f"{sum(r[0] for r in rows):.1f} µs of CPU a post in all;  µs/post  calls/post  pattern")
    for each, often, name in sorted(rows, reverse=True)[:top]:
        print(f"{each:8.2f} {often:10.1f}  {name}")


def possessive(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` (plain: compiled by `re.compile`, case-sensitive) compiled again with its
    runs made possessive (possessive_runs.py), or None when it is not plain or no run
    changes."""
    from bot.core.language.possessive_runs import possessive_runs
    from bot.core.language.re_internals import compiler, parser, sre

    if pattern.flags & re.IGNORECASE or pattern != re.compile(pattern.pattern, pattern.flags):
        return None  # folded case (not read by possessive_runs), or compiled otherwise already
    parsed = parser.parse(pattern.pattern, pattern.flags)
    flags = pattern.flags | parsed.state.flags
    if not possessive_runs(parsed, flags):
        return None
    names: list[str | None] = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        names[i] = name
    code = compiler._code(parsed, flags)
    found: re.Pattern[str] = sre.compile(
        pattern.pattern, flags, code, parsed.state.groups - 1, parsed.state.groupdict, tuple(names)
    )
    return found


def _answers(pattern: re.Pattern[str], method: str, args: tuple[Any, ...], kwargs: Any) -> Any:
    """What a replayed call gives, Match objects as their spans and groups."""
    found = getattr(pattern, method)(*args, **kwargs)
    if method == "finditer":
        found = list(found)
    if isinstance(found, list):
        return [(m.span(), m.groups()) if isinstance(m, re.Match) else m for m in found]
    return (found.span(), found.groups()) if isinstance(found, re.Match) else found


def possessive_costs(count: int, top: int) -> None:
    """Print what making the runs possessive (possessive_runs.py) would save each plain
    pattern a warm pass over the first `count` posts calls, where it changes a run: its
    calls replayed as they are and rewritten (best of three each), the CPU a post saved, the
    TOP largest and smallest by "module.NAME", and the calls whose answers differ (0 expected:
    the rewrite keeps matches, spans and groups)."""
    recorded = _record(count)
    by_pattern: dict[int, list[Any]] = defaultdict(list)
    for _, pattern, method, args, kwargs in recorded:
        by_pattern[id(pattern)].append((pattern, method, _replayable(method, args, kwargs), kwargs))
    rows, differ = [], 0
    for calls in by_pattern.values():
        fast = possessive(calls[0][0])
        if fast is None:
            continue
        differ += sum(_answers(p, m, a, k) != _answers(fast, m, a, k) for p, m, a, k in calls)
        plain = [(getattr(p, m), m, a, k) for p, m, a, k in calls]
        rewritten = [(getattr(fast, m), m, a, k) for _, m, a, k in calls]
        before = min(_timed(plain) for _ in range(3))
        saved = before - min(_timed(rewritten) for _ in range(3))
        rows.append((saved / count * 1e6, before / count * 1e6, len(calls) / count, calls[0][0]))
    print(f"{count} posts: {len(rows)} plain patterns called whose runs the rewrite changes")
    print(
        f"saved {sum(r[0] for r in rows):.1f} of their {sum(r[1] for r in rows):.1f} µs of CPU "
        f"a post; calls answered otherwise: {differ}"
    )
    print(" saved µs/post  of µs/post  calls/post  pattern")
    shown = sorted(rows, key=lambda r: -r[0])
    for saved, before, often, pattern in shown[:top] + shown[-min(top, 5) :]:
        print(f"{saved:13.2f} {before:11.2f} {often:11.1f}  {defined_as(pattern)}")


_LOWS: dict[str, str] = {}  # openings_bound's texts lower-cased once (None: unsafe to)


def _opening_index(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], Any] | None:
    """(the pattern searched over the lower case or the text itself, its word-form index)
    when `pattern` opens only at a run of letters of known prefixes; None otherwise."""
    from bot.core.language.lowered import twin
    from bot.core.language.word_openings import openings

    fast = twin(pattern) if pattern.flags & re.IGNORECASE else pattern
    if fast is None:
        return None
    index = openings(fast.pattern, fast.flags)
    return None if index is None else (fast, index)


def _by_openings(pattern: re.Pattern[str], fast: re.Pattern[str], index: Any, call: Any) -> Any:
    """The answer of one recorded whole-text call (method, text, pos) tried only at the
    index's positions (word_openings.matches, as the title's kind nouns are found): a span
    list for finditer/findall (the matches from `pos` on), the first such span or None for
    search."""
    from bot.core.language.word_openings import matches

    method, text, pos = call
    low = _LOWS.get(text) if fast is not pattern else text
    if low is None:
        return None
    found = matches(pattern, text, low, fast, index, lambda: list(pattern.finditer(text)))
    spans = [m.span() for m in found if m.start() >= pos]
    if method == "search":
        return spans[0] if spans else None
    return spans


def _plain_answer(pattern: re.Pattern[str], call: Any) -> Any:
    method, text, pos = call
    if method == "search":
        found = pattern.search(text, pos)
        return None if found is None else found.span()
    return [m.span() for m in pattern.finditer(text, pos)]


def openings_bound(count: int, top: int) -> None:
    """Print what the shared word-form analysis would save the searches that open at a word
    (see the module): each pattern's recorded whole-text calls replayed both ways."""
    from bot.core.language import word_openings
    from bot.core.language.lowered import lowered

    recorded = _record(count)
    by_pattern: dict[int, list[Any]] = defaultdict(list)
    texts: set[str] = set()
    for _, pattern, method, args, kwargs in recorded:
        if method not in ("search", "finditer", "findall") or kwargs or len(args) > 2:
            continue
        if not isinstance(args[0], str):
            continue
        by_pattern[id(pattern)].append((pattern, (method, args[0], (args[1:2] or (0,))[0])))
        texts.add(args[0])
    word_openings._KEEP_TEXTS = len(texts) * 2 + 8  # every text's runs kept for the replay
    started = time.process_time()
    for text in texts:  # the shared analysis: each text's lower case and letter runs, once
        low = lowered(text)
        if low is not None:
            _LOWS[text] = low
            word_openings.forms(low)
        word_openings.forms(text)
    shared = time.process_time() - started
    rows, differ = [], 0
    for calls in by_pattern.values():
        pattern = calls[0][0]
        found = _opening_index(pattern)
        if found is None:
            continue
        fast, index = found
        plain = [c for _, c in calls]
        for call in plain:
            if _by_openings(pattern, fast, index, call) != _plain_answer(pattern, call):
                differ += 1
        saved = min(
            _timed_answers(lambda c, p=pattern: _plain_answer(p, c), plain) for _ in range(3)
        )
        saved -= min(
            _timed_answers(lambda c, p=pattern, f=fast, i=index: _by_openings(p, f, i, c), plain)
            for _ in range(3)
        )
        rows.append((saved / count * 1e6, len(calls) / count, defined_as(pattern)))
    print(f"{count} posts: {len(rows)} patterns open at a word; tried only there they save")
    print(f"{sum(r[0] for r in rows):.1f} µs of CPU a post in all ({differ} calls differ);")
    size = sum(len(text) for text in texts) / count
    print(
        f"the shared analysis (lower case and letter runs of {len(texts) / count:.0f} distinct"
        f" texts a post, {size:,.0f} characters): {shared / count * 1e6:.1f} µs a post"
    )
    print(" µs/post  calls/post  pattern")
    for each, often, name in sorted(rows, reverse=True)[:top]:
        print(f"{each:8.2f} {often:10.1f}  {name}")


def _timed_answers(answer: Callable[[Any], Any], calls: list[Any]) -> float:
    started = time.process_time()
    for _ in range(5):
        for call in calls:
            answer(call)
    return (time.process_time() - started) / 5


def _timed(calls: list[Any]) -> float:
    started = time.process_time()
    for _ in range(5):
        _replay(calls)
    return (time.process_time() - started) / 5


def _gate_bound(recorded: list[Any], may_match: Callable[..., bool]) -> float:
    """CPU of the searching calls that found nothing and that may_match rules out."""
    cpu = 0.0
    for _, pattern, method, args, kwargs in recorded:
        if method not in ("search", "finditer", "findall", "sub", "subn") or kwargs:
            continue
        if method in ("sub", "subn"):
            if len(args) != 2:
                continue
            text, pos, end = args[1], 0, None
        else:
            text, pos, end = args[0], (args[1:2] or (0,))[0], (args[2:3] or (None,))[0]
        if not isinstance(text, str):
            continue
        bound = len(text) if end is None else end
        if pattern.search(text, pos, bound) is not None or may_match(pattern, text, pos, end):
            continue
        call = [(getattr(pattern, method), method, _replayable(method, args, kwargs), kwargs)]
        cpu += min(_timed(call) for _ in range(3))
    return cpu


# what CPython spends a pass's instructions in, by the file of the function (callgrind)
_PARTS = (
    ("regex engine (_sre)", ("/_sre/",)),
    ("interpreter", ("ceval", "frame", "call.c", "/Include/object.h")),
    ("strings", ("unicode", "stringlib", "bytes_methods")),
    ("memory", ("obmalloc", "malloc")),
    ("dicts and sets", ("dictobject", "setobject", "pyhash")),
    ("literal index (pyahocorasick)", ("trienode", "automaton", "ahocorasick")),
    ("garbage collector", ("gcmodule",)),
)


def part_of(function: str) -> str:
    """The part of CPython a callgrind `file:function` name belongs to (_PARTS; "other")."""
    for part, marks in _PARTS:
        if any(mark in function for mark in marks):
            return part
    return "other"


_ROW = re.compile(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+(\S+)")
_CALLS = re.compile(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+<\s+(\S+) \(([\d,]+)x\)")


def parts(annotated: str) -> Counter[str]:
    """Instructions by part, read from `callgrind_annotate`'s flat listing."""
    found: Counter[str] = Counter()
    for line in annotated.splitlines():
        m = _ROW.match(line)
        if m and "PROGRAM" not in m.group(2):
            found[part_of(m.group(2))] += int(m.group(1).replace(",", ""))
    return found


def engine(count: int) -> None:
    """Print a warm pass's instructions by part of CPython (callgrind; see the module)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no"]
        command += [f"--callgrind-out-file={out}", sys.executable, __file__]
        subprocess.run([*command, "--counted", str(count)], check=True, capture_output=True)
        flat = _annotate(out, [])
        tree = _annotate(out, ["--tree=caller"])
    found = parts(flat)
    total = sum(found.values())
    print(f"{count} warm posts: {total / count / 1e6:.2f}M instructions a post")
    for part, size in found.most_common():
        print(f"{size / total:6.1%}  {part}")
    scans = _called_from(tree, "sre_ucs1_charset", "sre_search")
    tries = _called_from(tree, "sre_ucs2_match [", "sre_search")
    print(
        f"sre_search: {scans[0] / count:,.0f} first-character tests a post ({scans[1] / total:.1%})"
    )
    print(
        f"sre_search: {tries[0] / count:,.0f} match attempts a post ({tries[1] / total:.1%} incl.)"
    )


def _annotate(out: Path, options: list[str]) -> str:
    command = ["callgrind_annotate", "--threshold=100", *options, str(out)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _called_from(tree: str, callee: str, caller: str) -> tuple[int, int]:
    """(calls, inclusive instructions) of `callee` made by `caller`, from the caller tree."""
    block: list[str] = []
    for line in tree.splitlines():
        if not line.strip():
            block = []
            continue
        block.append(line)
        if "*" in line and callee in line:
            for row in block:
                m = _CALLS.match(row)
                if m and caller in m.group(2):
                    return int(m.group(3).replace(",", "")), int(m.group(1).replace(",", ""))
    return 0, 0


def _counted(count: int) -> None:
    """Inside valgrind: one warm-up pass, then one pass with instrumentation on."""
    from bot.core.language.intents import parse_message

    cases = posts()[:count]
    for text, now in cases:
        parse_message(text, now)
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    for text, now in cases:
        parse_message(text, now)
    subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--counted"]:
        _counted(int(arguments[1]))
    elif arguments[:1] == ["--scans"]:
        numbers = [int(a) for a in arguments[1:]]
        scans(*(numbers + [150, 80][len(numbers) :])[:2])
    elif arguments[:1] == ["--openings"]:
        numbers = [int(a) for a in arguments[1:]]
        openings_bound(*(numbers + [150, 40][len(numbers) :])[:2])
    elif arguments[:1] == ["--possessive"]:
        numbers = [int(a) for a in arguments[1:]]
        possessive_costs(*(numbers + [150, 30][len(numbers) :])[:2])
    elif arguments[:1] == ["--engine"]:
        engine(int(arguments[1]) if len(arguments) > 1 else 60)
    else:
        numbers = [int(a) for a in arguments]
        sites(*(numbers + [300, 40][len(numbers) :])[:2])
