"""A kind's quoted name given before it and pointed back to: "«Зимняя вахта». Областная
военно-спортивная игра под таким названием пройдёт …", "Акция с этим названием стартует …".
"под таким названием" ("with such a name") refers to the quoted name just written, so that
name is the kind's. Used by title_phrase.kind_phrase.
"""

from __future__ import annotations

import re

# "под таким названием", "с этим названием", "под тем же названием": within the kind's
# clause (no sentence mark before it)
_SUCH_NAME = re.compile(
    r"[^.!?;\n«»]{0,120}?\s(?:под|с)\s+(?:таким|этим|тем\s+же|этим\s+же)\s+названием(?![а-яё])",
    re.IGNORECASE,
)
# the last quoted name before the kind: «…» closed before it, with nothing quoted after it
_LAST_NAME = re.compile(r"«([^«»\n]{2,80})»[^«»]*$")
# how far back the name pointed to may stand (the heading or the sentence before)
_REACH = 240


def name_pointed_back(text: str, start: int, end: int) -> str | None:
    """The quoted name (with its marks) that the kind at text[start:end] is said to bear by
    "под таким названием" later in its clause; None when the clause says no such thing or
    no quoted name stands within _REACH characters before the kind."""
    if "назван" not in text[end : end + 160] or _SUCH_NAME.match(text, end) is None:
        return None
    found = _LAST_NAME.search(text, max(0, start - _REACH), start)
    return f"«{found.group(1)}»" if found is not None else None
