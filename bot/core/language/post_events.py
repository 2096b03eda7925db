"""Two or more events announced in one post's prose, read apart.

«… приглашает 10–11 классы на День открытых дверей 12 декабря в 11:00 … Также 17 декабря в
15:30 приглашаем 9-е классы на мастер-класс «…» (ауд. 310)» is two events, each with its own
day, time, classes and place; read as one post, the second was lost, its classes merged into
the first and its day offered with the first's time (newcomer walk 2026-12-02t, #3).

A later event is opened by an additive word a Russian reader takes as «and another one»:
a sentence opening with «Также», «А также», «Кроме того», «Кроме этого», «Помимо этого»,
«Ещё», «А», «Дополнительно», «Вдобавок», or, inside a sentence, «…, а 17 декабря …», «…, а
также 17 декабря …», «…; 17 декабря …» with a day right after. That later event's text runs
to the end of its sentence (a hard line wrap inside a sentence does not end it); the first
event is the post without it, so the post's address, contacts and programme stay with it.

Nothing is split unless every piece reads as an event of its own: the first with a start,
each later one with a day written in its own sentence, a title that shares no word with the
others' (a second session «… мастер-класс пройдёт повторно» is the same event) and no word of
a session, a stage, a deadline or a registration («второе занятие», «заявки до …»), and a
start other than the first's. A piece on the first event's day (or inside its span) is its
programme unless it names another kind and the first has ended by then; a piece about
signing up («заканчивается запись», «до 15 декабря») is a deadline (attack v, #9, #10).
A post with one event and side dates (a deadline, a document's date, a programme's time
slots, one event's several sessions) is therefore one event, as before. A pasted plan
(one line per event) is read by intents_many.parse_many, not here.

Pure: no store, no clock (`now` is passed in, school wall-clock time).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot.core.language.calendar import MONTH
from bot.core.language.intents import parse_message
from bot.core.language.intents_many import parse_many
from bot.core.language.same_venue import same_place_spans, without_same_place
from bot.core.language.sentences import sentences
from bot.core.language.title_words import KIND, kind_key
from bot.core.models import EventDraft, EventIntent
from bot.core.titles import title_meaning

# the key of every pending line that came from one post's events (bot.core.features.plans):
# its summary says «В сообщении два мероприятия» and takes «оба» / «только первое»
POST_KEY = "post"
# a day written out: «17 декабря», «17-18 декабря», «17.12.2026»; «17.12» unless a clock
# time may be meant («в 17.12», «с 10.30»)
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{MONTH}|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}(?!\d)"
    r"|(?<!\bв\s)(?<!\bс\s)(?<!\bдо\s)\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?![\d.:])",
    re.IGNORECASE,
)
# a sentence opening with an additive word: «Также 17 декабря …», «Кроме того, …»
_OPENS = re.compile(
    r"\s*(?:[-–—•*]\s*)?(?:а\s+также|также|кроме\s+того|кроме\s+этого|помимо\s+этого"
    r"|помимо\s+того|а\s+ещ[её]|ещ[её]|дополнительно|вдобавок|а)(?![а-яё])[\s,:]*",
    re.IGNORECASE,
)
# a number's full stop that sentences() keeps inside the sentence, before a capital additive
# word: «…, ул. Ленина 5. Также 17 декабря …» (attack v, #19)
_INNER = re.compile(
    r"(?<=\d\.)\s+(?=(?:А\s+также|Также|Кроме\s+того|Кроме\s+этого|Помимо\s+этого"
    r"|Дополнительно|Вдобавок)(?![а-яё])|А\s+\d)"
)
# inside a sentence: «…, а 17 декабря …», «…, а также 17 декабря …», «…; 17 декабря …»
# (after «;» a title of up to four words may stand before the day: «…, ауд. 5; лекция для 9Б
# 13 декабря в 15:00, ауд. 6», attack w, #5)
_JOINS = re.compile(
    rf"(?:,\s*(?:а\s+также|а\s+ещ[её]|а|и\s+также|также)\s+"
    rf"(?=(?:[а-яё]+\s+){{0,2}}(?:{_DATE.pattern}))"
    rf"|;\s*(?:(?:а\s+также|а|также)\s+)?(?=(?:[^\s,.;:]+\s+){{0,4}}(?:{_DATE.pattern})))",
    re.IGNORECASE,
)
# a sentence opening with a day, a clock time and a dash, as a schedule's line: «…, актовый
# зал. 19 декабря в 15:00 — лекция о звёздах для 9Б» (attack w, #5); after a number's full
# stop, which sentences() keeps inside the sentence, too («…, ауд. 5. 19 декабря в 15:00 — …»)
_DATED_LEAD = re.compile(
    rf"(?:{_DATE.pattern})\s*,?\s*(?:в|с)\s+\d{{1,2}}[:.]\d{{2}}"
    r"(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?\s*[—–-]\s+",
    re.IGNORECASE,
)
_INNER_DATED = re.compile(rf"(?<=\d\.)\s+(?={_DATED_LEAD.pattern})", re.IGNORECASE)
# words of one event's other session, stage or part («в рамках программы выходного дня»),
# or of a side date, never of another event
_NOT_ANOTHER = re.compile(
    r"(?<![а-яё])(?:втор(?:ое|ой|ая|ую|ого)|трет(?:ье|ий|ья|ью|ьего)|следующ\w*|повтор\w*"
    r"|продолжени\w*|заключительн\w*|этап\w*|тур|тура|туре|финал\w*|полуфинал\w*|сеанс\w*"
    r"|смен[аыеу]|поток\w*|групп[аыеу]|заяв\w*|регистр\w*|подать|пода[её]тся|приём\w*"
    r"|при[её]м\w*|прием\w*|срок\w*|дедлайн\w*|сбор\w*|итог\w*|результат\w*|награжден\w*"
    r"|перен[её]с\w*|отмен\w*|тот\s+же|та\s+же|то\s+же"
    r"|запис\w*|заканчива\w*|законч\w*|оконч\w*|завершается|последн\w*\s+д(?:ень|ня)"
    rf"|пришл\w*|направ(?:ьте|ить)|не\s+позд\w*|до\s+\d{{1,2}}\s+{MONTH}|до\s+\d{{1,2}}\.\d{{1,2}}\.\d"
    r"|в\s+рамках|в\s+ходе|в\s+программе)(?![а-яё])",
    re.IGNORECASE,
)
# a numbered part of a building or a room closing a later piece's title, the piece's place:
# «…, корпус 2», «…, корп. 3», «…, 2-й корпус», «…, строение 4», «…, зал 2» (attack v, #21)
_BUILDING_PART = re.compile(
    r",\s*((?:(?:корпус|корп\.|строение|стр\.|здание|павильон|зал|кабинет|каб\.|аудитория|ауд\.)"
    r"\s*№?\s*\d{1,4}[а-я]?|\d{1,2}(?:-?[йм]|-?ый|-?ой)?\s+(?:корпус|этаж|павильон|зал)))\s*$",
    re.IGNORECASE,
)
# a later piece telling where and when one event's people gather: «Также 18 декабря в 9:30
# сбор у школы, автобус» (attack v, #28)
_GATHERING = re.compile(
    r"(?<![а-яё])(?:сбор|отправлени[ея]|выезд|посадк[аи])(?![а-яё])", re.IGNORECASE
)
# a remark after «адрес тот же»: «…, адрес тот же, но вход со двора» (attack w, #7)
_BUT = re.compile(r"^\s*,\s*но\s+[^.;!?]*")
_CLOCK_LEAD = re.compile(r"^[\s,]*(?:(?:в|с)\s+)?\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?")
# «по итогам / по результатам …»: a stage of the first event («подведение итогов»), unless a
# kind of event of its own stands before it (_kind_before)
_AFTERMATH = re.compile(r"(?<![а-яё])по\s+(?:итогам|результатам)(?![а-яё])", re.IGNORECASE)
# event nouns the title rules' KIND leaves out: «новогодний бал», «показ фильма»
_MORE_KINDS = re.compile(r"(?<![а-яё])(?:бал|показ)(?:а|у|ом|е|ы|ов)?(?![а-яё])", re.IGNORECASE)
# a line break that does not end a sentence: the line before ends with a comma, a dash, a
# colon or an opening bracket or quote, or the next line opens with a small letter
_WRAP = re.compile(r"[,(«:–—-][ \t]*\n(?=[ \t]*\S)|\n(?=[ \t]*[а-яёa-z(])")


def _unwrapped(text: str) -> str:
    """`text` with its line breaks inside a sentence (_WRAP) made spaces, one character for
    one, so that offsets in it are offsets in `text`."""
    return _WRAP.sub(lambda m: m.group().replace("\n", " "), text)


def wrapped_sentences(text: str) -> bool:
    """Whether a line break of `text` falls inside a sentence (_WRAP): a post copied from a
    letter with hard line wraps, not a plan of one line per event."""
    return _WRAP.search(text) is not None


def post_events(text: str, now: datetime) -> tuple[EventDraft, ...] | None:
    """The drafts of the two or more events one post announces (see the module docstring),
    in the post's order, each with the whole post as its description; None when the post
    is one event (or no event) by these rules. A piece that is no event of its own («а 26
    декабря – ребята из 6–9 классов») stays in the first event's text."""
    pieces = _series(text, _later_pieces(text), now)
    read = [(piece, _later_event(_piece_text(text, piece), now)) for piece in pieces]
    same_place = {piece for piece in pieces if same_place_spans(_piece_text(text, piece))}
    later = [(piece, draft) for piece, draft in read if draft is not None]
    while later:
        cut = _without(text, [piece for piece, _ in later])
        read_first = parse_many(cut, now)
        first = read_first[0] if len(read_first) == 1 else None
        if not isinstance(first, EventIntent) or not _timed_or_span(first.draft):
            return None
        kept = _distinct(first.draft, _outside(first.draft, _titled(first.draft, later)))
        if len(kept) == len(later):
            whole = text.strip()
            after = _same_place_after(text, cut, [p for p, _ in later])
            found = [
                first.draft,
                *(
                    _placed(d, first.draft, after or p in same_place or _repeat(first.draft, d))
                    for p, d in later
                ),
            ]
            return tuple(
                replace(d, description=whole, title=without_same_place(d.title)) for d in found
            )
        later = kept  # a piece the same as the first is the first's again: read once more
    return None


