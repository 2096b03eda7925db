"""A concise title for a long post: the event's kind and name, in the nominative.

"…состоится Всероссийский Открытый урок «Большая семья – Россия!», посвящённый…" gives
"Всероссийский Открытый урок «Большая семья – Россия!»". The kind is a noun such as "лекция",
"фестиваль", "соревнования"; the phrase around it takes agreeing adjectives on the left and a
genitive chain, "по …", a quoted name or "посвящённый …" on the right. Inflection to the
nominative uses pymorphy3 (OpenCorpora dictionary). Letter openers, invitations, lecturers and
contacts are never part of the phrase because it is built around the kind noun only.

This module decides between the heading and the body (title_heading_body.py), has the rules
of title_offers.py offer candidates to a Pick (title_pick.py), chooses one and has it completed
and fitted (title_settled.py); a dated sentence's subject pointing back is
title_pointed_back.py, stages title_stages.py, the phrase around a kind title_phrase.py, the
kind nouns and word tests title_words.py. Each rule offers candidates with a hand-set score;
with CHOOSER == "learned" every candidate is kept and the one a linear model fitted across
the corpora ranks first is finished (title_model.py); CHOOSER == "hand" keeps the highest
hand score, as before.
"""

from __future__ import annotations

import re
from datetime import time
from functools import partial

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.lowered import finditer_i
from bot.core.language.notices import without_notices
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.title_apposed_name import with_apposed_name
from bot.core.language.title_apposition import dated_apposition
from bot.core.language.title_bare_kind import with_season_owner, with_visit_before
from bot.core.language.title_dated_days import own_part
from bot.core.language.title_dated_kind import dated_named_kind, named_in_dated
from bot.core.language.title_finish import first_words
from bot.core.language.title_frame import with_addressed_frame
from bot.core.language.title_grammar import grammar_candidates
from bot.core.language.title_heading import Heading, read_heading
from bot.core.language.title_heading_body import (
    announced_below,
    catchphrase,
    frames_dated_item,
    is_digest,
    named_below,
    one_of_several,
    proper_in_dated,
    same_kind,
)
from bot.core.language.title_headline_object import (
    headline_object,
    holds_object,
    kind_repeated_below,
    quoted_work,
    start_is_its,
)
from bot.core.language.title_jubilee import JUBILEE, dated_clause, jubilee_title
from bot.core.language.title_marked import marked_occasion
from bot.core.language.title_model import Candidate, features, margin, ranked, scores, weights
from bot.core.language.title_nested import with_outer_name
from bot.core.language.title_offers import OFFERS
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_pick import Pick
from bot.core.language.title_place import is_place_fragment
from bot.core.language.title_pointed_back import hyphen_prefixed, met_phrase, pointed_back
from bot.core.language.title_score import WEAK
from bot.core.language.title_series import names_series_of_item
from bot.core.language.title_settled import finished, mention_saying_more
from bot.core.language.title_shape import well_formed
from bot.core.language.title_stage_item import opens_with_stage, stage_item_whole
from bot.core.language.title_stages import held_in_stages
from bot.core.language.title_subject import subject_of
from bot.core.language.title_words import KIND, MAX_TITLE, bare_kind, kind_key

__all__ = ["CHOOSER", "KIND", "MAX_TITLE", "concise_title"]

