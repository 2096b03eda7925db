"""The verbs that announce an event ("состоится", "пройдёт", "откроется", "стартует"): a fast
substring test of a post and the pattern of their forms. Used by the title rules
(title_heading_body.py, title_offers.py, title_settled.py)."""

from __future__ import annotations

import re

# the verbs' stems, for a substring test of a whole post
_CUE_VERBS = ("откро", "состоит", "состоят", "пройд", "стартует", "начн", "заработа")
# their forms announcing an event ("состоится", "пройдут", "стартует"), each a whole word
CUE_VERB = re.compile(
    r"(?<![а-яё])(?:состоится|состоятся|пройд[её]т|пройдут|откро[ею]тся|начн[её]тся"
    r"|стартует|стартуют)(?![а-яё])"
)


def has_cue(text: str) -> bool:
    """Whether a verb that announces an event is in the post (a fast substring test)."""
    return any(verb in text for verb in _CUE_VERBS)
