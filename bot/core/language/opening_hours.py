"""A venue's opening hours in a post ("Часы работы: 10:00–18:00", "режим работы музея:
вт–вс с 10 до 18", "музей открыт с 10 до 18", "библиотека работает с 10.00 до 16.00").

They say when the doors are open, not when the event begins: read as the event's time they
made midnight or 10:00 starts and sessions that are no events. `take_opening_hours` takes
them from the Scanner before the temporal rules run. Only hours tied to a place's working
words are taken: a labelled "часы/режим/время работы", or a place noun (музей, библиотека,
выставка, касса, центр, …) with "работает"/"открыт" before the range.
"""

from __future__ import annotations

import re
from itertools import chain

from bot.core.language.branch_trie import with_trie
from bot.core.language.calendar import MONTH
from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.morphology import parses
from bot.core.language.tokens import Scanner, gate, normalize

# "23:00" whole: the hour "2" alone would leave "3:00" behind to be read as a clock
_CLOCK = r"(?:2[0-3]|[01]?\d)(?![\d])(?:[:.\-][0-5]\d)?"
# a range of numbers counting something else than hours: ages «с 7 до 14 лет», grades «с 5 до
# 9 класса», people «с 10 до 25 человек» — never a place's hours (review74)
_NOT_HOURS = r"(?!\d|\s*(?:лет|год|класс|кл\b|чел))"
_RANGE = (
    rf"(?:с\s*)?{_CLOCK}\s*(?:ч\.?|час\w*)?\s*(?:-|до)\s*{_CLOCK}(?:\s*(?:ч\b\.?|час\w*))?"
    rf"{_NOT_HOURS}"
)
_LABELLED = re.compile(
    rf"\b(?:часы|режим|время|график)\s+работы[^\n]{{0,60}}?{_RANGE}"
    rf"(?:[^\n]{{0,30}}?{_RANGE})*"
)
_PLACE = (
    r"(?:музе\w*|библиотек\w*|выставк\w*|экспозици\w*|касс\w*|центр\w*|зоопарк\w*|планетари\w*"
    r"|парк\w*|галере\w*|читальн\w*\s+зал\w*|абонемент\w*)"
)
_WORKING = re.compile(
    rf"\b{_PLACE}[^.!?\n]{{0,30}}?\b(?:работа\w*|открыт[аоы]?)\b(?:\s+[а-я]+){{0,3}}?\s*{_RANGE}"
)
# the same hours every day, for the card only (a run's hours: visited_hours.as_visited_run)
_DAILY_HOURS = re.compile(
    rf"\b(?:ежедневно|каждый\s+день|в\s+любой\s+день)[^.!?\n]{{0,40}}?{_RANGE}"
)
# a clock range alone: «с 10 до 18», «10:00–18:00» (never a span of days «1–20»)
_CLOCK_RANGE = re.compile(
    rf"\bс\s*{_CLOCK}\s*(?:ч\.?|час\w*)?\s*до\s*{_CLOCK}{_NOT_HOURS}"
    r"|\b(?:2[0-3]|[01]?\d)[:.][0-5]\d\s*-\s*(?:2[0-3]|[01]?\d)[:.][0-5]\d(?!\d)"
)
gate(_LABELLED, re.compile("работы"))
gate(_WORKING, re.compile("работа|открыт"))


_ONLY_DAYS = re.compile(rf"(?:[\s\d,;.:()-]|\bи\b|{MONTH})*")


def take_opening_hours(sc: Scanner) -> list[tuple[int, int]]:
    """Take every opening-hours phrase from the scanner, with the days its line opens with
    ("3, 4 января – музей работает с 10.00 до 16.00"); return the taken spans (character
    offsets into the scanner's text), in order."""
    spans: list[tuple[int, int]] = []
    text = sc.text
    for pattern in (_LABELLED, _WORKING):
        for m in sc.find(pattern):
            begin = text.rfind("\n", 0, m.start()) + 1
            if not _ONLY_DAYS.fullmatch(text, begin, m.start()):
                begin = m.start()
            sc.take(begin, m.end())
            spans.append((begin, m.end()))
    return sorted(spans)


