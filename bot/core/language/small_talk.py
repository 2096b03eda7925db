"""Greetings, thanks and emoji: words that need a short friendly answer, not a command.

`small_talk(text)` gives the kind of a whole message made only of such words
(«привет», «добрый день!», «спасибо большое», «👍», «ок, спасибо») or None. A message that
says something more («привет, что завтра?») is not small talk: it is understood as usual.
"""

from __future__ import annotations

import re

from bot.core.language.meaning import SmallTalkKind
from bot.core.language.tokens import normalize

_KINDS: tuple[tuple[SmallTalkKind, re.Pattern[str]], ...] = (
    (
        SmallTalkKind.GREETING,
        re.compile(
            r"^(?:привет\w*|здравствуй\w*|здрасте|добр(?:ый|ое|ого)\s+(?:день|утро|вечер|дня|утра)"
            r"|доброго времени суток|хай|салют|hello|hi)$"
        ),
    ),
    (
        SmallTalkKind.THANKS,
        re.compile(
            r"^(?:(?:ок|хорошо|отлично|понятно|ясно|супер|класс)[\s,]+)?"
            r"(?:спасибо|спс|благодарю|большое спасибо|спасибо большое|спасибочки"
            r"|thanks|thank you)(?:[\s,]+(?:большое|огромное|вам|тебе))*$"
        ),
    ),
    (
        SmallTalkKind.BYE,
        re.compile(r"^(?:пока|до свидания|всего доброго|хорошего дня|до встречи)$"),
    ),
)
_PUNCTUATION = re.compile(r"[!.,?…)(\s]+")
_EMOJI_ONLY = re.compile(
    r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764\uFE0F\u200D\U0001F1E6-\U0001F1FF\s!)(:;]+$"
)


def small_talk(text: str) -> SmallTalkKind | None:
    """The kind of a message that is only a greeting, thanks, goodbye or emoji; else None."""
    stripped = text.strip()
    if not stripped or len(stripped) > 60:
        return None
    if _EMOJI_ONLY.match(stripped) and any(ord(ch) > 0x2000 for ch in stripped):
        return SmallTalkKind.EMOJI
    line = _PUNCTUATION.sub(" ", normalize(stripped)).strip()
    line = re.sub(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]", "", line).strip()
    for kind, pattern in _KINDS:
        if pattern.match(line):
            return kind
    return None
