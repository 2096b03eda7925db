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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time
from functools import partial
from itertools import chain
from typing import Any

from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.lowered import finditer_i, search_i
from bot.core.language.morphology import is_known, to_genitive, to_nominative
from bot.core.language.notices import without_notices
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.sentences import sentence_at
from bot.core.language.title_acts import headline_act
from bot.core.language.title_announced import (
    announced_after_verb,
    repeated_below,
    repeated_phrase,
)
from bot.core.language.title_apposition import dated_apposition, held_names
from bot.core.language.title_bare_kind import with_season_owner, with_visit_before
from bot.core.language.title_belongs import in_open_quote, on_category_line, session_before
from bot.core.language.title_choice import (
    dated_name,
    head_named,
    named_after_subject,
    same_subject,
    stage_of_event,
)
from bot.core.language.title_contests import ceremony_of_contest, same_contest, with_game
from bot.core.language.title_dated_days import another_days_kind, own_part
from bot.core.language.title_dated_kind import dated_named_kind, named_in_dated
from bot.core.language.title_days import NAMED_DAY, named_days
from bot.core.language.title_equated import GENERIC, equated_name, invited_feast, possessed
from bot.core.language.title_finish import (
    CEREMONY,
    first_words,
    fit,
    of_named_event,
    of_what_opens,
    opening_of_object,
    with_name,
    with_owner,
)
from bot.core.language.title_frame import with_addressed_frame
from bot.core.language.title_grammar import directed_noun, grammar_candidates
from bot.core.language.title_heading import Heading, quoted_subjects, read_heading, subject_head
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
    Named,
    announced_subjects,
    fuller_mention,
    proper_event,
    recruiting,
    repeated_fuller,
    stands_for_event,
    with_inserted_adjectives,
)
from bot.core.language.title_named_as import (
    named_again,
    named_as,
    named_as_phrase,
    named_mention,
    one_of_named,
    only_described,
)
from bot.core.language.title_nested import with_outer_name
from bot.core.language.title_opening import opened_in_full
from bot.core.language.title_performer import with_performers
from bot.core.language.title_periods import announced_periods
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_place import is_place_fragment
from bot.core.language.title_quotes import (
    accusative_named,
    as_written,
    labelled_name,
    listed_name,
    named_as_kind,
)
from bot.core.language.title_repeated import repeats_words
from bot.core.language.title_score import WEAK, is_programme, score_at, score_bound
from bot.core.language.title_series import names_series_of_item
from bot.core.language.title_shape import well_formed
from bot.core.language.title_spelled import spelled_out
from bot.core.language.title_stage_item import opens_with_stage, stage_item_whole
from bot.core.language.title_subject import celebrated, subject_of
from bot.core.language.title_visits import (
    appearance,
    opened_places,
    visits,
    with_headline_performer,
)
from bot.core.language.title_words import (
    KIND,
    MAX_TITLE,
    QUOTE,
    SUBSTANTIVE,
    has_noun_reading,
    inside_quotes,
    is_animate,
    is_genitive,
    is_noun,
    is_person,
    kind_key,
    kind_word_of_other,
    names_someone,
    negated,
    person_on_kind_stem,
    short_quote,
    word_parses,
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

# a capitalised name right after the verb that announces the event ("откроется Инженерный
# дворик"): the event's own name even when its noun is no kind of event
_NAMED_AFTER_CUE = re.compile(
    r"(?=[оспн])(?:откро\w+|состоится|пройд[её]т|стартует|начн[её]тся)\s+"
    r"([А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|яя|ое|ее)\s+[а-яё]{3,}"
    r"|[А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁа-яё0-9]+)?(?=[\s.,!;]|$)(?!\s+[а-яё]+(?:ый|ий|ой|ая)\b))"
    r"(?![а-яё])"
)
# an edition's number, Roman or an ordinal in digits, before a capitalised noun right after
# the announcing verb ("пройдёт XXXII Мемориал …", "стартует 15-й Фестиваль …")
_EDITION_AFTER_CUE = compile_with_scan(
    r"(?=[оспн])(?:откро\w+|состоится|пройд[её]т|стартует|начн[её]тся)\s+"
    r"([IVXL]{1,7}|\d{1,3}-?(?:й|ый|ий|ой))\s+([А-ЯЁ][а-яё]{3,})(?![а-яё])"
)
# "приглашает 24 апреля на Библионочь": a name of its own the invitation leads to
_INVITED_NAME = re.compile(
    r"[Пп]риглаша[а-яё]*(?:\s+[^\s.!?«»]+){0,5}?\s+на\s+([А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁа-яё0-9]+)?)"
    r"(?![а-яё])(?!\s+[а-яё]+(?:ый|ий|ой|ая)\b)"
)
# kinds a chat message writes short ("олимп. по биологии"), written out in the title
_FULL_KIND = {"олимп.": "Олимпиада", "соревн.": "Соревнования", "конф.": "Конференция"}
_ABBREVIATED = re.compile(r"(?i)^(?:олимп|соревн|конф)\.")
_WEEK = re.compile(r"(?i)(?<![а-яё])(?:день|дня|дни|недел[а-яё]*|ноч[ьи]|декад[а-яё]*)(?![а-яё])")
_DAY = re.compile(r"(?i)д(?:ень|ня|ню|н[её]м|не|ни)$|недел[яиюе]$|ноч[ьи]$|декад|месячник")
# words that only begin like a kind ("игрушки", "проектор", "акционер")
_NO_KIND = re.compile(r"(?i)игруш|игрок|игроч|проектор|программист|акционер|сменн|урожа")
# a kind word as an adjective of a room ("концертный зал", "лекционная аудитория")
_ROOM_AFTER = re.compile(r"(?<=[ыиоа][йеяхм])\s+(?:зал|холл|аудитори|площадк|комнат)")
# kinds one event is named by in the plural ("Соревнования по плаванию", "Пушкинские чтения")
_ONE_IN_PLURAL = re.compile(r"(?i)соревновани|состязани|чтени|дебат|игр|сбор|выпускн|дни")
_FEAST = re.compile(r"(?i)праздник|мероприяти|акци|программ|соревновани|представлени")
# what the verb announcing the event names, when no kind word does ("состоится
# математический КВН"): its adjectives, then a noun or an abbreviation
_CUE_PHRASE = re.compile(
    r"(?=[спонз])(?:состоится|состоятся|пройд[её]т|пройдут|откро[ею]тся|начн[её]тся"
    r"|заработа[ею]т)\s+"
    r"(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){1,2}([А-ЯЁ]{2,6}|[а-яё]{3,})(?![\wА-ЯЁа-яё-])"
)
_CUE_NOUN = re.compile(
    r"(?=[спон])(?:состоится|состоятся|пройд[её]т|пройдут|начн[её]тся)\s+"
    r"([а-яё]{4,})\s+([а-яё]{3,})(?![а-яё])"
)
_FIRST_WORD = re.compile(r"[А-ЯЁа-яё-]+")
_STAGE_WORD = re.compile(r"(?i)этап")  # a stage: an event with what it is a stage of
_NAME_NEXT = re.compile(r"\s{0,2}[«\"“]")  # "концерт «…»": a kind named right after it
# any opening quote mark: a page may write a name in straight or curly quotes, not «»
_OPEN_QUOTE = re.compile(r"[«\"“]")
HEADLINE_DATED = True  # title53: a headline's kind named in the event's own sentence
NAMED_NEXT = True  # title53: the event sentence's kind named by the next sentence's subject
_CUE_VERBS = ("откро", "состоит", "состоят", "пройд", "стартует", "начн", "заработа")
_CUE_VERB = re.compile(
    r"(?<![а-яё])(?:состоится|состоятся|пройд[её]т|пройдут|откро[ею]тся|начн[её]тся"
    r"|стартует|стартуют)(?![а-яё])"
)


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
    title = without_trailing_tags(title) if title else title  # "Субботник #ДобрыеДела"
    return (without_notices(title) or None) if title else None


# hashtags closing a title ("Неделя добра #СделаемМирДобрее #ДобрыеДела", a tag's word cut
# to a lone "#"): labels a post's sentence ends with, never words of the event's name
_TRAILING_TAGS = re.compile(r"(?:\s*#[\w-]*)+\s*$")


def without_trailing_tags(title: str) -> str:
    """`title` without the hashtags closing it («Акция #МыВместе» → «Акция»); `title` itself
    when it has none or is nothing but tags."""
    rest = _TRAILING_TAGS.sub("", title).rstrip(" ,.;:—–-")
    return rest if rest else title


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
    below the heading too) and the heading's own candidates (the heading, _named_below)."""
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
                _named_below(text, heading.title, heading.span[1], event_sentence),
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
        if _digest(heading.title) and event_sentence is not None:
            # "Экскурсии для детей на этой неделе\n… 25 июля начнётся программа «…»": the
            # heading of several events; the event's own sentence names the one meant
            below = below_only(Heading())
            return below if below is not None and "«" in below else heading.title
        if _announced_below(text, heading.title, event_sentence):
            # "Каникулы в кинотеатре\n… пройдёт фестиваль детских фильмов": a headline
            below = below_only(heading.as_headline())
            return below if below is not None and not _bare_kind(below) else heading.title
        if event_sentence is not None and _catchphrase(text, heading, event_sentence):
            # "Его величество цирк\n… цирк будет праздновать Международный День цирка!"
            below = below_only(heading.as_headline())
            if below is not None and not _bare_kind(below):
                return below
        if names_series_of_item(text, heading.title, heading.span[1]):
            # "Абонемент «Музыка для школьников»\n… на концерт «Сказки в музыке» из цикла
            # «Музыка для школьников»": the heading names the series, the item is the event
            below = below_only(heading.as_headline())
            if below is not None and not _bare_kind(below):
                return below
        if _frames_dated_item(text, heading.title, event_sentence):
            # "Районная спартакиада\n… в рамках районной спартакиады пройдут соревнования по
            # лыжным гонкам": the heading is the umbrella, the dated sentence's item the event
            below = below_only(heading.as_headline())
            if below is not None and not _bare_kind(below) and not _same_kind(below, heading.title):
                return below
        named = _named_below(text, heading.title, heading.span[1], event_sentence)
        if named is None:
            # "Ёлка для отличников\n На Губернаторскую елку, которая состоится 26 декабря":
            # the dated sentence gives the heading's kind the proper adjective of its name
            named = _proper_in_dated(text, heading.title, event_sentence)
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
        and (one := _one_of_several(text, picked, event_sentence))
    ):
        picked = one  # "Слёты юных туристов пройдут летом" above "пройдёт слёт юных краеведов"
    if (
        picked
        and event_sentence is not None
        and opens_with_stage(text, event_sentence)
        and (stages := _held_in_stages(text)) is not None
        and (whole := stage_item_whole(text, event_sentence, stages[1])) is not None
    ):
        # "Олимпиада проходит в два этапа: … 2 этап - математический турнир … состоится 19
        # октября": the dated item is a stage of the olympiad, which is the event
        return whole
    # "городской турнир по хоккею с шайбой «Золотая шайба»": the dated sentence's name
    return named_in_dated(text, picked, event_sentence) if picked else picked


