"""Questions about who signed up for an event, asked by its organiser or the curator (newcomer
walk 2026-12-01k, #11: «сколько записалось на лекцию?», «кто записался на зарядку?» were «не
понял»; the counts were only in «итоги» and the plan file).

The shape: «сколько» or «кто» (optionally «человек», «учеников», «ребят»), a verb of signing
up or going («записалось», «записались», «записался», «идёт», «идут», «придёт», «придут»),
and optionally «на» and the event — its title words and/or its day. Nothing else: «сколько
стоит экскурсия?» or «кто проводит лекцию?» are not these questions.
"""

from __future__ import annotations

import re

from bot.core.language.tokens import normalize

_QUESTION = re.compile(
    r"^(?:а\s+)?(?:сколько|кто)(?:\s+(?:человек|учеников|учащихся|ребят|детей|школьников))?"
    r"(?:\s+(?:уже|всего|сейчас))?"
    r"\s+(?:записал(?:ось|ись|ся|ась)|запис(?:ано|аны)|ид[её]т|идут|прид[её]т|придут)"
    r"(?:\s+(?:на|к)\s+(?P<reference>.+?))?\s*\??$"
)


def signup_question(text: str) -> str | None:
    """The event a sign-up question names, as written ("" for none: «сколько записалось?»);
    None when `text` is not such a question."""
    said = " ".join(normalize(text).strip(" .!").split())
    found = _QUESTION.match(said)
    if found is None:
        return None
    return (found.group("reference") or "").strip(' ?«»"')
