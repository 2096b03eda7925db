"""Text as the bot keeps and exports it: no control characters.

XML 1.0 §2.2 (and so xlsx and every other office format) cannot carry C0 control characters
other than tab, line feed and carriage return — a title with U+0001 made every xlsx export
covering it fail — and none of them belongs in a title, a venue, a name or a comment; lone
surrogates cannot even be encoded as UTF-8; terminals and PDFs show the rest as garbage.
Incoming messages, every stored text and every exported cell pass through `clean_text`, so
whatever is stored exports. Tab and line feed are kept; a carriage return is dropped (CR LF
becomes LF). Unassigned code points are kept: a newer emoji than Python's Unicode tables
know is still text. Invisible format characters go too — the bidirectional embeddings,
overrides and isolates (U+202A–U+202E, U+2066–U+2069), zero-width space and non-joiner,
direction marks, word joiners, the soft hyphen and the BOM — since they can hide or
reorder a title in other people's lists (Unicode TR #36 §2.2, bidirectional spoofing); the
zero-width joiner stays, as emoji sequences need it.
"""

from __future__ import annotations

import re

# C0 controls except \t and \n, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF
_UNWANTED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
    "\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def clean_text(text: str) -> str:
    """`text` without control characters (\\n and \\t kept); printable text is returned as
    it is, at no cost."""
    if text.isprintable():
        return text
    return _UNWANTED.sub("", text)


def clean_optional(text: str | None) -> str | None:
    """clean_text for optional fields (None stays None)."""
    return None if text is None else clean_text(text)