# which chooser picks among a post's title candidates: "hand" (the hand-set scores) or
# "learned" (title_model.py, weights fitted across the corpora by benchmarks/title_model.py).
# "hand" by default: the learned one ties it on the held-out sets eval17 (35/50 both) and
# eval18 (8/9 both), gains 2 of 1176 titles in-sample and costs about a quarter of the speed
# (tests/data/README.md, seventeenth round). With the candidates read by grammar (GRAMMAR,
# twenty-first round) the best candidate is right on 1,201 of 1,226 tuned titles (1,181
# before), but the learned chooser left one set out picks 1,112 against the hand's 1,115.
# "general" (round 44): the same linear model fitted without the hand scores, with the
# general features of title_general.py (a candidate's head noun's case, animacy, kind; its
# sentence; its repeats), weights title_weights_general.py; "blend": the hand scores' phrase
# unless the general model scores another one higher by its MARGIN (tests/data/title44.md)
CHOOSER = "hand"
# benchmarks/title_model.py sets a list here to record every candidate, finished, with its
# features and the hand chooser's title (the hand chooser then decides)
RECORD: list[dict[str, object]] | None = None
# whether the learned chooser and RECORD also get the candidates read by grammar
# (title_grammar.py, the twenty-first round): off, as the learned chooser over them lost to
# the hand scores (benchmarks/title_model.py --grammar measures them)
GRAMMAR = False


def concise_title(
    text: str,
    event_sentence: tuple[int, int] | None,
    *,
    fallback: bool = True,
    elsewhere: tuple[tuple[int, int], ...] = (),
    clock: time | None = None,
) -> str | None:
    """The event's name from a long post, at most 80 characters; None when none is found.
    Without `fallback`, None also when no kind, named day or quoted name was found (instead
    of the post's first quote or sentence). Never a notice ("Вход свободный", notices.py).
    `elsewhere`: the clauses dated with another day than the chosen start's
    (title_dated_days.other_day_clauses), whose kinds are other events of the post: the
    event's sentence is read without them (own_part). `clock`: the start's clock time (None:
    all day or unknown), which a headline's event must not take from another item."""
    if event_sentence is not None and elsewhere:
        event_sentence = own_part(event_sentence, elsewhere)
    if RECORD is not None:
        return _recorded(
            _unwrapped(with_guillemets(text)), event_sentence, fallback, elsewhere, clock
        )
    marked = _unwrapped(with_guillemets(text))
    title = _title(marked, event_sentence, fallback, elsewhere, clock)
    if title:
        # "Новый сезон школьной лиги КВН стартует. Фестиваль пройдёт …": a bare kind opening
        # the dated sentence, completed by the sentence before (title_bare_kind.py)
        title = (
            with_season_owner(marked, title, event_sentence)
            or with_visit_before(marked, title, event_sentence)
            or title
        )
    if APPOSED_NAME and title:
        # "пройдёт праздник Масленица": the kind's unquoted name (title_apposed_name.py)
        title = with_apposed_name(marked, title) or title
    title = with_outer_name(marked, title, MAX_TITLE) if title else title  # «A «B»
    title = with_addressed_frame(marked, title) if title else title  # "Участникам конкурса «…»!"
    title = well_formed(title, marked) if title else title  # a fragment cut to a noun phrase
    title = without_trailing_tags(title) if title else title  # "Субботник #ДобрыеДела"
    return (without_notices(title) or None) if title else None


# hashtags closing a title ("Неделя добра #СделаемМирДобрее #ДобрыеДела", a tag's word cut
# to a lone "#"): labels a post's sentence ends with, never words of the event's name
_TRAILING_TAGS = compile_with_scan(r"(?:\s*#[\w-]*)+\s*$")


def without_trailing_tags(title: str) -> str:
    """`title` without the hashtags closing it («Акция #МыВместе» → «Акция»); `title` itself
    when it has none or is nothing but tags."""
    rest = _TRAILING_TAGS.sub("", title).rstrip(" ,.;:—–-")
    return rest if rest else title


APPOSED_NAME = True  # title77: a kind takes its unquoted name in apposition


# a line broken inside a sentence: a word, the break, a lower-case word («во Всероссийский
# День\nоткрытых дверей»), the line longer than any title: a page's wrapped paragraph, not a
# heading's or an epigraph's line (fresh66)
_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
# a page copied with its lines cut to a width: this many breaks inside sentences after lines
# of at least WRAP_WIDTH characters (a heading or an epigraph is one line, rarely that long)
WRAPPED_PAGE = 3
WRAP_WIDTH = 60
_LETTERS = _LOWER | frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")


