"""Numbers of a regulation's clauses, which the date rules would read as days: «1.1.
Конкурс проводится…» (1 January), «2.3. Участники…», «согласно п. 3.2 положения».

A number is a clause's, taken before any date rule looks, when it
- follows «п.», «пп.», «пункт» (any case), «подпункт», «раздел», «глава» or «статья»
  («п. 3.2», «пунктами 2.1 и 2.3»); or
- opens a line or a sentence as «N.M.» with a capitalised word after it, and the post
  shows it is an outline: a heading «N. Общие положения» with the same N opens another
  line, or another clause «N.K.» (K ≠ M) opens one, or its own line names a date in some
  other way («2.1. Фестиваль проводится 12 декабря…»).
A line opened by a date and a lower-case word («1.12. в 10:00») or by a lone «9.12.
Встреча…» in a programme stays a date. The capital letter is read from `Scanner.original`
(the normalised text is lower-case and of the same length). Pure: no store.
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.post_dates import DATE_ANY
from bot.core.language.tokens import Scanner, gate

# «п. 3.2», «пп. 2.1 и 2.3», «пункту 4.1», «подпункта 1.2.3», «раздела 2.1», «ст. 5.1»
_MARKED = re.compile(
    r"(?<![а-яё])(?:пп?|подп|пункт[а-я]*|подпункт[а-я]*|раздел[а-я]*|глав[а-я]*|ст|стать[а-я]*)"
    r"\.?\s*(\d{1,2}(?:\.\d{1,2}){1,3}\.?(?:\s*(?:,|и|-|–|—)\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?)*)"
)
_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?")
# every clause number holds a digit, a dot and a digit: a post without one (two in three) is
# not searched for the markers («п», «ст», «глава»: their first letters are a third of a post)
gate(_MARKED, re.compile(r"\d[.]\d"))  # searched from the dot (gate_probe.py)
# «1.1. », «3.2.1. » opening a line or a sentence
_OPENING = compile_with_scan(
    r"(?:^|(?<=\n)|(?<=[.!?;]\s))[ \t]*(\d{1,2})\.(\d{1,2})\.(?:\d{1,2}\.)?[ \t]+"
)
_LINE_OPENINGS = re.compile(r"(?m)^[ \t]*(\d{1,2})\.(?:(\d{1,2})\.)?[ \t]+(\S)")


def take_clause_numbers(sc: Scanner, original: str | None = None) -> None:
    """Take the clause numbers of `sc` (see the module's rules) so no date rule reads them.
    `original`: the message as written, when the scanner's text is a cleaned copy (a list's
    bare numbers «1. Общие положения» stripped): its headings count for the outline too."""
    text = sc.text
    if "." not in text:
        return
    for m in sc.find(_MARKED):
        for number in _NUMBER.finditer(text, m.start(1), m.end(1)):
            sc.take(number.start(), number.end())
    openings = [m for m in _OPENING.finditer(text) if _capital_after(sc, m.end())]
    if not openings:
        return
    headings: set[str] = set()
    clauses: dict[str, set[str]] = {}
    lines = [(m, _capital_after(sc, m.start(3))) for m in _LINE_OPENINGS.finditer(text)]
    if original is not None and original != sc.original:
        lines += [(m, m.group(3).isupper()) for m in _LINE_OPENINGS.finditer(original)]
    for line, capital in lines:
        if not capital:
            continue
        if line.group(2) is None:
            headings.add(line.group(1))
        else:
            clauses.setdefault(line.group(1), set()).add(line.group(2))
    for m in openings:
        first, second = m.group(1), m.group(2)
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        outline = first in headings or len(clauses.get(first, set()) - {second}) > 0
        if outline or DATE_ANY.search(text, m.end(), line_end) is not None:
            sc.take(m.start(1), m.end())


def _capital_after(sc: Scanner, at: int) -> bool:
    """Whether the original text has an upper-case letter at `at`."""
    original = sc.original
    return len(original) == len(sc.text) and at < len(original) and original[at].isupper()
