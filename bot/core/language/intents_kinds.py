"""The event's title from a chat line or post: kind phrases and the words around them (split
from intents.py).

Whether a leftover is only a call («Приходите в 18:00!») or only people, whether a verb
governs the kind («Музей покажет спектакль …»), a surname on a kind's stem («Линейкин С.А.»),
the kind onwards in the leftover, a stage named in another sentence («Финал» of «… начался
турнир»), a long post's title stub, and a gathering opening a chat line (meeting.py). Used by
intents_event.py (the title) and intents_event_read.py (the gathering)."""

from __future__ import annotations

import re

from bot.core.language.leftovers import tidy_title
from bot.core.language.meeting import gathering_spans, opening_gathering, opening_steps
from bot.core.language.morphology import is_known, lemma, parses
from bot.core.language.title import KIND, concise_title
from bot.core.language.title_finish import CEREMONY, of_named_event
from bot.core.language.title_grammar import EVENT_LEMMAS
from bot.core.language.title_heading import has_finite_verb
from bot.core.language.title_words import QUOTE, is_person, kind_key, names_someone
from bot.core.language.tokens import Scanner
from bot.core.titles import KIND_WORDS


def take_opening_gathering(sc: Scanner) -> bool:
    """A chat line opening with a gathering before its event's own clause (meeting.
    opening_gathering): the gathering word, the people it gathers and its clocks are taken,
    and so are the logistics steps between it and the event (meeting.opening_steps:
    «отправление в 9:30»), so the event's own clock is its start and the title is the
    event's («Сбор команды у школы в 10:00, выезд на соревнования в 10:30» → «Выезд на
    соревнования», 10:30); the gathering's day stays the event's. The card shows the
    gathering from the description. True when a clock clause there is neither a step nor
    the event («начало в 9:40»): the start is asked."""
    found = opening_gathering(sc.original)
    if found is None:
        return False
    sc.take(*found)
    for span in gathering_spans(sc.original, found[1]):
        sc.take(*span)
    steps, unclear = opening_steps(sc.original, found[1])
    for span in steps:
        sc.take(*span)
    return unclear


def of_other_sentences(title: str, others: list[str]) -> str:
    """A ceremony's or a final's title («Финал», «Награждение победителей») completed with
    the event another sentence of the message names («Сегодня начался турнир …»: «Финал
    турнира»; title_finish.of_named_event), or `title` itself when none names one."""
    for other in others:
        phrase = concise_title(other, None, fallback=False)
        complement = _stage_complement(phrase) if phrase else None
        if complement:  # «Первый этап конкурса»: the final is the contest's too
            return f"{title} {complement}"
        if phrase and KIND.match(phrase) and not CEREMONY.match(phrase):
            named = {kind_key(phrase.split()[0]): phrase}
            return of_named_event(title, named.copy)
    return title


def _stage_complement(phrase: str) -> str | None:
    """The contest a stage's phrase names in the genitive after it («Первый этап конкурса»,
    «Отборочный тур олимпиады», «Полуфинал турнира по шахматам» → «конкурса», «олимпиады»,
    «турнира по шахматам»), None when none of its first two words is a stage (pymorphy3)."""
    words = phrase.split()
    if not any(lemma(w.lower()) in _STAGE_LEMMAS for w in words[:2]):
        return None
    for kind in KIND.finditer(phrase, 1):
        word = phrase[kind.start() :].split()[0].lower()
        found = parses(word)
        if found and "gent" in found[0].tag and lemma(word) not in _STAGE_LEMMAS:
            rest = phrase[kind.start() :]
            return rest[0].lower() + rest[1:] if is_known(word) else rest
    return None


def verb_before_kind(title: str) -> bool:
    """Whether a finite verb (pymorphy3) stands before the first kind of event in a chat
    line's leftover: the organiser's clause ("Библиотека проведёт литературные чтения")."""
    quoted = [m.span() for m in QUOTE.finditer(title)] if "«" in title else []
    for kind in KIND.finditer(title):
        if any(start < kind.start() < end for start, end in quoted):
            continue  # "Театр кукол «Сказка» покажет спектакль …": a word of a name, no kind
        if someone_on_kind_stem(title, kind.start()):
            continue  # "Встречин проведёт лекцию": a surname on a kind's stem (chat51)
        return kind.start() > 0 and has_finite_verb(title[: kind.start()])
    return False


