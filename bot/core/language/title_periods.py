"""A period announced as the event: "тематическая Неделя, посвящённая 90-летию пионерского
движения", "стартовал Месячник военно-патриотической работы", "пройдёт декада науки". A week,
a month or a ten-day period with what it is devoted to (a genitive complement, a "посвящённая
…" clause or a quoted name), the subject or object of an announcing verb in its clause, is an
event's name, whatever its capitals: title_days.NAMED_DAY reads a capitalised "Неделя" only
with a word right after it, and no "Месячник". Round 50: title misses with no right
candidate (benchmarks/title_gaps.py), shape "день/неделя/месяц + complement"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses, to_nominative
from bot.core.language.title_words import is_genitive

# the period noun, with up to two adjectives before it
_PERIOD = compile_with_scan(
    r"(?<![А-ЯЁа-яё-])((?:[А-ЯЁа-яё]+(?:ый|ий|ой|ая|яя|ую|юю|ого|его)\s+){0,2})"
    r"([Нн]едел(?:я|и|ю|е)|[Дд]екад(?:а|ы|у|е)|[Мм]есячник(?:а|у|ом|е)?)(?![А-ЯЁа-яё])"
)
# an announcing verb in the same clause, before or after the period
_ANNOUNCING = re.compile(
    r"(?i)(?<![а-яё])(?:пройд|проход|прошл|стартова|стартует|стартуют|начн|начал|откро|откры"
    r"|состо|объяв|провод|провед|организ)[а-яё]*"
)
_CLAUSE_STOP = re.compile(r"[.!?;\n]")
# "…, посвящённая 90-летию пионерского движения": what the period is devoted to, to the
# clause's end
_DEVOTED = re.compile(r",?\s+(?:посвящ[её]нн|приуроченн)[а-яё]*\s+[^,.!?;\n«»]{3,80}")
_QUOTED = re.compile(r"\s+«[^«»\n]{2,80}»")
_NEXT = re.compile(r"\s+([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)")


def _clause(text: str, at: int) -> tuple[int, int]:
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, max(0, at - 150), at)]
    start = stops[-1] if stops else max(0, at - 150)
    end = _CLAUSE_STOP.search(text, at)
    return start, end.start() if end else len(text)


def _complement(text: str, at: int) -> int:
    """Where the period's complement ends (`at`: none): a quoted name, a "посвящённая …"
    clause, or a chain of up to four genitive words."""
    if (m := _QUOTED.match(text, at)) or (m := _DEVOTED.match(text, at)):
        return m.end()
    end = at
    for _ in range(4):
        word = _NEXT.match(text, end)
        if word is not None and word.group(1) == "и" and end > at:
            word = _NEXT.match(text, word.end())  # "неделя математики и физики"
        if word is None or not is_genitive(word.group(1)):
            break
        end = word.end()
    return end


def announced_periods(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Every period a clause announces with what it is devoted to: the period noun's match
    and its title phrase, in the nominative and capitalised ("Месячник военно-патриотической
    работы", "Тематическая Неделя, посвящённая 90-летию пионерского движения")."""
    if not any(w in text for w in ("едел", "екад", "есячник")):
        return
    for m in _PERIOD.finditer(text):
        end = _complement(text, m.end())
        if end == m.end():
            continue  # "неделя" alone: only described
        start, stop = _clause(text, m.start())
        if not _ANNOUNCING.search(text, start, stop):
            continue
        words = [*m.group(1).split(), m.group(2)]
        if not any("nomn" in p.tag for p in parses(m.group(2))[:3]):
            words = to_nominative(words)
        head = " ".join(words)
        phrase = f"{head}{text[m.end() : end]}".strip()
        yield m, phrase[:1].upper() + phrase[1:]
