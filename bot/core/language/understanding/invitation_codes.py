"""An invitation code typed alone or inside a short sentence («Здравствуйте, вот код: pvff9l7d»)."""

from __future__ import annotations

import re

from bot.core.language.tokens import normalize

INVITATION_CODE = re.compile(r"^[A-HJ-NP-Z2-9]{8}$")


# a code inside a short sentence: one standalone token of the code's alphabet, never part of
# a link, an address or a longer word (its neighbours are spaces or ordinary punctuation)
_CODE_IN_TEXT = re.compile(r"(?<![\w/.\-=?&#@%+])([A-HJ-NP-Z2-9]{8})(?![\w/\-=&#@%+])(?![.?:]\w)")


_SAYS_CODE = re.compile(r"\bкод\w*|\bcode\b")


CODE_SENTENCE_WORDS = 12  # a longer text is a post or a plan, never a code's cover note


def code_in_sentence(text: str) -> str | None:
    """The invitation code inside a short sentence («Здравствуйте, вот код: pvff9l7d», «мой
    код PVFF9L7D, спасибо»: newcomer walk 2026-12-01e, finding 16), upper-cased; None when
    the text has more than CODE_SENTENCE_WORDS words, no such token or several. A token of
    letters alone or digits alone counts only beside the word «код» (an English word such
    as «SCHEDULE» is no code). The caller takes it only when the rest of the text means
    nothing else (a greeting, thanks, or nothing understood)."""
    if len(text.split()) > CODE_SENTENCE_WORDS:
        return None
    found = _CODE_IN_TEXT.findall(text.upper())
    if len(found) != 1:
        return None
    code: str = found[0]
    if (code.isalpha() or code.isdigit()) and not _SAYS_CODE.search(normalize(text)):
        return None
    return code