_WHOLE_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
# the stages of a contest, each of which names the contest after it
_STAGE_LEMMAS = frozenset({"этап", "тур", "полуфинал", "четвертьфинал", "финал", "раунд", "отбор"})
_PLACE_PREPOSITIONS = frozenset({"в", "во", "у", "возле", "около", "рядом"})
# the preposition of the place an invitation's call names («Заходите в актовый зал»): where
# intents_event._named_title reads the venue of a line that is only a call
PLACE_AFTER_CALL = re.compile(r"(?<![а-яё])(?:в|во|у|возле|около|рядом)\s", re.I)
_CALL_TAIL = frozenset({"PREP", "NPRO", "PRCL", "ADVB", "CONJ", "INTJ", "ADJF", "PRTF", "NUMR"})


def only_a_call(title: str) -> bool:
    """Whether a chat line's leftover is an imperative call and nothing that names a thing
    (pymorphy3): its first word reads as a verb, imperative among its readings, and every other word
    is a pronoun, particle, adverb, or a place a preposition of place governs («Приходите»,
    «Приходите все, ждём», «Заходите в актовый зал», «Поддержите наших»). An imperative inside
    a name («Квиз Угадай мелодию») has a noun before it; «Посетите выставку» has its object."""
    words = _WHOLE_WORD.findall(title)
    if not words or any(c.isdigit() for c in title):
        return False  # «Исправь 2»: a command on a numbered line, read by the chat as such
    first = parses(words[0].lower())
    if not first or first[0].tag.POS != "VERB" or not any("impr" in p.tag for p in first):
        return False  # «Приходите» reads 2nd person too: opening a line, it is the call
    governed = False
    for word in words[1:]:
        found = parses(word.lower())
        tag = found[0].tag if found else None
        if tag is None:
            return False
        if tag.POS == "PREP" and word.lower() in _PLACE_PREPOSITIONS:
            governed = True
        elif tag.POS == "PREP":
            return False  # «Приходите на чаепитие»: what one is called to may be the event
        elif tag.POS == "NOUN" and not governed:
            return False  # «Посетите выставку»: the call's object names the event
        elif tag.POS == "NOUN":
            governed = False
        elif tag.POS not in _CALL_TAIL and tag.POS != "VERB":
            return False
    return True


def kind_onwards(leftover: str) -> str | None:
    """A chat line's leftover from its first kind of event that is no person's name on a
    kind's stem, tidied as a title («Линейкин С.А. проводит семинар для учителей» →
    «Семинар для учителей»); None when it has none."""
    for kind in KIND.finditer(leftover):
        if not someone_on_kind_stem(leftover, kind.start()):
            return tidy_title(leftover[kind.start() :]) or None
    return None


def says_more(longer: str, title: str) -> bool:
    """Whether `longer` opens with the words of `title` and goes on («Семинар для учителей»
    and «Семинар»)."""
    return len(longer) > len(title) and longer.lower().startswith(title.lower() + " ")


def only_people(title: str) -> bool:
    """Whether every word of a chat line's tidied title is a person's name: capitalised and
    read as a surname, name or animate noun, or unknown to the dictionary («Встречин»,
    «Иванов», «Мария Ивановна», what is left of «… проведёт лекцию»)."""
    words = list(_WHOLE_WORD.finditer(title))
    return bool(words) and all(someone_on_kind_stem(title, m.start()) for m in words)


def someone_on_kind_stem(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` of `text` (one the kind pattern may match by
    its stem) names a person rather than an event: a word that is no form of a kind noun
    and that the morphology reads as a person (a surname, an animate noun: «Линейкин»,
    «Олимпиадники») or does not know at all («Встречин»), the subject of the sentence. A
    hyphenated word is unknown only when one of its parts is, and names someone when its
    last part, the one that inflects, does («Экскурсовод-краевед»); «Квест-комната» is a
    thing (fixquote52: a visit's «Квест-комната «Загадка»» was replaced by the accusative
    after the verb)."""
    word = _WHOLE_WORD.match(text, start)
    if word is None or not word.group(0)[:1].isupper():
        return False
    written = word.group(0).lower()
    if any(p.normal_form.replace("ё", "е") in _KIND_LEMMAS for p in parses(written)):
        return False
    if is_person(written) or names_someone(written):
        return True
    halves = written.split("-")
    return names_someone(halves[-1]) or not all(is_known(half) for half in halves)


_KIND_LEMMAS = frozenset(w.replace("ё", "е") for w in KIND_WORDS | EVENT_LEMMAS)


def post_title_stub(clean: str) -> str:
    """A long post's title is built later from its kind and name (post_draft.py); until then
    its opening words stand for it, so the message still counts as an event."""
    return " ".join(clean[:120].split())