def _unwrapped(text: str) -> str:
    """`text` with its wrapped paragraph lines joined (a space for the break: the offsets
    keep); a line of at most MAX_TITLE characters keeps its break, unless the post is a
    wrapped page (WRAPPED_PAGE breaks or more after lines of at least WRAP_WIDTH characters:
    «… на выездном спектакле Чувашского\nдрамтеатра …» cut at 79). Walks the breaks with
    str.find (no pass of a pattern over the post)."""
    breaks: list[int] = []
    near: list[int] = []  # breaks after a line of WRAP_WIDTH..MAX_TITLE characters
    line = 0
    at = text.find("\n")
    while at != -1:
        if (
            at - line >= WRAP_WIDTH
            and text[at - 1] in _LETTERS
            and at + 1 < len(text)
            and text[at + 1] in _LOWER
        ):
            (breaks if at - line > MAX_TITLE else near).append(at)
        line = at + 1
        at = text.find("\n", line)
    if len(breaks) + len(near) >= WRAPPED_PAGE:
        breaks += near
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


def _recorded(
    text: str,
    event_sentence: tuple[int, int] | None,
    fallback: bool,
    elsewhere: tuple[tuple[int, int], ...] = (),
    clock: time | None = None,
) -> str | None:
    """concise_title with RECORD set: the hand chooser's title, and one record appended to
    RECORD with every candidate of each _picked call (a post with a title heading is read
    below the heading too) and the heading's own candidates (the heading, named_below)."""
    global RECORD
    outer, RECORD = RECORD, []
    try:
        title = _title(text, event_sentence, fallback, elsewhere, clock)
        title = with_outer_name(text, title, MAX_TITLE) if title else title
        title = with_addressed_frame(text, title) if title else title
        heading = read_heading(text)
        extra: list[str | None] = []
        chose = bool(RECORD)  # whether a _picked call gave the title (not the heading alone)
        if heading.title is not None:
            extra = [
                heading.title,
                named_below(text, heading.title, heading.span[1], event_sentence),
            ]
            if not RECORD:
                _picked(
                    text,
                    event_sentence,
                    heading.as_headline(),
                    fallback=False,
                    elsewhere=elsewhere,
                    clock=clock,
                )
        picks = RECORD
    finally:
        RECORD = outer
    title = (without_notices(title) or None) if title else None
    assert outer is not None
    outer.append({"title": title, "picks": picks, "heading": extra, "chose": chose})
    return title