def opening_hours_phrase(text: str, *, any_range: bool = False) -> str | None:
    """The first phrase of `text` (a message as written) telling a place's opening hours as
    `take_opening_hours` reads them («Выставка работает ежедневно с 10:00 до 18:00», «Музей
    открыт для посетителей ежедневно с 10 до 18», «часы работы: вт–вс 10:00–18:00») or the
    same hours every day («ежедневно, кроме понедельника, с 10:00 до 18:00»), as written,
    its first letter capitalised; with `any_range` (a visited run's text: its one clock
    range is its hours, visited_hours.as_visited_run), failing those, a plain clock range
    («с 10:00 до 18:00»). None when it tells none."""
    patterns = (_LABELLED, _WORKING, _DAILY_HOURS)
    found = _first(text, patterns) or (_first(text, (_CLOCK_RANGE,)) if any_range else None)
    if found is None:
        return None
    phrase = text[found[0] : found[1]]
    return phrase[:1].upper() + phrase[1:]


def _first(text: str, patterns: tuple[re.Pattern[str], ...]) -> tuple[int, int] | None:
    """The character span of the earliest match of `patterns` in `text` (normalised, the
    same length: its offsets are the text's); None when none matches."""
    lowered = normalize(text)
    found = [m for m in (p.search(lowered) for p in patterns) if m is not None]
    first = min(found, key=lambda m: m.start(), default=None)
    return (first.start(), first.end()) if first is not None else None


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span blanked by spaces (same length, so offsets still hold)."""
    for begin, end in spans:
        text = text[:begin] + " " * (end - begin) + text[end:]
    return text


# A sign-up window of a post: a clock range for registration, applications, numbers or
# phone calls ("8 февраля с 9:30 до 11:40 начнется прием заявок и выдача номеров",
# "регистрация участников … будет проходить с 9.30 до 11.30", "по телефонам в рабочие дни
# с 09.00 до 17.00"): when the desk is open, not when the event begins. Hours tied to a
# phone or a contact ("по тел. … (с 10 до 18)", "справки по телефону с 9 до 17", "звоните с
# 9 до 17", "контактное лицо: …, с 9 до 18") are the office's hours too.
_SIGNUP = compile_with_scan(
    r"регистрац|при[её]м\w*\s+(?:заяв|документ)|выдач\w*\s+номер|по\s+телефон|рабоч\w+\s+дн"
    r"|заявк\w*\s+(?:на\s+участие\s+)?принима"
    r"|\bтел\b\.?|\bтелефон|\bсправк\w*\s+по\b|\bзвонит\w*|\bзвоните\b|\bконтактн"
)
# the phone and contact words alone: a chat line's "Запись по тел. … (с 9 до 17)"
_CONTACT = re.compile(r"\bтел\b\.?|\bтелефон|\bсправк\w*\s+по\b|\bзвонит\w*|\bзвоните\b|\bконтактн")
# the same patterns compiled with `re`'s first-character scan and their alternations as tries
# (first_scan.py, branch_trie.py: the same matches), for the one search over the whole post
_WHOLE_POST = {id(p): (p, with_first_scan(with_trie(p))) for p in (_SIGNUP, _CONTACT)}
_SIGNUP_RANGE = re.compile(
    rf"(?:\bс\s*)?\b{_CLOCK}\s*(?:-|–|—|до)\s*{_CLOCK}(?![\d])(?:\s*(?:ч\b\.?|чч\b\.?|час\w*))?"
)
# what the event itself does between the sign-up word and the range ("Регистрация открыта,
# соревнования пройдут с 10 до 14"): the range is the event's
_EVENT_VERB = re.compile(r"\b(?:пройд|состо|начн[её]тся\s+(?!при[её]м|регистр|выдач)|начало|старт)")
# "тел." is an abbreviation, not the end of a sentence
_SENTENCE_EDGE = compile_with_scan(r"(?<!\bтел)[.!?](?=\s)|\n")
gate(_SIGNUP_RANGE, re.compile(r"\d\s*(?:-|–|—|до)\s*\d"))
# the window's closing clock alone ("Регистрация: за день до турнира до 19:00")
_SIGNUP_UNTIL = re.compile(r"\bдо\s*(?:2[0-3]|[01]?\d)[:.][0-5]\d(?![\d])(?!\s*(?:-|–|—)\s*\d)")
gate(_SIGNUP_UNTIL, re.compile(r"до\s*\d"))


def take_contact_hours(sc: Scanner) -> None:
    """Take the office hours of a phone or contact in a chat line ("Запись по тел. 8-911-…
    (с 9 до 17)"): the same reading as `take_signup_windows`, with only the phone and contact
    words (a chat line's "регистрация с 10 до 12" may well be the event itself)."""
    take_signup_windows(sc, _CONTACT, look_after=False)


def take_signup_windows(
    sc: Scanner, words: re.Pattern[str] = _SIGNUP, *, look_after: bool = True
) -> None:
    """Take every sign-up window of a post (see _SIGNUP): a clock range in a sentence whose
    words before it, or whose clause right after it, name registration or applications. A
    range opening a line is a programme's slot ("10:00 - 10:30 – регистрация") and stays.
    A closing clock alone ("Регистрация: … до 19:00") after a sign-up word of its sentence,
    with no event verb between, is taken too: the desk closes then, nothing ends. `words`
    are the desk's words; with `look_after` False only words before the range count."""
    text = sc.text
    # the clock ranges and closing clocks first: found in a third of the long posts, for
    # a quarter of the cost of the desk's words' whole-post search (in one in seven); a
    # closing clock not free now is not free after the ranges are taken either
    ranges = sc.find(_SIGNUP_RANGE)
    first = next(ranges, None)
    if first is None and next(sc.find(_SIGNUP_UNTIL), None) is None:
        return
    known = _WHOLE_POST.get(id(words))
    fast = known[1] if known is not None and known[0] is words else words
    if not fast.search(text):
        return
    for m in chain((first,) if first is not None else (), ranges):
        begin = max((e.end() for e in _SENTENCE_EDGE.finditer(text, 0, m.start())), default=0)
        before = text[begin : m.start()]
        if not before.strip():
            continue  # a programme's line opens with its slot
        after = re.split(r"[,;.\n]", text[m.end() : m.end() + 120], maxsplit=1)[0]
        signup = words.search(before)
        if signup is not None and _EVENT_VERB.search(before, signup.end()):
            signup = None
        if signup is not None or (look_after and words.search(after)):
            sc.take_match(m)
    for m in sc.find(_SIGNUP_UNTIL):
        begin = max((e.end() for e in _SENTENCE_EDGE.finditer(text, 0, m.start())), default=0)
        signup = words.search(text, begin, m.start())
        if signup is not None and not _EVENT_VERB.search(text, signup.end(), m.start()):
            sc.take_match(m)


# the hour a booking or a sign-up opens ("Записаться можно … с 9 утра", "Бронирование
# возможно только в день экскурсии с 11 утра", "Запись открывается в 9:00"): a sentence about
# booking or signing up, a modal or an opening verb after the word, then one clock (a range
# is _SIGNUP_RANGE's): the desk's hour, never the event's start. Registration is left out:
# "Регистрация участников начнётся в 8:30" is the event's day opening at the venue
_BOOKING = re.compile(
    r"(?<![а-я])(?:брониров\w*|забронир\w*|запис(?:ь|и|ат\w*|ыва\w*)"
    r"|при[её]м\w*\s+заяв\w*)(?![а-я])"
)
_BOOKING_OPENS = re.compile(
    r"(?<![а-я])(?:возможн\w*|можно|откр(?:ыва|о)\w*|начина\w*|начн[её]тся|стартует)(?![а-я])"
)
_BOOKING_CLOCK = re.compile(
    r"(?<![а-я])(?:с|со|в|от)\s+(?P<clock>(?:2[0-3]|[01]?\d)(?:[:.][0-5]\d)(?![\d])"
    r"|(?:2[0-3]|[01]?\d)(?![\d:.])\s*(?:утра|час\w*|ч\b\.?))"
    r"(?!\s*(?:-|–|—|до)\s*\d)"
)
gate(_BOOKING, re.compile("брон|запис|заяв"))


def take_booking_hours(sc: Scanner) -> None:
    """Take the clock of each sentence saying when booking or sign-up opens (_BOOKING, then
    _BOOKING_OPENS, then _BOOKING_CLOCK; no event verb between): the desk's hour."""
    text = sc.text
    for m in sc.find(_BOOKING):
        end = next((e.start() for e in _SENTENCE_EDGE.finditer(text, m.end())), len(text))
        opens = _BOOKING_OPENS.search(text, m.end(), end)
        if opens is None or _EVENT_VERB.search(text, m.end(), opens.start()):
            continue
        clock = _BOOKING_CLOCK.search(text, opens.end(), end)
        if clock is None or _EVENT_VERB.search(text, opens.end(), clock.start()):
            continue
        if _new_clause(text, m.end(), clock.start()):
            continue  # «…, спектакль в 18:00», «…, оно начинается в 15:00»: the event's clock
        if sc.is_free(clock.start("clock"), clock.end("clock")):
            sc.take(clock.start("clock"), clock.end("clock"))


# a comma, semicolon or dash and the word after it
_CLAUSE_EDGE = re.compile(r"[,;—–]\s*([а-яё]+)")


def _new_clause(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] holds the start of another clause: a comma, semicolon or
    dash followed by a pronoun, a conjunction, «который» or a noun whose likeliest reading
    is nominative (a subject of its own: «…, спектакль в 18:00», «…, оно начинается …»),
    not by a preposition or an oblique case that goes on with the same clause («на сайте,
    в кассе с 10:00»)."""
    for m in _CLAUSE_EDGE.finditer(text, begin, end):
        word = m.group(1)
        if word.startswith("котор"):
            return True
        found = parses(word)
        if not found:
            continue
        tag = found[0].tag
        if "NPRO" in tag or "CONJ" in tag or ("NOUN" in tag and "nomn" in tag):
            return True
    return False


# a break of the office or the staff ("В 13:00 сотрудники уходят на часовой обед", "обед с
# 13:00-15:00", "перерыв на обед 13.00-14.00"): the desk is shut then, nothing begins
_BREAK = re.compile(r"(?<![а-я])(?:обед\w*|перерыв\w*)(?![а-я])")
_BREAK_CLOCK = re.compile(r"(?<![\d.:])(?:2[0-3]|[01]?\d)[:.][0-5]\d(?![\d])")
gate(_BREAK, re.compile("обед|перерыв"))


def take_breaks(sc: Scanner) -> None:
    """Take the clocks of the clause naming a break («обед», «перерыв») in a sentence with no
    event verb (see _EVENT_VERB), unless its line opens with a clock (a programme's slot,
    «13.00 – 13.30 Обед», stays among the programme's other steps): an office's lunch hour is
    never when the event starts. Measured in the sixteenth round: it changes one post of the
    tuned sets (eval12:5, which read the staff's lunch «В 13:00 … на часовой обед» as
    13:00–14:00)."""
    text = sc.text
    for m in sc.find(_BREAK):
        begin = max((e.end() for e in _SENTENCE_EDGE.finditer(text, 0, m.start())), default=0)
        edge = _SENTENCE_EDGE.search(text, m.end())
        end = edge.start() if edge else len(text)
        if _EVENT_VERB.search(text, begin, end):
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        if _BREAK_CLOCK.match(text[line : m.start()].lstrip(" \t•*·-–—")):
            continue
        # the break's own clause: «В 13:00 обед, в 14:00 начнутся мастер-классы» keeps 14:00
        begin = max(
            begin, text.rfind(",", begin, m.start()) + 1, text.rfind(";", begin, m.start()) + 1
        )
        ends = [
            at for at in (text.find(",", m.end(), end), text.find(";", m.end(), end)) if at != -1
        ]
        end = min(ends, default=end)
        for clock in _BREAK_CLOCK.finditer(text, begin, end):
            if sc.is_free(clock.start(), clock.end()):
                sc.take_match(clock)