def without_gathering(text: str) -> str | None:
    """`text` without its later pieces (opened by «Также …» with a day) that only tell
    where and when the event's people gather («Также 18 декабря в 9:30 сбор у школы,
    автобус»), or None when it has none: the gathering is the event's description, never
    its title or its place (attack v, #28)."""
    pieces = [p for p in _later_pieces(text) if _gathers(_piece_text(text, p))]
    return _without(text, pieces) if pieces else None


def _gathers(piece: str) -> bool:
    """Whether a later piece opens, after its day and clock time, with a gathering word."""
    rest = _CLOCK_LEAD.sub("", _DATE.sub("", piece, count=1), count=1)
    return _GATHERING.match(rest.lstrip(" ,–—-")) is not None


def _placed(draft: EventDraft, first: EventDraft, same_place: bool) -> EventDraft:
    """A later event saying «адрес тот же» (or the first's again for another group) with no
    place of its own gets the first's; a repeat naming only the kind («мастер-класс для
    9Б») gets the first's fuller title too."""
    if not draft.title.strip() or (
        _repeat(first, draft) and not title_meaning(draft.title).subject
    ):
        draft = replace(draft, title=first.title)  # «Также 19 декабря … для 9Б» (attack w, #5)
    if same_place and draft.venue is None:
        return replace(draft, venue=first.venue)
    return draft


