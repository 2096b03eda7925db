"""Which of the parser's regular expressions take more than linear time on some text.

Run: `.venv/bin/python benchmarks/regex_growth.py [--top N] [--only TEXT] [--all]` (~2-4 min
of CPU). Prints how many patterns it scanned, then the worst (pattern, text shape) pairs:
CPU time of a `finditer` over the whole text (every match, as the Scanner reads a rule) and
of a `match` at its start, at n = 1,000 / 2,000 / 4,000 characters, and the ratios
t(2,000)/t(1,000) and t(4,000)/t(2,000). A linear pattern doubles (ratio ~2); a quadratic
one quadruples (~4), a cubic one grows eightfold. A pair is *flagged* when both ratios pass
2.8 and the 4,000-character text takes over 2 ms, or when a call was stopped (over 10 s);
`--all` prints the unflagged worst too.

Why: every Scanner rule searches a text in which the words other rules took are blanked to
spaces, so a pattern with two unbounded repeats that can both eat the same run (`\\s*\\s*`,
`\\s*(?:\\s…)?`, `.+?[\\s.]*$`) backtracks polynomially over a long run of blanks, dots or
letters (review 2026-12-02, H2-H6: minutes for a chat message of 8,000 characters).

What is scanned: every compiled `re.Pattern` reachable from the module-level names of
bot/core/language and bot/core/features (tuples, lists, dicts and dataclasses looked into
three levels deep; the Scanner's compiled plans of tokens._PLANS included), and every
`re.search(r"…")`-like call with a literal pattern in their functions (read with `ast`).

The texts (built per pattern, all of the given length):
- generic shapes from the review: a long run of spaces, of one letter, of digits, of «а »
  pairs, of « .», of «?!», of «9А, », of «10:00 », of «15.12 », of «ул. », a long line of
  words without a newline, many short lines;
- shapes read from the pattern itself: an example match is generated from its syntax tree
  (`re._parser`: a branch and a repeat count picked by a seeded random choice, a character
  of each class), and cut before each of its repeats; the cut is followed by a long run of
  that repeat's own unit (a space for `\\s*`, «1» for `\\d+`, the class's characters in
  turn) or of a generic shape, and a character that fails the rest (the classic
  prefix-pump-suffix of a ReDoS);
- the example repeated with a space, a comma or a newline between copies.

Every text is tried at 1,000 characters first; only those that take over 0.4 ms there are
timed at 2,000 and 4,000 (best of three below 50 ms; a call that runs past 10 s is stopped by
a timer and shown as such). The timings are of this machine at this load: compare ratios,
not times. A flagged pattern is a candidate: whether real input can reach it (a chat message
of at most 8,000 characters, a post, a plan file's cell) is for the reader to check.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib
import inspect
import pkgutil
import random
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZES = (1_000, 2_000, 4_000)
SCREEN = 0.0004  # seconds at 1,000 characters under which a text is not timed further
FLAG_RATIO = 2.8  # both ratios over this: faster than linear (2) and near quadratic (4)
FLAG_TIME = 0.002  # seconds at 4,000 characters: below this, noise
GROWN = 2  # the slowest texts of each method timed at every size
BUDGET = 2.0  # seconds of screening one pattern at most
LIMIT = 10.0  # seconds: a call running longer is stopped (and reported as > LIMIT)
PACKAGES = ("bot.core.language", "bot.core.features")
FAIL = "!"  # closes every pumped text: a character few repeats take

# (label, unit): the unit is repeated to the text's length
GENERIC: tuple[tuple[str, str], ...] = (
    ("spaces", " "),
    ("letter", "а"),
    ("digits", "1"),
    ("а-pairs", "а "),
    ("space-dot", " ."),
    ("dots", "."),
    ("marks", "?!"),
    ("classes", "9А, "),
    ("clocks", "10:00 "),
    ("dates", "15.12 "),
    ("streets", "ул. "),
    ("words", "слово "),
    ("lines", "а\n"),
    ("commas", ", "),
    ("dashes", " - "),
)

MAX_CUTS = 24  # repeats of one example cut before (the first ones)
CANDIDATES = " а1.,-:оx«»\nА?!/()ё_+*№\"'—"


@dataclasses.dataclass
class Found:
    """One pattern and where it was found (module.name, or module:function line)."""

    where: str
    pattern: re.Pattern[str]


@dataclasses.dataclass
class Timing:
    """CPU seconds of one method over one text shape at each size (None: not timed)."""

    where: str
    pattern: str
    method: str
    shape: str
    times: list[float | None]

    def ratios(self) -> tuple[float, float]:
        """t(2n)/t(n) for each pair of sizes; inf past a stopped call (not timed further)."""
        out = []
        for low, high in zip(self.times, self.times[1:], strict=False):
            if low == float("inf") or (low is not None and high is None):
                out.append(float("inf"))
            elif low is None or high is None:
                out.append(0.0)
            else:
                out.append(high / max(low, 1e-6))
        return (out[0], out[1])

    def flagged(self) -> bool:
        if float("inf") in self.times:  # stopped: slower than any growth the sizes show
            return True
        low, high = self.ratios()
        last = self.times[-1]
        slow = last is None or last > FLAG_TIME
        return low > FLAG_RATIO and high > FLAG_RATIO and slow


# ---------------------------------------------------------------- collecting the patterns


def modules() -> list[Any]:
    """Every module of PACKAGES, imported."""
    out = []
    for name in PACKAGES:
        package = importlib.import_module(name)
        for info in pkgutil.iter_modules(package.__path__, name + "."):
            out.append(importlib.import_module(info.name))
    return out


def collect() -> list[Found]:
    """Every distinct compiled pattern of PACKAGES (by identity), named where defined."""
    found: dict[int, Found] = {}
    mods = modules()

    def walk(obj: Any, where: str, depth: int, home: bool) -> None:
        if isinstance(obj, re.Pattern):
            if id(obj) not in found or home:
                found[id(obj)] = Found(where, obj)
            return
        if depth > 3 or isinstance(obj, str | bytes | type) or inspect.ismodule(obj):
            return
        if isinstance(obj, tuple | list | set | frozenset):
            for i, item in enumerate(obj):
                walk(item, f"{where}[{i}]", depth + 1, home)
        elif isinstance(obj, dict):
            for i, (key, item) in enumerate(obj.items()):
                label = key if isinstance(key, str) and len(key) < 30 else i
                walk(item, f"{where}[{label!r}]", depth + 1, home)
        elif dataclasses.is_dataclass(obj):
            for field in dataclasses.fields(obj):
                walk(getattr(obj, field.name, None), f"{where}.{field.name}", depth + 1, home)

    for module in mods:
        source = inspect.getsource(module)
        for name, obj in vars(module).items():
            if callable(obj) and not isinstance(obj, re.Pattern):
                continue
            # a name defined in this module's source, not imported into it
            home = re.search(rf"^{re.escape(name)}\b\s*[:=]", source, re.MULTILINE) is not None
            walk(obj, f"{module.__name__}.{name}", 0, home)
    for module in mods:
        for where, pattern in inline(module):
            found.setdefault(id(pattern), Found(where, pattern))
    tokens = importlib.import_module("bot.core.language.tokens")
    for key, plan in list(getattr(tokens, "_PLANS", {}).items()):
        for i, part in enumerate(plan[1:], 1):
            if isinstance(part, re.Pattern) and id(part) not in found:
                found[id(part)] = Found(
                    f"tokens._PLANS[{key}][{i}] of {plan[0].pattern[:40]!r}", part
                )
    unique: dict[tuple[str, int], Found] = {}  # the same source twice behaves the same
    for item in found.values():
        unique.setdefault((item.pattern.pattern, item.pattern.flags), item)
    return list(unique.values())


_CALLS = {"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def inline(module: Any) -> Iterator[tuple[str, re.Pattern[str]]]:
    """`re.search(r"…", …)`-like calls with a literal pattern (and literal flags, if any)."""
    tree = ast.parse(inspect.getsource(module))
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _CALLS | {"compile"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            continue
        flags = 0
        flag_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
        if flag_node is None and node.func.attr == "compile" and len(node.args) > 1:
            flag_node = node.args[1]
        if flag_node is not None:
            try:
                flags = eval(compile(ast.Expression(flag_node), "<flags>", "eval"), {"re": re})
            except Exception:
                flags = 0
        try:
            yield f"{module.__name__}:{node.lineno}", re.compile(node.args[0].value, flags)
        except re.error:
            continue


# ---------------------------------------------------------------- texts read from a pattern

_p = importlib.import_module("re._parser")
_k = importlib.import_module("re._constants")

_CATEGORY = {
    "CATEGORY_DIGIT": str.isdigit,
    "CATEGORY_NOT_DIGIT": lambda c: not c.isdigit(),
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_NOT_SPACE": lambda c: not c.isspace(),
    "CATEGORY_WORD": lambda c: c.isalnum() or c == "_",
    "CATEGORY_NOT_WORD": lambda c: not (c.isalnum() or c == "_"),
    "CATEGORY_LINEBREAK": lambda c: c == "\n",
    "CATEGORY_NOT_LINEBREAK": lambda c: c != "\n",
}


def _in_set(char: str, items: list[Any], ignore_case: bool) -> bool:
    negate, hit = False, False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            hit |= chr(av) == char or (ignore_case and chr(av).lower() == char.lower())
        elif name == "RANGE":
            low, high = av
            hit |= low <= ord(char) <= high or (
                ignore_case
                and (low <= ord(char.lower()) <= high or low <= ord(char.upper()) <= high)
            )
        elif name == "CATEGORY":
            hit |= _CATEGORY.get(str(av), lambda c: False)(char)
    return hit != negate


def _chars(op: Any, av: Any, ignore_case: bool) -> list[str]:
    """Characters of CANDIDATES (and of the node's own literals) that one node accepts."""
    name = str(op)
    if name == "LITERAL":
        return [chr(av)]
    if name == "NOT_LITERAL":
        return [c for c in CANDIDATES if c != chr(av)]
    if name == "ANY":
        return [c for c in CANDIDATES if c != "\n"]
    if name == "IN":
        own = [chr(a) for o, a in av if str(o) == "LITERAL"]
        own += [chr(a[0]) for o, a in av if str(o) == "RANGE"]
        pool = list(dict.fromkeys(list(CANDIDATES) + own))
        return [c for c in pool if _in_set(c, av, ignore_case)]
    return []


@dataclasses.dataclass
class _Walk:
    """A random example of a pattern, with the cut points before each repeat and the units
    those repeats take."""

    rng: random.Random
    ignore_case: bool
    out: list[str] = dataclasses.field(default_factory=list)
    cuts: list[tuple[int, list[str]]] = dataclasses.field(default_factory=list)
    depth: int = 0

    def text(self) -> str:
        return "".join(self.out)

    def seq(self, items: Any) -> None:
        for op, av in items:
            self.node(op, av)

    def unit(self, items: Any) -> str:
        """One short example of a repeat's body."""
        inner = _Walk(self.rng, self.ignore_case, depth=self.depth + 1)
        if self.depth < 6:
            inner.seq(items)
        return inner.text()

    def node(self, op: Any, av: Any) -> None:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL", "ANY", "IN"):
            chars = _chars(op, av, self.ignore_case)
            if chars:
                self.out.append(self.rng.choice(chars[:3]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, items = av
            units = list(dict.fromkeys(self.unit(items) for _ in range(4)))
            if len(items) == 1 and str(items[0][0]) in ("IN", "ANY", "NOT_LITERAL"):
                units = list(dict.fromkeys(units + _chars(*items[0], self.ignore_case)[:6]))
            self.cuts.append((len(self.text()), [u for u in units if u]))
            count = low if high == low else self.rng.choice((low, low + 1, min(low + 2, high)))
            for _ in range(min(count, 4)):
                if self.depth < 6:
                    self.depth += 1
                    self.seq(items)
                    self.depth -= 1
        elif name in ("SUBPATTERN",):
            self.seq(av[-1])
        elif name == "ATOMIC_GROUP":
            self.seq(av)
        elif name == "BRANCH":
            self.seq(self.rng.choice(av[1]))
        elif name == "GROUPREF_EXISTS":
            self.seq(av[1])
        # AT, ASSERT, ASSERT_NOT, GROUPREF: nothing written


def pattern_shapes(
    pattern: re.Pattern[str], tries: int = 4
) -> list[tuple[str, Callable[[int], str]]]:
    """(label, builder of a text of n characters) read from the pattern's syntax tree."""
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except Exception:
        return []
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    seen: set[tuple[str, str]] = set()
    examples: list[str] = []
    shapes: list[tuple[str, Callable[[int], str]]] = []
    for seed in range(tries):
        walk = _Walk(random.Random(seed), ignore_case)
        walk.seq(parsed.data)
        example = walk.text()
        if example and example not in examples:
            examples.append(example)
        cuts = [(0, []), *walk.cuts[:MAX_CUTS], (len(example), [])]
        for at, units in cuts:
            prefix = example[:at]
            pumps = [(f"unit {u!r}", u) for u in units[:6]]
            # the generic shapes before the pattern and after its example; the blanks
            # (what the Scanner leaves of taken words) and «а » pairs after every cut
            pumps += list(GENERIC) if at in (0, len(example)) else list(GENERIC[:1] + GENERIC[3:4])
            for label, unit in pumps:
                if (prefix, unit) in seen:
                    continue
                seen.add((prefix, unit))
                shapes.append((f"{prefix!r} + {label}", _pumped(prefix, unit)))
    for example in examples[:3]:
        for sep in (" ", ", ", "\n"):
            shapes.append((f"({example[:30]!r} + {sep!r}) repeated", _repeated(example + sep)))
    return shapes


def _pumped(prefix: str, unit: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        body = n - len(prefix) - len(FAIL)
        return prefix + (unit * (body // len(unit) + 1))[: max(body, 0)] + FAIL

    return build


def _repeated(unit: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return build


# ---------------------------------------------------------------- timing


class _Late(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Late


def cpu(call: Callable[[], Any], repeat: int = 3) -> float:
    """Best CPU seconds of `call` (LIMIT-bounded: returns inf when stopped)."""
    best = float("inf")
    for _ in range(repeat):
        signal.setitimer(signal.ITIMER_REAL, LIMIT)
        started = time.process_time()
        try:
            call()
        except _Late:
            return float("inf")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        spent = time.process_time() - started
        best = min(best, spent)
        if spent > 0.05:
            break
    return best


def methods(pattern: re.Pattern[str], text: str) -> dict[str, Callable[[], Any]]:
    return {
        "finditer": lambda: [m.span() for m in pattern.finditer(text)],
        "match": lambda: pattern.match(text),
    }


def measure(found: Found) -> list[Timing]:
    """Timings of the pattern's slowest texts at SIZES[0] (those over SCREEN; the GROWN
    slowest of each method) at every size. A pattern whose texts have cost BUDGET seconds
    at SIZES[0] is screened no further (it is a candidate already)."""
    shapes = pattern_shapes(found.pattern) or [(f"{u!r}", _pumped("", u)) for _, u in GENERIC]
    screened: list[tuple[float, str, str, Callable[[int], str]]] = []
    spent = 0.0
    for label, build in shapes:
        small = build(SIZES[0])
        for method, call in methods(found.pattern, small).items():
            first = cpu(call, repeat=1)
            spent += min(first, LIMIT)
            if first >= SCREEN:
                screened.append((first, method, label, build))
        if spent > BUDGET:
            break
    out = []
    for method in ("finditer", "match"):
        chosen = sorted((s for s in screened if s[1] == method), key=lambda s: -s[0])
        for _, _, label, build in chosen[:GROWN]:
            times: list[float | None] = []
            for size in SIZES:
                last = times[-1] if times else 0.0
                if last is None or last == float("inf") or last * 8 > LIMIT:
                    times.append(None)
                    continue
                times.append(cpu(methods(found.pattern, build(size))[method]))
            out.append(Timing(found.where, found.pattern.pattern, method, label, times))
    return out


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds == float("inf"):
        return f">{LIMIT:.0f} s"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=25, help="rows to print")
    ap.add_argument("--only", default="", help="scan only patterns whose place or source has this")
    ap.add_argument("--all", action="store_true", help="print the worst pairs even if unflagged")
    ap.add_argument("--verbose", action="store_true", help="each pattern's CPU time, to stderr")
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    patterns = [f for f in collect() if args.only in f.where or args.only in f.pattern.pattern]
    started = time.process_time()
    timings: list[Timing] = []
    for i, found in enumerate(patterns):
        began = time.process_time()
        timings += measure(found)
        if args.verbose:
            print(f"{i} {time.process_time() - began:.2f} s {found.where}", file=sys.stderr)
    spent = time.process_time() - started
    worst: dict[tuple[str, str], Timing] = {}  # the worst text of each pattern and method
    for t in timings:
        key = (t.where, t.method)
        if key not in worst or _rank(t) > _rank(worst[key]):
            worst[key] = t
    flagged = sorted({t.where for t in timings if t.flagged()})
    print(
        f"{len(patterns)} patterns scanned ({spent:.0f} s of CPU); {len(timings)} texts over "
        f"{SCREEN * 1000:.1f} ms at {SIZES[0]:,} characters; {len(flagged)} patterns flagged "
        f"(both ratios > {FLAG_RATIO}, > {FLAG_TIME * 1000:.0f} ms at {SIZES[-1]:,})"
    )
    rows = sorted(worst.values(), key=_rank, reverse=True)
    if not args.all:
        rows = [t for t in rows if t.flagged()]
    sizes = " / ".join(f"{s:,}" for s in SIZES)
    for t in rows[: args.top]:
        low, high = t.ratios()
        mark = "FLAG" if t.flagged() else "    "
        print(
            f"{mark} {t.where}  {t.method}  {sizes}: "
            + " / ".join(_fmt(x) for x in t.times)
            + f"  ratios {low:.1f} {high:.1f}\n       text: {t.shape[:110]}\n"
            f"       pattern: {t.pattern[:150]!r}"
        )


def _rank(t: Timing) -> tuple[bool, float, float]:
    last = next((x for x in reversed(t.times) if x is not None), 0.0)
    return (t.flagged(), min(t.ratios()), last)


if __name__ == "__main__":
    main()
