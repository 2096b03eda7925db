"""A concise title for a long post: the event's kind and name, in the nominative.

"…состоится Всероссийский Открытый урок «Большая семья – Россия!», посвящённый…" gives
"Всероссийский Открытый урок «Большая семья – Россия!»". The kind is a noun such as "лекция",
"фестиваль", "соревнования"; the phrase around it takes agreeing adjectives on the left and a
genitive chain, "по …", a quoted name or "посвящённый …" on the right. Inflection to the
nominative uses pymorphy3 (OpenCorpora dictionary). Letter openers, invitations, lecturers and
contacts are never part of the phrase because it is built around the kind noun only.

This module picks the kind (scores, cues, named days, headings, fallbacks) and fits the title;
the phrase around a kind is title_phrase.py, the kind nouns and word tests title_words.py.
Each rule offers candidates with a hand-set score; with CHOOSER == "learned" every candidate
is kept and the one a linear model fitted across the corpora ranks first is finished
(title_model.py); CHOOSER == "hand" keeps the highest hand score, as before.
"""

from __future__ import annotations

import re
from datetime import time
from functools import partial
from itertools import chain

from bot.core.language.lowered import finditer_i
from bot.core.language.notices import without_notices
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.title_apposition import dated_apposition
from bot.core.language.title_bare_kind import with_season_owner, with_visit_before
from bot.core.language.title_choice import (
    named_after_subject,
    same_subject,
    stage_of_event,
)
from bot.core.language.title_contests import ceremony_of_contest, same_contest, with_game
from bot.core.language.title_cues import CUE_VERB
from bot.core.language.title_dated_days import own_part
from bot.core.language.title_dated_kind import dated_named_kind, named_in_dated
from bot.core.language.title_finish import (
    CEREMONY,
    first_words,
    fit,
    of_named_event,
    of_what_opens,
    with_name,
    with_owner,
)
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
    repeated_around_name,
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
from bot.core.language.title_named import (
    fuller_mention,
    proper_event,
    repeated_fuller,
    stands_for_event,
    with_inserted_adjectives,
)
from bot.core.language.title_named_as import (
    named_again,
    named_mention,
    only_described,
)
from bot.core.language.title_nested import with_outer_name
from bot.core.language.title_offers import APPEARANCES, OFFERS
from bot.core.language.title_opening import opened_in_full
from bot.core.language.title_performer import with_performers
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_pick import Pick, named_with
from bot.core.language.title_place import is_place_fragment
from bot.core.language.title_pointed_back import hyphen_prefixed, met_phrase, pointed_back
from bot.core.language.title_quotes import (
    as_written,
    labelled_name,
    named_as_kind,
)
from bot.core.language.title_repeated import repeats_words
from bot.core.language.title_score import WEAK
from bot.core.language.title_series import names_series_of_item
from bot.core.language.title_shape import well_formed
from bot.core.language.title_stage_item import opens_with_stage, stage_item_whole
from bot.core.language.title_stages import (
    BARE_STAGE,
    BARE_STAGE_NOUN,
    LONE_STAGE,
    contest_before,
    held_in_stages,
    stage_of_headline,
)
from bot.core.language.title_subject import subject_of
from bot.core.language.title_visits import (
    with_headline_performer,
)
from bot.core.language.title_words import (
    KIND,
    MAX_TITLE,
    QUOTE,
    bare_kind,
    is_genitive,
    kind_key,
    phrase_kind_key,
)
from bot.core.language.told_past import told_in_past

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

# kinds a chat message writes short ("олимп. по биологии"), written out in the title
_FULL_KIND = {"олимп.": "Олимпиада", "соревн.": "Соревнования", "конф.": "Конференция"}
_ABBREVIATED = re.compile(r"(?i)^(?:олимп|соревн|конф)\.")
_FEAST = re.compile(r"(?i)праздник|мероприяти|акци|программ|соревновани|представлени")
HEADLINE_DATED = True  # title53: a headline's kind named in the event's own sentence
NAMED_NEXT = True  # title53: the event sentence's kind named by the next sentence's subject


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
    title = with_outer_name(marked, title, MAX_TITLE) if title else title  # «A «B»
    title = with_addressed_frame(marked, title) if title else title  # "Участникам конкурса «…»!"
    title = well_formed(title, marked) if title else title  # a fragment cut to a noun phrase
    return (without_notices(title) or None) if title else None