def _repeat(first: EventDraft, later: EventDraft) -> bool:
    """Whether a later piece is the first's event again for another group (_another_group,
    the same kinds named): it is held where the first is unless it names its own place."""
    kinds = _kinds(first.title)
    return bool(kinds) and kinds == _kinds(later.title) and _another_group(first, later)


def _piece_text(text: str, piece: tuple[int, int]) -> str:
    """A later piece's words on one line."""
    return " ".join(text[piece[0] : piece[1]].split())


def _distinct(
    first: EventDraft, later: list[tuple[tuple[int, int], EventDraft]]
) -> list[tuple[tuple[int, int], EventDraft]]:
    """The later pieces whose events are others than the first's and the earlier pieces':
    no shared title word (bot.core.titles.title_meaning), another start."""
    kept: list[tuple[tuple[int, int], EventDraft]] = []
    for piece, draft in later:
        earlier = [first, *(d for _, d in kept)]
        if all(not _same_event(e, draft) for e in earlier):
            kept.append((piece, draft))
    return kept


def _outside(
    first: EventDraft, later: list[tuple[tuple[int, int], EventDraft]]
) -> list[tuple[tuple[int, int], EventDraft]]:
    """The later pieces that are not the first event's programme: a piece on a day of the
    first event (its start's day to its end's) is its programme («Форум … с 10:00 до 15:00.
    Также 12 декабря в 13:00 лекция ректора»), unless it names another kind of event and the
    first has a clock end at or before the piece's start (attack v, #10)."""
    assert first.start is not None  # _timed
    last_day = (first.end or first.start).date()
    kept = []
    for piece, draft in later:
        assert draft.start is not None  # _timed
        if first.start.date() <= draft.start.date() <= last_day:
            kinds_first, kinds_later = _kinds(first.title), _kinds(draft.title)
            other_kind = bool(kinds_later) and not kinds_first & kinds_later
            again = _another_group(first, draft) and kinds_later in (frozenset(), kinds_first)
            ended = first.end is not None and first.end <= draft.start and not first.all_day
            # a span of days read all day (its daily hours in the description: post_draft.
            # with_daily_span) keeps no clock of its own: a piece naming another kind with its
            # own clock is an event of its own («Также 5 января в 12:00 … эстафета» under a
            # tournament 4–7 January, starts42)
            if not again and not (other_kind and (ended or first.all_day)):
                continue
        kept.append((piece, draft))
    return kept