def _title(
    text: str,
    event_sentence: tuple[int, int] | None,
    fallback: bool,
    elsewhere: tuple[tuple[int, int], ...] = (),
    clock: time | None = None,
) -> str | None:
    """concise_title before its notices are dropped."""

    def below_only(head: Heading) -> str | None:
        # the body's pick under a heading that is not itself the title (no fallback)
        return _picked(text, event_sentence, head, fallback=False, elsewhere=elsewhere, clock=clock)

    heading = read_heading(text)
    if heading.title is not None and is_place_fragment(heading.title):
        heading = Heading()  # "На Театральной площади\n…": where, never the event's name
    if heading.title is not None:
        if is_digest(heading.title) and event_sentence is not None:
            # "Экскурсии для детей на этой неделе\n… 25 июля начнётся программа «…»": the
            # heading of several events; the event's own sentence names the one meant
            below = below_only(Heading())
            return below if below is not None and "«" in below else heading.title
        if announced_below(text, heading.title, event_sentence):
            # "Каникулы в кинотеатре\n… пройдёт фестиваль детских фильмов": a headline
            below = below_only(heading.as_headline())
            return below if below is not None and not bare_kind(below) else heading.title
        if event_sentence is not None and catchphrase(text, heading, event_sentence):
            # "Его величество цирк\n… цирк будет праздновать Международный День цирка!"
            below = below_only(heading.as_headline())
            if below is not None and not bare_kind(below):
                return below
        if names_series_of_item(text, heading.title, heading.span[1]):
            # "Абонемент «Музыка для школьников»\n… на концерт «Сказки в музыке» из цикла
            # «Музыка для школьников»": the heading names the series, the item is the event
            below = below_only(heading.as_headline())
            if below is not None and not bare_kind(below):
                return below
        if frames_dated_item(text, heading.title, event_sentence):
            # "Районная спартакиада\n… в рамках районной спартакиады пройдут соревнования по
            # лыжным гонкам": the heading is the umbrella, the dated sentence's item the event
            below = below_only(heading.as_headline())
            if below is not None and not bare_kind(below) and not same_kind(below, heading.title):
                return below
        named = named_below(text, heading.title, heading.span[1], event_sentence)
        if named is None:
            # "Ёлка для отличников\n На Губернаторскую елку, которая состоится 26 декабря":
            # the dated sentence gives the heading's kind the proper adjective of its name
            named = proper_in_dated(text, heading.title, event_sentence)
        if named is None:
            # "Ко Дню народного единства\n… 31 октября … историческую игру «Смутное время»"
            named = dated_named_kind(text, heading.title, heading.span[1], event_sentence)
        return named or heading.title
    picked = _picked(
        text, event_sentence, heading, fallback=fallback, elsewhere=elsewhere, clock=clock
    )
    if (
        picked
        and event_sentence is not None
        and (one := one_of_several(text, picked, event_sentence))
    ):
        picked = one  # "Слёты юных туристов пройдут летом" above "пройдёт слёт юных краеведов"
    if (
        picked
        and event_sentence is not None
        and opens_with_stage(text, event_sentence)
        and (stages := held_in_stages(text)) is not None
        and (whole := stage_item_whole(text, event_sentence, stages[1])) is not None
    ):
        # "Олимпиада проходит в два этапа: … 2 этап - математический турнир … состоится 19
        # октября": the dated item is a stage of the olympiad, which is the event
        return whole
    # "городской турнир по хоккею с шайбой «Золотая шайба»": the dated sentence's name
    return named_in_dated(text, picked, event_sentence) if picked else picked


def _picked(
    text: str,
    event_sentence: tuple[int, int] | None,
    heading: Heading,
    *,
    fallback: bool,
    elsewhere: tuple[tuple[int, int], ...] = (),
    clock: time | None = None,
) -> str | None:
    """The best kind, name or day of the post, completed and fitted (see concise_title)."""
    learned = CHOOSER != "hand" or RECORD is not None
    pick = Pick(text, event_sentence, heading.headline or (0, 0), every=[] if learned else None)
    pick.elsewhere = elsewhere
    pick.clock = clock
    for family, offer in OFFERS:
        pick.family = family
        offer(pick)
    pick.family = "kinds"
    if pick.event_sentence is not None and (back := pointed_back(text, pick.event_sentence)):
        # "приглашает на встречу с поэтами. Состоится она 10 сентября": what "она" (or a
        # bare "Встреча" opening the dated sentence) points back to is the dated event
        # (+3 as the dated sentence's own; a weak kind's −3 taken back: it is named now)
        bonus = 6 if WEAK.match(back.group(0)) else 3
        span = (hyphen_prefixed(text, back.start()), back.end())  # "блиц-турнир": one word
        pick.offer(pick.score(back) + bonus, partial(met_phrase, text, *span), back.start())
    pick.family = "apposition"
    if pick.event_sentence and (noun := dated_apposition(text, pick.event_sentence)):
        # "…на постановку «Медной горы хозяйка» 8 февраля": the dated sentence's named thing
        pick.offer_at(noun, 0, partial(kind_phrase, text, *noun.span(1)))
    pick.family = "jubilee"
    for m in (
        JUBILEE.finditer(text) if "лети" in text or "рождени" in text or "юбиле" in text else ()
    ):
        if jubilee := jubilee_title(text, m):  # "зоопарк отметит 152-летие"
            # undated, outside the event's sentence ("Театр отмечает юбилей" above "Концерт
            # … пройдёт 12 марта"), the anniversary is the occasion of the event named there
            pick.offer(
                pick.score(m) + (2 if dated_clause(text, m, event_sentence) else -1),
                jubilee,
                m.start(),
            )
    if pick.every is not None and GRAMMAR:
        # the noun phrases grammar marks as an event's name (title_grammar.py), for the
        # learned chooser only: the hand scores never see them
        for at, phrase, role in grammar_candidates(text):
            pick.every.append(Candidate(f"grammar_{role}", 0, at, phrase))
    pick.hand = pick.best[1] if pick.best is not None else None  # before it is finished
    if pick.best is not None and (marked := _marked_with_kind(pick)) is not None:
        # "Международный день птиц отметит экскурсией зоопарк": the kind is the event
        pick.best = (pick.best[0], marked)
    if pick.best is not None and (owner := _programme_owner(text, event_sentence)) is not None:
        # "Программа соревнований:\n- 18 мая … состоятся старты …": an item of the programme
        # of the event named above it
        pick.best = (pick.best[0] + 1, kind_phrase(text, *owner))
        if pick.every is not None:
            pick.every.append(Candidate("programme_owner", pick.best[0], owner[0], pick.best[1]))
            pick.hand = pick.best[1]
    if pick.best is not None and (shown := _headline_shows(pick, pick.best[1])) is not None:
        # "В планетарии покажут призрак Вселенной" above a list of the weekend's programmes:
        # what the headline's verb shows or holds is the event (title_headline_object.py)
        pick.best = (pick.best[0] + 1, shown)
        if pick.every is not None:
            pick.every.append(Candidate("headline_object", pick.best[0], pick.headline[0], shown))
            pick.hand = shown
    if pick.every is not None:
        return _learned(pick, fallback)
    if pick.best is None:
        if not fallback:
            return None
        return _first_words(pick)
    return finished(pick, pick.best[1])


