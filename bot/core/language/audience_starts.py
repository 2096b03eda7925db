"""Starts given per audience: «для дошкольников в 10:00, для школьников в 11:30».

A post may give its day several starts, each for its own audience: «Старт для самых маленьких
назначен на 10:00. … В 11:30 начинаются забеги для школьников, а в 12:20 стартуют взрослые
команды» (newcomer walk v, F5). A careful reader at a school takes the schoolchildren's start:
the bot plans for pupils, so the one clock whose clause names pupils is the event's start. When
no clause names pupils («для дошкольников в 10:00, для взрослых в 11:30»), or two clauses name
pupils with different clocks beside another audience's («1–4 классы в 10:00, 5–8 классы в
12:00, взрослые в 14:00»), the reader cannot tell: the bot offers the clocks as buttons (the
doubt `several_times`, bot/core/language/doubts.py) instead of keeping the first.

A clause here is a stretch of a sentence between sentence ends, commas, semicolons or
line breaks: «…забеги для школьников, а в 12:20 стартуют взрослые команды» is two clauses, each
with its own clock and audience. Only clauses naming one audience and one clock count, and the
rule acts only when two or more such clauses name different audiences with different clocks and
one of those audiences is not pupils: a post with one audience («для школьников 5–8 классов в
15:00») or with each class's own time («2 класс в 15.30, 3 класс в 16.10») is read as before.

Pure: a function of the text and the draft.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time

from bot.core.language.doubts import ordered
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.sentences import dot_ends_sentence
from bot.core.models import EventDraft

_H = r"(?:[01]?\d|2[0-3])"
_CLOCK = compile_with_scan(rf"(?<![\d.:])(?P<h>{_H})[:.](?P<m>[0-5]\d)(?![\d])")
# where one clause ends and the next begins: a sentence's end, a comma, a semicolon, a dash
# between clauses, or a line break
_CLAUSE_BREAK = compile_with_scan(r"[.!?]+(?:\s+|\Z)|[;\n]+\s*|,\s*")
# pupils of a school: «школьников», «учащихся», «учеников 5–8 классов», «старшеклассников»,
# «для 1–4 классов», «первоклассники»
_PUPILS = re.compile(
    r"(?<![а-яё])(?:школьник\w*|учащи\w+|обучающи\w+|учени(?:к|ки|ков|кам|ками|ках|ца|цы)"
    r"|\w*классник\w*|(?:\d{1,2}\s*[-–]\s*)?\d{1,2}(?:-?[хы]?\w{0,2})?\s+класс\w*)(?![а-яё])",
    re.IGNORECASE,
)
# other audiences a post may give their own start: preschoolers, the smallest, adults,
# veterans, students, professionals
_OTHERS = re.compile(
    r"(?<![а-яё])(?:дошкол\w+|дошколят\w*|малыш\w*|(?:самых\s+)?маленьких|детск\w+\s+сад\w*"
    r"|взросл\w+|ветеран\w*|студент\w*|пенсионер\w*|любител\w+|профессионал\w*"
    r"|мужчин\w*|женщин\w*|юниор\w*)(?![а-яё])",
    re.IGNORECASE,
)
MAX_OTHERS = 3  # other clocks offered beside the pick


def _clauses(text: str) -> list[str]:
    """The clauses of `text` (see the module docstring)."""
    clauses, start = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.group(0)[0] == "." and not dot_ends_sentence(text, m.start()):
            continue  # «ул. Мира», «им. Пушкина», «В. И.» (sentences.py)
        clauses.append(text[start : m.start()])
        start = m.end()
    clauses.append(text[start:])
    return [c for c in clauses if c.strip()]


def audience_clocks(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """The (kind, audience, clock) of each clause of `text` naming one audience — kind
    "pupils" or "others", the audience as written, lower-case and cut to its stem («для
    школьников» → "школьн") — and one start clock (a range's first clock), in order."""
    found: list[tuple[str, str, tuple[int, int]]] = []
    for clause in _clauses(text):
        clocks = list(_CLOCK.finditer(clause))
        if not clocks:
            continue
        pupils = _PUPILS.search(clause)
        others = _OTHERS.search(clause)
        if (pupils is None) == (others is None):  # none, or both: no audience of its own
            continue
        first = clocks[0]
        if any(c.start() - first.end() > 3 for c in clocks[1:]):
            continue  # two clocks that are no range: the clause gives no one start
        named = pupils or others
        who = named.group(0).lower()[:6]  # type: ignore[union-attr]
        kind = "pupils" if pupils else "others"
        found.append((kind, who, (int(first["h"]), int(first["m"]))))
    return found


def with_audience_start(draft: EventDraft, text: str) -> EventDraft:
    """The draft whose start is the pupils' when `text` gives different starts for different
    audiences (the module docstring); when it cannot tell which start is the pupils', the
    draft asks (`several_times` with the clocks as choices, the pick first). A draft with no
    clock start, several sessions, a recurrence or choices already is returned as it is."""
    start = draft.start
    if start is None or draft.all_day or draft.sessions or draft.recurrence or draft.choices:
        return draft
    pairs = audience_clocks(text)
    audiences = {who for _, who, _ in pairs}
    clocks = list(dict.fromkeys(clock for _, _, clock in pairs))
    own = (start.hour, start.minute)
    if len(audiences) < 2 or len(clocks) < 2 or own not in clocks:
        return draft
    if all(kind == "pupils" for kind, _, _ in pairs):
        return draft  # «2 класс в 15.30, 3 класс в 16.10»: each class's session, as before
    pupils = list(dict.fromkeys(clock for kind, _, clock in pairs if kind == "pupils"))
    if len(pupils) == 1:
        if pupils[0] == own:
            return draft
        moved = datetime.combine(start.date(), time(*pupils[0]))
        end = draft.end if draft.end is not None and draft.end > moved else None
        return replace(draft, start=moved, end=end)
    candidates = pupils if len(pupils) > 1 and own in pupils else clocks
    others = [datetime.combine(start.date(), time(*c)) for c in candidates if c != own]
    doubts = ordered({*draft.doubts, "several_times"})
    return replace(draft, choices=(start, *others[:MAX_OTHERS]), doubts=doubts)
