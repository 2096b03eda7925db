"""The standard library's own regex compiler, parser and constants, loaded once.

`re._compiler`, `re._parser`, `re._constants` and `_sre` are CPython 3.11+ internals without
type stubs; prefilter, first_scan and branch_trie read parsed patterns and build compiled
code with them. On another Python each name is None and those modules leave patterns as
`re.compile` builds them (same results, only slower).
"""

from __future__ import annotations

import importlib
from typing import Any

compiler: Any
constants: Any
parser: Any
sre: Any
try:
    compiler = importlib.import_module("re._compiler")
    constants = importlib.import_module("re._constants")
    parser = importlib.import_module("re._parser")
    sre = importlib.import_module("_sre")
except ImportError:  # pragma: no cover - another Python
    compiler = constants = parser = sre = None
