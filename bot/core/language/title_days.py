"""Named days, weeks and nights in a post: "День рыбака", "Всероссийский день …", "неделя
«Театр детям»", and the same written small after the verb that announces them ("пройдёт ночь
музеев"), before a quoted name ("день карьеры «…»") or after an invitation ("приглашает на
ночь кино"); never an occasion ("ко Дню матери", "9 декабря, в День Героев Отечества,") nor a
greeting ("Добрый день"). A day's second word must be a name or a genitive noun (pymorphy3).
Used by title.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from bot.core.language.calendar import MONTH
from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.title_words import is_genitive

# the capital comes first (a fast scan), then "not after a lower-case letter" is checked
# "Всероссийский день", "День Лицея", "День молодёжи" (a genitive noun: _names_a_day)
NAMED_DAY = re.compile(
    r"(?=[А-ЯЁ])(?:([А-ЯЁ](?<![а-яё].)[а-яё]+(?:ий|ый|ой))\s+(день|неделя)\b"
    r"|(?:Д(?:ень|ня|ню|н[её]м|не|ни|ней|ням|нях)|Недел[яиюе]|Ноч[ьи])\s+(?:[А-ЯЁ][а-яё]{2,}"
    r"|[а-яё]{4,}(?=[\s,.!?]))(?!\s+открыт))"
)
# "традиционная неделя «Театр детям»": a week with a quoted name
_QUOTED_WEEK = compile_with_scan(r"(?<![а-яё])недел[яиюе](?=\s+[«\"])")
# "Добрый день": a greeting
_GREETING_DAY = re.compile(r"(?i)добр\w*\s+д")
# an occasion the event is held for ("ко Дню матери"), not the event's own name
_OCCASION = re.compile(
    r"(?i)(?:\bк|\bко|в\s+честь|посвящ[её]нн\w*|\d\s+[а-яё]+,\s+в|отмечает(?:ся|)|празднуется"
    r"|(?<![а-яё])(?:в\s+канун|накануне|в\s+преддверии))"
    r"\s+(?:[а-яё]+\s+)?$"
)  # "9 декабря, в День Героев Отечества,": the date's name; "18 мая отмечается …": a feast;
# "в канун Дня учителя", "накануне Дня матери": the feast the event comes before, a time
# an occasion several words back: "посвящённая празднованию 80-й годовщины Дня Победы",
# "приуроченный к празднованию Дня города": the words between are what the kind is devoted to
_DEVOTED = re.compile(
    r"(?i)(?:в\s+честь|посвящ[её]нн\w*|приурочен\w*(?:\s+ко?)?)\s+(?:[а-яё0-9-]+\s+){1,3}$"
)
# "в День города, 14 июня": a day with its date in apposition, after "в", is when, not what
_DATED_AFTER = re.compile(rf",?\s*\d{{1,2}}\s+{MONTH}")
_IN_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])[Вв]о?\s+$")
# a day as the time of what the clause tells ("В День знаний школьники смогут …", "Лекция
# состоится в День народного единства"): a preposition opening the clause, after a date or
# after the verb that announces another event, the day its object
_AS_WHEN = compile_with_scan(
    r"(?:^|[.!?\n]\s*|\d\s+[а-яё]+\s+|(?:состо|пройд|пройт|начн|откро)[а-яё]*\s+)[Вв]о?\s+$"
)
# "В Калининграде пройдёт ночь музеев": a day, week or night written small after the verb
_CUED_DAY = re.compile(
    r"(?:состоится|состоятся|пройд[её]т|пройдут|стартует|начн[её]тся)\s+"
    r"((?:день|неделя|ночь|декада|месячник)\s+[а-яё]{3,})(?![а-яё])"
    r"|(?<![а-яё])((?:день|неделю|неделя|ночь)\s+[а-яё]{3,})(?=\s+«)"
    r"|приглаша[а-яё]*\s+(?:[^\s.!?]+\s+){0,4}?на\s+((?:день|неделю|ночь)\s+[а-яё]{3,})"
)  # or before a quoted name: "проводит день карьеры «Профессии будущего»"
# the nouns a cued day opens with, looked for as substrings (five C-speed `in` checks, not a
# regex alternation tried at every position of the post)
_DAY_NOUNS = ("день", "недел", "ночь", "декад", "месячник")
_DAY_WORDS = re.compile(r"[а-яё]+\s+[а-яё]+")


def named_days(text: str, cue: bool) -> Iterator[tuple[re.Match[str], int]]:
    """The named days of `text`, each with its score bonus (+1; +4 after an invitation);
    `cue`: whether a verb announcing an event is in the post."""
    weeks = _QUOTED_WEEK.finditer(text) if "недел" in text else ()
    found = chain(((m, 1) for m in chain(NAMED_DAY.finditer(text), weeks)), _cued_days(text, cue))
    for m, bonus in found:
        if _AS_WHEN.search(text, max(0, m.start() - 20), m.start()) or (
            _IN_BEFORE.search(text, max(0, m.start() - 4), m.start())
            and _DATED_AFTER.match(text, m.end())
        ):
            bonus -= 4  # "В День знаний школьники встретятся с …": when, unless nothing else
        if (
            _OCCASION.search(text, max(0, m.start() - 30), m.start())
            or _DEVOTED.search(text, max(0, m.start() - 60), m.start())
            or _GREETING_DAY.match(m.group(0))
            or not _names_a_day(m.group(0))
        ):
            continue  # "концерт ко Дню Победы": the day is the occasion; "Добрый день!"
        yield m, bonus


def _cued_days(text: str, cue: bool) -> Iterator[tuple[re.Match[str], int]]:
    """Days, weeks and nights written small that a verb announces, a quoted name follows or
    an invitation leads to (the strongest cue: +4), each as its "день …" words; `cue`: whether
    a verb announcing an event is in the post."""
    if not (cue or "«" in text or "приглаша" in text) or not has_day_noun(text):
        return
    for m in _CUED_DAY.finditer(text):
        found = _DAY_WORDS.match(text, m.start(m.lastindex or 0))
        if found is not None:
            yield found, 4 if m.lastindex == 3 else 1


def has_day_noun(text: str) -> bool:
    """Whether `text` holds "день", "недел", "ночь", "декад" or "месячник" (as written, inside
    a word too): what every cued day needs."""
    return any(noun in text for noun in _DAY_NOUNS)


def _names_a_day(found: str) -> bool:
    """ "День Лицея", "День молодёжи", "Дню знаний": the word after "День" is a name or a
    genitive noun (pymorphy3), not "День рождается…"."""
    words = found.split()
    return words[0][0] not in "ДНд" or words[1][0].isupper() or is_genitive(words[1])


# searched over whole posts: `re` skips to their first characters (first_scan.py)
NAMED_DAY = with_first_scan(NAMED_DAY)
_CUED_DAY = with_first_scan(_CUED_DAY)
