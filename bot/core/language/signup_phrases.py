"""Sign-ups said in words beyond «записаться 2»: several list numbers («запиши меня на 6 и
7», «записаться на 2, 3 и 5»), a list number in words («запиши меня на второе», «на 2-е»,
«номер два»: bot.core.language.list_numbers) or an event's title («запиши меня на день
открытых дверей»), the verb anywhere («на пайку тоже запиши», «хочу на пайку», «можно мне на
экскурсию?»).

`parse_signup(text)` gives the list numbers (a tuple of ints) or the title as written (a
str), or None when the text is not such a sign-up. A single number in digits is left to
bot.core.language.commands («записаться 2»). `phrase_target` is shared with
bot.core.language.unsign_phrases.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.commands import parse_command
from bot.core.language.list_numbers import list_numbers
from bot.core.language.morphology import parses
from bot.core.language.temporal import extract_temporal, resolve_day
from bot.core.language.tokens import Scanner, normalize

MAX_NUMBERS = 10  # as many as the sign-up buttons under one list
MAX_PHRASE = 100  # characters: a longer text is a post or a story, not a sign-up request

_LEAD = re.compile(
    r"^(?:запиши(?:те)?(?:\s+меня)?|записаться|хочу\s+записаться|можно\s+записаться"
    r"|запишусь|(?:я\s+)?го)\s+(?:на|в)\s+(.+?)[\s!.?…]*$"
)
# «го 1», «го 2 и 3»: teenagers' «let's go» opening the message is a sign-up (newcomer walk
# 2026-12-03x, X5); only first, so «17 го» (a day) never is one
_GO_NUMBERS = re.compile(r"^(?:я\s+)?го\s+(№?\d{1,3}(?:\s*(?:,|и|\+)\s*№?\d{1,3})*)[\s!.?…]*$")
_NUMBERS = re.compile(r"^№?\d{1,3}(?:\s*(?:,|и|\+)\s*№?\d{1,3})+$")
# «записаться 1 и 2»: several numbers right after the verb, as under a list («записаться 2»)
_BARE_NUMBERS = re.compile(
    r"^(?:запиши(?:те)?(?:\s+меня)?|записаться|запишусь)\s+"
    r"(№?\d{1,3}(?:\s*(?:,|и|\+)\s*№?\d{1,3})+)[\s!.?…]*$"
)
# the request anywhere in a short message; «хочу», «пойду» not after «не» (that is a cancel)
_SIGNUP_CUE = re.compile(
    r"(?<![а-я])(?:запиши(?:те)?|записать|записаться|запишусь|записывай(?:те)?"
    r"|(?<!не\s)(?:хочу|хотел[аи]?\s+бы|пойду|иду)|можно)(?![а-я])"
)
# words around the request that name no event: «на пайку тоже запиши», «можно мне на …»
FILLERS = frozenset(
    {
        "меня",
        "мне",
        "нас",
        "и",
        "тоже",
        "также",
        "еще",
        "пожалуйста",
        "плиз",
        "пж",
        "я",
        "а",
        "ну",
        "тогда",
        "туда",
        "сходить",
        "пойти",
        "бы",
        "ой",
        "ладно",
        "давай",
        "давайте",
        "можно",
        "хочу",
        "если",
    }
)
# a word of a title as typed (lower-cased): Cyrillic, digits and Latin letters, with its
# hyphenated parts — «3d-печати», «vr-экскурсию», «5g», «it-грамотности» are one word each, not
# a «3» and a «печати» (newcomer walk 2026-12-01e, finding 13)
_WORDS = re.compile(r"[a-zа-я0-9№]+(?:-[a-zа-я0-9]+)*")
_VERBS = frozenset({"VERB", "INFN"})


def parse_signup(text: str, *, anywhere: bool = True) -> tuple[int, ...] | str | None:
    """Several list numbers, an event title, or None (see the module docstring); without
    `anywhere` only the forms opening with the verb count («запиши меня на …»), so that an
    answer to a draft's question («можно в актовом зале») stays an answer."""
    line = normalize(text).strip()
    if "\n" in line or len(line) > 120:
        return None
    bare = _BARE_NUMBERS.match(line) or _GO_NUMBERS.match(line)
    if bare is not None:
        return _numbers(bare.group(1))
    match = _LEAD.match(line)
    if match is None:
        return _any_order(line) if anywhere else None
    rest = match.group(1).strip()
    if _NUMBERS.match(rest):
        return _numbers(rest)
    if re.fullmatch(r"№?\d{1,3}", rest):  # «записаться на 2» is a command; «запиши меня на 2»
        return None if parse_command(line) is not None else _numbers(rest)
    said = list_numbers(rest)
    if said is not None:
        return said[:MAX_NUMBERS]  # «запиши меня на второе», «на 2-е»
    if sum(ch.isalpha() for ch in rest) < 3:
        return None
    start = match.start(1)
    return text.strip()[start : start + len(rest)]


