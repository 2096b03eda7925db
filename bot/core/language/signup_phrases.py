"""Sign-ups said in words beyond «записаться 2»: several list numbers («запиши меня на 6 и
7», «записаться на 2, 3 и 5») or an event's title («запиши меня на день открытых дверей»).

`parse_signup(text)` gives the list numbers (a tuple of ints) or the title as written (a
str), or None when the text is not such a sign-up. A single number is left to
bot.core.language.commands («записаться 2»).
"""

from __future__ import annotations

import re

from bot.core.language.tokens import normalize

MAX_NUMBERS = 10  # as many as the sign-up buttons under one list

_LEAD = re.compile(
    r"^(?:запиши(?:те)?(?:\s+меня)?|записаться|хочу\s+записаться|можно\s+записаться"
    r"|запишусь)\s+(?:на|в)\s+(.+?)[\s!.?…]*$"
)
_NUMBERS = re.compile(r"^№?\d{1,3}(?:\s*(?:,|и|\+)\s*№?\d{1,3})+$")
# «записаться 1 и 2»: several numbers right after the verb, as under a list («записаться 2»)
_BARE_NUMBERS = re.compile(
    r"^(?:запиши(?:те)?(?:\s+меня)?|записаться|запишусь)\s+"
    r"(№?\d{1,3}(?:\s*(?:,|и|\+)\s*№?\d{1,3})+)[\s!.?…]*$"
)


def parse_signup(text: str) -> tuple[int, ...] | str | None:
    """Several list numbers, an event title, or None (see the module docstring)."""
    line = normalize(text).strip()
    if "\n" in line or len(line) > 120:
        return None
    bare = _BARE_NUMBERS.match(line)
    if bare is not None:
        return _numbers(bare.group(1))
    match = _LEAD.match(line)
    if match is None:
        return None
    rest = match.group(1).strip()
    if _NUMBERS.match(rest):
        return _numbers(rest)
    if re.fullmatch(r"№?\d{1,3}", rest) or sum(ch.isalpha() for ch in rest) < 3:
        return None
    start = match.start(1)
    return text.strip()[start : start + len(rest)]


def _numbers(text: str) -> tuple[int, ...]:
    """The distinct list numbers in `text`, in order, at most MAX_NUMBERS."""
    return tuple(dict.fromkeys(int(n) for n in re.findall(r"\d{1,3}", text)))[:MAX_NUMBERS]