def _headline_shows(pick: Pick, chosen: str) -> str | None:
    """The phrase of what the news headline's verb of showing or holding governs, when the
    chosen phrase names neither its kind nor its words: a kind object's phrase (its fuller
    mention below when there is one), or the body's kind whose quoted name holds a kind-less
    object's words (title_headline_object.py); None otherwise."""
    text = pick.text
    obj = headline_object(text, pick.headline)
    if obj is None or holds_object(chosen, obj, text):
        return None
    if not start_is_its(text, obj, pick.headline[1], pick.event_sentence, pick.clock):
        # "Музей проведёт экскурсию …\n14 декабря в 12:00 … мастер-класс «Глина». Экскурсия
        # начнётся в 11:00.": the start is another item's; its title keeps the card whole
        return None
    if obj.kind:
        m = KIND.match(text, obj.start)
        if m is None or not kind_repeated_below(text, obj, pick.headline[1]):
            return None  # "спектакль" above "Постановка «…»": the body names it otherwise
        phrase = kind_phrase(text, m.start(), m.end())
        if frames_dated_item(text, phrase, pick.event_sentence):
            return None  # "В рамках фестиваля 12 марта пройдёт олимпиада": the item is dated
        phrase = mention_saying_more(text, phrase, pick.elsewhere) or phrase
        # "проведут экскурсии": a kind word alone names nothing a card could tell apart
        return phrase if " " in phrase.strip() else None
    span = quoted_work(text, obj, pick.headline[1])
    return kind_phrase(text, *span) if span is not None else None


def _first_words(pick: Pick) -> str | None:
    """The fallback title of a post with no kind, name or day (title_finish.first_words)."""
    # "11 августа 2021, 16:17\nОсмотры детей … будут проводить …": the page's chrome
    # above a news headline is never the event's name; the post is read from the headline
    top = pick.headline[0]
    return first_words(pick.text[top:], subject_of(pick.text, pick.event_sentence))