# a line broken inside a sentence: a word, the break, a lower-case word («во Всероссийский
# День\nоткрытых дверей»), the line longer than any title: a page's wrapped paragraph, not a
# heading's or an epigraph's line (fresh66)
_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_LETTERS = _LOWER | frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")


def _unwrapped(text: str) -> str:
    """`text` with its wrapped paragraph lines joined (a space for the break: the offsets
    keep); a line of at most MAX_TITLE characters keeps its break. Walks the breaks with
    str.find (no pass of a pattern over the post)."""
    breaks = []
    line = 0
    at = text.find("\n")
    while at != -1:
        if (
            at - line > MAX_TITLE
            and text[at - 1] in _LETTERS
            and at + 1 < len(text)
            and text[at + 1] in _LOWER
        ):
            breaks.append(at)
        line = at + 1
        at = text.find("\n", line)
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


def _fuller(text: str, phrase: str, elsewhere: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The body's mention repeating a bare kind and saying more (repeated_fuller), or one
    giving a kind of whom ("Первенство России") its subject or name ("… по дзюдо"); None
    when the phrase is neither or the post has no such mention."""
    bare = bare_kind(phrase)
    if not bare and not _without_subject(phrase):
        return None
    longer = repeated_fuller(text, phrase, elsewhere)
    if longer is None and not bare:
        # "Чемпионат баскетбольной лиги" above "финал Чемпионата школьной баскетбольной лиги"
        return with_inserted_adjectives(text, phrase, elsewhere)
    if longer is None or bare or longer[len(phrase) :].lstrip().startswith(("по ", "«")):
        return longer
    return None  # "выставка роботов школьников": whose again, no subject


def _without_subject(phrase: str) -> bool:
    """Whether a kind phrase of at most three words has a genitive after its kind but neither
    a quoted name nor a subject with "по" ("Первенство России", not "Первенство России по
    дзюдо"): whose event it is, not what it is about, so a fuller mention below may say."""
    words = phrase.split()
    return (
        2 <= len(words) <= 3
        and "«" not in phrase
        and KIND.match(words[0]) is not None
        and all(is_genitive(w) for w in words[1:])
    )


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
    return _finished(pick, pick.best[1])


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
        phrase = _fuller(text, phrase, pick.elsewhere) or phrase
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


def _finished(pick: Pick, chosen: str) -> str:
    """The chosen phrase completed from the rest of the post and fitted to a card; a kind
    only described ("Экологическая акция") gives way to the post's named mention of the same
    kind ("акция «Чистый берег»", title_named_as.named_mention)."""
    title = _finished_as_is(pick, chosen)
    if NAMED_MENTION and only_described(title):
        mention = named_mention(pick.text, title, pick.elsewhere)
        if mention is not None:
            return _finished_as_is(pick, mention)
    if NAMED_AGAIN and (again := named_again(pick.text, title, pick.elsewhere)) is not None:
        # "… проходят сеансы массового катания. Сеансы под названием «Ура! Каникулы!»": the
        # same kind said again with its name (title_named_as.named_again)
        return again
    return title


NAMED_AGAIN = True  # title75: a kind named later with a naming word takes that name


NAMED_MENTION = True  # whether a kind only described gives way to its named mention


def _finished_as_is(pick: Pick, chosen: str) -> str:
    """The chosen phrase completed from the rest of the post and fitted to a card."""
    text, event_sentence = pick.text, pick.event_sentence
    phrase = with_game(text, pick.headline, _settled(pick, chosen))
    phrase = _ABBREVIATED.sub(lambda m: _FULL_KIND[m.group(0).lower()], phrase, count=1)
    phrase = stage_of_headline(text, pick.headline, phrase)
    phrase = with_performers(text, event_sentence, phrase)
    if APPEARANCES and pick.headline[1] > pick.headline[0]:
        # "Хор гимназии выступит в филармонии" above "… к большому концерту, который пройдёт
        # 14 марта": the concert is the choir's (title_visits.py)
        phrase = with_headline_performer(phrase, text[pick.headline[0] : pick.headline[1]])
    named = with_name(text, phrase, pick.headline[0], pick.elsewhere)
    return fit(with_owner(text, named))


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
    return _finished(pick, pick.best[1])


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
    return _finished(pick, phrase)


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


def _settled(pick: Pick, phrase: str) -> str:
    """The chosen phrase completed from the rest of the post: a bare kind takes its named
    or fuller mention, a bare feast the day named before, a bare stage its competition, a
    ceremony its event, an opening what it opens."""
    text, named, qualified = pick.text, pick.named, pick.qualified
    if " " not in phrase:  # "Лекция состоится…" after "…на лекцию «Химия вокруг нас»"
        key = kind_key(phrase)
        phrase = (
            named.get(key)
            or qualified.get(key)
            or fuller_mention(text, key, pick.elsewhere)
            or phrase
        )
        if " " not in phrase:
            # "пройдёт первенство ПФО по боксу … Турнир откроют 2 марта": a bare contest word
            # stands for the contest the post has named under another such word
            contests = chain(named.get_all().items(), qualified.items())
            phrase = same_contest(contests, key) or phrase
        if " " not in phrase and _FEAST.match(phrase):
            # "… отметить День рыбака. Праздник пройдёт 12 июля"; "…приглашает на открытие
            # городской ёлки. Праздник начнётся…": the feast is the event named before
            if pick.days:
                phrase = kind_phrase(text, *pick.days[0])
            else:
                others = [*named.get_all().values(), *qualified.values()]
                phrase = others[0] if others else phrase
        if " " not in phrase and (label := labelled_name(text)):
            phrase = f"{phrase} {label}"  # "Лекция – 15 декабря … Тема: «Химия вокруг нас»"
    elif (
        "«" not in phrase
        and (name := named.get(phrase_kind_key(phrase))) is not None
        and (
            phrase.lower() in name.lower()
            or repeats_words(phrase, name)
            or (_headline_kind(pick, phrase, name) and not stage_of_event(phrase))
            or _headline_kind_dated(pick, phrase, name)
            or _named_next(pick, phrase, name)
            or named_after_subject(phrase, name)
            or repeated_around_name(text, phrase, name, 0)
        )
    ):
        # "Конкурс чтецов" named elsewhere "… конкурс чтецов «Живая классика»"; a headline's
        # "олимпиада о символах республики" named in the body "олимпиаду «Символы Якутии»"
        phrase = name
    elif (longer := _fuller(text, phrase, pick.elsewhere)) is not None:
        phrase = longer  # "Открытый турнир" of a headline, "открытый турнир по шахматам" below
    elif LONE_STAGE.match(phrase) and (of := held_in_stages(text)) is not None:
        # "Второй этап" of "Олимпиаду проведут в два этапа": "Второй этап олимпиады"
        phrase = next((w for w in (f"{phrase} {w}" for w in of) if len(w) <= MAX_TITLE), phrase)
    elif (bare := BARE_STAGE.match(phrase)) is not None:
        # "Школьный этап конкурса" of "… Всероссийского конкурса сочинений": the event named
        key = kind_key(bare.group(1))
        fuller = (
            named.get(key),
            qualified.get(key),
            same_contest(chain(pick.named.get_all().items(), pick.qualified.items()), key),
        )
        phrase = next((f for f in fuller if f and not BARE_STAGE.match(f)), phrase)
    if "«" not in phrase and (whole := named_as_kind(text, phrase_kind_key(phrase))) is not None:
        phrase = whole  # "Диктант" of a post about «Диктант Победы»: the name says it all
    elif "«" not in phrase and (proper := proper_event(text, phrase)) is not None:
        phrase = proper  # "Состязания пройдут …" after "… проведения 4-го Кубка губернатора"
    elif "«" not in phrase and pick.subjects and stands_for_event(phrase):
        # "спортивного соревнования, которое пройдёт …" in a post where "… гонка «Лыжня
        # России» состоится": the generic word stands for the event named as a subject
        phrase = named_with(pick, pick.subjects[0])
    phrase = of_named_event(phrase, named.get_all) if CEREMONY.match(phrase) else phrase
    if BARE_STAGE_NOUN.match(phrase) and (contest := contest_before(text, phrase)) is not None:
        phrase = f"{phrase} {contest}"  # «…турнир по шахматам. Завтра финал»: «Финал турнира по …»
    phrase = ceremony_of_contest(text, phrase)  # "Открытие соревнований": of which
    return _name_as_written(pick, opened_in_full(text, of_what_opens(text, phrase), pick.elsewhere))


def _headline_kind(pick: Pick, phrase: str, name: str) -> bool:
    """Whether `phrase` is the news headline's own kind phrase (the headline tells which
    event the post is about) and `name` holds a proper name, capitalised («Символы Якутии»;
    not a word in scare quotes, "диктант «по-настоящему тотальным»")."""
    start, end = pick.headline
    quote = QUOTE.search(name)
    return (
        end > start
        and quote is not None
        and quote.group(0)[1:2].isupper()
        and phrase_kind_key(phrase) in pick.text[start:end].lower().replace("ё", "е")
        and same_subject(phrase, quote.group(0))
    )


def _headline_kind_dated(pick: Pick, phrase: str, name: str) -> bool:
    """Whether `phrase` is the headline's own kind phrase, with no name, and the body names
    that kind as the subject of a sentence whose verb announces it («… проведут квест об
    истории города» and «Квест «Мой Череповец» состоится сегодня»): whatever the headline
    says it is about, that sentence names the event (a mention of the kind elsewhere may be
    another event of that kind: same_subject decides those)."""
    start, end = pick.headline
    quote = QUOTE.search(name)
    key = phrase_kind_key(phrase)
    if (
        not HEADLINE_DATED
        or end <= start
        or quote is None
        or not quote.group(0)[1:2].isupper()
        or stage_of_event(phrase)
        or key not in pick.text[start:end].lower().replace("ё", "е")
    ):
        return False
    at = pick.named.named_at(key)
    if at is None or at < end:
        return False
    opening = max(pick.text.rfind(c, 0, at) for c in ".!?\n") + 1
    if pick.text[opening:at].strip(' «"-–—'):
        return False  # the name is no subject opening its sentence
    verb = CUE_VERB.search(pick.text, at, at + 120)
    return verb is not None and not _SENTENCE_END.search(pick.text, at + len(name), verb.start())


_SENTENCE_END = re.compile(r"[.!?\n]")


def _named_next(pick: Pick, phrase: str, name: str) -> bool:
    """Whether the unnamed `phrase` stands in the event's own sentence and the sentence right
    after it opens with the same kind and a capitalised quoted name, as its subject («…
    состоится благотворительный концерт учащихся … . Концертная программа «Самый детский
    день» посвящена …»): the next sentence names the event just announced."""
    sentence = pick.event_sentence
    quote = QUOTE.search(name)
    if (
        not NAMED_NEXT
        or sentence is None
        or quote is None
        or not quote.group(0)[1:2].isupper()
        or stage_of_event(phrase)
        or phrase.lower() not in pick.text[sentence[0] : sentence[1]].lower()
    ):
        return False
    at = pick.named.named_at(phrase_kind_key(phrase))
    return (
        at is not None
        and at >= sentence[1]
        and not pick.text[sentence[1] : at].strip(" .!?…\n")
        # "Праздник «…» в ноябре собрал 20 команд": a past one of that kind, another event
        and not told_in_past(pick.text, at, at + len(name))
    )


def _name_as_written(pick: Pick, phrase: str) -> str:
    """ "Премьера «Теремка»" of a headline, when the body writes "премьера спектакля
    «Теремок»": that mention of the kind, else the name as the body writes it."""
    quote = QUOTE.search(phrase)
    if quote is None:
        return phrase
    written = as_written(pick.text, quote.group(0))
    if written is None:
        return phrase
    mention = pick.named.holding(phrase_kind_key(phrase), written)
    if mention is None and WEAK.match(phrase):
        # "программа «Ночи музеев»": the programme of the event the body names in full,
        # "… к акции «Ночь музеев»"
        mention = next((p for p in pick.named.get_all().values() if written in p), None)
    return mention or phrase.replace(quote.group(0), written)