def _same_event(a: EventDraft, b: EventDraft) -> bool:
    """Whether two pieces' drafts may be one event: the same start, or titles naming the
    same kind of event («мастер-класс» twice: its other session), or — when either names
    no kind but a loose one («встреча», «занятие», «мероприятие») — sharing any title word
    (bot.core.titles.title_meaning). «Губернаторские ёлки» and «губернаторский бал» are
    two kinds, so two events."""
    if a.start == b.start:
        return not _another_group(a, b)  # 9А in ауд. 310, 9Б in ауд. 311 at once (attack w, #6)
    if _another_group(a, b):
        return False  # «Также 19 декабря … мастер-класс … для 9Б»: its own session (#20)
    kinds_a, kinds_b = _kinds(a.title), _kinds(b.title)
    if kinds_a and kinds_b:
        return bool(kinds_a & kinds_b) and not _other_subjects(a.title, b.title)
    return bool(_title_words(a.title) & _title_words(b.title))


def _other_subjects(a: str, b: str) -> bool:
    """Whether two titles of one kind each name a subject and share no subject word: a
    series («Лекция о космосе … Также 19 декабря лекция о звёздах», attack w, #5), not one
    lecture's second session."""
    subject_a, subject_b = title_meaning(a).subject, title_meaning(b).subject
    return bool(subject_a) and bool(subject_b) and not subject_a & subject_b


def _titled(
    first: EventDraft, later: list[tuple[tuple[int, int], EventDraft]]
) -> list[tuple[tuple[int, int], EventDraft]]:
    """The later pieces that name an event, or name none but another group than the
    first's: «Также 19 декабря в 15:00 для 9Б там же» is the first event again for 9Б
    (attack w, #5); a piece with no title for the same classes is no event of its own."""
    return [(p, d) for p, d in later if d.title.strip() or _another_group(first, d)]


def _another_group(a: EventDraft, b: EventDraft) -> bool:
    """Whether two pieces name their own classes and no student is in both: the same
    event for another group is a session of its own, with its own day and classes
    (attack v, #20: «… для 9А … Также 19 декабря в 15:00 мастер-класс … для 9Б»)."""
    named = not a.audience.is_everyone and not b.audience.is_everyone
    return named and not a.audience.overlaps(b.audience)


_LOOSE = frozenset({"заня", "встр", "меро"})