def _learned(pick: Pick, fallback: bool) -> str | None:
    """The title the learned chooser picks among every candidate offered (title_model.py),
    finished as the hand chooser's would be; the fallback's first words are a candidate too.
    With RECORD set, the chooser is the hand one and every candidate, finished, is recorded."""
    assert pick.every is not None
    hand = pick.hand
    cands = [c for c in pick.every if c.text.strip()]
    if fallback:
        cands.append(Candidate("first_words", 0, -1, partial(_first_words_text, pick)))
    if RECORD is not None:
        finished = [_finished_candidate(pick, c) for c in cands]
        rows = features(pick.text, pick.event_sentence, pick.headline, cands, hand)
        hand_title = _hand_title(pick, fallback)
        RECORD.append({"finished": finished, "features": rows, "hand": hand_title})
        return hand_title
    if not cands:
        return None
    if CHOOSER in ("general", "blend"):
        found = scores(
            pick.text, pick.event_sentence, pick.headline, cands, hand, weights("general")
        )
        top = max(range(len(found)), key=lambda i: found[i])  # the first of equals
        if CHOOSER == "blend":
            # the hand scores' phrase unless the general model is sure of another one
            own = next((i for i, c in enumerate(cands) if c.text == hand), None)
            if own is not None and found[top] - found[own] < margin():
                return _hand_title(pick, fallback)
        return _finished_candidate(pick, cands[top])
    best = cands[ranked(pick.text, pick.event_sentence, pick.headline, cands, hand)[0]]
    return _finished_candidate(pick, best)


def _hand_title(pick: Pick, fallback: bool) -> str | None:
    """What the hand-set scores give (the chooser of CHOOSER == "hand")."""
    if pick.best is None:
        return _first_words(pick) if fallback else None
    return finished(pick, pick.best[1])


def _first_words_text(pick: Pick) -> str:
    return _first_words(pick) or ""


def _finished_candidate(pick: Pick, cand: Candidate) -> str | None:
    """A candidate finished as the hand chooser's winner would be (a named day with the kind
    it is kept with, _marked_with_kind); the fallback's first words as they are."""
    if cand.family == "first_words":
        return cand.text or None
    if cand.family.startswith("grammar_"):
        return cand.text  # nominative and fitted already (title_grammar.phrase_at)
    phrase = cand.text
    if cand.family == "named_days":
        for day in pick.days:
            if kind_phrase(pick.text, *day) == phrase:
                phrase = marked_occasion(pick.text, day, phrase) or phrase
                break
    return finished(pick, phrase)


def _marked_with_kind(pick: Pick) -> str | None:
    """The kind the best named day is kept with, with the day as its occasion ("День
    космонавтики отметят лекцией" -> "Лекция ко Дню космонавтики"); None when the best is no
    named day or its sentence names no such kind (title_marked.py)."""
    assert pick.best is not None
    best = pick.best[1]
    for day in pick.days:
        if kind_phrase(pick.text, *day) == best:
            return marked_occasion(pick.text, day, best)
    return None


def _programme_owner(text: str, event_sentence: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of the kind whose programme the event's sentence is an item of: a line
    "Программа соревнований:" (a kind) above the sentence, in the same block of lines, and the first
    mention of that kind before the line ("состоятся областные соревнования по авиамоделизму"
    … "Программа соревнований:\n- 18 мая в 14.00 … старты моделей"); None otherwise."""
    if event_sentence is None or "рограмм" not in text:
        return None
    label = None
    for m in _PROGRAMME_LINE.finditer(text, 0, event_sentence[0]):
        label = m
    if label is None or not KIND.fullmatch(label.group(1)):
        return None
    if "\n\n" in text[label.end() : event_sentence[0]]:
        return None  # the programme's list ended before the event's sentence
    key = kind_key(label.group(1))
    for m in finditer_i(KIND, text[: label.start()]):
        if kind_key(m.group(0)) == key:
            return m.start(), m.end()
    return None


_PROGRAMME_LINE = re.compile(r"(?im)^[ \t]*программа\s+([а-яё]+)[ \t]*:[ \t]*$")
