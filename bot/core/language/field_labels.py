"""A message's labelled detail fields («Дата: 12 декабря», «Время: 15:00», «Место: школа»,
«Адрес: …», «Формат: очно», «Участники: 9А»): each names one detail of the event, read by
its own rule (the day, the clock, the venue, the audience), and never the event's name — the
rest of its line or sentence is no title («Формат: очно. Конкурс чтецов»: «Конкурс чтецов»).

A label counts only opening a line or a sentence and followed by its colon; a field naming
the event itself («Тема: «…»», «Название: …», «Мероприятие: …») is no detail and stays."""

from __future__ import annotations

import re

from bot.core.language.sentences import sentence_at
from bot.core.language.tokens import Scanner, gate

# the detail labels, opening a line or a sentence, then «:» (a dash after «Время —» is a
# sentence's, not always a field's; left alone)
_FIELD = re.compile(
    r"(?:^|(?<=[\n.!?;]))[ \t]*(?:дата(?:\s+проведения)?|время(?:\s+проведения)?|время\s+начала"
    r"|место(?:\s+проведения)?|адрес(?:\s+проведения)?|формат(?:\s+проведения)?"
    r"|участники|возраст|стоимость|продолжительность|длительность)[ \t]*:",
    re.MULTILINE,
)
gate(_FIELD, re.compile(":"))


def take_detail_fields(sc: Scanner) -> None:
    """Take from `sc` each labelled detail field (_FIELD) to the end of its line or
    sentence, whatever other rules left of it («Формат: очно», «Участники: все желающие»):
    the title is read from what remains."""
    for m in sc.find(_FIELD):
        end = sentence_at(m.end() - 1, sc.text)[1]  # (its colon: never between sentences)
        line_end = sc.text.find("\n", m.end())
        sc.take(m.start(), min(end, line_end) if line_end >= 0 else end)
