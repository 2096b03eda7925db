"""A Scanner gate that opens with a digit, asked only whether it occurs, searched from the
punctuation after the digit instead.

A gate such as "\\d-\\d\\d-\\d" or "\\d[./]\\d" is searched once per text, and only whether it
occurs matters (tokens.Scanner._holds). `re` scans for a leading `\\d` with a Unicode category
test at every character; "-(?<=\\d-)\\d\\d-\\d" occurs in exactly the same texts (a match of one
at p is a match of the other at p + 1: the digit is read by the lookbehind) and opens with a
literal or a small class of ASCII signs, which `re` skips to with a byte test or a fast search.
Only a gate whose second element is one sign ("-", ",", ":", "/") or a bracketed class of
plain characters, and which has no groups, is rewritten.
"""

from __future__ import annotations

import re

# "\d" then one literal sign or a bracketed class of plain signs ("[./]", "[./-]"; not "[\s-]":
# spaces are everywhere), then the rest
_DIGIT_LED = re.compile(r"\\d(\[[^\]\\^]+\]|[-,:/])(?![*+?{])")


def digit_led_probe(gate: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that occurs in exactly the texts `gate` occurs in, opening with what follows
    its leading digit (see the module docstring); None when `gate` has another shape."""
    if gate.flags & (re.IGNORECASE | re.VERBOSE) or gate.groups:
        return None
    shape = _DIGIT_LED.match(gate.pattern)
    if shape is None:
        return None
    sign = shape.group(1)
    return re.compile(f"{sign}(?<=\\d{sign}){gate.pattern[shape.end() :]}", gate.flags)