def _kinds(title: str) -> frozenset[str]:
    """The keys (title_words.kind_key) of the event kinds a title names, loose ones and
    those of what it sums up («по итогам олимпиады») left out."""
    title = _AFTERMATH.split(title, maxsplit=1)[0]  # «собрание по итогам олимпиады»
    found = [m.group() for p in (KIND, _MORE_KINDS) for m in p.finditer(title)]
    return frozenset(kind_key(w.split()[0]) for w in found) - _LOOSE


def _later_pieces(text: str) -> list[tuple[int, int]]:
    """(begin, end) of each later event's text (after its additive word), in order."""
    flat = _unwrapped(text)
    pieces: list[tuple[int, int]] = []
    for start, end in sentences(flat):
        sentence = flat[start:end]
        opened = _OPENS.match(sentence)
        if opened is not None and opened.end() > 0 and start > 0 and sentence.strip():
            word = sentence[: opened.end()].strip(" ,:-–—•*").lower()
            if word and _DATE.search(sentence, opened.end()):
                pieces.append((start + opened.end(), end))
                continue
        inner = _INNER.search(sentence)
        if inner is not None and _DATE.search(sentence, 0, inner.start()):
            opened = _OPENS.match(sentence, inner.end())
            if opened is not None and _DATE.search(sentence, opened.end()):
                pieces.append((start + opened.end(), end))
                continue
        before = flat[:start]
        dated = _dated_piece(sentence, start > 0 and "\n" not in before[len(before.rstrip()) :])
        if dated is not None:
            pieces.append((start + dated, end))
            continue
        joined = _JOINS.search(sentence)
        if joined is not None and _DATE.search(sentence, 0, joined.start()):
            pieces.append((start + joined.end(), end))
    return pieces


def _dated_piece(sentence: str, later: bool) -> int | None:
    """Where in `sentence` a later event opened by a day, a time and a dash begins
    (_DATED_LEAD): the sentence itself when it is not the post's first and goes on the line
    of the one before (a line of a schedule is one event's programme or a pasted plan's),
    or after a number's full stop when a day stands before it; None when there is none."""
    lead = len(sentence) - len(sentence.lstrip())
    if later and _DATED_LEAD.match(sentence, lead):
        return lead
    inner = _INNER_DATED.search(sentence)
    if inner is not None and _DATE.search(sentence, 0, inner.start()):
        return inner.end()
    return None


def _series(text: str, pieces: list[tuple[int, int]], now: datetime) -> list[tuple[int, int]]:
    """`pieces` with a piece cut again where a number's full stop is followed by another
    additive word and day («… ауд. 7. Также 26 декабря …», which sentences() keeps in one
    sentence), when each part reads as an event of its own: a third event of a post is not
    merged into the second (attack w, #5)."""
    flat = _unwrapped(text)
    found: list[tuple[int, int]] = []
    for begin, end in pieces:
        bounds = [begin]
        for inner in _INNER.finditer(flat, begin, end):
            opened = _OPENS.match(flat, inner.end())
            if opened is not None and _DATE.search(flat, opened.end(), end):
                bounds += [inner.start(), opened.end()]
        bounds.append(end)
        parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
        if len(parts) > 1 and all(_later_event(_piece_text(text, p), now) for p in parts):
            found.extend(parts)
        else:
            found.append((begin, end))
    return found


def _same_place_after(text: str, cut: str, pieces: list[tuple[int, int]]) -> bool:
    """Whether a «Адрес тот же.» / «Место: там же, где в прошлый раз» stands after the
    later pieces in a sentence of its own (left in the first event's text `cut`): it
    speaks of the later events, whose place is the first's (attack w, #7)."""
    begin = min(p[0] for p in pieces)
    inside = [
        (s, e)
        for s, e in same_place_spans(text)
        if s >= begin and not any(b <= s < f for b, f in pieces)
    ]
    return bool(inside) and bool(same_place_spans(cut))


def _without(text: str, pieces: list[tuple[int, int]]) -> str:
    """`text` with the later events' sentences (and the words opening them) cut out."""
    flat = _unwrapped(text)
    kept, at = [], 0
    for begin, end in pieces:
        cut = _piece_start(flat, begin)
        kept.append(text[at:cut])
        at = end
    kept.append(text[at:])
    return "".join(kept).strip()