_CUE_FORMS = r"(?i:состоится|состоятся|пройд[её]т|пройдут|начн[её]тся|начнутся)"
# a dated sentence opening with its subject a pronoun ("Состоится она …", "Она пройдёт …") or
# one bare word ("Встреча состоится …") and the verb announcing the event
_OPENS_WITH_SUBJECT = re.compile(
    rf"[\s«\"(-]*(?:{_CUE_FORMS}\s+(?P<after>он[аио]?)|(?P<before>[Оо]н[аио]?|[А-ЯЁ][а-яё]+)"
    rf"\s+{_CUE_FORMS})(?![а-яё])"
)
_PRONOUN = {"он": ("masc", "sing"), "она": ("femn", "sing"), "оно": ("neut", "sing")}


# a capitalised adjective right before a kind ("на Губернаторскую елку"), and what precedes it
_PROPER_BEFORE = re.compile(r"(\S?)\s*([А-ЯЁ][а-яё]{3,}(?:[ыиоа][йея]|[ую]ю|[оеая][йяе]))\s+$")


def _proper_in_dated(text: str, heading: str, event_sentence: tuple[int, int] | None) -> str | None:
    """The dated sentence's phrase of the heading's kind when it is named there with a
    capitalised adjective inside the sentence (a proper name: "На Губернаторскую елку,
    которая состоится 26 декабря" below "Ёлка для отличников"), in the nominative
    (kind_phrase), at most 80 characters; None when the heading has a quoted name or the
    adjective already, or the dated sentence gives no such phrase. A capital inside a
    sentence marks a name's word in Russian; the heading says only the kind and whom for.
    A qualitative adjective («Большой концерт») is written with a capital for emphasis and
    names nothing: the heading stays."""
    if event_sentence is None or _OPEN_QUOTE.search(heading):
        return None
    found = KIND.search(heading)
    if found is None:
        return None
    key, low_heading = _lemma_key(found.group(0)), heading.lower().replace("ё", "е")
    start, end = event_sentence
    for m in finditer_i(KIND, text[:end]):
        if m.start() < start or _lemma_key(m.group(0)) != key:
            continue
        before = _PROPER_BEFORE.search(text, max(start, m.start() - 40), m.start())
        if before is None or before.group(1) in _SENTENCE_OPENERS or before.group(1).isdigit():
            continue  # a sentence's, a list item's or a name's first word is capitalised anyway
        if _qualitative(before.group(2)):
            continue  # «Большой концерт»: a capital for emphasis, no name (review46 M3)
        if before.group(2).lower().replace("ё", "е")[:5] in low_heading:
            continue
        phrase = kind_phrase(text, before.start(2), m.end())
        return phrase if len(phrase) <= MAX_TITLE and " " in phrase else None
    return None


# what comes before a sentence's, a list item's or a name's first word («: — • 1.»)
_SENTENCE_OPENERS = frozenset(
    ("", ".", "!", "?", "«", '"', "“", "\n", ":", "-", "–", "—", "•", ")")
)


def _qualitative(word: str) -> bool:
    """Whether the adjective's likeliest reading is qualitative (pymorphy3 Qual: «Большой»,
    «Праздничный», «Весёлый»): a quality, where a name's adjective is relative or possessive
    («Губернаторская», «Пушкинский»)."""
    found = word_parses(word.lower())[:1]
    return bool(found) and "Qual" in found[0].tag


def _lemma_key(word: str) -> str:
    """A kind word's key read through its likeliest lemma (pymorphy3), so that its cases
    meet ("Ёлка", "елку"); its kind_key when no dictionary reading is found."""
    found = word_parses(word.lower())[:1]
    return (found[0].normal_form if found else kind_key(word)).replace("ё", "е")


def _pointed_back(text: str, event_sentence: tuple[int, int]) -> re.Match[str] | None:
    """The kind of an earlier sentence the dated sentence's subject points back to: a
    pronoun ("Состоится она 10 сентября") takes the last kind before it that agrees with it
    in gender and number (pymorphy3), within the two sentences before; a bare weak kind
    ("Встреча состоится 19 февраля", which alone names nothing) takes the last earlier
    mention of the same kind that says more ("встречу с писательницей …"). None otherwise."""
    if GENERIC_BACK and (generic := _GENERIC_SUBJECT.match(text, *event_sentence)) is not None:
        return _named_before(text, generic.start(1))
    opening = _OPENS_WITH_SUBJECT.match(text, *event_sentence)
    if opening is None:
        return None
    word = (opening.group("after") or opening.group("before")).lower()
    low = max(0, event_sentence[0] - 400)
    inside = inside_quotes(text)
    found = None
    if word in _PRONOUN or word == "они":
        gender, number = _PRONOUN.get(word, (None, "plur"))
        for m in finditer_i(KIND, text[: event_sentence[0]]):
            if m.start() >= low and not inside(m.start()) and _agrees(m.group(0), gender, number):
                found = m
        return found
    kind = KIND.fullmatch(opening.group("before"))
    if kind is None or not WEAK.match(kind.group(0)):
        return None
    key = kind_key(kind.group(0))
    for m in finditer_i(KIND, text[: event_sentence[0]]):
        if (
            m.start() >= low
            and not inside(m.start())
            and kind_key(m.group(0)) == key
            and " " in kind_phrase(text, m.start(), m.end())
        ):
            found = m
    return found


GENERIC_BACK = True  # title56: a bare generic subject of the dated sentence points back
# a dated sentence whose subject is a bare generic noun, after at most a time adverbial
# ("Мероприятие проходит с 11 по 17 декабря", "В этом году акция проходит …"): it names no
# event of its own, so it means the one the post has just named
_GENERIC_SUBJECT = re.compile(
    r"[\s«\"(-]*(?:(?:В\s+этом\s+году|Сегодня|Ныне|Теперь)\s*,?\s+)?"
    r"((?:[Мм]ероприятие|[Аа]кция|[Сс]обытие|[Ии]нициатива))\s+"
    r"(?:(?:будет\s+)?проходи(?:т|ть)|пройд[её]т|состоится|продлится|стартует|начн[её]тся"
    r"|откроется)(?![а-яё])"
)
# a named period, an event though no kind word: "неделя научных чудес", "декада науки"
_PERIOD = re.compile(r"(?i)(?<![а-яё])(?:недел[яиюе]|декад[аыуе]|месячник[аеу]?)(?=\s+[а-яё])")


def _named_before(text: str, at: int) -> re.Match[str] | None:
    """The last event noun within 400 characters before `at` that a bare generic subject
    there can point back to: a kind of event or a named period, outside quotes, no generic
    or weak noun itself, singular as the subject is and a subject or an object (a nominative
    or accusative reading, pymorphy3), not governed by a preposition right before it unless
    it is the goal of an invitation («Приглашаем всех на лекцию»). None when there is none,
    or when it is coordinated with another such noun in its sentence («Конкурс чтецов … и
    выставка рисунков …»: two events, no one to point back to)."""
    low = max(0, at - 400)
    inside = inside_quotes(text)
    named = []
    for m in [*finditer_i(KIND, text[:at]), *_PERIOD.finditer(text, low, at)]:
        word = m.group(0)
        if m.start() < low or inside(m.start()) or GENERIC.match(word) or WEAK.match(word):
            continue
        if not any(_subject_or_object(p.tag) for p in word_parses(word)):
            continue  # "в рамках фестиваля": a genitive another word governs
        ruled = _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if ruled and not (ruled.group(1).lower() in ("на", "в") and _invited_to(text, m.start())):
            continue  # "в рамках фестиваля", "на концерт": another's frame or a goal
        named.append(m)
    if not named:
        return None
    named.sort(key=lambda m: m.start())
    if len(named) > 1 and _AND_BETWEEN.fullmatch(text, named[-2].end(), named[-1].start()):
        return None
    return named[-1]


