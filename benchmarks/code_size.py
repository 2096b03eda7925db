"""Code size figures for the README: the largest modules and the median function length.

    python benchmarks/code_size.py [PACKAGE_DIR]   # default: bot

A function's length is its lines from `def` to its last line (docstring included, decorators
not), counted with `ast` over every function and method, nested ones included.
"""

from __future__ import annotations

import ast
import statistics
import sys
from pathlib import Path

LIMIT = 400  # lines: the project's "no module over about 400 lines"


def function_lengths(tree: ast.AST) -> list[int]:
    """Lines of each function and method in a parsed module."""
    return [
        (node.end_lineno or node.lineno) - node.lineno + 1
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def measure(root: Path) -> tuple[list[tuple[int, str]], list[int]]:
    """(lines, module) for every module under `root`, and every function's length."""
    modules: list[tuple[int, str]] = []
    lengths: list[int] = []
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        modules.append((len(text.splitlines()), str(path)))
        lengths += function_lengths(ast.parse(text))
    modules.sort(reverse=True)
    return modules, lengths


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else "bot")
    modules, lengths = measure(root)
    print(f"{len(modules)} modules, {sum(n for n, _ in modules)} lines, {len(lengths)} functions")
    print("largest modules:")
    for lines, name in modules[:5]:
        print(f"  {lines:5d}  {name}")
    over = [name for lines, name in modules if lines > LIMIT]
    print(f"modules over {LIMIT} lines: {len(over)} {over if over else ''}".rstrip())
    q = statistics.quantiles(lengths, n=10)
    print(
        f"function length (lines): median {statistics.median(lengths):g}, "
        f"p90 {q[-1]:g}, max {max(lengths)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
