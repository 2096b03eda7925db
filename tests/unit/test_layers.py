"""The layers hold: the core imports no transport, driver or storage; the language layer does
not import the feature handlers; the router's modules import each other without circles."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "bot" / "core"
FORBIDDEN_IN_CORE = (
    "vkbottle",
    "aiosqlite",
    "aiohttp",
    "bot.storage",
    "bot.transports",
    "bot.render",
    "bot.exports",  # file readers and writers come in through ports (PastedTableReader, …)
    "bot.plan_files",
    "psycopg",
    "asyncpg",
)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module a file imports, at any level (lazy imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


CORE_MODULES = {module_name(p): p for p in sorted(CORE.rglob("*.py"))}


@pytest.mark.parametrize("name", sorted(CORE_MODULES))
def test_the_core_imports_no_outside_layer(name: str) -> None:
    bad = [m for m in imports(CORE_MODULES[name]) if m.startswith(FORBIDDEN_IN_CORE)]
    assert bad == []


def test_language_does_not_import_features_or_the_planner() -> None:
    for name, path in CORE_MODULES.items():
        if name.startswith("bot.core.language"):
            found = imports(path)
            assert not any(m.startswith(("bot.core.features", "bot.core.planner")) for m in found)


def test_no_import_circles_in_the_core() -> None:
    graph = {
        name: {m for m in imports(path) if m in CORE_MODULES and m != name}
        for name, path in CORE_MODULES.items()
    }
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError(" -> ".join([*trail[trail.index(nxt) :], nxt]))
            if nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
