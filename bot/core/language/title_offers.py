"""The rules that offer a post's title candidates, each with a hand-set score (OFFERS, by their
family, title_model.FAMILIES, in offering order): kind words and their phrases, names after the
verb announcing the event or an invitation, the phrase after that verb, what is announced,
spelled out, recruited, named days and periods, quoted subjects, names held or shown, feasts
kept, listed names, names given with a naming word, visits and appearances. Each reads a
Pick (title_pick.py) and offers to it. Used by title.py (concise_title)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import chain

from bot.core.language.first_scan import compile_with_scan, with_first_scan
from bot.core.language.lowered import finditer_i
from bot.core.language.morphology import is_known
from bot.core.language.title_acts import headline_act
from bot.core.language.title_announced import announced_after_verb, repeated_below, repeated_phrase
from bot.core.language.title_apposition import held_names
from bot.core.language.title_belongs import in_open_quote, on_category_line, session_before
from bot.core.language.title_choice import dated_name, head_named
from bot.core.language.title_cues import has_cue
from bot.core.language.title_dated_days import another_days_kind
from bot.core.language.title_days import named_days
from bot.core.language.title_equated import GENERIC, equated_name, invited_feast, possessed
from bot.core.language.title_finish import opening_of_object
from bot.core.language.title_heading import quoted_subjects, subject_head
from bot.core.language.title_model import Candidate
from bot.core.language.title_named import announced_subjects, recruiting
from bot.core.language.title_named_as import named_as, named_as_phrase, one_of_named, only_described
from bot.core.language.title_periods import announced_periods
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_pick import Pick, named_with
from bot.core.language.title_quotes import accusative_named, listed_name
from bot.core.language.title_score import WEAK, score_bound
from bot.core.language.title_spelled import spelled_out
from bot.core.language.title_stages import STAGE_WORD
from bot.core.language.title_subject import celebrated
from bot.core.language.title_visits import appearance, opened_places, visits
from bot.core.language.title_words import (
    CYRILLIC_WORD,
    KIND,
    MAX_TITLE,
    OPEN_QUOTE,
    SUBSTANTIVE,
    has_noun_reading,
    inside_quotes,
    is_genitive,
    is_noun,
    kind_key,
    kind_word_of_other,
    names_someone,
    negated,
    person_on_kind_stem,
    short_quote,
    word_parses,
)

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

# the noun of a named day or period as its first word ("День", "Неделя", "ночь", "декада")
_DAY = re.compile(r"(?i)д(?:ень|ня|ню|н[её]м|не|ни)$|недел[яиюе]$|ноч[ьи]$|декад|месячник")
# words that only begin like a kind ("игрушки", "проектор", "акционер")
_NO_KIND = re.compile(r"(?i)игруш|игрок|игроч|проектор|программист|акционер|сменн|урожа")
# a kind word as an adjective of a room ("концертный зал", "лекционная аудитория")
_ROOM_AFTER = re.compile(r"(?<=[ыиоа][йеяхм])\s+(?:зал|холл|аудитори|площадк|комнат)")

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
_NAME_NEXT = re.compile(r"\s{0,2}[«\"“]")  # "концерт «…»": a kind named right after it


def _kind_at(text: str, start: int, m: re.Match[str]) -> str:
    """The phrase of a kind word the hand scores rank too low to read (_offer_kinds): its
    phrase or its equated name; "" for a weak kind or a stage alone, or a lone adjective."""
    phrase = opening_of_object(text, start) or kind_phrase(text, start, m.end())
    if (equated := equated_name(text, start, m.end())) is not None:
        phrase = _with_equated(phrase, text[equated[0] : equated[1]].strip(" ,.;:"))
    if (WEAK.match(m.group(0)) or STAGE_WORD.match(m.group(0))) and " " not in phrase.strip():
        return ""
    return "" if _lone_adjective(phrase) else phrase


def _offer_kinds(pick: Pick) -> None:
    """Every kind word outside quotes ("Лекция", "арт-фестиваль"), as its phrase."""
    text = pick.text
    inside = inside_quotes(text)
    before: tuple[int, int] | None = None  # the last event kind of an earlier sentence
    for m in finditer_i(KIND, text):
        if (
            pick.every is None
            and pick.best is not None
            and score_bound(text, m, pick.event_sentence, pick.headline) + 2 <= pick.best[0]
            and not OPEN_QUOTE.search(text, m.end(), m.end() + 40)
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
        if STAGE_WORD.match(m.group(0)) and not _direct_case(m.group(0)):
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
            if lent and OPEN_QUOTE.search(text, m.end(), m.end() + 40):
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
        if (WEAK.match(m.group(0)) or STAGE_WORD.match(m.group(0))) and " " not in phrase.strip():
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


def _offer_names_after_cues(pick: Pick) -> None:
    """A name of its own right after the announcing verb or an invitation ("откроется
    Инженерный дворик, где пройдут…", "приглашает на Библиосумерки")."""
    text = pick.text
    cues = has_cue(text)
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


def _offer_cue_phrases(pick: Pick) -> None:
    """ "состоится математический КВН для 5–6 классов": the phrase after the cue."""
    text = pick.text
    span = pick.event_sentence if has_cue(text) and pick.event_sentence else (0, 0)
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


def _offer_announced(pick: Pick) -> None:
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


def _offer_spelled_out(pick: Pick) -> None:
    """ "Пройдут ВСИ\n… В программе Всероссийских спортивных игр …": the headline announces
    an abbreviation after its verb and the body spells it out (title_spelled.py)."""
    if pick.headline[1] > pick.headline[0] and (found := spelled_out(pick.text, pick.headline)):
        pick.offer(_SPELLED_OUT, found[1], found[0])


def _offer_recruiting(pick: Pick) -> None:
    """ "Школьный пресс-центр набирает ребят 7–10 кл!": a club or studio that takes in
    members is what the post announces (its classes are its sessions)."""
    for m in recruiting(pick.text):
        pick.offer_at(m, 3, m.group(1))
    if has_cue(pick.text) or "начина" in pick.text:  # "Каникулы начинаются …" too
        for m in announced_subjects(pick.text):  # "Мастерская Деда Мороза откроется …"
            # a bare noun ("Трансляция пройдёт …") names a form, not which event: weak
            first = CYRILLIC_WORD.match(pick.text, m.start(1))  # scored where the phrase starts
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


def _offer_named_days(pick: Pick) -> None:
    """Named days and weeks ("День рыбака", "неделя «…»"), not occasions or greetings (see
    title_days.py)."""
    text = pick.text
    for m, bonus in named_days(text, has_cue(text)):
        first, _, second = m.group(0).partition(" ")
        # "Неделя детской и юношеской книги": a small word after the day opens its subject
        end = m.start() + len(first) if second[:1].islower() and _DAY.match(first) else m.end()
        pick.days.append((m.start(), end))  # read (kind_phrase) only when a rule asks
        pick.offer_at(m, bonus, partial(kind_phrase, text, m.start(), end))


def _offer_quotes(pick: Pick) -> None:
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
        pick.offer_at(m, weight, partial(named_with, pick, quote))


# a verb showing a performance right before its quoted name ("покажут «…»", "представит
# «…»", "сыграют «…»"), and the kinds of a performance that such a verb shows
_SHOWN = re.compile(
    r"(?i)(?<![а-яё])(?:покаж(?:ет|ут)|представ(?:ит|ят)|сыгра(?:ет|ют)|покажем)\s+$"
)
_SHOW_KIND = re.compile(
    r"(?i)спектакл|постановк|мюзикл|опер[аыуе]|балет|мультфильм|фильм|кинофильм|концерт"
    r"|представлени|сказк|шоу|премьер"
)


def _show_phrase(pick: Pick) -> str | None:
    """The post's first unnamed phrase of a performance kind ("Детский спектакль-розыгрыш"),
    read by _offer_kinds; None when it names none."""
    for phrase in pick.qualified.values():
        found = KIND.search(phrase)
        if found is not None and _SHOW_KIND.match(found.group(0)) and "«" not in phrase:
            return phrase
    return None


def _offer_held_names(pick: Pick) -> None:
    """ "проведут интерактив «…»": a noun beside a quoted name that a verb holding (+3) or
    showing (+2) an event governs (title_apposition.py); no bonus when a kind word has its
    own name ("пройдёт концерт «…»": the noun beside a name is then one of its items)."""
    text = pick.text
    if "«" not in text and '"' not in text and "“" not in text:
        return
    for m, holds in held_names(text):
        bonus = 0 if pick.kind_named else 3 if holds else 2
        pick.offer_at(m, bonus, partial(kind_phrase, text, m.start(), m.end()))


def _offer_celebrated(pick: Pick) -> None:
    """ "В музее отметят Масленицу": the feast a news headline says is kept (+1)."""
    found = celebrated(pick.text, pick.headline) if pick.headline[1] else None
    if found is not None:
        pick.offer_at(found, 1, partial(kind_phrase, pick.text, *found.span()))


def _offer_listed_names(pick: Pick) -> None:
    """ "3, 4 января в 12.00 – «Новогодний фейерверк» (Утренник для детей)": a name after a
    dash on the event's own line of a programme or a poster."""
    listed = listed_name(pick.text, pick.event_sentence) if pick.event_sentence else None
    if listed is not None:
        pick.offer_at(listed[0], 2, listed[1])


# searched over whole posts: `re` skips to their first characters (first_scan.py)
_NAMED_AFTER_CUE = with_first_scan(_NAMED_AFTER_CUE)
_CUE_PHRASE = with_first_scan(_CUE_PHRASE)
_CUE_NOUN = with_first_scan(_CUE_NOUN)

_NAME_AT = re.compile(r"«[^«»]*»")
NAMED_AS_BONUS = 0  # the kind named keeps its own score (an override below when only described)


def _offer_named_as(pick: Pick) -> None:
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


def _offer_periods(pick: Pick) -> None:
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


def _offer_visits(pick: Pick) -> None:
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


# the rules that offer candidates, by their family (title_model.FAMILIES), in offering order
OFFERS: tuple[tuple[str, Callable[[Pick], None]], ...] = (
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