# what joins two coordinated event nouns of one sentence: «… «Родное слово» и выставка …»
_AND_BETWEEN = re.compile(r"[^.!?\n]*(?<![а-яё])и\s+(?:[а-яё-]+\s+){0,2}", re.IGNORECASE)
# the lemmas of the verbs of inviting (pymorphy3 normal forms): the goal they name is the event
_INVITING = frozenset({"приглашать", "пригласить", "звать", "позвать", "ждать"})
_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def _invited_to(text: str, start: int) -> bool:
    """Whether a verb of inviting (pymorphy3 lemma: «приглашаем», «зовём», «ждём») stands
    before `start` in its sentence, within 60 characters («Приглашаем всех на лекцию»)."""
    head = max(0, start - 60)
    for end in _SENTENCE_END.finditer(text, head, start):
        head = end.end()
    return any(
        found[0].tag.POS == "VERB" and found[0].normal_form in _INVITING
        for w in _WORD.finditer(text, head, start)
        if (found := word_parses(w.group(0).lower())[:1])
    )


_SENTENCE_END = re.compile(r"[.!?\n]")


def _subject_or_object(tag: Any) -> bool:
    """Whether a pymorphy3 tag reads a singular noun in the nominative or accusative."""
    return tag.POS == "NOUN" and tag.number == "sing" and tag.case in ("nomn", "accs")


_PREPOSITION_BEFORE = re.compile(r"(?i)(?<![а-яё])(в|во|на|к|ко|для|о|об|после|до|с|со|за)\s+$")


# a person's name after the noun naming them: one to three capitalised words or initials
_NAME_AFTER = re.compile(r"[ \t]+((?:[А-ЯЁ]\.[ \t]?|[А-ЯЁ][а-яё]+[ \t]?){1,3})")


def _met_phrase(text: str, start: int, end: int) -> str:
    """The kind phrase at text[start:end] with the name of the person it ends on, as
    written ("встречу с детской писательницей Анной Ивановой" -> "Встреча с детской
    писательницей Анной Ивановой"): a meeting is told apart by whom it is with. One of the
    name's words is a first name, surname or patronymic (pymorphy3); the phrase alone when there
    is none or the whole does not fit a card."""
    phrase = kind_phrase(text, start, end)
    words = phrase.split()
    if len(words) < 2 or not is_animate(words[-1]):
        return phrase
    at = text.find(words[-1], start, start + 200)
    name = _NAME_AFTER.match(text, at + len(words[-1])) if at >= 0 else None
    if name is None:
        return phrase
    parts = name.group(1).split()
    if not any(is_person(w) for w in parts):
        return phrase  # "с поэтом Ильёй Сомовым": a first name known, a rare surname not
    whole = f"{phrase} {' '.join(parts)}"
    return whole if len(whole) <= MAX_TITLE else phrase


def _hyphen_prefixed(text: str, start: int) -> int:
    """Where the word of a kind at `start` begins when a short prefix and a hyphen are
    written before it ("блиц-турнир", "онлайн-лекция"), else `start`."""
    if text[start - 1 : start] != "-":
        return start
    prefix = re.search(r"(?<![\w-])[А-ЯЁа-яёA-Za-z]{2,10}-$", text[max(0, start - 12) : start])
    return start - len(prefix.group(0)) if prefix else start


def _agrees(word: str, gender: str | None, number: str) -> bool:
    """Whether a noun reading of `word` has `number` and, in the singular, `gender`."""
    return any(
        p.tag.POS == "NOUN"
        and p.tag.number == number
        and (number == "plur" or p.tag.gender == gender)
        for p in word_parses(word)
    )


# "в рамках районной спартакиады", "в рамках фестиваля": the umbrella a dated item is held in
_WITHIN = re.compile(r"(?i)(?<![а-яё])в\s+рамках\s")


def _frames_dated_item(text: str, heading: str, event_sentence: tuple[int, int] | None) -> bool:
    """Whether the event's dated sentence says its event is held within the heading's
    ("в рамках районной спартакиады школьников пройдут соревнования …" under "Районная
    спартакиада …"): "в рамках" and, within three words, a kind with the heading kind's
    key, while an announcing verb of the sentence is followed by another kind."""
    found = KIND.search(heading)
    if event_sentence is None or found is None or "рамках" not in text:
        return False
    key = kind_key(found.group(0))
    framed = False
    for m in _WITHIN.finditer(text, *event_sentence):
        for word in _FIRST_WORD.finditer(text, m.end(), min(m.end() + 60, event_sentence[1])):
            kind = search_i(KIND, word.group(0))
            if kind is not None and kind.start() == 0:
                framed = framed or kind_key(kind.group(0)) == key
                break  # the umbrella's own kind, the first after "в рамках"
    if not framed:
        return False
    for cue in _CUE_VERB.finditer(text, *event_sentence):
        other = KIND.search(text, cue.end(), min(cue.end() + 60, event_sentence[1]))
        if other is not None and kind_key(other.group(0)) != key:
            return True
    return False


def _same_kind(phrase: str, other: str) -> bool:
    """Whether two phrases are built around kinds with the same key."""
    return _kind_key(phrase) == _kind_key(other)


def _one_of_several(text: str, picked: str, event_sentence: tuple[int, int]) -> str | None:
    """The dated sentence's phrase of a kind whose plural the picked phrase is, when the
    picked phrase names several events ("Слёты юных туристов и краеведов", a plural kind
    in the nominative, _digest) and the dated sentence names one in the singular ("пройдёт
    Всероссийский слёт юных краеведов", pymorphy3): that one is the event. None otherwise."""
    if not _digest(picked):
        return None
    key = _kind_key(picked)
    for m in finditer_i(KIND, text[: event_sentence[1]]):
        if m.start() < event_sentence[0] or kind_key(m.group(0)) != key:
            continue
        first = word_parses(m.group(0))[:1]
        if first and first[0].tag.number == "sing":
            phrase = kind_phrase(text, m.start(), m.end())
            # a bare "осмотр" of "Осмотры детей … по субботам": a session of the same events
            return phrase if " " in phrase and len(phrase) <= MAX_TITLE else None
    return None


def _named_below(
    text: str, title: str, end: int, event_sentence: tuple[int, int] | None
) -> str | None:
    """The body's mention of a heading's unnamed kind phrase that repeats all its words and
    gives it a quoted name ("Конкурс детского рисунка" above "… пройдёт областной конкурс
    детского рисунка «Зимняя сказка»": the same event, named), at most 80 characters; in the
    event's dated sentence, a mention that repeats the heading's kind and the adjectives
    before it is enough ("Городской праздник семьи в парке" above "15 мая … пройдёт городской
    праздник «Моя семья»"; title_repeated.py). None when the heading has a name or names no
    kind, or the body gives none (kind_phrase, in the nominative)."""
    found = KIND.search(title)
    if found is None or _OPEN_QUOTE.search(title):
        return None
    key, wanted = kind_key(found.group(0)), title.lower().replace("ё", "е")
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if m.start() < end or kind_key(m.group(0)) != key or inside(m.start()):
            continue
        phrase = kind_phrase(text, m.start(), m.end())
        if "«" not in phrase or len(phrase) > MAX_TITLE:
            continue
        if wanted in phrase.lower().replace("ё", "е") or repeats_words(title, phrase):
            return phrase
        if _repeated_around_name(text, title, phrase, m.end()):
            return phrase
        dated = event_sentence is not None and event_sentence[0] <= m.start() < event_sentence[1]
        if dated and repeats_words(title, phrase, up_to_kind=True):
            return phrase
    return None