def _piece_start(flat: str, begin: int) -> int:
    """Where the cut of a later event starts: its sentence's start when an additive word
    opens the sentence, else the comma or semicolon before «а 17 декабря»."""
    for start, end in sentences(flat):
        if start <= begin <= end:
            joined = None
            for found in _JOINS.finditer(flat, start, end):
                if found.end() == begin:
                    joined = found
            for inner in _INNER.finditer(flat, start, end):
                opened = _OPENS.match(flat, inner.end())
                if opened is not None and opened.end() == begin:
                    return inner.start()
            for inner in _INNER_DATED.finditer(flat, start, end):
                if inner.end() == begin:
                    return inner.start()
            return joined.start() if joined is not None else start
    return begin


def _later_event(piece: str, now: datetime) -> EventDraft | None:
    """The event a later piece announces, or None when it is no event of its own: no day
    written in it, no clock time, no kind of event named in its title, or a session's,
    stage's or side date's word."""
    piece = _without_same_place(piece)
    if not _DATE.search(piece) or _NOT_ANOTHER.search(_kind_before(piece)):
        return None
    parsed = parse_message(piece, now)
    if not isinstance(parsed, EventIntent) or not _timed(parsed.draft):
        return None
    draft = _building_placed(parsed.draft)
    if not draft.title.strip() and not draft.audience.is_everyone and not draft.deadline:
        return draft  # «Также 19 декабря в 15:00 для 9Б»: another group's session (_titled)
    if not (KIND.search(draft.title) or _MORE_KINDS.search(draft.title)) or draft.deadline:
        return None  # «… вход будет бесплатным», «ребята из 6–9 классов»: no event named
    return draft


def _without_same_place(piece: str) -> str:
    """A later piece without its «…, адрес тот же» (same_venue.same_place_spans) and the
    comma before it: the first event's place, filled by _placed (attack v, #18)."""
    for start, end in reversed(same_place_spans(piece)):
        head = piece[:start].rstrip()
        head = head[:-1] if head.endswith((",", ";")) else head
        tail = _BUT.sub("", piece[end:], count=1)  # «, но вход со двора»: the description's
        piece = head.rstrip() + " " + tail.lstrip()
    return piece.strip()


def _building_placed(draft: EventDraft) -> EventDraft:
    """A later piece whose title ends with a numbered building part («Экскурсия в
    лабораторию, корпус 2») and that has no place: the part is its place, not its title."""
    found = _BUILDING_PART.search(draft.title)
    if draft.venue is not None or found is None:
        return draft
    return replace(draft, title=draft.title[: found.start()].rstrip(), venue=found.group(1))


def _kind_before(piece: str) -> str:
    """A piece without its «по итогам …» / «по результатам …» standing right after a kind
    of event of its own («родительское собрание по итогам олимпиады»: another event, attack
    v, #20); «подведение итогов», «награждение по итогам» keep their side words."""
    for found in reversed(list(_AFTERMATH.finditer(piece))):
        before = piece[max(0, found.start() - 40) : found.start()]
        kinds = [m for m in KIND.finditer(before) if not _NOT_ANOTHER.search(m.group())]
        if kinds and not before[kinds[-1].end() :].strip(" ,").count(" ") > 2:
            piece = piece[: found.start()] + piece[found.end() :]
    return piece


def _timed_or_span(draft: EventDraft) -> bool:
    """Whether the first piece's event is timed (_timed) or a span of several days read all
    day («с 4 по 7 января … Начало игр ежедневно в 11:00»): either may have later events of
    their own."""
    if _timed(draft):
        return True
    span = draft.all_day and draft.start is not None and draft.end is not None
    return span and draft.end > draft.start  # type: ignore[operator]


def _timed(draft: EventDraft) -> bool:
    """Whether a piece's event has a day and a clock time of its own: a piece without one
    («А 30 мая решится исход турнира», «Сегодня … закрытый показ») is a side date, never
    split off on a guess."""
    return draft.start is not None and draft.time_known and not draft.all_day


def _title_words(title: str) -> frozenset[str]:
    """The kind and subject words of a title (bot.core.titles.title_meaning)."""
    meaning = title_meaning(title)
    return meaning.kind | meaning.subject
