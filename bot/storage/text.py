"""Text as it is stored: control characters removed at the storage boundary.

XML 1.0 (and so xlsx and every other office format) cannot carry C0 control characters
other than tab, line feed and carriage return, and none of them belongs in a title, a
venue, a name or a comment; lone surrogates cannot even be encoded as UTF-8. They are
dropped here, in the one place every stored text passes, so whatever is stored exports.
Tab and line feed are kept; a carriage return is dropped (CR LF becomes LF).
"""

from __future__ import annotations

import re

# C0 controls except \t and \n, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """`text` without control characters (\\n and \\t kept)."""
    return _UNWANTED.sub("", text)


def clean_optional(text: str | None) -> str | None:
    """clean_text for optional fields (None stays None)."""
    return None if text is None else clean_text(text)
