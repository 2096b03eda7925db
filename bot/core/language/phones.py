"""Telephone numbers in a message are never dates or clock times.

Russian numbers as announcements write them: «8-800-000-00-00», «8 (4012) 55-10-20»,
«+7 (4012) 20-30-40», «+7 912 345-67-89», and a local number after its label («тел.
55-10-20», «телефон: 2-30-40»). Their pairs of digits («00-00», «20-30») would otherwise read
as times or ranges, so the rule takes them before the temporal rules run.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.parts import TemporalParts
from bot.core.language.tokens import Scanner, gate

_PHONE = re.compile(
    r"(?:\+\s*7|(?<![\d.:,-])\b[78])[\s-]*\(?\s*\d{3,5}\s*\)?[\s-]*\d{1,3}(?:[\s-]\d{2}){2}(?![\d:])"
    r"|\bтел(?:ефон)?\w*\.?\s*:?\s*\d{1,3}(?:-\d{2}){2}(?![\d:])"
)
gate(_PHONE, re.compile(r"\d[\s-]\d\d[\s-]\d\d"))


def phones_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """Take every telephone number; `parts` is untouched (see the module docstring).
    Example: «Справки по тел. 8 (4012) 21-43-65» → the number taken, never a date or a clock."""
    for m in sc.find(_PHONE):
        sc.take_match(m)