def _fuller(text: str, phrase: str, elsewhere: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The body's mention repeating a bare kind and saying more (repeated_fuller), or one
    giving a kind of whom ("Первенство России") its subject or name ("… по дзюдо"); None
    when the phrase is neither or the post has no such mention."""
    bare = _bare_kind(phrase)
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


def _repeated_around_name(text: str, title: str, phrase: str, end: int) -> bool:
    """Whether a heading's unnamed phrase ("Девятая молодежная олимпиада по краеведению")
    is repeated, word by word in order, by a named mention of its kind together with the
    words the sentence gives after the name ("… Девятой открытой молодежной олимпиады
    «П.И. Рычков и его время» по краеведению …"): a name may stand between a kind and its
    subject, and the mention is still the heading's event (title_repeated.py)."""
    name = _CLOSING_QUOTE.search(phrase)
    if name is None:
        return False
    at = text.find(name.group(0), end, end + 200 if end else len(text))
    if at < 0:
        return False
    after = _SENTENCE_REST.match(text, at + len(name.group(0)))
    rest = after.group(0) if after else ""
    return repeats_words(title, f"{phrase[: name.start()]} {rest} {name.group(0)}")


_CLOSING_QUOTE = re.compile(r"«[^«»]+»$")
_SENTENCE_REST = re.compile(r"[^.!?\n«»]{0,160}")


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
    pick = _Pick(text, event_sentence, heading.headline or (0, 0), every=[] if learned else None)
    pick.elsewhere = elsewhere
    pick.clock = clock
    for family, offer in _OFFERS:
        pick.family = family
        offer(pick)
    pick.family = "kinds"
    if pick.event_sentence is not None and (back := _pointed_back(text, pick.event_sentence)):
        # "приглашает на встречу с поэтами. Состоится она 10 сентября": what "она" (or a
        # bare "Встреча" opening the dated sentence) points back to is the dated event
        # (+3 as the dated sentence's own; a weak kind's −3 taken back: it is named now)
        bonus = 6 if WEAK.match(back.group(0)) else 3
        span = (_hyphen_prefixed(text, back.start()), back.end())  # "блиц-турнир": one word
        pick.offer(pick.score(back) + bonus, partial(_met_phrase, text, *span), back.start())
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


def _headline_shows(pick: _Pick, chosen: str) -> str | None:
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
        if _frames_dated_item(text, phrase, pick.event_sentence):
            return None  # "В рамках фестиваля 12 марта пройдёт олимпиада": the item is dated
        phrase = _fuller(text, phrase, pick.elsewhere) or phrase
        # "проведут экскурсии": a kind word alone names nothing a card could tell apart
        return phrase if " " in phrase.strip() else None
    span = quoted_work(text, obj, pick.headline[1])
    return kind_phrase(text, *span) if span is not None else None


def _first_words(pick: _Pick) -> str | None:
    """The fallback title of a post with no kind, name or day (title_finish.first_words)."""
    # "11 августа 2021, 16:17\nОсмотры детей … будут проводить …": the page's chrome
    # above a news headline is never the event's name; the post is read from the headline
    top = pick.headline[0]
    return first_words(pick.text[top:], subject_of(pick.text, pick.event_sentence))


def _finished(pick: _Pick, chosen: str) -> str:
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


def _finished_as_is(pick: _Pick, chosen: str) -> str:
    """The chosen phrase completed from the rest of the post and fitted to a card."""
    text, event_sentence = pick.text, pick.event_sentence
    phrase = with_game(text, pick.headline, _settled(pick, chosen))
    phrase = _ABBREVIATED.sub(lambda m: _FULL_KIND[m.group(0).lower()], phrase, count=1)
    phrase = _stage_of_headline(text, pick.headline, phrase)
    phrase = with_performers(text, event_sentence, phrase)
    if APPEARANCES and pick.headline[1] > pick.headline[0]:
        # "Хор гимназии выступит в филармонии" above "… к большому концерту, который пройдёт
        # 14 марта": the concert is the choir's (title_visits.py)
        phrase = with_headline_performer(phrase, text[pick.headline[0] : pick.headline[1]])
    named = with_name(text, phrase, pick.headline[0], pick.elsewhere)
    return fit(with_owner(text, named))


def _learned(pick: _Pick, fallback: bool) -> str | None:
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


def _hand_title(pick: _Pick, fallback: bool) -> str | None:
    """What the hand-set scores give (the chooser of CHOOSER == "hand")."""
    if pick.best is None:
        return _first_words(pick) if fallback else None
    return _finished(pick, pick.best[1])


def _first_words_text(pick: _Pick) -> str:
    return _first_words(pick) or ""


def _finished_candidate(pick: _Pick, cand: Candidate) -> str | None:
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


def _kind_at(text: str, start: int, m: re.Match[str]) -> str:
    """The phrase of a kind word the hand scores rank too low to read (_offer_kinds): its
    phrase or its equated name; "" for a weak kind or a stage alone, or a lone adjective."""
    phrase = opening_of_object(text, start) or kind_phrase(text, start, m.end())
    if (equated := equated_name(text, start, m.end())) is not None:
        phrase = _with_equated(phrase, text[equated[0] : equated[1]].strip(" ,.;:"))
    if (WEAK.match(m.group(0)) or _STAGE_WORD.match(m.group(0))) and " " not in phrase.strip():
        return ""
    return "" if _lone_adjective(phrase) else phrase


# a headline about a stage ("Информация о школьном этапе"): its adjectives, in the locative
_HEADLINE_STAGE = re.compile(
    r"(?i)(?<![а-яё])об?\s+((?:[а-яё]+(?:ом|ем)\s+){1,2})(этапе|туре)(?![а-яё])"
)


def _stage_of_headline(text: str, headline: tuple[int, int], phrase: str) -> str:
    """ "Школьный этап Всероссийской олимпиады школьников" when a headline tells of a stage
    ("Информация о школьном этапе") and the body names the event it is a stage of: a stage is
    always a stage of something, the event named below (pymorphy3 for the cases). `phrase`
    itself when the headline names no stage, the phrase is a stage already or no kind."""
    start, end = headline
    if end <= start or "этап" in phrase.lower() or not KIND.search(phrase):
        return phrase
    found = _HEADLINE_STAGE.search(text, start, end)
    if found is None:
        return phrase
    stage = to_nominative([*found.group(1).split(), found.group(2)], case="loct")
    words = phrase.split()
    if not re.search(rf"[а-яё,][ \t]+{re.escape(words[0])}", text):
        words[0] = words[0].lower()  # capitalised only as the title's first word
    whole = to_genitive(words)
    title = " ".join([*stage, *whole])
    return title[:1].upper() + title[1:] if len(title) <= MAX_TITLE else phrase


def _marked_with_kind(pick: _Pick) -> str | None:
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


def _announced_below(text: str, heading: str, event_sentence: tuple[int, int] | None) -> bool:
    """Whether a heading naming no kind, no quoted name and no day stands above an event
    sentence whose announcing verb is followed by a kind ("пройдёт фестиваль …") or whose
    subject points back to a kind named before it ("Встреча состоится …", _pointed_back)."""
    if event_sentence is None or "«" in heading or KIND.search(heading):
        return False
    if NAMED_DAY.match(heading) or not _has_cue(text):
        return False
    if _pointed_back(text, event_sentence) is not None:
        return True  # "Встреча состоится …", "Состоится она …": the meeting invited to above
    for cue in _CUE_VERB.finditer(text, *event_sentence):
        if KIND.search(text, cue.end(), min(cue.end() + 60, event_sentence[1])):
            return True
    return False


def _catchphrase(text: str, heading: Heading, event_sentence: tuple[int, int] | None) -> bool:
    """Whether the heading is a catchphrase above an event sentence: it names no kind of event,
    no quoted name and no named day or week, and the post below never repeats its head noun
    nor its first word of four letters or more (compared by their first five letters,
    pymorphy3 for the noun) — "Его величество цирк" above "цирк будет праздновать
    Международный День цирка", "Летняя подработка для старшеклассников" above "состоится
    приём документов". A heading the post repeats ("Сбор макулатуры" above "пройдёт сбор
    макулатуры") names its event, and so does a bare noun phrase of nouns and adjectives (a
    poster's "Снежная королева"): a headline's catchphrase has a preposition, a pronoun or
    a verb."""
    title = heading.title
    if event_sentence is None or title is None or "«" in title or '"' in title:
        return False
    if KIND.search(title) or NAMED_DAY.search(title) or _WEEK.search(title):
        return False
    words = _FIRST_WORD.findall(title)
    if all(_name_word(w) for w in words):
        return False  # "Снежная королева": adjectives and nouns only, a poster's own name
    if len(words) > 2 and directed_noun(words[0]) and words[1].lower() in _TO_PLACE:
        return False  # "Поездка в Ботанический сад": a trip named by where it goes (title75)
    head = next((w for w in words if (f := word_parses(w)) and f[0].tag.POS == "NOUN"), None)
    first = next((w for w in words if len(w) >= 4), None)
    body = text[heading.span[1] :].lower()
    return not any(w is not None and w.lower()[:5] in body for w in (head, first))


_TO_PLACE = frozenset({"в", "во", "на", "к", "ко"})  # where a trip goes


def _name_word(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a noun, an adjective or a
    participle in the nominative (no preposition, pronoun or verb): a word a name is made of."""
    found = word_parses(word)
    return (
        bool(found)
        and found[0].tag.POS in ("NOUN", "ADJF", "PRTF")
        and (found[0].tag.case == "nomn" or found[0].tag.case == "gent")
    )


# a collective noun with a kind in the genitive plural ("цикл мероприятий", "серия лекций"):
# several events under one heading
_SERIES = re.compile(
    r"(?i)(?:цикл|серия|ряд|комплекс|череда|каскад)\s+(?:[а-яё]+(?:ых|их)\s+)?"
    r"(?:мероприятий|лекций|встреч|занятий|экскурсий|концертов|спектаклей|событий)(?![а-яё])"
)


def _digest(heading: str) -> bool:
    """Whether a heading is about several events: it opens with a collective noun and a kind
    in the genitive plural ("Цикл мероприятий ко Дню космонавтики"), or its first kind is a
    plural noun in the nominative, without a quoted name ("Детские и взрослые экскурсии в
    обсерватории", pymorphy3)."""
    if _SERIES.match(heading) and "«" not in heading:
        return True  # "Цикл мероприятий ко Дню космонавтики": a collective of kinds
    found = KIND.search(heading)
    if (
        found is None
        or "«" in heading
        or " " in found.group(0)
        or _ONE_IN_PLURAL.match(found.group(0))
    ):
        return False
    first = word_parses(found.group(0))[:1]
    return bool(first) and {"NOUN", "plur", "nomn"} <= first[0].tag.grammemes


def _bare_kind(phrase: str) -> bool:
    """ "Всероссийская акция": adjectives and a kind, with no subject or name after it."""
    found = search_i(KIND, phrase)  # its twin, scanned, on the lower case (lowered.py)
    return "«" not in phrase and found is not None and found.end() == len(phrase)


@dataclass
class _Pick:
    """The candidates of one post's title: the best (score, phrase) so far, and what later
    rules may borrow (kinds with a quoted name, kinds with a subject, named days)."""

    text: str
    event_sentence: tuple[int, int] | None
    headline: tuple[int, int]
    best: tuple[int, str] | None = None
    named: Named = field(init=False)  # kind stem -> the first phrase of that kind with a name
    qualified: dict[str, str] = field(default_factory=dict)  # "урок мужества"
    days: list[tuple[int, int]] = field(default_factory=list)  # what a bare "Праздник" means
    programme: bool = field(init=False)  # a programme with time slots
    kind_named: bool = False  # a kind offered with its quoted name right after it
    subjects: list[str] = field(default_factory=list)  # quoted subjects of announcing verbs
    every: list[Candidate] | None = None  # every offer, for the learned chooser (title_model)
    family: str = ""  # the rule family offering now (title_model.FAMILIES)
    hand: str | None = None  # the phrase the hand scores pick, before it is finished
    # the clauses dated with another day than the chosen start's (title_dated_days.py)
    elsewhere: tuple[tuple[int, int], ...] = ()
    clock: time | None = None  # the start's clock time (None: all day or unknown)

    def __post_init__(self) -> None:
        self.named = Named(self.text)
        self.programme = is_programme(self.text)

    def score(self, m: re.Match[str]) -> int:
        return score_at(
            self.text, m, self.event_sentence, self.programme, self.headline, self.elsewhere
        )

    def offer_at(self, m: re.Match[str], bonus: int, phrase: str | Callable[[], str]) -> None:
        """`offer(score(m) + bonus, phrase)`, the score read only when its upper bound
        (title_score.score_bound) plus `bonus` can beat the best so far (every offer is
        scored when the candidates are kept for the learned chooser)."""
        if self.every is not None:
            self.offer(self.score(m) + bonus, phrase, m.start())
            return
        if (
            self.best is not None
            and score_bound(self.text, m, self.event_sentence, self.headline) + bonus
            <= self.best[0]
        ):
            return
        self.offer(self.score(m) + bonus, phrase)

    def offer(self, score: int, phrase: str | Callable[[], str], at: int = -1) -> None:
        """Keep `phrase` when it beats the best so far (a callable is read only then); every
        offer is kept as a candidate too when `every` is a list (`at`: where it matched)."""
        if self.every is not None:
            found = Candidate(self.family, score, at, phrase)
            self.every.append(found)
            phrase = found.text if self.best is None or score > self.best[0] else phrase
        if self.best is None or score > self.best[0]:
            self.best = (score, phrase() if callable(phrase) else phrase)


def _offer_kinds(pick: _Pick) -> None:
    """Every kind word outside quotes ("Лекция", "арт-фестиваль"), as its phrase."""
    text = pick.text
    inside = inside_quotes(text)
    before: tuple[int, int] | None = None  # the last event kind of an earlier sentence
    for m in finditer_i(KIND, text):
        if (
            pick.every is None
            and pick.best is not None
            and score_bound(text, m, pick.event_sentence, pick.headline) + 2 <= pick.best[0]
            and not _OPEN_QUOTE.search(text, m.end(), m.end() + 40)
        ):
            # it cannot beat the best (the `score + 2 <= best` skip below, whatever its
            # checks say) nor be named: read no further (title_score.score_bound)
            continue
        if inside(m.start()) or _ROOM_AFTER.match(text, m.end()) or _NO_KIND.match(m.group(0)):
            continue  # a word of a quoted name («Улётные уроки»); "в концертном зале": a room
        if kind_word_of_other(
            m.group(0), text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 40]
        ):
            continue  # "концертмейстеры": a person; "конкурсной комиссии": a body, no event
        if person_on_kind_stem(m.group(0)):
            continue  # "Линейкин рассказал …": a surname on a kind's stem, no «Линейки»
        if negated(text, m.start()):
            continue  # "не на выставку, а на лекцию": what the event is not
        if _STAGE_WORD.match(m.group(0)) and not _direct_case(m.group(0)):
            continue  # "отбор участников для второго этапа": a stage another phrase governs
        if on_category_line(text, m.start()):
            continue  # "Выставки, выставочные залы": a site's category above the post
        if in_open_quote(text, m.start()) and not _NAME_NEXT.match(text, m.end()):
            # «Чемпионат МАОУ «Лицей 121»: a word of a name quoting an organisation's name,
            # one mark closing both («… субботник «Зелёная Россия»: the inner kind's own name)
            continue
        start = m.start()
        if text[start - 1 : start] == "-":  # "арт-фестиваль", "онлайн-лекция": one word
            prefix = re.search(
                r"(?<![\w-])[А-ЯЁа-яёA-Za-z]{2,10}-$", text[max(0, start - 12) : start]
            )
            if prefix is None:
                continue
            start -= len(prefix.group(0))
        score = pick.score(m)
        # "19 декабря состоится концерт «Зимняя сказка»" when the start is 12 December: another
        # day's event, whose name no bare "Концерт" of the chosen day may borrow (_settled)
        lent = not (
            pick.elsewhere and another_days_kind(text, m.start(), m.group(0), pick.elsewhere)
        )
        if (session := session_before(text, start)) is not None and is_genitive(m.group(0)):
            start = session  # "Занятие кружка по …": the club's session, headed by "занятие"
        if pick.best is not None and score + 2 <= pick.best[0]:
            if lent and _OPEN_QUOTE.search(text, m.end(), m.end() + 40):
                # "Лекция называется «…»", 'фестиваль "Пёстрое небо"': it names the kind
                pick.named.add(kind_key(m.group(0)), start, m.end())  # read only when needed
            if pick.every is not None:  # a candidate the hand scores rank below, kept
                found = Candidate(pick.family, score, m.start(), partial(_kind_at, text, start, m))
                pick.every.append(found)
            continue
        phrase = opening_of_object(text, start) or kind_phrase(text, start, m.end())
        if (equated := equated_name(text, start, m.end())) is not None:
            # "Географический диктант — просветительская акция": the name, not "акция"
            phrase = _with_equated(phrase, text[equated[0] : equated[1]].strip(" ,.;:"))
            if lent:
                pick.qualified[kind_key(m.group(0))] = phrase
        elif (
            before is not None
            and possessed(text, start)
            and not _same_sentence(text, before[0], start)
        ):
            phrase = kind_phrase(text, *before)  # "Его открытие состоится …": that event's
        elif not (WEAK.match(m.group(0)) or GENERIC.match(m.group(0))):
            before = (start, m.end())
        if (WEAK.match(m.group(0)) or _STAGE_WORD.match(m.group(0))) and " " not in phrase.strip():
            continue  # "Занятия", "Мероприятие", "Этап" alone name nothing
        if _lone_adjective(phrase):
            continue  # "IV (финальный) этап": an adjective whose noun is out of reach
        if "«" in phrase and "«" not in text[m.end() : m.end() + 4]:
            score += 2  # "церемония награждения победителей конкурса «…»"
        if "«" in phrase and lent:
            pick.named.add(kind_key(m.group(0)), start, m.end(), phrase)
            pick.kind_named = pick.kind_named or _NAME_NEXT.match(text, m.end()) is not None
        elif " " in phrase and lent:
            pick.qualified.setdefault(kind_key(m.group(0)), phrase)
        pick.offer(score, phrase, m.start())
        if (
            pick.best is not None
            and pick.best[0] == score
            and dated_name(
                pick.text, pick.event_sentence, pick.headline, pick.best[1], start, phrase
            )
        ):
            pick.best = (score, phrase)  # of two as likely, the dated one that names itself


def _lone_adjective(phrase: str) -> bool:
    """Whether `phrase` is one word with no noun reading in pymorphy3 ("Финальный",
    "Концертный"): an adjective names no event without its noun; the adjectives Russian uses
    as nouns ("выпускной") excepted."""
    word = phrase.strip()
    return (
        " " not in word
        and word.isalpha()
        and not has_noun_reading(word)
        and SUBSTANTIVE.match(word) is None
    )


def _direct_case(word: str) -> bool:
    """Whether the likeliest reading of `word` is a nominative or an accusative (pymorphy3):
    a subject or an object, not a word another phrase governs ("этапа")."""
    found = word_parses(word)
    return bool(found) and found[0].tag.case in ("nomn", "accs")


def _with_equated(kind: str, name: str) -> str:
    """The title of a generic kind equated with `name`: "Ежегодная акция «Ночь музеев»" for
    a quoted name (the kind and its adjectives before it, when they fit a card), else the
    name itself ("Географический диктант РГО")."""
    found = KIND.search(kind)
    if name in kind and len(kind) <= MAX_TITLE:
        return kind  # "Ежегодная акция «Ночь музеев»": the kind's phrase holds the name
    if not name.startswith("«") or found is None or "«" in kind:
        return name
    joined = f"{kind[: found.end()]} {name}"
    return joined if len(joined) <= MAX_TITLE else name


def _same_sentence(text: str, first: int, second: int) -> bool:
    """Whether no sentence end or line break stands between `first` and `second`."""
    return not any(mark in text[first:second] for mark in ".!?\n")


_NEXT_WORD = re.compile(r"[ \t]+([А-ЯЁа-яё]{2,})")


def _offer_names_after_cues(pick: _Pick) -> None:
    """A name of its own right after the announcing verb or an invitation ("откроется
    Инженерный дворик, где пройдут…", "приглашает на Библиосумерки")."""
    text = pick.text
    cues = _has_cue(text)
    where = pick.event_sentence or (0, len(text))
    headline = pick.headline
    spans = (where, headline) if headline[1] and headline != where else (where,)
    named_after = (
        chain.from_iterable(_NAMED_AFTER_CUE.finditer(text, *s) for s in spans) if cues else ()
    )
    invited = _INVITED_NAME.finditer(text) if "на " in text and "риглаша" in text else ()
    for m in chain(named_after, invited):
        name = m.group(1)
        if " " not in name and is_known(name.split("-")[0].lower()):
            if not m.group(0)[1:].startswith("риглаша") or (feast := invited_feast(name)) is None:
                continue  # "пройдёт Неделя …", "стартует Второй …": a word, not a name
            if (after := _NEXT_WORD.match(text, m.end(1))) and is_genitive(after.group(1)):
                continue  # "приглашает на День птиц": a head noun its genitive completes
            name = feast  # "Приглашаем на Масленицу": a feast written as a name
        if " " in name and not is_noun(name.split()[-1]):
            continue  # "состоится Всероссийский научный фестиваль": adjectives of a kind
        if (
            " " in name
            and (after := _NEXT_WORD.match(text, m.end(1)))
            and after.group(1).islower()
            and is_genitive(after.group(1))
        ):
            continue  # "пройдёт Единый день профилактики": cut before its genitive
        if not KIND.match(text, m.end(1) - len(m.group(1).split()[-1])):
            pick.offer_at(m, 1, name)
    for s in spans if cues else ():
        for m in _EDITION_AFTER_CUE.finditer(text, *s):
            # "пройдёт XXXII Мемориал В. П. Петрова": only an event has editions, so a
            # numbered capitalised noun is the event's name, whatever noun it is
            if not is_noun(m.group(2)) or KIND.match(m.group(2)):
                continue  # "III Всероссийский форум": an adjective, the kind offered already
            phrase = kind_phrase(text, m.start(2), m.end(2), stage=False)
            pick.offer_at(m, 2, f"{m.group(1)} {phrase}")


def _offer_cue_phrases(pick: _Pick) -> None:
    """ "состоится математический КВН для 5–6 классов": the phrase after the cue."""
    text = pick.text
    span = pick.event_sentence if _has_cue(text) and pick.event_sentence else (0, 0)
    for m in _CUE_PHRASE.finditer(text, *span):
        if names_someone(m.group(1)):
            # "пройдёт торжественное чествование стипендиатов": the suffix took the noun
            # "чествование" for an adjective; the people honoured are no event, the noun is
            if (head := _noun_before(text, m.start(1))) is not None:
                pick.offer_at(m, -1, partial(kind_phrase, text, *head))
            continue
        if (equated := equated_name(text, m.start(1), m.end(1))) is not None:
            # "пройдёт ежегодное мероприятие – Литературный турнир …": the name
            name = text[equated[0] : equated[1]].strip(" ,.;:")
            kind = kind_phrase(text, m.start(1), m.end(1))
            pick.offer(pick.score(m) - 1, _with_equated(kind, name), m.start())
            continue
        pick.offer_at(m, -1, partial(kind_phrase, text, m.start(1), m.end(1)))
    for m in _CUE_NOUN.finditer(text, *span):
        if is_noun(m.group(1)) and is_genitive(m.group(2)) and not KIND.match(m.group(1)):
            # "состоится сдача норм ГТО", "пройдёт уборка территории": a noun and its genitive
            pick.offer_at(m, -1, partial(kind_phrase, text, m.start(1), m.end(1)))


def _noun_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of the word right before `at` when pymorphy3 reads it as a noun likeliest
    ("чествование" in "чествование стипендиатов"); None otherwise."""
    found = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if found is None or not is_noun(found.group(1)):
        return None
    return found.span(1)


_WORD_BEFORE = re.compile(r"([а-яё]{3,})\s+$")


_HEADLINE_ACT = 6  # a named day in the headline scores about as much


def _offer_announced(pick: _Pick) -> None:
    """ "… объявляется минута молчания", "пройдёт «День открытых дверей»": the subject after a
    verb of taking place in the event's sentence or the headline (title_announced.py), a
    well below a kind word there (−3: a frame or an occasion may name it so)."""
    spans = {s for s in (pick.event_sentence, pick.headline) if s and s[1] > s[0]}
    for span in spans:
        for m, title in announced_after_verb(pick.text, span):
            pick.offer_at(m, -3, title)
            if span == pick.headline and span != pick.event_sentence:
                for again in repeated_below(pick.text, title, span[1]):
                    # "Как пройдут последние звонки?" above "Последний звонок прозвенит
                    # 24 мая": the body's mention of what the headline announces
                    pick.offer_at(again, 3, partial(repeated_phrase, pick.text, again, title))
    top, end = pick.headline
    if end > top and (act := headline_act(pick.text[top:end])) is not None:
        # "Городским отличникам вручат золотые медали": the headline tells the act, and
        # its noun names the event ("Вручение золотых медалей", title_acts.py)
        pick.offer(_HEADLINE_ACT, act, top)


# a headline's abbreviation spelled out below names the event above the dated sentence's
# kind, which is the abbreviation's own kind written generally («соревнования» under «ВСИ»)
_SPELLED_OUT = _HEADLINE_ACT + 4


def _offer_spelled_out(pick: _Pick) -> None:
    """ "Пройдут ВСИ\n… В программе Всероссийских спортивных игр …": the headline announces
    an abbreviation after its verb and the body spells it out (title_spelled.py)."""
    if pick.headline[1] > pick.headline[0] and (found := spelled_out(pick.text, pick.headline)):
        pick.offer(_SPELLED_OUT, found[1], found[0])


def _offer_recruiting(pick: _Pick) -> None:
    """ "Школьный пресс-центр набирает ребят 7–10 кл!": a club or studio that takes in
    members is what the post announces (its classes are its sessions)."""
    for m in recruiting(pick.text):
        pick.offer_at(m, 3, m.group(1))
    if _has_cue(pick.text) or "начина" in pick.text:  # "Каникулы начинаются …" too
        for m in announced_subjects(pick.text):  # "Мастерская Деда Мороза откроется …"
            # a bare noun ("Трансляция пройдёт …") names a form, not which event: weak
            first = _FIRST_WORD.match(pick.text, m.start(1))  # scored where the phrase starts
            # save a word no dictionary knows ("Библионочь начнётся в 18 часов"): a name
            bare = " " not in m.group(1) and is_known(m.group(1).lower())
            # "Первое испытание пройдёт завтра": a numbered part of the event named elsewhere
            pick.offer_at(first or m, -9 if bare or _numbered_part(m.group(1)) else 0, m.group(1))


# nouns of a part of an event: a round, a stage, a heat, a half of a concert
_PART_NOUNS = frozenset({"испытание", "тур", "раунд", "этап", "заезд", "отделение", "часть"})


def _numbered_part(phrase: str) -> bool:
    """Whether a subject is an ordinal and a noun of a part of an event, nothing after them
    ("Первое испытание", "Второй тур"; pymorphy3: an ordinal adjective, Anum, and the noun's
    lemma): it dates a part of an event the post names elsewhere and says nothing of which
    event that is, so it is scored as a bare noun is (tests/data/title45.md)."""
    words = phrase.split()
    if len(words) != 2:
        return False
    first, second = word_parses(words[0])[:1], word_parses(words[1])[:1]
    return (
        bool(first and second) and "Anum" in first[0].tag and second[0].normal_form in _PART_NOUNS
    )


def _offer_named_days(pick: _Pick) -> None:
    """Named days and weeks ("День рыбака", "неделя «…»"), not occasions or greetings (see
    title_days.py)."""
    text = pick.text
    for m, bonus in named_days(text, _has_cue(text)):
        first, _, second = m.group(0).partition(" ")
        # "Неделя детской и юношеской книги": a small word after the day opens its subject
        end = m.start() + len(first) if second[:1].islower() and _DAY.match(first) else m.end()
        pick.days.append((m.start(), end))  # read (kind_phrase) only when a rule asks
        pick.offer_at(m, bonus, partial(kind_phrase, text, m.start(), end))


def _offer_quotes(pick: _Pick) -> None:
    """Quoted names that are the subject ("«Научный уикенд» пройдёт 6 сентября")."""
    for m, weight in quoted_subjects(pick.text, pick.headline):
        quote = short_quote(m.group(1))
        if m.group(0).startswith("на "):  # "Все — на «Лыжню России»!"
            quote = accusative_named(quote)
        elif _SHOWN.search(pick.text, max(0, m.start() - 30), m.start()):
            # "В Смоленске покажут «Муху-цокотуху»": what is shown is the show, named in the
            # accusative; the post's own unnamed show phrase is its kind ("детский спектакль")
            quote = accusative_named(quote)
            shown = _show_phrase(pick)
            pick.offer_at(m, weight, f"{shown} {quote}" if shown else quote)
            continue
        if weight == 3 and not m.group(0).startswith("на "):
            pick.subjects.append(quote)  # what a generic stand-in may mean (see _settled)
        head = subject_head(pick.text, m.start())
        if head is not None:
            # "Премьера сказки «…» состоится": the phrase of the subject's own head, which
            # the name names ("Кукольный спектакль и чаепитие «Варежка»": "… спектакль «Варежка»")
            pick.offer_at(m, weight, partial(head_named, pick.text, head, quote))
            continue
        pick.offer_at(m, weight, partial(_named_with, pick, quote))


# a verb showing a performance right before its quoted name ("покажут «…»", "представит
# «…»", "сыграют «…»"), and the kinds of a performance that such a verb shows
_SHOWN = re.compile(
    r"(?i)(?<![а-яё])(?:покаж(?:ет|ут)|представ(?:ит|ят)|сыгра(?:ет|ют)|покажем)\s+$"
)
_SHOW_KIND = re.compile(
    r"(?i)спектакл|постановк|мюзикл|опер[аыуе]|балет|мультфильм|фильм|кинофильм|концерт"
    r"|представлени|сказк|шоу|премьер"
)


def _show_phrase(pick: _Pick) -> str | None:
    """The post's first unnamed phrase of a performance kind ("Детский спектакль-розыгрыш"),
    read by _offer_kinds; None when it names none."""
    for phrase in pick.qualified.values():
        found = KIND.search(phrase)
        if found is not None and _SHOW_KIND.match(found.group(0)) and "«" not in phrase:
            return phrase
    return None


def _offer_held_names(pick: _Pick) -> None:
    """ "проведут интерактив «…»": a noun beside a quoted name that a verb holding (+3) or
    showing (+2) an event governs (title_apposition.py); no bonus when a kind word has its
    own name ("пройдёт концерт «…»": the noun beside a name is then one of its items)."""
    text = pick.text
    if "«" not in text and '"' not in text and "“" not in text:
        return
    for m, holds in held_names(text):
        bonus = 0 if pick.kind_named else 3 if holds else 2
        pick.offer_at(m, bonus, partial(kind_phrase, text, m.start(), m.end()))


def _offer_celebrated(pick: _Pick) -> None:
    """ "В музее отметят Масленицу": the feast a news headline says is kept (+1)."""
    found = celebrated(pick.text, pick.headline) if pick.headline[1] else None
    if found is not None:
        pick.offer_at(found, 1, partial(kind_phrase, pick.text, *found.span()))


def _offer_listed_names(pick: _Pick) -> None:
    """ "3, 4 января в 12.00 – «Новогодний фейерверк» (Утренник для детей)": a name after a
    dash on the event's own line of a programme or a poster."""
    listed = listed_name(pick.text, pick.event_sentence) if pick.event_sentence else None
    if listed is not None:
        pick.offer_at(listed[0], 2, listed[1])


def _named_with(pick: _Pick, quote: str) -> str:
    """The named kind phrase holding `quote`, else the quote itself."""
    return next((p for p in pick.named.get_all().values() if quote in p), quote)


def _settled(pick: _Pick, phrase: str) -> str:
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
        and (name := named.get(_kind_key(phrase))) is not None
        and (
            phrase.lower() in name.lower()
            or repeats_words(phrase, name)
            or (_headline_kind(pick, phrase, name) and not stage_of_event(phrase))
            or _headline_kind_dated(pick, phrase, name)
            or _named_next(pick, phrase, name)
            or named_after_subject(phrase, name)
            or _repeated_around_name(text, phrase, name, 0)
        )
    ):
        # "Конкурс чтецов" named elsewhere "… конкурс чтецов «Живая классика»"; a headline's
        # "олимпиада о символах республики" named in the body "олимпиаду «Символы Якутии»"
        phrase = name
    elif (longer := _fuller(text, phrase, pick.elsewhere)) is not None:
        phrase = longer  # "Открытый турнир" of a headline, "открытый турнир по шахматам" below
    elif _LONE_STAGE.match(phrase) and (of := _held_in_stages(text)) is not None:
        # "Второй этап" of "Олимпиаду проведут в два этапа": "Второй этап олимпиады"
        phrase = next((w for w in (f"{phrase} {w}" for w in of) if len(w) <= MAX_TITLE), phrase)
    elif (bare := _BARE_STAGE.match(phrase)) is not None:
        # "Школьный этап конкурса" of "… Всероссийского конкурса сочинений": the event named
        key = kind_key(bare.group(1))
        fuller = (
            named.get(key),
            qualified.get(key),
            same_contest(chain(pick.named.get_all().items(), pick.qualified.items()), key),
        )
        phrase = next((f for f in fuller if f and not _BARE_STAGE.match(f)), phrase)
    if "«" not in phrase and (whole := named_as_kind(text, _kind_key(phrase))) is not None:
        phrase = whole  # "Диктант" of a post about «Диктант Победы»: the name says it all
    elif "«" not in phrase and (proper := proper_event(text, phrase)) is not None:
        phrase = proper  # "Состязания пройдут …" after "… проведения 4-го Кубка губернатора"
    elif "«" not in phrase and pick.subjects and stands_for_event(phrase):
        # "спортивного соревнования, которое пройдёт …" in a post where "… гонка «Лыжня
        # России» состоится": the generic word stands for the event named as a subject
        phrase = _named_with(pick, pick.subjects[0])
    phrase = of_named_event(phrase, named.get_all) if CEREMONY.match(phrase) else phrase
    if _BARE_STAGE_NOUN.match(phrase) and (contest := _contest_before(text, phrase)) is not None:
        phrase = f"{phrase} {contest}"  # «…турнир по шахматам. Завтра финал»: «Финал турнира по …»
    phrase = ceremony_of_contest(text, phrase)  # "Открытие соревнований": of which
    return _name_as_written(pick, opened_in_full(text, of_what_opens(text, phrase), pick.elsewhere))


def _headline_kind(pick: _Pick, phrase: str, name: str) -> bool:
    """Whether `phrase` is the news headline's own kind phrase (the headline tells which
    event the post is about) and `name` holds a proper name, capitalised («Символы Якутии»;
    not a word in scare quotes, "диктант «по-настоящему тотальным»")."""
    start, end = pick.headline
    quote = QUOTE.search(name)
    return (
        end > start
        and quote is not None
        and quote.group(0)[1:2].isupper()
        and _kind_key(phrase) in pick.text[start:end].lower().replace("ё", "е")
        and same_subject(phrase, quote.group(0))
    )


def _headline_kind_dated(pick: _Pick, phrase: str, name: str) -> bool:
    """Whether `phrase` is the headline's own kind phrase, with no name, and the body names
    that kind as the subject of a sentence whose verb announces it («… проведут квест об
    истории города» and «Квест «Мой Череповец» состоится сегодня»): whatever the headline
    says it is about, that sentence names the event (a mention of the kind elsewhere may be
    another event of that kind: same_subject decides those)."""
    start, end = pick.headline
    quote = QUOTE.search(name)
    key = _kind_key(phrase)
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
    verb = _CUE_VERB.search(pick.text, at, at + 120)
    return verb is not None and not _SENTENCE_END.search(pick.text, at + len(name), verb.start())


_SENTENCE_END = re.compile(r"[.!?\n]")


def _named_next(pick: _Pick, phrase: str, name: str) -> bool:
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
    at = pick.named.named_at(_kind_key(phrase))
    return (
        at is not None
        and at >= sentence[1]
        and not pick.text[sentence[1] : at].strip(" .!?…\n")
        # "Праздник «…» в ноябре собрал 20 команд": a past one of that kind, another event
        and not told_in_past(pick.text, at, at + len(name))
    )


def _name_as_written(pick: _Pick, phrase: str) -> str:
    """ "Премьера «Теремка»" of a headline, when the body writes "премьера спектакля
    «Теремок»": that mention of the kind, else the name as the body writes it."""
    quote = QUOTE.search(phrase)
    if quote is None:
        return phrase
    written = as_written(pick.text, quote.group(0))
    if written is None:
        return phrase
    mention = pick.named.holding(_kind_key(phrase), written)
    if mention is None and WEAK.match(phrase):
        # "программа «Ночи музеев»": the programme of the event the body names in full,
        # "… к акции «Ночь музеев»"
        mention = next((p for p in pick.named.get_all().values() if written in p), None)
    return mention or phrase.replace(quote.group(0), written)


def _kind_key(phrase: str) -> str:
    """The key of the kind noun a phrase is built around ("Открытый урок" -> "урок")."""
    found = search_i(KIND, phrase)  # its twin, scanned, on the lower case (lowered.py)
    return kind_key(found.group(0) if found else phrase)


# a stage of a kind named by nothing else: "Школьный этап конкурса", "Финал олимпиады"
_BARE_STAGE = re.compile(r"(?i)^(?:[а-яё]+\s+)?(?:этап|тур|финал|полуфинал)\s+([а-яё]+)$")


# a stage noun alone, an adjective before it at most: "Финал", "Второй тур", "Суперфинал"
_BARE_STAGE_NOUN = re.compile(r"(?i)^(?:[а-яё]+\s+)?(?:супер|полу|четверть)?(?:финал|этап|тур)$")
_STAGE_HEAD = re.compile(r"(?i)(?:супер|полу|четверть)?(?:финал|этап|тур)(?![а-яё])")
# the kinds held in stages (a contest of some sort), never a lecture or a visit
_CONTEST_KIND = re.compile(
    r"(?i)(?:конкурс|турнир|олимпиад|первенств|чемпионат|соревновани|состязани|кубо?к"
    r"|фестивал|лиг|спартакиад|викторин|марафон|эстафет|игр)"
)
# a stage's own word in any form («финальный», «финала», «туры»): never the contest
_STAGE_STEM = re.compile(
    r"(?i)(?:супер|полу|четверть)?финал|этап|тур(?:а|у|ом|е|ы|ов|ами)?(?![а-яё])"
)


def _contest_before(text: str, phrase: str) -> str | None:
    """The genitive of the contest a bare stage («Финал», «Второй тур») is a stage of: the
    nearest contest kind word (_CONTEST_KIND; not a stage, not a weak word) written before
    the stage's first mention, in its sentence or the one before («…проходит турнир по
    шахматам. Завтра в 15:00 финал» -> "турнира по шахматам"; pymorphy3's genitive,
    morphology.to_genitive). A stage is always a stage of something, named just before."""
    head = _STAGE_HEAD.search(phrase)
    if head is None:
        return None
    # the phrase as written (its adjective too: «финальный этап»), else its stage noun
    stage = re.search(rf"(?i)(?<![а-яё]){re.escape(phrase)}(?![а-яё])", text) or re.search(
        rf"(?i)(?<![а-яё]){head.group(0)}(?![а-яё])", text
    )
    if stage is None:
        return None
    begin = sentence_at(stage.start(), text)[0]
    if begin > 0:
        begin = sentence_at(max(0, begin - 2), text)[0]
    last = None
    for m in finditer_i(KIND, text[begin : stage.start()]):
        word = m.group(0)
        if _CONTEST_KIND.match(word) and not (WEAK.match(word) or _STAGE_STEM.match(word)):
            last = m
    if last is None:
        return None
    window = text[begin : stage.start()]
    words = kind_phrase(window, last.start(), last.end(), stage=False).split()
    if not words or len(phrase) + len(" ".join(words)) >= MAX_TITLE:
        return None
    whole = " ".join(to_genitive(words))
    return whole[:1].lower() + whole[1:] if is_known(words[0].lower()) else whole


# a stage with at most an adjective and nothing of what it is a stage of: "Второй этап"
_LONE_STAGE = re.compile(r"(?i)^(?:[а-яё]+\s+)?(?:этап|тур)$")
# "Олимпиаду проведут в два этапа", "Слёт проводится … в три этапа": an event held in stages
_IN_STAGES = re.compile(
    r"(?i)[^.!?\n]*?\sв\s+(?:два|три|четыре|пять|\d)\s+(?:этапа|тура|этапов|туров)(?![а-яё])"
)


def _held_in_stages(text: str) -> tuple[str, str] | None:
    """The genitive of the kind the post says is held in stages, with its phrase and alone
    ("Олимпиада по истории края пройдёт в три тура" -> "олимпиады по истории края",
    "олимпиады"): the first kind word, not itself a stage, of the sentence that says so
    (pymorphy3, morphology.to_genitive); None when no sentence does. A stage is always a
    stage of something, so a bare "Второй этап" is that event's."""
    if "этап" not in text and "тур" not in text:
        return None
    for sentence in _IN_STAGES.finditer(text):
        for m in finditer_i(KIND, sentence.group(0)):
            if not _STAGE_WORD.match(m.group(0)) and not WEAK.match(m.group(0)):
                words = kind_phrase(sentence.group(0), m.start(), m.end(), stage=False).split()
                whole, head = " ".join(to_genitive(words)), " ".join(to_genitive(words[:1]))
                return whole[:1].lower() + whole[1:], head.lower()
    return None


def _has_cue(text: str) -> bool:
    """Whether a verb that announces an event is in the post (a fast substring test)."""
    return any(verb in text for verb in _CUE_VERBS)


# searched over whole posts: `re` skips to their first characters (first_scan.py)
_NAMED_AFTER_CUE = with_first_scan(_NAMED_AFTER_CUE)
_CUE_PHRASE = with_first_scan(_CUE_PHRASE)
_CUE_NOUN = with_first_scan(_CUE_NOUN)


# the rules that offer candidates, by their family (title_model.FAMILIES), in offering order
_NAME_AT = re.compile(r"«[^«»]*»")
NAMED_AS_BONUS = 0  # the kind named keeps its own score (an override below when only described)


def _offer_named_as(pick: _Pick) -> None:
    """A quoted name given with a naming word ("программа, получившая название «…»",
    "представление называется «…»"), with its kind when one stands before the cue in the
    same clause (title_named_as.py)."""
    text = pick.text
    for found in chain(named_as(text), one_of_named(text)):
        phrase = partial(named_as_phrase, text, found)
        m = KIND.match(text, found.kind[0]) if found.kind is not None else None
        m = m or _NAME_AT.search(text, found.at)
        if m is None:
            continue
        score = pick.score(m) + (NAMED_AS_BONUS if found.kind is not None else 0)
        if found.kind is not None and pick.best is not None and only_described(pick.best[1]):
            # "бесплатно покажут фильмы о России … программа, получившая название «…»": a
            # kind only described is no name; the post's name for it is the event's
            score = max(score, pick.best[0] + 1)
        pick.offer(score, phrase, m.start())


PERIOD_BONUS = 1  # over the period noun's own score, as a name after an announcing verb


def _offer_periods(pick: _Pick) -> None:
    """A week, month or ten-day period announced with what it is devoted to ("стартовал
    Месячник военно-патриотической работы", title_periods.py)."""
    for m, phrase in announced_periods(pick.text):
        pick.offer_at(m, PERIOD_BONUS, phrase)


VISITS = True  # whether a visit to a place is offered (title_visits.py)
APPEARANCES = True  # whether a performer's appearance in the headline is read (title_visits.py)
OPENINGS = True  # whether a place opening or set up is offered (title_visits.opened_places)
_VISIT_SCORE = 3  # a headline's visit or appearance: as a kind in the event's sentence
_VISIT_SENTENCE = -3  # the event sentence's visit: below a kind of the same standing (at −2
# and above it took a right title of a CHECK set, counted by its floor test, not read)
_VERB_AT = re.compile(r"[^\s,.;:!?]+")


def _offer_visits(pick: _Pick) -> None:
    """A visit to a place ("школьники смогут посетить музеи" -> "Посещение музеев", "Вход в
    зоопарк") told in the headline or the event's sentence, and a performer's appearance
    opening the headline ("Хор … выступит" -> "Выступление хора …"): with no kind word beside
    its name, the act is the event (title_visits.py); a place opening or set up ("развёрнут
    детский автогородок") likewise names it. A kind named with its quoted name is
    the event's name already ("посетят планетарий … проведут акцию «…»"): no act is offered
    then; the headline's act scores as a kind of the event's sentence (3), below it when
    offered after it."""
    if pick.best is not None and "«" in pick.best[1]:
        return
    top, end = pick.headline
    if end > top and VISITS:
        for at, title in visits(pick.text, (top, end)):
            pick.offer(_VISIT_SCORE, title, at)
    if end > top and APPEARANCES and (shown := appearance(pick.text[top:end])) is not None:
        pick.offer(_VISIT_SCORE, shown, top)
    if end > top and OPENINGS:
        for at, title in opened_places(pick.text, (top, end)):
            pick.offer(_VISIT_SCORE, title, at)
    if OPENINGS and pick.every is not None:
        # anywhere else in the post, well below (−3): a candidate for the learned chooser only
        # (the hand scores never pick it; at −1 it took a right title, "Зимние смены" ->
        # "Лагеря «…»", for each it fixed), so the hand path does not tokenize the post
        for at, title in opened_places(pick.text, (0, len(pick.text))):
            m = _VERB_AT.match(pick.text, at)
            if m is not None:
                pick.offer_at(m, -3, title)
    sentence = pick.event_sentence
    if sentence is None:
        return
    acts = [(a, t, _VISIT_SENTENCE) for a, t in (visits(pick.text, sentence) if VISITS else ())]
    if OPENINGS:
        acts += [(a, t, 0) for a, t in opened_places(pick.text, sentence)]
    for at, title, bonus in acts:
        m = _VERB_AT.match(pick.text, at)
        if m is not None:
            pick.offer_at(m, bonus, title)


_OFFERS: tuple[tuple[str, Callable[[_Pick], None]], ...] = (
    ("kinds", _offer_kinds),
    ("names_after_cues", _offer_names_after_cues),
    ("cue_phrases", _offer_cue_phrases),
    ("announced", _offer_announced),
    ("spelled_out", _offer_spelled_out),
    ("named_days", _offer_named_days),
    ("recruiting", _offer_recruiting),
    ("quotes", _offer_quotes),
    ("held_names", _offer_held_names),
    ("celebrated", _offer_celebrated),
    ("listed_names", _offer_listed_names),
    ("quotes", _offer_named_as),
    ("named_days", _offer_periods),
    ("announced", _offer_visits),
)
