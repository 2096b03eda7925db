"""Lines of a pasted plan that are notices, not events (adversarial walk 2026-12-02m, #1).

Two kinds, as plans are written in Russian: a contact line that opens with its label
(«Контактное лицо: …», «Контакты: …», «Тел. для справок: …», «Справки по телефону …», «По
всем вопросам …», «Ответственный: …», «Куратор: …», «Организатор: …», «E-mail: …»,
«Звоните …») — its hours are the phone's; and a line that says no events take place
(«31.12–10.01 — зимние каникулы, мероприятий нет», «мероприятия не проводятся», «занятий
нет»). Neither is a row: `parse_many` reads them as no event and `skipped_lines` lists them.
"""

from __future__ import annotations

import re

# the label opening the line, after a bullet or a number («• Контакты:», «5) Тел.: …»)
_CONTACT = re.compile(
    r"^[\W\d_]*(?:контакт\w*|тел\b\.?|телефон\w*|справк\w*|по\s+(?:всем\s+)?вопросам"
    r"|(?:ответственн\w*|куратор\w*|организатор\w*|e-?mail|эл\.?\s*почта|почта)\s*:"
    r"|звоните\b)",
    re.IGNORECASE,
)
_NO_EVENTS = re.compile(
    r"\b(?:мероприяти\w*|заняти\w*|событи\w*)\s+(?:нет|не\s+(?:проводятся|будет|будут|планиру\w*"
    r"|запланирован\w*))\b|\bбез\s+мероприятий\b",
    re.IGNORECASE,
)


def is_notice_line(line: str) -> bool:
    """Whether a plan's line is a contact line or a "no events" notice (module docstring)."""
    return bool(_CONTACT.match(line) or _NO_EVENTS.search(line))
