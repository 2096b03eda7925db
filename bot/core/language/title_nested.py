"""A quoted name nested in another with one closing mark: «Кубок СШОР «Витязь».

Russian typography closes two quotes that end together with one mark, or a writer drops the
second: «Кубок СШОР «Витязь» is the name «Кубок СШОР «Витязь»», not «Витязь» after a stray
«. The title rules look for names in «» without a « inside, so they find the inner name only
(«Соревнования по плаванию «Витязь»», newcomer walk 2026-12-02u, p12); `with_outer_name`
puts the outer words back.

Pure: no store, no clock.
"""

from __future__ import annotations

import re

# «A «B»: an opening mark, words with no mark of their own (at most 60 characters, on one
# line), the inner name, and no second closing mark right after it
_NESTED = re.compile(r"«(?P<outer>[^«»\n]{2,60}?)\s*(?P<inner>«[^«»\n]{2,60}»)(?!\s*»)")
_OUTER_WORDS = re.compile(r"[А-ЯЁA-Z0-9][\w\s.№-]*")


def with_outer_name(text: str, title: str, limit: int) -> str:
    """`title` with its last quoted name («Витязь») given back the outer words it is nested
    in when `text` writes the two names with one closing mark («Кубок СШОР «Витязь») and
    the title's words before the name are those `text` writes right before the outer mark;
    `title` unchanged otherwise, or when the result would be longer than `limit`."""
    if not title.endswith("»") or "«" not in title:
        return title
    head = title[: title.rfind("«")].rstrip()
    inner = title[len(head) :].strip()
    for m in _NESTED.finditer(text):
        if m.group("inner") != inner or not _OUTER_WORDS.fullmatch(m.group("outer")):
            continue
        before = text[: m.start()].rstrip().lower()
        if head and not before.endswith(head.lower()):
            continue
        named = f"{head} «{m.group('outer').strip()} {inner}»".strip()
        return named if len(named) <= limit else title
    return title