# the verbs of the order «запиши меня …» (any form): a sign-up said without them is a wish
_ORDER = re.compile(r"(?<![а-я])запи(?:ш|с)")


def wishes(text: str) -> bool:
    """Whether a sign-up said in words is a wish to go («хочу пойти на лекцию», «хочу на
    пайку», «можно мне на экскурсию?», «пойду на концерт»), not the order to sign up
    («запиши меня на …», «на пайку тоже запиши», «хочу записаться на …»)."""
    return _ORDER.search(normalize(text)) is None


def title_answer(text: str) -> str | None:
    """The event a short answer to «На какое записать?» names by its title: «на
    экскурсию», «экскурсию», «на экскурсию в музей» (lower-cased, without the
    preposition); None for a question («что в субботу?»), a day alone («на пятницу») or
    anything longer than a few words."""
    line = normalize(text).strip()
    if "?" in line or len(line) > MAX_PHRASE:
        return None
    words = [w for w in _WORDS.findall(line) if w not in FILLERS]
    if not words or len(words) > _TITLE_ANSWER_WORDS:
        return None
    if words[0] not in ("на", "в"):
        first = parses(words[0])
        if not first or first[0].tag.POS not in ("NOUN", "ADJF"):
            return None
        words = ["на", *words]
    found = phrase_target(" ".join(words), ("на", "в"))
    return found if isinstance(found, str) else None


_TITLE_ANSWER_WORDS = 5


def _any_order(line: str) -> tuple[int, ...] | str | None:
    """«на пайку тоже запиши», «хочу на пайку», «можно мне на экскурсию?»: the request
    anywhere, the rest naming the event after «на» / «в»."""
    if len(line) > MAX_PHRASE:
        return None
    cue = _SIGNUP_CUE.search(line)
    if cue is None:
        return None
    return phrase_target(line[: cue.start()] + " " + line[cue.end() :], ("на", "в"))


def phrase_target(rest: str, prepositions: tuple[str, ...]) -> tuple[int, ...] | str | None:
    """What a sign-up (or cancel) request names once its verb is taken out: the words
    left, fillers dropped, must open with one of `prepositions` and then name list numbers
    («второе», «2-е») or an event's title words (no verb among them, not only a day:
    «хочу на пятницу», «хочу на каникулах отдохнуть» name no event). The title is given
    lower-cased, as the words stand. Each clause is tried in turn («не пойду на лекцию,
    заболел»: the first names the event)."""
    for clause in re.split(r"[,;:()]+", rest):
        found = _clause_target(clause, prepositions)
        if found is not None:
            return found
    return None


def _clause_target(rest: str, prepositions: tuple[str, ...]) -> tuple[int, ...] | str | None:
    """phrase_target for one clause."""
    words = [w for w in _WORDS.findall(rest) if w not in FILLERS]
    if len(words) < 2 or words[0] not in prepositions:
        return None
    target = " ".join(words[1:])
    said = list_numbers(target)
    if said is not None:
        return said[:MAX_NUMBERS]
    if not reference_lemmas(target):
        return None  # only a day or fillers: «хочу на пятницу»
    if any(parses(w) and parses(w)[0].tag.POS in _VERBS for w in words[1:]):
        return None
    return target


def _numbers(text: str) -> tuple[int, ...]:
    """The distinct list numbers in `text`, in order, at most MAX_NUMBERS."""
    return tuple(dict.fromkeys(int(n) for n in re.findall(r"\d{1,3}", text)))[:MAX_NUMBERS]


def title_and_day(title: str, now: datetime) -> tuple[str, date] | None:
    """The title words and the day of a sign-up's title that names a day beside them
    («экскурсию 10 декабря», «экскурсию в четверг»: the 10 December excursion, walk45);
    `now` is the school's wall-clock time. None when it names no day, or nothing but one."""
    scanner = Scanner(title)
    parts = extract_temporal(scanner, now, periods=False)
    day = resolve_day(parts, now) if parts.has_day else None
    rest = " ".join(scanner.remainder().split())
    if day is None or not rest:
        return None
    return rest, day
