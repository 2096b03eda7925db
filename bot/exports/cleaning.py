"""Text safe to store and to export: no control characters.

A title with U+0001 in it made every xlsx export covering it fail (openpyxl refuses C0
controls; XML 1.0 §2.2 does not allow them), and terminals and PDFs show them as garbage.
"""

from __future__ import annotations

import unicodedata

_KEEP = frozenset("\n\t")
_DROP = frozenset(("Cc", "Cs", "Cn"))  # controls, lone surrogates, unassigned (U+FFFE/FFFF)


def clean_text(text: str) -> str:
    """`text` without C0/C1 control characters (newline and tab kept), unpaired
    surrogates and noncharacters; printable text is returned as is, at no cost."""
    if text.isprintable():
        return text
    return "".join(ch for ch in text if ch in _KEEP or unicodedata.category(ch) not in _DROP)


def clean_optional(text: str | None) -> str | None:
    """clean_text for an optional field."""
    return None if text is None else clean_text(text)
