"""Whether a kind word in a post heads an event's phrase of its own, or belongs to something
else: a word of a name that quotes another name (one closing mark for both), the genitive of
a session noun ("занятие кружка": the club's session, not the club), an item of a site's
category line ("Выставки, выставочные залы"). Used by title.py."""

from __future__ import annotations

import re

from bot.core.language.title_heading import is_category

# a session of a club or a series ("занятие кружка", "встреча лектория") right before its kind
_SESSION_BEFORE = re.compile(r"(?i)(?<![а-яё])(?:заняти[еяюи]|встреч[аеиуя])\s+$")


def on_category_line(text: str, at: int) -> bool:
    """Whether the line holding the offset `at` is a site's category (title_heading.is_category:
    "Выставки, выставочные залы"), so a kind on it names no event."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]
    return "," in line and is_category(line)


def in_open_quote(text: str, at: int) -> bool:
    """Whether `at` follows, on its line, a «» that a name quoting another name never closes
    on its own («Чемпионат МАОУ «Лицей 121»: Russian writes one closing mark for both), so
    the word at `at` belongs to the outer name; the line then has more «» than »»."""
    start = text.rfind("\n", 0, at) + 1
    opened = text.rfind("«", start, at)
    if opened < 0 or "»" in text[opened:at]:
        return False
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return line.count("«") > line.count("»")


def session_before(text: str, at: int) -> int | None:
    """Where "занятие"/"встреча" starts when it stands right before the kind at `at` (which
    it governs in the genitive: "Занятие кружка по программированию" is a session of the
    club, not the club, and "кружка" read alone would be a mug); None otherwise. The session
    noun's own −3 for a weak kind (title_score.py) is thus not the phrase's."""
    found = _SESSION_BEFORE.search(text, max(0, at - 12), at)
    return found.start() if found else None
